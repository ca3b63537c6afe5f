/*
 * The tables of a works statement's page that flow over pages: the
 * revision computation (one row per statement whose works changed, with its
 * index, coefficient and revision, what the previous column counted and
 * what this statement adds) and the work-item annex (quantities, unit
 * prices, progress and amounts to date, before and in this statement).
 */
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "facturx/works.h"
#include "render/layout.h"

#define WT_MAX_COLS 9

/** A flowing table: its columns and header. */
typedef struct wtable {
	int n;
	float x[WT_MAX_COLS], w[WT_MAX_COLS];
	const fx_align *align;
	const char *const *head;
} wtable;

/* Lays the columns of t out from the relative widths frac over the page. */
static void wt_columns(const fx_layout *L, wtable *t, const float *frac)
{
	float total = 0, x = L->left;
	for (int i = 0; i < t->n; i++)
		total += frac[i];
	for (int i = 0; i < t->n; i++) {
		t->x[i] = x;
		t->w[i] = (L->right - L->left) * frac[i] / total;
		x += t->w[i];
	}
}

/* Height of the row cells in style st (the tallest wrapped cell). */
static int wt_height(fx_layout *L, const wtable *t, fx_style st, const char *const *cells, float *h)
{
	size_t lines = 1;
	for (int i = 0; i < t->n; i++) {
		if (!cells[i] || !*cells[i])
			continue;
		int rc = fx_text_wrap(L->wrap, L->font[st.bold], st.size, cells[i],
		                      strlen(cells[i]), t->w[i] - 4);
		if (rc)
			return rc;
		lines = L->wrap->n_lines > lines ? L->wrap->n_lines : lines;
	}
	*h = fx_lay_lh(st.size) * (float)lines + 4;
	return 0;
}

/* Draws cells at L->y in style st and moves the cursor below them. */
static int wt_draw(fx_layout *L, const wtable *t, fx_style st, const char *const *cells, float h)
{
	int rc = 0;
	for (int i = 0; i < t->n && !rc; i++) {
		float ph;
		rc = fx_lay_para(L, st, t->x[i] + 2, L->y + 2, t->w[i] - 4, t->align[i],
		                 cells[i] ? cells[i] : "", &ph);
	}
	L->y += h;
	return rc;
}

/* Draws the header row (accent background). */
static int wt_header(fx_layout *L, const wtable *t)
{
	fx_style st = fx_lay_style(L, 1, -1.5f, L->tpl->colors.accent_text);
	float h;
	int rc = wt_height(L, t, st, t->head, &h);
	if (!rc)
		rc = fx_dlist_rect(L->dl, L->page, L->left, L->y, L->right - L->left, h,
		                   L->tpl->colors.accent);
	return rc ? rc : wt_draw(L, t, st, t->head, h);
}

/* Draws a body row (bold: a total), breaking the page (header again) when needed. */
static int wt_row(fx_layout *L, const wtable *t, const char *const *cells, int bold)
{
	fx_style st = fx_lay_style(L, bold, -1, L->tpl->colors.text);
	float h;
	int broke = 0;
	int rc = wt_height(L, t, st, cells, &h);
	if (!rc)
		rc = fx_lay_need(L, h, &broke);
	if (!rc && broke)
		rc = wt_header(L, t);
	if (!rc)
		rc = wt_draw(L, t, st, cells, h);
	if (!rc)
		rc = fx_dlist_line(L->dl, L->page, L->left, L->y, L->right, L->y,
		                   bold ? 0.6f : 0.3f, L->tpl->colors.rule);
	return rc;
}

/* Starts a table: heading, optional text under it, header row. */
static int wt_start(fx_layout *L, const wtable *t, const char *title, const char *text)
{
	float hh = 0, th = 0;
	int rc = fx_lay_need(L, 6 * fx_lay_lh(L->fs) + 12, NULL);
	if (!rc)
		rc = fx_lay_heading(L, L->left, L->y, L->right - L->left, title, &hh);
	L->y += hh;
	if (!rc && text)
		rc = fx_lay_para(L, fx_lay_style(L, 0, -0.5f, L->tpl->colors.muted), L->left, L->y,
		                 L->right - L->left, FX_ALIGN_LEFT, text, &th);
	L->y += th ? th + 2 : 0;
	return rc ? rc : wt_header(L, t);
}

/* Formats a plain number with its own decimals. */
static const char *num(fx_layout *L, fx_decimal v, int min_frac, char *buf, size_t size)
{
	buf[0] = '\0';
	if (v.set && fx_fmt_number(L->fmt, fx_decimal_normalize(v), min_frac, buf, size))
		buf[0] = '\0';
	return buf;
}

/* The revision computation. */
int fx_block_works_revision(fx_layout *L)
{
	const fx_works_statement *st = L->works;
	if (!st || !st->contract->has_revision || st->n_revisions == 0)
		return 0;
	const fx_template *t = L->tpl;
	static const float frac[] = {8, 9, 14, 8, 15, 12, 12, 12};
	static const fx_align align[] = {FX_ALIGN_LEFT,  FX_ALIGN_LEFT,  FX_ALIGN_RIGHT,
	                                 FX_ALIGN_RIGHT, FX_ALIGN_RIGHT, FX_ALIGN_RIGHT,
	                                 FX_ALIGN_RIGHT, FX_ALIGN_RIGHT};
	const char *head[] = {fx_label(t, "works_col_statement"), fx_label(t, "works_col_month"),
	                      fx_label(t, "works_col_index"),     "Cn",
	                      fx_label(t, "works_col_base"),      fx_label(t, "works_col_revision"),
	                      fx_label(t, "works_col_counted"),   fx_label(t, "works_col_current")};
	wtable tab = {8, {0}, {0}, align, head};
	wt_columns(L, &tab, frac);
	const fx_works_contract *c = st->contract;
	char a[64], b[64], i0[64], month[32] = "", formula[512];
	if (c->base_year)
		snprintf(month, sizeof month, " (%04d-%02d)", c->base_year, c->base_month);
	snprintf(formula, sizeof formula, "Cn = %s + %s × In/I0 – %s%sI0 = %s%s",
	         num(L, c->fixed_part, 0, a, sizeof a), num(L, c->variable_part, 0, b, sizeof b),
	         c->index_name ? c->index_name : "", c->index_name ? ", " : "",
	         num(L, c->base_index, 0, i0, sizeof i0), month);
	int rc = wt_start(L, &tab, fx_label(t, "works_revision"), formula);
	fx_decimal tot[4] = {fx_decimal_make(0, 2), fx_decimal_make(0, 2), fx_decimal_make(0, 2),
	                     fx_decimal_make(0, 2)};
	for (size_t i = 0; i < st->n_revisions && !rc; i++) {
		const fx_works_revision_row *r = &st->revisions[i];
		char n[16], m[16], in[96], cn[64], base[64], rev[64], prev[64], cur[64], x[64];
		fx_decimal delta;
		rc = fx_decimal_sub(r->revision, r->previous, &delta);
		snprintf(n, sizeof n, "%u", r->statement);
		snprintf(m, sizeof m, "%04d-%02d", r->year, r->month);
		snprintf(in, sizeof in, "%s%s%s%s", num(L, r->index, 0, x, sizeof x),
		         r->provisional ? " (" : "",
		         r->provisional ? fx_label(t, "works_provisional") : "",
		         r->provisional ? ")" : "");
		const char *cells[] = {
		    n,
		    m,
		    in,
		    num(L, r->coefficient, c->coefficient_decimals, cn, sizeof cn),
		    fx_lay_amount(L, r->works, 0, base, sizeof base),
		    fx_lay_amount(L, r->revision, 0, rev, sizeof rev),
		    fx_lay_amount(L, r->previous, 0, prev, sizeof prev),
		    fx_lay_amount(L, delta, 0, cur, sizeof cur)};
		if (!rc)
			rc = wt_row(L, &tab, cells, 0);
		fx_decimal add[4] = {r->works, r->revision, r->previous, delta};
		for (int k = 0; k < 4 && !rc; k++)
			rc = fx_decimal_add(tot[k], add[k], &tot[k]);
	}
	char s[4][64];
	const char *cells[] = {fx_label(t, "works_total"),
	                       "",
	                       "",
	                       "",
	                       fx_lay_amount(L, tot[0], 0, s[0], sizeof s[0]),
	                       fx_lay_amount(L, tot[1], 0, s[1], sizeof s[1]),
	                       fx_lay_amount(L, tot[2], 0, s[2], sizeof s[2]),
	                       fx_lay_amount(L, tot[3], 0, s[3], sizeof s[3])};
	return rc ? rc : wt_row(L, &tab, cells, 1);
}

/* Draws the annex row of one work item. */
static int item_row(fx_layout *L, const wtable *tab, const fx_works_item_row *r)
{
	const fx_works_item *it = r->item;
	char q[64], p[64], prog[80], a[64], b[64], c[64], x[64];
	const char *unit = fx_label_in(L->tpl, "units", it->unit);
	if (it->percent)
		snprintf(prog, sizeof prog, "%s %%", num(L, r->progress, 0, x, sizeof x));
	else
		num(L, r->progress, 0, prog, sizeof prog);
	const char *cells[] = {it->id,
	                       it->label,
	                       unit ? unit : it->unit,
	                       num(L, it->quantity, 0, q, sizeof q),
	                       fx_lay_amount(L, it->unit_price, 0, p, sizeof p),
	                       prog,
	                       fx_lay_amount(L, r->amount.to_date, 0, a, sizeof a),
	                       fx_lay_amount(L, r->amount.previous, 0, b, sizeof b),
	                       fx_lay_amount(L, r->amount.current, 0, c, sizeof c)};
	return wt_row(L, tab, cells, 0);
}

/* The work-item annex. */
int fx_block_works_items(fx_layout *L)
{
	const fx_works_statement *st = L->works;
	if (!st || st->n_items == 0)
		return 0;
	const fx_template *t = L->tpl;
	static const float frac[] = {6, 26, 6, 9, 9, 9, 12, 11.5f, 11.5f};
	static const fx_align align[] = {FX_ALIGN_LEFT,  FX_ALIGN_LEFT,  FX_ALIGN_LEFT,
	                                 FX_ALIGN_RIGHT, FX_ALIGN_RIGHT, FX_ALIGN_RIGHT,
	                                 FX_ALIGN_RIGHT, FX_ALIGN_RIGHT, FX_ALIGN_RIGHT};
	const char *head[] = {fx_label(t, "col_ref"),           fx_label(t, "col_designation"),
	                      fx_label(t, "col_unit"),          fx_label(t, "works_col_quantity"),
	                      fx_label(t, "col_unit_price"),    fx_label(t, "works_col_progress"),
	                      fx_label(t, "works_col_to_date"), fx_label(t, "works_col_previous"),
	                      fx_label(t, "works_col_current")};
	wtable tab = {9, {0}, {0}, align, head};
	wt_columns(L, &tab, frac);
	char cap[256];
	int rc = wt_start(
	    L, &tab, fx_label(t, "works_items"),
	    fx_lay_subst(fx_label(t, "amounts_in"), "currency", st->currency, cap, sizeof cap));
	for (size_t i = 0; i < st->n_items && !rc; i++)
		rc = item_row(L, &tab, &st->items[i]);
	const fx_works_columns *w = &st->rows[FX_WORKS_ROW_WORKS];
	char s[3][64];
	const char *cells[] = {"",
	                       fx_label(t, "works_total"),
	                       "",
	                       "",
	                       "",
	                       "",
	                       fx_lay_amount(L, w->to_date, 0, s[0], sizeof s[0]),
	                       fx_lay_amount(L, w->previous, 0, s[1], sizeof s[1]),
	                       fx_lay_amount(L, w->current, 0, s[2], sizeof s[2])};
	return rc ? rc : wt_row(L, &tab, cells, 1);
}
