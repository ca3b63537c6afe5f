/*
 * The fonts of the renderer's PDF. Each face used is a Type0 font with the
 * Identity-H encoding over a CIDFontType2 whose CIDs are the glyph ids of a
 * TrueType subset (CIDToGIDMap /Identity): CID i draws the i-th code point
 * used, in code point order. Widths (/W) and the ToUnicode map list exactly
 * those CIDs, so text extraction gives back the code points drawn.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/flate.h"
#include "render/pdf_doc.h"
#include "render/text.h"

/* Marks the drawn code points of text s in font f. */
static void mark(fx_rpdf_font *f, const char *s)
{
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += fx_utf8_next(s + i, len - i, &cp);
		cp = fx_text_drawn(f->ttf, cp);
		if (cp)
			f->used[cp >> 6] |= UINT64_C(1) << (cp & 63);
	}
}

/* Marks and numbers the code points of both fonts. */
void fx_rpdf_fonts_scan(fx_rpdf_doc *d)
{
	for (int i = 0; i < 2; i++)
		d->fonts[i].ttf = d->job->fonts[i];
	const fx_dlist *dl = d->job->dl;
	for (size_t k = 0; k < dl->n; k++)
		if (dl->ops[k].kind == FX_OP_TEXT && dl->ops[k].text)
			mark(&d->fonts[dl->ops[k].font ? 1 : 0], dl->ops[k].text);
	for (int i = 0; i < 2; i++) {
		fx_rpdf_font *f = &d->fonts[i];
		size_t n = 0;
		for (size_t w = 0; w < 1024; w++) {
			f->rank[w] = (uint16_t)n;
			n += (size_t)__builtin_popcountll(f->used[w]);
		}
		f->n = n;
	}
}

/* Lists the code points of f in order into cps (f->n entries). */
static void list_cps(const fx_rpdf_font *f, uint32_t *cps)
{
	size_t n = 0;
	for (uint32_t w = 0; w < 1024; w++)
		for (uint64_t bits = f->used[w]; bits; bits &= bits - 1)
			cps[n++] = w * 64 + (uint32_t)__builtin_ctzll(bits);
}

/* Appends the subset tag ("ABCDEF+") of f: derived from the characters and
 * the font, so that the same document gets the same name. */
static void put_tag(fx_buf *b, const fx_rpdf_font *f)
{
	uint64_t h = UINT64_C(14695981039346656037);
	for (size_t w = 0; w < 1024; w++) {
		h ^= f->used[w];
		h *= UINT64_C(1099511628211);
	}
	for (const char *p = f->ttf->ps_name; *p; p++) {
		h ^= (unsigned char)*p;
		h *= UINT64_C(1099511628211);
	}
	char tag[7] = {0};
	for (int i = 0; i < 6; i++) {
		tag[i] = (char)('A' + h % 26);
		h /= 26;
	}
	tag[6] = '+';
	fx_buf_append(b, tag, 7);
}

/* Appends "/BaseFont /TAG+Name" style font name of f. */
static void put_name(fx_buf *b, const fx_rpdf_font *f)
{
	fx_buf_append(b, "/", 1);
	put_tag(b, f);
	fx_buf_puts(b, f->ttf->ps_name);
}

/* Appends " N 0 R". */
static void put_ref(fx_buf *b, int num)
{
	fx_buf_append(b, " ", 1);
	fx_pdf_int(b, num);
	fx_buf_puts(b, " 0 R");
}

/* Writes the Type0 font and its CIDFont (objects base and base + 1). */
static void write_dicts(fx_rpdf_doc *d, const fx_rpdf_font *f, const uint32_t *cps, int base)
{
	fx_buf *b = &d->w.b;
	fx_pdfw_obj(&d->w, base);
	fx_buf_puts(b, "<< /Type /Font /Subtype /Type0 /BaseFont ");
	put_name(b, f);
	fx_buf_puts(b, " /Encoding /Identity-H /DescendantFonts [");
	put_ref(b, base + 1);
	fx_buf_puts(b, " ] /ToUnicode");
	put_ref(b, base + 4);
	fx_buf_puts(b, " >>");
	fx_pdfw_endobj(&d->w);
	fx_pdfw_obj(&d->w, base + 1);
	fx_buf_puts(b, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont ");
	put_name(b, f);
	fx_buf_puts(b, "\n/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
	               "\n/FontDescriptor");
	put_ref(b, base + 2);
	fx_buf_puts(b, " /CIDToGIDMap /Identity /DW ");
	fx_pdf_int(b, fx_ttf_advance(f->ttf, 0));
	fx_buf_puts(b, "\n/W [1 [");
	for (size_t i = 0; i < f->n; i++) {
		fx_buf_append(b, i % 16 ? " " : "\n", 1);
		fx_pdf_int(b, fx_ttf_advance(f->ttf, fx_ttf_glyph(f->ttf, cps[i])));
	}
	fx_buf_puts(b, "\n]] >>");
	fx_pdfw_endobj(&d->w);
}

/* Writes the font descriptor (object base + 2). */
static void write_descriptor(fx_rpdf_doc *d, const fx_rpdf_font *f, int base, int bold)
{
	const fx_ttf *t = f->ttf;
	fx_buf *b = &d->w.b;
	int flags = 32 | (t->fixed_pitch ? 1 : 0) | (t->italic_angle ? 64 : 0) |
	            (bold || t->weight >= 600 ? 1 << 18 : 0);
	int weight = t->weight ? t->weight : (bold ? 700 : 400);
	fx_pdfw_obj(&d->w, base + 2);
	fx_buf_puts(b, "<< /Type /FontDescriptor /FontName ");
	put_name(b, f);
	fx_buf_puts(b, " /Flags ");
	fx_pdf_int(b, flags);
	fx_buf_puts(b, "\n/FontBBox [");
	for (int i = 0; i < 4; i++) {
		fx_buf_append(b, " ", 1);
		fx_pdf_int(b, t->bbox[i]);
	}
	fx_buf_puts(b, " ] /ItalicAngle ");
	fx_pdf_int(b, t->italic_angle);
	fx_buf_puts(b, " /Ascent ");
	fx_pdf_int(b, t->ascent);
	fx_buf_puts(b, " /Descent ");
	fx_pdf_int(b, t->descent);
	fx_buf_puts(b, " /CapHeight ");
	fx_pdf_int(b, t->cap_height);
	fx_buf_puts(b, " /StemV "); /* not in TrueType: the usual estimate from the weight */
	fx_pdf_int(b, 10 + 220 * (weight - 50) / 900);
	fx_buf_puts(b, "\n/FontFile2");
	put_ref(b, base + 3);
	fx_buf_puts(b, " >>");
	fx_pdfw_endobj(&d->w);
}

/* Appends a 4-digit hexadecimal code "<XXXX>". */
static void put_hex4(fx_buf *b, unsigned v)
{
	static const char hex[] = "0123456789ABCDEF";
	char h[6] = {'<', hex[v >> 12 & 15], hex[v >> 8 & 15], hex[v >> 4 & 15], hex[v & 15], '>'};
	fx_buf_append(b, h, 6);
}

/* Appends the bfrange/bfchar sections mapping CIDs 1..n to cps. */
static void put_mappings(fx_buf *b, const uint32_t *cps, size_t n)
{
	/* runs of consecutive CIDs and code points that stay within one low byte */
	size_t *start = malloc((n + 1) * sizeof *start), runs = 0;
	if (!start) {
		b->failed = 1;
		return;
	}
	for (size_t i = 0; i < n; i++)
		if (i == 0 || cps[i] != cps[i - 1] + 1 || ((i + 1) & 0xFF) == 0 ||
		    (cps[i] & 0xFF) == 0)
			start[runs++] = i;
	start[runs] = n;
	for (int ranges = 1; ranges >= 0; ranges--) {
		size_t count = 0;
		for (size_t r = 0; r < runs; r++) {
			size_t len = start[r + 1] - start[r];
			if ((len > 1) != ranges)
				continue;
			if (count % 100 == 0) {
				if (count)
					fx_buf_puts(b, ranges ? "endbfrange\n" : "endbfchar\n");
				size_t left = 0;
				for (size_t k = r; k < runs; k++)
					left += (start[k + 1] - start[k] > 1) == ranges;
				fx_pdf_int(b, (long)(left < 100 ? left : 100));
				fx_buf_puts(b, ranges ? " beginbfrange\n" : " beginbfchar\n");
			}
			put_hex4(b, (unsigned)start[r] + 1);
			if (ranges)
				put_hex4(b, (unsigned)start[r + 1]);
			put_hex4(b, cps[start[r]]);
			fx_buf_append(b, "\n", 1);
			count++;
		}
		if (count)
			fx_buf_puts(b, ranges ? "endbfrange\n" : "endbfchar\n");
	}
	free(start);
}

/* Writes the ToUnicode CMap stream (object base + 4). */
static int write_tounicode(fx_rpdf_doc *d, const uint32_t *cps, size_t n, int base)
{
	fx_buf s = {0};
	fx_buf_puts(&s, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
	                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
	                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
	                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	put_mappings(&s, cps, n);
	fx_buf_puts(&s, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
	int rc = s.failed ? fx_error_oom()
	                  : fx_pdfw_stream(&d->w, base + 4, "", s.data, s.len, FX_FLATE_BEST);
	fx_buf_free(&s);
	return rc;
}

/* Writes the subset font program (object base + 3). */
static int write_program(fx_rpdf_doc *d, const fx_rpdf_font *f, const uint32_t *cps, int base)
{
	unsigned char *data;
	size_t len;
	int rc = fx_ttf_subset(f->ttf, cps, f->n, &data, &len);
	if (rc)
		return rc;
	fx_buf dict = {0};
	fx_buf_puts(&dict, "/Length1 ");
	fx_pdf_int(&dict, (long)len);
	rc = dict.failed ? fx_error_oom()
	                 : fx_pdfw_stream(&d->w, base + 3, dict.data, data, len, FX_FLATE_FAST);
	fx_buf_free(&dict);
	free(data);
	return rc;
}

/* Writes the objects of font i. */
int fx_rpdf_font_write(fx_rpdf_doc *d, int i)
{
	const fx_rpdf_font *f = &d->fonts[i];
	uint32_t *cps = malloc((f->n ? f->n : 1) * sizeof *cps);
	if (!cps)
		return fx_error_oom();
	list_cps(f, cps);
	write_dicts(d, f, cps, f->obj);
	write_descriptor(d, f, f->obj, i == 1);
	int rc = write_program(d, f, cps, f->obj);
	if (!rc)
		rc = write_tounicode(d, cps, f->n, f->obj);
	free(cps);
	if (!rc && d->w.b.failed)
		rc = fx_error_oom();
	return rc;
}
