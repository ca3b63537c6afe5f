/*
 * Helpers of the works tests (included by one test program each): paths of
 * the examples/works statements, reading a description, running a series
 * in order and comparing decimals with expected texts.
 */
#ifndef FX_TEST_WORKS_SUPPORT_H
#define FX_TEST_WORKS_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "test_support.h"

#define FX_TW_DIR FX_SOURCE_DIR "/examples/works"

/* The titulaire's series, in order. */
static const char *const fx_tw_titulaire[] = {
    FX_TW_DIR "/titulaire/01-mensuel-2025-01.json", FX_TW_DIR "/titulaire/02-mensuel-2025-02.json",
    FX_TW_DIR "/titulaire/03-mensuel-2025-03.json", FX_TW_DIR "/titulaire/04-mensuel-2025-04.json",
    FX_TW_DIR "/titulaire/05-decompte-final.json",  FX_TW_DIR "/titulaire/06-dgd.json"};
#define FX_TW_COTRAITANT FX_TW_DIR "/cotraitant/01-mensuel-2025-03.json"
#define FX_TW_SOUS_TRAITANT FX_TW_DIR "/sous-traitant/01-mensuel-2025-04.json"

/* Reads the description at path or fails the test. */
static inline fx_works_description *fx_tw_read(const char *path)
{
	fx_works_description *d = NULL;
	int rc = fx_works_read_file(path, &d);
	ck_assert_msg(rc == FX_OK, "%s: %s", path, fx_error_last()->message);
	return d;
}

/* Reads a description held in memory (base_dir: the examples of the
 * titulaire) or fails the test. */
static inline fx_works_description *fx_tw_parse(const char *json)
{
	fx_works_description *d = NULL;
	int rc = fx_works_read_memory(json, strlen(json), "test.json", FX_TW_DIR "/titulaire", &d);
	ck_assert_msg(rc == FX_OK, "test.json: %s", fx_error_last()->message);
	return d;
}

/* Computes the statement of d in series s (and records it), or fails. */
static inline fx_works_statement *fx_tw_compute(const fx_works_description *d, fx_works_series *s)
{
	fx_works_statement *st = NULL;
	int rc = fx_works_compute(d, s, &st);
	ck_assert_msg(rc == FX_OK, "compute: %s", fx_error_last()->message);
	if (s) {
		rc = fx_works_series_record(s, st);
		ck_assert_msg(rc == FX_OK, "record: %s", fx_error_last()->message);
	}
	return st;
}

/* Records the first n statements of the titulaire's series into a new series. */
static inline fx_works_series *fx_tw_series(size_t n)
{
	fx_works_series *s = NULL;
	ck_assert_int_eq(fx_works_series_new(&s), FX_OK);
	for (size_t i = 0; i < n; i++) {
		fx_works_description *d = fx_tw_read(fx_tw_titulaire[i]);
		fx_works_statement_free(fx_tw_compute(d, s));
		fx_works_description_free(d);
	}
	return s;
}

/* Asserts that d equals the decimal text want (what: for the message). */
static inline void fx_tw_eq(const char *what, fx_decimal d, const char *want)
{
	fx_decimal w;
	ck_assert_int_eq(fx_decimal_parse(want, strlen(want), &w), FX_OK);
	char got[FX_DECIMAL_STRLEN] = "absent";
	if (d.set)
		fx_decimal_format(d, got, sizeof got);
	ck_assert_msg(d.set && fx_decimal_cmp(d, w) == 0, "%s: got %s, want %s", what, got, want);
}

/* Asserts that the last error message contains part. */
static inline void fx_tw_message(const char *part)
{
	const char *m = fx_error_last()->message;
	ck_assert_msg(strstr(m, part) != NULL, "message \"%s\" lacks \"%s\"", m, part);
}

#endif
