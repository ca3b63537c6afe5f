/*
 * The JSON reader: entry points, objects, arrays and unknown keys.
 */
#include "facturx/json.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/error.h"
#include "core/file.h"
#include "input/json/json_read.h"

/* Records a message about value v. */
int fx_jr_error(const fx_jr_ctx *c, const fx_json_value *v, const fx_json_path *path,
                const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return fx_json_error(c->source, v->line, v->col, path, "%s", msg);
}

/* Records "expected <what>, got <v>". */
int fx_jr_expected(const fx_jr_ctx *c, const fx_json_value *v, const fx_json_path *path,
                   const char *what)
{
	char got[256];
	fx_json_describe(v, got, sizeof got);
	return fx_jr_error(c, v, path, "expected %s, got %s", what, got);
}

/* Finds the field of table t named by a member key, or NULL. */
static const fx_jfield *read_field_for(const fx_jtable *t, const fx_json_member *m)
{
	for (size_t i = 0; i < t->n_fields; i++) {
		const char *k = t->fields[i].key;
		if (strlen(k) == m->key_len && memcmp(k, m->key, m->key_len) == 0)
			return &t->fields[i];
	}
	return NULL;
}

/* Reports an unknown key with the closest allowed key, or the short list. */
static int read_unknown_key(const fx_jr_ctx *c, const fx_jtable *t, const fx_json_member *m,
                            const fx_json_path *path)
{
	fx_json_path step = {path, m->key, m->key_len, 0};
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < t->n_fields; i++) {
		const char *k = t->fields[i].key;
		size_t d = fx_json_key_distance(m->key, m->key_len, k, strlen(k));
		if (d < best_d) {
			best_d = d;
			best = k;
		}
	}
	size_t limit = m->key_len <= 3 ? 1 : 2;
	if (best && best_d <= limit)
		return fx_json_error(c->source, m->line, m->col, &step,
		                     "unknown key; did you mean '%s'?", best);
	if (t->n_fields > 8)
		return fx_json_error(c->source, m->line, m->col, &step, "unknown key");
	char list[512] = "";
	size_t pos = 0;
	for (size_t i = 0; i < t->n_fields && pos < sizeof list; i++)
		pos += (size_t)snprintf(list + pos, sizeof list - pos, "%s%s", i ? ", " : "",
		                        t->fields[i].key);
	return fx_json_error(c->source, m->line, m->col, &step, "unknown key; allowed keys: %s",
	                     list);
}

/* Reads an array of structs described by f->sub. */
static int read_array(const fx_jr_ctx *c, const fx_jfield *f, void *base, const fx_json_value *v,
                      const fx_json_path *path)
{
	if (v->type != FX_JSON_ARRAY)
		return fx_jr_expected(c, v, path, "an array");
	for (size_t i = 0; i < v->len; i++) {
		fx_json_path step = {path, NULL, 0, i};
		const fx_json_value *item = &v->items[i];
		if (item->type != FX_JSON_OBJECT)
			return fx_jr_expected(c, item, &step, "an object");
		void *elem = NULL;
		int rc = f->add(c->inv, base, &elem);
		if (rc < 0)
			return rc;
		if ((rc = fx_jr_object(c, f->sub, elem, item, &step)) < 0)
			return rc;
	}
	return FX_OK;
}

/* Reads an array of identifiers. */
static int read_ident_array(const fx_jr_ctx *c, const fx_jfield *f, void *base,
                            const fx_json_value *v, const fx_json_path *path)
{
	if (v->type != FX_JSON_ARRAY)
		return fx_jr_expected(c, v, path, "an array");
	for (size_t i = 0; i < v->len; i++) {
		fx_json_path step = {path, NULL, 0, i};
		void *elem = NULL;
		int rc = f->add(c->inv, base, &elem);
		if (rc < 0)
			return rc;
		if ((rc = fx_jr_identifier(c, elem, &v->items[i], &step)) < 0)
			return rc;
	}
	return FX_OK;
}

/* Reads the value of one field, whatever its kind. */
static int read_field(const fx_jr_ctx *c, const fx_jfield *f, void *base, const fx_json_value *v,
                      const fx_json_path *path)
{
	switch (f->kind) {
	case FX_JK_OBJECT:
		return fx_jr_object(c, f->sub, (char *)base + f->offset, v, path);
	case FX_JK_ARRAY:
		return read_array(c, f, base, v, path);
	case FX_JK_IDENT_ARRAY:
		return read_ident_array(c, f, base, v, path);
	default:
		return fx_jr_value(c, f, base, v, path);
	}
}

/* Reads an object: unknown keys first, then the known ones in table order
 * (so allowances come before charges whatever the order in the file). */
int fx_jr_object(const fx_jr_ctx *c, const fx_jtable *t, void *base, const fx_json_value *v,
                 const fx_json_path *path)
{
	if (v->type != FX_JSON_OBJECT)
		return fx_jr_expected(c, v, path, "an object");
	for (size_t i = 0; i < v->len; i++)
		if (!read_field_for(t, &v->members[i]))
			return read_unknown_key(c, t, &v->members[i], path);
	for (size_t i = 0; i < t->n_fields; i++) {
		const fx_jfield *f = &t->fields[i];
		const fx_json_member *m = fx_json_find(v, f->key);
		if (!m)
			continue;
		fx_json_path step = {path, m->key, m->key_len, 0};
		int rc = read_field(c, f, base, &m->value, &step);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}

/* Reads a description held in memory. */
int fx_json_read_memory(const char *data, size_t len, const char *source, fx_invoice **out)
{
	if ((!data && len) || !out)
		return fx_error_set(FX_EUSAGE, "fx_json_read_memory: NULL argument");
	fx_json_doc doc;
	int rc = fx_json_parse(data, len, source, &doc);
	if (rc < 0)
		return rc;
	fx_invoice *inv = NULL;
	rc = fx_invoice_new(&inv);
	if (rc == FX_OK) {
		fx_jr_ctx c = {inv, source};
		rc = fx_jr_object(&c, &fx_jt_invoice, inv, &doc.root, &fx_json_root);
	}
	fx_json_doc_free(&doc);
	if (rc < 0) {
		fx_invoice_free(inv);
		return rc;
	}
	*out = inv;
	return FX_OK;
}

/* Reads a description from a file, refusing files over the size limit. */
int fx_json_read_file(const char *path, fx_invoice **out)
{
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_json_read_file: NULL argument");
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size > FX_JSON_MAX_INPUT)
		return fx_json_error(path, 0, 0, NULL,
		                     "input too large (%lld bytes; the limit is 64 MiB)",
		                     (long long)st.st_size);
	char *data = NULL;
	size_t len = 0;
	int rc = fx_file_read(path, &data, &len);
	if (rc < 0)
		return rc;
	rc = fx_json_read_memory(data, len, path, out);
	free(data);
	return rc;
}
