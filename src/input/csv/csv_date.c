/*
 * Dates as spreadsheets export them: "24/11/2026" (French order, also with
 * '-' or '.'), "2026-11-24" or "20261124", with an optional time that is
 * ignored ("24/11/2026 00:00", "2026-11-24T00:00:00").
 */
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "facturx/csv.h"

#define EXPECTED "expected a date dd/mm/yyyy or yyyy-mm-dd"

/* Reads 1 to max digits at s[*i]; returns the value or -1. */
static int number(const char *s, size_t len, size_t *i, size_t min, size_t max)
{
	int v = 0;
	size_t n = 0;
	while (*i < len && n < max && s[*i] >= '0' && s[*i] <= '9') {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	return n >= min ? v : -1;
}

/* True when s/len is a time "hh:mm", "hh:mm:ss" or with fractions. */
static bool is_time(const char *s, size_t len)
{
	size_t i = 0;
	if (number(s, len, &i, 1, 2) < 0 || i >= len || s[i++] != ':' ||
	    number(s, len, &i, 2, 2) < 0)
		return false;
	if (i < len && s[i] == ':') {
		i++;
		if (number(s, len, &i, 2, 2) < 0)
			return false;
		if (i < len && (s[i] == '.' || s[i] == ','))
			for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
				;
	}
	if (i < len && s[i] == 'Z')
		i++;
	return i == len;
}

/* Splits off a time part after a space (or a 'T' in an ISO date). */
static int cut_time(const char *s, size_t *len)
{
	for (size_t i = 0; i < *len; i++) {
		bool iso_t = s[i] == 'T' && i == 10 && s[4] == '-';
		if (s[i] != ' ' && !iso_t)
			continue;
		size_t j = i + 1;
		while (j < *len && s[j] == ' ')
			j++;
		if (!is_time(s + j, *len - j))
			return fx_error_set(FX_EINVAL, EXPECTED);
		*len = i;
		return FX_OK;
	}
	return FX_OK;
}

/* Checks y-m-d against the calendar and stores it. */
static int make_date(int y, int m, int d, fx_date *out)
{
	char iso[16];
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return fx_error_set(FX_EINVAL, EXPECTED " (no such day)");
	snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
	if (fx_date_parse(iso, 10, out) < 0)
		return fx_error_set(FX_EINVAL, EXPECTED " (no such day)");
	return FX_OK;
}

/* Parses a date as spreadsheets write it. */
int fx_csv_parse_date(const char *s, size_t len, fx_date *out)
{
	if ((!s && len) || !out)
		return fx_error_set(FX_EUSAGE, "fx_csv_parse_date: NULL argument");
	while (len && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		len--;
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	int rc = cut_time(s, &len);
	if (rc < 0)
		return rc;
	size_t i = 0;
	if (len == 8 && number(s, len, &i, 8, 8) >= 0) {
		size_t y = 0, m = 4, d = 6;
		return make_date(number(s, 4, &y, 4, 4), number(s, 6, &m, 2, 2),
		                 number(s, 8, &d, 2, 2), out);
	}
	i = 0;
	int a = number(s, len, &i, 1, 4);
	size_t a_digits = i;
	if (a < 0 || a_digits == 3 || i >= len || (s[i] != '/' && s[i] != '-' && s[i] != '.'))
		return fx_error_set(FX_EINVAL, EXPECTED);
	bool year_first = a_digits == 4;
	char sep = s[i++];
	int b = number(s, len, &i, 1, 2);
	if (b < 0 || i >= len || s[i++] != sep)
		return fx_error_set(FX_EINVAL, EXPECTED);
	size_t c_start = i;
	int c = number(s, len, &i, 1, 4);
	if (c < 0 || i != len)
		return fx_error_set(FX_EINVAL, EXPECTED);
	if (year_first)
		return i - c_start <= 2 ? make_date(a, b, c, out)
		                        : fx_error_set(FX_EINVAL, EXPECTED);
	if (i - c_start != 4)
		return fx_error_set(FX_EINVAL, EXPECTED " (the year needs four digits)");
	return make_date(c, b, a, out);
}
