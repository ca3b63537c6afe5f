/*
 * Assembling a Factur-X PDF/A-3b file: the visual PDF, the CII XML as
 * factur-x.xml, the extra attachments, XMP, Info and OutputIntent. A plain
 * visual PDF (such as the renderer's) is completed directly (direct.c);
 * any other goes through qpdf.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "pdf/assemble.h"

/* Refuses inputs that cannot become PDF/A (encryption, failed checks). */
static int check_input(qpdf_data q, const fx_pdf_plan *plan)
{
	if (qpdf_is_encrypted(q))
		return fx_error_set(FX_EINVAL,
		                    "input PDF: it is encrypted; PDF/A forbids encryption "
		                    "(decrypt it first)");
	if (!plan->opts->check_input)
		return FX_OK;
	fx_pdf_issues *list = fx_pdf_issues_new();
	if (!list)
		return fx_error_oom();
	int rc = fx_pdf_check_session(q, "input PDF", list);
	size_t errors = fx_pdf_issues_error_count(list);
	if (rc >= 0 && errors > 0) {
		const fx_pdf_issue *first = NULL;
		for (size_t i = 0; i < fx_pdf_issues_count(list) && !first; i++)
			if (fx_pdf_issues_get(list, i)->severity == FX_PDF_SEVERITY_ERROR)
				first = fx_pdf_issues_get(list, i);
		rc = fx_error_set(FX_EINVAL, "input PDF cannot become PDF/A-3b: %s (%s)%s",
		                  first->message, fx_pdf_issue_code_name(first->code),
		                  errors > 1 ? " and other problems" : "");
	}
	fx_pdf_issues_free(list);
	return rc;
}

/* Embeds factur-x.xml then the extra files (specs, n of them). */
static int embed_all(qpdf_data q, const fx_embed_spec *specs, size_t n)
{
	const char **names = malloc(n * sizeof *names);
	qpdf_oh *made = malloc(n * sizeof *made);
	int rc = names && made ? FX_OK : fx_error_oom();
	for (size_t i = 0; i < n && rc >= 0; i++) {
		names[i] = specs[i].name;
		rc = fx_embed_create(q, &specs[i], &made[i]);
	}
	if (rc >= 0)
		rc = fx_embed_attach(q, names, made, n, "input PDF");
	free(names);
	free(made);
	return rc;
}

/* Runs every step on an open qpdf session. */
static int assemble_session(qpdf_data q, const fx_pdf_plan *plan, const fx_embed_spec *specs,
                            size_t n, const fx_pdf_icc *icc, unsigned char **out, size_t *out_len)
{
	int rc = check_input(q, plan);
	if (rc >= 0)
		rc = fx_pdf_set_metadata(q, plan);
	if (rc >= 0)
		rc = fx_pdf_set_output_intent(q, icc);
	if (rc >= 0)
		rc = embed_all(q, specs, n);
	if (rc >= 0)
		rc = fx_pdf_write(q, "output PDF", out, out_len);
	return rc;
}

/* Assembles with qpdf (any PDF qpdf reads) or directly (plain PDFs). */
static int assemble_with(const void *pdf, size_t pdf_len, const fx_pdf_plan *plan,
                         const fx_embed_spec *specs, size_t n, const fx_pdf_icc *icc,
                         fx_pdf_path path, unsigned char **out, size_t *out_len)
{
	if (path != FX_PDF_PATH_QPDF && !plan->opts->check_input) {
		int rc = fx_pdf_direct_assemble(pdf, pdf_len, plan, specs, n, icc, out, out_len);
		if (rc != FX_PDF_DIRECT_UNSUPPORTED || path == FX_PDF_PATH_DIRECT)
			return rc;
	}
	qpdf_data q;
	int rc = fx_qpdf_open(pdf, pdf_len, "input PDF", &q, NULL);
	if (rc >= 0) {
		rc = assemble_session(q, plan, specs, n, icc, out, out_len);
		qpdf_cleanup(&q);
	}
	return rc;
}

/* Assembles into memory the chosen way. */
int fx_pdf_assemble_path(const void *pdf, size_t pdf_len, const void *xml, size_t xml_len,
                         fx_profile profile, const fx_pdf_assemble_options *opts, fx_pdf_path path,
                         unsigned char **out, size_t *out_len)
{
	fx_pdf_plan plan;
	if (!pdf || !xml || !out || !out_len)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble: NULL argument");
	if (xml_len == 0)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble: the XML is empty");
	int rc = fx_pdf_assemble_plan(profile, opts, &plan);
	if (rc < 0)
		return rc;
	const fx_pdf_icc *icc;
	rc = fx_pdf_icc_get(plan.opts->icc_profile_path, &icc);
	if (rc < 0)
		return rc;
	size_t n = 1 + plan.opts->attachment_count;
	fx_embed_spec *specs = malloc(n * sizeof *specs);
	rc = specs ? fx_embed_specs_make(plan.opts, plan.xml_relationship, plan.meta.pdf_date, xml,
	                                 xml_len, specs, n)
	           : fx_error_oom();
	if (rc >= 0) {
		rc = assemble_with(pdf, pdf_len, &plan, specs, n, icc, path, out, out_len);
		fx_embed_specs_free(specs, n);
	}
	free(specs);
	fx_pdf_icc_release(icc);
	return rc;
}

/* Public entry point: assemble into memory. */
int fx_pdf_assemble(const void *pdf, size_t pdf_len, const void *xml, size_t xml_len,
                    fx_profile profile, const fx_pdf_assemble_options *opts, unsigned char **out,
                    size_t *out_len)
{
	return fx_pdf_assemble_path(pdf, pdf_len, xml, xml_len, profile, opts, FX_PDF_PATH_AUTO,
	                            out, out_len);
}

/* Public entry point: assemble into a file, atomically. */
int fx_pdf_assemble_file(const void *pdf, size_t pdf_len, const void *xml, size_t xml_len,
                         fx_profile profile, const fx_pdf_assemble_options *opts, const char *path)
{
	if (!path || !*path)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble_file: no output path");
	unsigned char *data;
	size_t len;
	int rc = fx_pdf_assemble(pdf, pdf_len, xml, xml_len, profile, opts, &data, &len);
	if (rc < 0)
		return rc;
	rc = fx_file_write_atomic(path, data, len);
	free(data);
	return rc;
}
