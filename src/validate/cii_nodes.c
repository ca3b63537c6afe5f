/*
 * Navigation helpers for the C checks of the EN 16931 rules.
 */
#include "validate/cii_nodes.h"

#include <string.h>

#include "validate/functions.h"

/* Longest element name a path step may hold. */
#define FX_CII_MAX_STEP 96

/* True when node is an element called name in namespace ns. */
bool fx_node_is(xmlNodePtr node, const char *ns, const char *name)
{
	return node && node->type == XML_ELEMENT_NODE && node->ns &&
	       strcmp((const char *)node->name, name) == 0 &&
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

/* Splits the first step of path: namespace, local name, rest (or NULL). */
static const char *first_step(const char *path, const char **ns, char *name, size_t size)
{
	*ns = FX_NS_RAM;
	if (strncmp(path, "udt:", 4) == 0) {
		*ns = FX_NS_UDT;
		path += 4;
	} else if (strncmp(path, "rsm:", 4) == 0) {
		*ns = FX_NS_RSM;
		path += 4;
	}
	size_t len = strcspn(path, "/");
	if (len >= size)
		len = size - 1;
	memcpy(name, path, len);
	name[len] = '\0';
	return path[len] == '/' ? path + len + 1 : NULL;
}

/* True when path exists below node (any branch). */
bool fx_node_path_exists(xmlNodePtr node, const char *path)
{
	if (!node || !path)
		return false;
	if (path[0] == '@')
		return node->type == XML_ELEMENT_NODE &&
		       xmlHasNsProp(node, (const xmlChar *)path + 1, NULL) != NULL;
	const char *ns;
	char name[FX_CII_MAX_STEP];
	const char *rest = first_step(path, &ns, name, sizeof(name));
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (!fx_node_is(c, ns, name))
			continue;
		if (!rest || fx_node_path_exists(c, rest))
			return true;
	}
	return false;
}

/* True when node's string value is s. */
bool fx_node_text_is(xmlNodePtr node, const char *s)
{
	xmlChar *v = node ? xmlNodeGetContent(node) : NULL;
	bool same = v && strcmp((const char *)v, s) == 0;
	xmlFree(v);
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
	xmlChar *v = node ? xmlNodeGetContent(node) : NULL;
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
	xmlFree(v);
	return same;
}

/* Reads node's value as a decimal. */
bool fx_node_decimal(xmlNodePtr node, fx_decimal *out)
{
	xmlChar *v = node ? xmlNodeGetContent(node) : NULL;
	bool ok = v && fx_decimal_from_text((const char *)v, strlen((const char *)v), out);
	xmlFree(v);
	return ok;
}
