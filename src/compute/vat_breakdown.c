/*
 * VAT breakdown (BG-23): one entry per VAT group, BT-116 = the group's sum,
 * BT-117 = round2(BT-116 x BT-119 / 100) (0 for Z E AE K G O). A breakdown
 * the invoice states is matched with the groups and checked entry by entry.
 */
#include <stdio.h>
#include <string.h>

#include "compute/compute_internal.h"
#include "core/error.h"

/* Prefix naming breakdown entry j in messages. */
static fx_label entry_label(const fx_vat_breakdown *b)
{
	fx_label l;
	snprintf(l.s, sizeof l.s, "VAT breakdown (BG-23) for %.80s",
	         fx_vat_key_text(b->category, b->rate).s);
	return l;
}

/* One row per group when the invoice states no breakdown. */
static int rows_from_groups(fx_cx *cx)
{
	cx->rows_known = cx->groups_known;
	if (!cx->groups_known)
		return FX_OK;
	for (size_t k = 0; k < cx->n_groups; k++) {
		const fx_vat_group *g = &cx->groups[k];
		fx_vat_row *row = &cx->rows[k];
		*row = (fx_vat_row){{0}, {0}};
		if (g->unknown)
			continue;
		int rc = fx_cx_round2(g->basis, &row->basis);
		if (rc == FX_OK)
			rc = fx_vat_expected_tax(g->category, g->rate, row->basis, &row->tax);
		if (rc < 0)
			return fx_error_prefix("VAT breakdown (BG-23) for %.80s",
			                       fx_vat_key_text(g->category, g->rate).s);
	}
	cx->n_rows = cx->n_groups;
	return FX_OK;
}

/* Checks that every stated entry has a category and, when needed, a rate. */
static int check_entries(const fx_cx *cx)
{
	for (size_t j = 0; j < cx->inv->n_vat_breakdown; j++) {
		const fx_vat_breakdown *b = &cx->inv->vat_breakdown[j];
		if (!b->category || !*b->category)
			return fx_error_set(FX_EINVAL,
			                    "VAT breakdown (BG-23) entry %zu: BT-118 VAT category "
			                    "code is missing (BR-47)",
			                    j + 1);
		if (!b->rate.set && !fx_vat_zero_tax(b->category))
			return fx_error_set(
			    FX_EINVAL,
			    "VAT breakdown (BG-23) entry %zu (category %.8s): BT-119 "
			    "VAT category rate is missing (BR-48)",
			    j + 1, b->category);
	}
	return FX_OK;
}

/* Pairs every stated entry with exactly one group and the other way round. */
static int match(fx_cx *cx)
{
	for (size_t j = 0; j < cx->inv->n_vat_breakdown; j++) {
		const fx_vat_breakdown *b = &cx->inv->vat_breakdown[j];
		fx_vat_group *g = NULL;
		for (size_t k = 0; k < cx->n_groups && !g; k++)
			if (fx_vat_same_group(cx->groups[k].category, cx->groups[k].rate,
			                      b->category, b->rate))
				g = &cx->groups[k];
		if (!g)
			return fx_error_set(FX_EMISMATCH,
			                    "%s: no invoice line, document allowance or document "
			                    "charge has that VAT category and rate (BT-116 is %s)",
			                    entry_label(b).s, fx_cx_num(b->taxable_amount).s);
		if (g->entry >= 0)
			return fx_error_set(FX_EMISMATCH,
			                    "%s: the VAT breakdown has two entries for it (entries "
			                    "%ld and %zu)",
			                    entry_label(b).s, g->entry + 1, j + 1);
		g->entry = (long)j;
	}
	for (size_t k = 0; k < cx->n_groups; k++) {
		const fx_vat_group *g = &cx->groups[k];
		if (g->entry >= 0)
			continue;
		fx_decimal basis = {0};
		if (!g->unknown && fx_cx_round2(g->basis, &basis) < 0)
			basis = (fx_decimal){0};
		return fx_error_set(FX_EMISMATCH,
		                    "the VAT breakdown (BG-23) has no entry for %s, which invoice "
		                    "lines, allowances or charges use (its BT-116 would be %s)",
		                    fx_vat_key_text(g->category, g->rate).s, fx_cx_num(basis).s);
	}
	return FX_OK;
}

/* The group matched with entry j, or NULL. */
static const fx_vat_group *group_of(const fx_cx *cx, size_t j)
{
	if (!cx->groups_known)
		return NULL;
	for (size_t k = 0; k < cx->n_groups; k++)
		if (cx->groups[k].entry == (long)j)
			return &cx->groups[k];
	return NULL;
}

/* Reports a BT-117 outside the tolerance of rule. */
static int tax_mismatch(const fx_vat_breakdown *b, const fx_vat_row *row, fx_decimal expected,
                        const char *rule)
{
	if (fx_vat_zero_tax(b->category))
		return fx_error_set(FX_EMISMATCH,
		                    "%s: BT-117 VAT category tax amount is %s but must be 0 in "
		                    "category %.8s (%s)",
		                    entry_label(b).s, fx_cx_num(b->tax_amount).s, b->category,
		                    rule);
	const char *tolerance = "the difference may not exceed 1.00";
	if (!b->rate.set || fx_decimal_is_zero(b->rate))
		tolerance = "with a zero rate the tax amount must round to 0";
	else if (strcmp(rule, "BR-S-09") == 0)
		tolerance = "the difference must stay below 1.00";
	return fx_error_set(FX_EMISMATCH,
	                    "%s: BT-117 VAT category tax amount is %s but BT-116 %s x BT-119 %s "
	                    "/ 100 gives %s (%s: %s)",
	                    entry_label(b).s, fx_cx_num(b->tax_amount).s, fx_cx_num(row->basis).s,
	                    fx_cx_num(b->rate).s, fx_cx_num(expected).s, rule, tolerance);
}

/* Checks and completes stated entry j into rows[j]. */
static int complete_entry(fx_cx *cx, size_t j)
{
	const fx_vat_breakdown *b = &cx->inv->vat_breakdown[j];
	fx_vat_row *row = &cx->rows[j];
	const fx_vat_group *g = group_of(cx, j);
	fx_decimal computed = {0};
	*row = (fx_vat_row){{0}, {0}};
	if (g && !g->unknown && fx_cx_round2(g->basis, &computed) < 0)
		return fx_error_prefix("%s: BT-116", entry_label(b).s);
	if (b->taxable_amount.set) {
		if (computed.set &&
		    !fx_vat_basis_accepted(cx, b->category, b->taxable_amount, computed)) {
			const char *rule = fx_vat_basis_rule(b->category);
			return fx_error_set(
			    FX_EMISMATCH,
			    "%s: BT-116 VAT category taxable amount is %s but the "
			    "invoice lines, allowances and charges of that category "
			    "and rate give %s%s%s%s",
			    entry_label(b).s, fx_cx_num(b->taxable_amount).s, fx_cx_num(computed).s,
			    rule ? " (" : "", rule ? rule : "", rule ? ")" : "");
		}
		row->basis = b->taxable_amount;
	} else {
		row->basis = computed;
	}
	fx_decimal expected = {0};
	if (row->basis.set && fx_vat_expected_tax(b->category, b->rate, row->basis, &expected) < 0)
		return fx_error_prefix("%s: BT-117", entry_label(b).s);
	if (b->tax_amount.set) {
		const char *rule = NULL;
		if (expected.set &&
		    !fx_vat_tax_accepted(b->category, b->rate, b->tax_amount, expected, &rule))
			return tax_mismatch(b, row, expected, rule);
		row->tax = b->tax_amount;
	} else {
		row->tax = expected;
	}
	return FX_OK;
}

/* Matches, checks and completes the breakdown (see compute_internal.h). */
int fx_compute_vat_breakdown(fx_cx *cx)
{
	size_t n = cx->inv->n_vat_breakdown;
	if (n == 0)
		return rows_from_groups(cx);
	int rc = check_entries(cx);
	if (rc == FX_OK && cx->groups_known)
		rc = match(cx);
	for (size_t j = 0; j < n && rc == FX_OK; j++)
		rc = complete_entry(cx, j);
	if (rc < 0)
		return rc;
	cx->n_rows = n;
	cx->rows_known = true;
	return FX_OK;
}
