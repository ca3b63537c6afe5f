/*
 * Internal: shared helpers of the fx_decimal implementation (128-bit
 * intermediates, powers of ten, range checks).
 */
#ifndef FX_MONEY_DECIMAL_INTERNAL_H
#define FX_MONEY_DECIMAL_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "facturx/decimal.h"

/* 128-bit integers (GCC/Clang extension) hold every exact intermediate. */
__extension__ typedef __int128 fx_i128;
__extension__ typedef unsigned __int128 fx_u128;

/* Coefficients stay within +/- FX_COEF_MAX so that negation never overflows. */
#define FX_COEF_MAX INT64_MAX

/* Returns 10^n for n in 0..38 (n: the exponent). */
fx_i128 fx_dec_pow10(int n);

/* True when v fits a coefficient (|v| <= FX_COEF_MAX). v: the value. */
bool fx_dec_fits(fx_i128 v);

/* Turns the exact value v x 10^-scale into a decimal, dropping trailing
 * zeros only while it does not fit (scale above FX_DECIMAL_MAX_SCALE or
 * coefficient too large). v: coefficient; scale: its scale (0..38);
 * out: the result. Returns FX_OK or FX_EOVERFLOW (message names what). */
int fx_dec_from_wide(fx_i128 v, int scale, const char *what, fx_decimal *out);

/* Rounds the non-negative quotient q with remainder rem of a division by
 * den (0 <= rem < den) according to mode; negative tells the sign of the
 * true result. Returns the rounded magnitude. */
fx_i128 fx_dec_round_quotient(fx_i128 q, fx_i128 rem, fx_i128 den, bool negative, fx_rounding mode);

#endif
