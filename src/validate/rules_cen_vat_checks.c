/*
 * C checks of the EN 16931 VAT category rules: the "-01" rules that count
 * a category across lines, allowances/charges and breakdowns, the "-08"
 * rules that recompute a breakdown's taxable amount with exact decimals,
 * and the split payment rules BR-B-01/02. Each follows the official CII
 * test (release 1.3.16), including its quirks.
 */
#include <string.h>

#include "validate/cii_nodes.h"
#include "validate/rules_cen_vat.h"

/* Iterates over the ram children called name of parent. */
#define FOR_CHILD(var, parent, name)                                                               \
	for (xmlNodePtr var = fx_node_child((parent), (name)); var; var = fx_node_next(var))

/* The rsm:SupplyChainTradeTransaction of the document, or NULL. */
static xmlNodePtr transaction(fx_vctx *ctx)
{
	xmlNodePtr root = xmlDocGetRootElement(fx_vctx_doc(ctx));
	if (!fx_node_is(root, FX_NS_RSM, "CrossIndustryInvoice"))
		return NULL;
	for (xmlNodePtr c = root->children; c; c = c->next)
		if (fx_node_is(c, FX_NS_RSM, "SupplyChainTradeTransaction"))
			return c;
	return NULL;
}

/* True when one ram:CategoryCode child of tax is exactly cat. */
static bool has_category(xmlNodePtr tax, const char *cat)
{
	FOR_CHILD(code, tax, "CategoryCode")
	{
		if (fx_node_text_is(code, cat))
			return true;
	}
	return false;
}

/** How often a VAT category occurs in the document. */
typedef struct category_count {
	int lines;      /* line VAT groups (BG-30) */
	int breakdowns; /* VAT breakdowns (BG-23) */
	int allowances; /* VAT groups of allowances and charges */
} category_count;

/* Counts the ram:CategoryTradeTax of cat under the allowances/charges
 * called name of parent. */
static int count_ac_category(xmlNodePtr parent, const char *name, const char *cat)
{
	int n = 0;
	FOR_CHILD(ac, parent, name)
	{
		FOR_CHILD(tax, ac, "CategoryTradeTax")
		{
			n += has_category(tax, cat);
		}
	}
	return n;
}

/* Counts cat in the line VAT groups, the breakdowns and the VAT groups of
 * allowances and charges (document, line and price level). */
static category_count count_category(fx_vctx *ctx, const char *cat)
{
	category_count c = {0, 0, 0};
	xmlNodePtr tx = transaction(ctx);
	FOR_CHILD(line, tx, "IncludedSupplyChainTradeLineItem")
	{
		FOR_CHILD(set, line, "SpecifiedLineTradeSettlement")
		{
			FOR_CHILD(tax, set, "ApplicableTradeTax")
			{
				c.lines += has_category(tax, cat);
			}
			c.allowances +=
			    count_ac_category(set, "SpecifiedTradeAllowanceCharge", cat);
		}
		FOR_CHILD(agr, line, "SpecifiedLineTradeAgreement")
		{
			FOR_CHILD(price, agr, "GrossPriceProductTradePrice")
			{
				c.allowances +=
				    count_ac_category(price, "AppliedTradeAllowanceCharge", cat);
			}
		}
	}
	FOR_CHILD(set, tx, "ApplicableHeaderTradeSettlement")
	{
		FOR_CHILD(tax, set, "ApplicableTradeTax")
		{
			c.breakdowns += has_category(tax, cat);
		}
		c.allowances += count_ac_category(set, "SpecifiedTradeAllowanceCharge", cat);
	}
	return c;
}

/* The "at least one breakdown" test of BR-S-01, BR-AF-01 and BR-AG-01. */
static bool at_least_one_breakdown(fx_vctx *ctx, const char *cat)
{
	category_count c = count_category(ctx, cat);
	return (c.lines + c.breakdowns >= 2 || c.lines == 0) &&
	       (c.allowances + c.breakdowns >= 2 || c.allowances == 0);
}

/* The "exactly one breakdown" test of BR-Z-01, BR-E-01, BR-AE-01, BR-IC-01
 * and BR-G-01. */
static bool exactly_one_breakdown(fx_vctx *ctx, const char *cat)
{
	category_count c = count_category(ctx, cat);
	return (c.breakdowns == 0 && c.lines == 0 && c.allowances == 0) ||
	       (c.breakdowns == 1 && (c.lines > 0 || c.allowances > 0));
}

/* BR-S-01. */
bool fx_vat_check_s01(fx_vctx *ctx, xmlNodePtr node)
{
	return at_least_one_breakdown(ctx, "S");
}

/* BR-AF-01. */
bool fx_vat_check_af01(fx_vctx *ctx, xmlNodePtr node)
{
	return at_least_one_breakdown(ctx, "L");
}

/* BR-AG-01. */
bool fx_vat_check_ag01(fx_vctx *ctx, xmlNodePtr node)
{
	return at_least_one_breakdown(ctx, "M");
}

/* BR-Z-01. */
bool fx_vat_check_z01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_breakdown(ctx, "Z");
}

/* BR-E-01. */
bool fx_vat_check_e01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_breakdown(ctx, "E");
}

/* BR-AE-01. */
bool fx_vat_check_ae01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_breakdown(ctx, "AE");
}

/* BR-IC-01. */
bool fx_vat_check_ic01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_breakdown(ctx, "K");
}

/* BR-G-01. */
bool fx_vat_check_g01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_breakdown(ctx, "G");
}

/* BR-O-01: unlike the others, lines of category O without a breakdown pass. */
bool fx_vat_check_o01(fx_vctx *ctx, xmlNodePtr node)
{
	category_count c = count_category(ctx, "O");
	return c.breakdowns == 0 || (c.breakdowns == 1 && (c.lines > 0 || c.allowances > 0));
}

/** What the split payment rules look for in the whole document. */
typedef struct split_scan {
	bool split;    /* a ram:CategoryCode is B */
	bool standard; /* a ram:CategoryCode is S */
	bool foreign;  /* a ram:CountryID is not IT */
} split_scan;

/* Walks every element below node (the artefacts use // here). */
static void scan_split(xmlNodePtr node, split_scan *s)
{
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (fx_node_is(c, FX_NS_RAM, "CategoryCode")) {
			s->split = s->split || fx_node_text_is(c, "B");
			s->standard = s->standard || fx_node_text_is(c, "S");
		} else if (fx_node_is(c, FX_NS_RAM, "CountryID")) {
			s->foreign = s->foreign || !fx_node_text_is(c, "IT");
		}
		scan_split(c, s);
	}
}

/* BR-B-01. */
bool fx_vat_check_b01(fx_vctx *ctx, xmlNodePtr node)
{
	split_scan s = {false, false, false};
	scan_split(node, &s);
	return !s.split || !s.foreign;
}

/* BR-B-02. */
bool fx_vat_check_b02(fx_vctx *ctx, xmlNodePtr node)
{
	split_scan s = {false, false, false};
	scan_split(node, &s);
	return !s.split || !s.standard;
}

/* Adds b to *sum; false on overflow. */
static bool add_to(fx_decimal *sum, fx_decimal b)
{
	fx_decimal r;
	if (fx_decimal_add(*sum, b, &r) != FX_OK)
		return false;
	*sum = r;
	return true;
}

/* round(x * 100) div 100 of the artefacts: two decimals, half towards
 * positive infinity. False on overflow. */
static bool round_artefact(fx_decimal x, fx_decimal *out)
{
	fx_decimal t;
	return fx_decimal_add(x, fx_decimal_make(5, 3), &t) == FX_OK &&
	       fx_decimal_round(t, 2, FX_ROUND_FLOOR, out) == FX_OK;
}

/* True when a group called name under parent has category cat and, when
 * rate is set, one such group has that rate (two separate existence tests,
 * as the official predicates are). */
static bool group_matches(xmlNodePtr parent, const char *name, const char *cat,
                          const fx_decimal *rate)
{
	bool cat_ok = false, rate_ok = !rate;
	FOR_CHILD(tax, parent, name)
	{
		cat_ok = cat_ok || has_category(tax, cat);
		FOR_CHILD(r, tax, "RateApplicablePercent")
		{
			fx_decimal v;
			if (rate && !rate_ok && fx_node_decimal(r, &v) &&
			    fx_decimal_cmp(v, *rate) == 0)
				rate_ok = true;
		}
	}
	return cat_ok && rate_ok;
}

/* True when one udt:Indicator of ac's ram:ChargeIndicator reads as the
 * boolean want ("true"/"1" or "false"/"0"). */
static bool indicator_is(xmlNodePtr ac, bool want)
{
	FOR_CHILD(ci, ac, "ChargeIndicator")
	{
		for (xmlNodePtr i = ci->children; i; i = i->next) {
			if (!fx_node_is(i, FX_NS_UDT, "Indicator"))
				continue;
			if (fx_node_text_normalized_is(i, want ? "true" : "false") ||
			    fx_node_text_normalized_is(i, want ? "1" : "0"))
				return true;
		}
	}
	return false;
}

/* Sum of the line net amounts (BT-131) of the lines of cat (and rate). */
static bool lines_sum(xmlNodePtr tx, const char *cat, const fx_decimal *rate, fx_decimal *sum)
{
	*sum = fx_decimal_from_int(0);
	FOR_CHILD(line, tx, "IncludedSupplyChainTradeLineItem")
	{
		FOR_CHILD(set, line, "SpecifiedLineTradeSettlement")
		{
			if (!group_matches(set, "ApplicableTradeTax", cat, rate))
				continue;
			FOR_CHILD(ms, set, "SpecifiedTradeSettlementLineMonetarySummation")
			{
				FOR_CHILD(amount, ms, "LineTotalAmount")
				{
					fx_decimal v;
					if (!fx_node_decimal(amount, &v) || !add_to(sum, v))
						return false;
				}
			}
		}
	}
	return true;
}

/* Sum of the amounts of the document level charges (charge true) or
 * allowances (charge false) of cat (and rate): the first ram:ActualAmount
 * of each. */
static bool ac_sum(xmlNodePtr tx, bool charge, const char *cat, const fx_decimal *rate,
                   fx_decimal *sum)
{
	*sum = fx_decimal_from_int(0);
	FOR_CHILD(set, tx, "ApplicableHeaderTradeSettlement")
	{
		FOR_CHILD(ac, set, "SpecifiedTradeAllowanceCharge")
		{
			if (!indicator_is(ac, charge) ||
			    !group_matches(ac, "CategoryTradeTax", cat, rate))
				continue;
			xmlNodePtr amount = fx_node_child(ac, "ActualAmount");
			fx_decimal v;
			if (amount && (!fx_node_decimal(amount, &v) || !add_to(sum, v)))
				return false;
		}
	}
	return true;
}

/* The taxable amount the artefacts expect for cat (and rate): rounded line
 * sum + rounded charges - rounded allowances. Without a CII transaction
 * (wrong root namespace) the artefacts' absolute paths select nothing and
 * the sums are 0. False when a value cannot be read (the official
 * validator stops with an error there). */
static bool expected_basis(fx_vctx *ctx, const char *cat, const fx_decimal *rate, fx_decimal *out)
{
	xmlNodePtr tx = transaction(ctx);
	fx_decimal lines, charges, allowances, t;
	if (!lines_sum(tx, cat, rate, &lines) || !ac_sum(tx, true, cat, rate, &charges) ||
	    !ac_sum(tx, false, cat, rate, &allowances))
		return false;
	if (!round_artefact(lines, &lines) || !round_artefact(charges, &charges) ||
	    !round_artefact(allowances, &allowances))
		return false;
	return fx_decimal_add(lines, charges, &t) == FX_OK &&
	       fx_decimal_sub(t, allowances, out) == FX_OK;
}

/* True when one ram:BasisAmount of tax equals value. */
static bool basis_equals(xmlNodePtr tax, fx_decimal value)
{
	FOR_CHILD(b, tax, "BasisAmount")
	{
		fx_decimal v;
		if (fx_node_decimal(b, &v) && fx_decimal_cmp(v, value) == 0)
			return true;
	}
	return false;
}

/* BR-S-08: every rate of the breakdown (none: nothing to check). */
bool fx_vat_check_s08(fx_vctx *ctx, xmlNodePtr node)
{
	xmlNodePtr tax = node->parent;
	FOR_CHILD(r, tax, "RateApplicablePercent")
	{
		fx_decimal rate, expected;
		if (!fx_node_decimal(r, &rate) || !expected_basis(ctx, "S", &rate, &expected))
			continue;
		if (!basis_equals(tax, expected))
			return false;
	}
	return true;
}

/* BR-Z/E/AE/IC/G-08: |taxable amount - expected| < 1 (no taxable amount
 * fails, as the artefacts' arithmetic on an empty value does). */
bool fx_vat_check_basis_within_one(fx_vctx *ctx, xmlNodePtr node)
{
	xmlNodePtr basis = fx_node_child(node->parent, "BasisAmount");
	if (!basis)
		return false;
	xmlChar *cat = xmlNodeGetContent(node);
	fx_decimal b, expected, diff;
	bool pass = true;
	if (cat && fx_node_decimal(basis, &b) &&
	    expected_basis(ctx, (const char *)cat, NULL, &expected) &&
	    fx_decimal_sub(b, expected, &diff) == FX_OK)
		pass = fx_decimal_cmp(fx_decimal_abs(diff), fx_decimal_from_int(1)) < 0;
	xmlFree(cat);
	return pass;
}

/* BR-O-08: exact equality. */
bool fx_vat_check_o08(fx_vctx *ctx, xmlNodePtr node)
{
	fx_decimal expected;
	if (!expected_basis(ctx, "O", NULL, &expected))
		return true;
	return basis_equals(node, expected);
}
