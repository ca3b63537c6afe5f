/*
 * Internal: the XPath extension functions of the rule engine, in the
 * namespace urn:facturx:validate:functions (prefix fx in every rule).
 *
 * Decimal arguments may be strings, numbers' text or node-sets (the string
 * value of the first node is used, as XPath's string() does). A decimal text
 * is read the way xs:decimal reads it: surrounding white space ignored, an
 * optional sign, digits with an optional dot ("5.", ".5" accepted); anything
 * else (empty, "1e3", "1,5") is not a number. Decimal results are strings
 * holding the exact value ("NaN" when an operand is not a number), so they
 * can be chained: fx:eq(ram:TaxBasisTotalAmount, fx:sub(ram:LineTotalAmount,
 * ram:AllowanceTotalAmount)). Never pass the result of XPath arithmetic
 * (binary floating point) where exactness matters.
 *
 * Arithmetic (exact, results are decimal strings):
 *   fx:dec(x)            x normalised ("12.50" -> "12.5"), "NaN" if not a number
 *   fx:sum(nodes)        exact sum of the nodes' values ("0" for no node,
 *                        "NaN" if one is not a number)
 *   fx:add(a, b, ...)    a + b + ...
 *   fx:sub(a, b)         a - b
 *   fx:mul(a, b)         a x b
 *   fx:div(a, b, n)      a / b rounded half away from zero to n decimals
 *   fx:percent(a, r)     a x r / 100, exact (a VAT amount before rounding)
 *   fx:round(a, n)       a rounded to n decimals, half towards positive
 *                        infinity (XPath round(), as the CEN artefacts do:
 *                        round(x * 100) div 100)
 *   fx:round-half-up(a, n)  a rounded to n decimals, half away from zero
 *   fx:abs(a)            |a|
 * Comparison (booleans; false when an operand is not a number):
 *   fx:eq(a, b)  fx:ne(a, b)  fx:lt(a, b)  fx:le(a, b)  fx:gt(a, b)  fx:ge(a, b)
 *   fx:is-decimal(x)     x is a decimal number as described above
 *   fx:is-double(nodes)  every node's value casts to xs:double (decimal with an
 *                        optional exponent, INF, -INF, NaN); true for no node
 *   fx:decimals(x)       number of digits written after the dot ("12.500" -> 3;
 *                        -1 when x is not a number)
 * Text:
 *   fx:upper(s)          ASCII upper case of s
 *   fx:trim(s)           s without leading/trailing XML white space
 *   fx:matches(s, re)    s matches the XSD regular expression re entirely
 *                        (compiled once per process)
 *   fx:in(s, list)       s (trimmed) is one of the space-separated words of list
 * Dates:
 *   fx:is-date(s)        s is YYYYMMDD with month 01-12 and day 01-31
 *                        (not calendar-checked: Feb 30 passes, as the
 *                        artefacts' CII-DT-097 does)
 *   fx:is-real-date(s)   s is YYYYMMDD and a real calendar day
 * Node-sets:
 *   fx:has-duplicates(nodes)  two nodes have the same (trimmed) string value
 *
 * Other families can add functions: define a const fx_xpath_function table
 * ending with {NULL, NULL} and add it to fx_function_tables in rulesets.c.
 */
#ifndef FX_VALIDATE_FUNCTIONS_H
#define FX_VALIDATE_FUNCTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "facturx/decimal.h"

/* The namespace URI of the engine's functions. */
#define FX_FUNCTIONS_NS "urn:facturx:validate:functions"

/** One extension function, registered under the fx prefix. */
typedef struct fx_xpath_function {
	const char *name;
	xmlXPathFunction fn;
} fx_xpath_function;

/* The engine's own functions (functions.c), ending with {NULL, NULL}. */
extern const fx_xpath_function fx_core_functions[];

/* Looks up function name in namespace ns_uri among every registered table
 * (an xmlXPathFuncLookupFunc). Returns NULL when unknown. */
xmlXPathFunction fx_functions_lookup(void *data, const xmlChar *name, const xmlChar *ns_uri);

/* Reads text s (len bytes) as an xs:decimal (see the top of this file).
 * out: the value. Returns false when it is not a number or does not fit. */
bool fx_decimal_from_text(const char *s, size_t len, fx_decimal *out);

/* Pops the top of ctxt's stack as a decimal (see the top of this file).
 * ok: set to false when it is not a number. Frees the popped object. */
fx_decimal fx_xpath_pop_decimal(xmlXPathParserContextPtr ctxt, bool *ok);

/* Pushes decimal d (or "NaN" when ok is false) as a string on ctxt's stack. */
void fx_xpath_push_decimal(xmlXPathParserContextPtr ctxt, fx_decimal d, bool ok);

/* Pops the top of ctxt's stack as a malloc'ed string (string() of it);
 * NULL when out of memory. */
xmlChar *fx_xpath_pop_text(xmlXPathParserContextPtr ctxt);

#endif
