/*
 * Dates of the container: checking, "now", and the PDF and XMP notations.
 */
#include <stdio.h>
#include <time.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"

/* Days in month m of year y. */
static int month_days(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* Checks every field of d. */
int fx_pdf_date_check(const fx_pdf_date *d)
{
	if (d->year < 1000 || d->year > 9999)
		return fx_error_set(FX_EUSAGE, "PDF date: year %d out of 1000..9999", d->year);
	if (d->month < 1 || d->month > 12)
		return fx_error_set(FX_EUSAGE, "PDF date: month %d out of 1..12", d->month);
	if (d->day < 1 || d->day > month_days(d->year, d->month))
		return fx_error_set(FX_EUSAGE, "PDF date: day %d does not exist in %04d-%02d",
		                    d->day, d->year, d->month);
	if (d->hour < 0 || d->hour > 23 || d->minute < 0 || d->minute > 59 || d->second < 0 ||
	    d->second > 59)
		return fx_error_set(FX_EUSAGE, "PDF date: time %d:%d:%d out of range", d->hour,
		                    d->minute, d->second);
	if (d->utc_offset_minutes < -720 || d->utc_offset_minutes > 840)
		return fx_error_set(FX_EUSAGE, "PDF date: UTC offset %d minutes out of -720..840",
		                    d->utc_offset_minutes);
	return FX_OK;
}

/* The current time, UTC. */
int fx_pdf_date_now(fx_pdf_date *d)
{
	time_t t = time(NULL);
	struct tm tm;
	if (t == (time_t)-1 || !gmtime_r(&t, &tm))
		return fx_error_set(FX_ERROR, "cannot read the system clock");
	d->year = tm.tm_year + 1900;
	d->month = tm.tm_mon + 1;
	d->day = tm.tm_mday;
	d->hour = tm.tm_hour;
	d->minute = tm.tm_min;
	d->second = tm.tm_sec > 59 ? 59 : tm.tm_sec;
	d->utc_offset_minutes = 0;
	return FX_OK;
}

/* PDF notation (ISO 32000 7.9.4). */
void fx_pdf_date_pdf(const fx_pdf_date *d, char *out, size_t size)
{
	int off = d->utc_offset_minutes;
	int a = off < 0 ? -off : off;
	if (off == 0)
		snprintf(out, size, "D:%04d%02d%02d%02d%02d%02dZ", d->year, d->month, d->day,
		         d->hour, d->minute, d->second);
	else
		snprintf(out, size, "D:%04d%02d%02d%02d%02d%02d%c%02d'%02d'", d->year, d->month,
		         d->day, d->hour, d->minute, d->second, off < 0 ? '-' : '+', a / 60,
		         a % 60);
}

/* XMP notation (ISO 8601 with seconds and offset). */
void fx_pdf_date_xmp(const fx_pdf_date *d, char *out, size_t size)
{
	int off = d->utc_offset_minutes;
	int a = off < 0 ? -off : off;
	if (off == 0)
		snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", d->year, d->month, d->day,
		         d->hour, d->minute, d->second);
	else
		snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d->year, d->month,
		         d->day, d->hour, d->minute, d->second, off < 0 ? '-' : '+', a / 60,
		         a % 60);
}
