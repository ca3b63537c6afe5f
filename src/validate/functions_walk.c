/*
 * fx:elements and fx:elements-ending: document-wide element collection in
 * one C walk (see functions_walk.h).
 */
#include "validate/functions_walk.h"

#include <string.h>

#include "validate/cii_nodes.h"

#define FX_NS_QDT "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"

/** What a walk collects. */
typedef struct walk_query {
	const char *ns;    /* namespace URI, NULL for any */
	const char *names; /* space-separated local names, or NULL */
	const char *end;   /* suffix of the local name, or NULL */
	size_t end_len;
} walk_query;

/* Namespace URI of a prefix of the rules; "" for an unknown prefix, NULL
 * for '*' (any namespace). */
static const char *prefix_uri(const char *prefix)
{
	static const char *const map[][2] = {
	    {"ram", FX_NS_RAM}, {"rsm", FX_NS_RSM}, {"udt", FX_NS_UDT}, {"qdt", FX_NS_QDT}};
	if (strcmp(prefix, "*") == 0)
		return NULL;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(prefix, map[i][0]) == 0)
			return map[i][1];
	return "";
}

/* True when name is one of the space-separated words of list. */
static bool in_words(const char *name, const char *list)
{
	size_t n = strlen(name);
	for (const char *p = list; *p;) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w == n && w > 0 && memcmp(p, name, n) == 0)
			return true;
		p += w;
	}
	return false;
}

/* True when element e answers query q. */
static bool matches(xmlNodePtr e, const walk_query *q)
{
	if (q->ns && (!e->ns || strcmp((const char *)e->ns->href, q->ns) != 0))
		return false;
	const char *name = (const char *)e->name;
	if (q->names)
		return in_words(name, q->names);
	size_t len = strlen(name);
	return len >= q->end_len && strcmp(name + len - q->end_len, q->end) == 0;
}

/* Adds the elements below node that answer q to set, in document order. */
static void collect(xmlNodePtr node, const walk_query *q, xmlNodeSetPtr set)
{
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (matches(c, q))
			xmlXPathNodeSetAddUnique(set, c);
		collect(c, q, set);
	}
}

/* Pops the two string arguments, runs the walk and pushes the node-set.
 * by_suffix: the second argument is a suffix rather than a list of names. */
static void run_walk(xmlXPathParserContextPtr ctxt, int nargs, bool by_suffix)
{
	if (nargs != 2 || ctxt->valueNr < ctxt->valueFrame + nargs) {
		xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
		return;
	}
	xmlChar *what = fx_xpath_pop_text(ctxt);
	xmlChar *prefix = fx_xpath_pop_text(ctxt);
	xmlNodeSetPtr set = xmlXPathNodeSetCreate(NULL);
	xmlDocPtr doc = ctxt->context ? ctxt->context->doc : NULL;
	if (set && what && prefix && doc) {
		walk_query q = {prefix_uri((const char *)prefix), NULL, NULL, 0};
		if (by_suffix) {
			q.end = (const char *)what;
			q.end_len = strlen(q.end);
		} else {
			q.names = (const char *)what;
		}
		collect((xmlNodePtr)doc, &q, set);
	}
	xmlFree(what);
	xmlFree(prefix);
	valuePush(ctxt, xmlXPathWrapNodeSet(set));
}

/* fx:elements(prefix, names). */
static void fn_elements(xmlXPathParserContextPtr ctxt, int nargs)
{
	run_walk(ctxt, nargs, false);
}

/* fx:elements-ending(prefix, end). */
static void fn_elements_ending(xmlXPathParserContextPtr ctxt, int nargs)
{
	run_walk(ctxt, nargs, true);
}

const fx_xpath_function fx_walk_functions[] = {
    {"elements", fn_elements},
    {"elements-ending", fn_elements_ending},
    {NULL, NULL},
};
