/*
 * Internal: locale formatting with ICU for the printed invoice: amounts with
 * their currency ("1 234,56 €" in French, "€1,234.56" in English), plain
 * numbers and quantities, VAT rates and dates. Decimals go to ICU as their
 * exact text (unum_formatDecimal): no binary floating point on amounts.
 */
#ifndef FX_RENDER_FORMAT_H
#define FX_RENDER_FORMAT_H

#include <stddef.h>

#include <unicode/udat.h>
#include <unicode/unum.h>

#include "facturx/decimal.h"
#include "facturx/invoice.h"

#define FX_FMT_MAX 128 /* enough for any formatted value of this module */

#define FX_FMT_SLOTS 8 /* configured number formatters kept per set */

/** A number formatter configured once: kind, fraction digits, currency. */
typedef struct fx_fmt_slot {
	int kind, min, max; /* kind: 0 currency, 1 plain decimal, 2 percent */
	char currency[4];
	UNumberFormat *nf;
} fx_fmt_slot;

/** Formatters of one locale (open once per document). They are taken from
 * and given back to a process-wide pool (cache.h): ICU takes far longer to
 * open a formatter than to format with it, and rebuilds a formatter each
 * time an attribute changes; so each configuration used (fraction digits,
 * currency) gets its own clone, kept with the set for the next documents. */
typedef struct fx_fmt {
	char locale[32];
	char key[96];       /* pool key: locale and date pattern */
	UNumberFormat *cur; /* currency */
	UNumberFormat *num; /* plain decimal */
	UNumberFormat *pct; /* percent, multiplier 1 (20 -> "20 %") */
	UDateFormat *date;
	fx_fmt_slot slots[FX_FMT_SLOTS];
	int n_slots;
} fx_fmt;

/* Opens the formatters. f: zeroed struct to fill; locale: ICU locale ("fr_FR",
 * "en"); date_pattern: ICU date pattern ("dd/MM/yyyy") or NULL for the
 * locale's medium style. FX_EINVAL if ICU refuses the locale or pattern. */
int fx_fmt_open(fx_fmt *f, const char *locale, const char *date_pattern);

/* Closes the formatters of f, or gives them back to the pool (safe on a
 * zeroed or half-opened struct). */
void fx_fmt_close(fx_fmt *f);

/* Formats an amount with its currency. f: formatters; v: the value; currency:
 * ISO 4217 code (NULL: no symbol, plain number); buf/size: UTF-8 output.
 * At least the currency's usual decimals are shown, more if v has them. */
int fx_fmt_amount(fx_fmt *f, fx_decimal v, const char *currency, char *buf, size_t size);

/* Formats a plain number with grouping. min_frac: fewest decimals shown;
 * the value's own significant decimals are kept (no rounding). */
int fx_fmt_number(fx_fmt *f, fx_decimal v, int min_frac, char *buf, size_t size);

/* Formats a VAT rate given in percent (20 -> "20 %" / "20%"). */
int fx_fmt_percent(fx_fmt *f, fx_decimal rate, char *buf, size_t size);

/* Formats a date (an absent date gives ""). */
int fx_fmt_date(fx_fmt *f, fx_date d, char *buf, size_t size);

#endif
