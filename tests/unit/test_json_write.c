/*
 * Unit tests of the JSON writer: exact layout, round trips, absent fields,
 * and independence from the locale.
 */
#include <locale.h>

#include "test_json_support.h"

/* Writes inv or fails the test; returns the text (to free()). */
static char *write_ok(const fx_invoice *inv)
{
	char *text = NULL;
	size_t len = 0;
	int rc = fx_json_write_memory(inv, &text, &len);
	ck_assert_msg(rc == FX_OK, "write failed: %s", fx_error_last()->message);
	ck_assert_uint_eq(strlen(text), len);
	return text;
}

/* Reads text then writes it back; returns the written text (to free()). */
static char *rewrite(const char *text)
{
	fx_invoice *inv = tj_read_ok(text);
	char *out = write_ok(inv);
	fx_invoice_free(inv);
	return out;
}

/* The layout: 2 spaces, keys in table order, scales kept, identifiers as
 * strings without a scheme, allowances before charges. */
START_TEST(exact_layout)
{
	char *out =
	    rewrite("{\"lines\": [{\"quantity\": 2, \"id\": \"1\", \"net_price\": \"10.50\"}],"
	            " \"charges\": [{\"amount\": 1.0}], \"allowances\": [{\"amount\": 2}],"
	            " \"seller\": {\"legal_id\": \"123\", \"electronic_address\":"
	            " {\"id\": \"a@b\", \"scheme\": \"EM\"}, \"name\": \"S \\\"A\\\"\\n\"},"
	            " \"issue_date\": \"2026-01-05\", \"number\": \"F1\", \"profile\": \"basic\","
	            " \"vat_on_debits\": false, \"operation_category\": \"services\"}");
	ck_assert_str_eq(out, "{\n"
	                      "  \"profile\": \"BASIC\",\n"
	                      "  \"number\": \"F1\",\n"
	                      "  \"issue_date\": \"2026-01-05\",\n"
	                      "  \"operation_category\": \"services\",\n"
	                      "  \"seller\": {\n"
	                      "    \"name\": \"S \\\"A\\\"\\n\",\n"
	                      "    \"legal_id\": \"123\",\n"
	                      "    \"electronic_address\": {\n"
	                      "      \"id\": \"a@b\",\n"
	                      "      \"scheme\": \"EM\"\n"
	                      "    }\n"
	                      "  },\n"
	                      "  \"allowances\": [\n"
	                      "    {\n"
	                      "      \"amount\": 2\n"
	                      "    }\n"
	                      "  ],\n"
	                      "  \"charges\": [\n"
	                      "    {\n"
	                      "      \"amount\": 1.0\n"
	                      "    }\n"
	                      "  ],\n"
	                      "  \"lines\": [\n"
	                      "    {\n"
	                      "      \"id\": \"1\",\n"
	                      "      \"quantity\": 2,\n"
	                      "      \"net_price\": 10.50\n"
	                      "    }\n"
	                      "  ]\n"
	                      "}\n");
	free(out);
	out = rewrite("{}");
	ck_assert_str_eq(out, "{}\n");
	free(out);
	out = rewrite("{\"notes\": [{}], \"seller\": {}, \"vat_on_debits\": true}");
	ck_assert_str_eq(out, "{\n  \"vat_on_debits\": true,\n  \"notes\": [\n    {}\n  ]\n}\n");
	free(out);
}
END_TEST

/* read -> write -> read -> write gives the same text, and the expected one. */
START_TEST(round_trip_full)
{
	char *path = tj_data_path("full.json");
	char *src = fx_test_read(path, NULL);
	char *w1 = rewrite(src);
	char *w2 = rewrite(w1);
	ck_assert_str_eq(w1, w2);
	char *golden_path = tj_data_path("full.written.json");
	char *golden = fx_test_read(golden_path, NULL);
	ck_assert_str_eq(w1, golden);
	free(golden);
	free(golden_path);
	free(w2);
	free(w1);
	free(src);
	free(path);
}
END_TEST

/* Fields set through the API: empty texts and identifiers without an id
 * are left out; control characters are escaped; data is base64. */
START_TEST(from_api)
{
	fx_invoice *inv;
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, "A\tB\r\n"), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->currency, ""), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->seller.legal_id.scheme, "0002"), FX_OK);
	fx_identifier *id;
	ck_assert_int_eq(fx_invoice_add_party_identifier(inv, &inv->buyer, &id), FX_OK);
	ck_assert_int_eq(fx_invoice_add_party_identifier(inv, &inv->buyer, &id), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &id->id, "B2"), FX_OK);
	fx_attachment *att;
	ck_assert_int_eq(fx_invoice_add_attachment(inv, &att), FX_OK);
	static const unsigned char bytes[] = {0x00, 0xFF, 0x10, 0x80};
	ck_assert_int_eq(fx_invoice_set_data(inv, &att->data, &att->data_len, bytes, 4), FX_OK);
	inv->totals.due = fx_decimal_make(-12345, 3);
	inv->issue_date = (fx_date){2024, 2, 29};
	char *out = write_ok(inv);
	ck_assert_str_eq(out, "{\n"
	                      "  \"number\": \"A\\tB\\r\\n\",\n"
	                      "  \"issue_date\": \"2024-02-29\",\n"
	                      "  \"buyer\": {\n"
	                      "    \"identifiers\": [\n"
	                      "      \"B2\"\n"
	                      "    ]\n"
	                      "  },\n"
	                      "  \"totals\": {\n"
	                      "    \"due\": -12.345\n"
	                      "  },\n"
	                      "  \"attachments\": [\n"
	                      "    {\n"
	                      "      \"data\": \"AP8QgA==\"\n"
	                      "    }\n"
	                      "  ]\n"
	                      "}\n");
	/* and it reads back to the same bytes */
	fx_invoice *back = tj_read_ok(out);
	ck_assert_uint_eq(back->attachments[0].data_len, 4);
	ck_assert_mem_eq(back->attachments[0].data, bytes, 4);
	ck_assert_str_eq(back->number, "A\tB\r\n");
	fx_invoice_free(back);
	free(out);
	/* an invalid enum value is refused */
	inv->operation_category = (fx_operation_category)9;
	char *bad = NULL;
	ck_assert_int_eq(fx_json_write_memory(inv, &bad, NULL), FX_EINVAL);
	ck_assert_ptr_null(bad);
	inv->operation_category = FX_OPERATION_GOODS;
	inv->has_profile = true;
	inv->profile = (fx_profile)7;
	ck_assert_int_eq(fx_json_write_memory(inv, &bad, NULL), FX_EINVAL);
	ck_assert_ptr_null(bad);
	ck_assert_int_eq(fx_json_write_memory(NULL, &bad, NULL), FX_EUSAGE);
	fx_invoice_free(inv);
}
END_TEST

/* Base64 of every length modulo 3 survives a round trip. */
START_TEST(base64_lengths)
{
	static const char *const cases[][2] = {
	    {"QQ==", "A"}, {"QUI=", "AB"}, {"QUJD", "ABC"}, {"QUJDRA==", "ABCD"}};
	for (size_t i = 0; i < 4; i++) {
		char text[128];
		snprintf(text, sizeof text, "{\"attachments\": [{\"data\": \"%s\"}]}", cases[i][0]);
		fx_invoice *inv = tj_read_ok(text);
		ck_assert_uint_eq(inv->attachments[0].data_len, strlen(cases[i][1]));
		ck_assert_mem_eq(inv->attachments[0].data, cases[i][1], strlen(cases[i][1]));
		char *out = write_ok(inv);
		ck_assert_ptr_nonnull(strstr(out, cases[i][0]));
		free(out);
		fx_invoice_free(inv);
	}
}
END_TEST

/* With a French locale (decimal comma), reading and writing are unchanged. */
START_TEST(french_locale)
{
	char *path = tj_data_path("full.json");
	char *src = fx_test_read(path, NULL);
	char *before = rewrite(src);
	char *old = setlocale(LC_ALL, NULL);
	char *saved = old ? strdup(old) : NULL;
	if (setlocale(LC_ALL, "fr_FR.UTF-8")) {
		ck_assert_str_eq(localeconv()->decimal_point, ",");
		char *after = rewrite(src);
		ck_assert_str_eq(after, before);
		ck_assert_ptr_nonnull(strstr(after, "\"quantity\": 10.5,"));
		free(after);
	} else {
		printf("note: fr_FR.UTF-8 is not installed; checked in the current locale only\n");
		ck_assert_ptr_nonnull(strstr(before, "\"quantity\": 10.5,"));
	}
	setlocale(LC_ALL, saved ? saved : "C");
	free(saved);
	free(before);
	free(src);
	free(path);
}
END_TEST

/* Builds the suite. */
static Suite *json_write_suite(void)
{
	Suite *s = suite_create("json_write");
	TCase *tc = tcase_create("write");
	tcase_add_test(tc, exact_layout);
	tcase_add_test(tc, round_trip_full);
	tcase_add_test(tc, from_api);
	tcase_add_test(tc, base64_lengths);
	tcase_add_test(tc, french_locale);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the JSON writer tests in the environment's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(json_write_suite());
}
