/*
 * The lines table: one row per invoice line, the designation cell holding the
 * item name, its description, note, period, prices and line allowances and
 * charges, all wrapped; rows flow over pages with the header repeated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "render/layout.h"

#define FX_CELL_PAD 2.6f

/** One wrapped line of a cell. */
typedef struct cell_line {
	fx_style st;
	char *text;
	float width;
} cell_line;

/** The wrapped lines of one cell. */
typedef struct cell {
	cell_line *lines;
	size_t n, cap;
} cell;

/** Geometry of the table. */
typedef struct table {
	const fx_block *b;
	float x[12], w[12];
} table;

/* Wraps text in style st to width w and appends the lines to c. */
static int cell_add(fx_layout *L, cell *c, fx_style st, float w, const char *text)
{
	if (!text || !*text)
		return 0;
	int rc = fx_text_wrap(L->wrap, L->font[st.bold], st.size, text, strlen(text), w);
	for (size_t i = 0; !rc && i < L->wrap->n_lines; i++) {
		fx_span sp = L->wrap->lines[i];
		if (c->n == c->cap) {
			size_t cap = c->cap ? c->cap * 2 : 4;
			cell_line *p = realloc(c->lines, cap * sizeof *p);
			if (!p)
				return fx_error_oom();
			c->lines = p;
			c->cap = cap;
		}
		char *s = malloc(sp.len + 1);
		if (!s)
			return fx_error_oom();
		memcpy(s, text + sp.off, sp.len);
		s[sp.len] = '\0';
		c->lines[c->n++] = (cell_line){st, s, sp.width};
	}
	return rc;
}

/* Frees the cells of a row (n of them). */
static void cells_free(cell *cells, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < cells[i].n; k++)
			free(cells[i].lines[k].text);
		free(cells[i].lines);
	}
}

/* Draws the header row at L->y and moves the cursor below it. */
static int draw_header(fx_layout *L, const table *t)
{
	const fx_template *tp = L->tpl;
	static const char *const keys[] = {"col_id",       "col_ref",   "col_designation",
	                                   "col_quantity", "col_unit",  "col_unit_price",
	                                   "col_vat",      "col_amount"};
	fx_style st = fx_lay_style(L, 1, -0.5f, tp->colors.accent_text);
	float hh = fx_lay_lh(st.size) + 5;
	int rc =
	    fx_dlist_rect(L->dl, L->page, L->left, L->y, L->right - L->left, hh, tp->colors.accent);
	for (size_t i = 0; i < t->b->n_cols && !rc; i++)
		rc = fx_lay_line(L, st, t->x[i] + FX_CELL_PAD, t->w[i] - 2 * FX_CELL_PAD,
		                 t->b->cols[i].align, L->y + 2.5f,
		                 fx_label(tp, keys[t->b->cols[i].field]));
	L->y += hh;
	return rc;
}

/* Writes a line allowance or charge as text ("Remise : Promotion (−4,14 €)"). */
static void allowance_text(fx_layout *L, const fx_allowance_charge *ac, char *buf, size_t size)
{
	char amount[FX_FMT_MAX], pct[FX_FMT_MAX] = "";
	fx_decimal a = ac->amount;
	if (a.set && !ac->charge)
		a = fx_decimal_neg(a);
	fx_lay_amount(L, a, 1, amount, sizeof amount);
	if (ac->percentage.set && fx_fmt_percent(L->fmt, ac->percentage, pct, sizeof pct))
		pct[0] = '\0';
	snprintf(buf, size, "%s%s%s%s%s (%s)",
	         fx_label(L->tpl, ac->charge ? "line_charge" : "line_allowance"),
	         ac->reason ? " : " : "", ac->reason ? ac->reason : "", *pct ? " – " : "", pct,
	         amount);
}

/* Fills the designation cell of line ln. */
static int designation(fx_layout *L, const fx_line *ln, cell *c, float w)
{
	const fx_template *t = L->tpl;
	fx_style base = fx_lay_base(L), muted = fx_lay_style(L, 0, -0.5f, t->colors.muted);
	char buf[1024], a[FX_FMT_MAX], b[FX_FMT_MAX], tmp[1024];
	int rc = cell_add(L, c, base, w, ln->item_name);
	if (!rc)
		rc = cell_add(L, c, muted, w, ln->item_description);
	if (!rc)
		rc = cell_add(L, c, muted, w, ln->note);
	if (!rc && (!fx_date_is_absent(ln->period.start) || !fx_date_is_absent(ln->period.end))) {
		fx_lay_subst(fx_label(t, "period_value"), "start",
		             fx_lay_date(L, ln->period.start, a, sizeof a), tmp, sizeof tmp);
		fx_lay_subst(tmp, "end", fx_lay_date(L, ln->period.end, b, sizeof b), buf,
		             sizeof buf);
		if (snprintf(tmp, sizeof tmp, "%s %s", fx_label(t, "period"), buf) < 0)
			tmp[0] = '\0';
		rc = cell_add(L, c, muted, w, tmp);
	}
	if (!rc && ln->gross_price.set && ln->price_discount.set &&
	    !fx_decimal_is_zero(ln->price_discount)) {
		fx_lay_subst(fx_label(t, "gross_price"), "gross",
		             fx_lay_amount(L, ln->gross_price, 1, a, sizeof a), tmp, sizeof tmp);
		fx_lay_subst(tmp, "discount", fx_lay_amount(L, ln->price_discount, 1, b, sizeof b),
		             buf, sizeof buf);
		rc = cell_add(L, c, muted, w, buf);
	}
	if (!rc && ln->base_quantity.set &&
	    fx_decimal_cmp(ln->base_quantity, fx_decimal_from_int(1)) != 0) {
		if (fx_fmt_number(L->fmt, ln->base_quantity, 0, a, sizeof a))
			a[0] = '\0';
		rc = cell_add(
		    L, c, muted, w,
		    fx_lay_subst(fx_label(t, "price_per"), "quantity", a, buf, sizeof buf));
	}
	for (size_t i = 0; !rc && i < ln->n_attributes; i++) {
		snprintf(buf, sizeof buf, "%s : %s",
		         ln->attributes[i].name ? ln->attributes[i].name : "",
		         ln->attributes[i].value ? ln->attributes[i].value : "");
		rc = cell_add(L, c, muted, w, buf);
	}
	for (size_t i = 0; !rc && i < ln->n_allowances_charges; i++) {
		allowance_text(L, &ln->allowances_charges[i], buf, sizeof buf);
		rc = cell_add(L, c, muted, w, buf);
	}
	return rc;
}

/* Short VAT text of a line: the rate for S/Z, else the category's short label. */
static const char *vat_text(fx_layout *L, const char *cat, fx_decimal rate, char *buf, size_t n)
{
	buf[0] = '\0';
	if (cat && strcmp(cat, "S") != 0 && strcmp(cat, "Z") != 0) {
		const char *s = fx_label_in(L->tpl, "vat_short", cat);
		snprintf(buf, n, "%s", s ? s : cat);
	} else if (rate.set && fx_fmt_percent(L->fmt, rate, buf, n)) {
		buf[0] = '\0';
	}
	return buf;
}

/* Fills cell i (field f) of line ln. */
static int fill_cell(fx_layout *L, const fx_line *ln, fx_col_field f, cell *c, float w)
{
	char buf[FX_FMT_MAX];
	fx_style st = fx_lay_base(L);
	switch (f) {
	case FX_COL_ID:
		return cell_add(L, c, fx_lay_style(L, 0, 0, L->tpl->colors.muted), w, ln->id);
	case FX_COL_REF:
		return cell_add(L, c, st, w,
		                ln->seller_item_id ? ln->seller_item_id : ln->standard_id.id);
	case FX_COL_DESIGNATION:
		return designation(L, ln, c, w);
	case FX_COL_QUANTITY:
		if (!ln->quantity.set || fx_fmt_number(L->fmt, ln->quantity, 0, buf, sizeof buf))
			return 0;
		return cell_add(L, c, st, w, buf);
	case FX_COL_UNIT: {
		const char *u = fx_label_in(L->tpl, "units", ln->unit_code);
		return cell_add(L, c, st, w, u ? u : ln->unit_code);
	}
	case FX_COL_UNIT_PRICE:
		return cell_add(L, c, st, w, fx_lay_amount(L, ln->net_price, 0, buf, sizeof buf));
	case FX_COL_VAT:
		return cell_add(L, c, st, w,
		                vat_text(L, ln->vat_category, ln->vat_rate, buf, sizeof buf));
	case FX_COL_AMOUNT:
		return cell_add(L, c, fx_lay_style(L, 1, 0, L->tpl->colors.text), w,
		                fx_lay_amount(L, ln->net_amount, 0, buf, sizeof buf));
	default:
		return 0;
	}
}

/* Lays out one line of the invoice as a table row. */
static int draw_row(fx_layout *L, const table *t, const fx_line *ln)
{
	cell cells[12];
	memset(cells, 0, sizeof cells);
	size_t nc = t->b->n_cols, rows = 1;
	int rc = 0;
	for (size_t i = 0; i < nc && !rc; i++) {
		rc = fill_cell(L, ln, t->b->cols[i].field, &cells[i], t->w[i] - 2 * FX_CELL_PAD);
		rows = cells[i].n > rows ? cells[i].n : rows;
	}
	float lh = fx_lay_lh(L->fs);
	int broke = 0;
	if (!rc)
		rc = fx_lay_need(L, 2 * FX_CELL_PAD + lh * (float)(rows < 3 ? rows : 3), &broke);
	if (!rc && broke)
		rc = draw_header(L, t);
	L->y += FX_CELL_PAD;
	for (size_t k = 0; k < rows && !rc; k++) {
		if (k > 0 && !(rc = fx_lay_need(L, lh + FX_CELL_PAD, &broke)) && broke)
			rc = draw_header(L, t);
		for (size_t i = 0; i < nc && !rc; i++) {
			if (k >= cells[i].n)
				continue;
			cell_line *cl = &cells[i].lines[k];
			rc = fx_lay_line(L, cl->st, t->x[i] + FX_CELL_PAD,
			                 t->w[i] - 2 * FX_CELL_PAD, t->b->cols[i].align,
			                 L->y + (lh - fx_lay_lh(cl->st.size)) / 2, cl->text);
		}
		L->y += lh;
	}
	L->y += FX_CELL_PAD;
	if (!rc)
		rc = fx_dlist_line(L->dl, L->page, L->left, L->y, L->right, L->y, 0.4f,
		                   L->tpl->colors.rule);
	cells_free(cells, nc);
	return rc;
}

/* Lines table block. */
int fx_block_lines(fx_layout *L, const fx_block *b)
{
	table t = {b, {0}, {0}};
	float total = 0, x = L->left;
	for (size_t i = 0; i < b->n_cols; i++)
		total += b->cols[i].weight;
	for (size_t i = 0; i < b->n_cols; i++) {
		t.x[i] = x;
		t.w[i] = (L->right - L->left) * b->cols[i].weight / total;
		x += t.w[i];
	}
	fx_style cap = fx_lay_style(L, 0, -1, L->tpl->colors.muted);
	char buf[256];
	int rc = fx_lay_need(L, fx_lay_lh(cap.size) + 3 * fx_lay_lh(L->fs) + 12, NULL);
	if (!rc)
		rc = fx_lay_line(L, cap, L->left, L->right - L->left, FX_ALIGN_RIGHT, L->y,
		                 fx_lay_subst(fx_label(L->tpl, "amounts_in"), "currency",
		                              L->inv->currency ? L->inv->currency : "", buf,
		                              sizeof buf));
	L->y += fx_lay_lh(cap.size);
	if (!rc)
		rc = draw_header(L, &t);
	for (size_t i = 0; i < L->inv->n_lines && !rc; i++)
		rc = draw_row(L, &t, &L->inv->lines[i]);
	return rc;
}
