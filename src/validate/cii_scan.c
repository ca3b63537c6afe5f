/*
 * Cheap scans of a CII document for the C walks of the CEN families (see
 * cii_scan.h).
 */
#include "validate/cii_scan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate/cii_nodes.h"

#define FX_NS_QDT "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"

/* Namespace URI of a prefix of the paths (len bytes), or NULL. */
static const char *prefix_uri(const char *p, size_t len)
{
	if (len != 3)
		return NULL;
	if (memcmp(p, "ram", 3) == 0)
		return FX_NS_RAM;
	if (memcmp(p, "rsm", 3) == 0)
		return FX_NS_RSM;
	if (memcmp(p, "udt", 3) == 0)
		return FX_NS_UDT;
	if (memcmp(p, "qdt", 3) == 0)
		return FX_NS_QDT;
	return NULL;
}

/* True when element e answers the step of len bytes at s ("*" or
 * "prefix:Name"). */
static bool step_is(xmlNodePtr e, const char *s, size_t len)
{
	if (len == 1 && s[0] == '*')
		return true;
	const char *colon = memchr(s, ':', len);
	if (!colon)
		return false;
	size_t n = len - (size_t)(colon + 1 - s);
	if (strncmp((const char *)e->name, colon + 1, n) != 0 || e->name[n] != '\0')
		return false;
	const char *uri = prefix_uri(s, (size_t)(colon - s));
	return uri && e->ns && strcmp((const char *)e->ns->href, uri) == 0;
}

/* Matches node against the steps of path from the last one up. */
bool fx_node_at(xmlNodePtr node, const char *path)
{
	const char *end = path + strlen(path);
	while (end > path) {
		const char *start = end;
		while (start > path && start[-1] != '/')
			start--;
		if (start == path || !node || node->type != XML_ELEMENT_NODE ||
		    !step_is(node, start, (size_t)(end - start)))
			return false;
		node = node->parent;
		end = start - 1;
	}
	return node && (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE);
}

/* Walks up from node's parent looking for the element ns:name. */
bool fx_node_has_ancestor(xmlNodePtr node, const char *ns, const char *name)
{
	for (xmlNodePtr p = node ? node->parent : NULL; p && p->type == XML_ELEMENT_NODE;
	     p = p->parent)
		if (fx_node_is(p, ns, name))
			return true;
	return false;
}

/** The kinds of steps of a path. */
enum step_kind { STEP_RAM, STEP_UDT, STEP_RSM, STEP_ATTRIBUTE };

/** One step out of a trie node. */
typedef struct trie_edge {
	const char *name; /* local name (not NUL-terminated) */
	size_t len;
	int kind;                  /* enum step_kind */
	bool leaf;                 /* a path ends with this step */
	struct fx_path_trie *next; /* the steps after it, or NULL */
} trie_edge;

/** A trie node: its steps sorted by length, kind and name. */
struct fx_path_trie {
	trie_edge *edges;
	size_t n, cap;
	bool has_attributes; /* a step is an attribute */
};

/* The kind and local name of the step of len bytes at s. */
static int step_kind(const char *s, size_t len, const char **name, size_t *name_len)
{
	int kind = STEP_RAM;
	size_t skip = 0;
	if (len > 0 && s[0] == '@')
		kind = STEP_ATTRIBUTE, skip = 1;
	else if (len > 4 && memcmp(s, "udt:", 4) == 0)
		kind = STEP_UDT, skip = 4;
	else if (len > 4 && memcmp(s, "rsm:", 4) == 0)
		kind = STEP_RSM, skip = 4;
	*name = s + skip;
	*name_len = len - skip;
	return kind;
}

/* Adds path to t. Returns false when out of memory. */
static bool trie_insert(fx_path_trie *t, const char *path)
{
	const char *p = path;
	for (;;) {
		size_t len = strcspn(p, "/");
		const char *name;
		size_t name_len;
		int kind = step_kind(p, len, &name, &name_len);
		trie_edge *e = NULL;
		for (size_t i = 0; i < t->n && !e; i++)
			if (t->edges[i].kind == kind && t->edges[i].len == name_len &&
			    memcmp(t->edges[i].name, name, name_len) == 0)
				e = &t->edges[i];
		if (!e) {
			if (t->n == t->cap) {
				size_t cap = t->cap ? t->cap * 2 : 4;
				trie_edge *grown = realloc(t->edges, cap * sizeof(*grown));
				if (!grown)
					return false;
				t->edges = grown;
				t->cap = cap;
			}
			e = &t->edges[t->n++];
			*e = (trie_edge){name, name_len, kind, false, NULL};
			t->has_attributes = t->has_attributes || kind == STEP_ATTRIBUTE;
		}
		if (p[len] != '/') {
			e->leaf = true;
			return true;
		}
		if (!e->next && !(e->next = calloc(1, sizeof(*e->next))))
			return false;
		t = e->next;
		p += len + 1;
	}
}

/* Orders two edges by length, kind and name (for qsort and bsearch). */
static int cmp_edges(const void *a, const void *b)
{
	const trie_edge *x = a, *y = b;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return memcmp(x->name, y->name, x->len);
}

/* Sorts the edges of t and of every node below it. */
static void trie_sort(fx_path_trie *t)
{
	qsort(t->edges, t->n, sizeof(t->edges[0]), cmp_edges);
	for (size_t i = 0; i < t->n; i++)
		if (t->edges[i].next)
			trie_sort(t->edges[i].next);
}

/* Frees t and every node below it. */
void fx_path_trie_free(fx_path_trie *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		fx_path_trie_free(t->edges[i].next);
	free(t->edges);
	free(t);
}

/* Builds the trie of the paths. */
fx_path_trie *fx_path_trie_new(const char *const *paths, size_t n)
{
	fx_path_trie *t = calloc(1, sizeof(*t));
	for (size_t i = 0; t && i < n; i++)
		if (!trie_insert(t, paths[i])) {
			fx_path_trie_free(t);
			return NULL;
		}
	if (t)
		trie_sort(t);
	return t;
}

/* The edge of t for the step kind:name, or NULL. */
static const trie_edge *trie_find(const fx_path_trie *t, int kind, const xmlChar *name)
{
	trie_edge key = {(const char *)name, strlen((const char *)name), kind, false, NULL};
	return bsearch(&key, t->edges, t->n, sizeof(t->edges[0]), cmp_edges);
}

/** The step kind of the last namespace declaration met. */
typedef struct ns_memo {
	const xmlNs *ns;
	int kind; /* enum step_kind, -1 for a namespace no step names */
} ns_memo;

/* The step kind of element e (-1 when no step names its namespace). */
static int element_kind(xmlNodePtr e, ns_memo *m)
{
	if (!e->ns)
		return -1;
	if (e->ns != m->ns) {
		const char *href = (const char *)e->ns->href;
		m->ns = e->ns;
		m->kind = strcmp(href, FX_NS_RAM) == 0   ? STEP_RAM
		          : strcmp(href, FX_NS_UDT) == 0 ? STEP_UDT
		          : strcmp(href, FX_NS_RSM) == 0 ? STEP_RSM
		                                         : -1;
	}
	return m->kind;
}

/* True when a path of t exists below node. */
static bool trie_any(const fx_path_trie *t, xmlNodePtr node, ns_memo *m)
{
	for (xmlAttrPtr a = t->has_attributes ? node->properties : NULL; a; a = a->next) {
		const trie_edge *e = a->ns ? NULL : trie_find(t, STEP_ATTRIBUTE, a->name);
		if (e && e->leaf)
			return true;
	}
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		int kind = element_kind(c, m);
		const trie_edge *e = kind < 0 ? NULL : trie_find(t, kind, c->name);
		if (e && (e->leaf || (e->next && trie_any(e->next, c, m))))
			return true;
	}
	return false;
}

/* Matches the trie below node. */
bool fx_path_trie_any(const fx_path_trie *t, xmlNodePtr node)
{
	if (!t)
		return node != NULL;
	ns_memo m = {NULL, -1};
	return node && t->n > 0 && trie_any(t, node, &m);
}

/* Next element in document order. */
xmlNodePtr fx_next_element(xmlNodePtr e)
{
	for (xmlNodePtr c = e->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	while (e && e->type == XML_ELEMENT_NODE) {
		for (xmlNodePtr s = e->next; s; s = s->next)
			if (s->type == XML_ELEMENT_NODE)
				return s;
		e = e->parent;
	}
	return NULL;
}

/* Looks e's name up in the memo, classifying it on first sight. */
unsigned char fx_name_memo_get(fx_name_memo *m, xmlNodePtr e, fx_name_classify_fn classify)
{
	const void *ns = e->ns;
	size_t i = (((uintptr_t)e->name >> 4) ^ ((uintptr_t)ns >> 6)) & (FX_NAME_MEMO_SIZE - 1);
	for (; m->name[i]; i = (i + 1) & (FX_NAME_MEMO_SIZE - 1))
		if (m->name[i] == e->name && m->ns[i] == ns)
			return m->value[i];
	unsigned char v = classify(e->name, e->ns ? e->ns->href : NULL);
	if (m->used < FX_NAME_MEMO_SIZE / 4 * 3) {
		m->name[i] = e->name;
		m->ns[i] = ns;
		m->value[i] = v;
		m->used++;
	}
	return v;
}
