/*
 * Internal: what fx_batch_run shares between its threads, the making of one
 * invoice's PDF (a "work"), and the up-to-date check.
 */
#ifndef FX_BATCH_RUN_H
#define FX_BATCH_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "batch/batch_build.h"
#include "core/sha256.h"
#include "facturx/batch.h"
#include "facturx/compute.h"
#include "facturx/generate.h"

#define FX_BR_STATE_DIR ".facturx-batch"

/** One invoice to make, and its result once made. */
typedef struct fx_bwork {
	fx_bjob *job;
	fx_batch_result res;
	bool done;
	char msg[FX_BB_MSG];
	char *path;        /* output path (malloc'ed) */
	char currency[16]; /* BT-5 of the result */
} fx_bwork;

/** The run: read-only while the workers run, but for the fields they share
 * under the runner's lock (runner.c). */
typedef struct fx_brun {
	const fx_bsrc *src;
	const fx_batch_options *opts;
	fx_generate_options gen;
	fx_pdf_date date;
	fx_compute_options compute;
	unsigned char context[FX_SHA256_LEN]; /* digest of everything but the rows */
	const char *out_dir;
	char *state_dir;
} fx_brun;

/* Makes the PDF of w's job (or finds it up to date) and fills w->res.
 * r: the run. Returns FX_OK (the result says how it went) or FX_ENOMEM. */
int fx_br_produce(const fx_brun *r, fx_bwork *w);

/* Computes the digest of what every invoice of the run depends on besides
 * its rows: the library version, mapping, seller file and options. */
void fx_br_context_digest(fx_brun *r);

/* Computes the digest of job j's rows (with the context). out: the digest. */
void fx_br_job_digest(const fx_brun *r, const fx_bjob *j, unsigned char out[FX_SHA256_LEN]);

/** What the state file beside an output says about it. */
typedef struct fx_br_state {
	char digest[2 * FX_SHA256_LEN + 1];
	long long size, mtime_sec, mtime_nsec;
	size_t n_lines;
	char due[48];
	char currency[16];
} fx_br_state;

/* Reads the state kept for output file name; false when absent or unreadable. */
bool fx_br_state_read(const fx_brun *r, const char *name, fx_br_state *st);

/* Writes the state of output file name (temporary file and rename).
 * Returns FX_OK or FX_EIO (the message names the file). */
int fx_br_state_write(const fx_brun *r, const char *name, const fx_br_state *st);

/* Writes data/len to path through a temporary file in the same folder,
 * renamed over path once complete (no fsync: see fx_br_sync). Returns FX_OK
 * or FX_EIO naming the file. */
int fx_br_write_file(const char *path, const unsigned char *data, size_t len);

/* Flushes the file system that holds folder dir to disk (once per run).
 * Returns FX_OK or FX_EIO. */
int fx_br_sync(const char *dir);

#endif
