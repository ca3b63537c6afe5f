/*
 * facturx - the invoice page: renders an invoice as the PDF a person reads
 * (the visual part of a Factur-X file, before the PDF/A-3 container adds the
 * XML). The layout comes from a declarative JSON template (docs/templates.md);
 * fonts are TrueType files named in a font configuration (fonts/fonts.json),
 * embedded as subsets. See docs/rendering.md.
 */
#ifndef FACTURX_RENDER_H
#define FACTURX_RENDER_H

#include "common.h"
#include "decimal.h"
#include "invoice.h"

#ifdef __cplusplus
extern "C" {
#endif

#define FX_RENDER_OPTIONS_VERSION 1

/** Options of fx_render_pdf_memory (zero-initialise, then set version). */
typedef struct fx_render_options {
	unsigned version;          /* FX_RENDER_OPTIONS_VERSION */
	const char *language;      /* "fr" (default when NULL) or "en"; a full ICU locale
	                            * such as "fr_BE" or "en_US" is accepted too */
	const char *template_path; /* JSON template; NULL: built-in default-<language> */
	const char *logo_path;     /* PNG or JPEG replacing the template's logo; NULL: none */
	const char *fonts_path;    /* font configuration; NULL: the built-in fonts.json */
	const char *creation_date; /* fixed "YYYY-MM-DDTHH:MM:SSZ" for reproducible output;
	                            * NULL: $SOURCE_DATE_EPOCH if set, else the current time */
	int amount_in_words;       /* -1: as the template says, 0: never, 1: always */
	const struct fx_works_statement *works; /* a works statement (facturx/works.h) whose
	                                         * décompte the page shows; NULL: none. With
	                                         * no template_path, the built-in
	                                         * works-<language> template is used */
} fx_render_options;

#define FX_RENDER_OPTIONS_INIT                                                                     \
	{                                                                                          \
		FX_RENDER_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, -1, NULL                  \
	}

/* Renders the invoice page(s) as a PDF in memory.
 * inv: a computed invoice (totals and VAT breakdown present); opts: options
 * or NULL for the defaults; out/out_len: receive the malloc'ed PDF (free()).
 * Same invoice, options and creation date give the same bytes.
 * FX_EINVAL for a wrong template (the message names the file and the JSON
 * path or line), FX_EIO when a template, font or logo cannot be read,
 * FX_EMISSING when the invoice lacks totals, FX_EUSAGE for bad options. */
FX_EXTERN int fx_render_pdf_memory(const fx_invoice *inv, const fx_render_options *opts,
                                   unsigned char **out, size_t *out_len);

/* Same as fx_render_pdf_memory, writing the PDF atomically to path. */
FX_EXTERN int fx_render_pdf_file(const fx_invoice *inv, const fx_render_options *opts,
                                 const char *path);

/* Spells an amount out in words, e.g. 1234.56 EUR in French: "mille deux cent
 * trente-quatre euros et cinquante-six centimes"; in English: "one thousand
 * two hundred thirty-four euros and fifty-six cents". amount: rounded half up
 * to cents; currency: ISO 4217 code (EUR, USD, GBP, CHF, CAD are named,
 * others are written with their code); language: "fr" or "en" (or a locale);
 * out: receives a malloc'ed UTF-8 string to free(). */
FX_EXTERN int fx_render_amount_in_words(fx_decimal amount, const char *currency,
                                        const char *language, char **out);

#ifdef __cplusplus
}
#endif

#endif
