/*
 * Locale formatting of amounts, numbers, rates and dates with ICU.
 */
#include "render/format.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucurr.h>
#include <unicode/ustring.h>

#include "core/error.h"
#include "pdf/cache.h"

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

/* Opens new formatters into f. */
static int open_new(fx_fmt *f, const char *locale, const char *date_pattern)
{
	UErrorCode st = U_ZERO_ERROR;
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

/* Closes the ICU objects of f. */
static void close_all(fx_fmt *f)
{
	for (int i = 0; i < f->n_slots; i++)
		unum_close(f->slots[i].nf);
	if (f->cur)
		unum_close(f->cur);
	if (f->num)
		unum_close(f->num);
	if (f->pct)
		unum_close(f->pct);
	if (f->date)
		udat_close(f->date);
}

/* Pool hook: closes a pooled copy. */
static void close_pooled(void *v)
{
	close_all(v);
	free(v);
}

/* Opens the formatters (from the pool when an idle set exists). */
int fx_fmt_open(fx_fmt *f, const char *locale, const char *date_pattern)
{
	memset(f, 0, sizeof *f);
	snprintf(f->locale, sizeof f->locale, "%s", locale);
	int n =
	    snprintf(f->key, sizeof f->key, "fmt|%s|%s", locale, date_pattern ? date_pattern : "");
	if (n < 0 || (size_t)n >= sizeof f->key)
		f->key[0] = '\0'; /* too long to pool */
	fx_fmt *idle = f->key[0] ? fx_pool_take(f->key) : NULL;
	if (idle) {
		*f = *idle;
		free(idle);
		return 0;
	}
	return open_new(f, locale, date_pattern);
}

/* Gives the formatters back to the pool, or closes them. */
void fx_fmt_close(fx_fmt *f)
{
	fx_fmt *copy = NULL;
	if (f->key[0] && f->cur && f->num && f->pct && f->date)
		copy = malloc(sizeof *copy);
	if (copy) {
		*copy = *f;
		fx_pool_give(f->key, copy, close_pooled);
	} else {
		close_all(f);
	}
	memset(f, 0, sizeof *f);
}

/* Sets the fraction digits (and the currency code when not NULL) of nf. */
static int configure(UNumberFormat *nf, int min, int max, const UChar *code)
{
	UErrorCode st = U_ZERO_ERROR;
	if (code)
		unum_setTextAttribute(nf, UNUM_CURRENCY_CODE, code, 3, &st);
	/* min first: ICU raises max to min, then max lands where asked */
	unum_setAttribute(nf, UNUM_MIN_FRACTION_DIGITS, min);
	unum_setAttribute(nf, UNUM_MAX_FRACTION_DIGITS, max);
	return U_FAILURE(st) ? icu_error("setting the currency", st) : 0;
}

/* Returns the formatter of kind (0 cur, 1 num, 2 pct) showing min..max
 * decimals (and the currency code when not NULL): a configured clone kept
 * in f, or the base formatter configured for this call when f has no room. */
static UNumberFormat *formatter(fx_fmt *f, int kind, int min, int max, const char *currency,
                                const UChar *code)
{
	for (int i = 0; i < f->n_slots; i++) {
		fx_fmt_slot *s = &f->slots[i];
		if (s->kind == kind && s->min == min && s->max == max &&
		    (!currency || memcmp(s->currency, currency, 4) == 0))
			return s->nf;
	}
	UNumberFormat *base = kind == 0 ? f->cur : kind == 1 ? f->num : f->pct;
	UErrorCode st = U_ZERO_ERROR;
	UNumberFormat *nf = f->n_slots < FX_FMT_SLOTS ? unum_clone(base, &st) : NULL;
	if (nf && U_SUCCESS(st) && configure(nf, min, max, code) == 0) {
		fx_fmt_slot *s = &f->slots[f->n_slots++];
		*s = (fx_fmt_slot){kind, min, max, {0}, nf};
		if (currency)
			memcpy(s->currency, currency, 4);
		return nf;
	}
	if (nf)
		unum_close(nf);
	return configure(base, min, max, code) == 0 ? base : NULL;
}

/* Formats v with a formatter of kind (see formatter), showing between min
 * and max decimals. */
static int format_decimal(fx_fmt *f, int kind, const char *currency, const UChar *code,
                          fx_decimal v, int min, int max, char *buf, size_t size)
{
	char text[FX_DECIMAL_STRLEN];
	if (!v.set)
		return fx_error_set(FX_EUSAGE, "formatting an absent value");
	int rc = fx_decimal_format(v, text, sizeof text);
	if (rc)
		return rc;
	UNumberFormat *nf = formatter(f, kind, min, max < min ? min : max, currency, code);
	if (!nf)
		return FX_EINVAL;
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
	int32_t digits = ucurr_getDefaultFractionDigits(code, &st);
	if (U_FAILURE(st))
		return icu_error("reading the currency's decimals", st);
	return format_decimal(f, 0, currency, code, v, digits, fx_decimal_decimals(v), buf, size);
}

/* Formats a plain number. */
int fx_fmt_number(fx_fmt *f, fx_decimal v, int min_frac, char *buf, size_t size)
{
	return format_decimal(f, 1, NULL, NULL, v, min_frac, fx_decimal_decimals(v), buf, size);
}

/* Formats a rate in percent. */
int fx_fmt_percent(fx_fmt *f, fx_decimal rate, char *buf, size_t size)
{
	return format_decimal(f, 2, NULL, NULL, rate, 0, fx_decimal_decimals(rate), buf, size);
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
