/*
 * The renderer's formatting: amounts, numbers, rates and dates through ICU
 * (exact bytes, narrow no-break spaces included) and amounts in words.
 */
#include <stdlib.h>
#include <string.h>

#include "render/format.h"
#include "test_render_fixture.h"

/* Formats v as an amount in locale loc and compares with want. */
static void amount_is(const char *loc, const char *v, const char *cur, const char *want)
{
	fx_fmt f = {0};
	char buf[FX_FMT_MAX];
	ck_assert_int_eq(fx_fmt_open(&f, loc, NULL), FX_OK);
	ck_assert_int_eq(fx_fmt_amount(&f, fxt_dec(v), cur, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, want);
	fx_fmt_close(&f);
}

/* French and English amounts, exactly as ICU writes them. */
START_TEST(amounts)
{
	/* fr: U+202F narrow no-break space groups, U+00A0 before the symbol */
	amount_is("fr_FR", "1234.56", "EUR",
	          "1\xE2\x80\xAF"
	          "234,56\xC2\xA0\xE2\x82\xAC");
	amount_is("fr_FR", "-19.2", "EUR", "-19,20\xC2\xA0\xE2\x82\xAC");
	amount_is("fr_FR", "3.0525", "EUR", "3,0525\xC2\xA0\xE2\x82\xAC");
	amount_is("fr_FR", "1000000", "EUR",
	          "1\xE2\x80\xAF"
	          "000\xE2\x80\xAF"
	          "000,00\xC2\xA0\xE2\x82\xAC");
	amount_is("en_GB", "1234.56", "EUR",
	          "\xE2\x82\xAC"
	          "1,234.56");
	amount_is("en_GB", "-19.20", "EUR",
	          "-\xE2\x82\xAC"
	          "19.20");
	/* more than 15 significant digits stay exact (no binary floating point) */
	amount_is("en_GB", "92233720368547758.07", "EUR",
	          "\xE2\x82\xAC"
	          "92,233,720,368,547,758.07");
}
END_TEST

/* Plain numbers, quantities and rates. */
START_TEST(numbers_and_rates)
{
	fx_fmt f = {0};
	char buf[FX_FMT_MAX];
	ck_assert_int_eq(fx_fmt_open(&f, "fr_FR", "dd/MM/yyyy"), FX_OK);
	ck_assert_int_eq(fx_fmt_number(&f, fxt_dec("2.500"), 0, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "2,5");
	ck_assert_int_eq(fx_fmt_number(&f, fxt_dec("48"), 0, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "48");
	ck_assert_int_eq(fx_fmt_number(&f, fxt_dec("1234.5"), 2, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "1\xE2\x80\xAF"
	                      "234,50");
	ck_assert_int_eq(fx_fmt_percent(&f, fxt_dec("5.5"), buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "5,5\xC2\xA0%");
	ck_assert_int_eq(fx_fmt_percent(&f, fxt_dec("20.00"), buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "20\xC2\xA0%");
	fx_fmt_close(&f);
	ck_assert_int_eq(fx_fmt_open(&f, "en_GB", NULL), FX_OK);
	ck_assert_int_eq(fx_fmt_percent(&f, fxt_dec("5.5"), buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "5.5%");
	fx_fmt_close(&f);
}
END_TEST

/* Dates in the template's pattern, in UTC whatever the time zone. */
START_TEST(dates)
{
	fx_fmt f = {0};
	char buf[FX_FMT_MAX];
	fx_date d;
	setenv("TZ", "Pacific/Kiritimati", 1);
	ck_assert_int_eq(fx_date_parse("2026-11-24", 10, &d), FX_OK);
	ck_assert_int_eq(fx_fmt_open(&f, "fr_FR", "dd/MM/yyyy"), FX_OK);
	ck_assert_int_eq(fx_fmt_date(&f, d, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "24/11/2026");
	fx_fmt_close(&f);
	ck_assert_int_eq(fx_fmt_open(&f, "fr_FR", "d MMMM yyyy"), FX_OK);
	ck_assert_int_eq(fx_date_parse("2024-02-29", 10, &d), FX_OK);
	ck_assert_int_eq(fx_fmt_date(&f, d, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "29 février 2024");
	fx_fmt_close(&f);
	ck_assert_int_eq(fx_fmt_open(&f, "en_GB", "d MMM yyyy"), FX_OK);
	ck_assert_int_eq(fx_date_parse("1969-12-31", 10, &d), FX_OK);
	ck_assert_int_eq(fx_fmt_date(&f, d, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "31 Dec 1969");
	fx_date none = {0};
	ck_assert_int_eq(fx_fmt_date(&f, none, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "");
	fx_fmt_close(&f);
	unsetenv("TZ");
}
END_TEST

/* Spells v in currency cur and language lang; compares with want. */
static void words_are(const char *v, const char *cur, const char *lang, const char *want)
{
	char *w = NULL;
	int rc = fx_render_amount_in_words(fxt_dec(v), cur, lang, &w);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	ck_assert_str_eq(w, want);
	free(w);
}

/* French amounts in words, with the grammar of units. */
START_TEST(words_french)
{
	words_are("1234.56", "EUR", "fr",
	          "mille deux cent trente-quatre euros et cinquante-six centimes");
	words_are("1", "EUR", "fr", "un euro");
	words_are("0", "EUR", "fr", "zéro euro");
	words_are("0.01", "EUR", "fr", "un centime");
	words_are("80", "EUR", "fr", "quatre-vingts euros");
	words_are("200.80", "EUR", "fr", "deux cents euros et quatre-vingts centimes");
	words_are("2000000", "EUR", "fr", "deux millions d'euros");
	words_are("1000000.50", "EUR", "fr", "un million d'euros et cinquante centimes");
	words_are("1001000", "EUR", "fr", "un million mille euros");
	words_are("1.005", "EUR", "fr", "un euro et un centime"); /* half up */
	words_are("-12", "EUR", "fr", "moins douze euros");
	words_are("21.01", "GBP", "fr", "vingt-et-une livres sterling et un penny");
	words_are("3", "JPY", "fr", "trois JPY");
	words_are("3.25", "XAF", "fr", "trois XAF et 25/100");
}
END_TEST

/* English amounts in words. */
START_TEST(words_english)
{
	words_are("1234.56", "EUR", "en",
	          "one thousand two hundred thirty-four euros and fifty-six cents");
	words_are("1", "EUR", "en", "one euro");
	words_are("0.01", "EUR", "en", "one cent");
	words_are("0", "EUR", "en", "zero euros");
	words_are("2000000", "USD", "en", "two million US dollars");
	words_are("2.02", "GBP", "en", "two pounds sterling and two pence");
}
END_TEST

/* Bad arguments are refused. */
START_TEST(words_errors)
{
	char *w;
	fx_decimal absent = {0};
	ck_assert_int_eq(fx_render_amount_in_words(absent, "EUR", "fr", &w), FX_EUSAGE);
	ck_assert_int_eq(fx_render_amount_in_words(fxt_dec("1"), "EURO", "fr", &w), FX_EUSAGE);
	ck_assert_int_eq(fx_render_amount_in_words(fxt_dec("1"), "EUR", "de", &w), FX_EUSAGE);
	ck_assert_int_eq(fx_render_amount_in_words(fxt_dec("1"), "EUR", "fr", NULL), FX_EUSAGE);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("render_format");
	TCase *tc = tcase_create("format");
	tcase_add_test(tc, amounts);
	tcase_add_test(tc, numbers_and_rates);
	tcase_add_test(tc, dates);
	tcase_add_test(tc, words_french);
	tcase_add_test(tc, words_english);
	tcase_add_test(tc, words_errors);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
