/*
 * UTF-8 sequences: strict length check and decoding.
 */
#include "core/utf8.h"

/* Length of a well-formed sequence, or 0. */
size_t fx_utf8_valid_len(const unsigned char *p, size_t avail)
{
	unsigned char c = p[0];
	size_t n;
	unsigned char lo = 0x80, hi = 0xBF;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0)
			lo = 0xA0; /* no overlong form */
		else if (c == 0xED)
			hi = 0x9F; /* no surrogate */
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0)
			lo = 0x90; /* no overlong form */
		else if (c == 0xF4)
			hi = 0x8F; /* nothing above U+10FFFF */
	} else {
		return 0;
	}
	if (avail < n || p[1] < lo || p[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0;
	return n;
}

/* Decodes one character. */
size_t fx_utf8_next(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = fx_utf8_valid_len(p, len);
	if (n == 0) {
		*cp = 0xFFFD;
		return 1;
	}
	uint32_t c = n == 1 ? p[0] : p[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++)
		c = (c << 6) | (p[i] & 0x3F);
	*cp = c;
	return n;
}
