/*
 * Reading the invoice conformance level from an XMP packet (libxml2, no
 * network, no DTD loading, no entity substitution).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"

/* Namespaces that carry ConformanceLevel, best first. */
static const char *const level_ns[] = {FX_PDF_NS_FACTURX, FX_PDF_NS_ZUGFERD2, FX_PDF_NS_ZUGFERD1};

/* Rank of namespace ns (0 = best), or -1. */
static int ns_rank(const xmlNs *ns)
{
	for (int i = 0; ns && ns->href && i < 3; i++)
		if (!strcmp((const char *)ns->href, level_ns[i]))
			return i;
	return -1;
}

/* Keeps value as the answer when rank beats the current one. */
static int offer(xmlChar *value, int rank, char **best, int *best_rank)
{
	if (!value)
		return fx_error_oom();
	if (*best && rank >= *best_rank) {
		xmlFree(value);
		return FX_OK;
	}
	const char *s = (const char *)value;
	size_t len = strlen(s);
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	while (len && strchr(" \t\r\n", *s)) {
		s++;
		len--;
	}
	char *copy = malloc(len + 1);
	if (!copy) {
		xmlFree(value);
		return fx_error_oom();
	}
	memcpy(copy, s, len);
	copy[len] = '\0';
	xmlFree(value);
	free(*best);
	*best = copy;
	*best_rank = rank;
	return FX_OK;
}

/* Looks at one element: itself and its attributes. */
static int look(xmlNode *n, char **best, int *best_rank)
{
	int rc = FX_OK, r = ns_rank(n->ns);
	if (r >= 0 && !strcmp((const char *)n->name, "ConformanceLevel"))
		rc = offer(xmlNodeGetContent(n), r, best, best_rank);
	for (xmlAttr *a = n->properties; a && rc >= 0; a = a->next) {
		r = ns_rank(a->ns);
		if (r >= 0 && !strcmp((const char *)a->name, "ConformanceLevel"))
			rc =
			    offer(xmlNodeListGetString(n->doc, a->children, 1), r, best, best_rank);
	}
	return rc;
}

/* Finds the level in the packet. */
int fx_pdf_xmp_find_level(const unsigned char *xmp, size_t len, char **out)
{
	if (len == 0 || len > INT_MAX)
		return fx_error_set(FX_EINVAL, "XMP metadata: empty or too large");
	xmlDocPtr doc = xmlReadMemory((const char *)xmp, (int)len, "xmp", NULL,
	                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc)
		return fx_error_set(FX_EINVAL, "XMP metadata is not well-formed XML");
	char *best = NULL;
	int best_rank = 99, rc = FX_OK;
	xmlNode *n = xmlDocGetRootElement(doc);
	while (n && rc >= 0) {
		if (n->type == XML_ELEMENT_NODE)
			rc = look(n, &best, &best_rank);
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n && !n->next)
			n = n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
		if (n)
			n = n->next;
	}
	xmlFreeDoc(doc);
	if (rc < 0) {
		free(best);
		return rc;
	}
	if (!best)
		return fx_error_set(FX_EMISSING, "XMP metadata has no fx:ConformanceLevel");
	*out = best;
	return FX_OK;
}
