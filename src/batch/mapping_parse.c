/*
 * Reading a mapping file (docs/batch.md) with the project's JSON parser, so
 * every mistake is reported at its line and column:
 *   {"seller": "seller.json", "decimal_mark": ",",
 *    "columns": {"Numéro facture": "number",
 *                "SIRET client": {"field": "buyer.identifiers", "scheme": "0009"},
 *                "Type": {"field": "type_code", "values": {"Avoir": "381"}}},
 *    "constants": {"currency": "EUR"}, "defaults": {"lines.unit_code": "C62"}}
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_mapping.h"
#include "batch/batch_set.h"
#include "core/error.h"
#include "core/sha256.h"
#include "input/json/json_diag.h"
#include "input/json/json_parse.h"

/** What the reading of one mapping needs. */
typedef struct mp_ctx {
	fx_bm_resolver rs;
	const char *source;
	fx_invoice *scratch; /* constants and defaults are tried on it */
	size_t *slots;
} mp_ctx;

/* Records "source:line:col: $.key: message" at value v. */
static int mp_error(const mp_ctx *c, const fx_json_value *v, const fx_json_path *path,
                    const char *what)
{
	return fx_json_error(c->source, v->line, v->col, path, "%s", what);
}

/* Copies a JSON string into the mapping's arena. */
static const char *mp_copy(const mp_ctx *c, const char *s, size_t len)
{
	char *copy = fx_arena_alloc(c->rs.m->arena, len + 1);
	if (copy) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

/* Resolves the field path held by string value v into t. */
static int mp_target(mp_ctx *c, const fx_json_value *v, const fx_json_path *path, fx_bm_target *t)
{
	if (v->type != FX_JSON_STRING)
		return mp_error(c, v, path,
		                "expected a field of the invoice description (a string)");
	int rc = fx_bm_resolve(&c->rs, v->str, v->len, t);
	if (rc == FX_EINVAL) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s", fx_error_last()->message);
		return mp_error(c, v, path, msg);
	}
	return rc;
}

/* Reads the "values" translations of a column. */
static int mp_values(mp_ctx *c, const fx_json_value *v, const fx_json_path *path, fx_bm_column *col)
{
	if (v->type != FX_JSON_OBJECT)
		return mp_error(c, v, path, "expected an object {\"text in the CSV\": \"value\"}");
	col->values = fx_arena_calloc(c->rs.m->arena, (v->len + 1) * sizeof *col->values);
	if (!col->values)
		return fx_error_oom();
	for (size_t i = 0; i < v->len; i++) {
		const fx_json_member *mb = &v->members[i];
		fx_json_path step = {path, mb->key, mb->key_len, 0};
		if (mb->value.type != FX_JSON_STRING || mb->value.len == 0)
			return mp_error(c, &mb->value, &step, "expected a non-empty string");
		fx_bm_translation *tr = &col->values[col->n_values++];
		tr->from = fx_bm_fold(c->rs.m->arena, mb->key, mb->key_len);
		tr->to = mp_copy(c, mb->value.str, mb->value.len);
		if (!tr->from || !tr->to)
			return fx_error_oom();
	}
	return FX_OK;
}

/* Reads the object form of a column: {"field", "scheme", "values"}. */
static int mp_column_object(mp_ctx *c, const fx_json_value *v, const fx_json_path *path,
                            fx_bm_column *col)
{
	const fx_json_member *field = NULL;
	for (size_t i = 0; i < v->len; i++) {
		const fx_json_member *mb = &v->members[i];
		fx_json_path step = {path, mb->key, mb->key_len, 0};
		int rc = FX_OK;
		if (strcmp(mb->key, "field") == 0) {
			field = mb;
			rc = mp_target(c, &mb->value, &step, &col->target);
		} else if (strcmp(mb->key, "scheme") == 0) {
			if (mb->value.type != FX_JSON_STRING || mb->value.len == 0)
				return mp_error(c, &mb->value, &step,
				                "expected an identifier scheme such as \"0009\"");
			col->scheme = mp_copy(c, mb->value.str, mb->value.len);
		} else if (strcmp(mb->key, "values") == 0) {
			rc = mp_values(c, &mb->value, &step, col);
		} else {
			return fx_json_error(c->source, mb->line, mb->col, &step,
			                     "unknown key; allowed keys: field, scheme, values");
		}
		if (rc < 0)
			return rc;
	}
	if (!field)
		return mp_error(c, v, path, "missing \"field\": the invoice field of this column");
	if (col->scheme && !col->target.scheme &&
	    col->target.steps[col->target.n_steps - 1]->kind != FX_JK_IDENT &&
	    col->target.steps[col->target.n_steps - 1]->kind != FX_JK_IDENT_ARRAY)
		return mp_error(c, v, path, "\"scheme\" is only for identifier fields");
	return FX_OK;
}

/* Reads "columns". */
static int mp_columns(mp_ctx *c, const fx_json_value *v, const fx_json_path *path)
{
	fx_batch_mapping *m = c->rs.m;
	if (v->type != FX_JSON_OBJECT)
		return mp_error(c, v, path, "expected an object {\"column name\": \"field\"}");
	m->columns = fx_arena_calloc(m->arena, (v->len + 1) * sizeof *m->columns);
	if (!m->columns)
		return fx_error_oom();
	for (size_t i = 0; i < v->len; i++) {
		const fx_json_member *mb = &v->members[i];
		fx_json_path step = {path, mb->key, mb->key_len, 0};
		fx_bm_column *col = &m->columns[m->n_columns];
		col->name = mp_copy(c, mb->key, mb->key_len);
		col->folded = fx_bm_fold(m->arena, mb->key, mb->key_len);
		if (!col->name || !col->folded)
			return fx_error_oom();
		if (!col->folded[0])
			return fx_json_error(c->source, mb->line, mb->col, &step,
			                     "a column name cannot be empty");
		int rc = mb->value.type == FX_JSON_OBJECT
		             ? mp_column_object(c, &mb->value, &step, col)
		             : mp_target(c, &mb->value, &step, &col->target);
		if (rc < 0)
			return rc;
		for (size_t k = 0; k < m->n_columns; k++)
			if (strcmp(m->columns[k].folded, col->folded) == 0)
				return fx_json_error(c->source, mb->line, mb->col, &step,
				                     "column \"%s\" is already mapped (to %s)",
				                     m->columns[k].name, m->columns[k].target.path);
		m->n_columns++;
	}
	return FX_OK;
}

/* Text of a constant's JSON value (string, number, boolean) into *s and *len. */
static int mp_fixed_text(mp_ctx *c, const fx_json_value *v, const fx_json_path *path,
                         const char **s, size_t *len)
{
	if (v->type == FX_JSON_TRUE || v->type == FX_JSON_FALSE) {
		*s = v->type == FX_JSON_TRUE ? "oui" : "non";
		*len = 3;
		return FX_OK;
	}
	if ((v->type != FX_JSON_STRING && v->type != FX_JSON_NUMBER) || v->len == 0)
		return mp_error(c, v, path,
		                "expected a value: a non-empty string, a number or a "
		                "boolean");
	*s = mp_copy(c, v->str, v->len);
	*len = v->len;
	return *s ? FX_OK : fx_error_oom();
}

/* The decimal mark a fixed value is read with. */
static char mp_mark_of(const mp_ctx *c, const fx_bm_fixed *fx)
{
	return fx->json_number ? '.' : c->rs.m->decimal_mark;
}

/* Tries value fx on the scratch invoice, so a bad constant is reported at
 * its place in the file. */
static int mp_try(mp_ctx *c, const fx_bm_fixed *fx, const fx_json_value *v,
                  const fx_json_path *path)
{
	for (size_t i = 0; i < c->rs.m->n_slots; i++)
		c->slots[i] = FX_BS_NONE;
	fx_bs_place p = {c->scratch, 0, c->slots, mp_mark_of(c, fx)};
	int rc = fx_bs_set(&p, &fx->target, fx->value, fx->len, NULL, false);
	if (rc == FX_EINVAL || rc == FX_EOVERFLOW) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s: %s", fx->target.path, fx_error_last()->message);
		return mp_error(c, v, path, msg);
	}
	return rc;
}

/* Reads "constants" or "defaults" into *list and *n. */
static int mp_fixed(mp_ctx *c, const fx_json_value *v, const fx_json_path *path, fx_bm_fixed **list,
                    size_t *n)
{
	fx_batch_mapping *m = c->rs.m;
	if (v->type != FX_JSON_OBJECT)
		return mp_error(c, v, path, "expected an object {\"field\": value}");
	*list = fx_arena_calloc(m->arena, (v->len + 1) * sizeof **list);
	if (!*list)
		return fx_error_oom();
	for (size_t i = 0; i < v->len; i++) {
		const fx_json_member *mb = &v->members[i];
		fx_json_path step = {path, mb->key, mb->key_len, 0};
		fx_bm_fixed *fx = &(*list)[*n];
		int rc = fx_bm_resolve(&c->rs, mb->key, mb->key_len, &fx->target);
		if (rc == FX_EINVAL) {
			char msg[512];
			snprintf(msg, sizeof msg, "%s", fx_error_last()->message);
			return fx_json_error(c->source, mb->line, mb->col, &step, "%s", msg);
		}
		if (rc == FX_OK)
			rc = mp_fixed_text(c, &mb->value, &step, &fx->value, &fx->len);
		fx->json_number = mb->value.type == FX_JSON_NUMBER;
		if (rc < 0)
			return rc;
		(*n)++;
	}
	return FX_OK;
}

/* Reads "decimal_mark". */
static int mp_mark(mp_ctx *c, const fx_json_value *v, const fx_json_path *path)
{
	if (v->type == FX_JSON_STRING && (strcmp(v->str, ",") == 0 || strcmp(v->str, ".") == 0)) {
		c->rs.m->decimal_mark = v->str[0];
		return FX_OK;
	}
	if (v->type == FX_JSON_STRING && strcmp(v->str, "auto") == 0)
		return FX_OK;
	return mp_error(c, v, path, "expected \",\", \".\" or \"auto\"");
}

/* Reads "seller": a path, relative to dir when dir is given. */
static int mp_seller(mp_ctx *c, const fx_json_value *v, const fx_json_path *path, const char *dir)
{
	if (v->type != FX_JSON_STRING || v->len == 0)
		return mp_error(c, v, path, "expected the path of the seller's JSON description");
	size_t dlen = dir && v->str[0] != '/' ? strlen(dir) : 0;
	char *p = fx_arena_alloc(c->rs.m->arena, dlen + 1 + v->len + 1);
	if (!p)
		return fx_error_oom();
	snprintf(p, dlen + 1 + v->len + 1, "%.*s%s%s", (int)dlen, dlen ? dir : "", dlen ? "/" : "",
	         v->str);
	c->rs.m->seller_path = p;
	return FX_OK;
}

/* Checks what the whole mapping must have: a key column, no field both
 * constant and mapped. */
static int mp_check(mp_ctx *c, const fx_json_value *root)
{
	fx_batch_mapping *m = c->rs.m;
	if (!fx_bm_key_column(m))
		return fx_json_error(c->source, root->line, root->col, NULL,
		                     "no column is mapped to \"number\" (BT-1): the invoice number "
		                     "tells which rows make an invoice");
	for (size_t i = 0; i < m->n_constants; i++)
		for (size_t k = 0; k < m->n_columns; k++)
			if (strcmp(m->constants[i].target.path, m->columns[k].target.path) == 0)
				return fx_json_error(
				    c->source, root->line, root->col, NULL,
				    "field %s is both a constant and column \"%s\"",
				    m->columns[k].target.path, m->columns[k].name);
	return FX_OK;
}

/* Reads the top-level keys of the mapping. */
static int mp_root(mp_ctx *c, const fx_json_value *root, const char *dir)
{
	static const char *const keys[] = {"$schema", "seller",    "decimal_mark",
	                                   "columns", "constants", "defaults"};
	fx_batch_mapping *m = c->rs.m;
	if (root->type != FX_JSON_OBJECT)
		return mp_error(c, root, &fx_json_root, "expected an object");
	const fx_json_member *fixed[2] = {NULL, NULL};
	for (size_t i = 0; i < root->len; i++) {
		const fx_json_member *mb = &root->members[i];
		fx_json_path step = {&fx_json_root, mb->key, mb->key_len, 0};
		int rc = FX_OK;
		if (strcmp(mb->key, "seller") == 0)
			rc = mp_seller(c, &mb->value, &step, dir);
		else if (strcmp(mb->key, "decimal_mark") == 0)
			rc = mp_mark(c, &mb->value, &step);
		else if (strcmp(mb->key, "columns") == 0)
			rc = mp_columns(c, &mb->value, &step);
		else if (strcmp(mb->key, "constants") == 0)
			fixed[0] = mb;
		else if (strcmp(mb->key, "defaults") == 0)
			fixed[1] = mb;
		else if (strcmp(mb->key, "$schema") != 0) {
			const char *best = NULL;
			size_t best_d = 3;
			for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
				size_t d = fx_json_key_distance(mb->key, mb->key_len, keys[k],
				                                strlen(keys[k]));
				if (d < best_d) {
					best_d = d;
					best = keys[k];
				}
			}
			return fx_json_error(
			    c->source, mb->line, mb->col, &step,
			    best ? "unknown key; did you mean '%s'?"
			         : "unknown key; allowed keys: seller, decimal_mark, "
			           "columns, constants, defaults%s",
			    best ? best : "");
		}
		if (rc < 0)
			return rc;
	}
	/* constants and defaults last: their values are numbers read with the mark */
	for (int k = 0; k < 2; k++) {
		if (!fixed[k])
			continue;
		fx_json_path step = {&fx_json_root, fixed[k]->key, fixed[k]->key_len, 0};
		int rc = k == 0
		             ? mp_fixed(c, &fixed[k]->value, &step, &m->constants, &m->n_constants)
		             : mp_fixed(c, &fixed[k]->value, &step, &m->defaults, &m->n_defaults);
		if (rc < 0)
			return rc;
	}
	return mp_check(c, root);
}

/* Tries every constant and default on a scratch invoice. */
static int mp_try_all(mp_ctx *c, const fx_json_value *root)
{
	fx_batch_mapping *m = c->rs.m;
	fx_line *line = NULL;
	c->slots = calloc(m->n_slots + 1, sizeof *c->slots);
	int rc = c->slots ? fx_invoice_new(&c->scratch) : fx_error_oom();
	if (rc == FX_OK)
		rc = fx_invoice_add_line(c->scratch, &line);
	for (int k = 0; k < 2 && rc == FX_OK; k++) {
		const fx_json_member *mb = fx_json_find(root, k ? "defaults" : "constants");
		const fx_bm_fixed *list = k ? m->defaults : m->constants;
		size_t n = k ? m->n_defaults : m->n_constants;
		for (size_t i = 0; i < n && rc == FX_OK; i++) {
			const fx_json_member *item = &mb->value.members[i];
			fx_json_path p0 = {&fx_json_root, mb->key, mb->key_len, 0};
			fx_json_path p1 = {&p0, item->key, item->key_len, 0};
			rc = mp_try(c, &list[i], &item->value, &p1);
		}
	}
	fx_invoice_free(c->scratch);
	free(c->slots);
	return rc;
}

/* Reads a mapping from its JSON text. */
int fx_bm_parse(const char *text, size_t len, const char *source, const char *dir,
                fx_batch_mapping **out)
{
	fx_json_doc doc;
	int rc = fx_json_parse(text, len, source, &doc);
	if (rc < 0)
		return rc;
	fx_arena *arena = fx_arena_new(8192);
	fx_batch_mapping *m = arena ? fx_arena_calloc(arena, sizeof *m) : NULL;
	if (!m) {
		fx_arena_free(arena);
		fx_json_doc_free(&doc);
		return fx_error_oom();
	}
	m->arena = arena;
	mp_ctx c = {{m, 0}, fx_json_source_name(source), NULL, NULL};
	m->source = mp_copy(&c, c.source, strlen(c.source));
	rc = m->source ? mp_root(&c, &doc.root, dir) : fx_error_oom();
	if (rc == FX_OK)
		rc = mp_try_all(&c, &doc.root);
	fx_json_doc_free(&doc);
	if (rc < 0) {
		fx_arena_free(arena);
		return rc;
	}
	fx_sha256 h;
	fx_sha256_init(&h);
	fx_sha256_update(&h, text, len);
	fx_sha256_final(&h, m->digest);
	*out = m;
	return FX_OK;
}
