/*
 * Reading the size of a PNG (IHDR) or JPEG (SOFn marker) image. A PNG is
 * checked whole (chunk CRCs, complete zlib stream of the expected size)
 * because libpng, as libharu calls it, aborts the process on damaged data.
 */
#include "render/image.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/error.h"
#include "core/file.h"
#include "render/ttf.h"

/* Finds the frame size in JPEG data p of len bytes. */
static int jpeg_size(const unsigned char *p, size_t len, unsigned *w, unsigned *h)
{
	size_t i = 2;
	while (i + 9 < len) {
		if (p[i] != 0xFF) {
			i++;
			continue;
		}
		unsigned char m = p[i + 1];
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
			*h = fx_be16(p + i + 5);
			*w = fx_be16(p + i + 7);
			return *w && *h;
		}
		if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7) || m == 0xFF) {
			i += m == 0xFF ? 1 : 2;
			continue;
		}
		i += 2 + fx_be16(p + i + 2);
	}
	return 0;
}

/* Bytes of decompressed data a non-interlaced PNG of the IHDR at ihdr needs. */
static uint64_t png_raw_size(const unsigned char *ihdr)
{
	uint64_t w = fx_be32(ihdr), h = fx_be32(ihdr + 4);
	unsigned depth = ihdr[8], color = ihdr[9];
	unsigned channels = color == 2 ? 3 : color == 4 ? 2 : color == 6 ? 4 : 1;
	return h * (1 + (w * channels * depth + 7) / 8);
}

/* Checks every chunk's CRC and inflates the IDAT stream of PNG p (len bytes). */
static int png_ok(const unsigned char *p, size_t len, unsigned *w, unsigned *h)
{
	if (len < 33 || memcmp(p + 12, "IHDR", 4) != 0)
		return 0;
	*w = fx_be32(p + 16);
	*h = fx_be32(p + 20);
	uint64_t want = png_raw_size(p + 16), got = 0;
	if (!*w || !*h || want > ((uint64_t)1 << 30))
		return 0;
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit(&z) != Z_OK)
		return 0;
	unsigned char out[16384];
	int zr = Z_OK, end = 0;
	for (size_t at = 8; at + 12 <= len && !end;) {
		uint32_t n = fx_be32(p + at);
		if (n > len - at - 12 ||
		    (uint32_t)crc32(0, p + at + 4, n + 4) != fx_be32(p + at + 8 + n))
			break;
		if (memcmp(p + at + 4, "IDAT", 4) == 0 && zr == Z_OK) {
			z.next_in = (unsigned char *)p + at + 8;
			z.avail_in = n;
			while (zr == Z_OK && z.avail_in) {
				z.next_out = out;
				z.avail_out = sizeof out;
				zr = inflate(&z, Z_NO_FLUSH);
				got += sizeof out - z.avail_out;
			}
		}
		end = memcmp(p + at + 4, "IEND", 4) == 0;
		at += 12 + n;
	}
	inflateEnd(&z);
	int interlaced = p[28] != 0;
	return end && zr == Z_STREAM_END && (interlaced || got == want);
}

/* Probes an image. */
int fx_image_probe(const char *path, int *png, unsigned *w, unsigned *h)
{
	char *data;
	size_t len;
	int rc = fx_file_read(path, &data, &len);
	if (rc)
		return rc;
	const unsigned char *p = (const unsigned char *)data;
	int ok = 0;
	if (len >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0) {
		*png = 1;
		ok = png_ok(p, len, w, h);
	} else if (len >= 4 && p[0] == 0xFF && p[1] == 0xD8) {
		*png = 0;
		ok = jpeg_size(p, len, w, h);
	}
	free(data);
	if (!ok)
		return fx_error_set(FX_EINVAL,
		                    "logo %s: not a valid PNG or JPEG image (damaged "
		                    "or unsupported)",
		                    path);
	return 0;
}
