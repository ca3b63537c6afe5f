/*
 * Internal: a growable byte buffer.
 */
#ifndef FX_CORE_BUF_H
#define FX_CORE_BUF_H

#include <stddef.h>

typedef struct fx_buf {
	char *data; /* always NUL-terminated when non-NULL */
	size_t len;
	size_t cap;
	int failed; /* set once an allocation failed; later appends do nothing */
} fx_buf;

/* Appends len bytes of s. Returns 0 or FX_ENOMEM. */
int fx_buf_append(fx_buf *b, const char *s, size_t len);
/* Appends a NUL-terminated string. */
int fx_buf_puts(fx_buf *b, const char *s);
/* Appends printf-style formatted text. */
int fx_buf_printf(fx_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Hands the data to the caller (to free()) and resets b. */
char *fx_buf_detach(fx_buf *b, size_t *len);
/* Frees the data and resets b. */
void fx_buf_free(fx_buf *b);

#endif
