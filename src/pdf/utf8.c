/*
 * UTF-8 decoding.
 */
#include "pdf/utf8.h"

/* Decodes one UTF-8 character. */
size_t fx_utf8_next(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = p[0] < 0x80 ? 1 : p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 0;
	if (n == 0 || n > len) {
		*cp = 0xFFFD;
		return 1;
	}
	uint32_t c = n == 1 ? p[0] : p[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return i;
		}
		c = (c << 6) | (p[i] & 0x3F);
	}
	*cp = c;
	return n;
}
