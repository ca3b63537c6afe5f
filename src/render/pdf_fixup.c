/*
 * Replacing libharu's invalid /ToUnicode streams and rebuilding the xref.
 */
#include "render/pdf_fixup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"

/** One indirect object of the file. */
typedef struct pdf_obj {
	size_t num;    /* object number */
	size_t off;    /* where it starts */
	size_t end;    /* where the next one (or the xref) starts */
	int tounicode; /* non-zero: replace it by the identity map */
} pdf_obj;

/* Records that the file does not look as expected; why: what was wrong. */
static int unexpected(const char *why)
{
	return fx_error_set(FX_ERROR, "rendered PDF: unexpected structure (%s)", why);
}

/* Finds needle (nlen bytes) in hay[0..len); returns its index or len when absent. */
static size_t find(const unsigned char *hay, size_t len, const char *needle)
{
	size_t nlen = strlen(needle);
	for (size_t i = 0; i + nlen <= len; i++)
		if (memcmp(hay + i, needle, nlen) == 0)
			return i;
	return len;
}

/* Reads a decimal number at p (up to end); *at receives the index after it. */
static size_t read_num(const unsigned char *p, size_t len, size_t *at)
{
	size_t v = 0, i = *at;
	while (i < len && (p[i] == ' ' || p[i] == '\r' || p[i] == '\n'))
		i++;
	while (i < len && p[i] >= '0' && p[i] <= '9')
		v = v * 10 + (size_t)(p[i++] - '0');
	*at = i;
	return v;
}

/* Compares objects by file offset. */
static int by_offset(const void *a, const void *b)
{
	size_t x = ((const pdf_obj *)a)->off, y = ((const pdf_obj *)b)->off;
	return x < y ? -1 : x > y;
}

/* Writes the identity ToUnicode object number num into b for the used high bytes. */
static void write_cmap_obj(fx_buf *b, size_t num, const unsigned char high[256])
{
	fx_buf s = {0};
	int ranges = 0;
	for (int h = 0; h < 256; h++)
		ranges += high[h] != 0;
	fx_buf_puts(&s, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
	                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
	                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
	                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	fx_buf_printf(&s, "%d beginbfrange\n", ranges);
	for (int h = 0; h < 256; h++)
		if (high[h])
			fx_buf_printf(&s, "<%02X00> <%02XFF> <%02X00>\n", h, h, h);
	fx_buf_puts(&s, "endbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\n"
	                "end\nend\n");
	fx_buf_printf(b, "%zu 0 obj\n<<\n/Length %zu\n>>\nstream\n", num, s.len);
	fx_buf_append(b, s.data ? s.data : "", s.len);
	fx_buf_puts(b, "\nendstream\nendobj\n");
	if (s.failed)
		b->failed = 1;
	fx_buf_free(&s);
}

/* Reads the xref table at xref into objs (n entries); marks ToUnicode targets. */
static int read_objects(const unsigned char *pdf, size_t len, size_t xref, pdf_obj *objs, size_t n,
                        size_t at)
{
	for (size_t i = 1; i < n; i++) {
		size_t e = at + 20 * i;
		if (e + 20 > len)
			return unexpected("truncated xref");
		size_t k = e;
		objs[i - 1].num = i;
		objs[i - 1].off = read_num(pdf, len, &k);
		if (pdf[e + 17] != 'n' || objs[i - 1].off >= xref)
			return unexpected("free or misplaced object");
	}
	qsort(objs, n - 1, sizeof *objs, by_offset);
	for (size_t i = 0; i + 1 < n; i++)
		objs[i].end = i + 2 < n ? objs[i + 1].off : xref;
	for (size_t i = 0; i + 1 < n; i++) {
		const unsigned char *o = pdf + objs[i].off;
		size_t olen = objs[i].end - objs[i].off, p = find(o, olen, "/ToUnicode ");
		if (p == olen)
			continue;
		p += 11;
		size_t target = read_num(o, olen, &p);
		for (size_t j = 0; j + 1 < n; j++)
			if (objs[j].num == target)
				objs[j].tounicode = 1;
	}
	return 0;
}

/* Rewrites the file. */
int fx_rpdf_fix_tounicode(const unsigned char *pdf, size_t len, const unsigned char high[256],
                          unsigned char **out, size_t *out_len)
{
	size_t sx = len > 64 ? len - 64 : 0;
	size_t p = find(pdf + sx, len - sx, "startxref");
	if (sx + p >= len)
		return unexpected("no startxref");
	p += sx + 9;
	size_t xref = read_num(pdf, len, &p);
	if (xref + 4 > len || memcmp(pdf + xref, "xref", 4) != 0)
		return unexpected("no xref table");
	size_t at = xref + 4;
	size_t first = read_num(pdf, len, &at), n = read_num(pdf, len, &at);
	while (at < len && (pdf[at] == '\r' || pdf[at] == '\n'))
		at++;
	if (first != 0 || n < 2 || at + 20 * n > len)
		return unexpected("xref is not one subsection from 0");
	size_t trailer = at + 20 * n, tend = find(pdf + trailer, len - trailer, "startxref");
	pdf_obj *objs = calloc(n, sizeof *objs);
	if (!objs)
		return fx_error_oom();
	int rc = read_objects(pdf, len, xref, objs, n, at);
	if (rc) {
		free(objs);
		return rc;
	}
	size_t *newoff = calloc(n, sizeof *newoff);
	fx_buf b = {0};
	if (!newoff) {
		free(objs);
		return fx_error_oom();
	}
	fx_buf_append(&b, (const char *)pdf, objs[0].off);
	for (size_t i = 0; i + 1 < n; i++) {
		newoff[objs[i].num] = b.len;
		if (objs[i].tounicode)
			write_cmap_obj(&b, objs[i].num, high);
		else
			fx_buf_append(&b, (const char *)pdf + objs[i].off,
			              objs[i].end - objs[i].off);
	}
	size_t newxref = b.len;
	fx_buf_printf(&b, "xref\n0 %zu\n0000000000 65535 f\r\n", n);
	for (size_t i = 1; i < n; i++)
		fx_buf_printf(&b, "%010zu 00000 n\r\n", newoff[i]);
	fx_buf_append(&b, (const char *)pdf + trailer, tend);
	fx_buf_printf(&b, "startxref\n%zu\n%%%%EOF\n", newxref);
	free(objs);
	free(newoff);
	if (b.failed) {
		fx_buf_free(&b);
		return fx_error_oom();
	}
	*out = (unsigned char *)fx_buf_detach(&b, out_len);
	return 0;
}
