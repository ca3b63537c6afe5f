/*
 * The logo: PNG images of every colour type, bit depth and row filter, with
 * and without interlacing and transparency, turned into PDF image data (kept
 * compressed when PDF can read it, else decoded with a soft mask); JPEG kept
 * as it is, CMYK and 12-bit JPEG refused; logos drawn in a rendered page.
 */
#include <stdint.h>
#include <zlib.h>

#include "render/image.h"
#include "test_render_fixture.h"

/* A 2x2 grey JPEG (quality 50). */
static const unsigned char jpeg_gray[] = {
    0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00, 0xFF, 0xDB, 0x00, 0x43, 0x00, 0x10, 0x0B, 0x0C, 0x0E, 0x0C, 0x0A, 0x10,
    0x0E, 0x0D, 0x0E, 0x12, 0x11, 0x10, 0x13, 0x18, 0x28, 0x1A, 0x18, 0x16, 0x16, 0x18, 0x31, 0x23,
    0x25, 0x1D, 0x28, 0x3A, 0x33, 0x3D, 0x3C, 0x39, 0x33, 0x38, 0x37, 0x40, 0x48, 0x5C, 0x4E, 0x40,
    0x44, 0x57, 0x45, 0x37, 0x38, 0x50, 0x6D, 0x51, 0x57, 0x5F, 0x62, 0x67, 0x68, 0x67, 0x3E, 0x4D,
    0x71, 0x79, 0x70, 0x64, 0x78, 0x5C, 0x65, 0x67, 0x63, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x02,
    0x00, 0x02, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xC4, 0x00, 0x1F, 0x00, 0x00, 0x01, 0x05, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04,
    0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0xFF, 0xC4, 0x00, 0xB5, 0x10, 0x00, 0x02, 0x01, 0x03,
    0x03, 0x02, 0x04, 0x03, 0x05, 0x05, 0x04, 0x04, 0x00, 0x00, 0x01, 0x7D, 0x01, 0x02, 0x03, 0x00,
    0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32,
    0x81, 0x91, 0xA1, 0x08, 0x23, 0x42, 0xB1, 0xC1, 0x15, 0x52, 0xD1, 0xF0, 0x24, 0x33, 0x62, 0x72,
    0x82, 0x09, 0x0A, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x34, 0x35,
    0x36, 0x37, 0x38, 0x39, 0x3A, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x53, 0x54, 0x55,
    0x56, 0x57, 0x58, 0x59, 0x5A, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x73, 0x74, 0x75,
    0x76, 0x77, 0x78, 0x79, 0x7A, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x92, 0x93, 0x94,
    0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xB2,
    0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9,
    0xCA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6,
    0xE7, 0xE8, 0xE9, 0xEA, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFF, 0xDA,
    0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0xA3, 0x5F, 0xFF, 0xD9};

/** A PNG to build: size, type, depth, interlacing, extra chunks. */
typedef struct png_spec {
	unsigned w, h, depth, color, interlace;
	const unsigned char *plte; /* palette bytes (3 per entry) */
	size_t n_plte;
	const unsigned char *trns;
	size_t n_trns;
} png_spec;

/* Channels of a PNG colour type. */
static unsigned channels(unsigned color)
{
	return color == 2 ? 3 : color == 4 ? 2 : color == 6 ? 4 : 1;
}

/* The test pattern: sample c of pixel (x, y) at depth d. */
static unsigned pattern(unsigned x, unsigned y, unsigned c, unsigned d)
{
	return (x * 7 + y * 13 + c * 5 + (x ^ y)) % (1u << d);
}

/* Appends a chunk of type t with n bytes of data to b (length, type, data, CRC). */
static void chunk(fx_buf *b, const char *t, const unsigned char *data, size_t n)
{
	unsigned char len[4] = {(unsigned char)(n >> 24), (unsigned char)(n >> 16),
	                        (unsigned char)(n >> 8), (unsigned char)n};
	fx_buf_append(b, (const char *)len, 4);
	size_t at = b->len;
	fx_buf_append(b, t, 4);
	fx_buf_append(b, n ? (const char *)data : "", n);
	uint32_t crc = (uint32_t)crc32(0, (const unsigned char *)b->data + at, (uInt)(n + 4));
	unsigned char c[4] = {(unsigned char)(crc >> 24), (unsigned char)(crc >> 16),
	                      (unsigned char)(crc >> 8), (unsigned char)crc};
	fx_buf_append(b, (const char *)c, 4);
}

/* Paeth predictor of the PNG specification. */
static unsigned paeth(unsigned a, unsigned b, unsigned c)
{
	int p = (int)a + (int)b - (int)c, pa = abs(p - (int)a), pb = abs(p - (int)b);
	int pc = abs(p - (int)c);
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/* Appends the rows of one pass (pixels x0, x0+dx, ... of rows y0, y0+dy, ...),
 * each row with filter type (row number % 5). */
static void put_pass(fx_buf *raw, const png_spec *s, unsigned x0, unsigned y0, unsigned dx,
                     unsigned dy)
{
	if (x0 >= s->w || y0 >= s->h)
		return;
	unsigned pw = (s->w - x0 + dx - 1) / dx, ph = (s->h - y0 + dy - 1) / dy;
	unsigned ch = channels(s->color), bits = ch * s->depth;
	size_t stride = ((size_t)pw * bits + 7) / 8, bpp = bits >= 8 ? bits / 8 : 1;
	unsigned char *prev = calloc(stride, 1), *row = calloc(stride, 1), *out = malloc(stride);
	for (unsigned r = 0; r < ph; r++) {
		memset(row, 0, stride);
		for (unsigned i = 0; i < pw; i++)
			for (unsigned c = 0; c < ch; c++) {
				unsigned v = pattern(x0 + i * dx, y0 + r * dy, c, s->depth);
				size_t k = (size_t)i * ch + c;
				if (s->depth == 16) {
					row[2 * k] = (unsigned char)(v >> 8);
					row[2 * k + 1] = (unsigned char)v;
				} else if (s->depth == 8) {
					row[k] = (unsigned char)v;
				} else {
					size_t bit = k * s->depth;
					row[bit / 8] |=
					    (unsigned char)(v << (8 - s->depth - bit % 8));
				}
			}
		unsigned char t = (unsigned char)(r % 5);
		for (size_t i = 0; i < stride; i++) {
			unsigned a = i >= bpp ? row[i - bpp] : 0, b = prev[i];
			unsigned c = i >= bpp ? prev[i - bpp] : 0;
			unsigned pred = t == 1   ? a
			                : t == 2 ? b
			                : t == 3 ? (a + b) / 2
			                : t == 4 ? paeth(a, b, c)
			                         : 0;
			out[i] = (unsigned char)(row[i] - pred);
		}
		fx_buf_append(raw, (const char *)&t, 1);
		fx_buf_append(raw, (const char *)out, stride);
		memcpy(prev, row, stride);
	}
	free(prev);
	free(row);
	free(out);
}

/* Builds the PNG of s with the test pattern; *len receives its size. */
static unsigned char *make_png(const png_spec *s, size_t *len)
{
	static const unsigned adam7[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
	                                     {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
	fx_buf raw = {0}, b = {0};
	if (s->interlace)
		for (int k = 0; k < 7; k++)
			put_pass(&raw, s, adam7[k][0], adam7[k][1], adam7[k][2], adam7[k][3]);
	else
		put_pass(&raw, s, 0, 0, 1, 1);
	uLongf zlen = compressBound((uLong)raw.len);
	unsigned char *z = malloc(zlen);
	ck_assert_int_eq(compress(z, &zlen, (const unsigned char *)raw.data, (uLong)raw.len), Z_OK);
	unsigned char ihdr[13] = {0,
	                          0,
	                          0,
	                          (unsigned char)s->w,
	                          0,
	                          0,
	                          0,
	                          (unsigned char)s->h,
	                          (unsigned char)s->depth,
	                          (unsigned char)s->color,
	                          0,
	                          0,
	                          (unsigned char)s->interlace};
	fx_buf_append(&b, "\x89PNG\r\n\x1a\n", 8);
	chunk(&b, "IHDR", ihdr, 13);
	if (s->plte)
		chunk(&b, "PLTE", s->plte, 3 * s->n_plte);
	if (s->trns)
		chunk(&b, "tRNS", s->trns, s->n_trns);
	chunk(&b, "IDAT", z, zlen / 2); /* two IDAT chunks */
	chunk(&b, "IDAT", z + zlen / 2, zlen - zlen / 2);
	chunk(&b, "IEND", NULL, 0);
	free(z);
	fx_buf_free(&raw);
	return (unsigned char *)fx_buf_detach(&b, len);
}

/* Writes data to a new temporary file; returns its malloc'ed path. */
static char *temp_with(const void *data, size_t len)
{
	char *path = strdup("/tmp/fxt-logo-XXXXXX");
	int fd = mkstemp(path);
	ck_assert(fd >= 0 && write(fd, data, len) == (ssize_t)len);
	close(fd);
	return path;
}

/* Loads the PNG of s into img (expects FX_OK). */
static void load_png(const png_spec *s, fx_image *img)
{
	size_t len;
	unsigned char *png = make_png(s, &len);
	char *path = temp_with(png, len);
	int rc = fx_image_load(path, img);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	ck_assert_uint_eq(img->w, s->w);
	ck_assert_uint_eq(img->h, s->h);
	unlink(path);
	free(path);
	free(png);
}

/* Inflates b (a zlib stream) into a new buffer of exactly n bytes. */
static unsigned char *inflated(const fx_buf *b, size_t n)
{
	unsigned char *out = malloc(n + 1);
	uLongf got = (uLongf)n + 1;
	ck_assert_int_eq(uncompress(out, &got, (const unsigned char *)b->data, (uLong)b->len),
	                 Z_OK);
	ck_assert_uint_eq(got, n);
	return out;
}

/* Checks a decoded image: 8-bit samples of the pattern (through the palette
 * when there is one) and the expected alpha of each pixel (alpha_of). */
static void check_decoded(const png_spec *s, const fx_image *img,
                          unsigned (*alpha_of)(const png_spec *, unsigned, unsigned))
{
	unsigned cc = s->color == 0 || s->color == 4 ? 1 : 3, max = (1u << s->depth) - 1;
	size_t px = (size_t)s->w * s->h;
	ck_assert_ptr_nonnull(strstr(img->dict.data, "/BitsPerComponent 8"));
	ck_assert_ptr_null(strstr(img->dict.data, "/DecodeParms"));
	unsigned char *rgb = inflated(&img->data, px * cc);
	unsigned char *alpha = img->alpha.len ? inflated(&img->alpha, px) : NULL;
	for (unsigned y = 0; y < s->h; y++)
		for (unsigned x = 0; x < s->w; x++) {
			size_t at = (size_t)y * s->w + x;
			for (unsigned c = 0; c < cc; c++) {
				unsigned want = s->color == 3
				                    ? s->plte[3 * pattern(x, y, 0, s->depth) + c]
				                    : pattern(x, y, c, s->depth) * 255 / max;
				ck_assert_uint_eq(rgb[cc * at + c], want);
			}
			unsigned a = alpha_of ? alpha_of(s, x, y) : 255;
			ck_assert_uint_eq(alpha ? alpha[at] : 255, a);
		}
	free(rgb);
	free(alpha);
}

/* Alpha of an alpha channel (last sample). */
static unsigned alpha_channel(const png_spec *s, unsigned x, unsigned y)
{
	unsigned ch = channels(s->color);
	return pattern(x, y, ch - 1, s->depth) * 255 / ((1u << s->depth) - 1);
}

/* Alpha given by a palette tRNS. */
static unsigned alpha_palette(const png_spec *s, unsigned x, unsigned y)
{
	unsigned idx = pattern(x, y, 0, s->depth);
	return idx < s->n_trns ? s->trns[idx] : 255;
}

/* Alpha given by an RGB colour key tRNS (0 for pixels of that colour). */
static unsigned alpha_key(const png_spec *s, unsigned x, unsigned y)
{
	for (unsigned c = 0; c < 3; c++)
		if (pattern(x, y, c, s->depth) != s->trns[2 * c + 1])
			return 255;
	return 0;
}

/* Opaque PNGs PDF reads as they are keep their compressed data. */
START_TEST(plain_png_kept_compressed)
{
	static const unsigned char plte[] = {255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9};
	const png_spec specs[] = {{9, 5, 8, 2, 0, NULL, 0, NULL, 0},
	                          {9, 5, 16, 0, 0, NULL, 0, NULL, 0},
	                          {13, 3, 2, 3, 0, plte, 4, NULL, 0},
	                          {11, 4, 1, 0, 0, NULL, 0, NULL, 0}};
	for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
		fx_image img;
		load_png(&specs[i], &img);
		ck_assert_ptr_nonnull(strstr(img.dict.data, "/Predictor 15"));
		ck_assert_ptr_nonnull(strstr(img.dict.data, specs[i].color == 3   ? "/Indexed"
		                                            : specs[i].color == 2 ? "/DeviceRGB"
		                                                                  : "/DeviceGray"));
		ck_assert_uint_eq(img.alpha.len, 0);
		fx_image_free(&img);
	}
}
END_TEST

/* Transparent or interlaced PNGs are decoded; transparency becomes a soft mask. */
START_TEST(other_png_decoded)
{
	static const unsigned char plte[] = {255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9};
	static const unsigned char ptrns[] = {0, 128};
	static const unsigned char key[] = {0, 0, 0, 5, 0, 10}; /* the colour of pixel (0, 0) */
	const struct {
		png_spec s;
		unsigned (*alpha)(const png_spec *, unsigned, unsigned);
	} cases[] = {{{9, 5, 8, 6, 0, NULL, 0, NULL, 0}, alpha_channel},
	             {{9, 5, 16, 6, 1, NULL, 0, NULL, 0}, alpha_channel},
	             {{17, 11, 8, 4, 1, NULL, 0, NULL, 0}, alpha_channel},
	             {{7, 6, 16, 4, 0, NULL, 0, NULL, 0}, alpha_channel},
	             {{13, 3, 2, 3, 0, plte, 4, ptrns, 2}, alpha_palette},
	             {{13, 9, 8, 2, 0, NULL, 0, key, 6}, alpha_key},
	             {{19, 10, 1, 0, 1, NULL, 0, NULL, 0}, NULL},
	             {{10, 10, 8, 2, 1, NULL, 0, NULL, 0}, NULL}};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fx_image img;
		load_png(&cases[i].s, &img);
		check_decoded(&cases[i].s, &img, cases[i].alpha);
		if (!cases[i].alpha)
			ck_assert_uint_eq(img.alpha.len, 0); /* opaque: no soft mask */
		fx_image_free(&img);
	}
}
END_TEST

/* JPEG: grey and RGB kept as they are; CMYK, 12-bit and damaged refused. */
START_TEST(jpeg)
{
	fx_image img;
	char *path = temp_with(jpeg_gray, sizeof jpeg_gray);
	ck_assert_int_eq(fx_image_load(path, &img), FX_OK);
	ck_assert_uint_eq(img.w, 2);
	ck_assert_ptr_nonnull(strstr(img.dict.data, "/DCTDecode"));
	ck_assert_ptr_nonnull(strstr(img.dict.data, "/DeviceGray"));
	ck_assert(img.data.len == sizeof jpeg_gray &&
	          memcmp(img.data.data, jpeg_gray, sizeof jpeg_gray) == 0);
	fx_image_free(&img);
	unlink(path);
	free(path);
	/* SOI, a frame header (precision, height, width, components), EOI */
	unsigned char sof[] = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x14, 8,    0, 4, 0,    4, 4,    1,
	                       0x11, 0,    2,    0x11, 0,    3,    0x11, 0, 4, 0x11, 0, 0xFF, 0xD9};
	path = temp_with(sof, sizeof sof);
	ck_assert_int_eq(fx_image_load(path, &img), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "CMYK"));
	sof[6] = 12;
	sof[11] = 3;
	FILE *f = fopen(path, "wb");
	fwrite(sof, 1, sizeof sof, f);
	fclose(f);
	ck_assert_int_eq(fx_image_load(path, &img), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "12-bit"));
	f = fopen(path, "wb");
	fwrite(sof, 1, 8, f);
	fclose(f);
	ck_assert_int_eq(fx_image_load(path, &img), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, path));
	unlink(path);
	free(path);
}
END_TEST

/* A PNG whose rows use an unknown filter is refused, naming the file. */
START_TEST(bad_filter_refused)
{
	png_spec s = {4, 4, 8, 6, 0, NULL, 0, NULL, 0};
	size_t len;
	unsigned char *png = make_png(&s, &len);
	/* rebuild the data with filter byte 7 on the first row */
	fx_buf raw = {0};
	for (unsigned r = 0; r < 4; r++) {
		unsigned char row[17] = {r ? 0 : 7};
		fx_buf_append(&raw, (const char *)row, sizeof row);
	}
	uLongf zlen = compressBound((uLong)raw.len);
	unsigned char *z = malloc(zlen);
	compress(z, &zlen, (const unsigned char *)raw.data, (uLong)raw.len);
	fx_buf b = {0};
	fx_buf_append(&b, (const char *)png, 33); /* signature and IHDR */
	chunk(&b, "IDAT", z, zlen);
	chunk(&b, "IEND", NULL, 0);
	char *path = temp_with(b.data, b.len);
	fx_image img;
	ck_assert_int_eq(fx_image_load(path, &img), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, path));
	unlink(path);
	free(path);
	free(z);
	free(png);
	fx_buf_free(&raw);
	fx_buf_free(&b);
}
END_TEST

/* Runs "tool args FILE" on pdf (saved to a temporary file) with the
 * standard error joined to the output; returns the malloc'ed output. */
static char *run_tool(const char *tool, const char *args, const unsigned char *pdf, size_t len)
{
	char *path = temp_with(pdf, len);
	char cmd[512];
	snprintf(cmd, sizeof cmd, "%s %s %s 2>&1", tool, args, path);
	FILE *p = popen(cmd, "r");
	ck_assert_ptr_nonnull(p);
	char *out = calloc(1, 1 << 16);
	size_t n = fread(out, 1, (1 << 16) - 1, p);
	out[n] = '\0';
	ck_assert_int_eq(pclose(p), 0);
	unlink(path);
	free(path);
	return out;
}

/* Renders inv with logo path; checks the image (and soft mask) are drawn. */
static void render_with(const char *logo, int smask)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_compute(inv);
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.logo_path = logo;
	o.creation_date = "2026-11-24T10:00:00Z";
	unsigned char *pdf;
	size_t len;
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_OK);
	ck_assert_ptr_nonnull(fxt_memmem(pdf, len, "/Subtype /Image", 15));
	ck_assert_int_eq(fxt_memmem(pdf, len, "/SMask", 6) != NULL, smask);
	char *out = run_tool("pdfimages", "-list", pdf, len);
	ck_assert_int_eq(strstr(out, "smask") != NULL, smask);
	ck_assert_msg(strstr(out, "rror") == NULL, "pdfimages: %s", out);
	free(out);
	/* drawn to /dev/null: only what poppler says matters */
	out = run_tool("sh -c 'pdftoppm -r 30 -gray \"$0\" >/dev/null'", "", pdf, len);
	ck_assert_msg(out[0] == '\0', "pdftoppm: %s", out);
	free(out);
	free(pdf);
	fx_invoice_free(inv);
}

/* Logos in a page: poppler lists and draws them without a complaint. */
START_TEST(logos_in_a_page)
{
	if (!fxt_have("pdfimages") || !fxt_have("pdftoppm"))
		return;
	png_spec s = {40, 20, 8, 6, 1, NULL, 0, NULL, 0};
	size_t len;
	unsigned char *png = make_png(&s, &len);
	char *a = temp_with(png, len), *b = temp_with(jpeg_gray, sizeof jpeg_gray);
	render_with(a, 1);
	render_with(b, 0);
	unlink(a);
	unlink(b);
	free(a);
	free(b);
	free(png);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("render_image");
	TCase *tc = tcase_create("image");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, plain_png_kept_compressed);
	tcase_add_test(tc, other_png_decoded);
	tcase_add_test(tc, jpeg);
	tcase_add_test(tc, bad_filter_refused);
	tcase_add_test(tc, logos_in_a_page);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
