/*
 * Messages of the computation and of the generation about a CSV invoice:
 * the file, rows and invoice number in front, a line turned into its row,
 * and the column that gives the business term named, when there is one.
 */
#include <stdio.h>
#include <string.h>

#include "batch/batch_build.h"

/* Finds the row of the line whose BT-126 is id/len, or 0. */
static unsigned long row_of_line(const fx_bsrc *s, const fx_bjob *j, const fx_invoice *inv,
                                 const char *id, size_t len)
{
	size_t k = 0;
	for (size_t r = 0; r < j->n_line_rows; r++) {
		if (!fx_bbuild_row_has_line(s->map, j->lines_file, &j->line_rows[r]))
			continue;
		if (k < inv->n_lines && inv->lines[k].id && strlen(inv->lines[k].id) == len &&
		    memcmp(inv->lines[k].id, id, len) == 0)
			return j->line_rows[r].row;
		k++;
	}
	return 0;
}

/* Finds a header column of f mapped to business term bt/len; SIZE_MAX if none. */
static size_t column_of_bt(const fx_bsrc *s, const fx_bfile *f, const char *bt, size_t len)
{
	for (size_t i = 0; i < f->n_header; i++) {
		int col = f->column[i];
		const char *b = col >= 0 ? s->map->columns[col].target.bt : NULL;
		if (b && strlen(b) == len && memcmp(b, bt, len) == 0 &&
		    !s->map->columns[col].target.scheme)
			return i;
	}
	return (size_t)-1;
}

/* Appends " (column X \"Name\")" for the first business term msg names. */
static void hint_column(const fx_bsrc *s, const fx_bjob *j, const char *msg, char *out, size_t size)
{
	const char *bt = strstr(msg, "BT-");
	if (!bt || strstr(msg, "column "))
		return;
	size_t len = 3;
	while (bt[len] >= '0' && bt[len] <= '9')
		len++;
	const fx_bfile *f = j->file;
	size_t i = column_of_bt(s, f, bt, len);
	if (i == (size_t)-1 && j->lines_file != j->file) {
		f = j->lines_file;
		i = column_of_bt(s, f, bt, len);
	}
	if (i == (size_t)-1) {
		for (size_t k = 0; k < s->map->n_columns; k++) {
			const fx_bm_target *t = &s->map->columns[k].target;
			if (t->bt && !t->scheme && strlen(t->bt) == len &&
			    memcmp(t->bt, bt, len) == 0) {
				size_t n = strlen(out);
				snprintf(out + n, size - n, " (the file has no column \"%s\")",
				         s->map->columns[k].name);
				return;
			}
		}
		return;
	}
	char letters[8];
	fx_bcolumn_letters(i, letters);
	size_t n = strlen(out);
	snprintf(out + n, size - n, " (column %s \"%s\"%s%s)", letters, f->names[i],
	         f != j->file ? " of " : "", f != j->file ? f->path : "");
}

/* Rewrites a library message about the invoice of job j. */
void fx_bbuild_explain(const fx_bsrc *s, const fx_bjob *j, const fx_invoice *inv, const char *msg,
                       char out[FX_BB_MSG])
{
	char rows[48];
	int n = snprintf(out, FX_BB_MSG, "%s: %s: invoice %s: ", j->file->path,
	                 fx_brows(j->first_row, j->last_row, rows), j->number);
	if (n < 0 || n >= FX_BB_MSG)
		return;
	const char *colon = strncmp(msg, "line ", 5) == 0 ? strchr(msg + 5, ':') : NULL;
	unsigned long row =
	    colon && inv ? row_of_line(s, j, inv, msg + 5, (size_t)(colon - msg - 5)) : 0;
	if (row) {
		const char *in = j->lines_file != j->file ? j->lines_file->path : NULL;
		n += snprintf(out + n, FX_BB_MSG - (size_t)n, "row %lu%s%s, %.*s", row,
		              in ? " of " : "", in ? in : "", (int)(colon - msg), msg);
		msg = colon;
	}
	if (n < FX_BB_MSG)
		snprintf(out + n, FX_BB_MSG - (size_t)n, "%s", msg);
	hint_column(s, j, msg, out, FX_BB_MSG);
}
