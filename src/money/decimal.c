/*
 * Exact decimals: construction, comparison, sign and normalisation, and the
 * shared 128-bit helpers.
 */
#include "money/decimal_internal.h"

#include "core/error.h"

/* Returns 10^n computed in 128 bits (n from 0 to 38). */
fx_i128 fx_dec_pow10(int n)
{
	fx_i128 p = 1;
	for (int i = 0; i < n; i++)
		p *= 10;
	return p;
}

/* True when |v| fits a coefficient. */
bool fx_dec_fits(fx_i128 v)
{
	return v <= (fx_i128)FX_COEF_MAX && v >= -(fx_i128)FX_COEF_MAX;
}

/* Narrows an exact wide value, dropping trailing zeros only when needed. */
int fx_dec_from_wide(fx_i128 v, int scale, const char *what, fx_decimal *out)
{
	while ((scale > FX_DECIMAL_MAX_SCALE || !fx_dec_fits(v)) && scale > 0 && v % 10 == 0) {
		v /= 10;
		scale--;
	}
	if (scale > FX_DECIMAL_MAX_SCALE)
		return fx_error_set(FX_EOVERFLOW,
		                    "%s: the exact result needs %d decimals (at most %d)", what,
		                    scale, FX_DECIMAL_MAX_SCALE);
	if (!fx_dec_fits(v))
		return fx_error_set(FX_EOVERFLOW,
		                    "%s: the result does not fit a decimal (its digits exceed "
		                    "9223372036854775807)",
		                    what);
	out->coef = (int64_t)v;
	out->scale = (int8_t)scale;
	out->set = true;
	return FX_OK;
}

/* Applies a rounding mode to a truncated quotient magnitude. */
fx_i128 fx_dec_round_quotient(fx_i128 q, fx_i128 rem, fx_i128 den, bool negative, fx_rounding mode)
{
	if (rem == 0)
		return q;
	fx_i128 twice = rem * 2;
	switch (mode) {
	case FX_ROUND_HALF_UP:
		return twice >= den ? q + 1 : q;
	case FX_ROUND_HALF_EVEN:
		if (twice > den || (twice == den && q % 2 != 0))
			return q + 1;
		return q;
	case FX_ROUND_DOWN:
		return q;
	case FX_ROUND_UP:
		return q + 1;
	case FX_ROUND_FLOOR:
		return negative ? q + 1 : q;
	case FX_ROUND_CEILING:
		return negative ? q : q + 1;
	}
	return q;
}

/* Returns v with scale 0. */
fx_decimal fx_decimal_from_int(int64_t v)
{
	fx_decimal d = {v, 0, true};
	return d;
}

/* Returns coef x 10^-scale with the scale clamped to the valid range. */
fx_decimal fx_decimal_make(int64_t coef, int scale)
{
	if (scale < 0)
		scale = 0;
	if (scale > FX_DECIMAL_MAX_SCALE)
		scale = FX_DECIMAL_MAX_SCALE;
	fx_decimal d = {coef, (int8_t)scale, true};
	return d;
}

/* Clamps a scale written by hand outside 0..FX_DECIMAL_MAX_SCALE. */
static int valid_scale(int scale)
{
	return scale < 0 ? 0 : (scale > FX_DECIMAL_MAX_SCALE ? FX_DECIMAL_MAX_SCALE : scale);
}

/* Compares numerically; an absent value sorts before every present one. */
int fx_decimal_cmp(fx_decimal a, fx_decimal b)
{
	if (!a.set || !b.set)
		return (int)a.set - (int)b.set;
	int sa = valid_scale(a.scale), sb = valid_scale(b.scale);
	int scale = sa > sb ? sa : sb;
	fx_i128 x = (fx_i128)a.coef * fx_dec_pow10(scale - sa);
	fx_i128 y = (fx_i128)b.coef * fx_dec_pow10(scale - sb);
	return x < y ? -1 : (x > y ? 1 : 0);
}

/* Returns -a (INT64_MIN, only reachable through make/from_int, saturates). */
fx_decimal fx_decimal_neg(fx_decimal a)
{
	a.coef = a.coef == INT64_MIN ? INT64_MAX : -a.coef;
	return a;
}

/* Returns |a| (INT64_MIN saturates like fx_decimal_neg). */
fx_decimal fx_decimal_abs(fx_decimal a)
{
	return a.coef < 0 ? fx_decimal_neg(a) : a;
}

/* True when a is present and numerically zero. */
bool fx_decimal_is_zero(fx_decimal a)
{
	return a.set && a.coef == 0;
}

/* Drops trailing fractional zeros. */
fx_decimal fx_decimal_normalize(fx_decimal a)
{
	while (a.scale > 0 && a.coef % 10 == 0) {
		a.coef /= 10;
		a.scale--;
	}
	return a;
}

/* Number of decimals once trailing zeros are dropped. */
int fx_decimal_decimals(fx_decimal a)
{
	return fx_decimal_normalize(a).scale;
}
