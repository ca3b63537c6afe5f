/*
 * Small helpers of the Chorus Pro module.
 */
#define _DEFAULT_SOURCE /* explicit_bzero, timegm */
#include "chorus/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/error.h"

/* Copies s. */
char *fx_ch_strdup(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* Formats into a new string. */
char *fx_ch_printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *p = malloc((size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* Overwrites then frees a secret string. */
void fx_ch_wipe(char **p)
{
	if (*p) {
		explicit_bzero(*p, strlen(*p));
		free(*p);
		*p = NULL;
	}
}

/* Checks the 14-digit form of a SIRET. */
bool fx_ch_is_siret(const char *s)
{
	if (!s || strlen(s) != 14)
		return false;
	for (int i = 0; i < 14; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Formats a UTC time stamp. */
void fx_ch_iso_time(time_t t, char out[21])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Reads the n digits at s into *out; returns 0 or -1. */
static int read_digits(const char *s, int n, int *out)
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

/* Parses the leading YYYY-MM-DD of text. */
int fx_ch_parse_day(const char *text, time_t *out)
{
	int y, m, d;
	if (!text || strlen(text) < 10 || text[4] != '-' || text[7] != '-' ||
	    read_digits(text, 4, &y) || read_digits(text + 5, 2, &m) ||
	    read_digits(text + 8, 2, &d) || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	*out = timegm(&tm);
	return 0;
}

/* Parses "YYYY-MM-DDTHH:MM:SSZ". */
int fx_ch_parse_time(const char *text, time_t *out)
{
	time_t day;
	int h, m, sec;
	if (fx_ch_parse_day(text, &day) != 0 || strlen(text) != 20 || text[10] != 'T' ||
	    text[13] != ':' || text[16] != ':' || text[19] != 'Z' ||
	    read_digits(text + 11, 2, &h) || read_digits(text + 14, 2, &m) ||
	    read_digits(text + 17, 2, &sec))
		return -1;
	*out = day + h * 3600 + m * 60 + sec;
	return 0;
}

/* Reads the monotonic clock. */
int64_t fx_ch_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Sleeps, resuming after signals. */
void fx_ch_sleep_ms(long ms)
{
	if (ms <= 0)
		return;
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* Creates path and its missing parents. */
int fx_ch_mkdirs(const char *path)
{
	char *copy = fx_ch_strdup(path);
	if (!copy)
		return fx_error_oom();
	for (char *p = copy + 1;; p++) {
		char c = *p;
		if (c != '/' && c != '\0')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			int rc = fx_error_set(FX_EIO, "cannot create the folder '%s': %s", copy,
			                      strerror(errno));
			free(copy);
			return rc;
		}
		*p = c;
		if (c == '\0')
			break;
	}
	free(copy);
	return FX_OK;
}

/* Creates the folder that will hold file path. */
int fx_ch_mkdirs_for(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return FX_OK;
	char *dir = fx_ch_printf("%.*s", (int)(slash - path), path);
	if (!dir)
		return fx_error_oom();
	int rc = fx_ch_mkdirs(dir);
	free(dir);
	return rc;
}

/* Finds the XDG data folder of facturx. */
char *fx_ch_data_dir(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && xdg[0] == '/')
		return fx_ch_printf("%s/facturx", xdg);
	const char *home = getenv("HOME");
	if (home && home[0])
		return fx_ch_printf("%s/.local/share/facturx", home);
	return NULL;
}
