/*
 * Internal: the CII writer's extra entry points (for the CLI and tests).
 */
#ifndef FX_CII_WRITE_H
#define FX_CII_WRITE_H

#include <stddef.h>

#include "core/buf.h"
#include "facturx/cii.h"

/* More than the number of distinct field labels the writer can drop. */
#define FX_CII_DROPPED_MAX 192

/** The fields an invoice gives but a profile has no place for. */
typedef struct fx_cii_dropped {
	const char *items[FX_CII_DROPPED_MAX]; /* static labels, "BT-20 payment terms" */
	size_t count;                          /* number of distinct labels, in document order */
} fx_cii_dropped;

/* Lists the fields of inv that writing it in profile would leave out
 * (a BASIC WL summary of a rich invoice drops the lines, for instance).
 * Missing required data is not an error here. inv: the invoice; profile:
 * the target profile; out: receives the labels. */
int fx_cii_dropped_fields(const fx_invoice *inv, fx_profile profile, fx_cii_dropped *out);

/* Appends the XML of inv to out (the body of fx_cii_write_memory).
 * inv: the invoice; opts: options (NULL: EN 16931, indented); out: buffer
 * appended to; dropped: receives the dropped fields (may be NULL). */
int fx_cii_write_buf(const fx_invoice *inv, const fx_cii_options *opts, fx_buf *out,
                     fx_cii_dropped *dropped);

#endif
