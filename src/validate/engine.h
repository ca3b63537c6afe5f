/*
 * Internal: the rule engine. Every rule table listed in rulesets.c is
 * compiled once per process (first use, thread-safe); a run evaluates each
 * distinct context once per document and, on each node it selects, each
 * distinct test once, then reports the rules whose test is false.
 */
#ifndef FX_VALIDATE_ENGINE_H
#define FX_VALIDATE_ENGINE_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xmlregexp.h>
#include <libxml/xpath.h>

#include "validate/functions.h"
#include "validate/rule.h"

/* The rule tables (rulesets.c). */
extern const fx_ruleset *const fx_rulesets[];
extern const size_t fx_ruleset_count;

/* The XPath function tables (rulesets.c), each ending with {NULL, NULL}. */
extern const fx_xpath_function *const fx_function_tables[];
extern const size_t fx_function_table_count;

/** What a run needs besides the document. */
typedef struct fx_engine_run_options {
	unsigned layers;                    /* FX_LAYER_BIT mask of the rule layers to run */
	bool has_profile;                   /* false: no Factur-X profile (FX_P_NONE) */
	fx_profile profile;                 /* the profile validated against */
	const fx_validate_options *options; /* the caller's options (never NULL) */
} fx_engine_run_options;

/* Runs the rules of the layers in ro->layers that apply to ro's profile on
 * doc and adds their findings to r. Returns FX_OK or FX_ENOMEM. */
int fx_engine_run(xmlDocPtr doc, const fx_engine_run_options *ro, fx_report *r);

/* Compiles the rule tables if not done yet and returns how many problems
 * were found (XPath that does not compile, rule without context or test,
 * bad layer). problems: receives the messages (static, may be NULL). */
size_t fx_engine_problems(const char *const **problems);

/* Number of rules of every table. */
size_t fx_engine_rule_count(void);

/* Returns the rule of that id in layer (first one), or NULL. */
const fx_rule *fx_engine_find_rule(fx_layer layer, const char *id);

/* Returns the compiled XSD regular expression re (cached for the process;
 * NULL when it does not compile). */
xmlRegexpPtr fx_engine_regexp(const char *re);

/* Makes every run also evaluate the C fast paths (fastpath.h) with XPath
 * and count the differences (for tests; not thread-safe). */
void fx_engine_set_verify(bool on);

/* Number of differences between fast paths and XPath seen while verifying. */
size_t fx_engine_verify_mismatches(void);

/* Returns expr compiled (cached for the process; NULL when it does not
 * compile). Used by fx_vctx_eval / fx_vctx_test. */
xmlXPathCompExprPtr fx_engine_compile_cached(const char *expr);

/* Creates the XPath context used on doc: namespaces rsm, ram, udt, qdt and
 * the fx functions registered, errors silenced. NULL when out of memory. */
xmlXPathContextPtr fx_engine_xpath_context(xmlDocPtr doc);

/** The state of one document under validation (see rule.h). */
struct fx_vctx {
	xmlDocPtr doc;
	xmlXPathContextPtr xpath;
	fx_report *report;
	const fx_validate_options *options;
	bool has_profile;
	fx_profile profile;
	bool french;
	bool advisory;       /* CEN findings do not count (MINIMUM, BASIC WL, EXTENDED) */
	size_t xpath_errors; /* tests or contexts that failed to evaluate */
	const fx_rule *abort[FX_LAYER_CHORUS + 1]; /* per layer: the first abort rule that
	                                            * failed (FX_SEVERITY_ABORT), or NULL */
	int status;          /* FX_OK or FX_ENOMEM */
};

/* Builds the XPath location of node (e.g. /rsm:CrossIndustryInvoice/
 * rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[2]),
 * malloc'ed; NULL for no node or out of memory. */
char *fx_node_xpath(xmlNodePtr node);

/* Line of node in the XML (an attribute's element line), 0 when unknown. */
long fx_node_line(xmlNodePtr node);

#endif
