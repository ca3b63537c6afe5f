/*
 * Internal: writing the display list as a PDF with libharu: TrueType fonts
 * embedded as subsets of the characters used (Type0/Identity-H, UTF-8
 * encoder), flate compression, fixed creation date, then the /ToUnicode fix.
 */
#ifndef FX_RENDER_PDF_OUT_H
#define FX_RENDER_PDF_OUT_H

#include <stddef.h>

#include "render/dlist.h"
#include "render/ttf.h"

/** What the PDF writer needs besides the display list. */
typedef struct fx_rpdf_job {
	const fx_dlist *dl;
	fx_ttf *fonts[2];     /* regular, bold */
	float page_w, page_h; /* points */
	const char *logo;     /* image file or NULL */
	int logo_png;         /* 1 PNG, 0 JPEG */
	const char *title;    /* document title (Info /Title when ASCII) */
	const char *date;     /* "YYYY-MM-DDTHH:MM:SS" + "Z" or "+HH:MM"; NULL: now */
} fx_rpdf_job;

/* Writes the PDF. job: the inputs; out/out_len: receive the malloc'ed file.
 * FX_EIO when the temporary font files cannot be written, FX_ERROR when
 * libharu fails (its error code is in the message). */
int fx_rpdf_write(const fx_rpdf_job *job, unsigned char **out, size_t *out_len);

/* Parses date ("YYYY-MM-DDTHH:MM:SS" then "Z", "+HH:MM" or "-HH:MM") into
 * the numbers f[0..8]: year, month, day, hour, minute, second, sign ('Z',
 * '+', '-'), offset hours, offset minutes. FX_EUSAGE when malformed. */
int fx_rpdf_parse_date(const char *date, int f[9]);

#endif
