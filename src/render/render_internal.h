/*
 * Internal: running the layout without writing the PDF, so that tests can
 * check the geometry of what would be drawn.
 */
#ifndef FX_RENDER_INTERNAL_H
#define FX_RENDER_INTERNAL_H

#include "facturx/render.h"
#include "render/dlist.h"

/** Page size and content limits of a layout, in points. */
typedef struct fx_render_geometry {
	float page_w, page_h;
	float left, right; /* horizontal content limits */
	float top, bottom; /* vertical content limits (bottom: above the footer) */
} fx_render_geometry;

/* Lays inv out exactly as fx_render_pdf_memory would. dl: receives the display
 * list (free with fx_dlist_free); geo: receives the geometry. */
int fx_render_layout(const fx_invoice *inv, const fx_render_options *opts, fx_dlist *dl,
                     fx_render_geometry *geo);

#endif
