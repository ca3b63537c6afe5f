/*
 * PDF name trees (ISO 32000 7.9.6): reading every entry of a possibly
 * hostile tree, and writing a sorted single-node tree.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"

/* Appends one entry, copying the key. */
int fx_name_list_add(fx_name_list *list, const unsigned char *key, size_t key_len, qpdf_oh value)
{
	if (list->count == list->cap) {
		size_t nc = list->cap ? list->cap * 2 : 8;
		fx_name_entry *p = realloc(list->items, nc * sizeof *p);
		if (!p)
			return fx_error_oom();
		list->items = p;
		list->cap = nc;
	}
	unsigned char *k = malloc(key_len + 1);
	if (!k)
		return fx_error_oom();
	if (key_len)
		memcpy(k, key, key_len);
	k[key_len] = '\0';
	list->items[list->count].key = k;
	list->items[list->count].key_len = key_len;
	list->items[list->count].value = value;
	list->count++;
	return FX_OK;
}

/* Frees the list's memory (qpdf handles are released with the session). */
void fx_name_list_free(fx_name_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		free(list->items[i].key);
	free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}

/* Byte-wise key order. */
static int entry_cmp(const void *a, const void *b)
{
	const fx_name_entry *x = a, *y = b;
	size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
	int c = n ? memcmp(x->key, y->key, n) : 0;
	if (c)
		return c;
	return (x->key_len > y->key_len) - (x->key_len < y->key_len);
}

/* Sorts the entries by key. */
void fx_name_list_sort(fx_name_list *list)
{
	if (list->count > 1)
		qsort(list->items, list->count, sizeof *list->items, entry_cmp);
}

/* Adds the key/value pairs of one node's /Names array. */
static int read_leaf(qpdf_data q, qpdf_oh names, fx_name_list *list)
{
	int n = qpdf_oh_get_array_n_items(q, names);
	for (int i = 0; i + 1 < n; i += 2) {
		if (list->count >= FX_PDF_MAX_TREE_ENTRIES)
			return FX_OK;
		qpdf_oh v = qpdf_oh_get_array_item(q, names, i + 1);
		qpdf_oh k = qpdf_oh_get_array_item(q, names, i);
		size_t klen = 0;
		/* the key bytes are used (copied) before any other qpdf call */
		const char *kb =
		    qpdf_oh_is_string(q, k) ? qpdf_oh_get_binary_string_value(q, k, &klen) : NULL;
		int rc = kb ? fx_name_list_add(list, (const unsigned char *)kb, klen, v) : FX_OK;
		if (!kb)
			qpdf_oh_release(q, v);
		qpdf_oh_release(q, k);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}

/* One node waiting to be read. */
typedef struct pending {
	qpdf_oh node;
	int depth;
} pending;

/* A stack of nodes to read. */
typedef struct walk {
	pending *items;
	size_t top, cap;
} walk;

/* Pushes a node. */
static int walk_push(walk *w, qpdf_oh node, int depth)
{
	if (w->top == w->cap) {
		size_t nc = w->cap ? w->cap * 2 : 8;
		pending *s = realloc(w->items, nc * sizeof *s);
		if (!s)
			return fx_error_oom();
		w->items = s;
		w->cap = nc;
	}
	w->items[w->top++] = (pending){node, depth};
	return FX_OK;
}

/* Reads one node: its /Names pairs, and queues its /Kids. */
static int read_node(qpdf_data q, pending p, walk *w, fx_objset *seen, fx_name_list *list)
{
	if (!qpdf_oh_is_dictionary(q, p.node) || p.depth > FX_PDF_MAX_TREE_DEPTH)
		return FX_OK;
	if (qpdf_oh_is_indirect(q, p.node)) {
		int rc = fx_objset_add(seen, qpdf_oh_get_object_id(q, p.node),
		                       qpdf_oh_get_generation(q, p.node));
		if (rc <= 0)
			return rc; /* 0: already read (a loop) */
	}
	int rc = FX_OK;
	qpdf_oh names = qpdf_oh_get_key(q, p.node, "/Names");
	if (qpdf_oh_is_array(q, names))
		rc = read_leaf(q, names, list);
	qpdf_oh_release(q, names);
	qpdf_oh kids = qpdf_oh_get_key(q, p.node, "/Kids");
	int n = qpdf_oh_is_array(q, kids) ? qpdf_oh_get_array_n_items(q, kids) : 0;
	/* pushed in reverse so that kids are read in order */
	for (int i = n - 1; i >= 0 && rc >= 0; i--)
		rc = walk_push(w, qpdf_oh_get_array_item(q, kids, i), p.depth + 1);
	qpdf_oh_release(q, kids);
	return rc;
}

/* Reads every entry reachable from node. */
int fx_name_tree_read(qpdf_data q, qpdf_oh node, fx_name_list *list)
{
	fx_objset seen = {0};
	walk w = {0};
	size_t visited = 0;
	int rc = walk_push(&w, qpdf_oh_new_object(q, node), 0);
	while (rc >= 0 && w.top > 0 && visited++ < FX_PDF_MAX_TREE_ENTRIES) {
		pending p = w.items[--w.top];
		rc = read_node(q, p, &w, &seen, list);
		qpdf_oh_release(q, p.node);
	}
	free(w.items);
	fx_objset_free(&seen);
	return rc < 0 ? rc : FX_OK;
}

/* Writes list (sorted) as one leaf node. */
qpdf_oh fx_name_tree_build(qpdf_data q, const fx_name_list *list)
{
	qpdf_oh dict = qpdf_oh_new_dictionary(q);
	qpdf_oh arr = qpdf_oh_new_array(q);
	for (size_t i = 0; i < list->count; i++) {
		qpdf_oh k = qpdf_oh_new_binary_string(q, (const char *)list->items[i].key,
		                                      list->items[i].key_len);
		qpdf_oh_append_item(q, arr, k);
		qpdf_oh_append_item(q, arr, list->items[i].value);
		qpdf_oh_release(q, k);
	}
	qpdf_oh_replace_key(q, dict, "/Names", arr);
	qpdf_oh_release(q, arr);
	return dict;
}
