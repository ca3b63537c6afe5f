/*
 * Base64 encoding and strict decoding (padding required, no white space).
 */
#include "input/json/json_base64.h"

#include <stdlib.h>

#include "core/base64.h"
#include "core/error.h"

/* Value of a base64 character, or -1. */
static int b64_value(unsigned char c)
{
	return fx_base64_digit(c);
}

/* Finds the first wrong character; returns FX_OK when the text is valid. */
static int b64_check(const unsigned char *s, size_t len, size_t *bad_at, const char **why)
{
	size_t pad = 0;
	while (pad < len && s[len - 1 - pad] == '=')
		pad++;
	for (size_t i = 0; i < len - pad; i++) {
		if (b64_value(s[i]) >= 0)
			continue;
		*bad_at = i;
		*why = s[i] == '=' ? "misplaced '=' padding" : "invalid base64 character";
		return FX_EINVAL;
	}
	if (pad > 2) {
		*bad_at = len - pad;
		*why = "misplaced '=' padding";
		return FX_EINVAL;
	}
	if (len % 4 != 0) {
		*bad_at = len;
		*why = "base64 text length is not a multiple of 4 (is '=' padding missing?)";
		return FX_EINVAL;
	}
	return FX_OK;
}

/* Decodes validated base64 text. */
int fx_json_base64_decode(const char *s, size_t len, unsigned char **out, size_t *out_len,
                          size_t *bad_at, const char **why)
{
	const unsigned char *u = (const unsigned char *)s;
	if (b64_check(u, len, bad_at, why) < 0)
		return FX_EINVAL;
	unsigned char *buf = malloc(len / 4 * 3 + 1);
	if (!buf)
		return fx_error_oom();
	size_t n = 0;
	for (size_t i = 0; i < len; i += 4) {
		int v0 = b64_value(u[i]), v1 = b64_value(u[i + 1]);
		int v2 = b64_value(u[i + 2]), v3 = b64_value(u[i + 3]);
		buf[n++] = (unsigned char)((v0 << 2) | (v1 >> 4));
		if (v2 >= 0)
			buf[n++] = (unsigned char)(((v1 & 0x0F) << 4) | (v2 >> 2));
		if (v2 >= 0 && v3 >= 0)
			buf[n++] = (unsigned char)(((v2 & 0x03) << 6) | v3);
	}
	*out = buf;
	*out_len = n;
	return FX_OK;
}
