/*
 * facturx - exact decimal numbers for amounts, prices, quantities and rates.
 *
 * A value is coef x 10^-scale with a 64-bit signed coefficient and a scale
 * from 0 to FX_DECIMAL_MAX_SCALE. No binary floating point is ever used.
 * A zero-initialised fx_decimal is "absent" (set == false): optional fields
 * of the invoice model use that to tell "not given" from zero.
 */
#ifndef FACTURX_DECIMAL_H
#define FACTURX_DECIMAL_H

#include <stdbool.h>
#include <stdint.h>

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define FX_DECIMAL_MAX_SCALE 18
/* Enough for "-9223372036854775808" with a dot and a NUL, plus margin. */
#define FX_DECIMAL_STRLEN 48

typedef struct fx_decimal {
	int64_t coef; /* the digits, signed */
	int8_t scale; /* number of digits after the decimal point */
	bool set;     /* false: the value is absent */
} fx_decimal;

/** Rounding modes for fx_decimal_round and fx_decimal_div. */
typedef enum fx_rounding {
	FX_ROUND_HALF_UP,   /* .5 away from zero: the EN 16931 rule */
	FX_ROUND_HALF_EVEN, /* banker's rounding */
	FX_ROUND_DOWN,      /* toward zero (truncate) */
	FX_ROUND_UP,        /* away from zero */
	FX_ROUND_FLOOR,     /* toward minus infinity */
	FX_ROUND_CEILING    /* toward plus infinity */
} fx_rounding;

/* Parses a plain decimal ("-12.50", "3", ".5" is refused) of len bytes.
 * s: text, not NUL-terminated necessarily; len: its length in bytes;
 * out: the value, keeping the written scale ("1.50" has scale 2).
 * Returns FX_EINVAL on syntax error, FX_EOVERFLOW when too long. */
FX_EXTERN int fx_decimal_parse(const char *s, size_t len, fx_decimal *out);

/* Formats d with a dot and exactly d.scale decimals, no exponent.
 * d: the value (must be set); buf: destination; size: its size
 * (FX_DECIMAL_STRLEN is always enough). Returns FX_EUSAGE if too small. */
FX_EXTERN int fx_decimal_format(fx_decimal d, char *buf, size_t size);

/* Returns the integer v as a decimal of scale 0. */
FX_EXTERN fx_decimal fx_decimal_from_int(int64_t v);

/* Returns coef x 10^-scale (scale clamped to 0..FX_DECIMAL_MAX_SCALE). */
FX_EXTERN fx_decimal fx_decimal_make(int64_t coef, int scale);

/* out = a + b, exact (scale = max of the scales). */
FX_EXTERN int fx_decimal_add(fx_decimal a, fx_decimal b, fx_decimal *out);

/* out = a - b, exact. */
FX_EXTERN int fx_decimal_sub(fx_decimal a, fx_decimal b, fx_decimal *out);

/* out = a x b, exact (scale = sum of scales, reduced by dropping trailing
 * zeros if it would exceed FX_DECIMAL_MAX_SCALE; FX_EOVERFLOW otherwise). */
FX_EXTERN int fx_decimal_mul(fx_decimal a, fx_decimal b, fx_decimal *out);

/* out = a / b rounded to scale decimals with mode. FX_EINVAL if b is 0. */
FX_EXTERN int fx_decimal_div(fx_decimal a, fx_decimal b, int scale,
			     fx_rounding mode, fx_decimal *out);

/* out = a rounded (or zero-extended) to exactly scale decimals. */
FX_EXTERN int fx_decimal_round(fx_decimal a, int scale, fx_rounding mode,
			       fx_decimal *out);

/* Compares values numerically: <0, 0, >0 (1.50 == 1.5). */
FX_EXTERN int fx_decimal_cmp(fx_decimal a, fx_decimal b);

/* Returns -a. */
FX_EXTERN fx_decimal fx_decimal_neg(fx_decimal a);

/* Returns |a|. */
FX_EXTERN fx_decimal fx_decimal_abs(fx_decimal a);

/* True when a is numerically zero. */
FX_EXTERN bool fx_decimal_is_zero(fx_decimal a);

/* Returns a with trailing fractional zeros removed (1.500 -> 1.5, 2.0 -> 2). */
FX_EXTERN fx_decimal fx_decimal_normalize(fx_decimal a);

/* Number of significant decimals of a once normalised (1.50 -> 1). */
FX_EXTERN int fx_decimal_decimals(fx_decimal a);

#ifdef __cplusplus
}
#endif

#endif
