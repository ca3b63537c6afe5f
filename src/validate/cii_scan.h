/*
 * Internal: cheap scans of a CII document for the C walks of the CEN
 * families (CII-SR, CII-DT, BR-CL): position tests against absolute paths,
 * tries of forbidden paths matched in one pass over the children,
 * a memo of element names, and a document-order element iterator.
 */
#ifndef FX_VALIDATE_CII_SCAN_H
#define FX_VALIDATE_CII_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

/* True when element node is at path, an absolute XPath location path of
 * child steps "prefix:Name" (prefixes rsm, ram, udt, qdt) or "*", e.g.
 * "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode": the last
 * step names node, each step before names its parent and the first one the
 * root element. */
bool fx_node_at(xmlNodePtr node, const char *path);

/* True when an ancestor element of node is called name in namespace ns. */
bool fx_node_has_ancestor(xmlNodePtr node, const char *ns, const char *name);

/** A set of paths (the syntax of fx_node_path_exists: ram names separated
 * by '/', "udt:" or "rsm:" prefixes, a final "@attribute") as a trie whose
 * steps are found by binary search. */
typedef struct fx_path_trie fx_path_trie;

/* Builds the trie of the n paths (which must live as long as it). Meant to
 * be built once per process (it is never freed); NULL when out of memory. */
fx_path_trie *fx_path_trie_new(const char *const *paths, size_t n);

/* Frees trie t (NULL is ignored). */
void fx_path_trie_free(fx_path_trie *t);

/* True when one of t's paths exists below node (the answer of
 * fx_node_path_exists for any of them), found in one pass over the children
 * and attributes the paths name. A NULL t answers true for any node (the
 * caller then checks each path). */
bool fx_path_trie_any(const fx_path_trie *t, xmlNodePtr node);

/* The next element after e in document order within e's tree (its first
 * child element, else the next element of it or of an ancestor), or NULL. */
xmlNodePtr fx_next_element(xmlNodePtr e);

/* Number of entries of a name memo (a power of two). */
#define FX_NAME_MEMO_SIZE 512

/** Classes of element names already seen, keyed by the name and namespace
 * pointers (names of a parsed document are interned in its dictionary). */
typedef struct fx_name_memo {
	const xmlChar *name[FX_NAME_MEMO_SIZE];
	const void *ns[FX_NAME_MEMO_SIZE];
	unsigned char value[FX_NAME_MEMO_SIZE];
	size_t used;
} fx_name_memo;

/* Computes the class of an element name: local name, namespace URI (NULL
 * for none); 0 for "no class". */
typedef unsigned char (*fx_name_classify_fn)(const xmlChar *name, const xmlChar *ns);

/* The class of element e's name, computed once per name by classify. m:
 * zero-initialised before first use. */
unsigned char fx_name_memo_get(fx_name_memo *m, xmlNodePtr e, fx_name_classify_fn classify);

#endif
