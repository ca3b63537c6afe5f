/*
 * The public reader: the invoices of an export one by one, as fx_invoice.
 */
#include <stdlib.h>
#include <string.h>

#include "batch/batch_build.h"
#include "core/error.h"

struct fx_batch_reader {
	fx_bsrc *src;
	fx_bjob *job; /* the last job read: the strings of the last result */
	char msg[FX_BB_MSG];
};

/* Sets the default input. */
int fx_batch_input_init(fx_batch_input *in, unsigned version)
{
	if (!in || version != FX_BATCH_INPUT_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_batch_input_init: unknown version %u", version);
	memset(in, 0, sizeof *in);
	in->version = version;
	return FX_OK;
}

/* Opens an export. */
int fx_batch_reader_open(const fx_batch_input *in, fx_batch_reader **out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_batch_reader_open: NULL argument");
	fx_batch_reader *r = calloc(1, sizeof *r);
	if (!r)
		return fx_error_oom();
	int rc = fx_bsrc_open(in, &r->src);
	if (rc < 0) {
		free(r);
		return rc;
	}
	*out = r;
	return FX_OK;
}

/* Number of invoices. */
size_t fx_batch_reader_count(const fx_batch_reader *r)
{
	return r ? r->src->total : 0;
}

/* Number of warnings. */
size_t fx_batch_reader_notice_count(const fx_batch_reader *r)
{
	return r ? r->src->n_notices : 0;
}

/* Warning i. */
const char *fx_batch_reader_notice(const fx_batch_reader *r, size_t i)
{
	return r && i < r->src->n_notices ? r->src->notices[i] : NULL;
}

/* Encoding of a file. */
const char *fx_batch_reader_encoding(const fx_batch_reader *r, bool lines)
{
	if (!r || (lines && !r->src->two_files))
		return "";
	return fx_csv_encoding(lines ? r->src->lines.csv : r->src->main.csv);
}

/* Separator of a file. */
char fx_batch_reader_separator(const fx_batch_reader *r, bool lines)
{
	if (!r || (lines && !r->src->two_files))
		return 0;
	return fx_csv_separator(lines ? r->src->lines.csv : r->src->main.csv);
}

/* Fills what a result says about where job j comes from. */
void fx_bresult_init(const fx_bsrc *s, const fx_bjob *j, fx_batch_result *res)
{
	memset(res, 0, sizeof *res);
	res->status = j->failure ? FX_BATCH_FAILED : FX_BATCH_PRODUCED;
	res->index = j->seq + 1;
	res->total = s->total;
	res->number = j->number;
	res->source = j->file->path;
	res->first_row = j->first_row;
	res->last_row = j->last_row;
	res->file = j->failure ? NULL : j->file_name;
	res->message = j->failure;
}

/* Reads the next invoice. */
int fx_batch_reader_next(fx_batch_reader *r, fx_invoice **inv, fx_batch_result *info)
{
	if (!r || !inv || !info)
		return fx_error_set(FX_EUSAGE, "fx_batch_reader_next: NULL argument");
	fx_bjob_free(r->job);
	r->job = NULL;
	int rc = fx_bsrc_next(r->src, &r->job);
	if (rc != FX_OK)
		return rc;
	fx_bresult_init(r->src, r->job, info);
	fx_invoice *built = NULL;
	if (!r->job->failure) {
		rc = fx_bbuild(r->src, r->job, &built, r->msg);
		if (rc == FX_EINVAL) {
			info->status = FX_BATCH_FAILED;
			info->file = NULL;
			info->message = r->msg;
		} else if (rc < 0) {
			return rc;
		}
	}
	info->n_lines = built ? built->n_lines : 0;
	info->currency = built ? built->currency : NULL;
	*inv = built;
	return FX_OK;
}

/* Frees a reader. */
void fx_batch_reader_free(fx_batch_reader *r)
{
	if (!r)
		return;
	fx_bjob_free(r->job);
	fx_bsrc_free(r->src);
	free(r);
}
