/*
 * Internal: small helpers of the Chorus Pro module (strings, time, paths).
 */
#ifndef FX_CHORUS_UTIL_H
#define FX_CHORUS_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* Returns a malloc'ed copy of s (NULL for NULL), or NULL when out of memory. */
char *fx_ch_strdup(const char *s);

/* Returns a malloc'ed printf-formatted string, or NULL when out of memory. */
char *fx_ch_printf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Frees *p after overwriting its characters, and sets *p to NULL. */
void fx_ch_wipe(char **p);

/* Returns true when s is exactly 14 ASCII digits (a SIRET). */
bool fx_ch_is_siret(const char *s);

/* Writes the UTC time t as "YYYY-MM-DDTHH:MM:SSZ" into out. */
void fx_ch_iso_time(time_t t, char out[21]);

/* Parses the date at the start of text ("YYYY-MM-DD", optionally followed
 * by a time): *out receives midnight UTC of that day. Returns 0 or -1. */
int fx_ch_parse_day(const char *text, time_t *out);

/* Parses a time stamp written by fx_ch_iso_time into *out. Returns 0 or -1. */
int fx_ch_parse_time(const char *text, time_t *out);

/* Returns the monotonic clock in milliseconds. */
int64_t fx_ch_now_ms(void);

/* Sleeps for ms milliseconds (no-op for ms <= 0). */
void fx_ch_sleep_ms(long ms);

/* Creates directory path and its parents with mode 0700 where missing.
 * Returns FX_OK or FX_EIO naming the folder. */
int fx_ch_mkdirs(const char *path);

/* Creates the parent folder of file path (see fx_ch_mkdirs). */
int fx_ch_mkdirs_for(const char *path);

/* Returns the folder where facturx keeps its data: $XDG_DATA_HOME/facturx,
 * else $HOME/.local/share/facturx, malloc'ed; NULL when neither is set. */
char *fx_ch_data_dir(void);

#endif
