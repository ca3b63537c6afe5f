/*
 * Unit tests of the invoice model: text (UTF-8, NFC), arrays, dates, errors.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "test_support.h"

/* Text fields are copied and normalised to NFC. */
START_TEST(text_is_copied_and_nfc)
{
	fx_invoice *inv;
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	char src[] = "Soci\x65\xCC\x81t\xC3\xA9"; /* "Socie\u0301té" decomposed */
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->seller.name, src), FX_OK);
	src[0] = 'X';
	ck_assert_str_eq(inv->seller.name, "Soci\xC3\xA9t\xC3\xA9");
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->seller.name, NULL), FX_OK);
	ck_assert_ptr_null(inv->seller.name);
	fx_invoice_free(inv);
}
END_TEST

/* Malformed UTF-8 and control characters are refused with the offset. */
START_TEST(bad_text_is_refused)
{
	fx_invoice *inv;
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, "ab\xC3("), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message,
			 "invalid UTF-8 at byte 2 (0xC3): text must be UTF-8");
	ck_assert_ptr_null(inv->number);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, "a\x01"), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message,
			 "control character U+0001 at byte 1 is not allowed in text");
	/* overlong encoding and surrogate */
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, "\xC0\xAF"), FX_EINVAL);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, "\xED\xA0\x80"), FX_EINVAL);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, "tab\there\r\n"), FX_OK);
	fx_invoice_free(inv);
}
END_TEST

/* Many lines can be added; earlier content survives growth. */
START_TEST(lines_grow)
{
	fx_invoice *inv;
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	for (int i = 0; i < 1000; i++) {
		fx_line *l;
		char id[16];
		snprintf(id, sizeof id, "%d", i + 1);
		ck_assert_int_eq(fx_invoice_add_line(inv, &l), FX_OK);
		ck_assert_ptr_null(l->id);
		ck_assert(!l->quantity.set);
		ck_assert_int_eq(fx_invoice_set_text(inv, &l->id, id), FX_OK);
		fx_allowance_charge *ac;
		ck_assert_int_eq(fx_line_add_allowance_charge(inv, l, i % 2, &ac), FX_OK);
		ck_assert(ac->charge == (i % 2 == 1));
	}
	ck_assert_uint_eq(inv->n_lines, 1000);
	ck_assert_str_eq(inv->lines[0].id, "1");
	ck_assert_str_eq(inv->lines[999].id, "1000");
	ck_assert(inv->lines[7].allowances_charges[0].charge);
	fx_identifier *id;
	ck_assert_int_eq(fx_invoice_add_party_identifier(inv, &inv->seller, &id), FX_OK);
	ck_assert_uint_eq(inv->seller.n_identifiers, 1);
	fx_invoice_free(inv);
}
END_TEST

/* Dates: both formats, calendar checks, formatting, ordering. */
START_TEST(dates)
{
	fx_date d, e;
	char buf[16];
	ck_assert_int_eq(fx_date_parse("2024-02-29", 10, &d), FX_OK);
	ck_assert_int_eq(d.year, 2024);
	ck_assert_int_eq(d.month, 2);
	ck_assert_int_eq(d.day, 29);
	ck_assert_int_eq(fx_date_format(d, 0, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "20240229");
	ck_assert_int_eq(fx_date_format(d, 1, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "2024-02-29");
	ck_assert_int_eq(fx_date_parse("20230229", 8, &e), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message, "'20230229' is not a valid calendar date");
	ck_assert_int_eq(fx_date_parse("2026-13-01", 10, &e), FX_EINVAL);
	ck_assert_int_eq(fx_date_parse("2026/01/01", 10, &e), FX_EINVAL);
	ck_assert_int_eq(fx_date_parse("26-01-01", 8, &e), FX_EINVAL);
	ck_assert_int_eq(fx_date_parse("1900-02-29", 10, &e), FX_EINVAL);
	ck_assert_int_eq(fx_date_parse("2000-02-29", 10, &e), FX_OK);
	ck_assert_int_lt(fx_date_cmp(e, d), 0);
	ck_assert_int_eq(fx_date_cmp(d, d), 0);
	fx_date absent = {0};
	ck_assert(fx_date_is_absent(absent));
	ck_assert_int_eq(fx_date_format(absent, 1, buf, sizeof buf), FX_EUSAGE);
}
END_TEST

/* The last error is per thread and can be cleared. */
START_TEST(error_clear)
{
	fx_invoice *inv;
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, "\xFF"), FX_EINVAL);
	ck_assert_int_eq(fx_error_last()->code, FX_EINVAL);
	fx_error_clear();
	ck_assert_int_eq(fx_error_last()->code, FX_OK);
	ck_assert_str_eq(fx_error_last()->message, "");
	ck_assert_str_eq(fx_version(), FX_VERSION_STRING);
	fx_invoice_free(inv);
}
END_TEST

/* Binary data is copied. */
START_TEST(data_is_copied)
{
	fx_invoice *inv;
	fx_attachment *a;
	unsigned char bytes[3] = {0, 1, 2};
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	ck_assert_int_eq(fx_invoice_add_attachment(inv, &a), FX_OK);
	ck_assert_int_eq(fx_invoice_set_data(inv, &a->data, &a->data_len, bytes, 3), FX_OK);
	bytes[1] = 9;
	ck_assert_uint_eq(a->data_len, 3);
	ck_assert_int_eq(a->data[1], 1);
	fx_invoice_free(inv);
}
END_TEST

/* Builds the suite. */
static Suite *model_suite(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, text_is_copied_and_nfc);
	tcase_add_test(tc, bad_text_is_refused);
	tcase_add_test(tc, lines_grow);
	tcase_add_test(tc, dates);
	tcase_add_test(tc, error_clear);
	tcase_add_test(tc, data_is_copied);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the model tests (under the user's locale, to catch locale leaks). */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(model_suite());
}
