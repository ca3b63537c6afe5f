/*
 * Helpers shared by the JSON unit tests (test_json*.c).
 */
#ifndef FX_TEST_JSON_SUPPORT_H
#define FX_TEST_JSON_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "test_support.h"

/* Reads text (NUL-terminated) as "invoice.json" and returns the invoice,
 * failing the test when reading fails. */
static inline fx_invoice *tj_read_ok(const char *text)
{
	fx_invoice *inv = NULL;
	int rc = fx_json_read_memory(text, strlen(text), "invoice.json", &inv);
	ck_assert_msg(rc == FX_OK, "read failed (%d): %s", rc, fx_error_last()->message);
	ck_assert_ptr_nonnull(inv);
	return inv;
}

/* Reads len bytes as "invoice.json", expects FX_EINVAL with exactly the
 * message want, and checks that the out parameter was left alone. */
static inline void tj_fail_n(const char *text, size_t len, const char *want)
{
	fx_invoice *inv = (fx_invoice *)(void *)&inv; /* sentinel */
	int rc = fx_json_read_memory(text, len, "invoice.json", &inv);
	ck_assert_msg(rc == FX_EINVAL, "expected FX_EINVAL, got %d (%s) for %s", rc,
	              fx_error_last()->message, text);
	ck_assert_ptr_eq(inv, (fx_invoice *)(void *)&inv);
	ck_assert_str_eq(fx_error_last()->message, want);
}

/* Same as tj_fail_n for a NUL-terminated text. */
static inline void tj_fail(const char *text, const char *want)
{
	tj_fail_n(text, strlen(text), want);
}

/* Returns the path of a file of tests/data/json (to free()). */
static inline char *tj_data_path(const char *name)
{
	return fx_test_path(FX_SOURCE_DIR "/tests/data/json", name);
}

/* Checks that d is set and is written exactly as want (scale included). */
#define tj_dec(d, want)                                                                            \
	do {                                                                                       \
		char tj_buf_[FX_DECIMAL_STRLEN];                                                   \
		ck_assert_msg((d).set, "%s is absent", #d);                                        \
		ck_assert_int_eq(fx_decimal_format((d), tj_buf_, sizeof tj_buf_), FX_OK);          \
		ck_assert_str_eq(tj_buf_, (want));                                                 \
	} while (0)

/* Checks that date d is want ("YYYY-MM-DD"). */
#define tj_date(d, want)                                                                           \
	do {                                                                                       \
		char tj_buf_[16];                                                                  \
		ck_assert_int_eq(fx_date_format((d), 1, tj_buf_, sizeof tj_buf_), FX_OK);          \
		ck_assert_str_eq(tj_buf_, (want));                                                 \
	} while (0)

/* Checks an identifier's id and scheme (want_scheme NULL: no scheme). */
static inline void tj_ident(fx_identifier x, const char *want_id, const char *want_scheme)
{
	ck_assert_str_eq(x.id, want_id);
	if (want_scheme)
		ck_assert_str_eq(x.scheme, want_scheme);
	else
		ck_assert_ptr_null(x.scheme);
}

#endif
