/*
 * A small PDF lexer for the direct assembly: white space, comments and
 * whole values (numbers, references, names, strings, arrays, dictionaries),
 * noting every indirect reference it passes.
 */
#include <string.h>

#include "pdf/direct.h"

#define LEX_MAX_DEPTH 32

/* True for PDF white space. */
static int is_space(unsigned char c)
{
	return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
}

/* True for PDF delimiters. */
static int is_delim(unsigned char c)
{
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
	       c == '}' || c == '/' || c == '%';
}

/* True for a regular character (part of a name, number or keyword). */
static int is_regular(unsigned char c)
{
	return !is_space(c) && !is_delim(c);
}

/* Skips white space and comments. */
void fx_lex_skip(fx_lex *x)
{
	while (x->i < x->end) {
		unsigned char c = x->p[x->i];
		if (c == '%') {
			while (x->i < x->end && x->p[x->i] != '\n' && x->p[x->i] != '\r')
				x->i++;
		} else if (is_space(c)) {
			x->i++;
		} else {
			break;
		}
	}
}

/* Matches s at the position. */
int fx_lex_word(fx_lex *x, const char *s)
{
	size_t n = strlen(s);
	if (x->i > x->end || x->end - x->i < n || memcmp(x->p + x->i, s, n) != 0)
		return 0;
	x->i += n;
	return 1;
}

/* Compares the name read with s. */
int fx_lex_is(const fx_lex *x, const char *s)
{
	return x->tok_len == strlen(s) && memcmp(x->p + x->tok, s, x->tok_len) == 0;
}

/* Reads a run of regular characters; *len receives its length. */
static size_t regular_run(fx_lex *x, size_t *len)
{
	size_t start = x->i;
	while (x->i < x->end && is_regular(x->p[x->i]))
		x->i++;
	*len = x->i - start;
	return start;
}

/* Parses a run as a non-negative integer; -1 when it is not one. */
static long long as_int(const unsigned char *s, size_t n)
{
	if (n == 0 || n > 15)
		return -1;
	long long v = 0;
	for (size_t k = 0; k < n; k++) {
		if (s[k] < '0' || s[k] > '9')
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	return v;
}

/* Skips a literal string (balanced parentheses, backslash escapes). */
static int skip_literal(fx_lex *x)
{
	int nest = 0;
	for (x->i++; x->i < x->end; x->i++) {
		unsigned char c = x->p[x->i];
		if (c == '\\')
			x->i++;
		else if (c == '(')
			nest++;
		else if (c == ')' && nest-- == 0) {
			x->i++;
			return 0;
		}
	}
	x->i = x->end; /* a final backslash may have stepped past the end */
	return -1;
}

/* Skips a hexadecimal string. */
static int skip_hex(fx_lex *x)
{
	for (x->i++; x->i < x->end; x->i++) {
		unsigned char c = x->p[x->i];
		if (c == '>') {
			x->i++;
			return 0;
		}
		if (!is_space(c) &&
		    !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
			return -1;
	}
	return -1;
}

/* Notes reference n. */
static void note_ref(fx_lex *x, long long n)
{
	if (x->refd && n >= 0 && (unsigned long long)n < x->n_refd)
		x->refd[n] = 1;
}

/* Reads an integer, or a reference "n g R" when one follows. */
static fx_lex_kind number(fx_lex *x, size_t start, size_t len)
{
	x->num = as_int(x->p + start, len);
	if (x->num < 0)
		return FX_LEX_OTHER; /* a real or a signed number */
	size_t save = x->i;
	fx_lex_skip(x);
	size_t glen, gstart = regular_run(x, &glen);
	long long gen = as_int(x->p + gstart, glen);
	fx_lex_skip(x);
	size_t rlen, rstart = regular_run(x, &rlen);
	if (gen >= 0 && rlen == 1 && x->p[rstart] == 'R') {
		x->gen = gen;
		note_ref(x, x->num);
		return FX_LEX_REF;
	}
	x->i = save;
	return FX_LEX_INT;
}

/* Dictionary entry callback that only reads the value. */
static int skip_entry(void *ctx, fx_lex *x)
{
	(void)ctx;
	return fx_lex_value(x) == FX_LEX_ERROR;
}

/* Reads an array. */
static fx_lex_kind array(fx_lex *x)
{
	x->i++;
	for (;;) {
		fx_lex_skip(x);
		if (x->i >= x->end)
			return FX_LEX_ERROR;
		if (x->p[x->i] == ']') {
			x->i++;
			return FX_LEX_OTHER;
		}
		if (fx_lex_value(x) == FX_LEX_ERROR)
			return FX_LEX_ERROR;
	}
}

/* Reads one value. */
fx_lex_kind fx_lex_value(fx_lex *x)
{
	fx_lex_skip(x);
	if (x->i >= x->end || x->depth >= LEX_MAX_DEPTH)
		return FX_LEX_ERROR;
	unsigned char c = x->p[x->i];
	fx_lex_kind k = FX_LEX_ERROR;
	x->depth++;
	if (c == '/') {
		size_t len;
		x->i++;
		x->tok = regular_run(x, &len) - 1;
		x->tok_len = len + 1;
		k = FX_LEX_NAME;
	} else if (c == '<' && x->i + 1 < x->end && x->p[x->i + 1] == '<') {
		k = fx_lex_dict(x, skip_entry, NULL) == 0 ? FX_LEX_DICT : FX_LEX_ERROR;
	} else if (c == '<') {
		k = skip_hex(x) == 0 ? FX_LEX_OTHER : FX_LEX_ERROR;
	} else if (c == '(') {
		k = skip_literal(x) == 0 ? FX_LEX_OTHER : FX_LEX_ERROR;
	} else if (c == '[') {
		k = array(x);
	} else if (is_regular(c)) {
		size_t len, start = regular_run(x, &len);
		k = number(x, start, len);
	}
	x->depth--;
	return k;
}

/* Reads a dictionary. */
int fx_lex_dict(fx_lex *x, int (*entry)(void *ctx, fx_lex *x), void *ctx)
{
	fx_lex_skip(x);
	if (!fx_lex_word(x, "<<"))
		return -1;
	for (;;) {
		fx_lex_skip(x);
		if (fx_lex_word(x, ">>"))
			return 0;
		if (x->i >= x->end || x->p[x->i] != '/')
			return -1;
		size_t len;
		x->i++;
		x->tok = regular_run(x, &len) - 1;
		x->tok_len = len + 1;
		if (entry(ctx, x))
			return -1;
	}
}
