/*
 * The display list: a growable array of drawing operations.
 */
#include "render/dlist.h"

#include <stdlib.h>
#include <string.h>

#include "core/error.h"

/* Appends a zeroed operation of kind k on page; *out receives it. */
static int push(fx_dlist *d, fx_op_kind k, int page, fx_op **out)
{
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 256;
		fx_op *p = realloc(d->ops, cap * sizeof *p);
		if (!p)
			return fx_error_oom();
		d->ops = p;
		d->cap = cap;
	}
	fx_op *op = &d->ops[d->n++];
	memset(op, 0, sizeof *op);
	op->kind = k;
	op->page = page;
	*out = op;
	return 0;
}

/* Adds text. */
int fx_dlist_text(fx_dlist *d, int page, int font, float size, float x, float y, fx_rgb color,
                  const char *s, size_t len)
{
	char *copy = malloc(len + 1);
	if (!copy)
		return fx_error_oom();
	memcpy(copy, s, len);
	copy[len] = '\0';
	fx_op *op = NULL;
	if (push(d, FX_OP_TEXT, page, &op)) {
		free(copy);
		return FX_ENOMEM;
	}
	op->font = font;
	op->size = size;
	op->x = x;
	op->y = y;
	op->color = color;
	op->text = copy;
	return 0;
}

/* Adds a line. */
int fx_dlist_line(fx_dlist *d, int page, float x1, float y1, float x2, float y2, float w,
                  fx_rgb color)
{
	fx_op *op = NULL;
	if (push(d, FX_OP_LINE, page, &op))
		return FX_ENOMEM;
	op->x = x1;
	op->y = y1;
	op->x2 = x2;
	op->y2 = y2;
	op->size = w;
	op->color = color;
	return 0;
}

/* Adds a filled rectangle. */
int fx_dlist_rect(fx_dlist *d, int page, float x, float y, float w, float h, fx_rgb color)
{
	fx_op *op = NULL;
	if (push(d, FX_OP_RECT, page, &op))
		return FX_ENOMEM;
	op->x = x;
	op->y = y;
	op->x2 = w;
	op->y2 = h;
	op->color = color;
	return 0;
}

/* Adds the logo. */
int fx_dlist_image(fx_dlist *d, int page, float x, float y, float w, float h)
{
	fx_op *op = NULL;
	if (push(d, FX_OP_IMAGE, page, &op))
		return FX_ENOMEM;
	op->x = x;
	op->y = y;
	op->x2 = w;
	op->y2 = h;
	return 0;
}

/* Undoes operations after mark. */
void fx_dlist_rollback(fx_dlist *d, size_t mark)
{
	while (d->n > mark)
		free(d->ops[--d->n].text);
}

/* Frees everything. */
void fx_dlist_free(fx_dlist *d)
{
	fx_dlist_rollback(d, 0);
	free(d->ops);
	d->ops = NULL;
	d->cap = 0;
	d->pages = 0;
}
