/*
 * The public entry points: fx_render_pdf_memory and fx_render_pdf_file.
 * Loads the template, fonts and formatters, lays the invoice out into a
 * display list and writes it as a PDF.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "facturx/render.h"
#include "render/fonts.h"
#include "render/image.h"
#include "render/layout.h"
#include "render/pdf_out.h"
#include "render/render_internal.h"

#define FX_MM 2.8346457f

/** Everything a rendering holds (freed by release()). */
typedef struct render_job {
	fx_template *tpl;
	fx_ttf *fonts[2];
	fx_fmt fmt;
	fx_wrapper wrap;
	fx_dlist dl;
	char *logo;     /* its path */
	fx_image image; /* the logo, read once */
} render_job;

/* Frees what job holds. */
static void release(render_job *j)
{
	fx_template_free(j->tpl);
	fx_ttf_free(j->fonts[0]);
	fx_ttf_free(j->fonts[1]);
	fx_fmt_close(&j->fmt);
	fx_wrapper_close(&j->wrap);
	fx_dlist_free(&j->dl);
	free(j->logo);
	fx_image_free(&j->image);
}

/* Checks the arguments; lang receives "fr"/"en", locale the ICU locale to format with. */
static int check_args(const fx_invoice *inv, const fx_render_options *o, char lang[3],
                      char locale[32])
{
	if (!inv)
		return fx_error_set(FX_EUSAGE, "fx_render_pdf: no invoice");
	if (o && o->version != FX_RENDER_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_render_options.version is %u, expected %u",
		                    o->version, FX_RENDER_OPTIONS_VERSION);
	const char *l = o && o->language ? o->language : "fr";
	if (strncmp(l, "fr", 2) != 0 && strncmp(l, "en", 2) != 0)
		return fx_error_set(FX_EUSAGE, "language \"%s\" is not supported (fr, en)", l);
	if (strlen(l) >= 32 || (l[2] && l[2] != '_' && l[2] != '-'))
		return fx_error_set(FX_EUSAGE,
		                    "language \"%s\": expected fr, en or a locale "
		                    "such as fr_BE",
		                    l);
	memcpy(lang, l, 2);
	lang[2] = '\0';
	if (l[2])
		strcpy(locale, l);
	else
		strcpy(locale, lang[0] == 'f' ? "fr_FR" : "en_GB");
	if (!inv->totals.tax_basis_total.set || !inv->totals.grand_total.set)
		return fx_error_set(FX_EMISSING, "the invoice has no totals (BT-109, BT-112): "
		                                 "compute it first (fx_invoice_compute)");
	return 0;
}

/* Resolves the logo path (options first, then the template, relative to its folder). */
static int find_logo(render_job *j, const fx_render_options *o)
{
	const char *p = o && o->logo_path ? o->logo_path : j->tpl->logo_path;
	if (!p)
		return 0;
	size_t n = strlen(p) + (j->tpl->dir ? strlen(j->tpl->dir) : 0) + 2;
	j->logo = malloc(n);
	if (!j->logo)
		return fx_error_oom();
	if (p[0] != '/' && !(o && o->logo_path) && j->tpl->dir)
		snprintf(j->logo, n, "%s/%s", j->tpl->dir, p);
	else
		snprintf(j->logo, n, "%s", p);
	return 0;
}

/* Reads the logo and sizes it into the template's box. */
static int size_logo(render_job *j, fx_layout *L)
{
	int rc = fx_image_load(j->logo, &j->image);
	if (rc)
		return rc;
	float s = j->tpl->logo_max_w / (float)j->image.w,
	      sh = j->tpl->logo_max_h / (float)j->image.h;
	s = sh < s ? sh : s;
	L->logo = j->logo;
	L->logo_w = (float)j->image.w * s;
	L->logo_h = (float)j->image.h * s;
	return 0;
}

/* Loads everything and lays inv out into j->dl; L is filled. */
static int prepare(render_job *j, const fx_invoice *inv, const fx_render_options *opts,
                   fx_layout *L)
{
	char lang[3], locale[32];
	int rc = check_args(inv, opts, lang, locale);
	if (!rc && opts && opts->works && !opts->template_path)
		rc = fx_template_load_builtin("works", lang, &j->tpl);
	else if (!rc)
		rc = fx_template_load(opts ? opts->template_path : NULL, lang, &j->tpl);
	if (!rc)
		rc = fx_fonts_load(opts ? opts->fonts_path : NULL, j->tpl->font_family, j->fonts);
	if (!rc && strncmp(locale, j->tpl->lang, 2) != 0) /* the template's language wins */
		strcpy(locale, j->tpl->lang[0] == 'f' ? "fr_FR" : "en_GB");
	if (!rc)
		rc = fx_fmt_open(&j->fmt, locale, j->tpl->date_pattern);
	if (!rc)
		rc = fx_wrapper_open(&j->wrap, locale);
	if (!rc)
		rc = find_logo(j, opts);
	if (rc)
		return rc;
	memset(L, 0, sizeof *L);
	L->inv = inv;
	L->tpl = j->tpl;
	L->fmt = &j->fmt;
	L->wrap = &j->wrap;
	L->font[0] = j->fonts[0];
	L->font[1] = j->fonts[1];
	L->dl = &j->dl;
	L->works = opts ? opts->works : NULL;
	L->fs = j->tpl->font_size;
	L->amount_in_words =
	    opts && opts->amount_in_words >= 0 ? opts->amount_in_words : j->tpl->amount_in_words;
	if (j->logo)
		rc = size_logo(j, L);
	return rc ? rc : fx_layout_run(L);
}

/* Renders into memory. */
int fx_render_pdf_memory(const fx_invoice *inv, const fx_render_options *opts, unsigned char **out,
                         size_t *out_len)
{
	if (!out || !out_len)
		return fx_error_set(FX_EUSAGE,
		                    "fx_render_pdf_memory: out and out_len are required");
	render_job j;
	memset(&j, 0, sizeof j);
	fx_layout L;
	int rc = prepare(&j, inv, opts, &L);
	if (!rc) {
		char title[256];
		snprintf(title, sizeof title, "%s %s", fx_doc_title(&L),
		         inv->number ? inv->number : "");
		fx_rpdf_job pj = {&j.dl,
		                  {j.fonts[0], j.fonts[1]},
		                  j.tpl->page_w,
		                  j.tpl->page_h,
		                  j.logo ? &j.image : NULL,
		                  title,
		                  opts ? opts->creation_date : NULL};
		rc = fx_rpdf_write(&pj, out, out_len);
	}
	release(&j);
	return rc;
}

/* Lays out only (for tests). */
int fx_render_layout(const fx_invoice *inv, const fx_render_options *opts, fx_dlist *dl,
                     fx_render_geometry *geo)
{
	render_job j;
	memset(&j, 0, sizeof j);
	fx_layout L;
	int rc = prepare(&j, inv, opts, &L);
	if (!rc) {
		*dl = j.dl;
		memset(&j.dl, 0, sizeof j.dl);
		*geo = (fx_render_geometry){j.tpl->page_w, j.tpl->page_h, L.left,
		                            L.right,       L.top,         L.bottom};
	}
	release(&j);
	return rc;
}

/* Renders into a file. */
int fx_render_pdf_file(const fx_invoice *inv, const fx_render_options *opts, const char *path)
{
	if (!path)
		return fx_error_set(FX_EUSAGE, "fx_render_pdf_file: no path");
	unsigned char *pdf;
	size_t len;
	int rc = fx_render_pdf_memory(inv, opts, &pdf, &len);
	if (rc)
		return rc;
	rc = fx_file_write_atomic(path, pdf, len);
	free(pdf);
	return rc;
}
