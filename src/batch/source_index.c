/*
 * The index of invoice numbers: a hash table (FNV-1a, open addressing)
 * whose entries keep where each number's rows start and whether they come
 * back later; and the pass over a file that fills it.
 */
#include <stdlib.h>
#include <string.h>

#include "batch/batch_source.h"
#include "core/error.h"

/* FNV-1a hash of s/len. */
static size_t hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return (size_t)h;
}

/* Finds a number. */
fx_bentry *fx_bindex_find(const fx_bindex *idx, const char *number, size_t len)
{
	if (!idx->cap)
		return NULL;
	for (size_t i = hash(number, len) & (idx->cap - 1);; i = (i + 1) & (idx->cap - 1)) {
		fx_bentry *e = idx->table[i];
		if (!e)
			return NULL;
		if (strlen(e->number) == len && memcmp(e->number, number, len) == 0)
			return e;
	}
}

/* Doubles the table (or makes the first one). */
static int grow(fx_bindex *idx)
{
	size_t cap = idx->cap ? idx->cap * 2 : 1024;
	fx_bentry **t = calloc(cap, sizeof *t);
	if (!t)
		return fx_error_oom();
	for (size_t k = 0; k < idx->n; k++) {
		fx_bentry *e = idx->order[k];
		size_t i = hash(e->number, strlen(e->number)) & (cap - 1);
		while (t[i])
			i = (i + 1) & (cap - 1);
		t[i] = e;
	}
	free(idx->table);
	idx->table = t;
	idx->cap = cap;
	return FX_OK;
}

/* Adds a number. */
int fx_bindex_add(fx_bindex *idx, fx_arena *a, const char *number, size_t len, fx_bentry **out)
{
	if ((idx->n + 1) * 10 > idx->cap * 7 && grow(idx) < 0)
		return FX_ENOMEM;
	if (idx->n == idx->order_cap) {
		size_t cap = idx->order_cap ? idx->order_cap * 2 : 1024;
		fx_bentry **o = realloc(idx->order, cap * sizeof *o);
		if (!o)
			return fx_error_oom();
		idx->order = o;
		idx->order_cap = cap;
	}
	fx_bentry *e = fx_arena_calloc(a, sizeof *e);
	char *copy = fx_arena_alloc(a, len + 1);
	if (!e || !copy)
		return fx_error_oom();
	memcpy(copy, number, len);
	copy[len] = '\0';
	e->number = copy;
	size_t i = hash(number, len) & (idx->cap - 1);
	while (idx->table[i])
		i = (i + 1) & (idx->cap - 1);
	idx->table[i] = e;
	idx->order[idx->n++] = e;
	*out = e;
	return FX_OK;
}

/* Frees the tables. */
void fx_bindex_free(fx_bindex *idx)
{
	free(idx->table);
	free(idx->order);
	memset(idx, 0, sizeof *idx);
}

/* Keeps a copy of the key s/len in the source's buffer. */
static int keep_key(fx_bsrc *s, const char *key, size_t len)
{
	if (len + 1 > s->key_cap) {
		char *p = realloc(s->key_buf, len + 1);
		if (!p)
			return fx_error_oom();
		s->key_buf = p;
		s->key_cap = len + 1;
	}
	memcpy(s->key_buf, key, len);
	s->key_buf[len] = '\0';
	return FX_OK;
}

/** The pass over a file. */
typedef struct pass {
	fx_bentry *cur; /* the entry of the current run, NULL for an empty key */
	bool first_run; /* the current run is the first of its number */
	bool started;   /* a run was seen */
	size_t key_len; /* length of the current run's key */
} pass;

/* Takes record rec (not blank) into the pass. */
static int index_record(fx_bsrc *s, const fx_bfile *f, fx_bindex *idx, pass *p,
                        const fx_csv_record *rec, size_t *runs)
{
	const char *key;
	size_t len;
	fx_bfile_key(f, rec, &key, &len);
	if (p->started && len == p->key_len && memcmp(key, s->key_buf, len) == 0) {
		if (p->cur && p->first_run) {
			p->cur->last_row = rec->pos.row;
			p->cur->n_rows++;
		}
		return FX_OK;
	}
	p->started = true;
	p->key_len = len;
	int rc = keep_key(s, key, len);
	if (rc < 0)
		return rc;
	p->cur = NULL;
	if (!len) {
		(*runs)++;
		return FX_OK;
	}
	fx_bentry *e = fx_bindex_find(idx, key, len);
	if (e) {
		if (!e->again_row)
			e->again_row = rec->pos.row;
		p->cur = e;
		p->first_run = false;
		return FX_OK;
	}
	if ((rc = fx_bindex_add(idx, s->arena, key, len, &e)) < 0)
		return rc;
	e->pos = rec->pos;
	e->last_row = rec->pos.row;
	e->n_rows = 1;
	p->cur = e;
	p->first_run = true;
	(*runs)++;
	return FX_OK;
}

/* Indexes the numbers of a file. */
int fx_bfile_index(fx_bsrc *s, fx_bfile *f, fx_bindex *idx, size_t *runs)
{
	*runs = 0;
	if (!f->data_start.row)
		return FX_OK;
	int rc = fx_csv_seek(f->csv, &f->data_start);
	pass p = {NULL, false, false, 0};
	fx_csv_record rec;
	while (rc == FX_OK && (rc = fx_csv_next(f->csv, &rec)) == FX_OK)
		if (!fx_csv_record_is_blank(&rec))
			rc = index_record(s, f, idx, &p, &rec, runs);
	if (rc != FX_CSV_END)
		return rc;
	return fx_csv_seek(f->csv, &f->data_start);
}
