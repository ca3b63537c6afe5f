/*
 * Internal: the C checks of the EN 16931 VAT category rules, used by the
 * table of rules_cen_vat.c: which VAT groups a rule looks at and the tests
 * of the official CII artefacts (release 1.3.16), quirks included.
 * rules_cen_vat_checks.c: groups, identifiers, rates, counts, split
 * payment; rules_cen_vat_basis.c: the taxable and tax amounts.
 */
#ifndef FX_VALIDATE_RULES_CEN_VAT_H
#define FX_VALIDATE_RULES_CEN_VAT_H

#include <stdbool.h>

#include "validate/rule.h"

/** Which VAT groups a rule of a category looks at. */
typedef enum fx_vat_scope {
	FX_VAT_LINE,              /* line VAT group (BG-30) with type code VAT */
	FX_VAT_ALLOWANCE,         /* VAT group of an allowance, type code VAT */
	FX_VAT_CHARGE,            /* VAT group of a charge, type code VAT */
	FX_VAT_BREAKDOWN,         /* VAT breakdown (BG-23) with type code VAT */
	FX_VAT_BREAKDOWN_ANY_TYPE /* breakdown whatever its type code (S and Z rules) */
} fx_vat_scope;

/** The identifiers a category needs (or forbids). */
typedef enum fx_vat_ids {
	FX_VAT_IDS_SELLER,  /* seller VAT or tax registration id, or representative VAT id */
	FX_VAT_IDS_REVERSE, /* the seller's, and the buyer VAT id or legal registration id */
	FX_VAT_IDS_INTRA,   /* seller (or representative) VAT id and buyer VAT id */
	FX_VAT_IDS_EXPORT,  /* seller or representative VAT id */
	FX_VAT_IDS_NONE     /* no seller, representative or buyer VAT id */
} fx_vat_ids;

/** The rate a category needs. */
typedef enum fx_vat_rate {
	FX_VAT_RATE_POSITIVE,     /* > 0 */
	FX_VAT_RATE_ZERO,         /* = 0 */
	FX_VAT_RATE_NOT_NEGATIVE, /* >= 0 */
	FX_VAT_RATE_ABSENT        /* no rate */
} fx_vat_rate;

/* The rsm:SupplyChainTradeTransaction of the document, or NULL when the
 * root is not an rsm:CrossIndustryInvoice. */
xmlNodePtr fx_vat_transaction(fx_vctx *ctx);

/* True when one ram:CategoryCode child of tax is exactly cat. */
bool fx_vat_has_category(xmlNodePtr tax, const char *cat);

/* True when one udt:Indicator of allowance/charge ac's ram:ChargeIndicator
 * reads as the xs:boolean charge ("true"/"1", "false"/"0"). */
bool fx_vat_indicator_is(xmlNodePtr ac, bool charge);

/* True when node (a ram:ApplicableTradeTax, or a ram:CategoryTradeTax for
 * allowances and charges) is a group of scope with category cat. */
bool fx_vat_is_group(xmlNodePtr node, fx_vat_scope scope, const char *cat);

/* True when the header agreement has the identifiers need asks for. */
bool fx_vat_ids_ok(fx_vctx *ctx, fx_vat_ids need);

/* True when the rate of tax (ram:RateApplicablePercent) is as need says. */
bool fx_vat_rate_ok(xmlNodePtr tax, fx_vat_rate need);

/* True when a ram:CalculatedAmount of tax is 0. */
bool fx_vat_tax_is_zero(xmlNodePtr tax);

/* True when tax has an exemption reason or an exemption reason code. */
bool fx_vat_has_exemption(xmlNodePtr tax);

/* BR-IC-11: an actual delivery date, or a start or end of the invoicing
 * period of tax's settlement. */
bool fx_vat_ic11(fx_vctx *ctx, xmlNodePtr tax);

/* BR-IC-12: a deliver to country code. */
bool fx_vat_ic12(fx_vctx *ctx);

/* BR-O-11/12: no breakdown or line VAT group of a category other than O. */
bool fx_vat_only_o_taxes(fx_vctx *ctx);

/* BR-O-13/14: no allowance or charge VAT group of another category. */
bool fx_vat_only_o_ac_taxes(fx_vctx *ctx);

/* BR-S-01, BR-AF-01, BR-AG-01 as the artefacts test them: lines (or
 * allowances/charges) of the category need a breakdown of it unless lines
 * (or allowances/charges) and breakdowns of the category count two or more.
 * node: the invoice element. */
bool fx_vat_check_s01(fx_vctx *ctx, xmlNodePtr node);
bool fx_vat_check_af01(fx_vctx *ctx, xmlNodePtr node);
bool fx_vat_check_ag01(fx_vctx *ctx, xmlNodePtr node);

/* BR-Z-01, BR-E-01, BR-AE-01, BR-IC-01, BR-G-01: the category is absent
 * everywhere, or it has exactly one breakdown and a line or an
 * allowance/charge of it. node: the invoice element. */
bool fx_vat_check_z01(fx_vctx *ctx, xmlNodePtr node);
bool fx_vat_check_e01(fx_vctx *ctx, xmlNodePtr node);
bool fx_vat_check_ae01(fx_vctx *ctx, xmlNodePtr node);
bool fx_vat_check_ic01(fx_vctx *ctx, xmlNodePtr node);
bool fx_vat_check_g01(fx_vctx *ctx, xmlNodePtr node);

/* BR-O-01: no "O" breakdown, or exactly one with a line or an
 * allowance/charge of that category. node: the invoice element. */
bool fx_vat_check_o01(fx_vctx *ctx, xmlNodePtr node);

/* BR-B-01: an invoice with split payment (B) is Italian (every country
 * code is IT). BR-B-02: split payment and standard rate do not mix.
 * node: the invoice element. */
bool fx_vat_check_b01(fx_vctx *ctx, xmlNodePtr node);
bool fx_vat_check_b02(fx_vctx *ctx, xmlNodePtr node);

/* BR-S-08: for each rate of breakdown tax, its taxable amount equals the
 * standard-rated line net amounts plus charges minus allowances at that
 * rate (each sum rounded as the artefacts round). */
bool fx_vat_s08(fx_vctx *ctx, xmlNodePtr tax);

/* BR-S-09: |tax amount| within 1 of round(|taxable amount| x rate) / 100. */
bool fx_vat_s09(xmlNodePtr tax);

/* BR-Z/E/AE/IC/G-08: the taxable amount of breakdown tax is within 1 of
 * the lines plus charges minus allowances of category cat (no taxable
 * amount fails, as the artefacts' arithmetic on an empty value does). */
bool fx_vat_basis_within_one(fx_vctx *ctx, xmlNodePtr tax, const char *cat);

/* BR-O-08: the taxable amount of breakdown tax equals the lines plus
 * charges minus allowances of category O. */
bool fx_vat_o08(fx_vctx *ctx, xmlNodePtr tax);

#endif
