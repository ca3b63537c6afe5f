/*
 * Internal: C checks of the French rules whose XPath would be evaluated on
 * many nodes (number formats, VAT rate lists, dates compared as strings,
 * invoiced objects of lines): the same outcome as the official XPath 2.0
 * tests, without an XPath evaluation per node (rules_fr_checks.c).
 */
#ifndef FX_VALIDATE_RULES_FR_CHECKS_H
#define FX_VALIDATE_RULES_FR_CHECKS_H

#include <stdbool.h>

#include "validate/rule.h"

/* BR-FR-DEC-01: an amount of at most 19 digits and 2 decimals. */
bool fx_fr_amount_ok(fx_vctx *ctx, xmlNodePtr node);

/* BR-FR-DEC-02: a quantity of at most 19 digits and 4 decimals. */
bool fx_fr_quantity_ok(fx_vctx *ctx, xmlNodePtr node);

/* BR-FR-DEC-03: a positive price of at most 19 digits and 6 decimals (a
 * sign is allowed with a bidirectional frame, BT-23 S9, B9, M9). */
bool fx_fr_price_ok(fx_vctx *ctx, xmlNodePtr node);

/* BR-FR-DEC-04: a positive rate of at most 4 digits and 2 decimals. */
bool fx_fr_percent_ok(fx_vctx *ctx, xmlNodePtr node);

/* BR-FR-16: the first RateApplicablePercent of a VAT element is absent,
 * empty, or one of the French rates as written. */
bool fx_fr_rate_listed(fx_vctx *ctx, xmlNodePtr tax);

/* BR-FR-CO-07: the due date is not before the issue date (compared as
 * strings), except for down payments and already paid frames. */
bool fx_fr_due_not_before_issue(fx_vctx *ctx, xmlNodePtr root);

/* BR-FR-30: AFL and AVV invoiced objects directly under a line at most
 * once each. */
bool fx_fr_line_objects_once(fx_vctx *ctx, xmlNodePtr line);

/* FX-FR-NOT-APPLIED: no party repeats the SIREN (or, without one, the
 * SIRET) that BR-FR-09 reads as a single value. */
bool fx_fr_siret_parties_single(fx_vctx *ctx, xmlNodePtr root);

/* FX-FR-NOT-APPLIED: no VAT element repeats its category code or rate. */
bool fx_fr_tax_values_single(fx_vctx *ctx, xmlNodePtr root);

/* BR-FR-32-LEGALID: a legal id of scheme 0002 is 9 digits. */
bool fx_fr_legal_id_ok(fx_vctx *ctx, xmlNodePtr id);

/* BR-FR-32-GLOBALID: a global id of scheme 0002 or 0231 is 9 digits. */
bool fx_fr_global_id_ok(fx_vctx *ctx, xmlNodePtr id);

#endif
