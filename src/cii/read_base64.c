/*
 * Base64 decoding of attachment contents, strict about the alphabet and
 * the padding but tolerant of line breaks.
 */
#include "cii/read_base64.h"

#include <stdlib.h>

#include "core/base64.h"
#include "core/error.h"

/* True for characters skipped between digits. */
static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Decodes base64 text. */
int fx_cii_base64_decode(const char *s, size_t len, unsigned char **out, size_t *out_len)
{
	unsigned char *buf = malloc(len / 4 * 3 + 3);
	if (!buf)
		return fx_error_oom();
	size_t n = 0, quad = 0, pad = 0;
	unsigned acc = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_space(c))
			continue;
		if (c == '=') {
			if (quad < 2 || pad + quad >= 4)
				goto bad;
			pad++;
			if (quad + pad == 4) {
				/* the unused low bits of the last digit must be zero */
				if ((pad == 1 && (acc & 0x3)) || (pad == 2 && (acc & 0xF)))
					goto bad;
				if (pad == 1) {
					buf[n++] = (unsigned char)(acc >> 10);
					buf[n++] = (unsigned char)(acc >> 2);
				} else {
					buf[n++] = (unsigned char)(acc >> 4);
				}
				quad = 0;
				acc = 0;
			}
			continue;
		}
		int v = fx_base64_digit(c);
		if (v < 0 || pad)
			goto bad;
		acc = (acc << 6) | (unsigned)v;
		if (++quad == 4) {
			buf[n++] = (unsigned char)(acc >> 16);
			buf[n++] = (unsigned char)(acc >> 8);
			buf[n++] = (unsigned char)acc;
			quad = 0;
			acc = 0;
		}
		continue;
	bad:
		free(buf);
		return fx_error_set(FX_EINVAL, "invalid base64 character '%c' at offset %zu",
		                    c >= 0x20 && c < 0x7F ? c : '?', i);
	}
	if (quad != 0) {
		free(buf);
		return fx_error_set(FX_EINVAL,
		                    "base64 text is truncated (length not a multiple of 4)");
	}
	*out = buf;
	*out_len = n;
	return FX_OK;
}
