/*
 * Helpers of the batch tests: CSV files written to a temporary folder, and
 * the invoices of an export read back with their results.
 */
#ifndef FX_TEST_BATCH_SUPPORT_H
#define FX_TEST_BATCH_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "facturx/batch.h"
#include "test_support.h"

#define TB_MAX 32

/** What a read of an export gave. */
typedef struct tb_read {
	size_t n;
	fx_batch_status status[TB_MAX];
	char number[TB_MAX][64];
	unsigned long first[TB_MAX], last[TB_MAX];
	char message[TB_MAX][1024];
	fx_invoice *inv[TB_MAX];
} tb_read;

/* Makes a fresh temporary folder; returns its malloc'ed path. */
static inline char *tb_dir(void)
{
	char tmpl[] = "/tmp/fx_batch_XXXXXX";
	char *d = mkdtemp(tmpl);
	ck_assert_ptr_nonnull(d);
	return strdup(d);
}

/* Writes text to dir/name; returns the malloc'ed path. */
static inline char *tb_file(const char *dir, const char *name, const char *text)
{
	char *path = fx_test_path(dir, name);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Removes dir and what it holds (one level and the state folder). */
static inline void tb_rmdir(char *dir)
{
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(dir);
}

/* Reads every invoice of in into out (invoices kept: tb_free). */
static inline void tb_read_all(const fx_batch_input *in, tb_read *out)
{
	memset(out, 0, sizeof *out);
	fx_batch_reader *r = NULL;
	int rc = fx_batch_reader_open(in, &r);
	ck_assert_msg(rc == FX_OK, "open: %s", fx_error_last()->message);
	for (;;) {
		fx_invoice *inv = NULL;
		fx_batch_result res;
		rc = fx_batch_reader_next(r, &inv, &res);
		if (rc == FX_BATCH_END)
			break;
		ck_assert_msg(rc == FX_OK, "next: %s", fx_error_last()->message);
		ck_assert_uint_lt(out->n, TB_MAX);
		size_t i = out->n++;
		ck_assert_uint_eq(res.index, out->n);
		ck_assert_uint_eq(res.total, fx_batch_reader_count(r));
		out->status[i] = res.status;
		snprintf(out->number[i], sizeof out->number[i], "%s", res.number);
		out->first[i] = res.first_row;
		out->last[i] = res.last_row;
		snprintf(out->message[i], sizeof out->message[i], "%s",
		         res.message ? res.message : "");
		out->inv[i] = inv;
	}
	ck_assert_uint_eq(out->n, fx_batch_reader_count(r));
	fx_batch_reader_free(r);
}

/* Frees the invoices of a read. */
static inline void tb_free(tb_read *rd)
{
	for (size_t i = 0; i < rd->n; i++)
		fx_invoice_free(rd->inv[i]);
}

/* An input for csv (and lines, may be NULL) with the built-in mapping. */
static inline fx_batch_input tb_input(const char *csv, const char *lines, const char *seller)
{
	fx_batch_input in;
	fx_batch_input_init(&in, FX_BATCH_INPUT_VERSION);
	in.csv_path = csv;
	in.lines_path = lines;
	in.seller_path = seller;
	return in;
}

#endif
