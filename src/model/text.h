/*
 * Internal: UTF-8 checking and NFC normalisation of text fields.
 */
#ifndef FX_MODEL_TEXT_H
#define FX_MODEL_TEXT_H

#include <stddef.h>

/* Checks that s[0..len) is well-formed UTF-8 without control characters
 * other than TAB, LF and CR. Returns 0, or FX_EINVAL with a message giving
 * the byte offset of the first bad byte. */
int fx_text_check_utf8(const char *s, size_t len);

/* Returns a malloc'ed NFC-normalised copy of valid UTF-8 s[0..len)
 * (out_len receives its length), or NULL with the error set. Pure ASCII is
 * copied without calling ICU. */
char *fx_text_nfc(const char *s, size_t len, size_t *out_len);

#endif
