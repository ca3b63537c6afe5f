/*
 * Exact decimals: division and rounding to a given number of decimals, with
 * every rounding mode of fx_rounding.
 */
#include "money/decimal_internal.h"

#include "core/error.h"

/* True for a value of the fx_rounding enumeration. */
static bool valid_mode(fx_rounding mode)
{
	switch (mode) {
	case FX_ROUND_HALF_UP:
	case FX_ROUND_HALF_EVEN:
	case FX_ROUND_DOWN:
	case FX_ROUND_UP:
	case FX_ROUND_FLOOR:
	case FX_ROUND_CEILING:
		return true;
	}
	return false;
}

/* Computes a / b to scale decimals by long division: the integer quotient
 * first, then one decimal digit at a time, so no intermediate exceeds
 * 10 x |b| x 10^18 (well inside 128 bits). fn names the caller. */
static int divide(fx_decimal a, fx_decimal b, int scale, fx_rounding mode, const char *fn,
                  fx_decimal *out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "%s: NULL out", fn);
	if (!a.set || !b.set)
		return fx_error_set(FX_EUSAGE, "%s: an operand is absent (set == false)", fn);
	if (a.scale < 0 || a.scale > FX_DECIMAL_MAX_SCALE || b.scale < 0 ||
	    b.scale > FX_DECIMAL_MAX_SCALE)
		return fx_error_set(FX_EUSAGE, "%s: an operand has a scale out of 0..%d", fn,
		                    FX_DECIMAL_MAX_SCALE);
	if (scale < 0 || scale > FX_DECIMAL_MAX_SCALE)
		return fx_error_set(FX_EUSAGE, "%s: scale %d out of 0..%d", fn, scale,
		                    FX_DECIMAL_MAX_SCALE);
	if (!valid_mode(mode))
		return fx_error_set(FX_EUSAGE, "%s: unknown rounding mode %d", fn, (int)mode);
	if (b.coef == 0)
		return fx_error_set(FX_EINVAL, "%s: division by zero", fn);
	/* result x 10^scale = a.coef x 10^(scale + b.scale - a.scale) / b.coef */
	int e = scale + b.scale - a.scale;
	bool negative = (a.coef < 0) != (b.coef < 0);
	fx_i128 num = a.coef < 0 ? -(fx_i128)a.coef : (fx_i128)a.coef;
	fx_i128 den = b.coef < 0 ? -(fx_i128)b.coef : (fx_i128)b.coef;
	if (e < 0)
		den *= fx_dec_pow10(-e);
	fx_i128 q = num / den;
	fx_i128 rem = num % den;
	for (int i = 0; i < e; i++) {
		if (q > (fx_i128)FX_COEF_MAX)
			break;
		rem *= 10;
		q = q * 10 + rem / den;
		rem %= den;
	}
	if (q <= (fx_i128)FX_COEF_MAX)
		q = fx_dec_round_quotient(q, rem, den, negative, mode);
	if (q > (fx_i128)FX_COEF_MAX)
		return fx_error_set(FX_EOVERFLOW,
		                    "%s: the result does not fit a decimal with %d decimals", fn,
		                    scale);
	out->coef = (int64_t)(negative ? -q : q);
	out->scale = (int8_t)scale;
	out->set = true;
	return FX_OK;
}

/* out = a / b rounded to scale decimals with mode. */
int fx_decimal_div(fx_decimal a, fx_decimal b, int scale, fx_rounding mode, fx_decimal *out)
{
	return divide(a, b, scale, mode, "fx_decimal_div", out);
}

/* out = a rounded (or zero-extended) to exactly scale decimals. */
int fx_decimal_round(fx_decimal a, int scale, fx_rounding mode, fx_decimal *out)
{
	return divide(a, fx_decimal_from_int(1), scale, mode, "fx_decimal_round", out);
}
