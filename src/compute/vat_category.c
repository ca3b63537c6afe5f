/*
 * VAT categories (UNTDID 5305 subset of EN 16931): which ones carry no tax,
 * their business-rule ids, and the tolerances of the official EN 16931
 * validation artefacts when checking a stated VAT breakdown.
 */
#include <stdio.h>
#include <string.h>

#include "compute/compute_internal.h"

/** What EN 16931 says about one VAT category. */
typedef struct vat_category {
	const char *code;       /* BT-118 / BT-151 / BT-95 / BT-102 */
	const char *prefix;     /* rule family, e.g. "BR-IC" for K */
	const char *basis_rule; /* the rule checking BT-116 */
	const char *tax_rule;   /* the rule checking BT-117 */
	bool zero_tax;          /* BT-117 is always 0 */
	bool basis_tolerance;   /* rule -08 accepts a difference below 1 */
	bool tax_strict_below;  /* BT-117 difference must be < 1 (BR-S-09), else <= 1 */
} vat_category;

static const vat_category categories[] = {
    {"S", "BR-S", "BR-S-08", "BR-S-09", false, false, true},
    {"Z", "BR-Z", "BR-Z-08", "BR-Z-09", true, true, false},
    {"E", "BR-E", "BR-E-08", "BR-E-09", true, true, false},
    {"AE", "BR-AE", "BR-AE-08", "BR-AE-09", true, true, false},
    {"K", "BR-IC", "BR-IC-08", "BR-IC-09", true, true, false},
    {"G", "BR-G", "BR-G-08", "BR-G-09", true, true, false},
    {"O", "BR-O", "BR-O-08", "BR-O-09", true, false, false},
    {"L", "BR-AF", "BR-AF-08", "BR-CO-17", false, false, false},
    {"M", "BR-AG", "BR-AG-08", "BR-CO-17", false, false, false},
};

/* The table entry of category, or NULL for an unknown code. */
static const vat_category *find(const char *category)
{
	if (!category)
		return NULL;
	for (size_t i = 0; i < sizeof categories / sizeof *categories; i++)
		if (strcmp(categories[i].code, category) == 0)
			return &categories[i];
	return NULL;
}

/* True for Z E AE K G O. */
bool fx_vat_zero_tax(const char *category)
{
	const vat_category *c = find(category);
	return c && c->zero_tax;
}

/* True for O. */
bool fx_vat_no_rate(const char *category)
{
	return category && strcmp(category, "O") == 0;
}

/* The rule family of category. */
const char *fx_vat_rule_prefix(const char *category)
{
	const vat_category *c = find(category);
	return c ? c->prefix : NULL;
}

/* The rule checking BT-116 of category ("BR-S-08"), or NULL. */
const char *fx_vat_basis_rule(const char *category)
{
	const vat_category *c = find(category);
	return c ? c->basis_rule : NULL;
}

/* The rate used to compare groups: absent counts as 0. */
static fx_decimal rate_or_zero(fx_decimal r)
{
	return r.set ? r : fx_decimal_from_int(0);
}

/* Same code and, except for O, the same rate. */
bool fx_vat_same_group(const char *a, fx_decimal ra, const char *b, fx_decimal rb)
{
	if (!a || !b || strcmp(a, b) != 0)
		return false;
	return fx_vat_no_rate(a) || fx_decimal_cmp(rate_or_zero(ra), rate_or_zero(rb)) == 0;
}

/* "category S rate 19" / "category O" / "category (missing)". */
fx_label fx_vat_key_text(const char *category, fx_decimal rate)
{
	fx_label l;
	if (!category)
		snprintf(l.s, sizeof l.s, "category (missing)");
	else if (fx_vat_no_rate(category) || !rate.set)
		snprintf(l.s, sizeof l.s, "category %.8s", category);
	else
		snprintf(l.s, sizeof l.s, "category %.8s rate %s", category, fx_cx_num(rate).s);
	return l;
}

/* 0 for categories without tax, else round2(basis x rate / 100). */
int fx_vat_expected_tax(const char *category, fx_decimal rate, fx_decimal basis, fx_decimal *out)
{
	if (fx_vat_zero_tax(category) || !rate.set || fx_decimal_is_zero(rate)) {
		*out = fx_decimal_make(0, 2);
		return FX_OK;
	}
	return fx_cx_mul_div2(basis, rate, fx_decimal_from_int(100), out);
}

/* |a - b| compared with one currency unit: <0, 0, >0. */
static int diff_vs_one(fx_decimal a, fx_decimal b)
{
	fx_decimal d;
	if (fx_decimal_sub(a, b, &d) < 0)
		return 1;
	return fx_decimal_cmp(fx_decimal_abs(d), fx_decimal_from_int(1));
}

/* Applies BR-<x>-09 (tax exactly 0) or BR-CO-17 / BR-S-09 (difference up
 * to one unit, below one for S; for a zero rate the tax must round to 0). */
bool fx_vat_tax_accepted(const char *category, fx_decimal rate, fx_decimal stated,
                         fx_decimal expected, const char **rule)
{
	const vat_category *c = find(category);
	if (c && c->zero_tax) {
		*rule = c->tax_rule;
		return fx_decimal_is_zero(stated);
	}
	*rule = "BR-CO-17";
	if (!rate.set || fx_decimal_is_zero(rate)) {
		/* XPath round(tax) = 0: -0.5 <= tax < 0.5 */
		return fx_decimal_cmp(stated, fx_decimal_make(-5, 1)) >= 0 &&
		       fx_decimal_cmp(stated, fx_decimal_make(5, 1)) < 0;
	}
	int d = diff_vs_one(stated, expected);
	if (c && c->tax_strict_below) {
		*rule = "BR-S-09";
		return d < 0;
	}
	return d <= 0;
}

/* Exact, or within the official tolerance of rule -08 when not strict. */
bool fx_vat_basis_accepted(const fx_cx *cx, const char *category, fx_decimal stated,
                           fx_decimal computed)
{
	if (fx_decimal_cmp(stated, computed) == 0)
		return true;
	const vat_category *c = find(category);
	return !cx->strict && c && c->basis_tolerance && diff_vs_one(stated, computed) < 0;
}
