/*
 * Internal: standard base64 (RFC 4648 section 4, with '=' padding) for the
 * attachment contents of the JSON description.
 */
#ifndef FX_INPUT_JSON_BASE64_H
#define FX_INPUT_JSON_BASE64_H

#include <stddef.h>

#include "core/buf.h"

/* Decodes base64 text. s/len: the text; out/out_len: receive a malloc'ed
 * buffer (to free()) and its length; bad_at: on FX_EINVAL, receives the
 * byte index in s of the problem (len for a wrong length); why: on FX_EINVAL,
 * receives a static description. Returns FX_OK, FX_EINVAL or FX_ENOMEM. */
int fx_json_base64_decode(const char *s, size_t len, unsigned char **out, size_t *out_len,
                          size_t *bad_at, const char **why);

#endif
