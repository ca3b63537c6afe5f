/*
 * Exact decimals: addition, subtraction and multiplication (128-bit
 * intermediates, overflow reported as FX_EOVERFLOW).
 */
#include "money/decimal_internal.h"

#include "core/error.h"

/* Checks that both operands are present (FX_EUSAGE otherwise). */
static int require_set(fx_decimal a, fx_decimal b, const char *fn)
{
	if (!a.set || !b.set)
		return fx_error_set(FX_EUSAGE, "%s: an operand is absent (set == false)", fn);
	if (a.scale < 0 || a.scale > FX_DECIMAL_MAX_SCALE || b.scale < 0 ||
	    b.scale > FX_DECIMAL_MAX_SCALE)
		return fx_error_set(FX_EUSAGE, "%s: an operand has a scale out of 0..%d", fn,
		                    FX_DECIMAL_MAX_SCALE);
	return FX_OK;
}

/* Adds a and b (negate_b: subtracts) at the larger scale. */
static int add_signed(fx_decimal a, fx_decimal b, bool negate_b, const char *fn, fx_decimal *out)
{
	int rc = require_set(a, b, fn);
	if (rc < 0)
		return rc;
	int scale = a.scale > b.scale ? a.scale : b.scale;
	fx_i128 x = (fx_i128)a.coef * fx_dec_pow10(scale - a.scale);
	fx_i128 y = (fx_i128)b.coef * fx_dec_pow10(scale - b.scale);
	fx_decimal r;
	rc = fx_dec_from_wide(negate_b ? x - y : x + y, scale, fn, &r);
	if (rc < 0)
		return rc;
	*out = r;
	return FX_OK;
}

/* out = a + b, exact. */
int fx_decimal_add(fx_decimal a, fx_decimal b, fx_decimal *out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_decimal_add: NULL out");
	return add_signed(a, b, false, "fx_decimal_add", out);
}

/* out = a - b, exact. */
int fx_decimal_sub(fx_decimal a, fx_decimal b, fx_decimal *out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_decimal_sub: NULL out");
	return add_signed(a, b, true, "fx_decimal_sub", out);
}

/* out = a x b, exact (scale a.scale + b.scale, trailing zeros dropped when
 * needed to fit). */
int fx_decimal_mul(fx_decimal a, fx_decimal b, fx_decimal *out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_decimal_mul: NULL out");
	int rc = require_set(a, b, "fx_decimal_mul");
	if (rc < 0)
		return rc;
	/* |coef| <= 2^63, so the product stays below 2^126. */
	fx_i128 p = (fx_i128)a.coef * (fx_i128)b.coef;
	fx_decimal r;
	rc = fx_dec_from_wide(p, a.scale + b.scale, "fx_decimal_mul", &r);
	if (rc < 0)
		return rc;
	*out = r;
	return FX_OK;
}
