/*
 * Internal: standard base64 (RFC 4648 section 4): the digit table and the
 * encoder shared by the JSON and CII readers and writers.
 */
#ifndef FX_CORE_BASE64_H
#define FX_CORE_BASE64_H

#include <stddef.h>

#include "core/buf.h"

/* Value of byte c as a base64 digit (0..63), or -1 when it is not one. */
int fx_base64_digit(unsigned char c);

/* Appends the base64 form of data/len (with '=' padding) to b.
 * b: the buffer; data/len: the bytes. Returns 0 or FX_ENOMEM. */
int fx_base64_encode(fx_buf *b, const unsigned char *data, size_t len);

#endif
