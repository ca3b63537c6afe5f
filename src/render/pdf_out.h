/*
 * Internal: writing the display list as a PDF (the renderer's own writer,
 * see docs/rendering.md): one Type0/Identity-H font per face used, holding a
 * TrueType subset of the characters drawn (CID = glyph id of the subset, a
 * ToUnicode map from the first write), Flate-compressed streams, the logo as
 * an image XObject, a fixed creation date.
 */
#ifndef FX_RENDER_PDF_OUT_H
#define FX_RENDER_PDF_OUT_H

#include <stddef.h>

#include "render/dlist.h"
#include "render/image.h"
#include "render/ttf.h"

/** What the PDF writer needs besides the display list. */
typedef struct fx_rpdf_job {
	const fx_dlist *dl;
	const fx_ttf *fonts[2]; /* regular, bold */
	float page_w, page_h;   /* points */
	const fx_image *logo;   /* NULL: none */
	const char *title;      /* document title (Info /Title), UTF-8 */
	const char *date;       /* "YYYY-MM-DDTHH:MM:SS" + "Z" or "+HH:MM"; NULL: now */
} fx_rpdf_job;

/* Writes the PDF. job: the inputs; out/out_len: receive the malloc'ed file.
 * FX_EUSAGE for a bad date, FX_ENOMEM, FX_ERROR if a font cannot be subset. */
int fx_rpdf_write(const fx_rpdf_job *job, unsigned char **out, size_t *out_len);

/* Parses date ("YYYY-MM-DDTHH:MM:SS" then "Z", "+HH:MM" or "-HH:MM") into
 * the numbers f[0..8]: year, month, day, hour, minute, second, sign ('Z',
 * '+', '-'), offset hours, offset minutes. FX_EUSAGE when malformed. */
int fx_rpdf_parse_date(const char *date, int f[9]);

#endif
