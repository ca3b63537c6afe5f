/*
 * Reading Factur-X PDFs: decoding embedded files, finding the invoice XML
 * (Factur-X or legacy names), the XMP packet and its conformance level.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/error.h"
#include "pdf/read.h"

/* Decodes embedded file index. */
int fx_pdf_reader_extract(fx_pdf_reader *r, size_t index, unsigned char **out, size_t *out_len)
{
	if (!r || !out || !out_len)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_extract: NULL argument");
	if (index >= r->count)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_extract: no attachment %zu", index);
	char what[300];
	snprintf(what, sizeof what, "embedded file '%.200s'", r->items[index].name);
	qpdf_oh s = fx_reader_ef_stream(r->q, r->specs[index]);
	if (!s) {
		if (qpdf_has_error(r->q))
			qpdf_get_error(r->q);
		return fx_error_set(FX_EINVAL, "%s: %s has no /EF stream", r->source, what);
	}
	int rc = fx_qpdf_stream_read(r->q, s, r->max_attachment, r->source, what, out, out_len);
	qpdf_oh_release(r->q, s);
	return rc;
}

/* Index of the attachment named name (exact, or any case when loose). */
static int find_named(const fx_pdf_reader *r, const char *name, int loose, size_t *index)
{
	for (size_t i = 0; i < r->count; i++) {
		const char *n = r->items[i].name;
		if (loose ? !strcasecmp(n, name) : !strcmp(n, name)) {
			*index = i;
			return 1;
		}
	}
	return 0;
}

/* Finds the invoice XML attachment. */
int fx_pdf_reader_find_invoice(const fx_pdf_reader *r, size_t *index, fx_pdf_flavour *flavour)
{
	if (!r || !index)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_find_invoice: NULL argument");
	/* exact names first (ZUGFeRD 1.0 and 2.0 differ only by case), then
	 * factur-x.xml and xrechnung.xml in any case */
	for (int loose = 0; loose < 2; loose++) {
		for (int f = FX_PDF_FLAVOUR_FACTURX; f <= FX_PDF_FLAVOUR_XRECHNUNG; f++) {
			if (loose && (f == FX_PDF_FLAVOUR_ZUGFERD1 || f == FX_PDF_FLAVOUR_ZUGFERD2))
				continue;
			size_t i;
			if (find_named(r, fx_pdf_flavour_file_name((fx_pdf_flavour)f), loose, &i)) {
				*index = i;
				if (flavour)
					*flavour = (fx_pdf_flavour)f;
				return FX_OK;
			}
		}
	}
	return fx_error_set(FX_EMISSING,
	                    "%s: no invoice XML embedded (looked for factur-x.xml, "
	                    "ZUGFeRD-invoice.xml, zugferd-invoice.xml, xrechnung.xml; %zu "
	                    "embedded file(s))",
	                    r->source, r->count);
}

/* Finds and decodes the invoice XML. */
int fx_pdf_reader_extract_invoice(fx_pdf_reader *r, unsigned char **out, size_t *out_len,
                                  fx_pdf_flavour *flavour)
{
	size_t index;
	fx_pdf_flavour f;
	if (!out || !out_len)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_extract_invoice: NULL argument");
	int rc = fx_pdf_reader_find_invoice(r, &index, &f);
	if (rc < 0)
		return rc;
	rc = fx_pdf_reader_extract(r, index, out, out_len);
	if (rc >= 0 && flavour)
		*flavour = f;
	return rc;
}

/* Gives the XMP packet, decoding it on first use. */
int fx_pdf_reader_xmp(fx_pdf_reader *r, const unsigned char **data, size_t *len)
{
	if (!r || !data || !len)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_xmp: NULL argument");
	if (!r->xmp) {
		qpdf_oh root = qpdf_get_root(r->q);
		qpdf_oh md = qpdf_oh_get_key(r->q, root, "/Metadata");
		int rc = qpdf_oh_is_stream(r->q, md)
		             ? fx_qpdf_stream_read(r->q, md, r->max_attachment, r->source,
		                                   "XMP metadata", &r->xmp, &r->xmp_len)
		             : fx_error_set(FX_EMISSING,
		                            "%s: no XMP metadata stream in the catalog", r->source);
		qpdf_oh_release(r->q, md);
		qpdf_oh_release(r->q, root);
		if (qpdf_has_error(r->q))
			qpdf_get_error(r->q);
		if (rc < 0)
			return rc;
	}
	*data = r->xmp;
	*len = r->xmp_len;
	return FX_OK;
}

/* Reads the conformance level from the XMP. */
int fx_pdf_reader_conformance_level(fx_pdf_reader *r, const char **level)
{
	if (!r || !level)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_conformance_level: NULL argument");
	if (!r->level) {
		const unsigned char *xmp;
		size_t len;
		int rc = fx_pdf_reader_xmp(r, &xmp, &len);
		if (rc < 0)
			return rc;
		if (fx_pdf_xmp_find_level(xmp, len, &r->level) < 0)
			return fx_error_prefix("%s", r->source);
	}
	*level = r->level;
	return FX_OK;
}
