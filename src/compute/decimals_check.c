/*
 * BR-DEC rules: the amounts an invoice states have at most 2 decimals.
 */
#include <stddef.h>
#include <stdio.h>

#include "compute/compute_internal.h"
#include "core/error.h"

/** One stated amount to check. */
typedef struct dec_rule {
	const char *rule; /* "BR-DEC-09" */
	const char *bt;   /* "BT-106" */
	const char *name; /* "sum of invoice line net amounts" */
} dec_rule;

/* Fails when the written value has more than 2 decimals. by_value: count
 * only significant decimals (the official BR-DEC-13 accepts "12.500").
 * where: prefix naming the element ("" for the document). */
static int check(fx_decimal v, const dec_rule *r, const char *where, bool by_value)
{
	if (!v.set)
		return FX_OK;
	int decimals = by_value ? fx_decimal_decimals(v) : v.scale;
	if (decimals <= 2)
		return FX_OK;
	return fx_error_set(FX_EINVAL, "%s%s%s %s %s has more than 2 decimals (%s)", where,
	                    *where ? ": " : "", r->bt, r->name, fx_cx_num(v).s, r->rule);
}

/* Checks an allowance or charge: amount and base amount. */
static int check_ac(const fx_allowance_charge *ac, const dec_rule *amount, const dec_rule *base,
                    const char *where)
{
	int rc = check(ac->amount, amount, where, false);
	return rc < 0 ? rc : check(ac->base_amount, base, where, false);
}

/* Checks BT-106..BT-115. */
static int check_totals(const fx_totals *t)
{
	static const struct {
		size_t offset;
		dec_rule r;
	} rules[] = {
	    {offsetof(fx_totals, line_total),
	     {"BR-DEC-09", "BT-106", "sum of invoice line net amounts"}},
	    {offsetof(fx_totals, allowance_total),
	     {"BR-DEC-10", "BT-107", "sum of allowances on document level"}},
	    {offsetof(fx_totals, charge_total),
	     {"BR-DEC-11", "BT-108", "sum of charges on document level"}},
	    {offsetof(fx_totals, tax_basis_total),
	     {"BR-DEC-12", "BT-109", "invoice total amount without VAT"}},
	    {offsetof(fx_totals, tax_total), {"BR-DEC-13", "BT-110", "invoice total VAT amount"}},
	    {offsetof(fx_totals, grand_total),
	     {"BR-DEC-14", "BT-112", "invoice total amount with VAT"}},
	    {offsetof(fx_totals, tax_total_accounting),
	     {"BR-DEC-15", "BT-111", "invoice total VAT amount in accounting currency"}},
	    {offsetof(fx_totals, prepaid), {"BR-DEC-16", "BT-113", "paid amount"}},
	    {offsetof(fx_totals, rounding), {"BR-DEC-17", "BT-114", "rounding amount"}},
	    {offsetof(fx_totals, due), {"BR-DEC-18", "BT-115", "amount due for payment"}},
	};
	for (size_t k = 0; k < sizeof rules / sizeof *rules; k++) {
		const fx_decimal *v = (const fx_decimal *)((const char *)t + rules[k].offset);
		bool by_value = rules[k].offset == offsetof(fx_totals, tax_total);
		int rc = check(*v, &rules[k].r, "", by_value);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}

/* Checks every stated amount of the invoice. */
int fx_compute_check_decimals(const fx_cx *cx)
{
	static const dec_rule doc_allowance = {"BR-DEC-01", "BT-92", "allowance amount"};
	static const dec_rule doc_allowance_base = {"BR-DEC-02", "BT-93", "allowance base amount"};
	static const dec_rule doc_charge = {"BR-DEC-05", "BT-99", "charge amount"};
	static const dec_rule doc_charge_base = {"BR-DEC-06", "BT-100", "charge base amount"};
	static const dec_rule basis = {"BR-DEC-19", "BT-116", "VAT category taxable amount"};
	static const dec_rule tax = {"BR-DEC-20", "BT-117", "VAT category tax amount"};
	static const dec_rule line_net = {"BR-DEC-23", "BT-131", "line net amount"};
	static const dec_rule line_allowance = {"BR-DEC-24", "BT-136", "line allowance amount"};
	static const dec_rule line_allowance_base = {"BR-DEC-25", "BT-137",
	                                             "line allowance base amount"};
	static const dec_rule line_charge = {"BR-DEC-27", "BT-141", "line charge amount"};
	static const dec_rule line_charge_base = {"BR-DEC-28", "BT-142", "line charge base amount"};
	const fx_invoice *inv = cx->inv;
	int rc = FX_OK;
	for (size_t i = 0; i < inv->n_lines && rc == FX_OK; i++) {
		const fx_line *l = &inv->lines[i];
		fx_label where = fx_cx_line_label(cx, i);
		rc = check(l->net_amount, &line_net, where.s, false);
		for (size_t k = 0; k < l->n_allowances_charges && rc == FX_OK; k++) {
			const fx_allowance_charge *ac = &l->allowances_charges[k];
			rc = ac->charge
			         ? check_ac(ac, &line_charge, &line_charge_base, where.s)
			         : check_ac(ac, &line_allowance, &line_allowance_base, where.s);
		}
	}
	for (size_t i = 0; i < inv->n_allowances_charges && rc == FX_OK; i++) {
		const fx_allowance_charge *ac = &inv->allowances_charges[i];
		fx_label where = fx_cx_doc_ac_label(cx, i);
		rc = ac->charge ? check_ac(ac, &doc_charge, &doc_charge_base, where.s)
		                : check_ac(ac, &doc_allowance, &doc_allowance_base, where.s);
	}
	for (size_t i = 0; i < inv->n_vat_breakdown && rc == FX_OK; i++) {
		const fx_vat_breakdown *b = &inv->vat_breakdown[i];
		fx_label where = fx_vat_key_text(b->category, b->rate);
		char prefix[sizeof where.s + 32];
		snprintf(prefix, sizeof prefix, "VAT breakdown (BG-23) for %s", where.s);
		rc = check(b->taxable_amount, &basis, prefix, false);
		if (rc == FX_OK)
			rc = check(b->tax_amount, &tax, prefix, false);
	}
	return rc == FX_OK ? check_totals(&inv->totals) : rc;
}
