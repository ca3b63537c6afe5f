/*
 * Numbers as spreadsheets export them ("1 234,56", "1.234,56", "-12,5",
 * "20 %", "(12,50)", "12,50-"), read into exact decimals: the text is
 * rewritten as a plain decimal ("-1234.56") for fx_decimal_parse, so no
 * binary floating point is involved.
 */
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "facturx/csv.h"

#define EXPECTED "expected a number such as 1 234,56 or -12,5"
#define MAX_DIGITS 40

/* Length of the blank (space, tab, U+00A0, U+202F, U+2009) at s, or 0. */
static size_t blank_len(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len >= 1 && (u[0] == ' ' || u[0] == '\t'))
		return 1;
	if (len >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
		return 3;
	return 0;
}

/* Length of a blank that ends at s + len, or 0. */
static size_t blank_len_back(const char *s, size_t len)
{
	for (size_t k = 1; k <= 3 && k <= len; k++)
		if (blank_len(s + len - k, k) == k)
			return k;
	return 0;
}

/* Removes blanks at both ends of s/len. */
static void trim(const char **s, size_t *len)
{
	for (size_t k; *len && (k = blank_len(*s, *len));) {
		*s += k;
		*len -= k;
	}
	for (size_t k; *len && (k = blank_len_back(*s, *len));)
		*len -= k;
}

/* Removes suffix (and the blanks before it) from s/len; true if it was there. */
static bool strip_suffix(const char *s, size_t *len, const char *suffix)
{
	size_t n = strlen(suffix);
	if (*len < n || memcmp(s + *len - n, suffix, n) != 0)
		return false;
	*len -= n;
	trim(&s, len);
	return true;
}

/* Removes the sign marks of s/len: leading - + or U+2212, trailing -,
 * parentheses. *neg receives the sign. FX_EINVAL for two signs. */
static int strip_sign(const char **s, size_t *len, bool *neg)
{
	int signs = 0;
	*neg = false;
	if (*len >= 2 && (*s)[0] == '(' && (*s)[*len - 1] == ')') {
		*s += 1;
		*len -= 2;
		*neg = true;
		signs++;
	}
	if (*len && ((*s)[0] == '-' || (*s)[0] == '+')) {
		*neg = (*s)[0] == '-';
		*s += 1;
		*len -= 1;
		signs++;
	} else if (*len >= 3 && memcmp(*s, "\xE2\x88\x92", 3) == 0) {
		*neg = true;
		*s += 3;
		*len -= 3;
		signs++;
	}
	if (*len && (*s)[*len - 1] == '-') {
		*neg = true;
		*len -= 1;
		signs++;
	}
	trim(s, len);
	return signs > 1 ? fx_error_set(FX_EINVAL, EXPECTED " (it has two signs)") : FX_OK;
}

/* Length of a group separator at s other than the marks, or 0: a blank, an
 * apostrophe or U+2019. */
static size_t group_len(const char *s, size_t len)
{
	if (len && s[0] == '\'')
		return 1;
	if (len >= 3 && memcmp(s, "\xE2\x80\x99", 3) == 0)
		return 3;
	return blank_len(s, len);
}

/* Chooses the decimal mark of s/len: forced, or from the marks present. */
static char choose_mark(const char *s, size_t len, char forced)
{
	if (forced)
		return forced;
	size_t dots = 0, commas = 0;
	char last = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.' || s[i] == ',') {
			dots += s[i] == '.';
			commas += s[i] == ',';
			last = s[i];
		}
	}
	if (dots && commas)
		return last;
	if (dots == 1)
		return '.';
	if (commas == 1)
		return ',';
	return dots ? ',' : '.';
}

/** The digits of a number once its separators are understood. */
typedef struct digits {
	char text[MAX_DIGITS + 4];
	size_t n;
} digits;

/* Appends c to d; FX_EOVERFLOW when too long. */
static int push(digits *d, char c)
{
	if (d->n >= MAX_DIGITS)
		return fx_error_set(FX_EOVERFLOW, "the number has too many digits");
	d->text[d->n++] = c;
	d->text[d->n] = '\0';
	return FX_OK;
}

/* Reads the integer part (digits grouped by three) of s/len up to the
 * decimal mark; *used receives the bytes read. */
static int integer_part(const char *s, size_t len, char mark, digits *d, size_t *used)
{
	size_t i = 0, group = 0, groups = 0;
	char sep_kind = 0; /* the one grouping character used, '\'' for all blanks */
	while (i < len && s[i] != mark) {
		size_t k = s[i] == '.' || s[i] == ',' ? 1 : group_len(s + i, len - i);
		if (s[i] >= '0' && s[i] <= '9') {
			int rc = push(d, s[i++]);
			if (rc < 0)
				return rc;
			group++;
			continue;
		}
		char kind = s[i] == '.' || s[i] == ',' ? s[i] : '\'';
		if (!k || !group || (groups && group != 3) || group > 3 ||
		    (sep_kind && kind != sep_kind))
			return fx_error_set(FX_EINVAL, EXPECTED);
		sep_kind = kind;
		groups++;
		group = 0;
		i += k;
	}
	if (!group || (groups && group != 3))
		return fx_error_set(FX_EINVAL, EXPECTED);
	*used = i;
	return FX_OK;
}

/* Parses a number as spreadsheets write it. */
int fx_csv_parse_decimal(const char *s, size_t len, char decimal_mark, fx_decimal *out)
{
	if ((!s && len) || !out || (decimal_mark && decimal_mark != ',' && decimal_mark != '.'))
		return fx_error_set(FX_EUSAGE, "fx_csv_parse_decimal: bad argument");
	trim(&s, &len);
	if (!strip_suffix(s, &len, "%"))
		strip_suffix(s, &len, "\xE2\x82\xAC");
	bool neg = false;
	int rc = strip_sign(&s, &len, &neg);
	if (rc < 0)
		return rc;
	if (!len)
		return fx_error_set(FX_EINVAL, EXPECTED);
	char mark = choose_mark(s, len, decimal_mark);
	digits d = {.n = 0};
	if (neg)
		push(&d, '-');
	size_t used = 0;
	if ((rc = integer_part(s, len, mark, &d, &used)) < 0)
		return rc;
	if (used < len) {
		if (used + 1 == len)
			return fx_error_set(FX_EINVAL,
			                    EXPECTED " (no digit after the decimal mark)");
		push(&d, '.');
		for (size_t i = used + 1; i < len; i++) {
			if (s[i] < '0' || s[i] > '9')
				return fx_error_set(FX_EINVAL, EXPECTED);
			if ((rc = push(&d, s[i])) < 0)
				return rc;
		}
	}
	fx_decimal v;
	rc = fx_decimal_parse(d.text, d.n, &v);
	if (rc == FX_EOVERFLOW)
		return fx_error_set(FX_EOVERFLOW, "the number has too many digits (at most 18 "
		                                  "decimals and 19 digits)");
	if (rc < 0)
		return fx_error_set(FX_EINVAL, EXPECTED);
	if (neg && fx_decimal_is_zero(v))
		v = fx_decimal_abs(v);
	*out = v;
	return FX_OK;
}
