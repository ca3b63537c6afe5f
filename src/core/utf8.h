/*
 * Internal: UTF-8 sequences, shared by the text checks of the model, the
 * JSON parser, the renderer and the PDF writer.
 */
#ifndef FX_CORE_UTF8_H
#define FX_CORE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length (1 to 4) of the well-formed UTF-8 sequence at p, of which avail
 * bytes are readable; 0 when it is malformed (bad lead or continuation
 * byte, overlong form, surrogate, above U+10FFFF, or cut short). */
size_t fx_utf8_valid_len(const unsigned char *p, size_t avail);

/* Decodes the UTF-8 character at s (len > 0 bytes left); *cp receives it
 * (U+FFFD for a malformed sequence, of which one byte is consumed).
 * Returns the number of bytes used (>= 1). */
size_t fx_utf8_next(const char *s, size_t len, uint32_t *cp);

#endif
