/*
 * Calendar dates: parsing (ISO 8601 and CII format 102), formatting, order.
 */
#include "facturx/invoice.h"

#include <stdio.h>

#include "core/error.h"

/* Number of days in month m of year y. */
static int days_in_month(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

/* Reads n decimal digits at s; -1 if one is not a digit. */
static int read_digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Parses YYYY-MM-DD or YYYYMMDD. */
int fx_date_parse(const char *s, size_t len, fx_date *out)
{
	int y, m, d;
	if (!s || !out)
		return fx_error_set(FX_EUSAGE, "fx_date_parse: NULL argument");
	if (len == 10 && s[4] == '-' && s[7] == '-') {
		y = read_digits(s, 4);
		m = read_digits(s + 5, 2);
		d = read_digits(s + 8, 2);
	} else if (len == 8) {
		y = read_digits(s, 4);
		m = read_digits(s + 4, 2);
		d = read_digits(s + 6, 2);
	} else {
		return fx_error_set(FX_EINVAL, "expected a date as YYYY-MM-DD, got '%.*s'",
				    (int)(len > 40 ? 40 : len), s);
	}
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return fx_error_set(FX_EINVAL, "'%.*s' is not a valid calendar date",
				    (int)(len > 40 ? 40 : len), s);
	out->year = (int16_t)y;
	out->month = (uint8_t)m;
	out->day = (uint8_t)d;
	return FX_OK;
}

/* Formats a date as ISO or format 102. */
int fx_date_format(fx_date d, int iso, char *buf, size_t size)
{
	if (!buf || size < 11 || d.year <= 0)
		return fx_error_set(FX_EUSAGE, "fx_date_format: absent date or buffer too small");
	if (iso)
		snprintf(buf, size, "%04d-%02d-%02d", d.year, d.month, d.day);
	else
		snprintf(buf, size, "%04d%02d%02d", d.year, d.month, d.day);
	return FX_OK;
}

/* True when the date is absent. */
bool fx_date_is_absent(fx_date d)
{
	return d.year == 0;
}

/* Orders two dates. */
int fx_date_cmp(fx_date a, fx_date b)
{
	if (a.year != b.year)
		return a.year < b.year ? -1 : 1;
	if (a.month != b.month)
		return a.month < b.month ? -1 : 1;
	if (a.day != b.day)
		return a.day < b.day ? -1 : 1;
	return 0;
}
