/*
 * Reading delimited text: RFC 4180 quoting, any of ';', ',' or tab.
 */
#include "chorus/csv.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"

/* Starts a reader; guesses the separator from the first line. */
void fx_csv_init(fx_csv *r, const char *data, size_t len, const char *path)
{
	r->data = data;
	r->len = len;
	r->pos = 0;
	r->line = 1;
	r->path = path;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3;
	size_t end = r->pos;
	while (end < len && data[end] != '\n')
		end++;
	r->sep = ',';
	if (memchr(data + r->pos, ';', end - r->pos))
		r->sep = ';';
	else if (memchr(data + r->pos, '\t', end - r->pos))
		r->sep = '\t';
}

/* Appends the finished field in b to rec. */
static int push_field(fx_csv_record *rec, fx_buf *b)
{
	if (b->failed)
		return fx_error_oom();
	if (rec->n == rec->cap) {
		size_t cap = rec->cap ? rec->cap * 2 : 32;
		char **grown = realloc(rec->fields, cap * sizeof *grown);
		if (!grown)
			return fx_error_oom();
		rec->fields = grown;
		rec->cap = cap;
	}
	char *text = fx_buf_detach(b, NULL);
	if (!text)
		return fx_error_oom();
	rec->fields[rec->n++] = text;
	return FX_OK;
}

/* Reads a quoted field (r->pos just after the opening quote) into b. */
static int read_quoted(fx_csv *r, fx_buf *b, long start_line)
{
	for (;;) {
		if (r->pos >= r->len)
			return fx_error_set(FX_EINVAL, "%s:%ld: a quoted field is not closed",
			                    r->path, start_line);
		char c = r->data[r->pos++];
		if (c == '"') {
			if (r->pos < r->len && r->data[r->pos] == '"') {
				r->pos++;
				fx_buf_append(b, "\"", 1);
				continue;
			}
			return FX_OK;
		}
		if (c == '\n')
			r->line++;
		fx_buf_append(b, &c, 1);
	}
}

/* Frees the fields of a record. */
void fx_csv_record_free(fx_csv_record *rec)
{
	for (size_t i = 0; i < rec->n; i++)
		free(rec->fields[i]);
	rec->n = 0;
}

/* Returns true when the record is one empty field (a blank line). */
static int blank(const fx_csv_record *rec)
{
	return rec->n == 1 && rec->fields[0][0] == '\0';
}

/* Reads one record, blank lines included. */
static int read_record(fx_csv *r, fx_csv_record *rec)
{
	fx_csv_record_free(rec);
	rec->line = r->line;
	fx_buf b = {0};
	int rc = FX_OK;
	for (;;) {
		if (r->pos < r->len && r->data[r->pos] == '"') {
			r->pos++;
			rc = read_quoted(r, &b, rec->line);
			if (rc != FX_OK)
				break;
		}
		size_t start = r->pos;
		while (r->pos < r->len && r->data[r->pos] != r->sep && r->data[r->pos] != '\n')
			r->pos++;
		size_t end = r->pos;
		if (end > start && r->data[end - 1] == '\r')
			end--;
		fx_buf_append(&b, r->data + start, end - start);
		rc = push_field(rec, &b);
		if (rc != FX_OK || r->pos >= r->len)
			break;
		if (r->data[r->pos++] == '\n') {
			r->line++;
			break;
		}
	}
	fx_buf_free(&b);
	return rc;
}

/* Reads the next non-blank record. */
int fx_csv_next(fx_csv *r, fx_csv_record *rec)
{
	while (r->pos < r->len) {
		int rc = read_record(r, rec);
		if (rc != FX_OK)
			return rc;
		if (!blank(rec))
			return 1;
	}
	fx_csv_record_free(rec);
	return 0;
}
