/*
 * Internal: zlib (PDF /FlateDecode) compression of stream data, for the
 * renderer's PDF and for the container (the embedded XML, the ICC profile).
 */
#ifndef FX_PDF_FLATE_H
#define FX_PDF_FLATE_H

#include <stddef.h>

#include "core/buf.h"

/* Compression levels, measured on the example invoices (zlib's cost there
 * is the largest of a whole Factur-X file). Small or compressed-once data
 * (ToUnicode maps, the ICC profile, decoded logos): 6, zlib's default;
 * above it gains under 1 %. Content streams: 4, 4 % larger for 25 % less
 * time. Font programs (outlines and hinting instructions that compress
 * little) and embedded files (the invoice XML): 3, 1.5 % (fonts) to 11 %
 * (XML) larger for 20 % (fonts) to 45 % (XML) less time. */
#define FX_FLATE_BEST 6
#define FX_FLATE_CONTENT 4
#define FX_FLATE_FAST 3

/* Appends the zlib stream of data (len bytes) at level (1..9) to out.
 * FX_ENOMEM or FX_ERROR. */
int fx_flate(const void *data, size_t len, int level, fx_buf *out);

/* Inflates the zlib stream data/len into a malloc'ed, NUL-terminated buffer
 * (out/out_len), refusing (FX_EINVAL) data that would decode to more than
 * max bytes or that is corrupt or truncated. */
int fx_inflate_limited(const void *data, size_t len, size_t max, unsigned char **out,
		       size_t *out_len);

#endif
