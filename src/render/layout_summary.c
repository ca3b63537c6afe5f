/*
 * Blocks of the amounts: document-level allowances and charges, the VAT
 * breakdown, the totals and the amount in words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "facturx/render.h"
#include "render/layout.h"

/* Draws a row of up to 3 right-aligned amount columns after a wrapped text
 * column: widths are fractions of w (text first). *h receives its height. */
static int amount_row(fx_layout *L, fx_style st, float x, float y, float w, const float *frac,
                      const char *const *cells, int n, float *h)
{
	float cx = x + w * frac[0], th;
	int rc = fx_lay_para(L, st, x + 3, y + 2, w * frac[0] - 6, FX_ALIGN_LEFT, cells[0], &th);
	for (int i = 1; i < n && !rc; i++) {
		rc = fx_lay_line(L, st, cx, w * frac[i] - 3, FX_ALIGN_RIGHT, y + 2, cells[i]);
		cx += w * frac[i];
	}
	*h = (th > fx_lay_lh(st.size) ? th : fx_lay_lh(st.size)) + 4;
	return rc;
}

/* Draws a table header row (tinted) with the given cells. */
static int header_row(fx_layout *L, float x, float y, float w, const float *frac,
                      const char *const *cells, int n, float *h)
{
	fx_style st = fx_lay_style(L, 1, -0.5f, L->tpl->colors.accent);
	int rc =
	    fx_dlist_rect(L->dl, L->page, x, y, w, fx_lay_lh(st.size) + 4, L->tpl->colors.fill);
	return rc ? rc : amount_row(L, st, x, y, w, frac, cells, n, h);
}

/* Writes the text of a document allowance or charge. */
static void allowance_label(fx_layout *L, const fx_allowance_charge *ac, char *buf, size_t n)
{
	char pct[FX_FMT_MAX] = "", base[FX_FMT_MAX] = "", tmp[256] = "";
	if (ac->percentage.set && fx_fmt_percent(L->fmt, ac->percentage, pct, sizeof pct))
		pct[0] = '\0';
	fx_lay_amount(L, ac->base_amount, 1, base, sizeof base);
	if (*pct && *base) {
		char t1[256];
		fx_lay_subst(
		    fx_lay_subst(fx_label(L->tpl, "percent_of"), "percent", pct, t1, sizeof t1),
		    "base", base, tmp, sizeof tmp);
	} else if (*pct) {
		snprintf(tmp, sizeof tmp, "%s", pct);
	}
	snprintf(buf, n, "%s%s%s%s%s%s", fx_label(L->tpl, ac->charge ? "charge" : "allowance"),
	         ac->reason ? " : " : "", ac->reason ? ac->reason : "", *tmp ? " (" : "", tmp,
	         *tmp ? ")" : "");
}

/* Short VAT text: rate for S/Z, else the category's short label. */
static const char *vat_short(fx_layout *L, const char *cat, fx_decimal rate, char *buf, size_t n)
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

/* Document allowances and charges block. */
int fx_block_allowances(fx_layout *L, float x, float w, float *h)
{
	const fx_invoice *inv = L->inv;
	*h = 0;
	if (inv->n_allowances_charges == 0)
		return 0;
	static const float frac[] = {0.64f, 0.14f, 0.22f};
	const char *head[] = {fx_label(L->tpl, "allowances_charges"), fx_label(L->tpl, "col_vat"),
	                      fx_label(L->tpl, "col_amount")};
	float y = L->y, rh = 0;
	int rc = header_row(L, x, y, w, frac, head, 3, &rh);
	y += rh;
	for (size_t i = 0; i < inv->n_allowances_charges && !rc; i++) {
		const fx_allowance_charge *ac = &inv->allowances_charges[i];
		char label[1024], vat[FX_FMT_MAX], amount[FX_FMT_MAX];
		fx_decimal a = ac->amount;
		if (a.set && !ac->charge)
			a = fx_decimal_neg(a);
		allowance_label(L, ac, label, sizeof label);
		const char *cells[] = {
		    label, vat_short(L, ac->vat_category, ac->vat_rate, vat, sizeof vat),
		    fx_lay_amount(L, a, 0, amount, sizeof amount)};
		rc = amount_row(L, fx_lay_base(L), x, y, w, frac, cells, 3, &rh);
		y += rh;
		if (!rc)
			rc = fx_dlist_line(L->dl, L->page, x, y, x + w, y, 0.4f,
			                   L->tpl->colors.rule);
	}
	*h = y - L->y;
	return rc;
}

/* VAT breakdown block. */
int fx_block_vat(fx_layout *L, float x, float w, float *h)
{
	const fx_invoice *inv = L->inv;
	const fx_template *t = L->tpl;
	*h = 0;
	if (inv->n_vat_breakdown == 0)
		return 0;
	static const float frac[] = {0.42f, 0.30f, 0.28f};
	const char *head[] = {fx_label(t, "vat_rate"), fx_label(t, "vat_base"),
	                      fx_label(t, "vat_amount")};
	float y = L->y, rh = 0;
	int rc = header_row(L, x, y, w, frac, head, 3, &rh);
	y += rh;
	for (size_t i = 0; i < inv->n_vat_breakdown && !rc; i++) {
		const fx_vat_breakdown *v = &inv->vat_breakdown[i];
		char rate[FX_FMT_MAX], name[256], base[FX_FMT_MAX], tax[FX_FMT_MAX];
		const char *cat = v->category ? v->category : "S";
		const char *long_name = fx_label_in(t, "vat_categories", cat);
		if (strcmp(cat, "S") == 0 || strcmp(cat, "Z") == 0)
			snprintf(name, sizeof name, "%s %s", fx_label(t, "vat"),
			         vat_short(L, cat, v->rate, rate, sizeof rate));
		else
			snprintf(name, sizeof name, "%s", long_name ? long_name : cat);
		const char *cells[] = {name,
		                       fx_lay_amount(L, v->taxable_amount, 0, base, sizeof base),
		                       fx_lay_amount(L, v->tax_amount, 0, tax, sizeof tax)};
		rc = amount_row(L, fx_lay_base(L), x, y, w, frac, cells, 3, &rh);
		y += rh;
		if (!rc && (v->exemption_reason || v->exemption_code)) {
			char why[1024];
			snprintf(why, sizeof why, "%s%s%s%s",
			         v->exemption_reason ? v->exemption_reason : "",
			         v->exemption_code ? " (" : "",
			         v->exemption_code ? v->exemption_code : "",
			         v->exemption_code ? ")" : "");
			rc = fx_lay_para(L, fx_lay_style(L, 0, -1, t->colors.muted), x + 3, y - 1,
			                 w - 6, FX_ALIGN_LEFT, why, &rh);
			y += rh + 1;
		}
		if (!rc)
			rc = fx_dlist_line(L->dl, L->page, x, y, x + w, y, 0.4f, t->colors.rule);
	}
	*h = y - L->y;
	return rc;
}

/** One row of the totals. */
typedef struct total_row {
	const char *label;
	fx_decimal value;
	int emphasis; /* 0 normal, 1 bold, 2 highlighted (amount due) */
} total_row;

/* Draws one totals row at *y. */
static int draw_total(fx_layout *L, float x, float w, float *y, const total_row *r)
{
	const fx_template *t = L->tpl;
	char v[FX_FMT_MAX];
	fx_style st = r->emphasis == 2   ? fx_lay_style(L, 1, 1.5f, t->colors.accent_text)
	              : r->emphasis == 1 ? fx_lay_style(L, 1, 0, t->colors.text)
	                                 : fx_lay_base(L);
	float rh = fx_lay_lh(st.size) + (r->emphasis == 2 ? 6 : 3);
	int rc = 0;
	if (r->emphasis == 2)
		rc = fx_dlist_rect(L->dl, L->page, x, *y, w, rh, t->colors.accent);
	float top = *y + (rh - fx_lay_lh(st.size)) / 2;
	if (!rc)
		rc = fx_lay_line(L, st, x + 5, w - 10, FX_ALIGN_LEFT, top, r->label);
	if (!rc)
		rc = fx_lay_line(L, st, x + 5, w - 10, FX_ALIGN_RIGHT, top,
		                 fx_lay_amount(L, r->value, 1, v, sizeof v));
	if (!rc && r->emphasis == 1)
		rc = fx_dlist_line(L->dl, L->page, x, *y, x + w, *y, 0.5f, t->colors.rule);
	*y += rh;
	return rc;
}

/* True when d is set and not zero. */
static int nonzero(fx_decimal d)
{
	return d.set && !fx_decimal_is_zero(d);
}

/* Totals block. */
int fx_block_totals(fx_layout *L, float x, float w, float *h)
{
	const fx_totals *tt = &L->inv->totals;
	const fx_template *t = L->tpl;
	int adjusted = nonzero(tt->allowance_total) || nonzero(tt->charge_total);
	int credit = L->inv->type_code && strcmp(L->inv->type_code, "381") == 0;
	total_row rows[10];
	int n = 0;
	if (adjusted) {
		rows[n++] = (total_row){fx_label(t, "total_lines"), tt->line_total, 0};
		if (nonzero(tt->allowance_total))
			rows[n++] = (total_row){fx_label(t, "total_allowances"),
			                        fx_decimal_neg(tt->allowance_total), 0};
		if (nonzero(tt->charge_total))
			rows[n++] = (total_row){fx_label(t, "total_charges"), tt->charge_total, 0};
	}
	rows[n++] = (total_row){fx_label(t, "total_net"), tt->tax_basis_total, adjusted};
	rows[n++] = (total_row){fx_label(t, "total_vat"), tt->tax_total, 0};
	rows[n++] = (total_row){fx_label(t, "total_gross"), tt->grand_total, 1};
	if (nonzero(tt->prepaid))
		rows[n++] =
		    (total_row){fx_label(t, "total_prepaid"), fx_decimal_neg(tt->prepaid), 0};
	if (nonzero(tt->rounding))
		rows[n++] = (total_row){fx_label(t, "total_rounding"), tt->rounding, 0};
	rows[n++] = (total_row){fx_label(t, credit ? "total_due_credit" : "total_due"),
	                        tt->due.set ? tt->due : tt->grand_total, 2};
	float y = L->y;
	int rc = 0;
	for (int i = 0; i < n && !rc; i++)
		if (rows[i].value.set)
			rc = draw_total(L, x, w, &y, &rows[i]);
	*h = y - L->y;
	return rc;
}

/* Amount in words block. */
int fx_block_words(fx_layout *L, float x, float w, float *h)
{
	const fx_invoice *inv = L->inv;
	*h = 0;
	fx_decimal v = inv->totals.due.set ? inv->totals.due : inv->totals.grand_total;
	if (!L->amount_in_words || !v.set || !inv->currency)
		return 0;
	char *words;
	int rc = fx_render_amount_in_words(v, inv->currency, L->tpl->lang, &words);
	if (rc)
		return rc;
	int credit = inv->type_code && strcmp(inv->type_code, "381") == 0;
	char buf[2048];
	fx_lay_subst(fx_label(L->tpl, credit ? "words_credit_note" : "words_invoice"), "amount",
	             words, buf, sizeof buf);
	free(words);
	return fx_lay_para(L, fx_lay_style(L, 0, 0, L->tpl->colors.text), x, L->y, w, FX_ALIGN_LEFT,
	                   buf, h);
}
