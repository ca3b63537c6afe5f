/*
 * Internal: rules as data, and what the rule engine gives the C checks.
 *
 * A rule is an identifier, a context (XPath 1.0 selecting the nodes it
 * applies to), a test (XPath 1.0 evaluated on each context node: true =
 * the node passes) or a C check where XPath 1.0 falls short, the business
 * term, and a message in English and French. Rule tables are const arrays
 * in src/validate/rules_<family>.c; the engine compiles every XPath once per
 * process, evaluates each distinct context once per document and runs all
 * the rules sharing it.
 *
 * Namespace prefixes available in every expression: rsm, ram, udt, qdt
 * (the CII D16B URIs) and fx (the engine's extension functions,
 * urn:facturx:validate:functions, see functions.h).
 */
#ifndef FX_VALIDATE_RULE_H
#define FX_VALIDATE_RULE_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "facturx/validate.h"

/* Profile masks: where a rule applies (0 = every profile and no profile). */
#define FX_P_MINIMUM (1u << FX_PROFILE_MINIMUM)
#define FX_P_BASICWL (1u << FX_PROFILE_BASIC_WL)
#define FX_P_BASIC (1u << FX_PROFILE_BASIC)
#define FX_P_EN16931 (1u << FX_PROFILE_EN16931)
#define FX_P_EXTENDED (1u << FX_PROFILE_EXTENDED)
#define FX_P_NONE (1u << 5) /* no Factur-X profile (BT-24 absent or foreign) */
#define FX_P_ALL 0x3Fu

/** The state of one document under validation (vctx.c). */
typedef struct fx_vctx fx_vctx;

/* A C check: returns true when node passes the rule. ctx: the validation;
 * node: the context node. A check may add its own findings with
 * fx_vctx_report and return true to suppress the default one. */
typedef bool (*fx_rule_check_fn)(fx_vctx *ctx, xmlNodePtr node);

/** One rule. */
typedef struct fx_rule {
	const char *id;          /* official id, e.g. "BR-CO-10" */
	unsigned char layer;     /* fx_layer */
	unsigned char severity;  /* fx_severity */
	unsigned short profiles; /* FX_P_* mask, 0 = all */
	const char *context;     /* XPath 1.0 selecting the nodes checked */
	const char *test;        /* XPath 1.0, true = pass; NULL when check is set */
	fx_rule_check_fn check;  /* C check, or NULL */
	const char *bt;          /* business term(s), e.g. "BT-106", or NULL */
	const char *msg_en;      /* English message */
	const char *msg_fr;      /* French message */
} fx_rule;

/* Context of a rule that reuses the context, test and check of the layer-4
 * rule `id` (a string literal), reported with its own id, layer, severity,
 * profiles, business term and messages (NULL: the target's), e.g. the
 * Factur-X schematron's copy of a CEN rule. Identical context and test
 * strings are evaluated once. */
#define FX_SAME_AS(id) "=" id

/* Severity of a rule that emulates a dynamic error of the official XSLT of
 * its layer (e.g. XPath 2.0 normalize-space() given two nodes, or
 * xs:decimal('') ): when its test is false, the official validator stops and
 * reports nothing for that layer, so the engine drops every finding of the
 * layer on that document and reports this rule once, as information (its
 * message says why). */
#define FX_SEVERITY_ABORT 3

/** A table of rules (one per family file), registered in rulesets.c. */
typedef struct fx_ruleset {
	const char *name; /* e.g. "cen-core" */
	const fx_rule *rules;
	size_t count;
} fx_ruleset;

/* The document (never NULL while rules run). */
xmlDocPtr fx_vctx_doc(fx_vctx *ctx);

/* The XPath context with the namespaces and functions registered; its node
 * may be changed by a check (restore it before returning). */
xmlXPathContextPtr fx_vctx_xpath(fx_vctx *ctx);

/* The profile validated against; false when none applies (FX_P_NONE). */
bool fx_vctx_profile(fx_vctx *ctx, fx_profile *out);

/* Evaluates the XPath 1.0 expression expr with node as context node; the
 * result is freed by the caller with xmlXPathFreeObject (NULL on error). */
xmlXPathObjectPtr fx_vctx_eval(fx_vctx *ctx, xmlNodePtr node, const char *expr);

/* Adds a finding for rule r on node (the message is r's in the report's
 * language, or msg when not NULL). */
void fx_vctx_report(fx_vctx *ctx, const fx_rule *r, xmlNodePtr node, const char *msg);

/* The caller's options (never NULL): chorus_* parameters, switches. */
const fx_validate_options *fx_vctx_options(fx_vctx *ctx);

/* True when the report's messages are in French (for a check's own msg). */
bool fx_vctx_french(fx_vctx *ctx);

/* Evaluates expr as a boolean with node as context node (false on error). */
bool fx_vctx_test(fx_vctx *ctx, xmlNodePtr node, const char *expr);

/* Binds the XPath variable $name to the string value of expr evaluated on
 * node, for the tests that follow. ctx: the validation; node: the context
 * node; name: the variable's name without "$"; expr: XPath 1.0. Returns
 * false when out of memory (nothing bound). */
bool fx_vctx_bind(fx_vctx *ctx, xmlNodePtr node, const char *name, const char *expr);

/* Removes the binding of $name made by fx_vctx_bind. */
void fx_vctx_unbind(fx_vctx *ctx, const char *name);

#endif
