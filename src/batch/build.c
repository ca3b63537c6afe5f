/*
 * Building an invoice from a job: the seller file, the constants, the
 * invoice's own columns (checked to be the same on each row), the lines,
 * then the defaults. Every bad cell is reported with its file, row,
 * column, field and the text found.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_build.h"
#include "batch/batch_set.h"
#include "core/error.h"
#include "facturx/json.h"
#include "input/json/json_diag.h"

/** What one build needs. */
typedef struct bctx {
	const fx_bsrc *s;
	const fx_bjob *j;
	const fx_batch_mapping *m;
	fx_bs_place place;
	fx_arena *scratch;
	char *msg;
} bctx;

/** The first cell that gives a field of the invoice itself. */
typedef struct first_cell {
	const fx_bcell *cell;
	const fx_bfile *file;
	const fx_brow *row;
	size_t col; /* header index */
} first_cell;

/* Writes the message of a bad cell and returns FX_EINVAL. */
static int cell_error(bctx *c, const fx_bfile *f, const fx_brow *r, size_t i,
                      const fx_bm_column *col, const char *what)
{
	char where[512], got[160];
	const fx_bcell *cell = &r->cells[i];
	fx_bwhere(f, r->row, cell->line, i, where, sizeof where);
	fx_json_quote(cell->text, cell->len, 60, got, sizeof got);
	snprintf(c->msg, FX_BB_MSG, "%.300s: %.100s%s%.20s%s: %.400s, got %.160s", where,
	         col->target.path, col->target.bt ? " (" : "", col->target.bt ? col->target.bt : "",
	         col->target.bt ? ")" : "", what, got);
	return FX_EINVAL;
}

/* Translates a cell through the column's "values", if one matches. */
static void translate(bctx *c, const fx_bm_column *col, const char **s, size_t *len)
{
	if (!col->n_values)
		return;
	const char *folded = fx_bm_fold(c->scratch, *s, *len);
	for (size_t k = 0; folded && k < col->n_values; k++)
		if (strcmp(col->values[k].from, folded) == 0) {
			*s = col->values[k].to;
			*len = strlen(*s);
			return;
		}
}

/* Puts cell i of row r (file f) into the invoice through column col. */
static int set_cell(bctx *c, const fx_bfile *f, const fx_brow *r, size_t i, const fx_bm_column *col)
{
	const char *s = r->cells[i].text;
	size_t len = r->cells[i].len;
	translate(c, col, &s, &len);
	c->place.decimal_mark = c->m->decimal_mark;
	int rc = fx_bs_set(&c->place, &col->target, s, len, col->scheme, false);
	if (rc == FX_EINVAL || rc == FX_EOVERFLOW) {
		char what[512];
		snprintf(what, sizeof what, "%s", fx_error_last()->message);
		return cell_error(c, f, r, i, col, what);
	}
	return rc;
}

/* Applies constants (defaults: only_if_absent) whose level is line. */
static int apply_fixed(bctx *c, const fx_bm_fixed *list, size_t n, bool line, bool defaults)
{
	for (size_t i = 0; i < n; i++) {
		if (list[i].target.line != line)
			continue;
		c->place.decimal_mark = list[i].json_number ? '.' : c->m->decimal_mark;
		int rc = fx_bs_set(&c->place, &list[i].target, list[i].value, list[i].len, NULL,
		                   defaults);
		if (rc < 0) {
			snprintf(c->msg, FX_BB_MSG, "%s: %s %s: %s", c->m->source,
			         defaults ? "default" : "constant", list[i].target.path,
			         fx_error_last()->message);
			return rc;
		}
	}
	return FX_OK;
}

/* Records the document cells of rows (file f) in first[], checking that a
 * later row does not say otherwise. */
static int collect_document(bctx *c, const fx_bfile *f, const fx_brow *rows, size_t n,
                            first_cell *first)
{
	for (size_t k = 0; k < n; k++) {
		const fx_brow *r = &rows[k];
		for (size_t i = 0; i < f->n_header; i++) {
			int col = f->column[i];
			if (col < 0 || c->m->columns[col].target.line || !r->cells[i].len)
				continue;
			first_cell *fc = &first[f->field[i]];
			if (!fc->cell) {
				*fc = (first_cell){&r->cells[i], f, r, i};
				continue;
			}
			if (fc->cell->len == r->cells[i].len &&
			    memcmp(fc->cell->text, r->cells[i].text, fc->cell->len) == 0)
				continue;
			char what[400], was[160];
			fx_json_quote(fc->cell->text, fc->cell->len, 60, was, sizeof was);
			snprintf(
			    what, sizeof what,
			    "expected the same value on every row of invoice %s (row %lu has %s)",
			    c->j->number, fc->row->row, was);
			return cell_error(c, f, r, i, &c->m->columns[col], what);
		}
	}
	return FX_OK;
}

/* Sets the fields of the invoice itself from the job's rows. */
static int set_document(bctx *c)
{
	const fx_bjob *j = c->j;
	first_cell *first = calloc(c->m->n_columns + 1, sizeof *first);
	if (!first)
		return fx_error_oom();
	int rc = collect_document(c, j->file, j->rows, j->n_rows, first);
	if (rc == FX_OK && j->line_rows != j->rows)
		rc = collect_document(c, j->lines_file, j->line_rows, j->n_line_rows, first);
	for (size_t k = 0; rc == FX_OK && k < c->m->n_columns; k++)
		if (first[k].cell)
			rc = set_cell(c, first[k].file, first[k].row, first[k].col,
			              &c->m->columns[first[k].file->column[first[k].col]]);
	free(first);
	return rc;
}

/* True when row r of file f fills a line column. */
bool fx_bbuild_row_has_line(const fx_batch_mapping *m, const fx_bfile *f, const fx_brow *r)
{
	for (size_t i = 0; i < f->n_header; i++)
		if (f->column[i] >= 0 && m->columns[f->column[i]].target.line && r->cells[i].len)
			return true;
	return false;
}

/* Adds the line of row r (file f). */
static int add_line(bctx *c, const fx_bfile *f, const fx_brow *r)
{
	fx_invoice *inv = c->place.inv;
	fx_line *line = NULL;
	int rc = fx_invoice_add_line(inv, &line);
	if (rc < 0)
		return rc;
	c->place.line = inv->n_lines - 1;
	for (size_t k = 0; k < c->m->n_slots; k++)
		if (c->m->slot_line[k])
			c->place.slots[k] = FX_BS_NONE;
	rc = apply_fixed(c, c->m->constants, c->m->n_constants, true, false);
	for (size_t i = 0; rc == FX_OK && i < f->n_header; i++) {
		int col = f->column[i];
		if (col >= 0 && c->m->columns[col].target.line && r->cells[i].len)
			rc = set_cell(c, f, r, i, &c->m->columns[col]);
	}
	if (rc == FX_OK)
		rc = apply_fixed(c, c->m->defaults, c->m->n_defaults, true, true);
	line = &inv->lines[c->place.line];
	if (rc == FX_OK && !line->id) {
		char id[32];
		snprintf(id, sizeof id, "%zu", inv->n_lines);
		rc = fx_invoice_set_text(inv, &line->id, id);
	}
	return rc;
}

/* Adds the lines of the job. */
static int set_lines(bctx *c)
{
	const fx_bjob *j = c->j;
	for (size_t k = 0; k < j->n_line_rows; k++) {
		const fx_brow *r = &j->line_rows[k];
		if (!fx_bbuild_row_has_line(c->m, j->lines_file, r))
			continue;
		int rc = add_line(c, j->lines_file, r);
		if (rc < 0)
			return rc;
	}
	if (c->place.inv->n_lines)
		return FX_OK;
	char rows[48];
	fx_brows(j->n_line_rows ? j->line_rows[0].row : j->first_row,
	         j->n_line_rows ? j->line_rows[j->n_line_rows - 1].row : j->last_row, rows);
	snprintf(c->msg, FX_BB_MSG,
	         "%s: %s: invoice %s has no line: none of its rows fills a line column (\"lines.\" "
	         "fields such as Désignation, Quantité, Prix unitaire HT)",
	         j->lines_file->path, rows, j->number);
	return FX_EINVAL;
}

/* Makes the starting invoice: the seller file's description, or empty. */
static int start_invoice(bctx *c, fx_invoice **inv)
{
	if (!c->s->seller_text)
		return fx_invoice_new(inv);
	int rc = fx_json_read_memory(c->s->seller_text, c->s->seller_len, c->s->seller_path, inv);
	if (rc < 0)
		snprintf(c->msg, FX_BB_MSG, "%s", fx_error_last()->message);
	return rc;
}

/* Builds the invoice of a job. */
int fx_bbuild(const fx_bsrc *s, const fx_bjob *j, fx_invoice **out, char msg[FX_BB_MSG])
{
	bctx c = {s, j, s->map, {NULL, 0, NULL, s->map->decimal_mark}, NULL, msg};
	msg[0] = '\0';
	fx_invoice *inv = NULL;
	c.place.slots = malloc((c.m->n_slots + 1) * sizeof *c.place.slots);
	c.scratch = fx_arena_new(1024);
	int rc = c.place.slots && c.scratch ? start_invoice(&c, &inv) : fx_error_oom();
	c.place.inv = inv;
	for (size_t k = 0; k < c.m->n_slots; k++)
		c.place.slots[k] = FX_BS_NONE;
	if (rc == FX_OK)
		rc = apply_fixed(&c, c.m->constants, c.m->n_constants, false, false);
	if (rc == FX_OK)
		rc = set_document(&c);
	if (rc == FX_OK)
		rc = set_lines(&c);
	if (rc == FX_OK)
		rc = apply_fixed(&c, c.m->defaults, c.m->n_defaults, false, true);
	free(c.place.slots);
	fx_arena_free(c.scratch);
	if (rc < 0) {
		fx_invoice_free(inv);
		if (!msg[0])
			snprintf(msg, FX_BB_MSG, "%s", fx_error_last()->message);
		return rc;
	}
	*out = inv;
	return FX_OK;
}
