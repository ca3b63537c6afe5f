/*
 * Page-level rules of the embeddability check: resources of pages, forms,
 * Type3 fonts and annotation appearances (fonts, ExtGState, device colour,
 * ISO 19005-3 6.2.4.3, 6.2.5, 6.2.10, 6.2.11) and annotations (6.3).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/check.h"

/* What owns a resource dictionary. */
enum owner_kind { OWNER_PAGE, OWNER_FORM, OWNER_TYPE3 };

/* One resource dictionary to walk. */
typedef struct job {
	qpdf_oh res, owner;
	enum owner_kind kind;
} job;

/* Jobs of one page. */
typedef struct jobs {
	job *items;
	size_t top, cap;
	int page;
} jobs;

/* Queues a job unless its owner (an indirect form or font) was walked. */
static int push_job(fx_check *c, jobs *j, qpdf_oh res, qpdf_oh owner, enum owner_kind kind)
{
	if (kind != OWNER_PAGE && qpdf_oh_is_indirect(c->q, owner)) {
		int fresh = fx_objset_add(&c->owners, qpdf_oh_get_object_id(c->q, owner),
		                          qpdf_oh_get_generation(c->q, owner));
		if (fresh <= 0) {
			qpdf_oh_release(c->q, res);
			qpdf_oh_release(c->q, owner);
			return fresh;
		}
	}
	if (j->top == j->cap) {
		size_t nc = j->cap ? j->cap * 2 : 16;
		job *p = realloc(j->items, nc * sizeof *p);
		if (!p)
			return fx_error_oom();
		j->items = p;
		j->cap = nc;
	}
	j->items[j->top++] = (job){res, owner, kind};
	return FX_OK;
}

/* Queues a form or appearance stream with its own resources. */
static int push_stream(fx_check *c, jobs *j, qpdf_oh stream, enum owner_kind kind)
{
	qpdf_oh d = qpdf_oh_get_dict(c->q, stream);
	qpdf_oh res = qpdf_oh_get_key(c->q, d, "/Resources");
	qpdf_oh_release(c->q, d);
	return push_job(c, j, res, qpdf_oh_new_object(c->q, stream), kind);
}

/* The page's resources, inherited through /Parent when absent. */
static qpdf_oh page_resources(qpdf_data q, qpdf_oh page)
{
	qpdf_oh node = qpdf_oh_new_object(q, page);
	for (int i = 0; i < 64 && qpdf_oh_is_dictionary(q, node); i++) {
		qpdf_oh res = qpdf_oh_get_key(q, node, "/Resources");
		if (qpdf_oh_is_dictionary(q, res)) {
			qpdf_oh_release(q, node);
			return res;
		}
		qpdf_oh_release(q, res);
		qpdf_oh parent = qpdf_oh_get_key(q, node, "/Parent");
		qpdf_oh_release(q, node);
		node = parent;
	}
	qpdf_oh_release(q, node);
	return qpdf_oh_new_null(q);
}

/* Calls fn for every value of sub-dictionary key of res. */
static int each_entry(fx_check *c, qpdf_oh res, const char *key, jobs *j,
                      int (*fn)(fx_check *, jobs *, const char *, qpdf_oh, int *), int *bits)
{
	qpdf_oh d = qpdf_oh_get_key(c->q, res, key);
	char **keys = NULL;
	size_t n = 0;
	int rc = qpdf_oh_is_dictionary(c->q, d) ? fx_qpdf_dict_keys(c->q, d, &keys, &n) : FX_OK;
	for (size_t i = 0; i < n && rc >= 0; i++) {
		qpdf_oh v = qpdf_oh_get_key(c->q, d, keys[i]);
		rc = fn(c, j, keys[i], v, bits);
		qpdf_oh_release(c->q, v);
	}
	fx_qpdf_keys_free(keys, n);
	qpdf_oh_release(c->q, d);
	return rc;
}

/* Font resource: checked; a Type3 font's resources are walked too. */
static int on_font(fx_check *c, jobs *j, const char *name, qpdf_oh font, int *bits)
{
	if (!qpdf_oh_is_dictionary(c->q, font))
		return FX_OK;
	int rc = fx_check_font(c, font, name + 1, j->page);
	const char *sub = fx_qpdf_key_name(c->q, font, "/Subtype");
	if (rc >= 0 && sub && !strcmp(sub, "/Type3"))
		rc = push_job(c, j, qpdf_oh_get_key(c->q, font, "/Resources"),
		              qpdf_oh_new_object(c->q, font), OWNER_TYPE3);
	return rc;
}

/* Device colour bits of a colour space name, or 0. */
static int device_bits(const char *n)
{
	if (n && !strcmp(n, "/DeviceCMYK"))
		return FX_PDF_USES_CMYK;
	if (n && !strcmp(n, "/DeviceRGB"))
		return FX_PDF_USES_RGB;
	if (n && !strcmp(n, "/DeviceGray"))
		return FX_PDF_USES_GRAY;
	return 0;
}

/* Device colour bits of an image colour space (Indexed: its base). */
static int image_colour(qpdf_data q, qpdf_oh cs)
{
	qpdf_oh base = 0;
	if (qpdf_oh_is_array(q, cs) && qpdf_oh_get_array_n_items(q, cs) >= 2) {
		qpdf_oh first = qpdf_oh_get_array_item(q, cs, 0);
		const char *n = fx_qpdf_name(q, first);
		if (n && !strcmp(n, "/Indexed"))
			base = qpdf_oh_get_array_item(q, cs, 1);
		qpdf_oh_release(q, first);
	}
	int bits = device_bits(fx_qpdf_name(q, base ? base : cs));
	if (base)
		qpdf_oh_release(q, base);
	return bits;
}

/* XObject resource: forms are walked, images' colour spaces noted. */
static int on_xobject(fx_check *c, jobs *j, const char *name, qpdf_oh xo, int *bits)
{
	if (!qpdf_oh_is_stream(c->q, xo))
		return FX_OK;
	qpdf_oh d = qpdf_oh_get_dict(c->q, xo);
	const char *sub = fx_qpdf_key_name(c->q, d, "/Subtype");
	int rc = FX_OK;
	if (sub && !strcmp(sub, "/Form")) {
		rc = push_stream(c, j, xo, OWNER_FORM);
	} else if (sub && !strcmp(sub, "/Image") && !fx_qpdf_key_is_true(c->q, d, "/ImageMask")) {
		qpdf_oh cs = qpdf_oh_get_key(c->q, d, "/ColorSpace");
		*bits |= image_colour(c->q, cs);
		qpdf_oh_release(c->q, cs);
	}
	qpdf_oh_release(c->q, d);
	return rc;
}

/* Standard blend modes (ISO 32000 11.3.5). */
static const char *const blend_modes[] = {
    "/Normal",    "/Compatible", "/Multiply",   "/Screen",    "/Overlay",   "/Darken",
    "/Lighten",   "/ColorDodge", "/ColorBurn",  "/HardLight", "/SoftLight", "/Difference",
    "/Exclusion", "/Hue",        "/Saturation", "/Color",     "/Luminosity"};

/* True when the blend mode object is not standard. */
static int bad_blend(qpdf_data q, qpdf_oh bm)
{
	int n = qpdf_oh_is_array(q, bm) ? qpdf_oh_get_array_n_items(q, bm) : 1;
	int bad = 0;
	for (int i = 0; i < n && !bad; i++) {
		qpdf_oh it = qpdf_oh_is_array(q, bm) ? qpdf_oh_get_array_item(q, bm, i)
		                                     : qpdf_oh_new_object(q, bm);
		const char *name = fx_qpdf_name(q, it);
		bad = 1;
		for (size_t k = 0; name && k < sizeof blend_modes / sizeof *blend_modes; k++)
			if (!strcmp(name, blend_modes[k]))
				bad = 0;
		qpdf_oh_release(q, it);
	}
	return bad;
}

/* ExtGState resource: transfer functions, halftones, blend modes. */
static int on_gstate(fx_check *c, jobs *j, const char *name, qpdf_oh gs, int *bits)
{
	qpdf_data q = c->q;
	if (!qpdf_oh_is_dictionary(q, gs))
		return FX_OK;
	int obj = qpdf_oh_is_indirect(q, gs) ? qpdf_oh_get_object_id(q, gs) : 0;
	const char *tr2 = fx_qpdf_key_name(q, gs, "/TR2");
	int tr2_bad = qpdf_oh_has_key(q, gs, "/TR2") && !(tr2 && !strcmp(tr2, "/Default"));
	if (qpdf_oh_has_key(q, gs, "/TR") || qpdf_oh_has_key(q, gs, "/HTP") || tr2_bad)
		return fx_pdf_issue_add(c->list, FX_PDF_ISSUE_EXTGSTATE, FX_PDF_SEVERITY_ERROR, obj,
		                        j->page,
		                        "graphics state %s (page %d) sets a transfer function "
		                        "or halftone phase",
		                        name, j->page);
	qpdf_oh bm = qpdf_oh_get_key(q, gs, "/BM");
	int bad = !qpdf_oh_is_null(q, bm) && bad_blend(q, bm);
	qpdf_oh_release(q, bm);
	if (bad)
		return fx_pdf_issue_add(
		    c->list, FX_PDF_ISSUE_EXTGSTATE, FX_PDF_SEVERITY_ERROR, obj, j->page,
		    "graphics state %s (page %d): non-standard blend mode", name, j->page);
	return FX_OK;
}

/* Scans the content of one stream for colour operators. */
static int stream_colours(fx_check *c, qpdf_oh s, int page, int *bits)
{
	unsigned char *data;
	size_t len;
	if (fx_qpdf_stream_read(c->q, s, FX_CHECK_MAX_CONTENT, c->source, "content stream", &data,
	                        &len) < 0)
		return fx_pdf_issue_add(c->list, FX_PDF_ISSUE_DEVICE_COLOUR,
		                        FX_PDF_SEVERITY_WARNING, qpdf_oh_get_object_id(c->q, s),
		                        page, "content on page %d not checked: %s", page,
		                        fx_error_last()->message);
	*bits |= fx_pdf_content_colours(data, len);
	free(data);
	return FX_OK;
}

/* Scans the owner's content (a page's /Contents, or a form stream). */
static int owner_colours(fx_check *c, const job *jb, int page, int *bits)
{
	qpdf_data q = c->q;
	if (jb->kind == OWNER_FORM)
		return stream_colours(c, jb->owner, page, bits);
	if (jb->kind != OWNER_PAGE)
		return FX_OK;
	qpdf_oh contents = qpdf_oh_get_key(q, jb->owner, "/Contents");
	int rc = FX_OK;
	if (qpdf_oh_is_stream(q, contents)) {
		rc = stream_colours(c, contents, page, bits);
	} else if (qpdf_oh_is_array(q, contents)) {
		int n = qpdf_oh_get_array_n_items(q, contents);
		for (int i = 0; i < n && rc >= 0; i++) {
			qpdf_oh s = qpdf_oh_get_array_item(q, contents, i);
			if (qpdf_oh_is_stream(q, s))
				rc = stream_colours(c, s, page, bits);
			qpdf_oh_release(q, s);
		}
	}
	qpdf_oh_release(q, contents);
	return rc;
}

/* Bits of the Default colour spaces a resource dictionary defines. */
static int default_bits(qpdf_data q, qpdf_oh res)
{
	static const struct {
		const char *key;
		int bit;
	} defaults[] = {{"/DefaultCMYK", FX_PDF_USES_CMYK},
	                {"/DefaultRGB", FX_PDF_USES_RGB},
	                {"/DefaultGray", FX_PDF_USES_GRAY}};
	qpdf_oh cs = qpdf_oh_get_key(q, res, "/ColorSpace");
	int bits = 0;
	for (size_t i = 0; i < sizeof defaults / sizeof *defaults; i++)
		if (qpdf_oh_is_dictionary(q, cs) && qpdf_oh_has_key(q, cs, defaults[i].key))
			bits |= defaults[i].bit;
	qpdf_oh_release(q, cs);
	return bits;
}

/* Reports the device colour spaces used that the output intent does not
 * cover (6.2.4.3): CMYK needs a CMYK intent, RGB an RGB one, gray any. */
static int check_device_colour(fx_check *c, const job *jb, int page, int used)
{
	static const struct {
		int bit, components;
		const char *name, *key;
	} spaces[] = {{FX_PDF_USES_CMYK, 4, "DeviceCMYK", "DefaultCMYK"},
	              {FX_PDF_USES_RGB, 3, "DeviceRGB", "DefaultRGB"},
	              {FX_PDF_USES_GRAY, 0, "DeviceGray", "DefaultGray"}};
	qpdf_data q = c->q;
	int obj = qpdf_oh_is_indirect(q, jb->owner) ? qpdf_oh_get_object_id(q, jb->owner) : 0;
	int rc = FX_OK;
	for (size_t i = 0; i < sizeof spaces / sizeof *spaces && rc >= 0; i++) {
		int covered = spaces[i].components ? c->oi_components == spaces[i].components
		                                   : c->oi_components != 0;
		if (!(used & spaces[i].bit) || covered)
			continue;
		if (c->oi_components == 0)
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_DEVICE_COLOUR,
			                      FX_PDF_SEVERITY_ERROR, obj, page,
			                      "%s used on page %d without %s and without a "
			                      "PDF/A output intent",
			                      spaces[i].name, page, spaces[i].key);
		else
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_DEVICE_COLOUR,
			                      FX_PDF_SEVERITY_ERROR, obj, page,
			                      "%s used on page %d without %s: the PDF/A output "
			                      "intent is %s",
			                      spaces[i].name, page, spaces[i].key,
			                      c->oi_components == 4   ? "CMYK"
			                      : c->oi_components == 3 ? "RGB"
			                                              : "gray");
	}
	return rc;
}

/* Walks one resource dictionary and its owner's content. */
static int run_job(fx_check *c, jobs *j, const job *jb)
{
	qpdf_data q = c->q;
	int bits = 0, rc = FX_OK, defaults = 0;
	if (qpdf_oh_is_dictionary(q, jb->res)) {
		rc = each_entry(c, jb->res, "/Font", j, on_font, &bits);
		if (rc >= 0)
			rc = each_entry(c, jb->res, "/XObject", j, on_xobject, &bits);
		if (rc >= 0)
			rc = each_entry(c, jb->res, "/ExtGState", j, on_gstate, &bits);
		defaults = default_bits(q, jb->res);
	}
	if (rc >= 0)
		rc = owner_colours(c, jb, j->page, &bits);
	if (rc >= 0)
		rc = check_device_colour(c, jb, j->page, bits & ~defaults);
	return rc;
}

/* Known annotation subtypes and those PDF/A forbids. */
static const char *const annot_known[] = {
    "/Text",        "/Link",     "/FreeText",  "/Line",      "/Square",         "/Circle",
    "/Polygon",     "/PolyLine", "/Highlight", "/Underline", "/Squiggly",       "/StrikeOut",
    "/Stamp",       "/Caret",    "/Ink",       "/Popup",     "/FileAttachment", "/Widget",
    "/PrinterMark", "/TrapNet",  "/Watermark", "/Redact"};

/* True for a known, allowed annotation subtype. */
static int annot_allowed(const char *sub)
{
	for (size_t i = 0; sub && i < sizeof annot_known / sizeof *annot_known; i++)
		if (!strcmp(sub, annot_known[i]))
			return 1;
	return 0;
}

/* Queues an annotation's appearance streams. */
static int push_appearances(fx_check *c, jobs *j, qpdf_oh annot)
{
	static const char *const keys[] = {"/N", "/R", "/D"};
	qpdf_data q = c->q;
	qpdf_oh ap = qpdf_oh_get_key(q, annot, "/AP");
	int rc = FX_OK;
	for (size_t k = 0; k < 3 && rc >= 0 && qpdf_oh_is_dictionary(q, ap); k++) {
		qpdf_oh v = qpdf_oh_get_key(q, ap, keys[k]);
		if (qpdf_oh_is_stream(q, v)) {
			rc = push_stream(c, j, v, OWNER_FORM);
		} else if (qpdf_oh_is_dictionary(q, v)) {
			char **names;
			size_t n;
			rc = fx_qpdf_dict_keys(q, v, &names, &n);
			if (rc >= 0) {
				for (size_t i = 0; rc >= 0 && i < n; i++) {
					qpdf_oh s = qpdf_oh_get_key(q, v, names[i]);
					if (qpdf_oh_is_stream(q, s))
						rc = push_stream(c, j, s, OWNER_FORM);
					qpdf_oh_release(q, s);
				}
				fx_qpdf_keys_free(names, n);
			}
		}
		qpdf_oh_release(q, v);
	}
	qpdf_oh_release(q, ap);
	return rc;
}

/* Checks one annotation's subtype, flags and actions. */
static int check_annot(fx_check *c, jobs *j, qpdf_oh a)
{
	qpdf_data q = c->q;
	int obj = qpdf_oh_is_indirect(q, a) ? qpdf_oh_get_object_id(q, a) : 0;
	const char *s = fx_qpdf_key_name(q, a, "/Subtype");
	char sub[64];
	snprintf(sub, sizeof sub, "%s", s ? s : "/?");
	int rc = FX_OK;
	if (!annot_allowed(sub))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ANNOTATION, FX_PDF_SEVERITY_ERROR, obj,
		                      j->page, "%s annotation on page %d is not allowed", sub + 1,
		                      j->page);
	if (rc >= 0 && strcmp(sub, "/Popup") != 0) {
		qpdf_oh f = qpdf_oh_get_key(q, a, "/F");
		long long flags = 0;
		int has = qpdf_oh_get_value_as_longlong(q, f, &flags);
		qpdf_oh_release(q, f);
		if (!has || !(flags & 4) || (flags & (1 | 2 | 32 | 256)))
			rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ANNOTATION,
			                      FX_PDF_SEVERITY_ERROR, obj, j->page,
			                      "%s annotation on page %d: flags must say Print and "
			                      "not Hidden, Invisible or NoView",
			                      sub + 1, j->page);
	}
	if (rc >= 0 && !strcmp(sub, "/Widget") &&
	    (qpdf_oh_has_key(q, a, "/A") || qpdf_oh_has_key(q, a, "/AA")))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ADDITIONAL_ACTIONS,
		                      FX_PDF_SEVERITY_ERROR, obj, j->page,
		                      "form field widget on page %d has an action", j->page);
	if (rc >= 0)
		rc = push_appearances(c, j, a);
	return rc;
}

/* Page keys and annotations. */
static int check_page(fx_check *c, jobs *j, qpdf_oh page)
{
	qpdf_data q = c->q;
	int obj = qpdf_oh_get_object_id(q, page), rc = FX_OK;
	if (qpdf_oh_has_key(q, page, "/AA"))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_ADDITIONAL_ACTIONS,
		                      FX_PDF_SEVERITY_ERROR, obj, j->page,
		                      "page %d has additional actions (/AA)", j->page);
	if (rc >= 0 && qpdf_oh_has_key(q, page, "/PresSteps"))
		rc = fx_pdf_issue_add(c->list, FX_PDF_ISSUE_MISC, FX_PDF_SEVERITY_ERROR, obj,
		                      j->page, "page %d has presentation steps", j->page);
	qpdf_oh annots = qpdf_oh_get_key(q, page, "/Annots");
	int n = qpdf_oh_is_array(q, annots) ? qpdf_oh_get_array_n_items(q, annots) : 0;
	for (int i = 0; i < n && rc >= 0; i++) {
		qpdf_oh a = qpdf_oh_get_array_item(q, annots, i);
		if (qpdf_oh_is_dictionary(q, a))
			rc = check_annot(c, j, a);
		qpdf_oh_release(q, a);
	}
	qpdf_oh_release(q, annots);
	return rc;
}

/* Walks every page. */
int fx_check_resources(fx_check *c)
{
	qpdf_data q = c->q;
	int pages = qpdf_get_num_pages(q), rc = FX_OK;
	if (qpdf_has_error(q)) {
		qpdf_get_error(q);
		return fx_pdf_issue_add(c->list, FX_PDF_ISSUE_DAMAGED, FX_PDF_SEVERITY_ERROR, 0, 0,
		                        "the page tree cannot be read");
	}
	jobs j = {0};
	for (int p = 0; p < pages && rc >= 0; p++) {
		qpdf_oh page = qpdf_get_page_n(q, (size_t)p);
		j.page = p + 1;
		rc = check_page(c, &j, page);
		if (rc >= 0)
			rc = push_job(c, &j, page_resources(q, page), qpdf_oh_new_object(q, page),
			              OWNER_PAGE);
		while (rc >= 0 && j.top > 0) {
			job jb = j.items[--j.top];
			rc = run_job(c, &j, &jb);
			qpdf_oh_release(q, jb.res);
			qpdf_oh_release(q, jb.owner);
		}
		qpdf_oh_release(q, page);
	}
	for (size_t i = 0; i < j.top; i++) {
		qpdf_oh_release(q, j.items[i].res);
		qpdf_oh_release(q, j.items[i].owner);
	}
	free(j.items);
	return rc;
}
