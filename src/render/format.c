/*
 * Locale formatting of amounts, numbers, rates and dates with ICU.
 */
#include "render/format.h"

#include <stdio.h>
#include <string.h>

#include <unicode/ucurr.h>
#include <unicode/ustring.h>

#include "core/error.h"

/* Records an ICU failure; what: the operation; st: ICU's status. */
static int icu_error(const char *what, UErrorCode st)
{
	return fx_error_set(FX_EINVAL, "ICU: %s failed: %s", what, u_errorName(st));
}

/* Converts UTF-16 text u (n units) to UTF-8 in buf of size bytes. */
static int to_utf8(const UChar *u, int32_t n, char *buf, size_t size)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = 0;
	u_strToUTF8(buf, (int32_t)size, &len, u, n, &st);
	if (U_FAILURE(st) || (size_t)len >= size)
		return fx_error_set(FX_EUSAGE, "formatted text longer than %zu bytes", size);
	return 0;
}

/* Opens the formatters. */
int fx_fmt_open(fx_fmt *f, const char *locale, const char *date_pattern)
{
	UErrorCode st = U_ZERO_ERROR;
	snprintf(f->locale, sizeof f->locale, "%s", locale);
	f->cur = unum_open(UNUM_CURRENCY, NULL, 0, locale, NULL, &st);
	f->num = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &st);
	f->pct = unum_open(UNUM_PERCENT, NULL, 0, locale, NULL, &st);
	if (U_FAILURE(st))
		return icu_error("opening the number formats", st);
	unum_setAttribute(f->pct, UNUM_MULTIPLIER, 1);
	unum_setAttribute(f->num, UNUM_ROUNDING_MODE, UNUM_ROUND_HALFUP);
	unum_setAttribute(f->cur, UNUM_ROUNDING_MODE, UNUM_ROUND_HALFUP);
	UChar pat[64];
	int32_t plen = 0;
	if (date_pattern) {
		u_strFromUTF8(pat, 64, &plen, date_pattern, -1, &st);
		if (U_FAILURE(st))
			return icu_error("reading the date pattern", st);
		f->date = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, u"UTC", -1, pat, plen, &st);
	} else {
		f->date = udat_open(UDAT_NONE, UDAT_MEDIUM, locale, u"UTC", -1, NULL, 0, &st);
	}
	if (U_FAILURE(st))
		return icu_error("opening the date format", st);
	return 0;
}

/* Closes the formatters. */
void fx_fmt_close(fx_fmt *f)
{
	if (f->cur)
		unum_close(f->cur);
	if (f->num)
		unum_close(f->num);
	if (f->pct)
		unum_close(f->pct);
	if (f->date)
		udat_close(f->date);
	memset(f, 0, sizeof *f);
}

/* Formats v with formatter nf, showing between min and max decimals. */
static int format_decimal(UNumberFormat *nf, fx_decimal v, int min, int max, char *buf, size_t size)
{
	char text[FX_DECIMAL_STRLEN];
	if (!v.set)
		return fx_error_set(FX_EUSAGE, "formatting an absent value");
	int rc = fx_decimal_format(v, text, sizeof text);
	if (rc)
		return rc;
	unum_setAttribute(nf, UNUM_MIN_FRACTION_DIGITS, min);
	unum_setAttribute(nf, UNUM_MAX_FRACTION_DIGITS, max < min ? min : max);
	UChar out[FX_FMT_MAX];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n = unum_formatDecimal(nf, text, (int32_t)strlen(text), out, FX_FMT_MAX, NULL, &st);
	if (U_FAILURE(st) || n >= FX_FMT_MAX)
		return icu_error("formatting a number", st);
	return to_utf8(out, n, buf, size);
}

/* Formats an amount. */
int fx_fmt_amount(fx_fmt *f, fx_decimal v, const char *currency, char *buf, size_t size)
{
	if (!currency || strlen(currency) != 3)
		return fx_fmt_number(f, v, 2, buf, size);
	UChar code[4];
	for (int i = 0; i < 4; i++)
		code[i] = (UChar)(unsigned char)currency[i];
	UErrorCode st = U_ZERO_ERROR;
	unum_setTextAttribute(f->cur, UNUM_CURRENCY_CODE, code, 3, &st);
	int32_t digits = ucurr_getDefaultFractionDigits(code, &st);
	if (U_FAILURE(st))
		return icu_error("setting the currency", st);
	return format_decimal(f->cur, v, digits, fx_decimal_decimals(v), buf, size);
}

/* Formats a plain number. */
int fx_fmt_number(fx_fmt *f, fx_decimal v, int min_frac, char *buf, size_t size)
{
	return format_decimal(f->num, v, min_frac, fx_decimal_decimals(v), buf, size);
}

/* Formats a rate in percent. */
int fx_fmt_percent(fx_fmt *f, fx_decimal rate, char *buf, size_t size)
{
	return format_decimal(f->pct, rate, 0, fx_decimal_decimals(rate), buf, size);
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Formats a date. */
int fx_fmt_date(fx_fmt *f, fx_date d, char *buf, size_t size)
{
	if (fx_date_is_absent(d)) {
		if (size)
			buf[0] = '\0';
		return 0;
	}
	UDate ms = (UDate)days_from_civil(d.year, d.month, d.day) * 86400000.0;
	UChar out[FX_FMT_MAX];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n = udat_format(f->date, ms, out, FX_FMT_MAX, NULL, &st);
	if (U_FAILURE(st) || n >= FX_FMT_MAX)
		return icu_error("formatting a date", st);
	return to_utf8(out, n, buf, size);
}
