/*
 * C checks of the EN 16931 VAT rules on the amounts of a VAT breakdown:
 * the "-08" rules that recompute a category's taxable amount (line net
 * amounts plus document charges minus document allowances, each sum
 * rounded as the artefacts round) and BR-S-09, with exact decimals. As in
 * the official CII artefacts (release 1.3.16): BR-S-08 compares per rate
 * and exactly, BR-Z/E/AE/IC/G-08 allow a difference below 1, BR-O-08
 * compares exactly.
 */
#include <string.h>

#include "validate/cii_nodes.h"
#include "validate/rules_cen_vat.h"

/* Iterates over the ram children called name of parent. */
#define FOR_CHILD(var, parent, name)                                                               \
	for (xmlNodePtr var = fx_node_child((parent), (name)); var; var = fx_node_next(var))

/* Adds b to *sum; false on overflow. */
static bool add_to(fx_decimal *sum, fx_decimal b)
{
	fx_decimal r;
	if (fx_decimal_add(*sum, b, &r) != FX_OK)
		return false;
	*sum = r;
	return true;
}

/* round(x): to an integer, half towards positive infinity (XPath). */
static bool round_xpath(fx_decimal x, int scale, fx_decimal *out)
{
	fx_decimal t;
	return fx_decimal_add(x, fx_decimal_make(5, scale + 1), &t) == FX_OK &&
	       fx_decimal_round(t, scale, FX_ROUND_FLOOR, out) == FX_OK;
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
		cat_ok = cat_ok || fx_vat_has_category(tax, cat);
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
			if (!fx_vat_indicator_is(ac, charge) ||
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
	xmlNodePtr tx = fx_vat_transaction(ctx);
	fx_decimal lines, charges, allowances, t;
	if (!lines_sum(tx, cat, rate, &lines) || !ac_sum(tx, true, cat, rate, &charges) ||
	    !ac_sum(tx, false, cat, rate, &allowances))
		return false;
	if (!round_xpath(lines, 2, &lines) || !round_xpath(charges, 2, &charges) ||
	    !round_xpath(allowances, 2, &allowances))
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
bool fx_vat_s08(fx_vctx *ctx, xmlNodePtr tax)
{
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

/* BR-S-09: a missing amount or rate fails, as the empty arithmetic does. */
bool fx_vat_s09(xmlNodePtr tax)
{
	fx_decimal calc, basis, rate, product, rounded, expected, low, high;
	if (!fx_node_decimal(fx_node_child(tax, "CalculatedAmount"), &calc) ||
	    !fx_node_decimal(fx_node_child(tax, "BasisAmount"), &basis) ||
	    !fx_node_decimal(fx_node_child(tax, "RateApplicablePercent"), &rate))
		return false;
	if (fx_decimal_mul(fx_decimal_abs(basis), rate, &product) != FX_OK ||
	    !round_xpath(product, 0, &rounded) ||
	    fx_decimal_div(rounded, fx_decimal_from_int(100), 2, FX_ROUND_HALF_UP, &expected) !=
	        FX_OK)
		return true;
	calc = fx_decimal_abs(calc);
	if (fx_decimal_sub(calc, fx_decimal_from_int(1), &low) != FX_OK ||
	    fx_decimal_add(calc, fx_decimal_from_int(1), &high) != FX_OK)
		return true;
	return fx_decimal_cmp(low, expected) < 0 && fx_decimal_cmp(high, expected) > 0;
}

/* BR-Z/E/AE/IC/G-08: |taxable amount - expected| < 1. */
bool fx_vat_basis_within_one(fx_vctx *ctx, xmlNodePtr tax, const char *cat)
{
	xmlNodePtr basis = fx_node_child(tax, "BasisAmount");
	if (!basis)
		return false;
	fx_decimal b, expected, diff;
	if (!fx_node_decimal(basis, &b) || !expected_basis(ctx, cat, NULL, &expected) ||
	    fx_decimal_sub(b, expected, &diff) != FX_OK)
		return true;
	return fx_decimal_cmp(fx_decimal_abs(diff), fx_decimal_from_int(1)) < 0;
}

/* BR-O-08: exact equality. */
bool fx_vat_o08(fx_vctx *ctx, xmlNodePtr tax)
{
	fx_decimal expected;
	if (!expected_basis(ctx, "O", NULL, &expected))
		return true;
	return basis_equals(tax, expected);
}
