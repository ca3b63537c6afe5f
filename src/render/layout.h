/*
 * Internal: laying the invoice out into the display list. The layout walks
 * the template's blocks top-down; blocks other than the lines table and the
 * notes are kept together (drawn, and moved to a new page when they do not
 * fit); the lines table and the notes flow over pages, the table header
 * being repeated. Footers ("Page n/N") are drawn once the page count is known.
 */
#ifndef FX_RENDER_LAYOUT_H
#define FX_RENDER_LAYOUT_H

#include "facturx/invoice.h"
#include "render/dlist.h"
#include "render/format.h"
#include "render/template.h"
#include "render/text.h"
#include "render/ttf.h"

/** A text style. */
typedef struct fx_style {
	int bold;
	float size;
	fx_rgb color;
} fx_style;

/** The layout state of one document. */
typedef struct fx_layout {
	const fx_invoice *inv;
	const fx_template *tpl;
	fx_fmt *fmt;
	fx_wrapper *wrap;
	fx_ttf *font[2];
	fx_dlist *dl;
	int page;          /* current page (0-based) */
	float y;           /* cursor, points from the top of the page */
	float top;         /* first usable y on page 1 */
	float fresh_y;     /* y at which content starts on a continuation page */
	float bottom;      /* last usable y (the footer lies below) */
	float left, right; /* horizontal content limits */
	float fs;          /* base font size */
	int amount_in_words;
	const char *logo;                       /* logo file or NULL */
	float logo_w, logo_h;                   /* its drawn size */
	const struct fx_works_statement *works; /* works statement of the page, or NULL */
} fx_layout;

/* Line height for text of size. */
float fx_lay_lh(float size);

/* Base style (regular, base size, text colour) of L. */
fx_style fx_lay_base(const fx_layout *L);

/* Same as base with bold b, size delta ds and colour c. */
fx_style fx_lay_style(const fx_layout *L, int bold, float ds, fx_rgb c);

/* Width in points of s in style st. */
float fx_lay_width(const fx_layout *L, fx_style st, const char *s);

/* Draws the single line s in style st inside [x, x+w] aligned a, in the line
 * box whose top is y. */
int fx_lay_line(fx_layout *L, fx_style st, float x, float w, fx_align a, float y, const char *s);

/* Draws s wrapped to width w from top y, aligned a; *h receives the height. */
int fx_lay_para(fx_layout *L, fx_style st, float x, float y, float w, fx_align a, const char *s,
                float *h);

/* Draws label/value rows: labels in muted colour in a column of width lw at
 * x, values wrapped in the rest of w; n pairs from labels/values (NULL
 * values are skipped); *h receives the height. */
int fx_lay_pairs(fx_layout *L, float x, float y, float w, float lw, const char *const *labels,
                 const char *const *values, size_t n, float *h);

/* Draws a section heading (small bold accent capitals with a rule) at y, *h
 * receives its height. */
int fx_lay_heading(fx_layout *L, float x, float y, float w, const char *title, float *h);

/* Starts a new page (with the continuation header). */
int fx_lay_new_page(fx_layout *L);

/* Makes sure h points fit below the cursor, starting a new page otherwise;
 * *broke (may be NULL) tells whether a page was started. */
int fx_lay_need(fx_layout *L, float h, int *broke);

/* Lays the whole document out. */
int fx_layout_run(fx_layout *L);

/* Block drawers: each draws at L->y in [x, x+w] and sets *h (0 when empty).
 * L: the layout; x/w: the block's column; h: receives the height used. */
/* Seller: logo, name, address, identifiers, legal information, contact. */
int fx_block_seller(fx_layout *L, float x, float w, float *h);
/* Title: FACTURE/AVOIR, number, dates, period. */
int fx_block_title(fx_layout *L, float x, float w, float *h);
/* Buyer: tinted box with name, address and identifiers. */
int fx_block_buyer(fx_layout *L, float x, float w, float *h);
/* References: BT-10..BT-19, BG-3, BT-23, operation category. */
int fx_block_references(fx_layout *L, float x, float w, float *h);
/* Delivery: place and date (BG-13). */
int fx_block_delivery(fx_layout *L, float x, float w, float *h);
/* Document-level allowances and charges (BG-20/BG-21). */
int fx_block_allowances(fx_layout *L, float x, float w, float *h);
/* VAT breakdown (BG-23) with exemption reasons. */
int fx_block_vat(fx_layout *L, float x, float w, float *h);
/* Totals (BG-22), the amount due highlighted. */
int fx_block_totals(fx_layout *L, float x, float w, float *h);
/* Amount due in words. */
int fx_block_words(fx_layout *L, float x, float w, float *h);
/* Payment: terms, due date, means, bank accounts, payee. */
int fx_block_payment(fx_layout *L, float x, float w, float *h);

/* Lines table (flows over pages). L: the layout; b: the block with its columns. */
int fx_block_lines(fx_layout *L, const fx_block *b);
/* Notes and legal mentions (flow over pages). L: the layout. */
int fx_block_notes(fx_layout *L);

/* Works blocks (layout_works*.c), drawing nothing without a works statement.
 * The marché, the depositor and the statement. */
int fx_block_works_contract(fx_layout *L, float x, float w, float *h);
/* The three-column décompte with the events and direct payments. */
int fx_block_works_decompte(fx_layout *L, float x, float w, float *h);
/* "Arrêté le présent décompte à la somme de ..." in words. */
int fx_block_works_words(fx_layout *L, float x, float w, float *h);
/* The revision computation (flows over pages). L: the layout. */
int fx_block_works_revision(fx_layout *L);
/* The work-item annex (flows over pages). L: the layout. */
int fx_block_works_items(fx_layout *L);

/* Footer text of the document (placeholders resolved), malloc'ed or NULL. */
char *fx_footer_text(const fx_layout *L);

/* Height the footer needs (text and page number). */
float fx_footer_height(fx_layout *L, const char *text);

/* Draws the footer on every page. */
int fx_footer_draw(fx_layout *L, const char *text, float height);

/* Title of a works statement (works_titles labels: PROJET DE DÉCOMPTE
 * MENSUEL...), or NULL (layout_works.c). */
const char *fx_works_title(const fx_layout *L);

/* Document title (FACTURE, AVOIR...) for the invoice type code. */
const char *fx_doc_title(const fx_layout *L);

/* Formats an amount (with currency when cur) into buf; "" when absent. */
const char *fx_lay_amount(fx_layout *L, fx_decimal v, int cur, char *buf, size_t size);

/* Formats a date into buf ("" when absent). */
const char *fx_lay_date(fx_layout *L, fx_date d, char *buf, size_t size);

/* Replaces "{key}" in pattern with value into buf. */
const char *fx_lay_subst(const char *pattern, const char *key, const char *value, char *buf,
                         size_t size);

#endif
