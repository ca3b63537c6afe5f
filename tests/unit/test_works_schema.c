/*
 * The JSON Schema of works statements (schemas/works.schema.json) and the
 * reader's key tables agree: the same keys in every object of the works
 * section and of the marché, of matching kinds, each with a description.
 * The schema is loaded with the project's own JSON parser.
 */
#include <locale.h>

#include "input/json/json_parse.h"
#include "test_works_support.h"
#include "works/read_internal.h"

static fx_json_doc schema;

/* The string member key of obj, or NULL. */
static const char *str_of(const fx_json_value *obj, const char *key)
{
	const fx_json_member *m = fx_json_find(obj, key);
	return m && m->value.type == FX_JSON_STRING ? m->value.str : NULL;
}

/* Follows "$ref": "#/$defs/NAME" when present. */
static const fx_json_value *deref(const fx_json_value *v)
{
	const char *ref = str_of(v, "$ref");
	if (!ref)
		return v;
	ck_assert_msg(strncmp(ref, "#/$defs/", 8) == 0, "unsupported $ref %s", ref);
	const fx_json_member *defs = fx_json_find(&schema.root, "$defs");
	const fx_json_member *target = fx_json_find(&defs->value, ref + 8);
	ck_assert_msg(target != NULL, "dangling $ref %s", ref);
	return &target->value;
}

/* The $defs entry a property refers to, or "". */
static const char *ref_name(const fx_json_value *prop)
{
	const char *ref = str_of(prop, "$ref");
	return ref ? ref + 8 : "";
}

static void check_table(const fx_jtable *t, const fx_json_value *node, const char *where);

/* Checks one property against its field. */
static void check_field(const fx_jfield *f, const fx_json_value *prop, const char *where)
{
	char sub[512];
	snprintf(sub, sizeof sub, "%s.%s", where, f->key);
	ck_assert_msg(str_of(prop, "description") != NULL, "%s: no description", sub);
	const char *type = str_of(prop, "type"), *ref = ref_name(prop);
	switch (f->kind) {
	case FX_JK_TEXT:
		ck_assert_msg(strcmp(ref, "text") == 0 || strcmp(ref, "month") == 0 ||
		                  fx_json_find(prop, "enum") || (type && !strcmp(type, "string")),
		              "%s: not a text", sub);
		break;
	case FX_JK_DECIMAL:
		ck_assert_msg(strcmp(ref, "decimal") == 0, "%s: not a decimal", sub);
		break;
	case FX_JK_DATE:
		ck_assert_msg(strcmp(ref, "date") == 0, "%s: not a date", sub);
		break;
	case FX_JK_BOOL:
		ck_assert_msg(type && strcmp(type, "boolean") == 0, "%s: not a boolean", sub);
		break;
	case FX_JK_IGNORED:
		ck_assert_msg((type && !strcmp(type, "string")) || fx_json_find(prop, "anyOf"),
		              "%s: not a string", sub);
		break;
	case FX_JK_OBJECT:
		check_table(f->sub, deref(prop), sub);
		break;
	case FX_JK_ARRAY: {
		ck_assert_msg(type && strcmp(type, "array") == 0, "%s: not an array", sub);
		const fx_json_member *items = fx_json_find(prop, "items");
		ck_assert_msg(items != NULL, "%s: no items", sub);
		check_table(f->sub, deref(&items->value), sub);
		break;
	}
	default:
		ck_abort_msg("%s: unexpected kind", sub);
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
	ck_assert_msg(props && props->value.len == t->n_fields,
	              "%s: the schema has %zu properties, the reader %zu keys", where,
	              props ? props->value.len : 0, t->n_fields);
	for (size_t i = 0; i < t->n_fields; i++) {
		const fx_json_member *p = fx_json_find(&props->value, t->fields[i].key);
		ck_assert_msg(p != NULL, "%s: the schema lacks '%s'", where, t->fields[i].key);
		check_field(&t->fields[i], &p->value, where);
	}
}

/* The marché and the works section match the reader's tables. */
START_TEST(tables_match)
{
	size_t len = 0;
	char *text = fx_test_read(FX_SOURCE_DIR "/schemas/works.schema.json", &len);
	ck_assert_msg(fx_json_parse(text, len, "works.schema.json", &schema) == FX_OK, "%s",
	              fx_error_last()->message);
	free(text);
	const fx_json_member *defs = fx_json_find(&schema.root, "$defs");
	ck_assert_ptr_nonnull(defs);
	check_table(&fx_wk_jt_contract, &fx_json_find(&defs->value, "contract")->value, "contract");
	check_table(&fx_wk_jt_works, &fx_json_find(&defs->value, "works")->value, "works");
	fx_json_doc_free(&schema);
}
END_TEST

/* The suite. */
static Suite *works_schema_suite(void)
{
	Suite *s = suite_create("works_schema");
	TCase *tc = tcase_create("schema");
	tcase_add_test(tc, tables_match);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(works_schema_suite());
}
