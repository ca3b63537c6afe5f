/*
 * facturx - the JSON invoice description (see docs/invoice-json.md).
 *
 * Reading: amounts are read as exact decimals (JSON numbers or strings),
 * text is checked as UTF-8 and normalised to NFC. Errors name the source,
 * line:column and the JSON path, e.g.
 *   invoice.json:12:18: $.lines[2].quantity: expected a decimal number, got "abc"
 * Unknown keys are errors with a suggestion ("did you mean 'unit_code'?").
 */
#ifndef FACTURX_JSON_H
#define FACTURX_JSON_H

#include "common.h"
#include "invoice.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Reads a description from a file. path: the file; out: receives a new
 * invoice (free with fx_invoice_free). FX_EIO if unreadable, FX_EINVAL if
 * the description is wrong (see fx_error_last for where and why). */
FX_EXTERN int fx_json_read_file(const char *path, fx_invoice **out);

/* Reads a description from memory. data/len: the JSON text; source: name
 * used in error messages (e.g. a file name, may be NULL); out: as above. */
FX_EXTERN int fx_json_read_memory(const char *data, size_t len, const char *source,
				  fx_invoice **out);

/* Writes inv as a JSON description (the inverse of reading; only present
 * fields are written, keys in documentation order, 2-space indentation).
 * out/out_len: receive a malloc'ed NUL-terminated text to free(). */
FX_EXTERN int fx_json_write_memory(const fx_invoice *inv, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
