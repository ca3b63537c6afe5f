/*
 * Jobs: the rows of one invoice copied out of the CSV reader (only the
 * cells the mapping uses), with the first problem found in them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_source.h"
#include "core/error.h"

/* Creates an empty job for number/len. */
int fx_bjob_new(const char *number, size_t len, fx_bjob **out)
{
	fx_bjob *j = calloc(1, sizeof *j);
	fx_arena *a = j ? fx_arena_new(4096) : NULL;
	char *copy = a ? fx_arena_alloc(a, len + 1) : NULL;
	if (!copy) {
		fx_arena_free(a);
		free(j);
		return fx_error_oom();
	}
	memcpy(copy, number, len);
	copy[len] = '\0';
	j->arena = a;
	j->number = copy;
	*out = j;
	return FX_OK;
}

/* Frees a job. */
void fx_bjob_free(fx_bjob *j)
{
	if (!j)
		return;
	free(j->rows);
	if (j->line_rows != j->rows)
		free(j->line_rows);
	fx_arena_free(j->arena);
	free(j);
}

/* Records why the job fails, unless it already has a reason. */
int fx_bjob_fail(fx_bjob *j, const char *fmt, ...)
{
	if (j->failure)
		return FX_OK;
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	char *copy = fx_arena_alloc(j->arena, strlen(msg) + 1);
	if (!copy)
		return fx_error_oom();
	strcpy(copy, msg);
	j->failure = copy;
	return FX_OK;
}

/* Returns the next free row of *arr (growing it). */
static fx_brow *next_row(fx_brow **arr, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 8;
		fx_brow *p = realloc(*arr, c * sizeof *p);
		if (!p)
			return NULL;
		*arr = p;
		*cap = c;
	}
	return &(*arr)[(*n)++];
}

/* Copies field fld (trimmed) into cell c of job j. */
static int copy_cell(fx_bjob *j, const fx_csv_field *fld, fx_bcell *c)
{
	const char *t = fld->text;
	size_t n = fld->len;
	while (n && (*t == ' ' || *t == '\t'))
		t++, n--;
	while (n && (t[n - 1] == ' ' || t[n - 1] == '\t'))
		n--;
	char *copy = fx_arena_alloc(j->arena, n + 1);
	if (!copy)
		return fx_error_oom();
	memcpy(copy, t, n);
	copy[n] = '\0';
	*c = (fx_bcell){copy, n, fld->line};
	return FX_OK;
}

/* True when field fld holds only blanks. */
static bool blank_field(const fx_csv_field *fld)
{
	for (size_t k = 0; k < fld->len; k++)
		if (fld->text[k] != ' ' && fld->text[k] != '\t')
			return false;
	return true;
}

/* Copies record rec of file f into the job, as an invoice row or a line row. */
int fx_bjob_add_row(fx_bjob *j, const fx_bfile *f, const fx_csv_record *rec, bool line_row)
{
	fx_brow *r = line_row ? next_row(&j->line_rows, &j->n_line_rows, &j->line_rows_cap)
	                      : next_row(&j->rows, &j->n_rows, &j->rows_cap);
	fx_bcell *cells = fx_arena_calloc(j->arena, (f->n_header + 1) * sizeof *cells);
	if (!r || !cells)
		return fx_error_oom();
	*r = (fx_brow){rec->pos.row, rec->pos.line, cells};
	char where[512];
	for (size_t i = 0; i < rec->n_fields; i++) {
		const fx_csv_field *fld = &rec->fields[i];
		int rc = FX_OK;
		if (i >= f->n_header && !blank_field(fld)) {
			fx_bwhere(f, rec->pos.row, fld->line, i, where, sizeof where);
			rc = fx_bjob_fail(
			    j,
			    "%s: a value beyond the last column of the header row (%zu "
			    "columns): is a separator missing its quotes?",
			    where, f->n_header);
		} else if (i < f->n_header && f->column[i] >= 0) {
			rc = copy_cell(j, fld, &cells[i]);
		}
		if (rc < 0)
			return rc;
	}
	if (rec->problem) {
		fx_bwhere(f, rec->pos.row, rec->problem_line, rec->problem_field, where,
		          sizeof where);
		return fx_bjob_fail(j, "%s: %s", where, rec->problem);
	}
	return FX_OK;
}
