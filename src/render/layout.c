/*
 * The block engine: walks the template's blocks, pairs left/right blocks into
 * rows, keeps blocks together (undoing and moving one that does not fit to a
 * new page), lets the lines table and the notes flow, then draws the footers.
 */
#include <stdlib.h>

#include "core/error.h"
#include "render/layout.h"

#define FX_GUTTER 14.0f

typedef int (*block_fn)(fx_layout *L, float x, float w, float *h);

/* The drawer of a kept-together block type, or NULL. */
static block_fn drawer(fx_block_type t)
{
	switch (t) {
	case FX_BLOCK_SELLER:
		return fx_block_seller;
	case FX_BLOCK_TITLE:
		return fx_block_title;
	case FX_BLOCK_BUYER:
		return fx_block_buyer;
	case FX_BLOCK_REFERENCES:
		return fx_block_references;
	case FX_BLOCK_DELIVERY:
		return fx_block_delivery;
	case FX_BLOCK_ALLOWANCES:
		return fx_block_allowances;
	case FX_BLOCK_VAT:
		return fx_block_vat;
	case FX_BLOCK_TOTALS:
		return fx_block_totals;
	case FX_BLOCK_WORDS:
		return fx_block_words;
	case FX_BLOCK_PAYMENT:
		return fx_block_payment;
	case FX_BLOCK_WORKS_CONTRACT:
		return fx_block_works_contract;
	case FX_BLOCK_WORKS_DECOMPTE:
		return fx_block_works_decompte;
	case FX_BLOCK_WORKS_WORDS:
		return fx_block_works_words;
	default:
		return NULL;
	}
}

/* Draws a row of one or two blocks (b2 may be NULL) at L->y; *h receives its height. */
static int draw_row(fx_layout *L, const fx_block *b1, const fx_block *b2, float *h)
{
	float W = L->right - L->left, h1 = 0, h2 = 0;
	const fx_block *left = b1->pos == FX_POS_RIGHT ? NULL : b1;
	const fx_block *right = b1->pos == FX_POS_RIGHT ? b1 : b2;
	float share = left && left->pos == FX_POS_LEFT ? left->share : right ? 1 - right->share : 1;
	int rc = 0;
	if (b1->type == FX_BLOCK_SPACER) {
		*h = b1->height;
		return 0;
	}
	if (left && drawer(left->type)) {
		float w = left->pos == FX_POS_FULL ? W : W * share - FX_GUTTER / 2;
		rc = drawer(left->type)(L, L->left, w, &h1);
	}
	if (!rc && right && drawer(right->type)) {
		float x = L->left + W * share + FX_GUTTER / 2;
		rc = drawer(right->type)(L, x, L->right - x, &h2);
	}
	*h = h1 > h2 ? h1 : h2;
	return rc;
}

/* Places a kept-together row, moving it to a new page when it does not fit. */
static int place_row(fx_layout *L, const fx_block *b1, const fx_block *b2)
{
	size_t mark = L->dl->n;
	float h;
	int rc = draw_row(L, b1, b2, &h);
	if (!rc && L->y + h > L->bottom && L->y > L->fresh_y + 0.01f) {
		fx_dlist_rollback(L->dl, mark);
		rc = fx_lay_new_page(L);
		if (!rc)
			rc = draw_row(L, b1, b2, &h);
	}
	if (!rc && h > 0) {
		float gap = b1->gap;
		if (b2 && b2->gap > gap)
			gap = b2->gap;
		L->y += h + gap;
	}
	return rc;
}

/* Lays the document out. */
int fx_layout_run(fx_layout *L)
{
	const fx_template *t = L->tpl;
	L->page = 0;
	L->dl->pages = 1;
	L->left = t->m_left;
	L->right = t->page_w - t->m_right;
	L->top = L->y = L->fresh_y = t->m_top;
	char *footer = fx_footer_text(L);
	float fh = fx_footer_height(L, footer);
	L->bottom = t->page_h - t->m_bottom - fh - 4;
	int rc = 0;
	for (size_t i = 0; i < t->n_blocks && !rc; i++) {
		const fx_block *b = &t->blocks[i];
		if (b->type == FX_BLOCK_LINES) {
			rc = fx_block_lines(L, b);
			L->y += b->gap;
		} else if (b->type == FX_BLOCK_NOTES) {
			rc = fx_block_notes(L);
			L->y += b->gap;
		} else if (b->type == FX_BLOCK_WORKS_REVISION || b->type == FX_BLOCK_WORKS_ITEMS) {
			rc = b->type == FX_BLOCK_WORKS_ITEMS ? fx_block_works_items(L)
			                                     : fx_block_works_revision(L);
			L->y += b->gap;
		} else if (b->pos == FX_POS_LEFT && i + 1 < t->n_blocks &&
		           t->blocks[i + 1].pos == FX_POS_RIGHT && drawer(t->blocks[i + 1].type)) {
			rc = place_row(L, b, &t->blocks[i + 1]);
			i++;
		} else {
			rc = place_row(L, b, NULL);
		}
	}
	if (!rc)
		rc = fx_footer_draw(L, footer, fh);
	free(footer);
	return rc;
}
