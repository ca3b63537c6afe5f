/*
 * The CSV syntax (RFC 4180 as spreadsheets write it): records end with
 * CRLF, LF or CR; a field between double quotes may hold separators, line
 * breaks and doubled quotes; a quote inside an unquoted field is an
 * ordinary character. Malformed records are returned with a problem.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "input/csv/csv_internal.h"

/* Appends byte c to the raw field, up to the field size limit. */
static int raw_push(fx_csv_reader *r, unsigned char c, size_t f)
{
	if (r->raw_len >= r->max_field_bytes) {
		fx_csv_problem(r, f, r->line, "the field is longer than %zu bytes (it was cut)",
		               r->max_field_bytes);
		return FX_OK;
	}
	if (r->raw_len == r->raw_cap) {
		size_t cap = r->raw_cap ? r->raw_cap * 2 : 256;
		unsigned char *p = realloc(r->raw, cap);
		if (!p)
			return fx_error_oom();
		r->raw = p;
		r->raw_cap = cap;
	}
	r->raw[r->raw_len++] = c;
	return FX_OK;
}

/* Consumes a line end whose first byte c was just read (CR LF, LF or CR). */
static void consume_line_end(fx_csv_reader *r, int c)
{
	if (c == '\r' && fx_csv_peek(r) == '\n')
		fx_csv_getc(r);
	r->line++;
}

/* Reads a quoted field up to its closing quote (the opening one is read);
 * line breaks inside become LF. */
static int read_quoted(fx_csv_reader *r, size_t f, unsigned long opened)
{
	for (;;) {
		int c = fx_csv_getc(r);
		int rc = FX_OK;
		if (c < 0) {
			fx_csv_problem(r, f, opened, "the quote opened on line %lu is never closed",
			               opened);
			return FX_OK;
		}
		if (c == '"') {
			if (fx_csv_peek(r) != '"')
				return FX_OK;
			fx_csv_getc(r);
			rc = raw_push(r, '"', f);
		} else if (c == '\n' || c == '\r') {
			consume_line_end(r, c);
			rc = raw_push(r, '\n', f);
		} else {
			rc = raw_push(r, (unsigned char)c, f);
		}
		if (rc < 0)
			return rc;
	}
}

/* Makes room for one more field in the record's arrays. */
static int grow_fields(fx_csv_reader *r)
{
	if (r->n_fields < r->fields_cap)
		return FX_OK;
	size_t cap = r->fields_cap ? r->fields_cap * 2 : 32;
	fx_csv_span *s = realloc(r->spans, cap * sizeof *s);
	if (s)
		r->spans = s;
	fx_csv_field *fl = s ? realloc(r->fields, cap * sizeof *fl) : NULL;
	if (!fl)
		return fx_error_oom();
	r->fields = fl;
	r->fields_cap = cap;
	return FX_OK;
}

/* Stores the raw field read so far as field f of the record. */
static int store_field(fx_csv_reader *r, size_t f, unsigned long line, bool quoted)
{
	if (f >= r->max_fields) {
		if (r->raw_len)
			fx_csv_problem(r, f, line, "the record has more than %zu fields",
			               r->max_fields);
		return FX_OK;
	}
	int rc = grow_fields(r);
	size_t start = r->text_len;
	if (rc == FX_OK)
		rc = fx_csv_append(r, r->raw, r->raw_len, f, line);
	if (rc < 0)
		return rc;
	r->spans[r->n_fields++] = (fx_csv_span){start, r->text_len - start, line, quoted};
	return FX_OK;
}

/* Reads one field; *last tells whether it ended the record. */
static int read_field(fx_csv_reader *r, bool *last)
{
	size_t f = r->n_fields;
	unsigned long line = r->line;
	bool quoted = fx_csv_peek(r) == '"';
	bool complained = false;
	int rc = FX_OK;
	r->raw_len = 0;
	if (quoted) {
		fx_csv_getc(r);
		rc = read_quoted(r, f, line);
	}
	*last = true;
	r->end_line = r->line;
	for (int c; rc == FX_OK && (c = fx_csv_getc(r)) >= 0;) {
		if (c == r->sep) {
			*last = false;
			break;
		}
		if (c == '\n' || c == '\r') {
			r->end_line = r->line;
			consume_line_end(r, c);
			break;
		}
		if (quoted && (c == ' ' || c == '\t'))
			continue;
		if (quoted && !complained) {
			fx_csv_problem(
			    r, f, r->line,
			    "text after the closing quote (a quote inside a quoted field "
			    "must be doubled: \"\")");
			complained = true;
		}
		rc = raw_push(r, (unsigned char)c, f);
	}
	return rc < 0 ? rc : store_field(r, f, line, quoted);
}

/* Reads the next record. */
int fx_csv_next(fx_csv_reader *r, fx_csv_record *rec)
{
	if (!r || !rec)
		return fx_error_set(FX_EUSAGE, "fx_csv_next: NULL argument");
	r->text_len = 0;
	r->n_fields = 0;
	r->has_problem = false;
	if (fx_csv_peek(r) < 0) {
		if (r->read_error)
			return fx_error_set(FX_EIO, "cannot read '%s': %s", r->source,
			                    strerror(r->read_error));
		return FX_CSV_END;
	}
	fx_csv_position pos = {fx_csv_tell(r), r->row + 1, r->line};
	r->row++;
	for (bool last = false; !last;) {
		int rc = read_field(r, &last);
		if (rc < 0)
			return rc;
	}
	if (r->read_error)
		return fx_error_set(FX_EIO, "cannot read '%s': %s", r->source,
		                    strerror(r->read_error));
	for (size_t i = 0; i < r->n_fields; i++) {
		const fx_csv_span *s = &r->spans[i];
		r->fields[i] = (fx_csv_field){r->text + s->start, s->len, s->line, s->quoted};
	}
	memset(rec, 0, sizeof *rec);
	rec->pos = pos;
	rec->end_line = r->end_line;
	rec->fields = r->fields;
	rec->n_fields = r->n_fields;
	if (r->has_problem) {
		rec->problem = r->problem;
		rec->problem_field = r->problem_field;
		rec->problem_line = r->problem_line;
	}
	return FX_OK;
}

/* True when every field is empty or blank. */
bool fx_csv_record_is_blank(const fx_csv_record *rec)
{
	for (size_t i = 0; rec && i < rec->n_fields; i++)
		for (size_t k = 0; k < rec->fields[i].len; k++)
			if (rec->fields[i].text[k] != ' ' && rec->fields[i].text[k] != '\t')
				return false;
	return true;
}
