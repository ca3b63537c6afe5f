/*
 * Internal: what the files of the generate module share (options check,
 * dates, document metadata, container options).
 */
#ifndef FX_GENERATE_INTERNAL_H
#define FX_GENERATE_INTERNAL_H

#include "facturx/generate.h"

/* Size of the date text given to the renderer ("YYYY-MM-DDTHH:MM:SS+HH:MM"). */
#define FX_GEN_DATE_TEXT 32

/** The metadata texts the library writes when the options give none
 * (malloc'ed, freed by fx_gen_meta_free). */
typedef struct fx_gen_meta {
	char *title;
	char *subject;
	char *keywords;
} fx_gen_meta;

/* Checks the version and the values of opts (NULL is fine). who: the
 * function name for messages. FX_EUSAGE naming the option otherwise. */
int fx_gen_check_options(const fx_generate_options *opts, const char *who);

/* Writes d as the renderer's creation date text ("...Z" or "...+HH:MM").
 * d: a checked date; out: receives the text. */
void fx_gen_date_text(const fx_pdf_date *d, char out[FX_GEN_DATE_TEXT]);

/* Builds the default title, subject and keywords of inv. inv: the invoice;
 * profile: the Factur-X profile; language: "fr"/"en"/locale (NULL: fr);
 * out: receives the texts. FX_ENOMEM only. */
int fx_gen_meta_build(const fx_invoice *inv, fx_profile profile, const char *language,
                      fx_gen_meta *out);

/* Frees the texts of m (a zeroed m is fine). */
void fx_gen_meta_free(fx_gen_meta *m);

/* Fills the container options from opts, the defaults in meta and inv.
 * opts: the caller's options (NULL: defaults); inv: the invoice (seller
 * name); meta: default texts; date: the resolved date; out: the result,
 * pointing into opts, meta, inv and date (which must outlive it). */
void fx_gen_assemble_options(const fx_generate_options *opts, const fx_invoice *inv,
                             const fx_gen_meta *meta, const fx_pdf_date *date,
                             fx_pdf_assemble_options *out);

/* Validates the invoice XML xml/len (named source in messages) with the
 * validator's XML layers unless opts asks to skip it. profile: the profile
 * to validate against, or -1 for BT-24's. Returns FX_OK, or FX_EINVAL
 * listing the fatal findings when the file would not be valid. */
int fx_gen_validate_xml(const char *xml, size_t len, const char *source, int profile,
                        const fx_generate_options *opts);

#endif
