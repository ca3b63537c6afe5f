/*
 * Assembling a Factur-X PDF/A-3b file: the visual PDF, the CII XML as
 * factur-x.xml, the extra attachments, XMP, Info and OutputIntent.
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

/* Embeds factur-x.xml then the extra files. */
static int embed_all(qpdf_data q, const fx_pdf_plan *plan, const void *xml, size_t xml_len)
{
	const fx_pdf_assemble_options *o = plan->opts;
	size_t n = 1 + o->attachment_count;
	const char **names = malloc(n * sizeof *names);
	qpdf_oh *specs = malloc(n * sizeof *specs);
	int rc = names && specs ? FX_OK : fx_error_oom();
	for (size_t i = 0; i < n && rc >= 0; i++) {
		fx_embed_spec spec = {FX_PDF_XML_NAME,
		                      "text/xml",
		                      o->xml_description ? o->xml_description : "Factur-X invoice",
		                      xml,
		                      xml_len,
		                      plan->xml_relationship,
		                      plan->meta.pdf_date};
		if (i > 0) {
			const fx_pdf_extra_file *f = &o->attachments[i - 1];
			spec = (fx_embed_spec){
			    f->name,
			    f->mime_type ? f->mime_type : "application/octet-stream",
			    f->description,
			    f->data,
			    f->len,
			    f->relationship ? f->relationship : FX_PDF_REL_SUPPLEMENT,
			    plan->meta.pdf_date};
		}
		names[i] = spec.name;
		rc = fx_embed_create(q, &spec, &specs[i]);
	}
	if (rc >= 0)
		rc = fx_embed_attach(q, names, specs, n, "input PDF");
	free(names);
	free(specs);
	return rc;
}

/* Runs every step on an open session. */
static int assemble_session(qpdf_data q, const fx_pdf_plan *plan, const void *xml, size_t xml_len,
                            const unsigned char *icc, size_t icc_len, unsigned char **out,
                            size_t *out_len)
{
	int rc = check_input(q, plan);
	if (rc >= 0)
		rc = fx_pdf_set_metadata(q, plan);
	if (rc >= 0)
		rc = fx_pdf_set_output_intent(q, icc, icc_len);
	if (rc >= 0)
		rc = embed_all(q, plan, xml, xml_len);
	if (rc >= 0)
		rc = fx_pdf_write(q, "output PDF", out, out_len);
	return rc;
}

/* Public entry point: assemble into memory. */
int fx_pdf_assemble(const void *pdf, size_t pdf_len, const void *xml, size_t xml_len,
                    fx_profile profile, const fx_pdf_assemble_options *opts, unsigned char **out,
                    size_t *out_len)
{
	fx_pdf_plan plan;
	if (!pdf || !xml || !out || !out_len)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble: NULL argument");
	if (xml_len == 0)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble: the XML is empty");
	int rc = fx_pdf_assemble_plan(profile, opts, &plan);
	if (rc < 0)
		return rc;
	unsigned char *icc;
	size_t icc_len;
	rc = fx_pdf_icc_load(plan.opts->icc_profile_path, &icc, &icc_len);
	if (rc < 0)
		return rc;
	qpdf_data q;
	rc = fx_qpdf_open(pdf, pdf_len, "input PDF", &q, NULL);
	if (rc >= 0) {
		rc = assemble_session(q, &plan, xml, xml_len, icc, icc_len, out, out_len);
		qpdf_cleanup(&q);
	}
	free(icc);
	return rc;
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
