/*
 * Content streams: the display list of one page as PDF operators. Colours,
 * the font and the line width are set only when they change; the text of a
 * run of text operations stays in one BT/ET block, each string placed
 * relative to the previous one (Td, in exact hundredths of a point) and
 * shown as 2-byte CIDs (Identity-H).
 */
#include <string.h>

#include "core/error.h"
#include "render/pdf_doc.h"
#include "render/text.h"

/** What the graphics state holds so far (-1: unknown). */
typedef struct gstate {
	int in_text;
	long line_x, line_y; /* start of the current text line, hundredths of a point */
	int font;
	float size;
	long fill, stroke; /* 0xRRGGBB */
	float line_width;
	fx_buf str; /* scratch: the CIDs of one string */
} gstate;

/* Returns c as 0xRRGGBB. */
static long rgb_key(fx_rgb c)
{
	return (long)c.r << 16 | (long)c.g << 8 | c.b;
}

/* Appends "r g b op" for colour c. */
static void put_color(fx_buf *b, fx_rgb c, const char *op)
{
	fx_pdf_unit(b, c.r);
	fx_buf_append(b, " ", 1);
	fx_pdf_unit(b, c.g);
	fx_buf_append(b, " ", 1);
	fx_pdf_unit(b, c.b);
	fx_buf_puts(b, op);
}

/* Sets the fill colour when it differs. */
static void set_fill(gstate *g, fx_buf *b, fx_rgb c)
{
	if (g->fill != rgb_key(c)) {
		put_color(b, c, " rg\n");
		g->fill = rgb_key(c);
	}
}

/* Appends two coordinates and an operator: "x y op". */
static void put_xy(fx_buf *b, float x, float y, const char *op)
{
	fx_pdf_real(b, x);
	fx_buf_append(b, " ", 1);
	fx_pdf_real(b, y);
	fx_buf_puts(b, op);
}

/* Closes the text object when one is open (paths cannot be drawn inside). */
static void end_text(gstate *g, fx_buf *b)
{
	if (g->in_text) {
		fx_buf_puts(b, "ET\n");
		g->in_text = 0;
	}
}

/* Collects the CIDs (2 bytes each) of text s in font f into g->str. */
static void encode(gstate *g, const fx_rpdf_font *f, const char *s)
{
	g->str.len = 0;
	size_t len = strlen(s), n = 0;
	char chunk[256];
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += fx_utf8_next(s + i, len - i, &cp);
		cp = fx_text_drawn(f->ttf, cp);
		if (!cp)
			continue;
		unsigned cid = fx_rpdf_cid(f, cp);
		chunk[n++] = (char)(cid >> 8);
		chunk[n++] = (char)cid;
		if (n == sizeof chunk) {
			fx_buf_append(&g->str, chunk, n);
			n = 0;
		}
	}
	fx_buf_append(&g->str, chunk, n);
}

/* Draws a text operation. */
static void draw_text(const fx_rpdf_doc *d, gstate *g, fx_buf *b, const fx_op *op)
{
	int font = op->font ? 1 : 0;
	encode(g, &d->fonts[font], op->text ? op->text : "");
	if (g->str.len == 0)
		return;
	if (!g->in_text) {
		fx_buf_puts(b, "BT\n");
		g->in_text = 1;
		g->line_x = g->line_y = 0; /* BT starts at the origin */
	}
	if (g->font != font || g->size != op->size) {
		fx_buf_puts(b, font ? "/F2 " : "/F1 ");
		fx_pdf_real(b, op->size);
		fx_buf_puts(b, " Tf\n");
		g->font = font;
		g->size = op->size;
	}
	set_fill(g, b, op->color);
	/* the next line start, relative to the current one (exact in hundredths) */
	long x = fx_pdf_hundredths(op->x), y = fx_pdf_hundredths(d->job->page_h - op->y);
	fx_pdf_centi(b, x - g->line_x);
	fx_buf_append(b, " ", 1);
	fx_pdf_centi(b, y - g->line_y);
	fx_buf_puts(b, " Td ");
	g->line_x = x;
	g->line_y = y;
	fx_pdf_literal(b, (const unsigned char *)g->str.data, g->str.len);
	fx_buf_puts(b, " Tj\n");
}

/* Draws a line, a rectangle or the image. */
static void draw_shape(const fx_rpdf_doc *d, gstate *g, fx_buf *b, const fx_op *op)
{
	float ph = d->job->page_h;
	end_text(g, b);
	if (op->kind == FX_OP_LINE) {
		if (g->stroke != rgb_key(op->color)) {
			put_color(b, op->color, " RG\n");
			g->stroke = rgb_key(op->color);
		}
		if (g->line_width != op->size) {
			fx_pdf_real(b, op->size);
			fx_buf_puts(b, " w\n");
			g->line_width = op->size;
		}
		put_xy(b, op->x, ph - op->y, " m ");
		put_xy(b, op->x2, ph - op->y2, " l S\n");
	} else if (op->kind == FX_OP_RECT) {
		set_fill(g, b, op->color);
		put_xy(b, op->x, ph - op->y - op->y2, " ");
		put_xy(b, op->x2, op->y2, " re f\n");
	} else if (op->kind == FX_OP_IMAGE && d->image_obj) {
		fx_buf_puts(b, "q ");
		fx_pdf_real(b, op->x2);
		fx_buf_puts(b, " 0 0 ");
		fx_pdf_real(b, op->y2);
		fx_buf_append(b, " ", 1);
		put_xy(b, op->x, ph - op->y - op->y2, " cm /Im1 Do Q\n");
	}
}

/* Writes a page's content stream. */
int fx_rpdf_content(const fx_rpdf_doc *d, int page, fx_buf *out)
{
	gstate g = {0, 0, 0, -1, -1.0f, -1, -1, -1.0f, {0}};
	const fx_dlist *dl = d->job->dl;
	for (size_t i = 0; i < dl->n; i++) {
		const fx_op *op = &dl->ops[i];
		if (op->page != page)
			continue;
		if (op->kind == FX_OP_TEXT)
			draw_text(d, &g, out, op);
		else
			draw_shape(d, &g, out, op);
	}
	end_text(&g, out);
	int failed = g.str.failed;
	fx_buf_free(&g.str);
	return failed || out->failed ? fx_error_oom() : 0;
}
