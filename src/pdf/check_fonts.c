/*
 * Font rules of the embeddability check (ISO 19005-3 6.2.11): font programs
 * embedded, Type0 structure, ToUnicode.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/check.h"

/* True when the font descriptor embeds a font program. */
static int has_font_file(qpdf_data q, qpdf_oh font)
{
	qpdf_oh fd = qpdf_oh_get_key(q, font, "/FontDescriptor");
	int r = qpdf_oh_is_dictionary(q, fd) &&
	        (qpdf_oh_has_key(q, fd, "/FontFile") || qpdf_oh_has_key(q, fd, "/FontFile2") ||
	         qpdf_oh_has_key(q, fd, "/FontFile3"));
	qpdf_oh_release(q, fd);
	return r;
}

/* True for a name among the three standard single-byte encodings. */
static int standard_encoding(const char *n)
{
	return n && (!strcmp(n, "/WinAnsiEncoding") || !strcmp(n, "/MacRomanEncoding") ||
	             !strcmp(n, "/MacExpertEncoding"));
}

/* True when text shown with the font cannot be mapped to Unicode without a
 * ToUnicode CMap (simple fonts with a standard encoding can). */
static int needs_tounicode(qpdf_data q, qpdf_oh font, const char *sub, qpdf_oh desc)
{
	if (!strcmp(sub, "/Type1") || !strcmp(sub, "/TrueType") || !strcmp(sub, "/MMType1")) {
		qpdf_oh enc = qpdf_oh_get_key(q, font, "/Encoding");
		int std = standard_encoding(fx_qpdf_name(q, enc)) ||
		          (qpdf_oh_is_dictionary(q, enc) &&
		           standard_encoding(fx_qpdf_key_name(q, enc, "/BaseEncoding")) &&
		           !qpdf_oh_has_key(q, enc, "/Differences"));
		qpdf_oh_release(q, enc);
		return !std;
	}
	if (!strcmp(sub, "/Type0") && desc) {
		qpdf_oh info = qpdf_oh_get_key_if_dict(q, desc, "/CIDSystemInfo");
		int cjk = 0;
		if (qpdf_oh_is_dictionary(q, info)) {
			qpdf_oh reg = qpdf_oh_get_key(q, info, "/Registry");
			qpdf_oh ord = qpdf_oh_get_key(q, info, "/Ordering");
			char *r = fx_qpdf_text_dup(q, reg, NULL),
			     *o = fx_qpdf_text_dup(q, ord, NULL);
			cjk = r && o && !strcmp(r, "Adobe") &&
			      (!strcmp(o, "GB1") || !strcmp(o, "CNS1") || !strcmp(o, "Japan1") ||
			       !strcmp(o, "Korea1"));
			free(r);
			free(o);
			qpdf_oh_release(q, reg);
			qpdf_oh_release(q, ord);
		}
		qpdf_oh_release(q, info);
		return !cjk;
	}
	return 1;
}

/* The BaseFont of font as text (into buf). */
static const char *base_font(qpdf_data q, qpdf_oh font, const char *fallback, char *buf,
                             size_t size)
{
	const char *b = fx_qpdf_key_name(q, font, "/BaseFont");
	snprintf(buf, size, "%s", b ? b + 1 : fallback);
	return buf;
}

/* Checks a Type0 font's descendant; returns it (or 0) through *desc. */
static int check_type0(fx_check *c, qpdf_oh font, const char *name, int obj, int page,
                       qpdf_oh *desc)
{
	qpdf_data q = c->q;
	qpdf_oh arr = qpdf_oh_get_key(q, font, "/DescendantFonts");
	*desc = 0;
	if (qpdf_oh_is_array(q, arr) && qpdf_oh_get_array_n_items(q, arr) > 0) {
		qpdf_oh d = qpdf_oh_get_array_item(q, arr, 0);
		if (qpdf_oh_is_dictionary(q, d))
			*desc = d;
		else
			qpdf_oh_release(q, d);
	}
	qpdf_oh_release(q, arr);
	if (!*desc)
		return fx_pdf_issue_add(c->list, FX_PDF_ISSUE_FONT_STRUCTURE, FX_PDF_SEVERITY_ERROR,
		                        obj, page, "font %s: Type0 without DescendantFonts", name);
	const char *dsub = fx_qpdf_key_name(q, *desc, "/Subtype");
	if (dsub && !strcmp(dsub, "/CIDFontType2") && !qpdf_oh_has_key(q, *desc, "/CIDToGIDMap"))
		return fx_pdf_issue_add(c->list, FX_PDF_ISSUE_FONT_STRUCTURE, FX_PDF_SEVERITY_ERROR,
		                        obj, page, "font %s: CIDFontType2 without CIDToGIDMap",
		                        name);
	return FX_OK;
}

/* Checks one font. */
int fx_check_font(fx_check *c, qpdf_oh font, const char *res_name, int page)
{
	qpdf_data q = c->q;
	int obj = qpdf_oh_is_indirect(q, font) ? qpdf_oh_get_object_id(q, font) : 0;
	if (obj) {
		int fresh = fx_objset_add(&c->fonts, obj, qpdf_oh_get_generation(q, font));
		if (fresh <= 0)
			return fresh;
	}
	const char *s = fx_qpdf_key_name(q, font, "/Subtype");
	char sub[64], name[128];
	snprintf(sub, sizeof sub, "%s", s ? s : "/?");
	base_font(q, font, res_name, name, sizeof name);
	if (!strcmp(sub, "/Type3"))
		return FX_OK;
	qpdf_oh desc = 0;
	int rc = FX_OK;
	if (!strcmp(sub, "/Type0")) {
		rc = check_type0(c, font, name, obj, page, &desc);
		if (rc < 0 || !desc)
			return rc;
	}
	if (!has_font_file(q, desc ? desc : font))
		rc = fx_pdf_issue_add(
		    c->list, FX_PDF_ISSUE_FONT_NOT_EMBEDDED, FX_PDF_SEVERITY_ERROR, obj, page,
		    "font %s (%s, object %d, page %d) is not embedded", name, sub + 1, obj, page);
	if (rc >= 0 && !qpdf_oh_has_key(q, font, "/ToUnicode") &&
	    needs_tounicode(q, font, sub, desc))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_FONT_NO_TOUNICODE,
		                      FX_PDF_SEVERITY_WARNING, obj, page,
		                      "font %s has no ToUnicode map: its text may not be "
		                      "extractable",
		                      name);
	if (desc)
		qpdf_oh_release(q, desc);
	return rc;
}
