/*
 * Months ("YYYY-MM"): the month of an index value and of a statement.
 */
#include <stdio.h>
#include <string.h>

#include "works/works_internal.h"

/* Parses "YYYY-MM". */
int fx_wk_month_parse(const char *s, fx_wk_month *out)
{
	if (!s || strlen(s) != 7 || s[4] != '-')
		return -1;
	int v[6];
	for (int i = 0, k = 0; i < 7; i++) {
		if (i == 4)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v[k++] = s[i] - '0';
	}
	int year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
	int month = v[4] * 10 + v[5];
	if (year < 1900 || month < 1 || month > 12)
		return -1;
	out->year = year;
	out->month = month;
	return 0;
}

/* Formats a month as "YYYY-MM". */
const char *fx_wk_month_format(fx_wk_month m, char *buf, size_t size)
{
	snprintf(buf, size, "%04d-%02d", m.year, m.month);
	return buf;
}

/* True for the same month. */
bool fx_wk_month_eq(fx_wk_month a, fx_wk_month b)
{
	return a.year == b.year && a.month == b.month;
}

/* The month of a statement: its period end, else its issue date. */
fx_wk_month fx_wk_statement_month(const fx_works_description *d)
{
	fx_date x = !fx_date_is_absent(d->period.end) ? d->period.end : d->inv->issue_date;
	fx_wk_month m = {x.year, x.month};
	return m;
}
