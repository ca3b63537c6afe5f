/*
 * zlib compression into a growable buffer. The window is sized to the data
 * (small streams need far less than 32 KB); compressors are kept in the
 * process-wide pool (cache.h) and reset for the next stream.
 */
#include "pdf/flate.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/error.h"
#include "pdf/cache.h"

/* Smallest zlib window (log2, 9..15) that covers len bytes. */
static int window_bits(size_t len)
{
	int bits = 9;
	while (bits < 15 && ((size_t)1 << bits) < len + 262) /* 262: zlib's look-ahead margin */
		bits++;
	return bits;
}

/* Pool hook: frees an idle compressor. */
static void close_stream(void *v)
{
	deflateEnd(v);
	free(v);
}

/* Takes an idle compressor (level, windows of 2^bits bytes) from the pool,
 * or makes one: starting zlib costs more than compressing a small stream.
 * The hash table shrinks with the window (resetting clears it). */
static z_stream *take_stream(int level, int bits, char key[24])
{
	snprintf(key, 24, "zlib|%d|%d", level, bits);
	z_stream *z = fx_pool_take(key);
	if (z) {
		deflateReset(z);
		return z;
	}
	int mem = bits - 6 < 2 ? 2 : bits - 6 > 8 ? 8 : bits - 6;
	z = calloc(1, sizeof *z);
	if (z && deflateInit2(z, level, Z_DEFLATED, bits, mem, Z_DEFAULT_STRATEGY) != Z_OK) {
		free(z);
		z = NULL;
	}
	return z;
}

/* Compresses data into out. */
int fx_flate(const void *data, size_t len, int level, fx_buf *out)
{
	if (len > (size_t)UINT32_MAX / 2)
		return fx_error_set(FX_ERROR, "zlib: %zu bytes are too many to compress at once",
		                    len);
	char key[24];
	z_stream *z = take_stream(level, window_bits(len), key);
	if (!z)
		return fx_error_set(FX_ERROR, "zlib: cannot start compressing");
	size_t bound = deflateBound(z, (uLong)len);
	unsigned char *tmp = malloc(bound);
	int rc = tmp ? 0 : fx_error_oom();
	if (!rc) {
		z->next_in = (Bytef *)data;
		z->avail_in = (uInt)len;
		z->next_out = tmp;
		z->avail_out = (uInt)bound;
		int zr = deflate(z, Z_FINISH);
		rc = zr == Z_STREAM_END
		         ? fx_buf_append(out, (const char *)tmp, bound - z->avail_out)
		         : fx_error_set(FX_ERROR, "zlib: compression failed (%d)", zr);
		free(tmp);
	}
	z->next_in = z->next_out = NULL;
	fx_pool_give(key, z, close_stream);
	return rc;
}
