/*
 * Standard base64: digit values and encoding.
 */
#include "core/base64.h"

#include "facturx/common.h"

static const char alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Value of each byte as a base64 digit, -1 for the others. */
static const signed char digit_values[256] = {
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 62, -1, -1, -1, 63,
	52, 53, 54, 55, 56, 57, 58, 59, 60, 61, -1, -1, -1, -1, -1, -1,
	-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
	15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, -1, -1, -1, -1, -1,
	-1, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
	41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
	-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
};

/* Returns the digit value of c, or -1. */
int fx_base64_digit(unsigned char c)
{
	return digit_values[c];
}

/* Appends the base64 form of data, in chunks. */
int fx_base64_encode(fx_buf *b, const unsigned char *data, size_t len)
{
	char chunk[1024];
	size_t n = 0;
	for (size_t i = 0; i < len; i += 3) {
		size_t left = len - i;
		unsigned v = (unsigned)data[i] << 16;
		if (left > 1)
			v |= (unsigned)data[i + 1] << 8;
		if (left > 2)
			v |= data[i + 2];
		chunk[n++] = alphabet[(v >> 18) & 63];
		chunk[n++] = alphabet[(v >> 12) & 63];
		chunk[n++] = left > 1 ? alphabet[(v >> 6) & 63] : '=';
		chunk[n++] = left > 2 ? alphabet[v & 63] : '=';
		if (n + 4 > sizeof chunk) {
			if (fx_buf_append(b, chunk, n) < 0)
				return FX_ENOMEM;
			n = 0;
		}
	}
	return n ? fx_buf_append(b, chunk, n) : 0;
}
