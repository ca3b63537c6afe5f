/*
 * Field paths of a mapping ("buyer.address.city", "lines.quantity",
 * "buyer.legal_id.scheme") resolved against the key tables of the JSON
 * description, and column names folded for matching.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/ucasemap.h>

#include "batch/batch_mapping.h"
#include "core/error.h"
#include "input/json/json_diag.h"

/* Finds the field named seg/len in table t, or NULL. */
static const fx_jfield *find_field(const fx_jtable *t, const char *seg, size_t len)
{
	for (size_t i = 0; i < t->n_fields; i++)
		if (strlen(t->fields[i].key) == len && memcmp(t->fields[i].key, seg, len) == 0)
			return &t->fields[i];
	return NULL;
}

/* Reports an unknown segment with the closest key of t. */
static int unknown_field(const fx_jtable *t, const char *seg, size_t len, const char *path,
                         size_t path_len)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < t->n_fields; i++) {
		const char *k = t->fields[i].key;
		size_t d = fx_json_key_distance(seg, len, k, strlen(k));
		if (k[0] != '$' && d < best_d) {
			best_d = d;
			best = k;
		}
	}
	if (best && best_d <= (len <= 3 ? 1u : 3u))
		return fx_error_set(FX_EINVAL, "unknown field '%.*s' in '%.*s'; did you mean '%s'?",
		                    (int)len, seg, (int)path_len, path, best);
	return fx_error_set(FX_EINVAL,
	                    "unknown field '%.*s' in '%.*s' (fields are the keys of the "
	                    "invoice description, docs/invoice-json.md)",
	                    (int)len, seg, (int)path_len, path);
}

/* Returns the slot of the array path key/len, adding it when new. */
static int slot_for(fx_bm_resolver *rs, const char *key, size_t len, bool line)
{
	fx_batch_mapping *m = rs->m;
	for (size_t i = 0; i < m->n_slots; i++)
		if (strlen(m->slot_keys[i]) == len && memcmp(m->slot_keys[i], key, len) == 0)
			return (int)i;
	if (m->n_slots == rs->slots_cap) {
		size_t cap = rs->slots_cap ? rs->slots_cap * 2 : 8;
		const char **keys = fx_arena_alloc(m->arena, cap * sizeof *keys);
		bool *lines = fx_arena_alloc(m->arena, cap * sizeof *lines);
		if (!keys || !lines)
			return fx_error_oom();
		if (m->n_slots) {
			memcpy(keys, m->slot_keys, m->n_slots * sizeof *keys);
			memcpy(lines, m->slot_line, m->n_slots * sizeof *lines);
		}
		m->slot_keys = keys;
		m->slot_line = lines;
		rs->slots_cap = cap;
	}
	char *copy = fx_arena_alloc(m->arena, len + 1);
	if (!copy)
		return fx_error_oom();
	memcpy(copy, key, len);
	copy[len] = '\0';
	m->slot_keys[m->n_slots] = copy;
	m->slot_line[m->n_slots] = line;
	return (int)m->n_slots++;
}

/** The walk along a path. */
typedef struct walk {
	const fx_jtable *table; /* where the next segment is looked up */
	bool ident;             /* the last step was an identifier: id or scheme may follow */
	bool done;              /* the last step was a value: nothing may follow */
	size_t canon_len;       /* length of the canonical path so far */
} walk;

/* Resolves one segment seg/len of path into t. */
static int resolve_segment(fx_bm_resolver *rs, walk *w, fx_bm_target *t, const char *seg,
                           size_t len, const char *path, size_t path_len, char *canon)
{
	if (w->done)
		return fx_error_set(FX_EINVAL, "'%.*s': '%.*s' is not a group of fields",
		                    (int)path_len, path, (int)w->canon_len, canon);
	if (w->ident) {
		bool scheme = len == 6 && memcmp(seg, "scheme", 6) == 0;
		if (!scheme && !(len == 2 && memcmp(seg, "id", 2) == 0))
			return fx_error_set(FX_EINVAL,
			                    "'%.*s': an identifier has 'id' and 'scheme'",
			                    (int)path_len, path);
		t->scheme = scheme;
		w->ident = false;
		w->done = true;
		return FX_OK;
	}
	const fx_jfield *f = find_field(w->table, seg, len);
	if (!f || f->kind == FX_JK_IGNORED)
		return unknown_field(w->table, seg, len, path, path_len);
	if (f->kind == FX_JK_DATA)
		return fx_error_set(FX_EINVAL, "'%.*s': binary data cannot come from a CSV cell",
		                    (int)path_len, path);
	if (t->n_steps == FX_BM_MAX_STEPS)
		return fx_error_set(FX_EINVAL, "'%.*s': too deep", (int)path_len, path);
	w->canon_len +=
	    (size_t)sprintf(canon + w->canon_len, "%s%s", w->canon_len ? "." : "", f->key);
	t->steps[t->n_steps] = f;
	t->slots[t->n_steps] = -1;
	if (f->kind == FX_JK_ARRAY || f->kind == FX_JK_IDENT_ARRAY) {
		int slot = slot_for(rs, canon, w->canon_len, t->line);
		if (slot < 0)
			return slot;
		t->slots[t->n_steps] = slot;
	}
	t->n_steps++;
	w->table = f->sub;
	w->ident = f->kind == FX_JK_IDENT || f->kind == FX_JK_IDENT_ARRAY;
	w->done = f->kind != FX_JK_OBJECT && f->kind != FX_JK_ARRAY && !w->ident;
	t->bt = f->bt;
	return FX_OK;
}

/* Resolves a field path. */
int fx_bm_resolve(fx_bm_resolver *rs, const char *path, size_t len, fx_bm_target *t)
{
	memset(t, 0, sizeof *t);
	char canon[256];
	if (len == 0 || len >= sizeof canon - 16)
		return fx_error_set(FX_EINVAL,
		                    "expected a field of the invoice description, such as "
		                    "\"buyer.name\" or \"lines.quantity\"");
	walk w = {&fx_jt_invoice, false, false, 0};
	size_t i = 0;
	if (len > 6 && memcmp(path, "lines.", 6) == 0) {
		t->line = true;
		w.table = &fx_jt_line;
		i = 6;
		w.canon_len = (size_t)sprintf(canon, "lines");
	}
	while (i <= len) {
		const char *dot = memchr(path + i, '.', len - i);
		size_t seg_len = dot ? (size_t)(dot - (path + i)) : len - i;
		if (seg_len == 0)
			return fx_error_set(FX_EINVAL, "'%.*s': empty field name", (int)len, path);
		int rc = resolve_segment(rs, &w, t, path + i, seg_len, path, len, canon);
		if (rc < 0)
			return rc;
		i += seg_len + 1;
	}
	const fx_jfield *last = t->steps[t->n_steps - 1];
	if (last->kind == FX_JK_OBJECT || last->kind == FX_JK_ARRAY ||
	    (!t->line && strcmp(last->key, "lines") == 0))
		return fx_error_set(FX_EINVAL,
		                    "'%.*s' is a group of fields: name one of them, "
		                    "e.g. '%.*s.%s'",
		                    (int)len, path, (int)len, path, last->sub->fields[0].key);
	if (t->scheme)
		w.canon_len += (size_t)sprintf(canon + w.canon_len, ".scheme");
	char *copy = fx_arena_alloc(rs->m->arena, w.canon_len + 1);
	if (!copy)
		return fx_error_oom();
	memcpy(copy, canon, w.canon_len + 1);
	t->path = copy;
	return FX_OK;
}

/* Names the kind of value a target takes. */
const char *fx_bm_kind_name(const fx_bm_target *t)
{
	if (t->scheme)
		return "an identifier scheme";
	switch (t->steps[t->n_steps - 1]->kind) {
	case FX_JK_DECIMAL:
		return "a number";
	case FX_JK_DATE:
		return "a date";
	case FX_JK_BOOL:
		return "oui or non";
	case FX_JK_IDENT:
	case FX_JK_IDENT_ARRAY:
		return "an identifier";
	case FX_JK_PROFILE:
		return "a Factur-X profile";
	case FX_JK_CATEGORY:
		return "biens, services or mixte";
	default:
		return "a text";
	}
}

/* Case-folds and trims a column name. */
char *fx_bm_fold(fx_arena *a, const char *s, size_t len)
{
	while (len && (s[0] == ' ' || s[0] == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	size_t cap = len * 3 + 1;
	char *out = fx_arena_alloc(a, cap);
	if (!out)
		return NULL;
	UErrorCode err = U_ZERO_ERROR;
	UCaseMap *cm = ucasemap_open(NULL, 0, &err);
	int32_t n = U_SUCCESS(err)
	                ? ucasemap_utf8FoldCase(cm, out, (int32_t)cap, s, (int32_t)len, &err)
	                : 0;
	ucasemap_close(cm);
	if (U_FAILURE(err) || n < 0 || (size_t)n >= cap) {
		memcpy(out, s, len);
		n = (int32_t)len;
	}
	out[n] = '\0';
	return out;
}

/* Finds the first column mapped to the invoice number. */
const fx_bm_column *fx_bm_key_column(const fx_batch_mapping *m)
{
	for (size_t i = 0; i < m->n_columns; i++)
		if (strcmp(m->columns[i].target.path, "number") == 0)
			return &m->columns[i];
	return NULL;
}
