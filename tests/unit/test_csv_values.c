/*
 * Unit tests of the values of French exports: numbers ("1 234,56" with
 * spaces or no-break spaces, "-12,5", "1.234,56", "20 %", "(12,50)",
 * "12,50-") read into exact decimals with their written scale, and dates
 * (dd/mm/yyyy, ISO, with a time) checked against the calendar. The results
 * are the same in a French locale.
 */
#include <locale.h>
#include <string.h>

#include "facturx/csv.h"
#include "test_support.h"

/* Parses text with mark and checks the value (as fx_decimal_format writes it). */
static void number_is(const char *text, char mark, const char *want)
{
	fx_decimal d;
	int rc = fx_csv_parse_decimal(text, strlen(text), mark, &d);
	ck_assert_msg(rc == FX_OK, "'%s': %s", text, fx_error_last()->message);
	char buf[FX_DECIMAL_STRLEN];
	ck_assert_int_eq(fx_decimal_format(d, buf, sizeof buf), FX_OK);
	ck_assert_msg(strcmp(buf, want) == 0, "'%s' gives %s, expected %s", text, buf, want);
}

/* Checks that text is refused with code and a message starting with want. */
static void number_fails(const char *text, char mark, int code, const char *want)
{
	fx_decimal d;
	int rc = fx_csv_parse_decimal(text, strlen(text), mark, &d);
	ck_assert_msg(rc == code, "'%s': %d, expected %d", text, rc, code);
	ck_assert_msg(strncmp(fx_error_last()->message, want, strlen(want)) == 0, "'%s': %s", text,
	              fx_error_last()->message);
}

/* French numbers, with the scale they are written with. */
START_TEST(french_numbers)
{
	number_is("1234,56", 0, "1234.56");
	number_is("1 234,56", 0, "1234.56");
	number_is("1\xC2\xA0"
	          "234,56",
	          0, "1234.56"); /* no-break space */
	number_is("1\xE2\x80\xAF"
	          "234\xE2\x80\xAF"
	          "567,5",
	          0, "1234567.5"); /* narrow */
	number_is("-12,5", 0, "-12.5");
	number_is("12,50", 0, "12.50");
	number_is("0,0000001", 0, "0.0000001");
	number_is("  7  ", 0, "7");
	number_is("20 %", 0, "20");
	number_is("5,5%", 0, "5.5");
	number_is("1 234,56 €", 0, "1234.56");
	number_is("(12,50)", 0, "-12.50");
	number_is("12,50-", 0, "-12.50");
	number_is("+3", 0, "3");
	number_is("\xE2\x88\x92"
	          "4,2",
	          0, "-4.2");
	number_is("-0,00", 0, "0.00");
}
END_TEST

/* The decimal mark: decided by each number, or forced. */
START_TEST(decimal_marks)
{
	number_is("1234.56", 0, "1234.56");
	number_is("1.234,56", 0, "1234.56");
	number_is("1,234.56", 0, "1234.56");
	number_is("1.234.567", 0, "1234567");
	number_is("1,234,567", 0, "1234567");
	number_is("1'234.5", 0, "1234.5");
	number_is("1.234", 0, "1.234"); /* a single mark is the decimal mark */
	number_is("1,234", 0, "1.234");
	number_is("1.234", ',', "1234"); /* forced: the other mark groups */
	number_is("1,234", '.', "1234");
	number_is("12,5", ',', "12.5");
}
END_TEST

/* Wrong numbers say what is expected. */
START_TEST(bad_numbers)
{
	const char *want = "expected a number such as 1 234,56 or -12,5";
	number_fails("trois", 0, FX_EINVAL, want);
	number_fails("", 0, FX_EINVAL, want);
	number_fails("-", 0, FX_EINVAL, want);
	number_fails("1e5", 0, FX_EINVAL, want);
	number_fails("12 34,5", 0, FX_EINVAL, want); /* groups of three */
	number_fails("1 2345", 0, FX_EINVAL, want);
	number_fails("1,2,3", 0, FX_EINVAL, want);
	number_fails(",5", 0, FX_EINVAL, want);
	number_fails("12,", 0, FX_EINVAL, want);
	number_fails("1 234.5", ',', FX_EINVAL, want);
	number_fails("-(12)", 0, FX_EINVAL, want);
	number_fails("1234567890123456789012", 0, FX_EOVERFLOW, "the number has too many digits");
	fx_decimal d;
	ck_assert_int_eq(fx_csv_parse_decimal("1", 1, ';', &d), FX_EUSAGE);
}
END_TEST

/* Parses a date and checks it. */
static void date_is(const char *text, int y, int m, int d)
{
	fx_date out;
	int rc = fx_csv_parse_date(text, strlen(text), &out);
	ck_assert_msg(rc == FX_OK, "'%s': %s", text, fx_error_last()->message);
	ck_assert_msg(out.year == y && out.month == m && out.day == d, "'%s' gives %d-%d-%d", text,
	              out.year, out.month, out.day);
}

/* Checks that a date is refused with a message starting with want. */
static void date_fails(const char *text, const char *want)
{
	fx_date out;
	ck_assert_int_eq(fx_csv_parse_date(text, strlen(text), &out), FX_EINVAL);
	ck_assert_msg(strcmp(fx_error_last()->message, want) == 0, "'%s': %s", text,
	              fx_error_last()->message);
}

/* Dates as spreadsheets write them. */
START_TEST(dates)
{
	date_is("24/11/2026", 2026, 11, 24);
	date_is("4/1/2026", 2026, 1, 4);
	date_is("24-11-2026", 2026, 11, 24);
	date_is("24.11.2026", 2026, 11, 24);
	date_is("2026-11-24", 2026, 11, 24);
	date_is("20261124", 2026, 11, 24);
	date_is(" 29/02/2028 ", 2028, 2, 29);
	date_is("24/11/2026 00:00", 2026, 11, 24);
	date_is("24/11/2026 00:00:00", 2026, 11, 24);
	date_is("2026-11-24T10:30:00", 2026, 11, 24);
	date_is("2026-11-24 10:30:00.000", 2026, 11, 24);
	const char *want = "expected a date dd/mm/yyyy or yyyy-mm-dd";
	date_fails("31/02/2026", "expected a date dd/mm/yyyy or yyyy-mm-dd (no such day)");
	date_fails("29/02/2026", "expected a date dd/mm/yyyy or yyyy-mm-dd (no such day)");
	date_fails("2026-13-01", "expected a date dd/mm/yyyy or yyyy-mm-dd (no such day)");
	date_fails("24/11/26", "expected a date dd/mm/yyyy or yyyy-mm-dd (the year needs four "
	                       "digits)");
	date_fails("24/11-2026", want);
	date_fails("novembre 2026", want);
	date_fails("24/11/2026 midi", want);
	date_fails("", want);
	date_fails("123/11/2026", want);
}
END_TEST

/* A French locale changes nothing. */
START_TEST(french_locale)
{
	if (!setlocale(LC_ALL, "fr_FR.UTF-8"))
		return;
	number_is("1 234,56", 0, "1234.56");
	number_is("1234.56", 0, "1234.56");
	setlocale(LC_ALL, "C");
}
END_TEST

/* The suite. */
static Suite *csv_values_suite(void)
{
	Suite *s = suite_create("csv_values");
	TCase *tc = tcase_create("values");
	tcase_add_test(tc, french_numbers);
	tcase_add_test(tc, decimal_marks);
	tcase_add_test(tc, bad_numbers);
	tcase_add_test(tc, dates);
	tcase_add_test(tc, french_locale);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(csv_values_suite());
}
