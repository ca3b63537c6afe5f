/*
 * The list of every rule table and XPath function table of the validator.
 * Each family adds its line here (the tables live in rules_<family>.c).
 */
#include "validate/engine.h"

extern const fx_ruleset fx_rules_cen_core;
extern const fx_ruleset fx_rules_cen_co;
extern const fx_ruleset fx_rules_cen_dec;
extern const fx_ruleset fx_rules_cen_abort;
extern const fx_ruleset fx_rules_cen_vat;
extern const fx_ruleset fx_rules_cen_cl;
extern const fx_ruleset fx_rules_cen_sr;
extern const fx_ruleset fx_rules_cen_dt;

extern const fx_ruleset fx_rules_facturx;
extern const fx_ruleset fx_rules_facturx_br;
extern const fx_ruleset fx_rules_fr;
extern const fx_ruleset fx_rules_fr_co;
extern const fx_ruleset fx_rules_fr_mv;
extern const fx_ruleset fx_rules_fr_abort;
extern const fx_ruleset fx_rules_chorus;

const fx_ruleset *const fx_rulesets[] = {
    &fx_rules_fr,         /* layer 6 */
    &fx_rules_fr_co,      /* layer 6 */
    &fx_rules_fr_mv,      /* layer 6 */
    &fx_rules_fr_abort,   /* layer 6 */
    &fx_rules_chorus,     /* layer 7 */
    &fx_rules_facturx,    /* layer 5 */
    &fx_rules_facturx_br, /* layer 5 */
    &fx_rules_cen_core,   /* layer 4 */
    &fx_rules_cen_co,     /* layer 4 */
    &fx_rules_cen_dec,    /* layer 4 */
    &fx_rules_cen_abort,  /* layer 4 */
    &fx_rules_cen_vat,    /* layer 4 */
    &fx_rules_cen_cl,     /* layer 4 */
    &fx_rules_cen_sr,     /* layer 4 */
    &fx_rules_cen_dt,     /* layer 4 */
};
const size_t fx_ruleset_count = sizeof(fx_rulesets) / sizeof(fx_rulesets[0]);

extern const fx_xpath_function fx_codelist_functions[];
extern const fx_xpath_function fx_walk_functions[];
extern const fx_xpath_function fx_dt_functions[];
extern const fx_xpath_function fx_sr_functions[];
extern const fx_xpath_function fx_cl_functions[];
extern const fx_xpath_function fx_vat_functions[];
extern const fx_xpath_function fx_fr_functions[];

const fx_xpath_function *const fx_function_tables[] = {
    fx_core_functions,
    fx_codelist_functions,
    fx_walk_functions,
    fx_dt_functions,
    fx_sr_functions,
    fx_cl_functions,
    fx_vat_functions,
    fx_fr_functions,
};
const size_t fx_function_table_count = sizeof(fx_function_tables) / sizeof(fx_function_tables[0]);
