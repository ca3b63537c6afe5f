/*
 * VAT groups: lines (+ BT-131), document allowances (- BT-92) and document
 * charges (+ BT-99) gathered per (VAT category, rate), in order of first
 * appearance: lines first, then allowances, then charges.
 */
#include <stdio.h>

#include "compute/compute_internal.h"
#include "core/error.h"

/** Where a category and rate come from, for messages. */
typedef struct vat_source {
	const char *where;            /* "line 3", "document charge 1" */
	const char *bt_cat;           /* "BT-151" */
	const char *bt_rate;          /* "BT-152" */
	const char *cat_rule;         /* rule requiring the category ("BR-CO-04") */
	const char *rate_rule_suffix; /* "-05" (line), "-06" (allowance), "-07" (charge) */
} vat_source;

/* Checks that a source has a category and, when its category has tax, a
 * rate. usable receives false when it cannot be grouped (check only). */
static int check_key(fx_cx *cx, const char *category, fx_decimal rate, const vat_source *src,
                     bool *usable)
{
	*usable = false;
	if (!category || !*category) {
		if (cx->fill)
			return fx_error_set(FX_EINVAL, "%s: %s VAT category code is missing (%s)",
			                    src->where, src->bt_cat, src->cat_rule);
		cx->groups_known = false;
		return FX_OK;
	}
	if (!rate.set && !fx_vat_zero_tax(category)) {
		if (cx->fill) {
			const char *prefix = fx_vat_rule_prefix(category);
			char rule[32] = "";
			if (prefix)
				snprintf(rule, sizeof rule, ", %s%s", prefix,
				         src->rate_rule_suffix);
			return fx_error_set(FX_EINVAL,
			                    "%s: %s VAT rate is missing (VAT category %.8s%s)",
			                    src->where, src->bt_rate, category, rule);
		}
		cx->groups_known = false;
		return FX_OK;
	}
	*usable = true;
	return FX_OK;
}

/* Adds amount (subtracted for an allowance) to the group of (category, rate),
 * creating the group at the end when it is new. */
static int add_to_group(fx_cx *cx, const char *category, fx_decimal rate, fx_decimal amount,
                        bool subtract, const char *where)
{
	fx_vat_group *g = NULL;
	for (size_t k = 0; k < cx->n_groups && !g; k++)
		if (fx_vat_same_group(cx->groups[k].category, cx->groups[k].rate, category, rate))
			g = &cx->groups[k];
	if (!g) {
		g = &cx->groups[cx->n_groups++];
		g->category = category;
		if (fx_vat_no_rate(category))
			g->rate = (fx_decimal){0};
		else
			g->rate = rate.set ? rate : fx_decimal_make(0, 2);
		g->basis = fx_decimal_make(0, 2);
		g->unknown = false;
		g->entry = -1;
	}
	if (!amount.set) {
		g->unknown = true;
		return FX_OK;
	}
	int rc = subtract ? fx_decimal_sub(g->basis, amount, &g->basis)
	                  : fx_decimal_add(g->basis, amount, &g->basis);
	if (rc < 0)
		return fx_error_prefix("%s: BT-116 VAT category taxable amount of %s", where,
		                       fx_vat_key_text(category, rate).s);
	return FX_OK;
}

/* Groups the lines. */
static int group_lines(fx_cx *cx)
{
	for (size_t i = 0; i < cx->inv->n_lines; i++) {
		const fx_line *l = &cx->inv->lines[i];
		fx_label where = fx_cx_line_label(cx, i);
		vat_source src = {where.s, "BT-151", "BT-152", "BR-CO-04", "-05"};
		bool usable;
		int rc = check_key(cx, l->vat_category, l->vat_rate, &src, &usable);
		if (rc == FX_OK && usable)
			rc = add_to_group(cx, l->vat_category, l->vat_rate, cx->line_net[i], false,
			                  where.s);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}

/* Groups the document allowances (charge == false) or charges. */
static int group_document(fx_cx *cx, bool charge)
{
	for (size_t i = 0; i < cx->inv->n_allowances_charges; i++) {
		const fx_allowance_charge *ac = &cx->inv->allowances_charges[i];
		if (ac->charge != charge)
			continue;
		fx_label where = fx_cx_doc_ac_label(cx, i);
		vat_source src = {where.s, charge ? "BT-102" : "BT-95", charge ? "BT-103" : "BT-96",
		                  charge ? "BR-37" : "BR-32", charge ? "-07" : "-06"};
		bool usable;
		int rc = check_key(cx, ac->vat_category, ac->vat_rate, &src, &usable);
		if (rc == FX_OK && usable)
			rc = add_to_group(cx, ac->vat_category, ac->vat_rate, cx->doc_ac[i],
			                  !charge, where.s);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}

/* Builds the VAT groups. */
int fx_compute_vat_groups(fx_cx *cx)
{
	int rc = group_lines(cx);
	if (rc == FX_OK)
		rc = group_document(cx, false);
	if (rc == FX_OK)
		rc = group_document(cx, true);
	/* Without lines (a MINIMUM or BASIC WL summary) the taxable amounts
	 * cannot be computed: the stated breakdown is taken as it is. */
	if (cx->inv->n_lines == 0)
		cx->groups_known = false;
	return rc;
}
