/*
 * Writing the computed values into the invoice, once every check passed:
 * only fields the invoice leaves out are written; stated values are kept.
 */
#include "compute/compute_internal.h"
#include "core/error.h"

/* Sets *field to v when the field is absent and v is known. */
static void fill(fx_decimal *field, fx_decimal v)
{
	if (!field->set && v.set)
		*field = v;
}

/* Adds one BG-23 entry per VAT group; on failure removes those added. */
static int add_breakdown(fx_cx *cx)
{
	fx_invoice *inv = cx->inv;
	for (size_t k = 0; k < cx->n_groups; k++) {
		const fx_vat_group *g = &cx->groups[k];
		fx_vat_breakdown *b;
		int rc = fx_invoice_add_vat_breakdown(inv, &b);
		if (rc == FX_OK)
			rc = fx_invoice_set_text(inv, &b->category, g->category);
		if (rc < 0) {
			inv->n_vat_breakdown = 0;
			return rc;
		}
		b->rate = g->rate;
		b->taxable_amount = cx->rows[k].basis;
		b->tax_amount = cx->rows[k].tax;
	}
	return FX_OK;
}

/* Fills the absent totals; BT-107/BT-108 only when there are document
 * allowances/charges, BT-110 only when there is a VAT breakdown. */
static void fill_totals(fx_cx *cx)
{
	fx_invoice *inv = cx->inv;
	fx_totals *s = &inv->totals;
	const fx_totals *t = &cx->totals;
	bool allowances = false, charges = false;
	for (size_t i = 0; i < inv->n_allowances_charges; i++) {
		charges |= inv->allowances_charges[i].charge;
		allowances |= !inv->allowances_charges[i].charge;
	}
	fill(&s->line_total, t->line_total);
	if (allowances)
		fill(&s->allowance_total, t->allowance_total);
	if (charges)
		fill(&s->charge_total, t->charge_total);
	fill(&s->tax_basis_total, t->tax_basis_total);
	if (inv->n_vat_breakdown > 0)
		fill(&s->tax_total, t->tax_total);
	fill(&s->grand_total, t->grand_total);
	fill(&s->due, t->due);
}

/* Writes every computed value the invoice leaves out. */
int fx_compute_commit(fx_cx *cx)
{
	fx_invoice *inv = cx->inv;
	if (inv->n_vat_breakdown == 0 && cx->rows_known && cx->n_groups > 0) {
		int rc = add_breakdown(cx);
		if (rc < 0)
			return rc;
	} else {
		for (size_t j = 0; j < inv->n_vat_breakdown && j < cx->n_rows; j++) {
			fill(&inv->vat_breakdown[j].taxable_amount, cx->rows[j].basis);
			fill(&inv->vat_breakdown[j].tax_amount, cx->rows[j].tax);
		}
	}
	for (size_t i = 0; i < inv->n_lines; i++) {
		fx_line *l = &inv->lines[i];
		fill(&l->net_price, cx->line_price[i]);
		for (size_t k = 0; k < l->n_allowances_charges; k++)
			fill(&l->allowances_charges[k].amount,
			     cx->line_ac[cx->line_ac_start[i] + k]);
		fill(&l->net_amount, cx->line_net[i]);
	}
	for (size_t i = 0; i < inv->n_allowances_charges; i++)
		fill(&inv->allowances_charges[i].amount, cx->doc_ac[i]);
	fill_totals(cx);
	return FX_OK;
}
