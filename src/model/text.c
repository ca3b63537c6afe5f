/*
 * UTF-8 checking and NFC normalisation (ICU) of text fields.
 */
#include "model/text.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "core/error.h"
#include "core/utf8.h"

/* Checks UTF-8 well-formedness and refuses control characters. */
int fx_text_check_utf8(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		size_t n = fx_utf8_valid_len(u + i, len - i);
		if (n == 0)
			return fx_error_set(FX_EINVAL,
					    "invalid UTF-8 at byte %zu (0x%02X): text must be UTF-8", i,
					    u[i]);
		if (n == 1 && (u[i] < 0x20 || u[i] == 0x7F) && u[i] != '\t' && u[i] != '\n' &&
		    u[i] != '\r')
			return fx_error_set(FX_EINVAL,
					    "control character U+%04X at byte %zu is not allowed in text",
					    u[i], i);
		i += n;
	}
	return 0;
}

/* True when every byte is ASCII (already NFC). */
static int is_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/* Copies s[0..len) into a new NUL-terminated buffer. */
static char *copy_bytes(const char *s, size_t len, size_t *out_len)
{
	char *r = malloc(len + 1);
	if (!r) {
		fx_error_oom();
		return NULL;
	}
	memcpy(r, s, len);
	r[len] = '\0';
	if (out_len)
		*out_len = len;
	return r;
}

/* Normalises valid UTF-8 text to NFC through UTF-16 with ICU. */
char *fx_text_nfc(const char *s, size_t len, size_t *out_len)
{
	if (is_ascii(s, len) || len > (size_t)INT32_MAX / 4)
		return copy_bytes(s, len, out_len);
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
	if (U_FAILURE(st)) {
		fx_error_set(FX_ERROR, "ICU NFC normaliser unavailable: %s", u_errorName(st));
		return NULL;
	}
	int32_t ulen = 0;
	st = U_ZERO_ERROR;
	u_strFromUTF8(NULL, 0, &ulen, s, (int32_t)len, &st);
	UChar *u = malloc(sizeof(UChar) * ((size_t)ulen + 1));
	if (!u) {
		fx_error_oom();
		return NULL;
	}
	st = U_ZERO_ERROR;
	u_strFromUTF8(u, ulen + 1, NULL, s, (int32_t)len, &st);
	if (U_FAILURE(st)) {
		free(u);
		fx_error_set(FX_EINVAL, "invalid UTF-8 text");
		return NULL;
	}
	if (unorm2_isNormalized(nfc, u, ulen, &st) && U_SUCCESS(st)) {
		free(u);
		return copy_bytes(s, len, out_len);
	}
	st = U_ZERO_ERROR;
	int32_t cap = ulen * 3 + 16;
	UChar *n = malloc(sizeof(UChar) * (size_t)cap);
	if (!n) {
		free(u);
		fx_error_oom();
		return NULL;
	}
	int32_t nlen = unorm2_normalize(nfc, u, ulen, n, cap, &st);
	free(u);
	if (U_FAILURE(st)) {
		free(n);
		fx_error_set(FX_ERROR, "NFC normalisation failed: %s", u_errorName(st));
		return NULL;
	}
	int32_t blen = 0;
	st = U_ZERO_ERROR;
	u_strToUTF8(NULL, 0, &blen, n, nlen, &st);
	char *r = malloc((size_t)blen + 1);
	if (!r) {
		free(n);
		fx_error_oom();
		return NULL;
	}
	st = U_ZERO_ERROR;
	u_strToUTF8(r, blen + 1, NULL, n, nlen, &st);
	free(n);
	if (U_FAILURE(st)) {
		free(r);
		fx_error_set(FX_ERROR, "UTF-8 conversion failed: %s", u_errorName(st));
		return NULL;
	}
	r[blen] = '\0';
	if (out_len)
		*out_len = (size_t)blen;
	return r;
}
