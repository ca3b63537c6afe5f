/*
 * Unit tests of the JSON reader's error messages: each class of mistake is
 * reported as FX_EINVAL with "source:line:col: path: what", exactly.
 */
#include <locale.h>

#include "test_json_support.h"

/* A key given twice names both places. */
START_TEST(duplicate_key)
{
	tj_fail("{\n  \"number\": \"A\",\n  \"number\": \"B\"\n}",
	        "invoice.json:3:3: $.number: duplicate key (first given at 2:3)");
	tj_fail("{\"seller\": {\"name\": \"A\", \"vat_id\": \"B\", \"name\": \"C\"}}",
	        "invoice.json:1:41: $.seller.name: duplicate key (first given at 1:13)");
}
END_TEST

/* A wrong type names the expectation and what was found. */
START_TEST(wrong_type)
{
	tj_fail("{\n"
	        "  \"lines\": [\n"
	        "    {\"id\": \"1\"},\n"
	        "    {\"id\": \"2\"},\n"
	        "    {\"id\": \"3\", \"quantity\": \"abc\"}\n"
	        "  ]\n"
	        "}\n",
	        "invoice.json:5:29: $.lines[2].quantity: expected a decimal number (e.g. 12.5 or "
	        "\"12.50\"), got \"abc\"");
	tj_fail("{\"number\": 42}",
	        "invoice.json:1:12: $.number: expected a text (a JSON string), got 42");
	tj_fail("{\"number\": null}",
	        "invoice.json:1:12: $.number: expected a text (a JSON string), got null");
	tj_fail("{\"seller\": [1]}",
	        "invoice.json:1:12: $.seller: expected an object, got an array");
	tj_fail("{\"lines\": {}}", "invoice.json:1:11: $.lines: expected an array, got an object");
	tj_fail("{\"notes\": [\"x\"]}",
	        "invoice.json:1:12: $.notes[0]: expected an object, got \"x\"");
	tj_fail("{\"vat_on_debits\": \"yes\"}",
	        "invoice.json:1:19: $.vat_on_debits: expected true or false, got \"yes\"");
	tj_fail("{\"operation_category\": \"both\"}",
	        "invoice.json:1:24: $.operation_category: expected \"goods\", \"services\" or "
	        "\"mixed\", got \"both\"");
	tj_fail("{\"profile\": \"PREMIUM\"}",
	        "invoice.json:1:13: $.profile: expected a profile (\"MINIMUM\", \"BASIC WL\", "
	        "\"BASIC\", \"EN 16931\" or \"EXTENDED\"), got \"PREMIUM\"");
	tj_fail("{\"seller\": {\"legal_id\": 123}}",
	        "invoice.json:1:25: $.seller.legal_id: expected an identifier (a text or "
	        "{\"id\": ..., \"scheme\": ...}), got 123");
	tj_fail("{\"seller\": {\"legal_id\": {\"scheme\": \"0002\"}}}",
	        "invoice.json:1:25: $.seller.legal_id: missing key 'id'");
	tj_fail("[1]", "invoice.json:1:1: $: expected an object, got an array");
	tj_fail("{\"$schema\": true}",
	        "invoice.json:1:13: $.$schema: expected a text (a JSON string), got true");
}
END_TEST

/* Decimals: exponents, signs and over-long values are refused. */
START_TEST(bad_decimal)
{
	tj_fail("{\"totals\": {\"due\": 1e3}}",
	        "invoice.json:1:20: $.totals.due: expected a decimal number (e.g. 12.5 or "
	        "\"12.50\"), got 1e3");
	tj_fail("{\"totals\": {\"due\": \"+5\"}}",
	        "invoice.json:1:20: $.totals.due: expected a decimal number (e.g. 12.5 or "
	        "\"12.50\"), got \"+5\"");
	tj_fail("{\"totals\": {\"due\": \"12,50\"}}",
	        "invoice.json:1:20: $.totals.due: expected a decimal number (e.g. 12.5 or "
	        "\"12.50\"), got \"12,50\"");
	tj_fail("{\"totals\": {\"due\": \" 1\"}}",
	        "invoice.json:1:20: $.totals.due: expected a decimal number (e.g. 12.5 or "
	        "\"12.50\"), got \" 1\"");
	tj_fail("{\"totals\": {\"due\": 123456789012345678901234}}",
	        "invoice.json:1:20: $.totals.due: decimal number too large or with too many "
	        "decimals (at most 18), got 123456789012345678901234");
	tj_fail("{\"totals\": {\"due\": 01}}",
	        "invoice.json:1:20: $.totals.due: invalid number '01'");
	tj_fail("{\"totals\": {\"due\": -}}",
	        "invoice.json:1:20: $.totals.due: invalid number '-'");
	tj_fail("{\"totals\": {\"due\": 1.}}",
	        "invoice.json:1:20: $.totals.due: invalid number '1.'");
}
END_TEST

/* Dates: the shape and the calendar are both checked. */
START_TEST(bad_date)
{
	tj_fail("{\"issue_date\": \"2026-02-30\"}",
	        "invoice.json:1:16: $.issue_date: expected a date \"YYYY-MM-DD\", got "
	        "\"2026-02-30\" (no such day)");
	tj_fail("{\"issue_date\": \"0000-01-01\"}",
	        "invoice.json:1:16: $.issue_date: expected a date \"YYYY-MM-DD\", got "
	        "\"0000-01-01\" (no such day)");
	tj_fail("{\"issue_date\": \"31/03/2026\"}",
	        "invoice.json:1:16: $.issue_date: expected a date \"YYYY-MM-DD\", got "
	        "\"31/03/2026\"");
	tj_fail(
	    "{\"issue_date\": \"20260331\"}",
	    "invoice.json:1:16: $.issue_date: expected a date \"YYYY-MM-DD\", got \"20260331\"");
	tj_fail("{\"period\": {\"end\": 20260331}}",
	        "invoice.json:1:20: $.period.end: expected a date \"YYYY-MM-DD\", got 20260331");
}
END_TEST

/* Unknown keys get a suggestion when one is close, else the short list. */
START_TEST(unknown_key)
{
	tj_fail("{\n  \"seller\": {\n    \"name\": \"A\",\n    \"nmae\": \"B\"\n  }\n}",
	        "invoice.json:4:5: $.seller.nmae: unknown key; did you mean 'name'?");
	tj_fail("{\"lines\": [{\"unitCode\": \"C62\"}]}",
	        "invoice.json:1:13: $.lines[0].unitCode: unknown key; did you mean 'unit_code'?");
	tj_fail("{\"Number\": \"1\"}",
	        "invoice.json:1:2: $.Number: unknown key; did you mean 'number'?");
	tj_fail("{\"period\": {\"begin\": \"2026-01-01\"}}",
	        "invoice.json:1:13: $.period.begin: unknown key; allowed keys: start, end");
	tj_fail("{\"foo\": 1}", "invoice.json:1:2: $.foo: unknown key");
	/* buyers have no BT-32: the seller-only key is refused there */
	tj_fail(
	    "{\"buyer\": {\"legal_info\": \"x\"}}",
	    "invoice.json:1:12: $.buyer.legal_info: unknown key; allowed keys: name, "
	    "trading_name, identifiers, legal_id, vat_id, electronic_address, address, contact");
	tj_fail("{\"seller\": {\"legal_id\": {\"idd\": \"1\"}}}",
	        "invoice.json:1:26: $.seller.legal_id.idd: unknown key; did you mean 'id'?");
	tj_fail("{\"a b\": 1}", "invoice.json:1:2: $[\"a b\"]: unknown key");
	/* an unknown key is reported even when a known one after it is wrong */
	tj_fail("{\"nuber\": \"1\", \"issue_date\": 5}",
	        "invoice.json:1:2: $.nuber: unknown key; did you mean 'number'?");
}
END_TEST

/* Invalid UTF-8 is reported at the bad byte; columns count characters. */
START_TEST(bad_utf8)
{
	char text[64];
	snprintf(text, sizeof text, "{\"number\": \"ab%c%c\"}", 0xC3, 0x28);
	tj_fail(text, "invoice.json:1:15: $.number: invalid UTF-8 in a string (byte 0xC3)");
	snprintf(text, sizeof text, "{\"number\": \"%c%c%c\"}", 0xC3, 0xA9, 0xFF);
	tj_fail(text, "invoice.json:1:14: $.number: invalid UTF-8 in a string (byte 0xFF)");
	/* overlong '/', an encoded surrogate, and a value above U+10FFFF */
	snprintf(text, sizeof text, "{\"number\": \"%c%c\"}", 0xC0, 0xAF);
	tj_fail(text, "invoice.json:1:13: $.number: invalid UTF-8 in a string (byte 0xC0)");
	snprintf(text, sizeof text, "{\"number\": \"%c%c%c\"}", 0xED, 0xA0, 0x80);
	tj_fail(text, "invoice.json:1:13: $.number: invalid UTF-8 in a string (byte 0xED)");
	snprintf(text, sizeof text, "{\"number\": \"%c%c%c%c\"}", 0xF4, 0x90, 0x80, 0x80);
	tj_fail(text, "invoice.json:1:13: $.number: invalid UTF-8 in a string (byte 0xF4)");
	/* a truncated sequence at the very end of the input */
	snprintf(text, sizeof text, "{\"number\": \"%c", 0xE2);
	tj_fail(text, "invoice.json:1:13: $.number: invalid UTF-8 in a string (byte 0xE2)");
	/* outside strings */
	snprintf(text, sizeof text, "{\"number\": %c}", 0xE9);
	tj_fail(text, "invoice.json:1:12: $.number: expected a value, got byte 0xE9");
	snprintf(text, sizeof text, "{\"number\": %c%c}", 0xC3, 0xA9);
	tj_fail(text, "invoice.json:1:12: $.number: expected a value, got '\xC3\xA9'");
	/* characters before the error count once each, whatever their size */
	snprintf(text, sizeof text, "{\"name\xE2\x82\xAC\xF0\x9F\x98\x80\": 1}");
	tj_fail(text, "invoice.json:1:2: $[\"name\xE2\x82\xAC\xF0\x9F\x98\x80\"]: unknown key");
	tj_fail("{\"seller\": {\"name\": \"\xC3\xA9\xC3\xA9\", \"x\": 1}}",
	        "invoice.json:1:27: $.seller.x: unknown key");
}
END_TEST

/* Escapes: unknown ones, short \u, lone surrogates. */
START_TEST(bad_escape)
{
	tj_fail("{\"number\": \"a\\qb\"}",
	        "invoice.json:1:14: $.number: invalid escape '\\q' in a string");
	tj_fail("{\"number\": \"a\\u12G4\"}",
	        "invoice.json:1:14: $.number: invalid \\u escape (expected 4 hexadecimal digits)");
	tj_fail("{\"number\": \"\\uD800x\"}",
	        "invoice.json:1:13: $.number: lone surrogate \\uD800 in a string (a high surrogate "
	        "must be followed by a low one)");
	tj_fail("{\"number\": \"\\uD800\\u0041\"}",
	        "invoice.json:1:13: $.number: lone surrogate \\uD800 in a string (a high surrogate "
	        "must be followed by a low one)");
	tj_fail("{\"number\": \"x\\uDC00\"}",
	        "invoice.json:1:14: $.number: lone surrogate \\uDC00 in a string");
	tj_fail("{\"number\": \"a\tb\"}",
	        "invoice.json:1:14: $.number: control character U+0009 inside a string (escape it "
	        "as \\u0009)");
	tj_fail("{\"number\": \"a\nb\"}",
	        "invoice.json:1:14: $.number: line break inside a string (write it as \\n)");
	tj_fail("{\"number\": \"abc", "invoice.json:1:12: $.number: unterminated string");
	tj_fail("{\"number\": \"abc\\", "invoice.json:1:16: $.number: unterminated string");
	/* a valid escape producing a control character is refused by the model */
	fx_invoice *inv = NULL;
	const char *ctl = "{\"number\": \"a\\u0001\"}";
	ck_assert_int_eq(fx_json_read_memory(ctl, strlen(ctl), "invoice.json", &inv), FX_EINVAL);
	ck_assert_ptr_null(inv);
	const char *msg = fx_error_last()->message;
	ck_assert_msg(strncmp(msg, "invoice.json:1:12: $.number: ", 29) == 0, "%s", msg);
	ck_assert_ptr_nonnull(strstr(msg, "U+0001"));
}
END_TEST

/* Nesting is limited to 64 levels. */
START_TEST(depth_limit)
{
	/* 64 levels: the parser accepts it, the reader refuses the type. */
	char text[256];
	size_t n = 0;
	memcpy(text, "{\"notes\": ", 10);
	n = 10;
	for (int i = 0; i < 63; i++)
		text[n++] = '[';
	for (int i = 0; i < 63; i++)
		text[n++] = ']';
	text[n++] = '}';
	text[n] = '\0';
	tj_fail(text, "invoice.json:1:12: $.notes[0]: expected an object, got an array");
	/* 65 levels: refused where the 65th opens, whatever follows. */
	n = 10;
	for (int i = 0; i < 64; i++)
		text[n++] = '[';
	text[n] = '\0';
	char want[512];
	size_t w = (size_t)snprintf(want, sizeof want, "invoice.json:1:74: $.notes");
	for (int i = 0; i < 63; i++)
		w += (size_t)snprintf(want + w, sizeof want - w, "[0]");
	snprintf(want + w, sizeof want - w, ": nesting deeper than 64 levels");
	tj_fail(text, want);
}
END_TEST

/* Anything after the document, and empty documents, are refused. */
START_TEST(trailing_and_empty)
{
	tj_fail("{\"number\": \"1\"} x",
	        "invoice.json:1:17: unexpected 'x' after the end of the JSON value");
	tj_fail("{}{}", "invoice.json:1:3: unexpected '{' after the end of the JSON value");
	tj_fail("", "invoice.json:1:1: empty input (expected a JSON object)");
	tj_fail("  \n\t ", "invoice.json:2:3: empty input (expected a JSON object)");
	tj_fail_n("{}\0", 3,
	          "invoice.json:1:3: unexpected byte 0x00 after the end of the JSON value");
	tj_fail("{\"number\": ", "invoice.json:1:12: $.number: expected a value, got end of input");
	tj_fail(
	    "{\"number\": \"1\"",
	    "invoice.json:1:15: $: expected ',' or '}' after an object member, got end of input");
}
END_TEST

/* Other syntax errors. */
START_TEST(syntax)
{
	tj_fail("{\"a\": 1 \"b\": 2}",
	        "invoice.json:1:9: $: expected ',' or '}' after an object member, got '\"'");
	tj_fail("{\"number\": \"1\",}", "invoice.json:1:16: $: trailing comma before '}'");
	tj_fail("{\"notes\": [{},]}", "invoice.json:1:15: $.notes: trailing comma before ']'");
	tj_fail("{\"notes\": [{} {}]}",
	        "invoice.json:1:15: $.notes: expected ',' or ']' after an array element, got '{'");
	tj_fail("{number: 1}", "invoice.json:1:2: $: expected a key in double quotes, got 'n'");
	tj_fail("{\"number\" 1}",
	        "invoice.json:1:11: $.number: expected ':' after the key, got '1'");
	tj_fail("{\"vat_on_debits\": tru}",
	        "invoice.json:1:19: $.vat_on_debits: invalid literal 'tru' (expected a value)");
	tj_fail("{\"vat_on_debits\": True}",
	        "invoice.json:1:19: $.vat_on_debits: expected a value, got 'T'");
	tj_fail("{\"x\": 1 // comment\n}",
	        "invoice.json:1:9: $: expected ',' or '}' after an object member, got '/'");
}
END_TEST

/* Empty texts are errors; texts must be strings. */
START_TEST(empty_text)
{
	tj_fail("{\"number\": \"\"}",
	        "invoice.json:1:12: $.number: expected a non-empty text, got \"\"");
	tj_fail("{\"seller\": {\"legal_id\": \"\"}}",
	        "invoice.json:1:25: $.seller.legal_id: expected a non-empty text, got \"\"");
	tj_fail("{\"seller\": {\"identifiers\": [\"A\", \"\"]}}",
	        "invoice.json:1:34: $.seller.identifiers[1]: expected a non-empty text, got \"\"");
}
END_TEST

/* Base64 attachment data: the bad character is pointed at. */
START_TEST(bad_base64)
{
	tj_fail("{\"attachments\": [{\"data\": \"SGVs!G8=\"}]}",
	        "invoice.json:1:32: $.attachments[0].data: invalid base64 character \"!\"");
	tj_fail("{\"attachments\": [{\"data\": \"SGVsbG8\"}]}",
	        "invoice.json:1:35: $.attachments[0].data: base64 text length is not a multiple "
	        "of 4 (is '=' padding missing?)");
	tj_fail("{\"attachments\": [{\"data\": \"SG=sbG8=\"}]}",
	        "invoice.json:1:30: $.attachments[0].data: misplaced '=' padding");
	tj_fail("{\"attachments\": [{\"data\": \"S===\"}]}",
	        "invoice.json:1:29: $.attachments[0].data: misplaced '=' padding");
	/* with escapes in the string, the string itself is pointed at */
	tj_fail("{\"attachments\": [{\"data\": \"\\u0053G-s\"}]}",
	        "invoice.json:1:27: $.attachments[0].data: invalid base64 character \"-\"");
	tj_fail(
	    "{\"attachments\": [{\"data\": \"\"}]}",
	    "invoice.json:1:27: $.attachments[0].data: expected non-empty base64 data, got \"\"");
}
END_TEST

/* Long values are shortened in messages; a NULL source is "<memory>". */
START_TEST(message_details)
{
	const char *text = "{\"number\": 1}";
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_json_read_memory(text, strlen(text), NULL, &inv), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message,
	                 "<memory>:1:12: $.number: expected a text (a JSON string), got 1");
	tj_fail("{\"issue_date\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}",
	        "invoice.json:1:16: $.issue_date: expected a date \"YYYY-MM-DD\", got "
	        "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"");
	tj_fail("{\"vat_on_debits\": \"a\\\"b\\n\"}",
	        "invoice.json:1:19: $.vat_on_debits: expected true or false, got \"a\\\"b\\n\"");
}
END_TEST

/* Inputs over 64 MiB are refused before parsing. */
START_TEST(size_limit)
{
	size_t len = (size_t)64 * 1024 * 1024 + 1;
	char *big = calloc(1, len);
	ck_assert_ptr_nonnull(big);
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_json_read_memory(big, len, "big.json", &inv), FX_EINVAL);
	ck_assert_ptr_null(inv);
	ck_assert_str_eq(fx_error_last()->message,
	                 "big.json: input too large (67108865 bytes; the limit is 64 MiB)");
	free(big);
}
END_TEST

/* Files: an unreadable one is FX_EIO naming it; errors carry the file name. */
START_TEST(file_errors)
{
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_json_read_file("/nonexistent/dir/invoice.json", &inv), FX_EIO);
	ck_assert_ptr_null(inv);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "/nonexistent/dir/invoice.json"));
	char *path = tj_data_path("bad-decimal.json");
	ck_assert_int_eq(fx_json_read_file(path, &inv), FX_EINVAL);
	char want[4200];
	snprintf(want, sizeof want,
	         "%s:8:19: $.lines[0].quantity: expected a decimal number (e.g. 12.5 or "
	         "\"12.50\"), got \"10,5\"",
	         path);
	ck_assert_str_eq(fx_error_last()->message, want);
	free(path);
	ck_assert_int_eq(fx_json_read_file(NULL, &inv), FX_EUSAGE);
	ck_assert_int_eq(fx_json_read_memory("{}", 2, NULL, NULL), FX_EUSAGE);
}
END_TEST

/* Builds the suite. */
static Suite *json_errors_suite(void)
{
	Suite *s = suite_create("json_errors");
	TCase *tc = tcase_create("errors");
	tcase_add_test(tc, duplicate_key);
	tcase_add_test(tc, wrong_type);
	tcase_add_test(tc, bad_decimal);
	tcase_add_test(tc, bad_date);
	tcase_add_test(tc, unknown_key);
	tcase_add_test(tc, bad_utf8);
	tcase_add_test(tc, bad_escape);
	tcase_add_test(tc, depth_limit);
	tcase_add_test(tc, trailing_and_empty);
	tcase_add_test(tc, syntax);
	tcase_add_test(tc, empty_text);
	tcase_add_test(tc, bad_base64);
	tcase_add_test(tc, message_details);
	tcase_add_test(tc, size_limit);
	tcase_add_test(tc, file_errors);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the JSON error tests in the environment's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(json_errors_suite());
}
