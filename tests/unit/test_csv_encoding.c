/*
 * Unit tests of the CSV reader's encodings: UTF-8 with or without byte order
 * mark, Windows-1252 (euro 0x80, oe 0x9C, typographic apostrophe 0x92) and
 * ISO-8859-15 (euro 0xA4, oe 0xBD) detected and converted to UTF-8, a forced
 * encoding, bytes that are not of the encoding, and what is refused
 * (UTF-16, workbooks, unknown or multi-byte encodings).
 */
#include <string.h>

#include "facturx/csv.h"
#include "test_support.h"

/* Opens len bytes of data with encoding enc (NULL: detected). */
static fx_csv_reader *open_bytes(const char *data, size_t len, const char *enc)
{
	fx_csv_options o;
	fx_csv_options_init(&o, FX_CSV_OPTIONS_VERSION);
	o.encoding = enc;
	fx_csv_reader *r = NULL;
	int rc = fx_csv_open_memory(data, len, "t.csv", &o, &r);
	ck_assert_msg(rc == FX_OK, "open: %s", fx_error_last()->message);
	return r;
}

/* Reads the only data row of r and checks its second field. */
static void second_row_field_is(fx_csv_reader *r, size_t i, const char *want)
{
	fx_csv_record rec;
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_OK);
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_OK);
	ck_assert_uint_gt(rec.n_fields, i);
	ck_assert_msg(rec.fields[i].len == strlen(want) &&
	                  memcmp(rec.fields[i].text, want, rec.fields[i].len) == 0,
	              "got '%.*s', expected '%s'", (int)rec.fields[i].len, rec.fields[i].text,
	              want);
	ck_assert_ptr_null(rec.problem);
}

/* Windows-1252 as Excel writes it in France is detected and converted. */
START_TEST(windows_1252)
{
	static const char data[] = "Num\xe9ro;D\xe9signation\r\n"
	                           "1;Main d\x92\x9cuvre \x96 49 \x80 \xab HT \xbb\r\n";
	fx_csv_reader *r = open_bytes(data, sizeof data - 1, NULL);
	ck_assert_str_eq(fx_csv_encoding(r), "windows-1252");
	fx_csv_record rec;
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_OK);
	ck_assert_int_eq(memcmp(rec.fields[0].text, "Numéro", rec.fields[0].len), 0);
	fx_csv_close(r);
	r = open_bytes(data, sizeof data - 1, NULL);
	second_row_field_is(r, 1, "Main d’œuvre – 49 € « HT »");
	fx_csv_close(r);
}
END_TEST

/* ISO-8859-15 (euro at 0xA4, oe at 0xBD) is told from Windows-1252. */
START_TEST(iso_8859_15)
{
	static const char data[] = "Ref;Libelle\n1;C\xbd"
	                           "ur de r\xe9seau \xe0 12 \xa4\n";
	fx_csv_reader *r = open_bytes(data, sizeof data - 1, NULL);
	ck_assert_str_eq(fx_csv_encoding(r), "ISO-8859-15");
	second_row_field_is(r, 1, "Cœur de réseau à 12 €");
	fx_csv_close(r);
	/* forced as Windows-1252, the same bytes read differently */
	r = open_bytes(data, sizeof data - 1, "windows-1252");
	ck_assert_str_eq(fx_csv_encoding(r), "windows-1252");
	second_row_field_is(r, 1, "C½ur de réseau à 12 ¤");
	fx_csv_close(r);
}
END_TEST

/* Only accented letters shared by both: read as Windows-1252 (the same). */
START_TEST(latin_common)
{
	static const char data[] = "a;b\n1;\xe9t\xe9\n";
	fx_csv_reader *r = open_bytes(data, sizeof data - 1, NULL);
	ck_assert_str_eq(fx_csv_encoding(r), "windows-1252");
	second_row_field_is(r, 1, "été");
	fx_csv_close(r);
}
END_TEST

/* UTF-8 without a byte order mark is detected; pure ASCII is UTF-8. */
START_TEST(utf8_without_bom)
{
	const char *data = "a,b\n1,\"1 234,56 €\"\n";
	fx_csv_reader *r = open_bytes(data, strlen(data), NULL);
	ck_assert_str_eq(fx_csv_encoding(r), "UTF-8");
	ck_assert(!fx_csv_has_bom(r));
	second_row_field_is(r, 1, "1 234,56 €");
	fx_csv_close(r);
	r = open_bytes("a;b\n", 4, NULL);
	ck_assert_str_eq(fx_csv_encoding(r), "UTF-8");
	fx_csv_close(r);
}
END_TEST

/* A byte that is not of the forced encoding is a problem of its record. */
START_TEST(bad_bytes)
{
	static const char data[] = "a;b\n1;caf\xe9\n";
	fx_csv_reader *r = open_bytes(data, sizeof data - 1, "UTF-8");
	fx_csv_record rec;
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_OK);
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_OK);
	ck_assert_str_eq(rec.problem, "byte 0xE9 is not UTF-8 (is the file in Windows-1252? then "
	                              "give the encoding)");
	ck_assert_uint_eq(rec.problem_field, 1);
	ck_assert_uint_eq(rec.problem_line, 2);
	fx_csv_close(r);
	static const char undefined[] = "a;b\n1;x\xe9y\n"; /* nothing in US-ASCII */
	r = open_bytes(undefined, sizeof undefined - 1, "US-ASCII");
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_OK);
	ck_assert_int_eq(fx_csv_next(r, &rec), FX_OK);
	ck_assert_str_eq(rec.problem, "byte 0xE9 has no character in US-ASCII");
	fx_csv_close(r);
}
END_TEST

/* What cannot be read is refused when opening, with a message that says
 * what to do. */
START_TEST(refused)
{
	fx_csv_reader *r = NULL;
	static const char utf16[] = "\xff\xfe"
	                            "a\0;\0b\0";
	ck_assert_int_eq(fx_csv_open_memory(utf16, sizeof utf16 - 1, "u.csv", NULL, &r), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message,
	                 "u.csv: the file is in UTF-16 or UTF-32 (or is not text at all): save it "
	                 "as \"CSV UTF-8\" (or CSV in Windows-1252)");
	static const char xlsx[] = "PK\x03\x04rest";
	ck_assert_int_eq(fx_csv_open_memory(xlsx, sizeof xlsx - 1, "f.xlsx", NULL, &r), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "ZIP file"));
	fx_csv_options o;
	fx_csv_options_init(&o, FX_CSV_OPTIONS_VERSION);
	o.encoding = "klingon-8";
	ck_assert_int_eq(fx_csv_open_memory("a", 1, "k.csv", &o, &r), FX_EUSAGE);
	ck_assert_str_eq(fx_error_last()->message,
	                 "unknown encoding 'klingon-8' (expected UTF-8, windows-1252, ISO-8859-15 "
	                 "or another ICU encoding name)");
	o.encoding = "Shift_JIS";
	ck_assert_int_eq(fx_csv_open_memory("a", 1, "k.csv", &o, &r), FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "is not supported"));
	o.encoding = "UTF-16LE";
	ck_assert_int_eq(fx_csv_open_memory("a", 1, "k.csv", &o, &r), FX_EUSAGE);
}
END_TEST

/* The suite. */
static Suite *csv_encoding_suite(void)
{
	Suite *s = suite_create("csv_encoding");
	TCase *tc = tcase_create("encoding");
	tcase_add_test(tc, windows_1252);
	tcase_add_test(tc, iso_8859_15);
	tcase_add_test(tc, latin_common);
	tcase_add_test(tc, utf8_without_bom);
	tcase_add_test(tc, bad_bytes);
	tcase_add_test(tc, refused);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(csv_encoding_suite());
}
