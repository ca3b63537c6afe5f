/*
 * Internal: quick navigation in a CII tree for the C checks of the EN 16931
 * rules (faster than XPath where a rule only looks at a few children).
 * Element names are local names; the namespace is the ram one unless a
 * step is written with the udt: or rsm: prefix.
 */
#ifndef FX_VALIDATE_CII_NODES_H
#define FX_VALIDATE_CII_NODES_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "facturx/decimal.h"

#define FX_NS_RSM "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
#define FX_NS_RAM                                                                                  \
	"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
#define FX_NS_UDT "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"

/* True when node is an element called name in namespace ns (a URI). */
bool fx_node_is(xmlNodePtr node, const char *ns, const char *name);

/* First child element of node called name in the ram namespace, or NULL. */
xmlNodePtr fx_node_child(xmlNodePtr node, const char *name);

/* Next sibling element after node with node's name and namespace, or NULL. */
xmlNodePtr fx_node_next(xmlNodePtr node);

/* True when path exists below node. path: steps separated by '/', each a
 * ram local name, or prefixed "udt:"/"rsm:", the last one may be "@attr"
 * (an attribute without namespace). Any matching branch counts. */
bool fx_node_path_exists(xmlNodePtr node, const char *path);

/* Number of nodes at path below node (same path syntax; an attribute
 * counts 1). */
size_t fx_node_path_count(xmlNodePtr node, const char *path);

/* True when the string value of node is exactly s (no trimming, as XPath's
 * = compares). */
bool fx_node_text_is(xmlNodePtr node, const char *s);

/* True when the string value of node, in ASCII upper case, is s. */
bool fx_node_text_upper_is(xmlNodePtr node, const char *s);

/* True when the string value of node, white space normalised as
 * normalize-space() does, is s. */
bool fx_node_text_normalized_is(xmlNodePtr node, const char *s);

/* Reads the string value of node as an xs:decimal. out: the value.
 * Returns false when it is not a number. */
bool fx_node_decimal(xmlNodePtr node, fx_decimal *out);

#endif
