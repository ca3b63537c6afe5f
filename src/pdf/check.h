/*
 * Internal: the parts of the embeddability check (fx_pdf_check_embeddable).
 */
#ifndef FX_PDF_CHECK_H
#define FX_PDF_CHECK_H

#include "pdf/pdf_internal.h"

/* Largest content stream decoded to look for colour operators. */
#define FX_CHECK_MAX_CONTENT ((size_t)64 << 20)

/* State shared by the check steps. */
typedef struct fx_check {
	qpdf_data q;
	const char *source;
	fx_pdf_issues *list;
	fx_objset fonts;   /* fonts already checked */
	fx_objset owners;  /* forms, Type3 fonts and resource dicts already walked */
	int oi_components; /* colour components of the PDF/A output intent: 0 none,
	                    * 1 gray, 3 RGB, 4 CMYK (the assembly adds sRGB: 3) */
} fx_check;

/* Sweeps every reachable object (actions, filters, images, XObjects). */
int fx_check_sweep(fx_check *c);

/* Walks each page's resources: fonts, ExtGState, device colour. */
int fx_check_resources(fx_check *c);

/* Checks one font dictionary used on page (0: not known). */
int fx_check_font(fx_check *c, qpdf_oh font, const char *res_name, int page);

#endif
