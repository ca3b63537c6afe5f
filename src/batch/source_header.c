/*
 * Opening one CSV file of an export: its header row against the mapping
 * (the invoice number column must be there; unknown columns are warnings;
 * two columns filling the same field are errors).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch/batch_source.h"
#include "core/error.h"
#include "input/json/json_diag.h"

/* Adds a warning. */
int fx_bsrc_notice(fx_bsrc *s, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (s->n_notices == s->notices_cap) {
		size_t cap = s->notices_cap ? s->notices_cap * 2 : 8;
		const char **p = fx_arena_alloc(s->arena, cap * sizeof *p);
		if (!p)
			return fx_error_oom();
		if (s->n_notices)
			memcpy(p, s->notices, s->n_notices * sizeof *p);
		s->notices = p;
		s->notices_cap = cap;
	}
	char *copy = fx_arena_alloc(s->arena, strlen(msg) + 1);
	if (!copy)
		return fx_error_oom();
	strcpy(copy, msg);
	s->notices[s->n_notices++] = copy;
	return FX_OK;
}

/* Column letters as spreadsheets show them. */
void fx_bcolumn_letters(size_t i, char buf[8])
{
	char rev[8];
	size_t n = 0;
	i++;
	while (i && n < 7) {
		rev[n++] = (char)('A' + (i - 1) % 26);
		i = (i - 1) / 26;
	}
	for (size_t k = 0; k < n; k++)
		buf[k] = rev[n - 1 - k];
	buf[n] = '\0';
}

/* Where a cell is. */
void fx_bwhere(const fx_bfile *f, unsigned long row, unsigned long line, size_t col, char *buf,
               size_t size)
{
	int n = snprintf(buf, size, "%s: row %lu", f->path, row);
	if (n >= 0 && (size_t)n < size && line && line != row)
		n += snprintf(buf + n, size - (size_t)n, " (line %lu)", line);
	if (n >= 0 && (size_t)n < size && col != (size_t)-1) {
		char letters[8];
		fx_bcolumn_letters(col, letters);
		const char *name = col < f->n_header ? f->names[col] : "";
		snprintf(buf + n, size - (size_t)n, ", column %s%s%.80s%s", letters,
		         name[0] ? " \"" : "", name, name[0] ? "\"" : "");
	}
}

/* The key cell of a record, trimmed. */
void fx_bfile_key(const fx_bfile *f, const fx_csv_record *rec, const char **s, size_t *len)
{
	*s = "";
	*len = 0;
	if (f->key >= rec->n_fields)
		return;
	const char *t = rec->fields[f->key].text;
	size_t n = rec->fields[f->key].len;
	while (n && (*t == ' ' || *t == '\t'))
		t++, n--;
	while (n && (t[n - 1] == ' ' || t[n - 1] == '\t'))
		n--;
	*s = t;
	*len = n;
}

/* Suggests the closest mapping column to folded, or NULL. */
static const char *closest_column(const fx_batch_mapping *m, const char *folded)
{
	const char *best = NULL;
	size_t best_d = 3;
	for (size_t k = 0; k < m->n_columns; k++) {
		size_t d = fx_json_key_distance(folded, strlen(folded), m->columns[k].folded,
		                                strlen(m->columns[k].folded));
		if (d < best_d) {
			best_d = d;
			best = m->columns[k].name;
		}
	}
	return best;
}

/* Matches header field i (its text/len) to a mapping column. */
static int bind_column(fx_bsrc *s, fx_bfile *f, size_t i, const fx_csv_field *fld)
{
	const fx_batch_mapping *m = s->map;
	char *folded = fx_bm_fold(s->arena, fld->text, fld->len);
	char *name = fx_arena_alloc(s->arena, fld->len + 1);
	if (!folded || !name)
		return fx_error_oom();
	memcpy(name, fld->text, fld->len);
	name[fld->len] = '\0';
	f->names[i] = name;
	f->column[i] = f->field[i] = -1;
	if (!folded[0])
		return FX_OK;
	for (size_t k = 0; k < m->n_columns; k++) {
		if (strcmp(m->columns[k].folded, folded) != 0)
			continue;
		f->column[i] = (int)k;
		for (size_t j = 0; j <= k; j++)
			if (strcmp(m->columns[j].target.path, m->columns[k].target.path) == 0) {
				f->field[i] = (int)j;
				break;
			}
		return FX_OK;
	}
	char letters[8];
	fx_bcolumn_letters(i, letters);
	const char *near = closest_column(m, folded);
	return fx_bsrc_notice(s, "%s: column %s \"%s\" is not in the mapping: ignored%s%s%s",
	                      f->path, letters, name, near ? " (did you mean \"" : "",
	                      near ? near : "", near ? "\"?)" : "");
}

/* Checks the bound header: no two columns for one field, the key present,
 * no line field in the invoices file of the two-file variant. */
static int check_header(fx_bsrc *s, fx_bfile *f, bool invoices_file)
{
	const fx_batch_mapping *m = s->map;
	bool key = false;
	for (size_t i = 0; i < f->n_header; i++) {
		if (f->column[i] < 0)
			continue;
		const fx_bm_column *c = &m->columns[f->column[i]];
		char li[8], lk[8];
		fx_bcolumn_letters(i, li);
		for (size_t k = 0; k < i; k++) {
			if (f->field[k] != f->field[i])
				continue;
			fx_bcolumn_letters(k, lk);
			return fx_error_set(
			    FX_EINVAL,
			    "%s: row 1: columns %s \"%s\" and %s \"%s\" both give %s: "
			    "keep one",
			    f->path, lk, f->names[k], li, f->names[i], c->target.path);
		}
		if (invoices_file && c->target.line)
			return fx_error_set(
			    FX_EINVAL,
			    "%s: row 1, column %s \"%s\": %s is a line field: it belongs "
			    "in the lines file",
			    f->path, li, f->names[i], c->target.path);
		if (strcmp(c->target.path, "number") == 0 && !key) {
			key = true;
			f->key = i;
		}
	}
	if (key)
		return FX_OK;
	char names[512] = "";
	size_t n = 0;
	for (size_t k = 0; k < m->n_columns && n < sizeof names; k++)
		if (strcmp(m->columns[k].target.path, "number") == 0)
			n += (size_t)snprintf(names + n, sizeof names - n, "%s\"%s\"",
			                      n ? " or " : "", m->columns[k].name);
	char sep = fx_csv_separator(f->csv);
	char sep_name[4] = {sep, '\0', '\0', '\0'};
	if (sep == '\t')
		memcpy(sep_name, "tab", 4);
	return fx_error_set(FX_EINVAL,
	                    "%s: row 1: no column %s, the invoice number (number, BT-1) that tells "
	                    "which rows make an invoice (is row 1 the header row? the separator "
	                    "found is '%s')",
	                    f->path, names, sep_name);
}

/* Opens one file and reads its header row. */
int fx_bfile_open(fx_bsrc *s, fx_bfile *f, const char *path, const fx_batch_input *in,
                  bool invoices_file)
{
	fx_csv_options o;
	fx_csv_options_init(&o, FX_CSV_OPTIONS_VERSION);
	o.encoding = in->encoding;
	o.separator = in->separator;
	f->path = path;
	int rc = fx_csv_open_file(path, &o, &f->csv);
	if (rc < 0)
		return rc;
	fx_csv_record rec;
	rc = fx_csv_next(f->csv, &rec);
	if (rc == FX_CSV_END)
		return fx_error_set(FX_EINVAL, "%s: the file is empty (expected a header row)",
		                    path);
	if (rc < 0)
		return rc;
	if (rec.problem)
		return fx_error_set(FX_EINVAL, "%s: row 1 (the header row): %s", path, rec.problem);
	f->n_header = rec.n_fields;
	f->names = fx_arena_calloc(s->arena, f->n_header * sizeof *f->names);
	f->column = fx_arena_alloc(s->arena, f->n_header * sizeof *f->column);
	f->field = fx_arena_alloc(s->arena, f->n_header * sizeof *f->field);
	if (!f->names || !f->column || !f->field)
		return fx_error_oom();
	for (size_t i = 0; i < rec.n_fields; i++)
		if ((rc = bind_column(s, f, i, &rec.fields[i])) < 0)
			return rc;
	rc = check_header(s, f, invoices_file);
	if (rc < 0)
		return rc;
	fx_csv_record next;
	rc = fx_csv_next(f->csv, &next);
	if (rc == FX_OK)
		f->data_start = next.pos;
	else if (rc == FX_CSV_END)
		f->data_start = (fx_csv_position){0, 0, 0};
	else
		return rc;
	return FX_OK;
}
