/*
 * Unit tests of the internal JSON parser: the tree, positions in
 * characters, raw numbers, limits, duplicates in large objects, and the
 * diagnostic helpers (paths, quoting, key distance).
 */
#include <locale.h>

#include "input/json/json_diag.h"
#include "input/json/json_parse.h"
#include "test_json_support.h"

/* Parses text or fails the test. */
static void parse_ok(const char *text, fx_json_doc *doc)
{
	int rc = fx_json_parse(text, strlen(text), "t.json", doc);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
}

/* Parses text, expecting FX_EINVAL with message want. */
static void parse_fail(const char *text, size_t len, const char *want)
{
	fx_json_doc doc = {0};
	ck_assert_int_eq(fx_json_parse(text, len, "t.json", &doc), FX_EINVAL);
	ck_assert_ptr_null(doc.arena);
	ck_assert_str_eq(fx_error_last()->message, want);
}

/* Values, their types, positions and texts. */
START_TEST(tree_and_positions)
{
	fx_json_doc doc;
	parse_ok("{\n  \"\xC3\xA9t\xC3\xA9\": [1, -2.50, 3e+2, true, false, null],\n"
	         "\t\"s\": \"a\\u00e9\\n\", \"o\": {}\n}",
	         &doc);
	const fx_json_value *root = &doc.root;
	ck_assert_int_eq(root->type, FX_JSON_OBJECT);
	ck_assert_uint_eq(root->len, 3);
	ck_assert_uint_eq(root->line, 1);
	ck_assert_uint_eq(root->col, 1);
	const fx_json_member *m = &root->members[0];
	ck_assert_str_eq(m->key, "\xC3\xA9t\xC3\xA9");
	ck_assert_uint_eq(m->key_len, 5);
	ck_assert_uint_eq(m->line, 2);
	ck_assert_uint_eq(m->col, 3);
	const fx_json_value *arr = &m->value;
	ck_assert_int_eq(arr->type, FX_JSON_ARRAY);
	ck_assert_uint_eq(arr->len, 6);
	/* columns count characters: "été" is 3 characters, 5 bytes */
	ck_assert_uint_eq(arr->col, 10);
	ck_assert_uint_eq(arr->items[0].col, 11);
	ck_assert_int_eq(arr->items[1].type, FX_JSON_NUMBER);
	ck_assert_str_eq(arr->items[1].str, "-2.50");
	ck_assert_uint_eq(arr->items[1].col, 14);
	ck_assert_str_eq(arr->items[2].str, "3e+2");
	ck_assert_int_eq(arr->items[3].type, FX_JSON_TRUE);
	ck_assert_int_eq(arr->items[4].type, FX_JSON_FALSE);
	ck_assert_int_eq(arr->items[5].type, FX_JSON_NULL);
	const fx_json_member *s = fx_json_find(root, "s");
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_eq(s->line, 3);
	ck_assert_uint_eq(s->col, 2);
	ck_assert_str_eq(s->value.str, "a\xC3\xA9\n");
	ck_assert_uint_eq(s->value.len, 4);
	ck_assert(s->value.escaped);
	const fx_json_member *o = fx_json_find(root, "o");
	ck_assert_int_eq(o->value.type, FX_JSON_OBJECT);
	ck_assert_uint_eq(o->value.len, 0);
	ck_assert_ptr_null(fx_json_find(root, "missing"));
	ck_assert_ptr_null(fx_json_find(arr, "s"));
	fx_json_doc_free(&doc);
}
END_TEST

/* Scalars at the root, NUL bytes in strings, and empty containers. */
START_TEST(scalars)
{
	fx_json_doc doc;
	parse_ok(" \"x\\u0000y\" ", &doc);
	ck_assert_int_eq(doc.root.type, FX_JSON_STRING);
	ck_assert_uint_eq(doc.root.len, 3);
	ck_assert_mem_eq(doc.root.str, "x\0y", 4);
	ck_assert(doc.root.escaped);
	fx_json_doc_free(&doc);
	parse_ok("[]", &doc);
	ck_assert_int_eq(doc.root.type, FX_JSON_ARRAY);
	ck_assert_uint_eq(doc.root.len, 0);
	fx_json_doc_free(&doc);
	parse_ok("-0", &doc);
	ck_assert_str_eq(doc.root.str, "-0");
	fx_json_doc_free(&doc);
	parse_ok("\"plain\"", &doc);
	ck_assert(!doc.root.escaped);
	fx_json_doc_free(&doc);
}
END_TEST

/* Exactly 64 levels parse; 65 do not. */
START_TEST(depth)
{
	char text[200];
	for (int i = 0; i < 64; i++) {
		text[i] = '[';
		text[64 + i] = ']';
	}
	fx_json_doc doc;
	ck_assert_int_eq(fx_json_parse(text, 128, NULL, &doc), FX_OK);
	fx_json_doc_free(&doc);
	char deep[200];
	memset(deep, '[', 65);
	memset(deep + 65, ']', 65);
	ck_assert_int_eq(fx_json_parse(deep, 130, NULL, &doc), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "<memory>:1:65: $[0]"));
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "nesting deeper than 64 levels"));
}
END_TEST

/* Duplicates are found in large objects too, at the first repeat. */
START_TEST(duplicates_large_object)
{
	char text[4096];
	size_t n = 0;
	n += (size_t)snprintf(text + n, sizeof text - n, "{");
	for (int i = 0; i < 100; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "\"k%d\": %d, ", i, i);
	n += (size_t)snprintf(text + n, sizeof text - n, "\"k7\": 0, \"k3\": 0}");
	/* k7 repeats first (its second occurrence comes before k3's) */
	char want[128];
	snprintf(want, sizeof want, "t.json:1:%zu: $.k7: duplicate key (first given at 1:%d)",
	         n - 17 + 1, 1 + 9 * 7 + 1);
	fx_json_doc doc = {0};
	ck_assert_int_eq(fx_json_parse(text, n, "t.json", &doc), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message, want);
	/* 100 distinct keys parse */
	n = 0;
	n += (size_t)snprintf(text + n, sizeof text - n, "{");
	for (int i = 0; i < 100; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "%s\"k%d\": %d", i ? ", " : "", i,
		                      i);
	n += (size_t)snprintf(text + n, sizeof text - n, "}");
	ck_assert_int_eq(fx_json_parse(text, n, "t.json", &doc), FX_OK);
	ck_assert_uint_eq(doc.root.len, 100);
	fx_json_doc_free(&doc);
	/* keys differing by an embedded NUL are distinct */
	const char *nul = "{\"a\\u0000\": 1, \"a\": 2}";
	ck_assert_int_eq(fx_json_parse(nul, strlen(nul), NULL, &doc), FX_OK);
	fx_json_doc_free(&doc);
}
END_TEST

/* Numbers follow the JSON grammar exactly. */
START_TEST(numbers)
{
	static const char *const good[] = {"0",     "-0",  "12",   "1.5",
	                                   "-0.25", "1e5", "1E-5", "2.5e+3"};
	static const char *const bad[] = {"01", "-", "1.", ".5", "+1", "1e", "1e+", "--1", "0x1"};
	fx_json_doc doc;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		parse_ok(good[i], &doc);
		ck_assert_str_eq(doc.root.str, good[i]);
		fx_json_doc_free(&doc);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_msg(fx_json_parse(bad[i], strlen(bad[i]), NULL, &doc) == FX_EINVAL, "%s",
		              bad[i]);
	}
	parse_fail("[1.]", 4, "t.json:1:2: $[0]: invalid number '1.'");
	parse_fail(".5", 2, "t.json:1:1: $: expected a value, got '.'");
}
END_TEST

/* Long strings (attachments) and many values allocate correctly. */
START_TEST(large_input)
{
	size_t n = 300000;
	char *text = malloc(n + 3);
	ck_assert_ptr_nonnull(text);
	text[0] = '"';
	memset(text + 1, 'A', n);
	text[n + 1] = '"';
	fx_json_doc doc;
	ck_assert_int_eq(fx_json_parse(text, n + 2, NULL, &doc), FX_OK);
	ck_assert_uint_eq(doc.root.len, n);
	fx_json_doc_free(&doc);
	/* an array of 20000 numbers */
	size_t k = 0;
	text[k++] = '[';
	for (int i = 0; i < 20000; i++) {
		text[k++] = '7';
		text[k++] = i < 19999 ? ',' : ']';
	}
	ck_assert_int_eq(fx_json_parse(text, k, NULL, &doc), FX_OK);
	ck_assert_uint_eq(doc.root.len, 20000);
	ck_assert_uint_eq(doc.root.items[19999].col, 2 + 2 * 19999);
	fx_json_doc_free(&doc);
	free(text);
}
END_TEST

/* Paths, quoting, descriptions and distances used in messages. */
START_TEST(diagnostics)
{
	char buf[128];
	fx_json_path a = {&fx_json_root, "lines", 5, 0};
	fx_json_path b = {&a, NULL, 0, 2};
	fx_json_path c = {&b, "unit code", 9, 0};
	fx_json_path_format(&c, buf, sizeof buf);
	ck_assert_str_eq(buf, "$.lines[2][\"unit code\"]");
	fx_json_path_format(NULL, buf, sizeof buf);
	ck_assert_str_eq(buf, "$");
	fx_json_path_format(&c, buf, 6);
	ck_assert_str_eq(buf, "$.lin");
	fx_json_quote("a\"\\\n\x01\xC3\xA9z", 8, 40, buf, sizeof buf);
	ck_assert_str_eq(buf, "\"a\\\"\\\\\\n\\u0001\xC3\xA9z\"");
	fx_json_quote("\xC3\xA9\xC3\xA9\xC3\xA9", 6, 2, buf, sizeof buf);
	ck_assert_str_eq(buf, "\"\xC3\xA9\xC3\xA9...\"");
	fx_json_quote("abc", 3, 40, buf, 4);
	ck_assert_uint_lt(strlen(buf), 4);
	ck_assert_uint_eq(fx_json_key_distance("name", 4, "name", 4), 0);
	ck_assert_uint_eq(fx_json_key_distance("nmae", 4, "name", 4), 1);
	ck_assert_uint_eq(fx_json_key_distance("Name", 4, "name", 4), 0);
	ck_assert_uint_eq(fx_json_key_distance("unitCode", 8, "unit_code", 9), 1);
	ck_assert_uint_eq(fx_json_key_distance("", 0, "abc", 3), 3);
	ck_assert_uint_eq(fx_json_key_distance("kitten", 6, "sitting", 7), 3);
	char big[100];
	memset(big, 'a', sizeof big);
	ck_assert_uint_eq(fx_json_key_distance(big, 100, "a", 1), (size_t)-1);
	ck_assert_str_eq(fx_json_source_name(NULL), "<memory>");
	ck_assert_str_eq(fx_json_source_name("x.json"), "x.json");
}
END_TEST

/* Builds the suite. */
static Suite *json_parse_suite(void)
{
	Suite *s = suite_create("json_parse");
	TCase *tc = tcase_create("parse");
	tcase_add_test(tc, tree_and_positions);
	tcase_add_test(tc, scalars);
	tcase_add_test(tc, depth);
	tcase_add_test(tc, duplicates_large_object);
	tcase_add_test(tc, numbers);
	tcase_add_test(tc, large_input);
	tcase_add_test(tc, diagnostics);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the parser tests in the environment's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(json_parse_suite());
}
