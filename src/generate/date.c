/*
 * The creation date of a generated file: a given text, $SOURCE_DATE_EPOCH
 * or the current time, and its text for the renderer.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/error.h"
#include "generate/generate_internal.h"

/* Reads n decimal digits at s into *out; returns 0, or -1 on a non-digit. */
static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* Parses the offset suffix s ("", "Z", "+HH:MM", "-HH:MM") into *minutes;
 * returns 0 or -1. */
static int parse_offset(const char *s, int *minutes)
{
	int h, m;
	if (s[0] == '\0' || (s[0] == 'Z' && s[1] == '\0')) {
		*minutes = 0;
		return 0;
	}
	if ((s[0] != '+' && s[0] != '-') || strlen(s) != 6 || s[3] != ':' || digits(s + 1, 2, &h) ||
	    digits(s + 4, 2, &m) || m > 59)
		return -1;
	*minutes = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
	return *minutes < -720 || *minutes > 840 ? -1 : 0;
}

/* Parses "YYYY-MM-DDTHH:MM:SS[Z|+HH:MM|-HH:MM]" into *out; 0 or -1. */
static int parse_text(const char *text, fx_pdf_date *out)
{
	fx_date day;
	fx_pdf_date d;
	if (strlen(text) < 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
	    fx_date_parse(text, 10, &day) != FX_OK || digits(text + 11, 2, &d.hour) ||
	    digits(text + 14, 2, &d.minute) || digits(text + 17, 2, &d.second) || d.hour > 23 ||
	    d.minute > 59 || d.second > 59 || day.year < 1000 ||
	    parse_offset(text + 19, &d.utc_offset_minutes))
		return -1;
	d.year = day.year;
	d.month = day.month;
	d.day = day.day;
	*out = d;
	return 0;
}

/* Converts the time t (seconds since 1970, UTC) into *out; 0 or -1. */
static int from_epoch(time_t t, fx_pdf_date *out)
{
	struct tm tm;
	if (!gmtime_r(&t, &tm) || tm.tm_year + 1900 < 1000 || tm.tm_year + 1900 > 9999)
		return -1;
	*out = (fx_pdf_date){tm.tm_year + 1900,
	                     tm.tm_mon + 1,
	                     tm.tm_mday,
	                     tm.tm_hour,
	                     tm.tm_min,
	                     tm.tm_sec > 59 ? 59 : tm.tm_sec,
	                     0};
	return 0;
}

/* Resolves the date: text, else $SOURCE_DATE_EPOCH, else now. */
int fx_generate_resolve_date(const char *text, fx_pdf_date *out)
{
	fx_pdf_date d;
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_generate_resolve_date: out is required");
	if (text) {
		if (parse_text(text, &d) != 0)
			return fx_error_set(FX_EUSAGE,
			                    "date \"%.40s\": expected YYYY-MM-DDTHH:MM:SS (UTC), "
			                    "optionally followed by Z or +HH:MM",
			                    text);
		*out = d;
		return FX_OK;
	}
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		char *end;
		errno = 0;
		long long v = strtoll(sde, &end, 10);
		if (errno || *end || v < 0 || sde[0] < '0' || sde[0] > '9' ||
		    from_epoch((time_t)v, &d) != 0)
			return fx_error_set(FX_EUSAGE,
			                    "SOURCE_DATE_EPOCH \"%.40s\": expected a number of "
			                    "seconds since 1970-01-01T00:00:00Z",
			                    sde);
		*out = d;
		return FX_OK;
	}
	time_t now = time(NULL);
	if (now == (time_t)-1 || from_epoch(now, &d) != 0)
		return fx_error_set(FX_ERROR, "cannot read the system clock");
	*out = d;
	return FX_OK;
}

/* Writes d in the renderer's notation. */
void fx_gen_date_text(const fx_pdf_date *d, char out[FX_GEN_DATE_TEXT])
{
	int off = d->utc_offset_minutes, a = off < 0 ? -off : off;
	int n = snprintf(out, FX_GEN_DATE_TEXT, "%04d-%02d-%02dT%02d:%02d:%02d", d->year, d->month,
	                 d->day, d->hour, d->minute, d->second);
	if (off == 0)
		snprintf(out + n, (size_t)(FX_GEN_DATE_TEXT - n), "Z");
	else
		snprintf(out + n, (size_t)(FX_GEN_DATE_TEXT - n), "%c%02d:%02d",
		         off < 0 ? '-' : '+', a / 60, a % 60);
}
