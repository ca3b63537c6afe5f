/*
 * Internal: the C checks of the EN 16931 VAT category rules
 * (rules_cen_vat_checks.c), used by the tables of rules_cen_vat*.c.
 */
#ifndef FX_VALIDATE_RULES_CEN_VAT_H
#define FX_VALIDATE_RULES_CEN_VAT_H

#include <stdbool.h>

#include "validate/rule.h"

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

/* BR-S-08: for each rate of the breakdown, its taxable amount equals the
 * standard-rated line net amounts plus charges minus allowances at that
 * rate (each sum rounded as the artefacts round). node: the breakdown's
 * ram:CategoryCode. */
bool fx_vat_check_s08(fx_vctx *ctx, xmlNodePtr node);

/* BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08, BR-G-08: the taxable amount is
 * within 1 of the lines plus charges minus allowances of the category (the
 * category is node's value). node: the breakdown's ram:CategoryCode. */
bool fx_vat_check_basis_within_one(fx_vctx *ctx, xmlNodePtr node);

/* BR-O-08: the taxable amount equals the lines plus charges minus
 * allowances of category O. node: the breakdown (ram:ApplicableTradeTax). */
bool fx_vat_check_o08(fx_vctx *ctx, xmlNodePtr node);

#endif
