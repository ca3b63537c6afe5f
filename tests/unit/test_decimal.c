/*
 * Unit tests of the exact decimals (include/facturx/decimal.h).
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx/decimal.h"
#include "test_support.h"

/* Parses text into a decimal or fails the test. */
static fx_decimal D(const char *text)
{
	fx_decimal d;
	int rc = fx_decimal_parse(text, strlen(text), &d);
	ck_assert_msg(rc == FX_OK, "parse \"%s\": %d %s", text, rc, fx_error_last()->message);
	return d;
}

/* Formats d into one of a few rotating static buffers. */
static const char *S(fx_decimal d)
{
	static char bufs[8][FX_DECIMAL_STRLEN];
	static int next;
	char *b = bufs[next++ % 8];
	int rc = fx_decimal_format(d, b, FX_DECIMAL_STRLEN);
	ck_assert_msg(rc == FX_OK, "format: %s", fx_error_last()->message);
	return b;
}

/* Asserts that parsing text fails with code. */
static void parse_fails(const char *text, int code)
{
	fx_decimal d = fx_decimal_make(42, 0);
	int rc = fx_decimal_parse(text, strlen(text), &d);
	ck_assert_msg(rc == code, "parse \"%s\" gave %d, expected %d", text, rc, code);
	ck_assert_int_eq(d.coef, 42); /* out untouched on failure */
	ck_assert_str_ne(fx_error_last()->message, "");
}

/* Rounds text to scale with mode and returns the formatted result. */
static const char *R(const char *text, int scale, fx_rounding mode)
{
	fx_decimal r;
	int rc = fx_decimal_round(D(text), scale, mode, &r);
	ck_assert_msg(rc == FX_OK, "round %s: %s", text, fx_error_last()->message);
	return S(r);
}

/* Divides a by b to scale decimals with mode and returns the text. */
static const char *DIV(const char *a, const char *b, int scale, fx_rounding mode)
{
	fx_decimal r;
	int rc = fx_decimal_div(D(a), D(b), scale, mode, &r);
	ck_assert_msg(rc == FX_OK, "div %s/%s: %s", a, b, fx_error_last()->message);
	return S(r);
}

START_TEST(parse_keeps_scale)
{
	fx_decimal d = D("-12.50");
	ck_assert_int_eq(d.coef, -1250);
	ck_assert_int_eq(d.scale, 2);
	ck_assert(d.set);
	ck_assert_str_eq(S(D("3")), "3");
	ck_assert_str_eq(S(D("+3.0")), "3.0");
	ck_assert_str_eq(S(D("007.050")), "7.050");
	ck_assert_str_eq(S(D("0.001")), "0.001");
	ck_assert_str_eq(S(D("-0.5")), "-0.5");
	ck_assert_str_eq(S(D("-0")), "0");
	ck_assert_str_eq(S(D("0000")), "0");
	ck_assert_str_eq(S(D("9223372036854775807")), "9223372036854775807");
	ck_assert_str_eq(S(D("-922337203.6854775807")), "-922337203.6854775807");
	ck_assert_str_eq(S(D("0.000000000000000001")), "0.000000000000000001");
	/* not NUL-terminated: only len bytes count */
	fx_decimal d2;
	ck_assert_int_eq(fx_decimal_parse("12.345xyz", 6, &d2), FX_OK);
	ck_assert_str_eq(S(d2), "12.345");
}
END_TEST

START_TEST(parse_rejects_bad_syntax)
{
	parse_fails("", FX_EINVAL);
	parse_fails("-", FX_EINVAL);
	parse_fails(".5", FX_EINVAL);
	parse_fails("-.5", FX_EINVAL);
	parse_fails("5.", FX_EINVAL);
	parse_fails("1e3", FX_EINVAL);
	parse_fails(" 1", FX_EINVAL);
	parse_fails("1 ", FX_EINVAL);
	parse_fails("1,5", FX_EINVAL);
	parse_fails("1.2.3", FX_EINVAL);
	parse_fails("--1", FX_EINVAL);
	parse_fails("0x10", FX_EINVAL);
	parse_fails("١٢", FX_EINVAL); /* Arabic-Indic digits are not ASCII digits */
	ck_assert_int_eq(fx_decimal_parse(NULL, 0, NULL), FX_EUSAGE);
}
END_TEST

START_TEST(parse_overflow)
{
	parse_fails("9223372036854775808", FX_EOVERFLOW);
	parse_fails("-9223372036854775808", FX_EOVERFLOW);
	parse_fails("12345678901234567890", FX_EOVERFLOW);
	parse_fails("0.0000000000000000001", FX_EOVERFLOW); /* 19 decimals */
	parse_fails("1.1234567890123456789", FX_EOVERFLOW);
	ck_assert_int_eq(fx_error_last()->code, FX_EOVERFLOW);
	/* trailing zeros are dropped when (and only when) needed to fit */
	ck_assert_str_eq(S(D("1.50000000000000000000")), "1.500000000000000000");
	ck_assert_str_eq(S(D("9223372036854775807.000")), "9223372036854775807");
	ck_assert_str_eq(S(D("00000000000000000000001.5")), "1.5");
}
END_TEST

START_TEST(format_round_trip)
{
	const char *samples[] = {"0",      "1",         "-1",          "0.01",     "-0.01",
	                         "100.00", "1234.5678", "-98765.4321", "0.000100", "42.0"};
	for (size_t i = 0; i < sizeof samples / sizeof *samples; i++)
		ck_assert_str_eq(S(D(samples[i])), samples[i]);
	char small[5];
	ck_assert_int_eq(fx_decimal_format(D("12.34"), small, sizeof small), FX_EUSAGE);
	char fits[6];
	ck_assert_int_eq(fx_decimal_format(D("12.34"), fits, sizeof fits), FX_OK);
	ck_assert_str_eq(fits, "12.34");
	fx_decimal absent = {0};
	ck_assert_int_eq(fx_decimal_format(absent, fits, sizeof fits), FX_EUSAGE);
	char buf[FX_DECIMAL_STRLEN];
	ck_assert_int_eq(fx_decimal_format(fx_decimal_from_int(INT64_MIN), buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "-9223372036854775808");
	ck_assert_int_eq(fx_decimal_format(fx_decimal_make(-5, 18), buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "-0.000000000000000005");
}
END_TEST

START_TEST(make_and_from_int)
{
	ck_assert_str_eq(S(fx_decimal_from_int(-42)), "-42");
	ck_assert_str_eq(S(fx_decimal_make(12345, 2)), "123.45");
	ck_assert_int_eq(fx_decimal_make(1, -3).scale, 0);
	ck_assert_int_eq(fx_decimal_make(1, 99).scale, FX_DECIMAL_MAX_SCALE);
	ck_assert(fx_decimal_make(0, 0).set);
}
END_TEST

START_TEST(add_sub_exact)
{
	fx_decimal r;
	ck_assert_int_eq(fx_decimal_add(D("0.1"), D("0.2"), &r), FX_OK);
	ck_assert_str_eq(S(r), "0.3");
	ck_assert_int_eq(fx_decimal_add(D("1.5"), D("2.25"), &r), FX_OK);
	ck_assert_str_eq(S(r), "3.75");
	ck_assert_int_eq(fx_decimal_add(D("1.50"), D("1"), &r), FX_OK);
	ck_assert_str_eq(S(r), "2.50");
	ck_assert_int_eq(fx_decimal_sub(D("720.81"), D("720.81"), &r), FX_OK);
	ck_assert_str_eq(S(r), "0.00");
	ck_assert_int_eq(fx_decimal_sub(D("0.01"), D("0.02"), &r), FX_OK);
	ck_assert_str_eq(S(r), "-0.01");
	ck_assert_int_eq(fx_decimal_sub(D("-5"), D("-7.125"), &r), FX_OK);
	ck_assert_str_eq(S(r), "2.125");
	/* a thousand times 0.01 is exactly 10.00 */
	fx_decimal sum = fx_decimal_make(0, 2);
	for (int i = 0; i < 1000; i++)
		ck_assert_int_eq(fx_decimal_add(sum, D("0.01"), &sum), FX_OK);
	ck_assert_str_eq(S(sum), "10.00");
}
END_TEST

START_TEST(add_sub_overflow_and_usage)
{
	fx_decimal r = fx_decimal_make(7, 0);
	fx_decimal absent = {0};
	ck_assert_int_eq(fx_decimal_add(D("9223372036854775807"), D("1"), &r), FX_EOVERFLOW);
	ck_assert_int_eq(r.coef, 7);
	ck_assert_int_eq(fx_decimal_sub(D("-9223372036854775807"), D("1"), &r), FX_EOVERFLOW);
	/* the larger scale would not fit: 0.1 + 922337203685477580 needs 19 digits */
	ck_assert_int_eq(fx_decimal_add(D("922337203685477581"), D("0.1"), &r), FX_EOVERFLOW);
	ck_assert_int_eq(fx_decimal_add(D("922337203685477580"), D("0.7"), &r), FX_OK);
	ck_assert_str_eq(S(r), "922337203685477580.7");
	/* trailing zeros of the aligned result are dropped when needed */
	ck_assert_int_eq(fx_decimal_add(D("5000000000000000000"), D("0.0"), &r), FX_OK);
	ck_assert_str_eq(S(r), "5000000000000000000");
	r = fx_decimal_make(7, 0);
	ck_assert_int_eq(fx_decimal_add(absent, D("1"), &r), FX_EUSAGE);
	ck_assert_int_eq(fx_decimal_sub(D("1"), absent, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_decimal_mul(absent, absent, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_decimal_add(D("1"), D("1"), NULL), FX_EUSAGE);
	ck_assert_int_eq(r.coef, 7);
}
END_TEST

START_TEST(mul_exact)
{
	fx_decimal r;
	ck_assert_int_eq(fx_decimal_mul(D("1.5"), D("2.25"), &r), FX_OK);
	ck_assert_str_eq(S(r), "3.375");
	ck_assert_int_eq(fx_decimal_mul(D("-72.50"), D("19.00"), &r), FX_OK);
	ck_assert_str_eq(S(r), "-1377.5000");
	ck_assert_int_eq(fx_decimal_mul(D("16000"), D("0.00880"), &r), FX_OK);
	ck_assert_str_eq(S(r), "140.80000");
	ck_assert_int_eq(fx_decimal_mul(D("-3"), D("-0.333"), &r), FX_OK);
	ck_assert_str_eq(S(r), "0.999");
	/* scale 10 + 10 = 20 > 18: trailing zeros are dropped */
	ck_assert_int_eq(fx_decimal_mul(D("1.5000000000"), D("2.0000000000"), &r), FX_OK);
	ck_assert_str_eq(S(r), "3.000000000000000000");
	/* 20 significant decimals: cannot be exact */
	ck_assert_int_eq(fx_decimal_mul(D("0.0000000001"), D("0.0000000003"), &r), FX_EOVERFLOW);
	ck_assert_int_eq(fx_decimal_mul(D("4000000000"), D("3000000000"), &r), FX_EOVERFLOW);
	ck_assert_int_eq(fx_decimal_mul(D("3037000499"), D("3037000499"), &r), FX_OK);
	ck_assert_str_eq(S(r), "9223372030926249001");
}
END_TEST

START_TEST(div_exact_and_rounded)
{
	ck_assert_str_eq(DIV("1", "3", 4, FX_ROUND_HALF_UP), "0.3333");
	ck_assert_str_eq(DIV("2", "3", 4, FX_ROUND_HALF_UP), "0.6667");
	ck_assert_str_eq(DIV("-2", "3", 4, FX_ROUND_HALF_UP), "-0.6667");
	ck_assert_str_eq(DIV("10", "4", 0, FX_ROUND_HALF_UP), "3");
	ck_assert_str_eq(DIV("10", "4", 0, FX_ROUND_HALF_EVEN), "2");
	ck_assert_str_eq(DIV("10", "4", 2, FX_ROUND_DOWN), "2.50");
	ck_assert_str_eq(DIV("1377.5", "100", 2, FX_ROUND_HALF_UP), "13.78");
	ck_assert_str_eq(DIV("-1377.5", "100", 2, FX_ROUND_HALF_UP), "-13.78");
	ck_assert_str_eq(DIV("0.000000000000000001", "1000", 18, FX_ROUND_UP),
	                 "0.000000000000000001");
	ck_assert_str_eq(DIV("0.000000000000000001", "1000", 18, FX_ROUND_HALF_UP),
	                 "0.000000000000000000");
	ck_assert_str_eq(DIV("1000", "0.001", 0, FX_ROUND_HALF_UP), "1000000");
	ck_assert_str_eq(DIV("36109.00", "100", 4, FX_ROUND_HALF_UP), "361.0900");
	ck_assert_str_eq(DIV("-7", "-2", 0, FX_ROUND_HALF_UP), "4");
	ck_assert_str_eq(DIV("7", "-2", 0, FX_ROUND_FLOOR), "-4");
	ck_assert_str_eq(DIV("7", "-2", 0, FX_ROUND_CEILING), "-3");
}
END_TEST

START_TEST(div_errors)
{
	fx_decimal r = fx_decimal_make(7, 0);
	fx_decimal absent = {0};
	ck_assert_int_eq(fx_decimal_div(D("1"), D("0.00"), 2, FX_ROUND_HALF_UP, &r), FX_EINVAL);
	ck_assert_int_eq(fx_decimal_div(D("1"), D("3"), 19, FX_ROUND_HALF_UP, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_decimal_div(D("1"), D("3"), -1, FX_ROUND_HALF_UP, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_decimal_div(D("1"), D("3"), 2, (fx_rounding)99, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_decimal_div(absent, D("3"), 2, FX_ROUND_HALF_UP, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_decimal_div(D("9223372036854775807"), D("0.5"), 0, FX_ROUND_DOWN, &r),
	                 FX_EOVERFLOW);
	ck_assert_int_eq(fx_decimal_div(D("1"), D("3"), 18, FX_ROUND_DOWN, &r), FX_OK);
	ck_assert_str_eq(S(r), "0.333333333333333333");
	ck_assert_int_eq(fx_decimal_div(D("10"), D("3"), 18, FX_ROUND_DOWN, &r), FX_OK);
	ck_assert_str_eq(S(r), "3.333333333333333333");
	ck_assert_int_eq(fx_decimal_div(D("10"), D("1"), 18, FX_ROUND_DOWN, &r), FX_EOVERFLOW);
	ck_assert_int_eq(r.coef, 3333333333333333333);
}
END_TEST

/* One row of the rounding table: value, scale and the result per mode. */
typedef struct round_case {
	const char *in;
	int scale;
	const char *half_up, *half_even, *down, *up, *floor, *ceiling;
} round_case;

START_TEST(round_every_mode)
{
	static const round_case cases[] = {
	    {"2.5", 0, "3", "2", "2", "3", "2", "3"},
	    {"3.5", 0, "4", "4", "3", "4", "3", "4"},
	    {"-2.5", 0, "-3", "-2", "-2", "-3", "-3", "-2"},
	    {"-3.5", 0, "-4", "-4", "-3", "-4", "-4", "-3"},
	    {"2.4", 0, "2", "2", "2", "3", "2", "3"},
	    {"2.6", 0, "3", "3", "2", "3", "2", "3"},
	    {"-2.6", 0, "-3", "-3", "-2", "-3", "-3", "-2"},
	    {"1.005", 2, "1.01", "1.00", "1.00", "1.01", "1.00", "1.01"},
	    {"1.015", 2, "1.02", "1.02", "1.01", "1.02", "1.01", "1.02"},
	    {"-1.005", 2, "-1.01", "-1.00", "-1.00", "-1.01", "-1.01", "-1.00"},
	    {"13.775", 2, "13.78", "13.78", "13.77", "13.78", "13.77", "13.78"},
	    {"-13.775", 2, "-13.78", "-13.78", "-13.77", "-13.78", "-13.78", "-13.77"},
	    {"1.2605", 2, "1.26", "1.26", "1.26", "1.27", "1.26", "1.27"},
	    {"0.0049999", 2, "0.00", "0.00", "0.00", "0.01", "0.00", "0.01"},
	    {"-0.0049999", 2, "0.00", "0.00", "0.00", "-0.01", "-0.01", "0.00"},
	    {"7.25", 2, "7.25", "7.25", "7.25", "7.25", "7.25", "7.25"},
	    {"7.2", 3, "7.200", "7.200", "7.200", "7.200", "7.200", "7.200"},
	    {"0.5", 0, "1", "0", "0", "1", "0", "1"},
	    {"-0.5", 0, "-1", "0", "0", "-1", "-1", "0"},
	    {"123456.789", 0, "123457", "123457", "123456", "123457", "123456", "123457"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const round_case *c = &cases[i];
		ck_assert_str_eq(R(c->in, c->scale, FX_ROUND_HALF_UP), c->half_up);
		ck_assert_str_eq(R(c->in, c->scale, FX_ROUND_HALF_EVEN), c->half_even);
		ck_assert_str_eq(R(c->in, c->scale, FX_ROUND_DOWN), c->down);
		ck_assert_str_eq(R(c->in, c->scale, FX_ROUND_UP), c->up);
		ck_assert_str_eq(R(c->in, c->scale, FX_ROUND_FLOOR), c->floor);
		ck_assert_str_eq(R(c->in, c->scale, FX_ROUND_CEILING), c->ceiling);
	}
}
END_TEST

START_TEST(round_extend_and_overflow)
{
	fx_decimal r = fx_decimal_make(7, 0);
	ck_assert_str_eq(R("12", 2, FX_ROUND_HALF_UP), "12.00");
	ck_assert_str_eq(R("-0.1", 18, FX_ROUND_HALF_UP), "-0.100000000000000000");
	ck_assert_int_eq(fx_decimal_round(D("92233720368547759"), 2, FX_ROUND_HALF_UP, &r),
	                 FX_EOVERFLOW);
	ck_assert_int_eq(fx_decimal_round(D("9223372036854775807"), 0, FX_ROUND_UP, &r), FX_OK);
	ck_assert_int_eq(fx_decimal_round(D("1"), 2, FX_ROUND_HALF_UP, NULL), FX_EUSAGE);
}
END_TEST

START_TEST(compare_and_helpers)
{
	ck_assert_int_eq(fx_decimal_cmp(D("1.50"), D("1.5")), 0);
	ck_assert_int_lt(fx_decimal_cmp(D("1.49"), D("1.5")), 0);
	ck_assert_int_gt(fx_decimal_cmp(D("-1.4"), D("-1.5")), 0);
	ck_assert_int_eq(fx_decimal_cmp(D("0"), D("-0.000")), 0);
	ck_assert_int_gt(fx_decimal_cmp(D("9223372036854775807"), D("0.000000000000000001")), 0);
	fx_decimal absent = {0};
	ck_assert_int_lt(fx_decimal_cmp(absent, D("-100")), 0);
	ck_assert_int_eq(fx_decimal_cmp(absent, absent), 0);
	ck_assert_str_eq(S(fx_decimal_neg(D("1.50"))), "-1.50");
	ck_assert_str_eq(S(fx_decimal_neg(D("-0.01"))), "0.01");
	ck_assert_str_eq(S(fx_decimal_abs(D("-7.5"))), "7.5");
	ck_assert_str_eq(S(fx_decimal_abs(D("7.5"))), "7.5");
	ck_assert(fx_decimal_is_zero(D("0.00")));
	ck_assert(!fx_decimal_is_zero(D("0.01")));
	ck_assert(!fx_decimal_is_zero(absent));
	ck_assert_str_eq(S(fx_decimal_normalize(D("1.500"))), "1.5");
	ck_assert_str_eq(S(fx_decimal_normalize(D("2.0"))), "2");
	ck_assert_str_eq(S(fx_decimal_normalize(D("100"))), "100");
	ck_assert_str_eq(S(fx_decimal_normalize(D("0.000"))), "0");
	ck_assert_int_eq(fx_decimal_decimals(D("1.50")), 1);
	ck_assert_int_eq(fx_decimal_decimals(D("12.500")), 1);
	ck_assert_int_eq(fx_decimal_decimals(D("12.345")), 3);
	ck_assert_int_eq(fx_decimal_decimals(D("10")), 0);
}
END_TEST

START_TEST(locale_independent)
{
	/* main() selected the environment's locale (e.g. LC_ALL=fr_FR.UTF-8,
	 * where printf would use a decimal comma): nothing may change. */
	ck_assert_str_eq(S(D("1234.56")), "1234.56");
	ck_assert_str_eq(DIV("1", "8", 3, FX_ROUND_HALF_UP), "0.125");
	parse_fails("1234,56", FX_EINVAL);
	if (setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
		ck_assert_str_eq(S(D("-0.75")), "-0.75");
		parse_fails("0,75", FX_EINVAL);
		setlocale(LC_NUMERIC, "");
	}
}
END_TEST

/* Builds the suite. */
static Suite *decimal_suite(void)
{
	Suite *s = suite_create("decimal");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, parse_keeps_scale);
	tcase_add_test(tc, parse_rejects_bad_syntax);
	tcase_add_test(tc, parse_overflow);
	tcase_add_test(tc, format_round_trip);
	tcase_add_test(tc, make_and_from_int);
	tcase_add_test(tc, add_sub_exact);
	tcase_add_test(tc, add_sub_overflow_and_usage);
	tcase_add_test(tc, mul_exact);
	tcase_add_test(tc, div_exact_and_rounded);
	tcase_add_test(tc, div_errors);
	tcase_add_test(tc, round_every_mode);
	tcase_add_test(tc, round_extend_and_overflow);
	tcase_add_test(tc, compare_and_helpers);
	tcase_add_test(tc, locale_independent);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the decimal tests in the environment's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(decimal_suite());
}
