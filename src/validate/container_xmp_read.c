/*
 * Layer 1: reading an XMP packet as RDF/XML: simple property values (in
 * attribute or element form) and the PDF/A extension schema descriptions
 * (pdfaExtension:schemas, in rdf:parseType="Resource" or nested
 * rdf:Description form).
 */
#include <stdlib.h>
#include <string.h>

#include "validate/container_internal.h"

/* Nodes visited at most while looking for schemas (hostile XMP). */
#define XMP_MAX_NODES 200000

/* True when node is the element ns:local. */
static bool is_element(const xmlNode *n, const char *ns, const char *local)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       !strcmp((const char *)n->ns->href, ns) && !strcmp((const char *)n->name, local);
}

/* A malloc'ed copy of s without leading and trailing white space. */
static char *trimmed(const xmlChar *value)
{
	const char *s = (const char *)value;
	size_t len = strlen(s);
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	while (len && strchr(" \t\r\n", *s)) {
		s++;
		len--;
	}
	char *copy = malloc(len + 1);
	if (copy) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

/* The trimmed text of ns:local on node (attribute or child element). */
char *fx_xmp_field(xmlNodePtr node, const char *ns, const char *local)
{
	if (!node || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttr *a = node->properties; a; a = a->next) {
		if (a->ns && a->ns->href && !strcmp((const char *)a->ns->href, ns) &&
		    !strcmp((const char *)a->name, local)) {
			xmlChar *v = xmlNodeListGetString(node->doc, a->children, 1);
			char *t = trimmed(v ? v : (const xmlChar *)"");
			xmlFree(v);
			return t;
		}
	}
	for (xmlNode *k = node->children; k; k = k->next) {
		if (is_element(k, ns, local)) {
			xmlChar *v = xmlNodeGetContent(k);
			char *t = trimmed(v ? v : (const xmlChar *)"");
			xmlFree(v);
			return t;
		}
	}
	return NULL;
}

/* The rdf:RDF element: the root or a child of x:xmpmeta. */
static xmlNodePtr rdf_root(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (is_element(root, FX_XMP_NS_RDF, "RDF"))
		return root;
	for (xmlNode *k = root ? root->children : NULL; k; k = k->next)
		if (is_element(k, FX_XMP_NS_RDF, "RDF"))
			return k;
	return NULL;
}

/* The value of property ns:local on any top-level rdf:Description. */
char *fx_xmp_value(xmlDocPtr doc, const char *ns, const char *local)
{
	xmlNodePtr rdf = doc ? rdf_root(doc) : NULL;
	for (xmlNode *d = rdf ? rdf->children : NULL; d; d = d->next) {
		if (!is_element(d, FX_XMP_NS_RDF, "Description"))
			continue;
		char *v = fx_xmp_field(d, ns, local);
		if (v)
			return v;
	}
	return NULL;
}

/* The next node of a depth-first walk below top, or NULL. */
static xmlNodePtr next_node(xmlNodePtr n, xmlNodePtr top)
{
	if (n->children && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n && n != top && !n->next)
		n = n->parent;
	return n && n != top ? n->next : NULL;
}

/* The first element below top (top included) for which ns:key equals
 * want, as attribute or child element; the owner is returned. */
static xmlNodePtr find_owner(xmlNodePtr top, const char *ns, const char *key, const char *want)
{
	size_t visited = 0;
	for (xmlNodePtr n = top; n && visited < XMP_MAX_NODES; n = next_node(n, top), visited++) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		char *v = fx_xmp_field(n, ns, key);
		bool hit = v && !strcmp(v, want);
		free(v);
		if (hit)
			return n;
	}
	return NULL;
}

/* The extension schema describing namespace ns_uri. */
xmlNodePtr fx_xmp_find_schema(xmlDocPtr doc, const char *ns_uri)
{
	xmlNodePtr rdf = doc ? rdf_root(doc) : NULL;
	return rdf ? find_owner(rdf, FX_XMP_NS_SCHEMA, "namespaceURI", ns_uri) : NULL;
}

/* The description of property name in schema. */
xmlNodePtr fx_xmp_find_property(xmlNodePtr schema, const char *name)
{
	for (xmlNode *k = schema ? schema->children : NULL; k; k = k->next)
		if (is_element(k, FX_XMP_NS_SCHEMA, "property"))
			return find_owner(k, FX_XMP_NS_PROPERTY, "name", name);
	return NULL;
}
