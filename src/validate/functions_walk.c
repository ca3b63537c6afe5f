/*
 * fx:elements and fx:elements-ending: document-wide element collection in
 * one C walk (see functions_walk.h). Element names of a parsed document
 * are interned in its dictionary and most elements share a few namespace
 * declarations, so the walk compares pointers and only falls back to
 * string comparisons on a new name or namespace.
 */
#include "validate/functions_walk.h"

#include <string.h>

#include <libxml/dict.h>

#include "validate/cii_nodes.h"

#define FX_NS_QDT "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
/* Most names one fx:elements call may ask for. */
#define FX_WALK_MAX_NAMES 8

/** What a walk collects, and what it learnt on the way. */
typedef struct walk_query {
	const char *ns;                          /* namespace URI, NULL for any */
	xmlNsPtr ns_yes;                         /* last namespace declaration found to be ns */
	xmlNsPtr ns_no;                          /* last one found not to be */
	const xmlChar *names[FX_WALK_MAX_NAMES]; /* the names (interned when possible) */
	size_t nnames;
	bool interned;   /* names[] are the document dictionary's pointers */
	const char *end; /* suffix of the local name, or NULL */
	size_t end_len;
	xmlNodeSetPtr except; /* nodes to leave out, or NULL */
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

/* True when element e is in q's namespace (remembering the answer). */
static bool ns_matches(xmlNodePtr e, walk_query *q)
{
	if (!q->ns)
		return true;
	if (!e->ns)
		return false;
	if (e->ns == q->ns_yes)
		return true;
	if (e->ns == q->ns_no)
		return false;
	bool yes = strcmp((const char *)e->ns->href, q->ns) == 0;
	if (yes)
		q->ns_yes = e->ns;
	else
		q->ns_no = e->ns;
	return yes;
}

/* True when the local name of e is one of q's names or ends with q's end. */
static bool name_matches(xmlNodePtr e, const walk_query *q)
{
	if (q->end) {
		size_t len = strlen((const char *)e->name);
		return len >= q->end_len &&
		       memcmp(e->name + len - q->end_len, q->end, q->end_len) == 0;
	}
	for (size_t i = 0; i < q->nnames; i++)
		if (q->interned ? e->name == q->names[i] : xmlStrEqual(e->name, q->names[i]))
			return true;
	return false;
}

/* True when node is one of the nodes q leaves out. */
static bool excluded(xmlNodePtr node, const walk_query *q)
{
	for (int i = 0; q->except && i < q->except->nodeNr; i++)
		if (q->except->nodeTab[i] == node)
			return true;
	return false;
}

/* Adds the elements below node that answer q to set, in document order. */
static void collect(xmlNodePtr node, walk_query *q, xmlNodeSetPtr set)
{
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (name_matches(c, q) && ns_matches(c, q) && !excluded(c, q))
			xmlXPathNodeSetAddUnique(set, c);
		if (c->children)
			collect(c, q, set);
	}
}

/* Fills q's names from the space-separated list: the dictionary's pointers
 * when doc has one (a name it does not hold is on no element). */
static void set_names(walk_query *q, xmlDocPtr doc, const char *list)
{
	q->interned = doc->dict != NULL;
	for (const char *p = list; *p && q->nnames < FX_WALK_MAX_NAMES;) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w > 0) {
			const xmlChar *name =
			    q->interned ? xmlDictExists(doc->dict, (const xmlChar *)p, (int)w)
			                : xmlStrndup((const xmlChar *)p, (int)w);
			if (name)
				q->names[q->nnames++] = name;
		}
		p += w;
	}
}

/* Frees the names q owns (those it copied without a dictionary). */
static void free_names(walk_query *q)
{
	for (size_t i = 0; !q->interned && i < q->nnames; i++)
		xmlFree((xmlChar *)q->names[i]);
}

/* Pops the arguments, runs the walk and pushes the node-set. by_suffix:
 * the second argument is a suffix rather than a list of names; an optional
 * third argument is a node-set to leave out. */
static void run_walk(xmlXPathParserContextPtr ctxt, int nargs, bool by_suffix)
{
	if (nargs < 2 || nargs > 3 || ctxt->valueNr < ctxt->valueFrame + nargs) {
		xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
		return;
	}
	xmlXPathObjectPtr except = nargs == 3 ? valuePop(ctxt) : NULL;
	xmlChar *what = fx_xpath_pop_text(ctxt);
	xmlChar *prefix = fx_xpath_pop_text(ctxt);
	xmlNodeSetPtr set = xmlXPathNodeSetCreate(NULL);
	xmlDocPtr doc = ctxt->context ? ctxt->context->doc : NULL;
	if (set && what && prefix && doc) {
		walk_query q = {.ns = prefix_uri((const char *)prefix)};
		if (except && except->type == XPATH_NODESET)
			q.except = except->nodesetval;
		if (by_suffix) {
			q.end = (const char *)what;
			q.end_len = strlen(q.end);
		} else {
			set_names(&q, doc, (const char *)what);
		}
		if (by_suffix || q.nnames > 0)
			collect((xmlNodePtr)doc, &q, set);
		free_names(&q);
	}
	xmlXPathFreeObject(except);
	xmlFree(what);
	xmlFree(prefix);
	valuePush(ctxt, xmlXPathWrapNodeSet(set));
}

/* fx:elements(prefix, names [, except]). */
static void fn_elements(xmlXPathParserContextPtr ctxt, int nargs)
{
	run_walk(ctxt, nargs, false);
}

/* fx:elements-ending(prefix, end [, except]). */
static void fn_elements_ending(xmlXPathParserContextPtr ctxt, int nargs)
{
	run_walk(ctxt, nargs, true);
}

const fx_xpath_function fx_walk_functions[] = {
    {"elements", fn_elements},
    {"elements-ending", fn_elements_ending},
    {NULL, NULL},
};
