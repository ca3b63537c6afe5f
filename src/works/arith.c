/*
 * Exact arithmetic of the works engine: a x b / c rounded once, rounding to
 * the cent, sums that treat an absent value as zero, and formatting.
 */
#include <stdio.h>

#include "core/error.h"
#include "money/decimal_internal.h"
#include "works/works_internal.h"

/* Returns the magnitude of a coefficient as a 128-bit value. */
static fx_i128 magnitude(int64_t v)
{
	return v < 0 ? -(fx_i128)v : (fx_i128)v;
}

/* out = round(a x b / c) to scale decimals, exactly. */
int fx_wk_muldiv(fx_decimal a, fx_decimal b, fx_decimal c, int scale, fx_rounding mode,
                 fx_decimal *out)
{
	if (!a.set || !b.set || !c.set)
		return fx_error_set(FX_EUSAGE, "fx_wk_muldiv: an operand is absent");
	if (c.coef == 0)
		return fx_error_set(FX_EINVAL, "division by zero");
	a = fx_decimal_normalize(a);
	b = fx_decimal_normalize(b);
	c = fx_decimal_normalize(c);
	bool negative = ((a.coef < 0) != (b.coef < 0)) != (c.coef < 0);
	fx_i128 num = magnitude(a.coef) * magnitude(b.coef);
	fx_i128 den = magnitude(c.coef);
	int e = scale + c.scale - a.scale - b.scale;
	if (e < -19)
		return fx_error_set(FX_EOVERFLOW, "a computed amount has too many decimals");
	if (e < 0)
		den *= fx_dec_pow10(-e);
	fx_i128 q = num / den, rem = num % den;
	for (int i = 0; i < e; i++) {
		if (q > (fx_i128)FX_COEF_MAX)
			break;
		rem *= 10;
		q = q * 10 + rem / den;
		rem %= den;
	}
	if (q <= (fx_i128)FX_COEF_MAX)
		q = fx_dec_round_quotient(q, rem, den, negative && (q != 0 || rem != 0), mode);
	if (q > (fx_i128)FX_COEF_MAX)
		return fx_error_set(FX_EOVERFLOW, "a computed amount does not fit a decimal");
	out->coef = (int64_t)(negative ? -q : q);
	out->scale = (int8_t)scale;
	out->set = true;
	return FX_OK;
}

/* out = a rounded half up to the cent. */
int fx_wk_round2(fx_decimal a, fx_decimal *out)
{
	return fx_decimal_round(a, 2, FX_ROUND_HALF_UP, out);
}

/* Returns 0.00. */
fx_decimal fx_wk_zero(void)
{
	return fx_decimal_make(0, 2);
}

/* Returns d, or 0.00 when absent. */
fx_decimal fx_wk_or_zero(fx_decimal d)
{
	return d.set ? d : fx_wk_zero();
}

/* out = a + b, absent values counting as zero. */
int fx_wk_add(fx_decimal a, fx_decimal b, fx_decimal *out)
{
	return fx_decimal_add(fx_wk_or_zero(a), fx_wk_or_zero(b), out);
}

/* out = a - b, absent values counting as zero. */
int fx_wk_sub(fx_decimal a, fx_decimal b, fx_decimal *out)
{
	return fx_decimal_sub(fx_wk_or_zero(a), fx_wk_or_zero(b), out);
}

/* Formats d with at least two decimals. */
const char *fx_wk_fmt(fx_decimal d, char *buf, size_t size)
{
	d = fx_wk_or_zero(d);
	if (d.scale < 2)
		fx_decimal_round(d, 2, FX_ROUND_HALF_UP, &d);
	if (fx_decimal_format(d, buf, size) != FX_OK && size)
		buf[0] = '\0';
	return buf;
}
