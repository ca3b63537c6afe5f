/*
 * Reading the logo: a JPEG (its frame header, SOFn) is kept as it is, a PNG
 * is checked whole (chunk CRCs, complete zlib stream of the expected size)
 * then converted (png.c).
 */
#include "render/image.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/error.h"
#include "core/file.h"
#include "render/ttf.h"

/** What the frame header of a JPEG says. */
typedef struct jpeg_frame {
	unsigned w, h, components, precision;
} jpeg_frame;

/* Reads the frame header (SOFn marker) of JPEG data p of len bytes. */
static int jpeg_frame_read(const unsigned char *p, size_t len, jpeg_frame *fr)
{
	size_t i = 2;
	while (i + 9 < len) {
		if (p[i] != 0xFF) {
			i++;
			continue;
		}
		unsigned char m = p[i + 1];
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
			fr->precision = p[i + 4];
			fr->h = fx_be16(p + i + 5);
			fr->w = fx_be16(p + i + 7);
			fr->components = p[i + 9];
			return fr->w && fr->h;
		}
		if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7) || m == 0xFF) {
			i += m == 0xFF ? 1 : 2;
			continue;
		}
		i += 2 + fx_be16(p + i + 2);
	}
	return 0;
}

/* Keeps a JPEG as it is (/DCTDecode); gray and RGB only (PDF/A with an
 * sRGB output intent does not allow CMYK), 8 bits (what PDF reads). */
static int jpeg_keep(const char *path, const unsigned char *p, size_t len, fx_image *img)
{
	jpeg_frame fr;
	if (!jpeg_frame_read(p, len, &fr))
		return 0;
	if (fr.precision != 8 || (fr.components != 1 && fr.components != 3))
		return fx_error_set(FX_EINVAL,
		                    "logo %s: a %u-bit JPEG with %u colour components: use an "
		                    "8-bit grey or RGB image (PDF/A with an sRGB output intent "
		                    "does not allow CMYK)",
		                    path, fr.precision, fr.components);
	img->w = fr.w;
	img->h = fr.h;
	fx_buf_printf(&img->dict,
	              "/Width %u /Height %u /BitsPerComponent 8 /ColorSpace %s "
	              "/Filter /DCTDecode",
	              fr.w, fr.h, fr.components == 3 ? "/DeviceRGB" : "/DeviceGray");
	fx_buf_append(&img->data, (const char *)p, len);
	return img->dict.failed || img->data.failed ? fx_error_oom() : 1;
}

/* Bytes of decompressed data a non-interlaced PNG of the IHDR at ihdr needs. */
static uint64_t png_raw_size(const unsigned char *ihdr)
{
	uint64_t w = fx_be32(ihdr), h = fx_be32(ihdr + 4);
	unsigned depth = ihdr[8], color = ihdr[9];
	unsigned channels = color == 2 ? 3 : color == 4 ? 2 : color == 6 ? 4 : 1;
	return h * (1 + (w * channels * depth + 7) / 8);
}

/* True when the CRC of the chunk at c (data length n) is right. Fuzzing
 * builds skip the check, so the fuzzer reaches the decoder behind it. */
static int crc_ok(const unsigned char *c, uint32_t n)
{
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
	(void)c;
	(void)n;
	return 1;
#else
	return (uint32_t)crc32(0, c + 4, n + 4) == fx_be32(c + 8 + n);
#endif
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
		if (n > len - at - 12 || !crc_ok(p + at, n))
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

/* Reads an image held in memory. */
int fx_image_read(const unsigned char *p, size_t len, const char *name, fx_image *img)
{
	memset(img, 0, sizeof *img);
	int ok = 0, rc = 0;
	if (len >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0) {
		unsigned w, h;
		ok = png_ok(p, len, &w, &h);
		if (ok) {
			rc = fx_png_convert(p, len, img);
			ok = rc == 0;
			if (rc == FX_ENOMEM)
				rc = fx_error_oom();
			else if (rc)
				rc = 0; /* damaged or unsupported: the message below */
		}
	} else if (len >= 4 && p[0] == 0xFF && p[1] == 0xD8) {
		ok = jpeg_keep(name, p, len, img);
		rc = ok < 0 ? ok : 0;
	}
	if (!rc && !ok)
		rc = fx_error_set(FX_EINVAL,
		                  "logo %s: not a valid PNG or JPEG image (damaged "
		                  "or unsupported)",
		                  name);
	if (rc)
		fx_image_free(img);
	return rc;
}

/* Loads the logo. */
int fx_image_load(const char *path, fx_image *img)
{
	memset(img, 0, sizeof *img);
	char *data;
	size_t len;
	int rc = fx_file_read(path, &data, &len);
	if (rc)
		return rc;
	rc = fx_image_read((const unsigned char *)data, len, path, img);
	free(data);
	return rc;
}

/* Frees an image. */
void fx_image_free(fx_image *img)
{
	fx_buf_free(&img->dict);
	fx_buf_free(&img->data);
	fx_buf_free(&img->alpha);
	memset(img, 0, sizeof *img);
}
