/*
 * Navigation helpers for the C checks of the EN 16931 rules.
 */
#include "validate/cii_nodes.h"

#include <string.h>

#include "validate/functions.h"

/* True when node is an element called name in namespace ns. */
bool fx_node_is(xmlNodePtr node, const char *ns, const char *name)
{
	return node && node->type == XML_ELEMENT_NODE && node->name[0] == name[0] &&
	       strcmp((const char *)node->name, name) == 0 && node->ns &&
	       strcmp((const char *)node->ns->href, ns) == 0;
}

/* First ram child called name. */
xmlNodePtr fx_node_child(xmlNodePtr node, const char *name)
{
	for (xmlNodePtr c = node ? node->children : NULL; c; c = c->next)
		if (fx_node_is(c, FX_NS_RAM, name))
			return c;
	return NULL;
}

/* Next sibling with the same expanded name. */
xmlNodePtr fx_node_next(xmlNodePtr node)
{
	if (!node || !node->ns)
		return NULL;
	for (xmlNodePtr c = node->next; c; c = c->next)
		if (fx_node_is(c, (const char *)node->ns->href, (const char *)node->name))
			return c;
	return NULL;
}

/* Splits the first step of path: namespace, local name (*name, *len) and
 * the rest of the path (NULL when none). */
static const char *first_step(const char *path, const char **ns, const char **name, size_t *len)
{
	*ns = FX_NS_RAM;
	if (strncmp(path, "udt:", 4) == 0) {
		*ns = FX_NS_UDT;
		path += 4;
	} else if (strncmp(path, "rsm:", 4) == 0) {
		*ns = FX_NS_RSM;
		path += 4;
	}
	*name = path;
	*len = strcspn(path, "/");
	return path[*len] == '/' ? path + *len + 1 : NULL;
}

/* True when element e is called name (len bytes) in namespace ns. */
static bool step_matches(xmlNodePtr e, const char *ns, const char *name, size_t len)
{
	return e->type == XML_ELEMENT_NODE && e->name[0] == (xmlChar)name[0] &&
	       strncmp((const char *)e->name, name, len) == 0 && e->name[len] == '\0' && e->ns &&
	       strcmp((const char *)e->ns->href, ns) == 0;
}

/* Counts the nodes at path below node, stopping at limit. */
static size_t path_count(xmlNodePtr node, const char *path, size_t limit)
{
	if (!node || !path)
		return 0;
	if (path[0] == '@')
		return node->type == XML_ELEMENT_NODE &&
		       xmlHasNsProp(node, (const xmlChar *)path + 1, NULL) != NULL;
	const char *ns, *name;
	size_t len;
	const char *rest = first_step(path, &ns, &name, &len);
	size_t n = 0;
	for (xmlNodePtr c = node->children; c && n < limit; c = c->next) {
		if (step_matches(c, ns, name, len))
			n += rest ? path_count(c, rest, limit - n) : 1;
	}
	return n;
}

/* True when path exists below node (any branch). */
bool fx_node_path_exists(xmlNodePtr node, const char *path)
{
	return path_count(node, path, 1) > 0;
}

/* Number of nodes at path below node. */
size_t fx_node_path_count(xmlNodePtr node, const char *path)
{
	return path_count(node, path, (size_t)-1);
}

/* The string value of node without a copy when it is a single text or
 * CDATA node (the usual case), else NULL. */
static const xmlChar *direct_text(xmlNodePtr node)
{
	xmlNodePtr c = node->children;
	if (!c)
		return (const xmlChar *)"";
	if (!c->next && (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE))
		return c->content ? c->content : (const xmlChar *)"";
	return NULL;
}

/* The string value of node: direct when possible, else a copy stored in
 * *copy (free it with xmlFree). NULL only when out of memory. */
static const xmlChar *text_of(xmlNodePtr node, xmlChar **copy)
{
	*copy = NULL;
	if (node->type == XML_ELEMENT_NODE || node->type == XML_ATTRIBUTE_NODE) {
		const xmlChar *t = direct_text(node);
		if (t)
			return t;
	}
	*copy = xmlNodeGetContent(node);
	return *copy;
}

/* True when node's string value is s. */
bool fx_node_text_is(xmlNodePtr node, const char *s)
{
	if (!node)
		return false;
	xmlChar *copy;
	const xmlChar *v = text_of(node, &copy);
	bool same = v && strcmp((const char *)v, s) == 0;
	xmlFree(copy);
	return same;
}

/* True when node's string value in ASCII upper case is s (upper case). */
bool fx_node_text_upper_is(xmlNodePtr node, const char *s)
{
	if (!node)
		return false;
	xmlChar *copy;
	const xmlChar *v = text_of(node, &copy);
	bool same = v != NULL;
	size_t i = 0;
	for (; same && v[i] && s[i]; i++) {
		xmlChar c = v[i] >= 'a' && v[i] <= 'z' ? (xmlChar)(v[i] - 'a' + 'A') : v[i];
		same = c == (xmlChar)s[i];
	}
	same = same && v[i] == '\0' && s[i] == '\0';
	xmlFree(copy);
	return same;
}

/* True for the characters normalize-space() treats as white space. */
static bool is_space(xmlChar c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* True when node's normalised string value is s. */
bool fx_node_text_normalized_is(xmlNodePtr node, const char *s)
{
	if (!node)
		return false;
	xmlChar *copy;
	const xmlChar *v = text_of(node, &copy);
	if (!v)
		return false;
	const xmlChar *p = v;
	bool same = true;
	while (is_space(*p))
		p++;
	while (*p && same) {
		if (is_space(*p)) {
			while (is_space(*p))
				p++;
			if (*p)
				same = *s++ == ' ';
			continue;
		}
		same = *s++ == (char)*p++;
	}
	same = same && *s == '\0';
	xmlFree(copy);
	return same;
}

/* Reads node's value as a decimal. */
bool fx_node_decimal(xmlNodePtr node, fx_decimal *out)
{
	if (!node)
		return false;
	xmlChar *copy;
	const xmlChar *v = text_of(node, &copy);
	bool ok = v && fx_decimal_from_text((const char *)v, strlen((const char *)v), out);
	xmlFree(copy);
	return ok;
}
