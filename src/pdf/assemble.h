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

/* Validates profile and opts (NULL: defaults) and resolves the defaults. */
int fx_pdf_assemble_plan(fx_profile profile, const fx_pdf_assemble_options *opts,
                         fx_pdf_plan *plan);

/* Replaces the catalog /Metadata and the trailer /Info from plan->meta. */
int fx_pdf_set_metadata(qpdf_data q, const fx_pdf_plan *plan);

/* Sets the catalog /OutputIntents to one GTS_PDFA1 intent with icc. */
int fx_pdf_set_output_intent(qpdf_data q, const unsigned char *icc, size_t icc_len);

/* Writes the session as PDF/A-friendly bytes: uncompressed object layout,
 * EOL before endstream, header 1.7, deterministic /ID, no encryption. */
int fx_pdf_write(qpdf_data q, const char *source, unsigned char **out, size_t *out_len);

#endif
