/*
 * Internal: an invoice from the rows of a job: the seller file, the
 * mapping's constants, the invoice's own columns (the same on every row),
 * one line per row that fills a line column, then the defaults.
 */
#ifndef FX_BATCH_BUILD_H
#define FX_BATCH_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "batch/batch_source.h"

#define FX_BB_MSG 1024

/* Builds the invoice of job j (not computed). s: the source (read only, so
 * several threads may build at once); out: receives the invoice; msg:
 * receives, on FX_EINVAL, the whole message (file, row, column, field,
 * what was expected and what was found). Returns FX_OK, FX_EINVAL,
 * FX_ENOMEM. */
int fx_bbuild(const fx_bsrc *s, const fx_bjob *j, fx_invoice **out, char msg[FX_BB_MSG]);

/* True when row r of file f fills at least one line column of mapping m. */
bool fx_bbuild_row_has_line(const fx_batch_mapping *m, const fx_bfile *f, const fx_brow *r);

/* Rewrites a computation or generation message about invoice inv of job j
 * so that it names the file, the rows, the invoice and, for a line, its row:
 * "export.csv: rows 2-6: invoice FA-1: row 4 (line 3): BT-146 ...".
 * s: the source; msg: the library's message; out: destination. */
void fx_bbuild_explain(const fx_bsrc *s, const fx_bjob *j, const fx_invoice *inv, const char *msg,
                       char out[FX_BB_MSG]);

/* Fills what result res says about where job j comes from (status FAILED
 * with the job's failure, else PRODUCED). s: the source. */
void fx_bresult_init(const fx_bsrc *s, const fx_bjob *j, fx_batch_result *res);

#endif
