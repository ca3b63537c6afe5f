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

/* strcmp for qsort on an array of strings. */
static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorts the paths with strcmp. */
void fx_paths_sort(const char **paths, size_t n)
{
	qsort(paths, n, sizeof(paths[0]), cmp_strings);
}

/* strcmp of the string pfx + name with r. */
static int cmp_step(const char *pfx, const xmlChar *name, const char *r)
{
	for (; *pfx; pfx++, r++)
		if (*pfx != *r)
			return (unsigned char)*pfx - (unsigned char)*r;
	for (; *name; name++, r++)
		if (*name != (xmlChar)*r)
			return (int)*name - (unsigned char)*r;
	return -(int)(unsigned char)*r;
}

/* Length of pfx + name when r starts with it, else 0. */
static size_t starts_with_step(const char *pfx, const xmlChar *name, const char *r)
{
	size_t n = 0;
	for (; *pfx; pfx++, n++)
		if (*pfx != r[n])
			return 0;
	for (; *name; name++, n++)
		if (*name != (xmlChar)r[n])
			return 0;
	return n;
}

/* First index of paths[0..n) whose text from off is not below pfx + name. */
static size_t lower_bound(const char *const *paths, size_t n, size_t off, const char *pfx,
                          const xmlChar *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_step(pfx, name, paths[mid] + off) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool any_below(const char *const *paths, size_t n, size_t off, xmlNodePtr node);

/* True when one of paths[0..n) (remainders from off) starts with the step
 * pfx + name and exists below child, the element of that step (NULL for an
 * attribute). */
static bool step_any(const char *const *paths, size_t n, size_t off, const char *pfx,
                     const xmlChar *name, xmlNodePtr child)
{
	for (size_t i = lower_bound(paths, n, off, pfx, name); i < n; i++) {
		const char *r = paths[i] + off;
		size_t m = starts_with_step(pfx, name, r);
		if (m == 0)
			return false;
		if (r[m] == '\0')
			return true;
		if (r[m] != '/') {
			if ((unsigned char)r[m] > '/')
				return false;
			continue;
		}
		if (!child)
			continue;
		size_t j = i + 1;
		while (j < n && strncmp(paths[j] + off, r, m + 1) == 0)
			j++;
		if (any_below(paths + i, j - i, off + m + 1, child))
			return true;
		i = j - 1;
	}
	return false;
}

/* The path prefix of element e's namespace ("" for ram), or NULL when no
 * path names that namespace. */
static const char *element_prefix(xmlNodePtr e)
{
	if (!e->ns)
		return NULL;
	const char *href = (const char *)e->ns->href;
	if (strcmp(href, FX_NS_RAM) == 0)
		return "";
	if (strcmp(href, FX_NS_UDT) == 0)
		return "udt:";
	if (strcmp(href, FX_NS_RSM) == 0)
		return "rsm:";
	return NULL;
}

/* any_below for paths[0..n) that share their first off bytes. */
static bool any_below(const char *const *paths, size_t n, size_t off, xmlNodePtr node)
{
	for (xmlAttrPtr a = node->properties; a; a = a->next)
		if (!a->ns && step_any(paths, n, off, "@", a->name, NULL))
			return true;
	xmlNsPtr last_ns = NULL;
	const char *pfx = NULL;
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (c->ns != last_ns || !last_ns) {
			last_ns = c->ns;
			pfx = element_prefix(c);
		}
		if (pfx && step_any(paths, n, off, pfx, c->name, c))
			return true;
	}
	return false;
}

/* Matches the sorted paths below node. */
bool fx_paths_any(const char *const *paths, size_t n, xmlNodePtr node)
{
	return node && n > 0 && any_below(paths, n, 0, node);
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
