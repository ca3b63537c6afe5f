/*
 * PDF syntax: numbers, strings, objects, streams, cross-reference table.
 */
#include "pdf/pdf_obj.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/flate.h"
#include "core/utf8.h"

/* Starts a file. */
int fx_pdfw_init(fx_pdfw *w, int n_objs)
{
	memset(w, 0, sizeof *w);
	w->offs = calloc((size_t)n_objs + 1, sizeof *w->offs);
	if (!w->offs)
		return fx_error_oom();
	w->n_objs = n_objs;
	/* PDF/A 6.1.2: a comment of at least four bytes above 127 on line 2 */
	return fx_buf_puts(&w->b, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
}

/* Frees a file being written. */
void fx_pdfw_free(fx_pdfw *w)
{
	fx_buf_free(&w->b);
	free(w->offs);
	memset(w, 0, sizeof *w);
}

/* Starts an object. */
void fx_pdfw_obj(fx_pdfw *w, int num)
{
	if (num >= 1 && num <= w->n_objs)
		w->offs[num] = w->b.len;
	fx_pdf_int(&w->b, num);
	fx_buf_puts(&w->b, " 0 obj\n");
}

/* Ends an object. */
void fx_pdfw_endobj(fx_pdfw *w)
{
	fx_buf_puts(&w->b, "\nendobj\n");
}

/* Writes a stream object. */
int fx_pdfw_stream(fx_pdfw *w, int num, const char *dict, const void *data, size_t len,
                   int compress)
{
	fx_buf z = {0};
	if (compress) {
		int rc = fx_flate(data, len, compress, &z);
		if (rc) {
			fx_buf_free(&z);
			return rc;
		}
		data = z.data;
		len = z.len;
	}
	fx_pdfw_obj(w, num);
	fx_buf_puts(&w->b, "<< /Length ");
	fx_pdf_int(&w->b, (long)len);
	if (compress)
		fx_buf_puts(&w->b, " /Filter /FlateDecode");
	if (*dict)
		fx_buf_puts(&w->b, " ");
	fx_buf_puts(&w->b, dict);
	fx_buf_puts(&w->b, " >>\nstream\n");
	fx_buf_append(&w->b, len ? data : "", len);
	/* data ending in CR gets CRLF: CR + LF would read as one end of line */
	fx_buf_puts(&w->b,
	            len && ((const char *)data)[len - 1] == '\r' ? "\r\nendstream" : "\nendstream");
	fx_pdfw_endobj(w);
	fx_buf_free(&z);
	return w->b.failed ? FX_ENOMEM : 0;
}

/* Appends a number right-aligned in width digits with zeros (width <= 20). */
static void put_padded(fx_buf *b, size_t v, int width)
{
	char d[24];
	for (int i = width - 1; i >= 0; i--) {
		d[i] = (char)('0' + v % 10);
		v /= 10;
	}
	fx_buf_append(b, d, (size_t)width);
}

/* Writes the xref table and trailer. */
int fx_pdfw_finish(fx_pdfw *w, int root, int info, const unsigned char *id, unsigned char **out,
                   size_t *out_len)
{
	for (int i = 1; i <= w->n_objs; i++)
		if (!w->offs[i])
			return fx_error_set(FX_ERROR, "PDF writer: object %d was never written", i);
	size_t xref = w->b.len;
	fx_buf_puts(&w->b, "xref\n0 ");
	fx_pdf_int(&w->b, w->n_objs + 1);
	fx_buf_puts(&w->b, "\n0000000000 65535 f\r\n");
	for (int i = 1; i <= w->n_objs; i++) {
		put_padded(&w->b, w->offs[i], 10);
		fx_buf_puts(&w->b, " 00000 n\r\n");
	}
	fx_buf_puts(&w->b, "trailer\n<< /Size ");
	fx_pdf_int(&w->b, w->n_objs + 1);
	fx_buf_puts(&w->b, " /Root ");
	fx_pdf_int(&w->b, root);
	fx_buf_puts(&w->b, " 0 R");
	if (info) {
		fx_buf_puts(&w->b, " /Info ");
		fx_pdf_int(&w->b, info);
		fx_buf_puts(&w->b, " 0 R");
	}
	if (id) {
		fx_buf_puts(&w->b, "\n/ID [");
		for (int k = 0; k < 2; k++)
			fx_pdf_bytes(&w->b, id, 16);
		fx_buf_puts(&w->b, "]");
	}
	fx_buf_puts(&w->b, " >>\nstartxref\n");
	fx_pdf_int(&w->b, (long)xref);
	fx_buf_puts(&w->b, "\n%%EOF\n");
	if (w->b.failed)
		return fx_error_oom();
	*out = (unsigned char *)fx_buf_detach(&w->b, out_len);
	return 0;
}

/* Appends an integer. */
void fx_pdf_int(fx_buf *b, long v)
{
	char d[24];
	int i = sizeof d;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	do {
		d[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		d[--i] = '-';
	fx_buf_append(b, d + i, sizeof d - (size_t)i);
}

/* Returns v in hundredths, rounded half away from zero. */
long fx_pdf_hundredths(float v)
{
	float h = v * 100.0f;
	return (long)(h < 0 ? h - 0.5f : h + 0.5f);
}

/* Appends a number given in hundredths ("12.5", "-0.25", "3"). */
void fx_pdf_centi(fx_buf *b, long c)
{
	if (c < 0) {
		fx_buf_append(b, "-", 1);
		c = -c;
	}
	fx_pdf_int(b, c / 100);
	long f = c % 100;
	if (f) {
		char d[3] = {'.', (char)('0' + f / 10), (char)('0' + f % 10)};
		fx_buf_append(b, d, f % 10 ? 3 : 2);
	}
}

/* Appends a number rounded to hundredths. */
void fx_pdf_real(fx_buf *b, float v)
{
	fx_pdf_centi(b, fx_pdf_hundredths(v));
}

/* Appends a colour component in 0..1. */
void fx_pdf_unit(fx_buf *b, unsigned c)
{
	unsigned m = (c > 255 ? 255 : c) * 1000u / 255u; /* thousandths, truncated */
	if (m == 1000 || m == 0) {
		fx_buf_append(b, m ? "1" : "0", 1);
		return;
	}
	char d[5] = {'0', '.', (char)('0' + m / 100), (char)('0' + m / 10 % 10),
	             (char)('0' + m % 10)};
	size_t n = 5;
	while (d[n - 1] == '0')
		n--;
	fx_buf_append(b, d, n);
}

/* Appends a literal string with escapes. */
void fx_pdf_literal(fx_buf *b, const unsigned char *s, size_t len)
{
	fx_buf_append(b, "(", 1);
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (c != '(' && c != ')' && c != '\\' && c != '\r' && c != '\n')
			continue;
		fx_buf_append(b, (const char *)s + run, i - run);
		char e[2] = {'\\', c == '\r' ? 'r' : c == '\n' ? 'n' : (char)c};
		fx_buf_append(b, e, 2);
		run = i + 1;
	}
	fx_buf_append(b, (const char *)s + run, len - run);
	fx_buf_append(b, ")", 1);
}

/* True when s (len bytes) is printable ASCII. */
static int printable(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] < 0x20 || s[i] >= 0x7F)
			return 0;
	return 1;
}

/* Appends bytes as a string. */
void fx_pdf_bytes(fx_buf *b, const unsigned char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	if (printable(s, len)) {
		fx_pdf_literal(b, s, len);
		return;
	}
	fx_buf_append(b, "<", 1);
	for (size_t i = 0; i < len; i++) {
		char h[2] = {hex[s[i] >> 4], hex[s[i] & 15]};
		fx_buf_append(b, h, 2);
	}
	fx_buf_append(b, ">", 1);
}

/* Unicode code points of PDFDocEncoding's bytes 0x80..0xA0 (ISO 32000-1
 * annex D; 0x9F is undefined). */
static const uint16_t pdfdoc_high[33] = {
    0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212,
    0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141,
    0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0x0000, 0x20AC};

/* Returns the PDFDocEncoding byte of code point cp, or -1 when it has none. */
static int pdfdoc_byte(uint32_t cp)
{
	if ((cp >= 0x20 && cp < 0x7F) || cp == '\t' || cp == '\n' || cp == '\r')
		return (int)cp;
	if (cp >= 0xA1 && cp <= 0xFF && cp != 0xAD)
		return (int)cp;
	for (int i = 0; i < 33; i++)
		if (pdfdoc_high[i] && pdfdoc_high[i] == cp)
			return 0x80 + i;
	return -1;
}

/* Appends s as PDFDocEncoding bytes; returns 0, or -1 (nothing appended)
 * when a character has no such byte. */
static int put_pdfdoc(fx_buf *b, const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += fx_utf8_next(s + i, len - i, &cp);
		if (pdfdoc_byte(cp) < 0)
			return -1;
	}
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += fx_utf8_next(s + i, len - i, &cp);
		char c = (char)pdfdoc_byte(cp);
		fx_buf_append(b, &c, 1);
	}
	return 0;
}

/* Appends the bytes of a text string: PDFDocEncoding when every character
 * has a byte there, else UTF-16BE after a byte order mark. */
void fx_pdf_text_bytes(fx_buf *b, const char *s)
{
	size_t len = strlen(s);
	if (put_pdfdoc(b, s, len) == 0)
		return;
	fx_buf_append(b, "\xFE\xFF", 2);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += fx_utf8_next(s + i, len - i, &cp);
		uint32_t units[2] = {cp, 0};
		int n = 1;
		if (cp > 0xFFFF) {
			units[0] = 0xD800 + ((cp - 0x10000) >> 10);
			units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
			n = 2;
		}
		for (int k = 0; k < n; k++) {
			char u[2] = {(char)(units[k] >> 8), (char)units[k]};
			fx_buf_append(b, u, 2);
		}
	}
}

/* Appends a text string. */
void fx_pdf_text(fx_buf *b, const char *s)
{
	fx_buf t = {0};
	fx_pdf_text_bytes(&t, s);
	const unsigned char *d = (const unsigned char *)(t.data ? t.data : "");
	if (t.len >= 2 && d[0] == 0xFE && d[1] == 0xFF)
		fx_pdf_bytes(b, d, t.len); /* UTF-16: hexadecimal */
	else
		fx_pdf_literal(b, d, t.len);
	if (t.failed)
		b->failed = 1;
	fx_buf_free(&t);
}

/* Appends a name. */
void fx_pdf_name(fx_buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	fx_buf_append(b, "/", 1);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p > 0x20 && *p < 0x7F && !strchr("()<>[]{}/%#", *p)) {
			fx_buf_append(b, (const char *)p, 1);
		} else {
			char e[3] = {'#', hex[*p >> 4], hex[*p & 15]};
			fx_buf_append(b, e, 3);
		}
	}
}
