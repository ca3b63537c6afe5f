/*
 * A growable byte buffer.
 */
#include "core/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"

/* Makes room for extra more bytes plus a NUL. */
static int buf_reserve(fx_buf *b, size_t extra)
{
	if (b->failed)
		return FX_ENOMEM;
	if (b->len + extra + 1 <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p) {
		b->failed = 1;
		return fx_error_oom();
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

/* Appends len bytes. */
int fx_buf_append(fx_buf *b, const char *s, size_t len)
{
	if (buf_reserve(b, len))
		return FX_ENOMEM;
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

/* Appends a C string. */
int fx_buf_puts(fx_buf *b, const char *s)
{
	return fx_buf_append(b, s, strlen(s));
}

/* Appends formatted text. */
int fx_buf_printf(fx_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return fx_error_set(FX_ERROR, "formatting failed");
	if (buf_reserve(b, (size_t)n))
		return FX_ENOMEM;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

/* Gives the data away. */
char *fx_buf_detach(fx_buf *b, size_t *len)
{
	char *d = b->data;
	if (!d && !b->failed) {
		d = calloc(1, 1);
	}
	if (len)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

/* Frees the buffer. */
void fx_buf_free(fx_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = 0;
}
