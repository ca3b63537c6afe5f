/*
 * Internal: the display list. Layout writes drawing operations here, page
 * by page, in a top-down coordinate system (points from the top-left corner);
 * the PDF writer replays them. Keeping the drawing separate from the PDF lets
 * the layout undo a block that does not fit, know the page count before the
 * footers are drawn ("Page n/N") and subset the fonts to the characters used.
 */
#ifndef FX_RENDER_DLIST_H
#define FX_RENDER_DLIST_H

#include <stddef.h>
#include <stdint.h>

/** An RGB colour, each component 0..255. */
typedef struct fx_rgb {
	uint8_t r, g, b;
} fx_rgb;

/** Kinds of drawing operations. */
typedef enum fx_op_kind {
	FX_OP_TEXT, /* text at a baseline */
	FX_OP_LINE, /* a stroked segment */
	FX_OP_RECT, /* a filled rectangle */
	FX_OP_IMAGE /* the logo */
} fx_op_kind;

/** One drawing operation. */
typedef struct fx_op {
	fx_op_kind kind;
	int page;     /* 0-based page index */
	int font;     /* FX_OP_TEXT: 0 regular, 1 bold */
	float size;   /* FX_OP_TEXT: font size; FX_OP_LINE: line width */
	float x, y;   /* text: baseline start; line: start; rect/image: top-left */
	float x2, y2; /* line: end; rect/image: width and height */
	fx_rgb color;
	char *text; /* FX_OP_TEXT: UTF-8, owned */
} fx_op;

/** The display list of a document. */
typedef struct fx_dlist {
	fx_op *ops;
	size_t n, cap;
	int pages; /* number of pages started */
} fx_dlist;

/* Adds a text operation. d: the list; page: page index; font: 0/1; size: points;
 * x/y: baseline start; color: fill; s/len: UTF-8 text (copied). */
int fx_dlist_text(fx_dlist *d, int page, int font, float size, float x, float y, fx_rgb color,
                  const char *s, size_t len);

/* Adds a line from (x1,y1) to (x2,y2) of width w and colour color on page. */
int fx_dlist_line(fx_dlist *d, int page, float x1, float y1, float x2, float y2, float w,
                  fx_rgb color);

/* Adds a filled rectangle with top-left (x,y), size w x h, colour color on page. */
int fx_dlist_rect(fx_dlist *d, int page, float x, float y, float w, float h, fx_rgb color);

/* Adds the logo image with top-left (x,y) and size w x h on page. */
int fx_dlist_image(fx_dlist *d, int page, float x, float y, float w, float h);

/* Drops every operation added after mark (a previous value of d->n). */
void fx_dlist_rollback(fx_dlist *d, size_t mark);

/* Frees the operations of d (d itself is not freed). */
void fx_dlist_free(fx_dlist *d);

#endif
