/*
 * Unit tests of the CSV reader's syntax: separators (detected, forced, an
 * Excel "sep=" line), quoted fields with separators, doubled quotes and
 * line breaks, the physical line of every field, the line ends of every
 * system, a UTF-8 byte order mark, empty trailing columns and rows, the
 * problems of malformed records (with their field and line), seeking back,
 * and a file read in chunks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "facturx/csv.h"
#include "test_support.h"

/* Opens text with the default options (or a forced separator). */
static fx_csv_reader *open_text(const char *text, char sep)
{
	fx_csv_options o;
	fx_csv_options_init(&o, FX_CSV_OPTIONS_VERSION);
	o.separator = sep;
	fx_csv_reader *r = NULL;
	int rc = fx_csv_open_memory(text, strlen(text), "t.csv", &o, &r);
	ck_assert_msg(rc == FX_OK, "open: %s", fx_error_last()->message);
	return r;
}

/* Reads the next record and checks that it has n fields. */
static fx_csv_record next(fx_csv_reader *r, size_t n)
{
	fx_csv_record rec;
	int rc = fx_csv_next(r, &rec);
	ck_assert_msg(rc == FX_OK, "next: %d %s", rc, fx_error_last()->message);
	ck_assert_msg(rec.n_fields == n, "row %lu: %zu fields, expected %zu", rec.pos.row,
	              rec.n_fields, n);
	return rec;
}

/* Checks field i of rec. */
static void field_is(const fx_csv_record *rec, size_t i, const char *want)
{
	ck_assert_uint_lt(i, rec->n_fields);
	ck_assert_msg(rec->fields[i].len == strlen(want) &&
	                  memcmp(rec->fields[i].text, want, strlen(want)) == 0,
	              "row %lu field %zu: '%.*s', expected '%s'", rec->pos.row, i,
	              (int)rec->fields[i].len, rec->fields[i].text, want);
}

/* Checks that the reader is at its end. */
static void at_end(fx_csv_reader *r)
{
	fx_csv_record rec;
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_CSV_END);
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_CSV_END);
}

/* The separator is the most frequent of ; tab , on the first line. */
START_TEST(separator_detected)
{
	fx_csv_reader *r = open_text("a;b;c\n1,5;2;3\n", 0);
	ck_assert_int_eq(fx_csv_separator(r), ';');
	fx_csv_record rec = next(r, 3);
	field_is(&rec, 2, "c");
	rec = next(r, 3);
	field_is(&rec, 0, "1,5");
	fx_csv_close(r);
	r = open_text("a,b,\"c;d\"\n", 0);
	ck_assert_int_eq(fx_csv_separator(r), ',');
	rec = next(r, 3);
	field_is(&rec, 2, "c;d");
	fx_csv_close(r);
	r = open_text("a\tb\tc,d\n", 0);
	ck_assert_int_eq(fx_csv_separator(r), '\t');
	next(r, 3);
	fx_csv_close(r);
	r = open_text("a;b,c\n", 0); /* a tie prefers ';' */
	ck_assert_int_eq(fx_csv_separator(r), ';');
	fx_csv_close(r);
	r = open_text("a;b\n", ','); /* forced */
	next(r, 1);
	fx_csv_close(r);
}
END_TEST

/* "sep=," as Excel writes it sets the separator and is not a record. */
START_TEST(excel_sep_line)
{
	fx_csv_reader *r = open_text("sep=,\r\na;b,c\r\n1,2\r\n", 0);
	ck_assert_int_eq(fx_csv_separator(r), ',');
	fx_csv_record rec = next(r, 2);
	ck_assert_uint_eq(rec.pos.row, 1);
	ck_assert_uint_eq(rec.pos.line, 2);
	field_is(&rec, 0, "a;b");
	rec = next(r, 2);
	ck_assert_uint_eq(rec.pos.row, 2);
	ck_assert_uint_eq(rec.pos.line, 3);
	at_end(r);
	fx_csv_close(r);
}
END_TEST

/* Quoted fields keep separators, doubled quotes and line breaks; every
 * field knows the physical line where it starts. */
START_TEST(quotes_and_line_breaks)
{
	fx_csv_reader *r = open_text("n;d;q\r\n"
	                             "1;\"Câble; 5 m\";2\r\n"
	                             "2;\"Formation\r\n(2 sessions)\";\"dit \"\"bonjour\"\"\"\r\n"
	                             "3;\"\";x\r\n",
	                             0);
	next(r, 3);
	fx_csv_record rec = next(r, 3);
	field_is(&rec, 1, "Câble; 5 m");
	ck_assert(rec.fields[1].quoted);
	ck_assert(!rec.fields[2].quoted);
	rec = next(r, 3);
	ck_assert_uint_eq(rec.pos.row, 3);
	ck_assert_uint_eq(rec.pos.line, 3);
	ck_assert_uint_eq(rec.end_line, 4);
	field_is(&rec, 1, "Formation\n(2 sessions)");
	field_is(&rec, 2, "dit \"bonjour\"");
	ck_assert_uint_eq(rec.fields[1].line, 3);
	ck_assert_uint_eq(rec.fields[2].line, 4);
	ck_assert_ptr_null(rec.problem);
	rec = next(r, 3);
	ck_assert_uint_eq(rec.pos.row, 4);
	ck_assert_uint_eq(rec.pos.line, 5);
	field_is(&rec, 1, "");
	at_end(r);
	fx_csv_close(r);
}
END_TEST

/* LF, CRLF and CR alone all end a record; the last one may have no end. */
START_TEST(line_ends)
{
	fx_csv_reader *r = open_text("a;b\r1;2\n3;4\r\n5;6", 0);
	const char *firsts[] = {"a", "1", "3", "5"};
	for (unsigned long i = 0; i < 4; i++) {
		fx_csv_record rec = next(r, 2);
		ck_assert_uint_eq(rec.pos.line, i + 1);
		field_is(&rec, 0, firsts[i]);
	}
	at_end(r);
	fx_csv_close(r);
}
END_TEST

/* A quote inside an unquoted field is an ordinary character. */
START_TEST(quote_inside_unquoted)
{
	fx_csv_reader *r = open_text("a;b\nécran 24\";x\n", 0);
	next(r, 2);
	fx_csv_record rec = next(r, 2);
	field_is(&rec, 0, "écran 24\"");
	ck_assert_ptr_null(rec.problem);
	fx_csv_close(r);
}
END_TEST

/* A UTF-8 byte order mark is skipped and reported. */
START_TEST(byte_order_mark)
{
	fx_csv_reader *r = open_text("\xEF\xBB\xBFNuméro;Date\n1;2\n", 0);
	ck_assert(fx_csv_has_bom(r));
	ck_assert_str_eq(fx_csv_encoding(r), "UTF-8");
	fx_csv_record rec = next(r, 2);
	field_is(&rec, 0, "Numéro");
	fx_csv_close(r);
	r = open_text("Numéro;Date\n", 0);
	ck_assert(!fx_csv_has_bom(r));
	fx_csv_close(r);
}
END_TEST

/* Empty trailing columns and rows (as spreadsheets leave them) are read as
 * empty fields and blank records. */
START_TEST(trailing_empties)
{
	fx_csv_reader *r = open_text("a;b;;\r\n1;2;;\r\n;;;\r\n\r\n", 0);
	fx_csv_record rec = next(r, 4);
	field_is(&rec, 2, "");
	ck_assert(!fx_csv_record_is_blank(&rec));
	rec = next(r, 4);
	rec = next(r, 4);
	ck_assert(fx_csv_record_is_blank(&rec));
	rec = next(r, 1);
	ck_assert(fx_csv_record_is_blank(&rec));
	at_end(r);
	fx_csv_close(r);
	r = open_text("", 0);
	at_end(r);
	fx_csv_close(r);
}
END_TEST

/* Malformed records are returned with their problem, its field and line,
 * and reading goes on after them. */
START_TEST(problems)
{
	fx_csv_reader *r = open_text("a;b;c\n"
	                             "1;\"x\"y;3\n"
	                             "2;ok;3\n"
	                             "3;\"never\nclosed;4\n",
	                             0);
	next(r, 3);
	fx_csv_record rec = next(r, 3);
	ck_assert_ptr_nonnull(rec.problem);
	ck_assert_str_eq(rec.problem, "text after the closing quote (a quote inside a quoted "
	                              "field must be doubled: \"\")");
	ck_assert_uint_eq(rec.problem_field, 1);
	ck_assert_uint_eq(rec.problem_line, 2);
	field_is(&rec, 1, "xy");
	rec = next(r, 3);
	ck_assert_ptr_null(rec.problem);
	rec = next(r, 2);
	ck_assert_str_eq(rec.problem, "the quote opened on line 4 is never closed");
	ck_assert_uint_eq(rec.problem_field, 1);
	ck_assert_uint_eq(rec.problem_line, 4);
	at_end(r);
	fx_csv_close(r);
}
END_TEST

/* Limits: a field too long is cut, too many fields are dropped; both are
 * problems. */
START_TEST(limits)
{
	fx_csv_options o;
	fx_csv_options_init(&o, FX_CSV_OPTIONS_VERSION);
	o.max_field_bytes = 8;
	o.max_fields = 3;
	o.separator = ';';
	const char *text = "0123456789;b\n1;2;3;4\n1;2;3;;\n";
	fx_csv_reader *r = NULL;
	ck_assert_int_eq(fx_csv_open_memory(text, strlen(text), "t.csv", &o, &r), FX_OK);
	fx_csv_record rec = next(r, 2);
	field_is(&rec, 0, "01234567");
	ck_assert_str_eq(rec.problem, "the field is longer than 8 bytes (it was cut)");
	ck_assert_uint_eq(rec.problem_field, 0);
	rec = next(r, 3);
	ck_assert_str_eq(rec.problem, "the record has more than 3 fields");
	ck_assert_uint_eq(rec.problem_field, 3);
	rec = next(r, 3); /* empty extra fields are no problem */
	ck_assert_ptr_null(rec.problem);
	fx_csv_close(r);
}
END_TEST

/* fx_csv_seek comes back to a record with its row and line numbers. */
START_TEST(seek_back)
{
	fx_csv_reader *r = open_text("h;x\n1;\"a\nb\"\n2;c\n3;d\n", 0);
	next(r, 2);
	next(r, 2);
	fx_csv_record rec = next(r, 2);
	fx_csv_position pos = rec.pos;
	ck_assert_uint_eq(pos.row, 3);
	ck_assert_uint_eq(pos.line, 4);
	next(r, 2);
	at_end(r);
	ck_assert_int_eq(fx_csv_seek(r, &pos), FX_OK);
	rec = next(r, 2);
	ck_assert_uint_eq(rec.pos.row, 3);
	ck_assert_uint_eq(rec.pos.line, 4);
	field_is(&rec, 1, "c");
	rec = next(r, 2);
	ck_assert_uint_eq(rec.pos.row, 4);
	fx_csv_close(r);
}
END_TEST

/* A file larger than the reader's chunk: multi-byte characters and quoted
 * line breaks across chunk borders, the same records as from memory. */
START_TEST(file_in_chunks)
{
	char path[] = "/tmp/fx_csv_XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	FILE *f = fdopen(fd, "wb");
	fputs("n;désignation;prix\r\n", f);
	for (int i = 0; i < 20000; i++)
		fprintf(f, "%d;\"Câble réseau «%d»\r\n(é; ü)\";%d,50\r\n", i, i, i);
	fclose(f);
	fx_csv_reader *r = NULL;
	ck_assert_int_eq(fx_csv_open_file(path, NULL, &r), FX_OK);
	ck_assert_str_eq(fx_csv_encoding(r), "UTF-8");
	ck_assert_int_eq(fx_csv_separator(r), ';');
	next(r, 3);
	for (int i = 0; i < 20000; i++) {
		fx_csv_record rec = next(r, 3);
		char want[64];
		snprintf(want, sizeof want, "Câble réseau «%d»\n(é; ü)", i);
		field_is(&rec, 1, want);
		ck_assert_ptr_null(rec.problem);
		ck_assert_uint_eq(rec.pos.line, 2 + 2 * (unsigned long)i);
	}
	at_end(r);
	fx_csv_close(r);
	unlink(path);
	ck_assert_int_eq(fx_csv_open_file(path, NULL, &r), FX_EIO);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "cannot open"));
}
END_TEST

/* Wrong calls are usage errors. */
START_TEST(usage)
{
	fx_csv_options o;
	ck_assert_int_eq(fx_csv_options_init(&o, 99), FX_EUSAGE);
	fx_csv_reader *r = NULL;
	ck_assert_int_eq(fx_csv_open_memory(NULL, 3, "x", NULL, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_csv_next(NULL, NULL), FX_EUSAGE);
	fx_csv_close(NULL);
}
END_TEST

/* The suite. */
static Suite *csv_reader_suite(void)
{
	Suite *s = suite_create("csv_reader");
	TCase *tc = tcase_create("reader");
	tcase_add_test(tc, separator_detected);
	tcase_add_test(tc, excel_sep_line);
	tcase_add_test(tc, quotes_and_line_breaks);
	tcase_add_test(tc, line_ends);
	tcase_add_test(tc, quote_inside_unquoted);
	tcase_add_test(tc, byte_order_mark);
	tcase_add_test(tc, trailing_empties);
	tcase_add_test(tc, problems);
	tcase_add_test(tc, limits);
	tcase_add_test(tc, seek_back);
	tcase_add_test(tc, file_in_chunks);
	tcase_add_test(tc, usage);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(csv_reader_suite());
}
