/*
 * Internal: decoding the base64 content of CII binary objects (BT-125).
 */
#ifndef FX_CII_READ_BASE64_H
#define FX_CII_READ_BASE64_H

#include <stddef.h>

/* Decodes base64 text s[0..len) (RFC 4648 alphabet, '=' padding, white
 * space ignored) into a malloc'ed buffer. out/out_len: receive the bytes
 * (out is a valid 1-byte allocation when the result is empty). Returns
 * FX_OK, FX_EINVAL (with a message giving the offset) or FX_ENOMEM. */
int fx_cii_base64_decode(const char *s, size_t len, unsigned char **out, size_t *out_len);

#endif
