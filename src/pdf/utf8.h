/*
 * Internal: decoding UTF-8 one character at a time, for the renderer (text
 * measuring, drawing) and the PDF writer (text strings).
 */
#ifndef FX_PDF_UTF8_H
#define FX_PDF_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the UTF-8 character at s (len bytes left); *cp receives it (U+FFFD
 * for a bad sequence). Returns the number of bytes used (>= 1). */
size_t fx_utf8_next(const char *s, size_t len, uint32_t *cp);

#endif
