/*
 * Internal: correcting the PDF libharu writes. libharu 2.3.0 attaches its
 * UTF-8 *encoding* CMap as the /ToUnicode map of Type0 fonts, which text
 * extractors reject ("begincidrange" is not allowed there). The fonts use
 * CID = Unicode code point, so a correct map is a few identity bfranges.
 */
#ifndef FX_RENDER_PDF_FIXUP_H
#define FX_RENDER_PDF_FIXUP_H

#include <stddef.h>

/* Rewrites pdf (len bytes, as libharu saved it) with every /ToUnicode stream
 * replaced by an identity map for the code points whose high byte is set in
 * high[256] (non-zero = used). out/out_len: receive the new malloc'ed file.
 * FX_ERROR if the file does not have the simple layout libharu writes. */
int fx_rpdf_fix_tounicode(const unsigned char *pdf, size_t len, const unsigned char high[256],
                          unsigned char **out, size_t *out_len);

#endif
