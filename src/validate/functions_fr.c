/*
 * XPath functions of the French and Chorus Pro rules (layers 6 and 7),
 * registered with the engine's (rulesets.c):
 *   fx:one-of(x, list)  x is, exactly (no trimming), one of the
 *                       space-separated words of list; for a node-set, one
 *                       of its nodes is (XPath 2.0 "=" against a sequence)
 *   fx:siret(s)         s is a SIRET: 14 ASCII digits with a valid Luhn
 *                       key (La Poste, SIREN 356000000: digit sum a
 *                       multiple of 5)
 */
#include <string.h>

#include "validate/functions.h"
#include "validate/functions_fr.h"

/* True when the n bytes at s are one of the words of list. */
static bool is_word_of(const char *s, size_t n, const char *list)
{
	for (const char *p = list; n > 0 && *p;) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w == n && memcmp(p, s, n) == 0)
			return true;
		p += w;
	}
	return false;
}

/* True when xmlChar text s is a word of list (s freed). */
static bool text_in(xmlChar *s, const char *list)
{
	bool found = s && is_word_of((const char *)s, strlen((const char *)s), list);
	xmlFree(s);
	return found;
}

/* fx:one-of(x, list). */
static void fn_one_of(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 2) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	xmlChar *list = fx_xpath_pop_text(ctxt);
	xmlXPathObjectPtr x = valuePop(ctxt);
	bool found = false;
	if (list && x && x->type == XPATH_NODESET) {
		for (int i = 0; x->nodesetval && i < x->nodesetval->nodeNr && !found; i++)
			found = text_in(xmlXPathCastNodeToString(x->nodesetval->nodeTab[i]),
			                (const char *)list);
	} else if (list && x) {
		found = text_in(xmlXPathCastToString(x), (const char *)list);
	}
	xmlXPathFreeObject(x);
	xmlFree(list);
	valuePush(ctxt, xmlXPathNewBoolean(found));
}

/* fx:siret(s). */
static void fn_siret(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	xmlChar *s = fx_xpath_pop_text(ctxt);
	bool ok = s && fx_siret_valid((const char *)s);
	xmlFree(s);
	valuePush(ctxt, xmlXPathNewBoolean(ok));
}

const fx_xpath_function fx_fr_functions[] = {
    {"one-of", fn_one_of},
    {"siret", fn_siret},
    {NULL, NULL},
};
