/*
 * Layer 1: the Factur-X PDF container. Opens the PDF once (src/pdf reader,
 * qpdf), runs the file, attachment, XMP, output-intent and PDF/A object
 * rules, and hands the invoice XML and the XMP conformance level to the
 * rest of the validation. Rule ids and what they check: docs/validate.md.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"
#include "validate/container_internal.h"

/* Adds a finding whose message is already in the report's language, as a
 * sentence: capital first letter, final full stop. */
void fx_cont_add_text(fx_cont *c, const char *id, fx_severity sev, const char *msg)
{
	char text[1100];
	size_t n = strlen(msg);
	bool stop = n > 0 && strchr(".!?", msg[n - 1]);
	snprintf(text, sizeof text, "%s%s", msg, stop ? "" : ".");
	if (text[0] >= 'a' && text[0] <= 'z')
		text[0] = (char)(text[0] - 'a' + 'A');
	int rc = fx_report_add(c->report, FX_LAYER_CONTAINER, sev, true, id, NULL, NULL, 0, text);
	if (rc < 0 && c->rc == FX_OK)
		c->rc = rc;
}

/* Adds a finding formatted in the report's language. */
void fx_cont_add(fx_cont *c, const char *id, fx_severity sev, const char *en, const char *fr, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fr);
	vsnprintf(msg, sizeof msg, fx_report_is_french(c->report) ? fr : en, ap);
	va_end(ap);
	fx_cont_add_text(c, id, sev, msg);
}

/* A file qpdf cannot open: encrypted with a password (a finding), or not
 * a PDF at all (FX_EINVAL). */
static int unreadable(fx_cont *c)
{
	qpdf_data q;
	int needs_password = 0;
	if (fx_qpdf_open(c->pdf, c->len, c->source, &q, &needs_password) >= 0) {
		qpdf_cleanup(&q);
		return fx_error_set(FX_EINVAL, "%s: the PDF cannot be read",
		                    c->source ? c->source : "PDF");
	}
	if (!needs_password)
		return FX_EINVAL;
	fx_cont_check_file(c);
	fx_cont_add(c, "FX-PDF-ENCRYPTED", FX_SEVERITY_FATAL,
	            "the PDF is encrypted with a password: its content cannot be read and "
	            "PDF/A-3 forbids encryption (6.1.3)",
	            "le PDF est chiffré par un mot de passe : son contenu ne peut pas être lu et "
	            "PDF/A-3 interdit le chiffrement (6.1.3)");
	return c->rc;
}

/* Decodes the invoice XML; findings when it cannot be or its size lies. */
static void extract(fx_cont *c, unsigned char **xml, size_t *xml_len)
{
	const fx_pdf_attachment *a = fx_pdf_reader_attachment(c->reader, c->invoice);
	if (fx_pdf_reader_extract(c->reader, c->invoice, xml, xml_len) < 0) {
		*xml = NULL;
		*xml_len = 0;
		fx_cont_add(c, "FX-PDF-XML-READ", FX_SEVERITY_FATAL,
		            "the embedded %s cannot be decoded: %s",
		            "le fichier incorporé %s ne peut pas être décodé : %s", a->name,
		            fx_error_last()->message);
		return;
	}
	if (a->size >= 0 && (size_t)a->size != *xml_len)
		fx_cont_add(
		    c, "FX-PDF-XML-READ", FX_SEVERITY_WARNING,
		    "/Params /Size of %s declares %lld bytes but the file holds %zu",
		    "/Params /Size de %s annonce %lld octets mais le fichier en contient %zu",
		    a->name, a->size, *xml_len);
}

/* Layer 1. */
int fx_container_check(const void *pdf, size_t len, const char *source, fx_report *r,
                       unsigned char **xml, size_t *xml_len, char **level)
{
	if (!pdf || !r || !xml || !xml_len || !level)
		return fx_error_set(FX_EUSAGE, "fx_container_check: NULL argument");
	*xml = NULL;
	*xml_len = 0;
	*level = NULL;
	fx_cont c = {.report = r, .source = source, .pdf = pdf, .len = len};
	if (fx_pdf_reader_open_memory(pdf, len, source, NULL, &c.reader) < 0)
		return unreadable(&c);
	fx_cont_check_file(&c);
	fx_cont_find_invoice(&c);
	fx_cont_check_xmp(&c);
	fx_cont_check_output_intent(&c);
	fx_cont_check_objects(&c);
	fx_cont_check_syntax(&c);
	fx_cont_check_attachments(&c);
	if (c.has_invoice)
		extract(&c, xml, xml_len);
	xmlFreeDoc(c.xmp);
	fx_pdf_reader_free(c.reader);
	if (c.rc < 0) {
		free(*xml);
		*xml = NULL;
		*xml_len = 0;
		free(c.level);
		return fx_error_oom();
	}
	*level = c.level;
	return FX_OK;
}

/* Layer 1, after parsing: the XMP level against BT-24. */
void fx_container_check_level(const char *level, bool has_profile, fx_profile profile, fx_report *r)
{
	if (!level || !r)
		return;
	fx_profile lp = FX_PROFILE_EN16931;
	bool xrechnung = !strcmp(level, "XRECHNUNG");
	if (!xrechnung && fx_pdf_level_to_profile(level, &lp) < 0)
		return; /* an unknown level is reported by the XMP rules */
	if (xrechnung ? !has_profile : (has_profile && lp == profile))
		return;
	fx_cont c = {.report = r};
	if (has_profile)
		fx_cont_add(&c, "FX-PDF-LEVEL-XML", FX_SEVERITY_FATAL,
		            "the XMP ConformanceLevel is %s but the XML declares the profile %s "
		            "(BT-24)",
		            "le ConformanceLevel du XMP est %s mais le XML déclare le profil %s "
		            "(BT-24)",
		            level, fx_profile_name(profile));
	else
		fx_cont_add(&c, "FX-PDF-LEVEL-XML", FX_SEVERITY_FATAL,
		            "the XMP ConformanceLevel is %s but the XML's BT-24 is not a Factur-X "
		            "profile",
		            "le ConformanceLevel du XMP est %s mais le BT-24 du XML n'est pas un "
		            "profil Factur-X",
		            level);
}
