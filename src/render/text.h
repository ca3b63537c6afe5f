/*
 * Internal: measuring and wrapping text. Widths come from the font's own
 * advance widths (the same 1/1000 em values the PDF writer puts in the /W
 * array); line-break opportunities come from ICU's line break iterator for
 * the document's locale. Characters are drawn as they are measured: tabs as
 * spaces, CR/LF as nothing, characters the font lacks as '?'.
 */
#ifndef FX_RENDER_TEXT_H
#define FX_RENDER_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/ubrk.h>

#include "core/utf8.h"
#include "render/ttf.h"

/** A wrapped line: a byte range of the source text and its width. */
typedef struct fx_span {
	size_t off, len;
	float width;
} fx_span;

/** A reusable line breaker (one per document). */
typedef struct fx_wrapper {
	UBreakIterator *bi; /* from the process-wide pool (cache.h) */
	char key[48];       /* its pool key */
	UChar *u16;         /* the text being wrapped, UTF-16 */
	size_t *u8off;      /* byte offset in the UTF-8 source of each UTF-16 unit (+1 end) */
	size_t cap;
	fx_span *lines;
	size_t n_lines, cap_lines;
} fx_wrapper;

/* Returns the code point drawn for cp with font f ('?' when missing, space
 * for a tab, 0 for CR/LF which draw nothing). */
uint32_t fx_text_drawn(const fx_ttf *f, uint32_t cp);

/* Width in points of s (len bytes) in font f at size. */
float fx_text_width(const fx_ttf *f, float size, const char *s, size_t len);

/* Opens a wrapper for locale (ICU line breaking rules). */
int fx_wrapper_open(fx_wrapper *w, const char *locale);

/* Frees the wrapper's memory. */
void fx_wrapper_close(fx_wrapper *w);

/* Wraps s (len bytes) in font f at size into lines at most maxw points wide;
 * newlines force breaks; a word wider than maxw is cut between characters.
 * The lines are left in w->lines / w->n_lines (valid until the next call). */
int fx_text_wrap(fx_wrapper *w, const fx_ttf *f, float size, const char *s, size_t len, float maxw);

#endif
