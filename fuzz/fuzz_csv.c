/*
 * Fuzz target for the CSV reader: any input, with the options its first
 * byte chooses (separator and encoding detected or forced, small limits),
 * must be read without crashing; every field must come out as well-formed
 * UTF-8 within the limits, rows and lines must go forward, and going back
 * to a record must read it again the same. Each field also goes through the
 * number and date parsers. Built with libFuzzer (fuzz/CMakeLists.txt) or
 * with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "facturx/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run: an invariant does not hold (a finding). */
static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_csv: %s\n", what);
	abort();
}

/* Chooses the options from the selector byte. */
static void choose_options(uint8_t sel, fx_csv_options *o)
{
	static const char seps[4] = {0, ';', ',', '\t'};
	static const char *const encodings[4] = {NULL, "UTF-8", "windows-1252", "ISO-8859-15"};
	fx_csv_options_init(o, FX_CSV_OPTIONS_VERSION);
	o->separator = seps[sel & 3];
	o->encoding = encodings[(sel >> 2) & 3];
	if (sel & 0x10) {
		o->max_field_bytes = 16;
		o->max_fields = 4;
	}
}

/* Checks a record's fields and feeds them to the value parsers. */
static void check_record(const fx_csv_record *rec, const fx_csv_options *o)
{
	size_t max_field = o->max_field_bytes ? o->max_field_bytes : 65536;
	size_t max_fields = o->max_fields ? o->max_fields : 1024;
	if (rec->n_fields == 0 || rec->n_fields > max_fields)
		fuzz_fail("a record has no field or too many");
	for (size_t i = 0; i < rec->n_fields; i++) {
		const fx_csv_field *f = &rec->fields[i];
		if (f->len > 3 * max_field)
			fuzz_fail("a field passes its limit");
		for (size_t k = 0; k < f->len;) {
			size_t n =
			    fx_utf8_valid_len((const unsigned char *)f->text + k, f->len - k);
			if (!n)
				fuzz_fail("a field is not well-formed UTF-8");
			k += n;
		}
		if (f->line < rec->pos.line || f->line > rec->end_line)
			fuzz_fail("a field's line is outside its record");
		fx_decimal d;
		fx_date date;
		fx_csv_parse_decimal(f->text, f->len, 0, &d);
		fx_csv_parse_decimal(f->text, f->len, ',', &d);
		fx_csv_parse_date(f->text, f->len, &date);
	}
}

/* Compares two records field by field. */
static int same_record(const fx_csv_record *a, const fx_csv_record *b)
{
	if (a->n_fields != b->n_fields || a->pos.row != b->pos.row || a->pos.line != b->pos.line)
		return 0;
	for (size_t i = 0; i < a->n_fields; i++)
		if (a->fields[i].len != b->fields[i].len ||
		    memcmp(a->fields[i].text, b->fields[i].text, a->fields[i].len) != 0)
			return 0;
	return 1;
}

/* Copies a record's fields (to compare after the reader moved on). */
static fx_csv_record copy_record(const fx_csv_record *rec, fx_csv_field *fields, char *text)
{
	fx_csv_record c = *rec;
	size_t at = 0;
	for (size_t i = 0; i < rec->n_fields; i++) {
		memcpy(text + at, rec->fields[i].text, rec->fields[i].len);
		fields[i] = rec->fields[i];
		fields[i].text = text + at;
		at += rec->fields[i].len;
	}
	c.fields = fields;
	return c;
}

/* One input: read every record, then come back to the second one. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	fx_csv_options o;
	choose_options(data[0], &o);
	fx_csv_reader *r = NULL;
	if (fx_csv_open_memory(data + 1, size - 1, "fuzz.csv", &o, &r) != FX_OK)
		return 0;
	fx_csv_record rec, kept = {0};
	fx_csv_field *fields = NULL;
	char *text = NULL;
	unsigned long row = 0, line = 0;
	int rc;
	while ((rc = fx_csv_next(r, &rec)) == FX_OK) {
		check_record(&rec, &o);
		if (rec.pos.row != row + 1 || rec.pos.line <= line || rec.end_line < rec.pos.line)
			fuzz_fail("rows or lines do not go forward");
		row = rec.pos.row;
		line = rec.end_line;
		if (row == 2) {
			size_t total = 0;
			for (size_t i = 0; i < rec.n_fields; i++)
				total += rec.fields[i].len;
			fields = malloc(rec.n_fields * sizeof *fields);
			text = malloc(total + 1);
			if (fields && text)
				kept = copy_record(&rec, fields, text);
		}
	}
	if (rc != FX_CSV_END && rc != FX_ENOMEM)
		fuzz_fail("reading memory failed");
	if (kept.n_fields) {
		if (fx_csv_seek(r, &kept.pos) != FX_OK || fx_csv_next(r, &rec) != FX_OK ||
		    !same_record(&kept, &rec))
			fuzz_fail("a record read again differs");
	}
	free(fields);
	free(text);
	fx_csv_close(r);
	return 0;
}
