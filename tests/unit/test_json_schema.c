/*
 * The JSON Schema (schemas/invoice.schema.json) and the reader's key tables
 * must agree: same keys at every place, kinds that match, descriptions that
 * start with the EN 16931 term. The schema is loaded with the project's own
 * parser. Also checks that tests/data/json/full.json uses every key.
 */
#include <locale.h>
#include <stdint.h>

#include "input/json/json_map.h"
#include "input/json/json_parse.h"
#include "test_json_support.h"

/* The parsed schema, shared by the checks. */
static fx_json_doc schema;

/* Returns the string value of key in obj, or NULL. */
static const char *str_of(const fx_json_value *obj, const char *key)
{
	const fx_json_member *m = fx_json_find(obj, key);
	return m && m->value.type == FX_JSON_STRING ? m->value.str : NULL;
}

/* Follows "$ref": "#/$defs/<name>" once, if present. */
static const fx_json_value *deref(const fx_json_value *v)
{
	const char *ref = str_of(v, "$ref");
	if (!ref)
		return v;
	ck_assert_msg(strncmp(ref, "#/$defs/", 8) == 0, "unsupported $ref %s", ref);
	const fx_json_member *defs = fx_json_find(&schema.root, "$defs");
	ck_assert_ptr_nonnull(defs);
	const fx_json_member *target = fx_json_find(&defs->value, ref + 8);
	ck_assert_msg(target != NULL, "dangling $ref %s", ref);
	return &target->value;
}

/* Returns the object branch of an identifier definition. */
static const fx_json_value *identifier_object(const fx_json_value *def)
{
	const fx_json_member *any = fx_json_find(def, "anyOf");
	ck_assert_ptr_nonnull(any);
	for (size_t i = 0; i < any->value.len; i++) {
		const fx_json_value *b = deref(&any->value.items[i]);
		const char *type = str_of(b, "type");
		if (type && strcmp(type, "object") == 0)
			return b;
	}
	ck_abort_msg("identifier definition without an object branch");
	return NULL;
}

/* Returns the name of the $defs entry a property refers to, or "". */
static const char *ref_name(const fx_json_value *prop)
{
	const char *ref = str_of(prop, "$ref");
	return ref ? ref + 8 : "";
}

static void check_table(const fx_jtable *t, const fx_json_value *node, const char *where);

/* Checks one property against its field: kind, description, nesting. */
static void check_field(const fx_jfield *f, const fx_json_value *prop, const char *where)
{
	char sub[512];
	snprintf(sub, sizeof sub, "%s.%s", where, f->key);
	const char *desc = str_of(prop, "description");
	ck_assert_msg(desc != NULL, "%s: no description", sub);
	if (f->bt) {
		size_t n = strlen(f->bt);
		ck_assert_msg(strncmp(desc, f->bt, n) == 0 && desc[n] == ' ',
		              "%s: description should start with '%s ': %s", sub, f->bt, desc);
	} else {
		ck_assert_msg(strncmp(desc, "BT-", 3) != 0 && strncmp(desc, "BG-", 3) != 0,
		              "%s: description names a term the table lacks: %s", sub, desc);
	}
	const char *type = str_of(prop, "type");
	switch (f->kind) {
	case FX_JK_TEXT:
		ck_assert_msg(strcmp(ref_name(prop), "text") == 0, "%s: not a text", sub);
		break;
	case FX_JK_DECIMAL:
		ck_assert_msg(strcmp(ref_name(prop), "decimal") == 0, "%s: not a decimal", sub);
		break;
	case FX_JK_DATE:
		ck_assert_msg(strcmp(ref_name(prop), "date") == 0, "%s: not a date", sub);
		break;
	case FX_JK_DATA:
		ck_assert_msg(strcmp(ref_name(prop), "base64") == 0, "%s: not base64", sub);
		break;
	case FX_JK_IDENT:
		ck_assert_msg(strcmp(ref_name(prop), "identifier") == 0, "%s: not an identifier",
		              sub);
		check_table(&fx_jt_identifier, identifier_object(deref(prop)), sub);
		break;
	case FX_JK_BOOL:
		ck_assert_msg(type && strcmp(type, "boolean") == 0, "%s: not a boolean", sub);
		break;
	case FX_JK_IGNORED:
	case FX_JK_PROFILE:
		ck_assert_msg(type && strcmp(type, "string") == 0, "%s: not a string", sub);
		break;
	case FX_JK_CATEGORY: {
		const fx_json_member *e = fx_json_find(prop, "enum");
		ck_assert_msg(e && e->value.len == 3, "%s: enum of 3 expected", sub);
		break;
	}
	case FX_JK_OBJECT:
		check_table(f->sub, deref(prop), sub);
		break;
	case FX_JK_ARRAY:
	case FX_JK_IDENT_ARRAY: {
		ck_assert_msg(type && strcmp(type, "array") == 0, "%s: not an array", sub);
		const fx_json_member *items = fx_json_find(prop, "items");
		ck_assert_msg(items != NULL, "%s: no items", sub);
		if (f->kind == FX_JK_ARRAY) {
			check_table(f->sub, deref(&items->value), sub);
		} else {
			ck_assert_str_eq(ref_name(&items->value), "identifier");
			check_table(&fx_jt_identifier, identifier_object(deref(&items->value)),
			            sub);
		}
		break;
	}
	}
}

/* Checks that an object schema has exactly the table's keys, closed. */
static void check_table(const fx_jtable *t, const fx_json_value *node, const char *where)
{
	const char *type = str_of(node, "type");
	ck_assert_msg(type && strcmp(type, "object") == 0, "%s: not an object schema", where);
	const fx_json_member *extra = fx_json_find(node, "additionalProperties");
	ck_assert_msg(extra && extra->value.type == FX_JSON_FALSE,
	              "%s: additionalProperties must be false", where);
	const fx_json_member *props = fx_json_find(node, "properties");
	ck_assert_msg(props != NULL, "%s: no properties", where);
	ck_assert_msg(props->value.len == t->n_fields,
	              "%s: the schema has %zu properties, the reader %zu keys", where,
	              props->value.len, t->n_fields);
	for (size_t i = 0; i < t->n_fields; i++) {
		const fx_json_member *p = fx_json_find(&props->value, t->fields[i].key);
		ck_assert_msg(p != NULL, "%s: key '%s' missing from the schema", where,
		              t->fields[i].key);
		/* same order too, so the schema reads like the documentation */
		ck_assert_msg(p == &props->value.members[i], "%s: key '%s' out of order", where,
		              t->fields[i].key);
		check_field(&t->fields[i], &p->value, where);
	}
}

/* Every place of the reader matches the schema. */
START_TEST(schema_matches_tables)
{
	const char *dialect = str_of(&schema.root, "$schema");
	ck_assert_str_eq(dialect, "https://json-schema.org/draft/2020-12/schema");
	check_table(&fx_jt_invoice, &schema.root, "$");
}
END_TEST

/* Keys used so far, per table (tables are not shared between places). */
typedef struct usage {
	const fx_jtable *table;
	uint64_t used; /* bit i: key i seen */
} usage;

static usage usages[64];
static size_t n_usages;

/* Returns the usage record of table t, creating it. */
static usage *usage_of(const fx_jtable *t)
{
	for (size_t i = 0; i < n_usages; i++)
		if (usages[i].table == t)
			return &usages[i];
	ck_assert_uint_lt(n_usages, 64);
	usages[n_usages].table = t;
	usages[n_usages].used = 0;
	return &usages[n_usages++];
}

/* Marks the keys of t that value v uses, recursively. */
static void mark_used(const fx_jtable *t, const fx_json_value *v)
{
	ck_assert_int_eq(v->type, FX_JSON_OBJECT);
	ck_assert_uint_le(t->n_fields, 64);
	usage *u = usage_of(t);
	for (size_t i = 0; i < t->n_fields; i++) {
		const fx_jfield *f = &t->fields[i];
		const fx_json_member *m = fx_json_find(v, f->key);
		if (!m)
			continue;
		u->used |= (uint64_t)1 << i;
		if (f->kind == FX_JK_OBJECT)
			mark_used(f->sub, &m->value);
		if (f->kind == FX_JK_ARRAY)
			for (size_t k = 0; k < m->value.len; k++)
				mark_used(f->sub, &m->value.items[k]);
	}
}

/* Reports the keys of t (and below) never used. */
static void check_used(const fx_jtable *t)
{
	uint64_t used = usage_of(t)->used;
	for (size_t i = 0; i < t->n_fields; i++) {
		const fx_jfield *f = &t->fields[i];
		if (f->kind == FX_JK_IGNORED)
			continue;
		ck_assert_msg(used & ((uint64_t)1 << i), "full.json never uses %s.%s", t->name,
		              f->key);
		if (f->kind == FX_JK_OBJECT || f->kind == FX_JK_ARRAY)
			check_used(f->sub);
	}
}

/* The happy-path data covers every key (so every field is read in a test). */
START_TEST(full_json_uses_every_key)
{
	char *path = tj_data_path("full.json");
	size_t len;
	char *text = fx_test_read(path, &len);
	fx_json_doc doc;
	ck_assert_int_eq(fx_json_parse(text, len, path, &doc), FX_OK);
	mark_used(&fx_jt_invoice, &doc.root);
	check_used(&fx_jt_invoice);
	fx_json_doc_free(&doc);
	free(text);
	free(path);
}
END_TEST

/* Builds the suite. */
static Suite *json_schema_suite(void)
{
	Suite *s = suite_create("json_schema");
	TCase *tc = tcase_create("schema");
	tcase_add_test(tc, schema_matches_tables);
	tcase_add_test(tc, full_json_uses_every_key);
	suite_add_tcase(s, tc);
	return s;
}

/* Loads the schema once, then runs the checks. */
int main(void)
{
	setlocale(LC_ALL, "");
	const char *path = FX_SOURCE_DIR "/schemas/invoice.schema.json";
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "cannot open %s\n", path);
		return EXIT_FAILURE;
	}
	static char buf[1 << 20];
	size_t len = fread(buf, 1, sizeof buf, f);
	fclose(f);
	if (fx_json_parse(buf, len, path, &schema) != FX_OK) {
		fprintf(stderr, "%s\n", fx_error_last()->message);
		return EXIT_FAILURE;
	}
	int rc = fx_test_run(json_schema_suite());
	fx_json_doc_free(&schema);
	return rc;
}
