/*
 * Code list look-ups (binary search in the sorted arrays of
 * codelists_data.c) and the fx:in-list XPath function.
 */
#include "validate/codelists.h"

#include <stdlib.h>
#include <string.h>

/* Longest code of any list, with room to spare (MIME types are the longest). */
#define FX_CL_MAX_CODE 96

/* Compares a searched code with an array element for bsearch. */
static int codelist_cmp(const void *key, const void *elem)
{
	return strcmp((const char *)key, *(const char *const *)elem);
}

/* Finds a list by name. */
bool fx_codelist_find(const char *name, fx_codelist_id *out)
{
	for (int i = 0; i < FX_CL_COUNT; i++) {
		if (name && strcmp(fx_codelist_table[i].name, name) == 0) {
			*out = (fx_codelist_id)i;
			return true;
		}
	}
	return false;
}

/* Binary search of code in a list. */
bool fx_codelist_has(fx_codelist_id list, const char *code)
{
	if ((int)list < 0 || list >= FX_CL_COUNT || !code)
		return false;
	const fx_codelist_data *cl = &fx_codelist_table[list];
	return bsearch(code, cl->codes, cl->count, sizeof cl->codes[0], codelist_cmp) != NULL;
}

/* True for the characters XPath's normalize-space() treats as white space. */
static bool is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Applies the official matching rules, then searches the list. */
bool fx_codelist_accepts(fx_codelist_id list, const char *value, size_t len)
{
	if ((int)list < 0 || list >= FX_CL_COUNT || !value)
		return false;
	fx_codelist_match match = fx_codelist_table[list].match;
	if (match != FX_CL_MATCH_EXACT) {
		while (len > 0 && is_xml_space(value[0])) {
			value++;
			len--;
		}
		while (len > 0 && is_xml_space(value[len - 1]))
			len--;
	}
	if (len == 0 || len >= FX_CL_MAX_CODE)
		return false;
	char code[FX_CL_MAX_CODE];
	for (size_t i = 0; i < len; i++) {
		char c = value[i];
		if (c == '\0' || (match != FX_CL_MATCH_EXACT && is_xml_space(c)))
			return false;
		if (match == FX_CL_MATCH_UPPER && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		code[i] = c;
	}
	code[len] = '\0';
	return fx_codelist_has(list, code);
}

/* fx:in-list(name, value): value accepted by the list called name. */
static void xpath_in_list(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 2 || ctxt->valueNr < ctxt->valueFrame + nargs) {
		xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
		return;
	}
	xmlChar *value = fx_xpath_pop_text(ctxt);
	xmlChar *name = fx_xpath_pop_text(ctxt);
	fx_codelist_id list;
	bool ok = value && name && fx_codelist_find((const char *)name, &list) &&
	          fx_codelist_accepts(list, (const char *)value, strlen((const char *)value));
	xmlFree(value);
	xmlFree(name);
	valuePush(ctxt, xmlXPathNewBoolean(ok));
}

const fx_xpath_function fx_codelist_functions[] = {
    {"in-list", xpath_in_list},
    {NULL, NULL},
};
