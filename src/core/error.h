/*
 * Internal: recording the thread-local last error.
 */
#ifndef FX_CORE_ERROR_H
#define FX_CORE_ERROR_H

#include <stdarg.h>

#include "facturx/common.h"

/* Records code and a printf-style message as the thread's last error and
 * returns code, so callers can write "return fx_error_set(FX_EINVAL, ...)". */
int fx_error_set(int code, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Same as fx_error_set with a va_list. */
int fx_error_setv(int code, const char *fmt, va_list ap);

/* Records an out-of-memory error and returns FX_ENOMEM. */
int fx_error_oom(void);

/* Prepends "prefix: " to the current last-error message, keeping its code,
 * and returns the code (used to add a file name or a path to a message). */
int fx_error_prefix(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;

#endif
