/*
 * Making one invoice's PDF: up to date? else build, compute, generate
 * (fx_generate_memory, then a temporary file renamed), then keep the state
 * that lets the next run skip it. Every failure, including a refusal
 * of the generation, becomes the invoice's result, never the run's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "batch/batch_run.h"
#include "core/error.h"

/* Records a failure of w with a library message about its invoice. */
static void fail_with(const fx_brun *r, fx_bwork *w, const fx_invoice *inv)
{
	char lib[FX_BB_MSG];
	snprintf(lib, sizeof lib, "%s", fx_error_last()->message);
	fx_bbuild_explain(r->src, w->job, inv, lib, w->msg);
	w->res.status = FX_BATCH_FAILED;
	w->res.message = w->msg;
	w->res.file = NULL;
	w->res.path = NULL;
}

/* True when the output is up to date: same digest, same file as written. */
static bool up_to_date(const fx_brun *r, fx_bwork *w, const char *hex)
{
	fx_br_state st;
	struct stat sb;
	if (r->opts->force || !fx_br_state_read(r, w->job->file_name, &st) ||
	    strcmp(st.digest, hex) != 0 || stat(w->path, &sb) != 0 ||
	    (long long)sb.st_size != st.size || (long long)sb.st_mtim.tv_sec != st.mtime_sec ||
	    (long long)sb.st_mtim.tv_nsec != st.mtime_nsec)
		return false;
	w->res.status = FX_BATCH_SKIPPED;
	w->res.message = "up to date";
	w->res.n_lines = st.n_lines;
	fx_decimal due;
	if (fx_decimal_parse(st.due, strlen(st.due), &due) == FX_OK)
		w->res.due = due;
	if (strcmp(st.currency, "-") != 0) {
		snprintf(w->currency, sizeof w->currency, "%s", st.currency);
		w->res.currency = w->currency;
	}
	return true;
}

/* Keeps the state of the PDF just written. */
static int keep_state(const fx_brun *r, fx_bwork *w, const fx_invoice *inv, const char *hex)
{
	fx_br_state st;
	struct stat sb;
	memset(&st, 0, sizeof st);
	if (stat(w->path, &sb) != 0)
		return fx_error_set(FX_EIO, "%s: written but cannot be read back", w->path);
	snprintf(st.digest, sizeof st.digest, "%s", hex);
	st.size = (long long)sb.st_size;
	st.mtime_sec = (long long)sb.st_mtim.tv_sec;
	st.mtime_nsec = (long long)sb.st_mtim.tv_nsec;
	st.n_lines = inv->n_lines;
	if (!inv->totals.due.set || fx_decimal_format(inv->totals.due, st.due, sizeof st.due) < 0)
		snprintf(st.due, sizeof st.due, "-");
	snprintf(st.currency, sizeof st.currency, "%s", inv->currency ? inv->currency : "-");
	return fx_br_state_write(r, w->job->file_name, &st);
}

/* Records what the result says about a produced invoice. */
static void produced(fx_bwork *w, const fx_invoice *inv)
{
	w->res.status = FX_BATCH_PRODUCED;
	w->res.n_lines = inv->n_lines;
	w->res.due = inv->totals.due;
	if (inv->currency) {
		snprintf(w->currency, sizeof w->currency, "%s", inv->currency);
		w->res.currency = w->currency;
	}
}

/* Makes one invoice's PDF. */
int fx_br_produce(const fx_brun *r, fx_bwork *w)
{
	fx_bresult_init(r->src, w->job, &w->res);
	if (w->job->failure)
		return FX_OK;
	size_t n = strlen(r->out_dir) + strlen(w->job->file_name) + 2;
	if (!(w->path = malloc(n)))
		return fx_error_oom();
	snprintf(w->path, n, "%s/%s", r->out_dir, w->job->file_name);
	w->res.path = w->path;
	unsigned char digest[FX_SHA256_LEN];
	char hex[2 * FX_SHA256_LEN + 1];
	fx_br_job_digest(r, w->job, digest);
	fx_sha256_hex(digest, hex);
	if (up_to_date(r, w, hex))
		return FX_OK;
	fx_invoice *inv = NULL;
	int rc = fx_bbuild(r->src, w->job, &inv, w->msg);
	if (rc == FX_ENOMEM)
		return rc;
	if (rc < 0) {
		w->res.status = FX_BATCH_FAILED;
		w->res.message = w->msg;
		w->res.file = NULL;
		w->res.path = NULL;
		return FX_OK;
	}
	w->res.n_lines = inv->n_lines;
	rc = fx_invoice_compute(inv, &r->compute);
	unsigned char *pdf = NULL;
	size_t len = 0;
	if (rc == FX_OK)
		rc = fx_generate_memory(inv, &r->gen, &pdf, &len);
	if (rc == FX_OK)
		rc = fx_br_write_file(w->path, pdf, len);
	free(pdf);
	if (rc == FX_OK)
		rc = keep_state(r, w, inv, hex);
	if (rc == FX_OK)
		produced(w, inv);
	else if (rc == FX_ENOMEM)
		return rc;
	else
		fail_with(r, w, inv);
	fx_invoice_free(inv);
	return FX_OK;
}
