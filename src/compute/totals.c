/*
 * Document totals (BG-22), BR-CO-10..16:
 * BT-106 = sum BT-131, BT-107 = sum BT-92, BT-108 = sum BT-99,
 * BT-109 = BT-106 - BT-107 + BT-108, BT-110 = sum BT-117,
 * BT-112 = BT-109 + BT-110, BT-115 = BT-112 - BT-113 + BT-114.
 * Each step uses the stated value of the previous totals when there is one
 * (as the official rules do), else the computed one.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "compute/compute_internal.h"
#include "core/error.h"

/* Adds v (negated when subtract) to *sum; an unknown v makes *sum unknown. */
static int accumulate(fx_decimal *sum, fx_decimal v, bool subtract)
{
	if (!sum->set)
		return FX_OK;
	if (!v.set) {
		*sum = (fx_decimal){0};
		return FX_OK;
	}
	return subtract ? fx_decimal_sub(*sum, v, sum) : fx_decimal_add(*sum, v, sum);
}

/* The stated value when there is one, else the computed one. */
static fx_decimal effective(fx_decimal stated, fx_decimal computed)
{
	return stated.set ? stated : computed;
}

/* Rounds a known sum to cents (unknown stays unknown). */
static int cents(fx_decimal *v)
{
	return v->set ? fx_cx_round2(*v, v) : FX_OK;
}

/* Compares a stated total with the computed one. detail explains the
 * computation (may be ""). */
static int check(fx_decimal stated, fx_decimal computed, const char *bt, const char *name,
                 const char *rule, const char *detail)
{
	if (!stated.set || !computed.set || fx_decimal_cmp(stated, computed) == 0)
		return FX_OK;
	return fx_error_set(FX_EMISMATCH, "%s %s is %s but the computation gives %s%s (%s)", bt,
	                    name, fx_cx_num(stated).s, fx_cx_num(computed).s, detail, rule);
}

/* BT-106, BT-107, BT-108 from the lines and document allowances/charges. */
static int sums(fx_cx *cx, fx_totals *t)
{
	const fx_invoice *inv = cx->inv;
	int rc = FX_OK;
	t->line_total = fx_decimal_make(0, 2);
	t->allowance_total = fx_decimal_make(0, 2);
	t->charge_total = fx_decimal_make(0, 2);
	for (size_t i = 0; i < inv->n_lines && rc == FX_OK; i++)
		rc = accumulate(&t->line_total, cx->line_net[i], false);
	for (size_t i = 0; i < inv->n_allowances_charges && rc == FX_OK; i++)
		rc = accumulate(inv->allowances_charges[i].charge ? &t->charge_total
		                                                  : &t->allowance_total,
		                cx->doc_ac[i], false);
	if (inv->n_lines == 0)
		t->line_total = (fx_decimal){0}; /* a summary invoice: only what it states */
	if (rc == FX_OK)
		rc = cents(&t->line_total);
	if (rc == FX_OK)
		rc = cents(&t->allowance_total);
	if (rc == FX_OK)
		rc = cents(&t->charge_total);
	if (rc < 0)
		return fx_error_prefix("document totals");
	const fx_totals *s = &inv->totals;
	rc = check(s->line_total, t->line_total, "BT-106", "sum of invoice line net amounts",
	           "BR-CO-10", " (sum of the BT-131 line net amounts)");
	if (rc == FX_OK)
		rc = check(s->allowance_total, t->allowance_total, "BT-107",
		           "sum of allowances on document level", "BR-CO-11",
		           " (sum of the BT-92 document allowance amounts)");
	if (rc == FX_OK)
		rc = check(s->charge_total, t->charge_total, "BT-108",
		           "sum of charges on document level", "BR-CO-12",
		           " (sum of the BT-99 document charge amounts)");
	return rc;
}

/* BT-109 = BT-106 - BT-107 + BT-108. */
static int tax_basis(const fx_totals *s, fx_totals *t)
{
	fx_decimal l = effective(s->line_total, t->line_total);
	fx_decimal a = effective(s->allowance_total, t->allowance_total);
	fx_decimal c = effective(s->charge_total, t->charge_total);
	t->tax_basis_total = l;
	int rc = accumulate(&t->tax_basis_total, a, true);
	if (rc == FX_OK)
		rc = accumulate(&t->tax_basis_total, c, false);
	if (rc == FX_OK)
		rc = cents(&t->tax_basis_total);
	if (rc < 0)
		return fx_error_prefix("BT-109 invoice total amount without VAT");
	char detail[3 * FX_DECIMAL_STRLEN + 64];
	snprintf(detail, sizeof detail, " (BT-106 %s - BT-107 %s + BT-108 %s)", fx_cx_num(l).s,
	         fx_cx_num(a).s, fx_cx_num(c).s);
	return check(s->tax_basis_total, t->tax_basis_total, "BT-109",
	             "invoice total amount without VAT", "BR-CO-13", detail);
}

/* BT-110 = sum of the BT-117 of the final breakdown. */
static int tax_total(const fx_cx *cx, fx_totals *t)
{
	t->tax_total = (fx_decimal){0};
	if (!cx->rows_known)
		return FX_OK;
	t->tax_total = fx_decimal_make(0, 2);
	int rc = FX_OK;
	for (size_t k = 0; k < cx->n_rows && rc == FX_OK; k++)
		rc = accumulate(&t->tax_total, cx->rows[k].tax, false);
	if (rc == FX_OK)
		rc = cents(&t->tax_total);
	if (rc < 0)
		return fx_error_prefix("BT-110 invoice total VAT amount");
	return check(cx->inv->totals.tax_total, t->tax_total, "BT-110", "invoice total VAT amount",
	             "BR-CO-14", " (sum of the BT-117 VAT category tax amounts)");
}

/* BT-112 = BT-109 + BT-110 and BT-115 = BT-112 - BT-113 + BT-114. */
static int grand_and_due(const fx_totals *s, fx_totals *t)
{
	fx_decimal basis = effective(s->tax_basis_total, t->tax_basis_total);
	fx_decimal tax = effective(s->tax_total, t->tax_total);
	t->grand_total = basis;
	int rc = accumulate(&t->grand_total, tax, false);
	if (rc == FX_OK)
		rc = cents(&t->grand_total);
	if (rc < 0)
		return fx_error_prefix("BT-112 invoice total amount with VAT");
	char detail[3 * FX_DECIMAL_STRLEN + 64];
	snprintf(detail, sizeof detail, " (BT-109 %s + BT-110 %s)", fx_cx_num(basis).s,
	         fx_cx_num(tax).s);
	rc = check(s->grand_total, t->grand_total, "BT-112", "invoice total amount with VAT",
	           "BR-CO-15", detail);
	if (rc < 0)
		return rc;
	fx_decimal grand = effective(s->grand_total, t->grand_total);
	fx_decimal prepaid = s->prepaid.set ? s->prepaid : fx_decimal_make(0, 2);
	fx_decimal rounding = s->rounding.set ? s->rounding : fx_decimal_make(0, 2);
	t->due = grand;
	rc = accumulate(&t->due, prepaid, true);
	if (rc == FX_OK)
		rc = accumulate(&t->due, rounding, false);
	if (rc == FX_OK)
		rc = cents(&t->due);
	if (rc < 0)
		return fx_error_prefix("BT-115 amount due for payment");
	snprintf(detail, sizeof detail, " (BT-112 %s - BT-113 %s + BT-114 %s)", fx_cx_num(grand).s,
	         fx_cx_num(prepaid).s, fx_cx_num(rounding).s);
	return check(s->due, t->due, "BT-115", "amount due for payment", "BR-CO-16", detail);
}

/* Requires, when filling, that the totals every invoice carries are known
 * (an invoice without lines must state what cannot be computed). */
static int require_known(const fx_cx *cx)
{
	static const struct {
		size_t offset;
		const char *bt;
	} required[] = {
	    {offsetof(fx_totals, tax_basis_total), "BT-109 invoice total amount without VAT"},
	    {offsetof(fx_totals, grand_total), "BT-112 invoice total amount with VAT"},
	    {offsetof(fx_totals, due), "BT-115 amount due for payment"},
	};
	if (!cx->fill)
		return FX_OK;
	for (size_t k = 0; k < sizeof required / sizeof required[0]; k++) {
		const fx_decimal *stated =
		    (const fx_decimal *)((const char *)&cx->inv->totals + required[k].offset);
		const fx_decimal *computed =
		    (const fx_decimal *)((const char *)&cx->totals + required[k].offset);
		if (!stated->set && !computed->set)
			return fx_error_set(FX_EINVAL,
					    "%s is missing and cannot be computed: an invoice "
					    "without lines must state its totals",
					    required[k].bt);
	}
	return FX_OK;
}

/* Computes and checks BT-106..BT-115 into cx->totals. */
int fx_compute_totals(fx_cx *cx)
{
	fx_totals *t = &cx->totals;
	memset(t, 0, sizeof *t);
	int rc = sums(cx, t);
	if (rc == FX_OK)
		rc = tax_basis(&cx->inv->totals, t);
	if (rc == FX_OK)
		rc = tax_total(cx, t);
	if (rc == FX_OK)
		rc = grand_and_due(&cx->inv->totals, t);
	if (rc == FX_OK)
		rc = require_known(cx);
	return rc;
}
