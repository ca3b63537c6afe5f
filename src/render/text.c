/*
 * Text measuring and line wrapping with ICU break iteration.
 */
#include "render/text.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/cache.h"

/* The code point actually drawn for cp. */
uint32_t fx_text_drawn(const fx_ttf *f, uint32_t cp)
{
	if (cp == '\t')
		return ' ';
	if (cp == '\r' || cp == '\n')
		return 0;
	if (cp >= 0xFFFF || !fx_ttf_glyph(f, cp))
		return '?';
	return cp;
}

/* Width in 1/1000 em of the drawn form of cp. */
static int cp_width(const fx_ttf *f, uint32_t cp)
{
	uint32_t d = fx_text_drawn(f, cp);
	return d ? fx_ttf_advance(f, fx_ttf_glyph(f, d)) : 0;
}

/* Measures a string. */
float fx_text_width(const fx_ttf *f, float size, const char *s, size_t len)
{
	long total = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += fx_utf8_next(s + i, len - i, &cp);
		total += cp_width(f, cp);
	}
	return (float)total * size / 1000.0f;
}

/* Pool hook: closes an idle break iterator. */
static void close_breaker(void *bi)
{
	ubrk_close(bi);
}

/* Opens the ICU line break iterator (from the pool when an idle one exists). */
int fx_wrapper_open(fx_wrapper *w, const char *locale)
{
	memset(w, 0, sizeof *w);
	int n = snprintf(w->key, sizeof w->key, "brk|%s", locale);
	if (n < 0 || (size_t)n >= sizeof w->key)
		w->key[0] = '\0';
	w->bi = w->key[0] ? fx_pool_take(w->key) : NULL;
	if (w->bi)
		return 0;
	UErrorCode st = U_ZERO_ERROR;
	w->bi = ubrk_open(UBRK_LINE, locale, NULL, 0, &st);
	if (U_FAILURE(st))
		return fx_error_set(FX_EINVAL, "ICU: no line breaking rules for \"%s\": %s", locale,
		                    u_errorName(st));
	return 0;
}

/* Frees the wrapper; its break iterator goes back to the pool. */
void fx_wrapper_close(fx_wrapper *w)
{
	if (w->bi) {
		static const UChar empty[1] = {0};
		UErrorCode st = U_ZERO_ERROR;
		ubrk_setText(w->bi, empty, 0, &st); /* no pointer to freed text stays behind */
		if (w->key[0] && U_SUCCESS(st))
			fx_pool_give(w->key, w->bi, close_breaker);
		else
			ubrk_close(w->bi);
	}
	free(w->u16);
	free(w->u8off);
	free(w->lines);
	memset(w, 0, sizeof *w);
}

/* Converts s to UTF-16 in w with the byte offset of every unit. */
static int load_text(fx_wrapper *w, const char *s, size_t len, int32_t *n16)
{
	if (len + 1 > w->cap) {
		UChar *u = realloc(w->u16, (len + 1) * sizeof *u);
		if (u)
			w->u16 = u;
		size_t *o = realloc(w->u8off, (len + 1) * sizeof *o);
		if (o)
			w->u8off = o;
		if (!u || !o)
			return fx_error_oom();
		w->cap = len + 1;
	}
	int32_t n = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t step = fx_utf8_next(s + i, len - i, &cp);
		if (cp > 0xFFFF) { /* drawn as '?' anyway: one unit keeps it simple */
			cp = 0xFFFD;
		}
		w->u16[n] = (UChar)cp;
		w->u8off[n++] = i;
		i += step;
	}
	w->u8off[n] = len;
	*n16 = n;
	return 0;
}

/* Appends a line [off, off+len) of width wd to w->lines. */
static int add_line(fx_wrapper *w, size_t off, size_t len, float wd)
{
	if (w->n_lines == w->cap_lines) {
		size_t cap = w->cap_lines ? w->cap_lines * 2 : 16;
		fx_span *p = realloc(w->lines, cap * sizeof *p);
		if (!p)
			return fx_error_oom();
		w->lines = p;
		w->cap_lines = cap;
	}
	w->lines[w->n_lines++] = (fx_span){off, len, wd};
	return 0;
}

/* True for characters trimmed at the end of a line. */
static bool is_trailing_space(UChar c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 ||
	       c == 0x3000;
}

/** State of the greedy line filling. */
typedef struct wrap_state {
	fx_wrapper *w;
	const fx_ttf *f;
	float size, maxw;
	int32_t start; /* first unit of the current line */
	float width;   /* width of the current line so far, trailing spaces included */
} wrap_state;

/* Width of units [a, b) in points. */
static float units_width(const wrap_state *s, int32_t a, int32_t b)
{
	long t = 0;
	for (int32_t i = a; i < b; i++)
		t += cp_width(s->f, s->w->u16[i]);
	return (float)t * s->size / 1000.0f;
}

/* Ends the current line at unit end (trailing spaces dropped). */
static int flush(wrap_state *s, int32_t end)
{
	int32_t e = end;
	while (e > s->start && is_trailing_space(s->w->u16[e - 1]))
		e--;
	size_t off = s->w->u8off[s->start];
	int rc = add_line(s->w, off, s->w->u8off[e] - off, units_width(s, s->start, e));
	s->start = end;
	s->width = 0;
	return rc;
}

/* Places the segment [a, b) that is wider than a line, cutting between characters. */
static int cut_long(wrap_state *s, int32_t a, int32_t b)
{
	for (int32_t i = a; i < b; i++) {
		float cw = units_width(s, i, i + 1);
		if (s->width + cw > s->maxw && i > s->start) {
			int rc = flush(s, i);
			if (rc)
				return rc;
		}
		s->width += cw;
	}
	return 0;
}

/* Wraps text. */
int fx_text_wrap(fx_wrapper *w, const fx_ttf *f, float size, const char *s, size_t len, float maxw)
{
	w->n_lines = 0;
	int32_t n = 0;
	int rc = load_text(w, s, len, &n);
	if (rc || n == 0)
		return rc;
	UErrorCode st = U_ZERO_ERROR;
	ubrk_setText(w->bi, w->u16, n, &st);
	if (U_FAILURE(st))
		return fx_error_set(FX_EINVAL, "ICU: line breaking failed: %s", u_errorName(st));
	wrap_state ws = {w, f, size, maxw, 0, 0};
	int32_t a = 0;
	for (int32_t b = ubrk_following(w->bi, 0); b != UBRK_DONE && !rc;
	     a = b, b = ubrk_next(w->bi)) {
		bool hard = ubrk_getRuleStatus(w->bi) >= UBRK_LINE_HARD;
		int32_t t = b;
		while (t > a && is_trailing_space(w->u16[t - 1]))
			t--;
		float visible = units_width(&ws, a, t), full = units_width(&ws, a, b);
		if (ws.width + visible > maxw && a > ws.start)
			rc = flush(&ws, a);
		if (!rc && visible > maxw)
			rc = cut_long(&ws, a, t);
		else
			ws.width += full;
		if (!rc && (hard || b == n))
			rc = flush(&ws, b);
	}
	return rc;
}
