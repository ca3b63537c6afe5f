/*
 * facturx - the UN/CEFACT CII D16B writer and reader, as Factur-X 1.09.2.
 */
#ifndef FACTURX_CII_H
#define FACTURX_CII_H

#include "common.h"
#include "invoice.h"
#include "profile.h"

#ifdef __cplusplus
extern "C" {
#endif

#define FX_CII_OPTIONS_VERSION 1

/** Options of the CII writer (zero-initialise, then set version). */
typedef struct fx_cii_options {
	unsigned version;   /* FX_CII_OPTIONS_VERSION */
	fx_profile profile; /* the Factur-X profile to write */
	int compact;        /* non-zero: no indentation */
} fx_cii_options;

#define FX_CII_OPTIONS_INIT {FX_CII_OPTIONS_VERSION, FX_PROFILE_EN16931, 0}

/* Writes inv as Factur-X CII XML of the chosen profile. inv: a computed
 * invoice (see fx_invoice_compute); opts: options (NULL: EN 16931);
 * out/out_len: receive a malloc'ed NUL-terminated UTF-8 document to free().
 * Only what the profile allows is written; the output is deterministic.
 * FX_EMISSING when the profile needs data the invoice lacks: the message
 * names the BT (e.g. "BT-1 invoice number is required by MINIMUM"). */
FX_EXTERN int fx_cii_write_memory(const fx_invoice *inv, const fx_cii_options *opts,
				  char **out, size_t *out_len);

/* Same as fx_cii_write_memory into a file, written to a temporary file in
 * the same directory then renamed, so a failure never leaves a partial file.
 * path: destination. */
FX_EXTERN int fx_cii_write_file(const fx_invoice *inv, const fx_cii_options *opts,
				const char *path);

/* Reads a CII XML invoice (any Factur-X profile, or plain CII D16B) into a
 * new invoice model. data/len: the XML; source: name for messages; out:
 * receives the invoice. The parser loads no DTD and no external entity and
 * never uses the network. profile_out (may be NULL) receives the profile of
 * BT-24, or -1 when it is not a Factur-X one. */
FX_EXTERN int fx_cii_read_memory(const char *data, size_t len, const char *source,
				 fx_invoice **out, int *profile_out);

#ifdef __cplusplus
}
#endif

#endif
