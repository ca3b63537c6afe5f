/*
 * fx_pdf_check_embeddable: why a third party's PDF cannot become a
 * Factur-X PDF/A-3b file as it is (the mechanically checkable rules).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/error.h"
#include "pdf/check.h"

/* Catalog keys that PDF/A forbids, with the issue they raise. */
static const struct {
	const char *key;
	fx_pdf_issue_code code;
	const char *message;
} catalog_keys[] = {
    {"/AA", FX_PDF_ISSUE_ADDITIONAL_ACTIONS, "the document has additional actions (/AA)"},
    {"/NeedsRendering", FX_PDF_ISSUE_FORM, "the document needs rendering (XFA)"},
    {"/Requirements", FX_PDF_ISSUE_MISC, "the document declares /Requirements"},
};

/* Catalog-level rules: /AA, JavaScript, alternate presentations, forms. */
static int check_catalog(fx_check *c)
{
	qpdf_data q = c->q;
	qpdf_oh root = qpdf_get_root(q);
	int rc = FX_OK;
	for (size_t i = 0; i < sizeof catalog_keys / sizeof *catalog_keys && rc >= 0; i++)
		if (qpdf_oh_has_key(q, root, catalog_keys[i].key))
			rc = fx_pdf_issue_add(c->list, catalog_keys[i].code, FX_PDF_SEVERITY_ERROR,
			                      0, 0, "%s", catalog_keys[i].message);
	qpdf_oh names = qpdf_oh_get_key(q, root, "/Names");
	if (rc >= 0 && qpdf_oh_is_dictionary(q, names) && qpdf_oh_has_key(q, names, "/JavaScript"))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ACTION, FX_PDF_SEVERITY_ERROR, 0, 0,
		                      "the document has document-level JavaScript");
	if (rc >= 0 && qpdf_oh_is_dictionary(q, names) &&
	    qpdf_oh_has_key(q, names, "/AlternatePresentations"))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_MISC, FX_PDF_SEVERITY_ERROR, 0, 0,
		                      "the document has alternate presentations");
	qpdf_oh form = qpdf_oh_get_key(q, root, "/AcroForm");
	if (rc >= 0 && qpdf_oh_is_dictionary(q, form)) {
		if (fx_qpdf_key_is_true(q, form, "/NeedAppearances"))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_FORM, FX_PDF_SEVERITY_ERROR, 0,
			                      0,
			                      "the form asks viewers to build appearances "
			                      "(NeedAppearances)");
		if (rc >= 0 && qpdf_oh_has_key(q, form, "/XFA"))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_FORM, FX_PDF_SEVERITY_ERROR, 0,
			                      0, "the form is an XFA form");
	}
	qpdf_oh_release(q, form);
	qpdf_oh_release(q, names);
	qpdf_oh_release(q, root);
	return rc;
}

/* Warns when an invoice XML is already attached. */
static int check_existing(fx_check *c)
{
	qpdf_data q = c->q;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh names = qpdf_oh_get_key(q, root, "/Names");
	qpdf_oh tree = qpdf_oh_get_key_if_dict(q, names, "/EmbeddedFiles");
	fx_name_list list = {0};
	int rc = qpdf_oh_is_dictionary(q, tree) ? fx_name_tree_read(q, tree, &list) : FX_OK;
	for (size_t i = 0; i < list.count && rc >= 0; i++) {
		for (int f = FX_PDF_FLAVOUR_FACTURX; f <= FX_PDF_FLAVOUR_XRECHNUNG; f++) {
			const char *want = fx_pdf_flavour_file_name((fx_pdf_flavour)f);
			const char *key = (const char *)list.items[i].key;
			/* ZUGFeRD 1.0 and 2.0 names differ only by case */
			int legacy = f == FX_PDF_FLAVOUR_ZUGFERD1 || f == FX_PDF_FLAVOUR_ZUGFERD2;
			if (strlen(want) == list.items[i].key_len &&
			    !(legacy ? strcmp(key, want) : strcasecmp(key, want)))
				rc = fx_pdf_issue_add(
				    c->list, FX_PDF_ISSUE_EXISTING_INVOICE, FX_PDF_SEVERITY_WARNING,
				    0, 0, "the PDF already embeds %s%s", want,
				    f == FX_PDF_FLAVOUR_FACTURX ? " (it will be replaced)" : "");
		}
	}
	fx_name_list_free(&list);
	qpdf_oh_release(q, tree);
	qpdf_oh_release(q, names);
	qpdf_oh_release(q, root);
	return rc;
}

/* File-level rules: encryption, repairs, version, object count. */
static int check_file(fx_check *c, int warnings)
{
	qpdf_data q = c->q;
	int rc = FX_OK;
	if (qpdf_is_encrypted(q))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ENCRYPTED, FX_PDF_SEVERITY_ERROR, 0, 0,
		                      "the PDF is encrypted");
	if (rc >= 0 && warnings > 0)
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_DAMAGED, FX_PDF_SEVERITY_WARNING, 0, 0,
		                      "the PDF is damaged: qpdf repaired %d problem(s) while "
		                      "reading it",
		                      warnings);
	const char *v = qpdf_get_pdf_version(q);
	if (rc >= 0 && v && strcmp(v, "1.7") > 0)
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_VERSION, FX_PDF_SEVERITY_WARNING, 0, 0,
		                      "the PDF declares version %s; PDF/A-3 is based on PDF 1.7 "
		                      "(2.0 features may remain)",
		                      v);
	qpdf_oh trailer = qpdf_get_trailer(q);
	qpdf_oh size = qpdf_oh_get_key(q, trailer, "/Size");
	long long n = 0;
	if (rc >= 0 && qpdf_oh_get_value_as_longlong(q, size, &n) && n > 8388608)
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_TOO_MANY_OBJECTS, FX_PDF_SEVERITY_ERROR,
		                      0, 0, "the PDF has %lld objects (PDF/A: at most 8388607)",
		                      n - 1);
	qpdf_oh_release(q, size);
	qpdf_oh_release(q, trailer);
	return rc;
}

/* Runs every check on an open session, for a given output intent. */
int fx_pdf_check_conformance(qpdf_data q, const char *source, int oi_components,
                             fx_pdf_issues *list)
{
	fx_check c = {q, source, list, {0}, {0}, oi_components};
	int rc = check_file(&c, fx_qpdf_drain_warnings(q));
	if (rc >= 0)
		rc = check_catalog(&c);
	if (rc >= 0)
		rc = fx_check_sweep(&c);
	if (rc >= 0)
		rc = fx_check_resources(&c);
	if (rc >= 0)
		rc = check_existing(&c);
	/* objects resolved during the walk may have needed repairs too */
	int late = fx_qpdf_drain_warnings(q);
	if (rc >= 0 && late > 0)
		rc = fx_pdf_issue_add(list, FX_PDF_ISSUE_DAMAGED, FX_PDF_SEVERITY_WARNING, 0, 0,
		                      "the PDF is damaged: qpdf met %d problem(s) in its objects",
		                      late);
	if (qpdf_has_error(q))
		qpdf_get_error(q);
	fx_objset_free(&c.fonts);
	fx_objset_free(&c.owners);
	return rc;
}

/* Runs every check on an open session (the assembly adds an sRGB intent). */
int fx_pdf_check_session(qpdf_data q, const char *source, fx_pdf_issues *list)
{
	return fx_pdf_check_conformance(q, source, 3, list);
}

/* Public entry point. */
int fx_pdf_check_embeddable(const void *pdf, size_t len, const char *source, fx_pdf_issues **out)
{
	if (!pdf || !out)
		return fx_error_set(FX_EUSAGE, "fx_pdf_check_embeddable: NULL argument");
	fx_pdf_issues *list = fx_pdf_issues_new();
	if (!list)
		return FX_ENOMEM;
	qpdf_data q;
	int needs_password = 0;
	int rc = fx_qpdf_open(pdf, len, source, &q, &needs_password);
	if (rc < 0 && needs_password) {
		rc = fx_pdf_issue_add(list, FX_PDF_ISSUE_ENCRYPTED, FX_PDF_SEVERITY_ERROR, 0, 0,
		                      "the PDF is encrypted and needs a password");
	} else if (rc >= 0) {
		rc = fx_pdf_check_session(q, source, list);
		qpdf_cleanup(&q);
	}
	if (rc < 0) {
		fx_pdf_issues_free(list);
		return rc;
	}
	*out = list;
	return FX_OK;
}
