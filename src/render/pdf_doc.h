/*
 * Internal: the state shared by the parts of the PDF writer (pdf_out.c,
 * pdf_font.c, pdf_content.c).
 */
#ifndef FX_RENDER_PDF_DOC_H
#define FX_RENDER_PDF_DOC_H

#include <stdint.h>

#include "pdf/pdf_obj.h"
#include "render/pdf_out.h"

#define FX_RPDF_FONT_OBJS 5 /* Type0, CIDFont, FontDescriptor, FontFile2, ToUnicode */

/** One font face of the document: the characters it draws and their CIDs. */
typedef struct fx_rpdf_font {
	const fx_ttf *ttf;
	uint64_t used[1024]; /* bit set of the BMP code points drawn */
	uint16_t rank[1024]; /* code points drawn below each 64-bit word */
	size_t n;            /* code points drawn: CIDs 1..n, in code point order */
	int obj;             /* object number of the Type0 font (0: not used) */
} fx_rpdf_font;

/** The document being written. */
typedef struct fx_rpdf_doc {
	const fx_rpdf_job *job;
	fx_rpdf_font fonts[2];
	fx_pdfw w;
	int image_obj, smask_obj; /* 0 when absent */
	int first_page_obj;       /* page i: object first + 2i, its contents + 1 */
} fx_rpdf_doc;

/* Marks the code points of every text operation, then numbers them (CIDs). */
void fx_rpdf_fonts_scan(fx_rpdf_doc *d);

/* Returns the CID of drawn code point cp in font f (scanned before). */
static inline unsigned fx_rpdf_cid(const fx_rpdf_font *f, uint32_t cp)
{
	uint64_t below = f->used[cp >> 6] & ((UINT64_C(1) << (cp & 63)) - 1);
	return f->rank[cp >> 6] + (unsigned)__builtin_popcountll(below) + 1;
}

/* Writes the five objects of font i (from d->fonts[i].obj on). */
int fx_rpdf_font_write(fx_rpdf_doc *d, int i);

/* Writes the content stream of page (0-based) into out (uncompressed). */
int fx_rpdf_content(const fx_rpdf_doc *d, int page, fx_buf *out);

#endif
