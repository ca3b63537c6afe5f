/*
 * PNG logos for the PDF: the compressed data kept as it is when PDF can read
 * it (no transparency, not interlaced), else decoded here (zlib, the five row
 * filters, Adam7 interlacing, 1 to 16 bits, palettes, tRNS and alpha) into
 * 8-bit colour samples and an 8-bit soft mask.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "core/error.h"
#include "pdf/flate.h"
#include "render/image.h"
#include "render/ttf.h"

#define PNG_MAX_PIXELS ((uint64_t)1 << 24) /* decoded logos: 16 Mpixels at most */

/** What the chunks of a PNG say. */
typedef struct png_info {
	unsigned w, h, depth, color, interlace, channels;
	const unsigned char *plte; /* palette, 3 bytes per entry */
	size_t n_plte;
	const unsigned char *trns; /* tRNS chunk data */
	size_t n_trns;
	fx_buf idat; /* the concatenated zlib stream */
} png_info;

/* Reads the chunks of p (len bytes, CRCs already checked) into pi. */
static int read_chunks(const unsigned char *p, size_t len, png_info *pi)
{
	const unsigned char *ihdr = p + 16;
	pi->w = fx_be32(ihdr);
	pi->h = fx_be32(ihdr + 4);
	pi->depth = ihdr[8];
	pi->color = ihdr[9];
	pi->interlace = ihdr[12];
	static const unsigned channels[7] = {1, 0, 3, 1, 2, 0, 4};
	pi->channels = pi->color <= 6 ? channels[pi->color] : 0;
	unsigned d = pi->depth;
	int small = d == 1 || d == 2 || d == 4,
	    depth_ok = d == 8 || (d == 16 && pi->color != 3) ||
	               (small && (pi->color == 0 || pi->color == 3));
	if (!pi->channels || !depth_ok || pi->interlace > 1)
		return FX_EINVAL;
	for (size_t at = 8; at + 12 <= len;) {
		uint32_t n = fx_be32(p + at);
		if (n > len - at - 12)
			return FX_EINVAL; /* a chunk running past the end of the file */
		const unsigned char *type = p + at + 4, *data = p + at + 8;
		if (memcmp(type, "IEND", 4) == 0)
			break; /* anything after IEND is not part of the image */
		if (memcmp(type, "PLTE", 4) == 0) {
			pi->plte = data;
			pi->n_plte = n / 3;
		} else if (memcmp(type, "tRNS", 4) == 0) {
			pi->trns = data;
			pi->n_trns = n;
		} else if (memcmp(type, "IDAT", 4) == 0 &&
		           fx_buf_append(&pi->idat, (const char *)data, n)) {
			return FX_ENOMEM;
		}
		at += 12 + (size_t)n;
	}
	if (pi->color == 3 && (pi->n_plte == 0 || pi->n_plte > 256))
		return FX_EINVAL;
	return 0;
}

/* Keeps the PNG's own compressed data: /FlateDecode with the PNG predictors. */
static int keep_compressed(png_info *pi, fx_image *img)
{
	fx_buf *d = &img->dict;
	fx_buf_printf(d, "/Width %u /Height %u /BitsPerComponent %u /ColorSpace ", pi->w, pi->h,
	              pi->depth);
	if (pi->color == 3) {
		static const char hex[] = "0123456789ABCDEF";
		fx_buf_printf(d, "[/Indexed /DeviceRGB %zu <", pi->n_plte - 1);
		for (size_t i = 0; i < 3 * pi->n_plte; i++) {
			char h[2] = {hex[pi->plte[i] >> 4], hex[pi->plte[i] & 15]};
			fx_buf_append(d, h, 2);
		}
		fx_buf_puts(d, ">]");
	} else {
		fx_buf_puts(d, pi->color == 2 ? "/DeviceRGB" : "/DeviceGray");
	}
	fx_buf_printf(d,
	              " /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors %u "
	              "/BitsPerComponent %u /Columns %u >>",
	              pi->channels, pi->depth, pi->w);
	img->data = pi->idat;
	memset(&pi->idat, 0, sizeof pi->idat);
	return d->failed ? FX_ENOMEM : 0;
}

/* Undoes the filter of one row (type t) given the previous row (zeros for the first). */
static int unfilter(unsigned char *row, const unsigned char *prev, size_t n, size_t bpp, int t)
{
	for (size_t i = 0; i < n; i++) {
		unsigned a = i >= bpp ? row[i - bpp] : 0, b = prev[i],
		         c = i >= bpp ? prev[i - bpp] : 0;
		unsigned add;
		if (t == 0) {
			add = 0;
		} else if (t == 1) {
			add = a;
		} else if (t == 2) {
			add = b;
		} else if (t == 3) {
			add = (a + b) / 2;
		} else if (t == 4) {
			int pa = abs((int)b - (int)c), pb = abs((int)a - (int)c);
			int pc = abs((int)a + (int)b - 2 * (int)c);
			add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
		} else {
			return FX_EINVAL;
		}
		row[i] = (unsigned char)(row[i] + add);
	}
	return 0;
}

/* Returns sample k (channel index counted over the row) of a row at depth d, at full precision. */
static unsigned sample(const unsigned char *row, size_t k, unsigned d)
{
	if (d == 8)
		return row[k];
	if (d == 16)
		return (unsigned)row[2 * k] << 8 | row[2 * k + 1];
	size_t bit = k * d;
	return (row[bit / 8] >> (8 - d - bit % 8)) & ((1u << d) - 1);
}

/** The decoded planes. */
typedef struct png_out {
	unsigned char *color; /* 1 or 3 bytes per pixel */
	unsigned char *alpha; /* 1 byte per pixel */
	unsigned cc;          /* colour components: 1 or 3 */
	int translucent;      /* some alpha below 255 */
} png_out;

/* Stores pixel (x, y) of row (pixel index i in the row) into o. */
static void put_pixel(const png_info *pi, const unsigned char *row, size_t i, size_t at, png_out *o)
{
	unsigned ch = pi->channels, d = pi->depth, max = (1u << d) - 1;
	unsigned v[4], a = 255;
	for (unsigned c = 0; c < ch; c++)
		v[c] = sample(row, i * ch + c, d);
	if (pi->color == 3) {
		unsigned idx = v[0];
		for (unsigned c = 0; c < 3; c++)
			o->color[3 * at + c] = idx < pi->n_plte ? pi->plte[3 * idx + c] : 0;
		if (idx < pi->n_trns)
			a = pi->trns[idx];
	} else {
		unsigned cc = ch >= 3 ? 3 : 1;
		int key = pi->n_trns >= 2 * cc;
		for (unsigned c = 0; c < cc; c++) {
			o->color[cc * at + c] = (unsigned char)(v[c] * 255u / max);
			key = key && v[c] == fx_be16(pi->trns + 2 * c);
		}
		if (ch == 2 || ch == 4)
			a = v[ch - 1] * 255u / max;
		else if (key)
			a = 0;
	}
	o->alpha[at] = (unsigned char)a;
	o->translucent |= a != 255;
}

/* Unfilters the rows of one pass (every dx-th pixel from x0, every dy-th row
 * from y0) found at raw + *used, and stores its pixels. */
static int decode_pass(const png_info *pi, unsigned char *raw, size_t raw_len, size_t *used,
                       unsigned x0, unsigned y0, unsigned dx, unsigned dy, png_out *o)
{
	if (x0 >= pi->w || y0 >= pi->h)
		return 0;
	size_t pw = (pi->w - x0 + dx - 1) / dx, ph = (pi->h - y0 + dy - 1) / dy;
	size_t bits = (size_t)pi->channels * pi->depth, stride = (pw * bits + 7) / 8;
	size_t bpp = bits >= 8 ? bits / 8 : 1;
	unsigned char *zero = calloc(stride + 1, 1);
	if (!zero)
		return FX_ENOMEM;
	const unsigned char *prev = zero;
	int rc = 0;
	for (size_t r = 0; r < ph && !rc; r++) {
		if (*used + 1 + stride > raw_len) {
			rc = FX_EINVAL;
			break;
		}
		unsigned char *row = raw + *used + 1;
		rc = unfilter(row, prev, stride, bpp, raw[*used]);
		for (size_t i = 0; i < pw && !rc; i++)
			put_pixel(pi, row, i, (y0 + r * dy) * (size_t)pi->w + x0 + i * dx, o);
		prev = row;
		*used += 1 + stride;
	}
	free(zero);
	return rc;
}

/* Inflates the IDAT stream into a new buffer of exactly want bytes. */
static int inflate_all(const png_info *pi, size_t want, unsigned char **out)
{
	unsigned char *raw = malloc(want ? want : 1);
	if (!raw)
		return FX_ENOMEM;
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit(&z) != Z_OK) {
		free(raw);
		return FX_ENOMEM;
	}
	z.next_in = (unsigned char *)pi->idat.data;
	z.avail_in = (uInt)pi->idat.len;
	z.next_out = raw;
	z.avail_out = (uInt)want;
	int zr = inflate(&z, Z_FINISH);
	size_t got = want - z.avail_out;
	inflateEnd(&z);
	if (zr != Z_STREAM_END || got != want) {
		free(raw);
		return FX_EINVAL;
	}
	*out = raw;
	return 0;
}

/* Size of the filtered data of a pass of pw x ph pixels. */
static size_t pass_size(const png_info *pi, size_t pw, size_t ph)
{
	if (pw == 0 || ph == 0)
		return 0;
	return ph * (1 + (pw * pi->channels * pi->depth + 7) / 8);
}

static const unsigned adam7[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                     {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};

/* Decodes every pass into o. */
static int decode_all(const png_info *pi, png_out *o)
{
	int passes = pi->interlace ? 7 : 1;
	size_t want = 0;
	for (int k = 0; k < passes; k++) {
		const unsigned *a = pi->interlace ? adam7[k] : (const unsigned[]){0, 0, 1, 1};
		if (a[0] < pi->w && a[1] < pi->h)
			want += pass_size(pi, (pi->w - a[0] + a[2] - 1) / a[2],
			                  (pi->h - a[1] + a[3] - 1) / a[3]);
	}
	unsigned char *raw = NULL;
	int rc = inflate_all(pi, want, &raw);
	size_t used = 0;
	for (int k = 0; k < passes && !rc; k++) {
		const unsigned *a = pi->interlace ? adam7[k] : (const unsigned[]){0, 0, 1, 1};
		rc = decode_pass(pi, raw, want, &used, a[0], a[1], a[2], a[3], o);
	}
	free(raw);
	return rc;
}

/* Decodes the PNG to 8-bit samples, compressed, with a soft mask if translucent. */
static int decode(const png_info *pi, fx_image *img)
{
	uint64_t px = (uint64_t)pi->w * pi->h;
	if (px > PNG_MAX_PIXELS)
		return FX_EINVAL;
	png_out o = {0};
	o.cc = pi->color == 2 || pi->color == 3 || pi->color == 6 ? 3 : 1;
	o.color = malloc((size_t)px * o.cc);
	o.alpha = malloc((size_t)px);
	int rc = o.color && o.alpha ? decode_all(pi, &o) : FX_ENOMEM;
	if (!rc)
		rc =
		    fx_flate(o.color, (size_t)px * o.cc, FX_FLATE_BEST, &img->data) ? FX_ENOMEM : 0;
	if (!rc && o.translucent)
		rc = fx_flate(o.alpha, (size_t)px, FX_FLATE_BEST, &img->alpha) ? FX_ENOMEM : 0;
	if (!rc)
		fx_buf_printf(&img->dict,
		              "/Width %u /Height %u /BitsPerComponent 8 /ColorSpace %s "
		              "/Filter /FlateDecode",
		              pi->w, pi->h, o.cc == 3 ? "/DeviceRGB" : "/DeviceGray");
	free(o.color);
	free(o.alpha);
	return rc ? rc : img->dict.failed ? FX_ENOMEM : 0;
}

/* Converts a checked PNG. */
int fx_png_convert(const unsigned char *p, size_t len, fx_image *img)
{
	png_info pi;
	memset(&pi, 0, sizeof pi);
	int rc = read_chunks(p, len, &pi);
	if (!rc) {
		img->w = pi.w;
		img->h = pi.h;
		if (!pi.interlace && pi.channels != 2 && pi.channels != 4 && !pi.trns)
			rc = keep_compressed(&pi, img);
		else
			rc = decode(&pi, img);
	}
	fx_buf_free(&pi.idat);
	return rc;
}
