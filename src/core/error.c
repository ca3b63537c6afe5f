/*
 * The thread-local last error (libgit2 style).
 */
#include "core/error.h"

#include <stdio.h>
#include <string.h>

#define FX_ERROR_MSG_MAX 2048

static _Thread_local char last_message[FX_ERROR_MSG_MAX];
static _Thread_local fx_error last_error = {FX_OK, ""};

/* Records code with a formatted message. */
int fx_error_setv(int code, const char *fmt, va_list ap)
{
	char tmp[FX_ERROR_MSG_MAX];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	memcpy(last_message, tmp, sizeof tmp);
	last_error.code = code;
	last_error.message = last_message;
	return code;
}

/* Records code with a printf-style message. */
int fx_error_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fx_error_setv(code, fmt, ap);
	va_end(ap);
	return code;
}

/* Records an out-of-memory failure. */
int fx_error_oom(void)
{
	return fx_error_set(FX_ENOMEM, "out of memory");
}

/* Prepends a formatted prefix to the last message. */
int fx_error_prefix(const char *fmt, ...)
{
	char prefix[FX_ERROR_MSG_MAX];
	char tmp[2 * FX_ERROR_MSG_MAX + 2];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof prefix, fmt, ap);
	va_end(ap);
	snprintf(tmp, sizeof tmp, "%s: %s", prefix, last_message);
	tmp[FX_ERROR_MSG_MAX - 1] = '\0';
	memcpy(last_message, tmp, FX_ERROR_MSG_MAX);
	last_error.message = last_message;
	if (last_error.code == FX_OK)
		last_error.code = FX_ERROR;
	return last_error.code;
}

/* Returns the calling thread's last error. */
const fx_error *fx_error_last(void)
{
	if (!last_error.message)
		last_error.message = "";
	return &last_error;
}

/* Forgets the calling thread's last error. */
void fx_error_clear(void)
{
	last_message[0] = '\0';
	last_error.code = FX_OK;
	last_error.message = last_message;
}
