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

/* Inflates a zlib stream, stopping with an error once more than max bytes
 * would come out (so a small stream cannot expand without bound). */
int fx_inflate_limited(const void *data, size_t len, size_t max, unsigned char **out,
		       size_t *out_len)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit(&z) != Z_OK)
		return fx_error_set(FX_ERROR, "zlib: cannot start decompressing");
	size_t cap = len * 4 + 64 < max ? len * 4 + 64 : max + 1;
	unsigned char *buf = malloc(cap + 1);
	size_t n = 0;
	int rc = buf ? FX_OK : fx_error_oom();
	const unsigned char *in = data;
	size_t in_left = len;
	while (rc == FX_OK) {
		if (n == cap) {
			if (cap > max) {
				rc = fx_error_set(FX_EINVAL, "decodes to more than the limit of %zu bytes", max);
				break;
			}
			size_t ncap = cap * 2 < max + 1 ? cap * 2 : max + 1;
			unsigned char *p = realloc(buf, ncap + 1);
			if (!p) {
				rc = fx_error_oom();
				break;
			}
			buf = p;
			cap = ncap;
		}
		uInt chunk_in = in_left > UINT32_MAX / 2 ? UINT32_MAX / 2 : (uInt)in_left;
		size_t room = cap - n;
		z.next_in = (Bytef *)in;
		z.avail_in = chunk_in;
		z.next_out = buf + n;
		z.avail_out = room > UINT32_MAX / 2 ? UINT32_MAX / 2 : (uInt)room;
		uInt before_out = z.avail_out;
		int zr = inflate(&z, Z_NO_FLUSH);
		in += chunk_in - z.avail_in;
		in_left -= chunk_in - z.avail_in;
		n += before_out - z.avail_out;
		if (zr == Z_STREAM_END)
			break;
		if (zr == Z_BUF_ERROR && in_left == 0) {
			rc = fx_error_set(FX_EINVAL, "truncated compressed data");
			break;
		}
		if (zr != Z_OK && zr != Z_BUF_ERROR) {
			rc = fx_error_set(FX_EINVAL, "corrupt compressed data (zlib %d)", zr);
			break;
		}
	}
	inflateEnd(&z);
	if (rc == FX_OK && n > max)
		rc = fx_error_set(FX_EINVAL, "decodes to more than the limit of %zu bytes", max);
	if (rc != FX_OK) {
		free(buf);
		return rc;
	}
	buf[n] = '\0';
	*out = buf;
	*out_len = n;
	return FX_OK;
}
