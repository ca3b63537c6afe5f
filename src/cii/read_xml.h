/*
 * Internal: the CII reader's context and its helpers to walk the libxml2
 * tree by namespace URI and read typed values (text, decimal, date, ...)
 * into the invoice model with located error messages.
 */
#ifndef FX_CII_READ_XML_H
#define FX_CII_READ_XML_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "facturx/invoice.h"

#define FX_CII_NS_RSM "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
#define FX_CII_NS_RAM                                                                              \
	"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
#define FX_CII_NS_UDT "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
#define FX_CII_NS_QDT "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"

/** State shared by the section readers. */
typedef struct fx_cii_reader {
	fx_invoice *inv;    /* the invoice being filled */
	const char *source; /* name used in messages ("<memory>" when none) */
} fx_cii_reader;

/* Returns the first element reached from node by following path, a list of
 * "prefix:Name" steps separated by '/', where prefix is one of rsm, ram,
 * udt, qdt (matched by namespace URI, not by the document's prefixes).
 * node: the start element (may be NULL); path: the steps. NULL if absent. */
xmlNode *fx_cii_find(const xmlNode *node, const char *path);

/* Returns the next sibling element with node's namespace and local name, so
 * that "for (n = fx_cii_find(p, "ram:X"); n; n = fx_cii_next(n))" visits
 * every ram:X child of p. node: the current element. */
xmlNode *fx_cii_next(const xmlNode *node);

/* Returns node's attribute name (no namespace) or NULL; the string is owned
 * by the tree. node: an element or NULL; name: the attribute name. */
const char *fx_cii_attr(const xmlNode *node, const char *name);

/* Returns a malloc'ed copy of the text of node (its text and CDATA
 * children) without leading and trailing white space, or NULL when node is
 * NULL or the text is empty. *oom is set to true when memory ran out. */
char *fx_cii_node_text(const xmlNode *node, bool *oom);

/* Records "source:line: what: detail" as an FX_EINVAL-like error of code
 * and returns code. r: the reader; node: where (may be NULL); what: the BT
 * and its name, e.g. "BT-131 line net amount"; detail: the message. */
int fx_cii_fail(const fx_cii_reader *r, const xmlNode *node, int code, const char *what,
                const char *detail);

/* Reads the text at path under node into *field (left untouched when the
 * element is absent or empty). r: reader; node: context element; path: as
 * for fx_cii_find ("" or NULL: node itself); what: BT label for messages. */
int fx_cii_text(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                char **field);

/* Reads attribute attr of the element at path under node into *field
 * (untouched when absent or empty). Parameters as for fx_cii_text. */
int fx_cii_attr_text(fx_cii_reader *r, const xmlNode *node, const char *path, const char *attr,
                     const char *what, char **field);

/* Reads the decimal at path under node into *out (untouched when absent).
 * A value that is not a plain decimal is FX_EINVAL "source:line: what:
 * expected a decimal number, got '...'". */
int fx_cii_decimal(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                   fx_decimal *out);

/* Reads a date at path under node: the element there carries the
 * "YYYYMMDD" text and an optional format attribute that must be 102.
 * *out is untouched when the element is absent; FX_EINVAL when malformed. */
int fx_cii_date(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                fx_date *out);

/* Reads an identifier: the text at path into out->id and its schemeID
 * attribute into out->scheme (untouched when absent; the scheme is read
 * only when the identifier is present). */
int fx_cii_identifier(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                      fx_identifier *out);

/* Reads a udt:Indicator ("true"/"false", also "1"/"0") at path under node.
 * *found is set to whether it is present; *out to its value when it is. */
int fx_cii_indicator(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                     bool *out, bool *found);

/* True when the element is in namespace ns with local name name. */
bool fx_cii_is(const xmlNode *node, const char *ns, const char *name);

#endif
