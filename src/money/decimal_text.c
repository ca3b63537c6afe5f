/*
 * Exact decimals: parsing and formatting plain decimal text ("-12.50"),
 * independent of the C locale.
 */
#include <string.h>

#include "money/decimal_internal.h"

#include "core/error.h"

/* Longest text quoted back in an error message. */
#define FX_QUOTE_MAX 40

/* Records a syntax error quoting (the start of) the text. */
static int syntax_error(const char *s, size_t len, const char *why)
{
	int shown = (int)(len > FX_QUOTE_MAX ? FX_QUOTE_MAX : len);
	return fx_error_set(FX_EINVAL, "invalid decimal \"%.*s%s\": %s", shown, s,
	                    len > FX_QUOTE_MAX ? "..." : "", why);
}

/* True for an ASCII digit (never locale-dependent). */
static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Parses [sign] digits [. digits] exactly, keeping the written scale. */
int fx_decimal_parse(const char *s, size_t len, fx_decimal *out)
{
	if (!s || !out)
		return fx_error_set(FX_EUSAGE, "fx_decimal_parse: NULL argument");
	size_t i = 0;
	bool negative = false;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		negative = s[i++] == '-';
	size_t int_start = i;
	while (i < len && is_digit(s[i]))
		i++;
	size_t int_end = i;
	if (int_end == int_start)
		return syntax_error(s, len, "a digit must come first (after an optional sign)");
	size_t frac_start = i, frac_end = i;
	if (i < len && s[i] == '.') {
		frac_start = ++i;
		while (i < len && is_digit(s[i]))
			i++;
		frac_end = i;
		if (frac_end == frac_start)
			return syntax_error(s, len, "a digit must follow the decimal point");
	}
	if (i != len)
		return syntax_error(s, len, "only digits, one '.' and a leading sign are allowed");
	/* Trailing fractional zeros are dropped only when the value would not
	 * fit otherwise (more than 18 decimals or 19 digits). */
	size_t lead = int_start;
	while (lead < int_end - 1 && s[lead] == '0')
		lead++;
	size_t int_digits = int_end - lead;
	if (int_digits == 1 && s[lead] == '0')
		int_digits = 0;
	size_t frac_digits = frac_end - frac_start;
	while (frac_digits > 0 && s[frac_start + frac_digits - 1] == '0' &&
	       (frac_digits > FX_DECIMAL_MAX_SCALE || int_digits + frac_digits > 19))
		frac_digits--;
	if (frac_digits > FX_DECIMAL_MAX_SCALE)
		return fx_error_set(FX_EOVERFLOW, "decimal \"%.*s\" has more than %d decimals",
		                    (int)(len > FX_QUOTE_MAX ? FX_QUOTE_MAX : len), s,
		                    FX_DECIMAL_MAX_SCALE);
	if (int_digits + frac_digits > 19)
		return fx_error_set(FX_EOVERFLOW, "decimal \"%.*s\" has too many digits",
		                    (int)(len > FX_QUOTE_MAX ? FX_QUOTE_MAX : len), s);
	fx_i128 v = 0;
	for (size_t k = lead; k < int_end; k++)
		v = v * 10 + (s[k] - '0');
	for (size_t k = 0; k < frac_digits; k++)
		v = v * 10 + (s[frac_start + k] - '0');
	if (!fx_dec_fits(v))
		return fx_error_set(FX_EOVERFLOW, "decimal \"%.*s\" is too large",
		                    (int)(len > FX_QUOTE_MAX ? FX_QUOTE_MAX : len), s);
	out->coef = (int64_t)(negative ? -v : v);
	out->scale = (int8_t)frac_digits;
	out->set = true;
	return FX_OK;
}

/* Writes d with a '.' and exactly d.scale decimals. */
int fx_decimal_format(fx_decimal d, char *buf, size_t size)
{
	if (!buf)
		return fx_error_set(FX_EUSAGE, "fx_decimal_format: NULL buffer");
	if (!d.set)
		return fx_error_set(FX_EUSAGE, "fx_decimal_format: the value is absent");
	if (d.scale < 0 || d.scale > FX_DECIMAL_MAX_SCALE)
		return fx_error_set(FX_EUSAGE, "fx_decimal_format: scale %d out of range", d.scale);
	char digits[FX_DECIMAL_STRLEN];
	size_t n = 0;
	/* Magnitude in unsigned 128 bits so INT64_MIN is formatted too. */
	fx_u128 mag = d.coef < 0 ? (fx_u128)(-(fx_i128)d.coef) : (fx_u128)d.coef;
	do {
		digits[n++] = (char)('0' + (int)(mag % 10));
		mag /= 10;
	} while (mag != 0);
	while (n < (size_t)d.scale + 1)
		digits[n++] = '0';
	size_t need = (d.coef < 0) + n + (d.scale > 0) + 1;
	if (size < need)
		return fx_error_set(FX_EUSAGE, "fx_decimal_format: buffer of %zu bytes, %zu needed",
		                    size, need);
	size_t w = 0;
	if (d.coef < 0)
		buf[w++] = '-';
	for (size_t k = n; k > 0; k--) {
		if (k == (size_t)d.scale && d.scale > 0)
			buf[w++] = '.';
		buf[w++] = digits[k - 1];
	}
	buf[w] = '\0';
	return FX_OK;
}
