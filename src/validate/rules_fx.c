/*
 * Layer 5: the Factur-X 1.09.2 profile rules. The structural rules of each
 * profile (cardinalities, code lists, elements not used) run as one C check
 * over data tables (rules_fx_struct*.c); the business rules the Factur-X
 * schematron adds or words differently live in rules_fx_br*.c.
 */
#include "validate/rule.h"
#include "validate/rules_fx_struct.h"

/* Every Factur-X profile. */
#define FX_P_FACTURX (FX_P_MINIMUM | FX_P_BASICWL | FX_P_BASIC | FX_P_EN16931 | FX_P_EXTENDED)

static const fx_rule rules[] = {
    {"FX-STRUCTURE", FX_LAYER_FACTURX, FX_SEVERITY_FATAL, FX_P_FACTURX, "/", NULL, fx_sx_check,
     NULL, "Factur-X profile structure (cardinalities, code lists, elements not used).",
     "Structure du profil Factur-X (cardinalités, listes de codes, éléments non utilisés)."},
};

const fx_ruleset fx_rules_facturx = {"facturx", rules, sizeof(rules) / sizeof(rules[0])};
