/*
 * Helpers of the tests that look at generated Factur-X PDFs with outside
 * tools (poppler's pdftotext and pdffonts, qpdf, the shared checker) and
 * that format amounts as a page shows them (ICU). Included by one test
 * program each (static functions).
 */
#ifndef FX_TEST_PDF_TOOLS_H
#define FX_TEST_PDF_TOOLS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <unicode/ucurr.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "facturx.h"
#include "test_support.h"

/* Runs the shell command cmd; returns its exit status (-1 when it could not
 * run) and, when out is not NULL, its standard output (malloc'ed). Usable
 * outside a Check test (it asserts nothing; out of memory aborts). */
static inline int fx_tp_run(const char *cmd, char **out)
{
	fflush(stdout);
	FILE *p = popen(cmd, "r");
	if (!p)
		return -1;
	size_t cap = 8192, len = 0;
	char *buf = malloc(cap);
	if (!buf)
		abort();
	size_t n;
	while ((n = fread(buf + len, 1, cap - len - 1, p)) > 0) {
		len += n;
		if (cap - len < 2) {
			cap *= 2;
			buf = realloc(buf, cap);
			if (!buf)
				abort();
		}
	}
	buf[len] = '\0';
	int st = pclose(p);
	if (out)
		*out = buf;
	else
		free(buf);
	return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* True when the program name is on the PATH. name: e.g. "pdftotext". */
static inline int fx_tp_have(const char *name)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", name);
	return fx_tp_run(cmd, NULL) == 0;
}

/* Rewrites text in place: U+00A0 and U+202F (the no-break spaces ICU puts
 * in amounts) become spaces, and every run of white space one space. */
static inline void fx_tp_normalise(char *text)
{
	char *w = text;
	int space = 0;
	for (const char *r = text; *r;) {
		const unsigned char *u = (const unsigned char *)r;
		int ws = 0, skip = 1;
		if (u[0] == 0xC2 && u[1] == 0xA0)
			ws = 1, skip = 2;
		else if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
			ws = 1, skip = 3;
		else if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\r' || *r == '\f')
			ws = 1;
		if (ws) {
			if (!space && w != text)
				*w++ = ' ';
			space = 1;
		} else {
			memcpy(w, r, (size_t)skip);
			w += skip;
			space = 0;
		}
		r += skip;
	}
	*w = '\0';
}

/* Formats amount v in currency as the invoice page does for ICU locale
 * (the currency's usual decimals, more if v has them), normalised as
 * fx_tp_normalise does, into buf of size bytes. */
static inline void fx_tp_format_amount(fx_decimal v, const char *currency, const char *locale,
                                       char *buf, size_t size)
{
	char text[FX_DECIMAL_STRLEN];
	ck_assert_int_eq(fx_decimal_format(v, text, sizeof text), FX_OK);
	UErrorCode st = U_ZERO_ERROR;
	UNumberFormat *nf = unum_open(UNUM_CURRENCY, NULL, 0, locale, NULL, &st);
	UChar code[4] = {0};
	for (int i = 0; i < 3 && currency[i]; i++)
		code[i] = (UChar)(unsigned char)currency[i];
	unum_setTextAttribute(nf, UNUM_CURRENCY_CODE, code, 3, &st);
	int32_t digits = ucurr_getDefaultFractionDigits(code, &st);
	int own = fx_decimal_decimals(v);
	unum_setAttribute(nf, UNUM_ROUNDING_MODE, UNUM_ROUND_HALFUP);
	unum_setAttribute(nf, UNUM_MIN_FRACTION_DIGITS, digits);
	unum_setAttribute(nf, UNUM_MAX_FRACTION_DIGITS, own > digits ? own : digits);
	UChar out[128];
	int32_t n = unum_formatDecimal(nf, text, -1, out, 128, NULL, &st);
	int32_t len = 0;
	u_strToUTF8(buf, (int32_t)size, &len, out, n, &st);
	unum_close(nf);
	ck_assert_msg(U_SUCCESS(st), "ICU: formatting %s %s for %s: %s", text, currency, locale,
	              u_errorName(st));
	fx_tp_normalise(buf);
}

/* Checks pdffonts' listing of a PDF: at least one font, every font
 * embedded, none of the standard 14. what: the file for messages. */
static inline void fx_tp_check_fonts(const char *what, const char *listing)
{
	static const char *base14[] = {"Times", "Helvetica", "Courier", "Symbol", "ZapfDingbats"};
	const char *line = strstr(listing, "\n---");
	ck_assert_msg(line != NULL, "%s: unexpected pdffonts output:\n%s", what, listing);
	line = strchr(line + 1, '\n');
	int fonts = 0;
	while (line && line[1]) {
		line++;
		const char *end = strchr(line, '\n');
		size_t n = end ? (size_t)(end - line) : strlen(line);
		char copy[512];
		snprintf(copy, sizeof copy, "%.*s", (int)n, line);
		char *tok[32];
		int nt = 0;
		for (char *t = strtok(copy, " "); t && nt < 32; t = strtok(NULL, " "))
			tok[nt++] = t;
		ck_assert_msg(nt >= 7, "%s: unexpected pdffonts line: %.*s", what, (int)n, line);
		/* ... emb sub uni object-number generation */
		ck_assert_msg(strcmp(tok[nt - 5], "yes") == 0, "%s: font not embedded: %.*s", what,
		              (int)n, line);
		const char *name = strchr(tok[0], '+') ? strchr(tok[0], '+') + 1 : tok[0];
		for (size_t i = 0; i < sizeof base14 / sizeof base14[0]; i++)
			ck_assert_msg(strncmp(name, base14[i], strlen(base14[i])) != 0,
			              "%s: standard 14 font %s", what, tok[0]);
		fonts++;
		line = end;
	}
	ck_assert_msg(fonts > 0, "%s: pdffonts lists no font", what);
}

/* Checks that text (UTF-8, from pdftotext) has no replacement character
 * U+FFFD and no sign of UTF-8 read as Latin-1 ("Ã©", "â‚¬"). what: the
 * file for messages. */
static inline void fx_tp_check_no_mojibake(const char *what, const char *text)
{
	ck_assert_msg(strstr(text, "\xEF\xBF\xBD") == NULL, "%s: U+FFFD in the text", what);
	ck_assert_msg(strstr(text, "\xC3\x83") == NULL, "%s: 'Ã' (mojibake) in the text", what);
	ck_assert_msg(strstr(text, "\xC3\xA2\xE2\x82\xAC") == NULL, "%s: 'â€' (mojibake)", what);
}

/* Returns the text of the PDF at path (pdftotext, reading order),
 * normalised with fx_tp_normalise; fails when pdftotext complains. */
static inline char *fx_tp_pdftotext(const char *path)
{
	char cmd[4200], *text;
	snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>&1", path);
	ck_assert_int_eq(fx_tp_run(cmd, &text), 0);
	ck_assert_msg(strstr(text, "Syntax Warning") == NULL &&
	                  strstr(text, "Syntax Error") == NULL,
	              "pdftotext complained on %s:\n%s", path, text);
	fx_tp_normalise(text);
	return text;
}

#endif
