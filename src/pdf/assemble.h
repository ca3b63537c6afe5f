/*
 * Internal: the steps of the container assembly.
 */
#ifndef FX_PDF_ASSEMBLE_H
#define FX_PDF_ASSEMBLE_H

#include "pdf/pdf_internal.h"

/* Everything the assembly needs once the options are validated. */
typedef struct fx_pdf_plan {
	const fx_pdf_assemble_options *opts;
	fx_profile profile;
	fx_pdf_relationship xml_relationship;
	fx_pdf_meta meta;
} fx_pdf_plan;

/** How fx_pdf_assemble_path works. */
typedef enum fx_pdf_path {
	FX_PDF_PATH_AUTO = 0, /* directly when the input allows it, else with qpdf */
	FX_PDF_PATH_QPDF,     /* always with qpdf */
	FX_PDF_PATH_DIRECT    /* directly, or FX_PDF_DIRECT_UNSUPPORTED (for tests) */
} fx_pdf_path;

/* What fx_pdf_direct_assemble returns when the input needs qpdf (no error
 * is recorded). */
#define FX_PDF_DIRECT_UNSUPPORTED 1

/* fx_pdf_assemble with a choice of path (the public function uses AUTO). */
int fx_pdf_assemble_path(const void *pdf, size_t pdf_len, const void *xml, size_t xml_len,
                         fx_profile profile, const fx_pdf_assemble_options *opts, fx_pdf_path path,
                         unsigned char **out, size_t *out_len);

/* Completes a plain PDF without qpdf: one classic cross-reference table,
 * every object "N 0 obj" at its offset with the lexical layout of PDF/A
 * (6.1.7, 6.1.9), direct stream lengths, a catalog holding only /Type and
 * /Pages, a trailer with only /Size, /Root, /Info and /ID, no encryption.
 * The objects are copied as they are, the catalog is rewritten and the
 * PDF/A parts are appended, with a new cross-reference table and an /ID
 * derived from the content. Returns FX_OK, FX_PDF_DIRECT_UNSUPPORTED when
 * the input is not such a PDF, or an error. */
int fx_pdf_direct_assemble(const void *pdf, size_t len, const fx_pdf_plan *plan,
                           const fx_embed_spec *specs, size_t n, const fx_pdf_icc *icc,
                           unsigned char **out, size_t *out_len);

/* Validates profile and opts (NULL: defaults) and resolves the defaults. */
int fx_pdf_assemble_plan(fx_profile profile, const fx_pdf_assemble_options *opts,
                         fx_pdf_plan *plan);

/* Replaces the catalog /Metadata and the trailer /Info from plan->meta. */
int fx_pdf_set_metadata(qpdf_data q, const fx_pdf_plan *plan);

/* Sets the catalog /OutputIntents to one GTS_PDFA1 intent with icc. */
int fx_pdf_set_output_intent(qpdf_data q, const fx_pdf_icc *icc);

/* Writes the session as PDF/A-friendly bytes: uncompressed object layout,
 * EOL before endstream, header 1.7, deterministic /ID, no encryption. */
int fx_pdf_write(qpdf_data q, const char *source, unsigned char **out, size_t *out_len);

#endif
