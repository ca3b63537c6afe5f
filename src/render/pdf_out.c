/*
 * Replaying the display list into libharu and saving the PDF.
 */
#include "render/pdf_out.h"

#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/error.h"
#include "facturx/common.h"
#include "render/pdf_fixup.h"
#include "render/text.h"

/** libharu's first error, recorded by the error handler. */
typedef struct hpdf_err {
	HPDF_STATUS code, detail;
} hpdf_err;

/** The PDF being written. */
typedef struct pdf_ctx {
	const fx_rpdf_job *job;
	HPDF_Doc pdf;
	hpdf_err err;
	HPDF_Font font[2];
	HPDF_Image logo;
	unsigned char used[2][65536 / 8]; /* code points drawn, per font */
	unsigned char high[256];          /* high bytes of every drawn code point */
	char tmp[2][4096];                /* temporary subset files ("" when none) */
} pdf_ctx;

/* libharu error handler: keeps the first error. code/detail: libharu's codes; user: hpdf_err. */
static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *user)
{
	hpdf_err *e = user;
	if (!e->code) {
		e->code = code;
		e->detail = detail;
	}
}

/* Records a libharu failure; what: the step that failed. */
static int hpdf_fail(const pdf_ctx *c, const char *what)
{
	return fx_error_set(FX_ERROR, "PDF writing failed (%s): libharu error 0x%04X, detail %u",
	                    what, (unsigned)c->err.code, (unsigned)c->err.detail);
}

/* Appends the drawn form of text s (font f) to b, marking the code points used. */
static void drawn_text(pdf_ctx *c, int font, const char *s, fx_buf *b)
{
	const fx_ttf *f = c->job->fonts[font];
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += fx_utf8_next(s + i, len - i, &cp);
		cp = fx_text_drawn(f, cp);
		if (!cp)
			continue;
		c->used[font][cp >> 3] |= (unsigned char)(1u << (cp & 7));
		c->high[cp >> 8] = 1;
		char u[3];
		size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
		if (n == 1) {
			u[0] = (char)cp;
		} else if (n == 2) {
			u[0] = (char)(0xC0 | (cp >> 6));
			u[1] = (char)(0x80 | (cp & 0x3F));
		} else {
			u[0] = (char)(0xE0 | (cp >> 12));
			u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
			u[2] = (char)(0x80 | (cp & 0x3F));
		}
		fx_buf_append(b, u, n);
	}
}

/* Writes the subset of font i to a temporary file and loads it into the PDF. */
static int load_font(pdf_ctx *c, int i)
{
	uint32_t *cps = malloc(65536 * sizeof *cps);
	size_t n = 0;
	if (!cps)
		return fx_error_oom();
	for (uint32_t cp = 0; cp < 65536; cp++)
		if (c->used[i][cp >> 3] & (1u << (cp & 7)))
			cps[n++] = cp;
	unsigned char *data;
	size_t len;
	int rc = fx_ttf_subset(c->job->fonts[i], cps, n, &data, &len);
	free(cps);
	if (rc)
		return rc;
	const char *dir = getenv("TMPDIR");
	snprintf(c->tmp[i], sizeof c->tmp[i], "%s/facturx-font-XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(c->tmp[i]);
	if (fd < 0) {
		free(data);
		c->tmp[i][0] = '\0';
		return fx_error_set(FX_EIO, "cannot create a temporary font file in %s",
		                    dir && *dir ? dir : "/tmp");
	}
	size_t done = 0;
	while (done < len) {
		ssize_t w = write(fd, data + done, len - done);
		if (w <= 0)
			break;
		done += (size_t)w;
	}
	close(fd);
	free(data);
	if (done < len)
		return fx_error_set(FX_EIO, "cannot write the temporary font file %s", c->tmp[i]);
	const char *name = HPDF_LoadTTFontFromFile(c->pdf, c->tmp[i], HPDF_TRUE);
	c->font[i] = name ? HPDF_GetFont(c->pdf, name, "UTF-8") : NULL;
	return c->font[i] ? 0 : hpdf_fail(c, "loading a font");
}

/* Draws operation op on page pg (height ph); b: scratch buffer. */
static void draw_op(pdf_ctx *c, HPDF_Page pg, const fx_op *op, float ph, fx_buf *b)
{
	HPDF_Page_SetRGBFill(pg, op->color.r / 255.0f, op->color.g / 255.0f, op->color.b / 255.0f);
	switch (op->kind) {
	case FX_OP_TEXT:
		b->len = 0;
		drawn_text(c, op->font, op->text, b);
		if (!b->len || b->failed)
			return;
		HPDF_Page_BeginText(pg);
		HPDF_Page_SetFontAndSize(pg, c->font[op->font], op->size);
		HPDF_Page_TextOut(pg, op->x, ph - op->y, b->data);
		HPDF_Page_EndText(pg);
		break;
	case FX_OP_LINE:
		HPDF_Page_SetRGBStroke(pg, op->color.r / 255.0f, op->color.g / 255.0f,
		                       op->color.b / 255.0f);
		HPDF_Page_SetLineWidth(pg, op->size);
		HPDF_Page_MoveTo(pg, op->x, ph - op->y);
		HPDF_Page_LineTo(pg, op->x2, ph - op->y2);
		HPDF_Page_Stroke(pg);
		break;
	case FX_OP_RECT:
		HPDF_Page_Rectangle(pg, op->x, ph - op->y - op->y2, op->x2, op->y2);
		HPDF_Page_Fill(pg);
		break;
	case FX_OP_IMAGE:
		if (c->logo)
			HPDF_Page_DrawImage(pg, c->logo, op->x, ph - op->y - op->y2, op->x2,
			                    op->y2);
		break;
	}
}

/* Marks the code points of every text operation (to subset the fonts first). */
static int scan_text(pdf_ctx *c)
{
	fx_buf b = {0};
	for (size_t i = 0; i < c->job->dl->n; i++)
		if (c->job->dl->ops[i].kind == FX_OP_TEXT) {
			b.len = 0;
			drawn_text(c, c->job->dl->ops[i].font, c->job->dl->ops[i].text, &b);
		}
	int failed = b.failed;
	fx_buf_free(&b);
	return failed ? fx_error_oom() : 0;
}

/* Parses an ISO date-time with offset. */
int fx_rpdf_parse_date(const char *date, int f[9])
{
	char sign = 0, extra;
	int n = sscanf(date, "%4d-%2d-%2dT%2d:%2d:%2d%c%2d:%2d%c", &f[0], &f[1], &f[2], &f[3],
	               &f[4], &f[5], &sign, &f[7], &f[8], &extra);
	int ok = (n == 7 && sign == 'Z' && date[19] == 'Z' && date[20] == '\0') ||
	         (n == 9 && (sign == '+' || sign == '-') && strlen(date) == 25);
	if (!ok || f[0] < 1000 || f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > 31 || f[3] > 23 ||
	    f[4] > 59 || f[5] > 59 || (n == 9 && (f[7] > 14 || f[8] > 59)))
		return fx_error_set(FX_EUSAGE,
		                    "creation date \"%s\": expected "
		                    "YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DDTHH:MM:SS+HH:MM",
		                    date);
	f[6] = sign;
	if (n == 7)
		f[7] = f[8] = 0;
	return 0;
}

/* Sets the creation and modification dates (the job's, $SOURCE_DATE_EPOCH or now). */
static int set_dates(pdf_ctx *c)
{
	int f[9];
	if (c->job->date) {
		int rc = fx_rpdf_parse_date(c->job->date, f);
		if (rc)
			return rc;
	} else {
		const char *sde = getenv("SOURCE_DATE_EPOCH");
		time_t t = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
		struct tm tm;
		gmtime_r(&t, &tm);
		int g[9] = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
		            tm.tm_sec,         'Z',           0,          0};
		memcpy(f, g, sizeof g);
	}
	HPDF_Date d = {f[0], f[1], f[2], f[3], f[4], f[5], (char)f[6], f[7], f[8]};
	HPDF_SetInfoDateAttr(c->pdf, HPDF_INFO_CREATION_DATE, d);
	HPDF_SetInfoDateAttr(c->pdf, HPDF_INFO_MOD_DATE, d);
	return 0;
}

/* Sets the document information. */
static int set_info(pdf_ctx *c)
{
	HPDF_SetInfoAttr(c->pdf, HPDF_INFO_CREATOR, "facturx " FX_VERSION_STRING);
	const char *t = c->job->title;
	int ascii = t != NULL;
	for (const char *p = t; p && *p; p++)
		ascii &= (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7F;
	if (ascii)
		HPDF_SetInfoAttr(c->pdf, HPDF_INFO_TITLE, t);
	return set_dates(c);
}

/* Draws every page. */
static int draw_pages(pdf_ctx *c)
{
	const fx_dlist *dl = c->job->dl;
	fx_buf b = {0};
	for (int p = 0; p < dl->pages; p++) {
		HPDF_Page pg = HPDF_AddPage(c->pdf);
		if (!pg)
			break;
		HPDF_Page_SetWidth(pg, c->job->page_w);
		HPDF_Page_SetHeight(pg, c->job->page_h);
		for (size_t i = 0; i < dl->n; i++)
			if (dl->ops[i].page == p)
				draw_op(c, pg, &dl->ops[i], c->job->page_h, &b);
	}
	int failed = b.failed;
	fx_buf_free(&b);
	if (failed)
		return fx_error_oom();
	return c->err.code ? hpdf_fail(c, "drawing") : 0;
}

/* Saves the document into out, then fixes the /ToUnicode maps. */
static int save(pdf_ctx *c, unsigned char **out, size_t *out_len)
{
	if (HPDF_SaveToStream(c->pdf) != HPDF_OK)
		return hpdf_fail(c, "saving");
	HPDF_UINT32 size = HPDF_GetStreamSize(c->pdf);
	unsigned char *raw = malloc(size ? size : 1);
	if (!raw)
		return fx_error_oom();
	HPDF_UINT32 got = size;
	HPDF_ResetStream(c->pdf);
	if (HPDF_ReadFromStream(c->pdf, raw, &got) != HPDF_OK && got != size) {
		free(raw);
		return hpdf_fail(c, "reading the saved document");
	}
	int rc = fx_rpdf_fix_tounicode(raw, got, c->high, out, out_len);
	free(raw);
	return rc;
}

/* Builds the document in c. */
static int build(pdf_ctx *c, unsigned char **out, size_t *out_len)
{
	const fx_rpdf_job *job = c->job;
	c->pdf = HPDF_New(on_error, &c->err);
	if (!c->pdf)
		return fx_error_oom();
	if (HPDF_SetCompressionMode(c->pdf, HPDF_COMP_ALL) != HPDF_OK ||
	    HPDF_UseUTFEncodings(c->pdf) != HPDF_OK)
		return hpdf_fail(c, "setting up");
	int rc = scan_text(c);
	for (int i = 0; i < 2 && !rc; i++) {
		int any = 0;
		for (size_t k = 0; k < sizeof c->used[i] && !any; k++)
			any = c->used[i][k] != 0;
		if (any)
			rc = load_font(c, i);
	}
	if (!rc && job->logo) {
		c->logo = job->logo_png ? HPDF_LoadPngImageFromFile(c->pdf, job->logo)
		                        : HPDF_LoadJpegImageFromFile(c->pdf, job->logo);
		if (!c->logo)
			rc = hpdf_fail(c, "loading the logo");
	}
	if (!rc)
		rc = set_info(c);
	if (!rc)
		rc = draw_pages(c);
	if (!rc)
		rc = save(c, out, out_len);
	return rc;
}

/* Writes the PDF. */
int fx_rpdf_write(const fx_rpdf_job *job, unsigned char **out, size_t *out_len)
{
	pdf_ctx *c = calloc(1, sizeof *c);
	if (!c)
		return fx_error_oom();
	c->job = job;
	int rc = build(c, out, out_len);
	if (c->pdf)
		HPDF_Free(c->pdf);
	for (int i = 0; i < 2; i++)
		if (c->tmp[i][0])
			unlink(c->tmp[i]);
	free(c);
	return rc;
}
