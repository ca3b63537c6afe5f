/*
 * Reading the export one invoice at a time: consecutive rows with the same
 * number make a job; the index tells a number that comes back later, and,
 * in the two-file variant, where the lines of each invoice are.
 */
#include <stdio.h>
#include <string.h>

#include "batch/batch_source.h"
#include "core/error.h"

/* Checks the output file name of job j (first run of its number) against
 * the names already given. */
static int claim_file_name(fx_bsrc *s, fx_bjob *j)
{
	char name[256];
	fx_bfile_name(j->number, name, sizeof name);
	size_t len = strlen(name);
	fx_bentry *e = fx_bindex_find(&s->names, name, len);
	if (e)
		return fx_bjob_fail(j,
		                    "%s: row %lu: invoice %s would be written to %s, the file of "
		                    "invoice %s (row %lu): numbers that differ only by characters "
		                    "a file name cannot hold give the same file",
		                    j->file->path, j->first_row, j->number, name, e->owner,
		                    e->pos.row);
	int rc = fx_bindex_add(&s->names, s->arena, name, len, &e);
	if (rc < 0)
		return rc;
	e->owner = j->number;
	e->pos.row = j->first_row;
	j->file_name = e->number;
	return FX_OK;
}

/* Starts the job of record rec, whose number is key/len. */
static int start_job(fx_bsrc *s, const fx_csv_record *rec, const char *key, size_t len,
                     fx_bjob **out)
{
	fx_bjob *j = NULL;
	int rc = fx_bjob_new(key, len, &j);
	if (rc < 0)
		return rc;
	*out = j;
	j->file = &s->main;
	j->lines_file = s->two_files ? &s->lines : &s->main;
	j->first_row = j->last_row = rec->pos.row;
	const fx_bentry *e = len ? fx_bindex_find(&s->index, key, len) : NULL;
	char where[512];
	if (!len) {
		fx_bwhere(&s->main, rec->pos.row, rec->pos.line, s->main.key, where, sizeof where);
		rc = fx_bjob_fail(j,
		                  "%s: the invoice number (number, BT-1) is empty: expected the "
		                  "number of the invoice this row belongs to",
		                  where);
	} else if (e && e->pos.row != rec->pos.row) {
		j->silent = true;
		return FX_OK;
	} else if (e && e->again_row) {
		char rows[48];
		rc = fx_bjob_fail(j,
		                  "%s: %s, then row %lu: the rows of invoice %s are not together: "
		                  "sort the export by invoice number",
		                  s->main.path, fx_brows(e->pos.row, e->last_row, rows),
		                  e->again_row, j->number);
	} else {
		rc = claim_file_name(s, j);
	}
	if (rc == FX_OK)
		rc = fx_bjob_add_row(j, &s->main, rec, false);
	return rc;
}

/* Adds the lines of job j from the lines file (two-file variant). */
static int fetch_lines(fx_bsrc *s, fx_bjob *j)
{
	char rows[48];
	if (j->n_rows > 1)
		return fx_bjob_fail(j,
		                    "%s: %s: invoice %s has %zu rows: the invoices file has one "
		                    "row per invoice (its lines go in %s)",
		                    s->main.path, fx_brows(j->first_row, j->last_row, rows),
		                    j->number, j->n_rows, s->lines.path);
	const fx_bentry *e = fx_bindex_find(&s->lines_index, j->number, strlen(j->number));
	if (!e)
		return fx_bjob_fail(j, "%s: no line for invoice %s (row %lu of %s)", s->lines.path,
		                    j->number, j->first_row, s->main.path);
	if (e->again_row)
		return fx_bjob_fail(
		    j,
		    "%s: %s, then row %lu: the lines of invoice %s are not together: "
		    "sort the lines by invoice number",
		    s->lines.path, fx_brows(e->pos.row, e->last_row, rows), e->again_row,
		    j->number);
	int rc = fx_csv_seek(s->lines.csv, &e->pos);
	fx_csv_record rec;
	for (size_t taken = 0; rc == FX_OK && taken < e->n_rows;) {
		rc = fx_csv_next(s->lines.csv, &rec);
		if (rc == FX_CSV_END)
			return fx_error_set(FX_EIO, "%s: the file changed while it was read",
			                    s->lines.path);
		if (rc == FX_OK && !fx_csv_record_is_blank(&rec)) {
			rc = fx_bjob_add_row(j, &s->lines, &rec, true);
			taken++;
		}
	}
	return rc;
}

/* True when the key key/len is the number of job j. */
static bool same_number(const fx_bjob *j, const char *key, size_t len)
{
	return strlen(j->number) == len && memcmp(j->number, key, len) == 0;
}

/* Reads the rows of the next invoice of the main file. */
static int next_main(fx_bsrc *s, fx_bjob **out)
{
	fx_bjob *cur = s->ahead;
	s->ahead = NULL;
	int rc = FX_OK;
	while (!s->main_done) {
		fx_csv_record rec;
		rc = fx_csv_next(s->main.csv, &rec);
		if (rc == FX_CSV_END) {
			s->main_done = true;
			rc = FX_OK;
			break;
		}
		if (rc < 0)
			break;
		if (fx_csv_record_is_blank(&rec))
			continue;
		const char *key;
		size_t len;
		fx_bfile_key(&s->main, &rec, &key, &len);
		if (cur && same_number(cur, key, len)) {
			cur->last_row = rec.pos.row;
			rc = cur->silent ? FX_OK : fx_bjob_add_row(cur, &s->main, &rec, false);
			if (rc < 0)
				break;
			continue;
		}
		fx_bjob *next = NULL;
		rc = start_job(s, &rec, key, len, &next);
		if (rc < 0) {
			fx_bjob_free(next);
			break;
		}
		if (!cur) {
			cur = next;
			continue;
		}
		s->ahead = next;
		break;
	}
	if (rc == FX_OK && !cur)
		return FX_BATCH_END;
	if (rc == FX_OK && s->two_files && !cur->silent && !cur->failure)
		rc = fetch_lines(s, cur);
	if (rc < 0) {
		fx_bjob_free(cur);
		return rc;
	}
	if (!s->two_files) {
		cur->line_rows = cur->rows;
		cur->n_line_rows = cur->n_rows;
	}
	*out = cur;
	return FX_OK;
}

/* Two-file variant, once the invoices are done: the next number that has
 * lines but no invoice row, reported as a failure. */
static int next_orphan(fx_bsrc *s, fx_bjob **out)
{
	while (s->orphan_cursor < s->lines_index.n) {
		const fx_bentry *e = s->lines_index.order[s->orphan_cursor++];
		if (fx_bindex_find(&s->index, e->number, strlen(e->number)))
			continue;
		fx_bjob *j = NULL;
		int rc = fx_bjob_new(e->number, strlen(e->number), &j);
		if (rc < 0)
			return rc;
		j->file = j->lines_file = &s->lines;
		j->first_row = e->pos.row;
		j->last_row = e->again_row ? e->again_row : e->last_row;
		char rows[48];
		rc = fx_bjob_fail(j,
		                  "%s: %s: there are lines for invoice %s but %s has no row for it",
		                  s->lines.path, fx_brows(e->pos.row, e->last_row, rows), j->number,
		                  s->main.path);
		if (rc < 0) {
			fx_bjob_free(j);
			return rc;
		}
		*out = j;
		return FX_OK;
	}
	return FX_BATCH_END;
}

/* Reads the next job to report. */
int fx_bsrc_next(fx_bsrc *s, fx_bjob **out)
{
	for (;;) {
		fx_bjob *j = NULL;
		int rc = next_main(s, &j);
		if (rc == FX_BATCH_END && s->two_files)
			rc = next_orphan(s, &j);
		if (rc != FX_OK)
			return rc;
		if (j->silent) {
			fx_bjob_free(j);
			continue;
		}
		j->seq = s->seq++;
		*out = j;
		return FX_OK;
	}
}
