/*
 * Internal: the layout template (docs/templates.md). A template is a JSON
 * file: page format and margins, fonts, colours, logo, date pattern, the
 * ordered list of blocks (with the columns of the lines table), the footer
 * and the labels (every word printed, per language). Labels a template does
 * not give come from the built-in default template of its language.
 */
#ifndef FX_RENDER_TEMPLATE_H
#define FX_RENDER_TEMPLATE_H

#include <jansson.h>
#include <stddef.h>

#include "render/dlist.h"

/** Block types, in the order of docs/templates.md. */
typedef enum fx_block_type {
	FX_BLOCK_SELLER,
	FX_BLOCK_TITLE,
	FX_BLOCK_BUYER,
	FX_BLOCK_REFERENCES,
	FX_BLOCK_DELIVERY,
	FX_BLOCK_LINES,
	FX_BLOCK_ALLOWANCES,
	FX_BLOCK_VAT,
	FX_BLOCK_TOTALS,
	FX_BLOCK_WORDS,
	FX_BLOCK_PAYMENT,
	FX_BLOCK_NOTES,
	FX_BLOCK_SPACER,
	FX_BLOCK_WORKS_CONTRACT, /* works: the marché, the depositor, the statement */
	FX_BLOCK_WORKS_DECOMPTE, /* works: the three-column décompte */
	FX_BLOCK_WORKS_WORDS,    /* works: "Arrêté le présent décompte à la somme de ..." */
	FX_BLOCK_WORKS_REVISION, /* works: the revision computation (flows) */
	FX_BLOCK_WORKS_ITEMS,    /* works: the work-item annex (flows) */
	FX_BLOCK_COUNT
} fx_block_type;

/** Where a block sits: the full width, or one side of a two-block row. */
typedef enum fx_block_pos { FX_POS_FULL, FX_POS_LEFT, FX_POS_RIGHT } fx_block_pos;

/** Fields a column of the lines table can show. */
typedef enum fx_col_field {
	FX_COL_ID,          /* BT-126 line number */
	FX_COL_REF,         /* BT-155 seller's item id */
	FX_COL_DESIGNATION, /* BT-153 name + BT-154 description + note + allowances */
	FX_COL_QUANTITY,    /* BT-129 */
	FX_COL_UNIT,        /* BT-130, named through the "units" labels */
	FX_COL_UNIT_PRICE,  /* BT-146 */
	FX_COL_VAT,         /* BT-152 rate or the category's short label */
	FX_COL_AMOUNT,      /* BT-131 */
	FX_COL_COUNT
} fx_col_field;

/** Horizontal alignment. */
typedef enum fx_align { FX_ALIGN_LEFT, FX_ALIGN_CENTER, FX_ALIGN_RIGHT } fx_align;

/** A column of the lines table. */
typedef struct fx_column {
	fx_col_field field;
	float weight; /* relative width */
	fx_align align;
} fx_column;

/** One block of the layout. */
typedef struct fx_block {
	fx_block_type type;
	fx_block_pos pos;
	float share;     /* left/right: fraction of the width (0..1) */
	float gap;       /* space after the block, points */
	float height;    /* spacer: its height, points */
	fx_column *cols; /* lines: the columns */
	size_t n_cols;
} fx_block;

/** Colours of the template. */
typedef struct fx_colors {
	fx_rgb text, muted, accent, accent_text, rule, fill;
} fx_colors;

/** A loaded template. */
typedef struct fx_template {
	char *source; /* file name used in messages ("built-in default-fr.json") */
	char *dir;    /* folder of the file, for relative paths (NULL: built in) */
	char lang[3]; /* "fr" or "en": which labels and mentions */
	float page_w, page_h;
	float m_top, m_right, m_bottom, m_left;
	char *font_family;
	float font_size;
	fx_colors colors;
	char *logo_path; /* absolute or relative to dir; NULL: none */
	float logo_max_w, logo_max_h;
	char *date_pattern; /* ICU pattern; NULL: locale medium style */
	int amount_in_words;
	fx_block *blocks;
	size_t n_blocks;
	char *footer_text; /* with {placeholders}; NULL: none */
	int page_numbers;
	json_t *labels;               /* merged labels (owned reference) */
	struct fx_cache_entry *cache; /* the template cache's entry */
} fx_template;

/* Loads the built-in template "<name>-<lang>.json" (e.g. name "works")
 * through the cache. name: the template's name; lang: "fr" or "en"; out:
 * as for fx_template_load. */
int fx_template_load_builtin(const char *name, const char *lang, fx_template **out);

/* Loads a template through the process-wide template cache (parsed once,
 * again when the file changes; shared read-only between callers and
 * threads). path: a JSON file, or NULL for the built-in default of lang
 * ("fr"/"en"); out: receives it (give it back with fx_template_free).
 * Errors name the file and the JSON line:column (syntax) or path (content). */
int fx_template_load(const char *path, const char *lang, fx_template **out);

/* Gives a template back to the cache. t: may be NULL. */
void fx_template_free(fx_template *t);

/* Returns label key of t (e.g. "total_ht"), or the key itself when missing. */
const char *fx_label(const fx_template *t, const char *key);

/* Returns entry key of the label group group (e.g. "units", "C62"), or NULL. */
const char *fx_label_in(const fx_template *t, const char *group, const char *key);

/* Built-in data files (templates/default-fr.json, default-en.json,
 * fonts/fonts.json) compiled into the library. name: the file's base name;
 * len: receives its length. Returns NULL when unknown. */
const char *fx_builtin_file(const char *name, size_t *len);

#endif
