/*
 * The series state of works statements: recording in order, refusing a
 * skipped number, a changed recorded statement, kinds out of order and a
 * state of another marché or depositor; the state file round trip (same
 * bytes, same figures), its atomic write and its reading errors.
 */
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_works_support.h"

/* Computes the titulaire's statement i in s and expects FX_EINVAL with part. */
static void expect_refused(fx_works_series *s, int i, const char *part)
{
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[i]);
	fx_works_statement *st = NULL;
	int rc = fx_works_compute(d, s, &st);
	ck_assert_msg(rc == FX_EINVAL, "statement %d: expected FX_EINVAL, got %d", i + 1, rc);
	ck_assert_ptr_null(st);
	fx_tw_message(part);
	fx_works_description_free(d);
}

/* Statement 3 after statement 1 only would skip statement 2. */
START_TEST(skip_refused)
{
	fx_works_series *s = fx_tw_series(1);
	expect_refused(s, 2, "statement 3 would skip statement 2");
	fx_works_series_free(s);
	expect_refused(NULL, 1, "statement 2 needs statements 1 to 1");
}
END_TEST

/* Computing a recorded statement again gives the same figures, and
 * recording it again changes nothing. */
START_TEST(recompute_recorded)
{
	fx_works_series *s = fx_tw_series(4);
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[1]);
	fx_works_statement *st = fx_tw_compute(d, s); /* records: no change */
	fx_tw_eq("statement 2 again", st->rows[FX_WORKS_ROW_PAYABLE].current, "73201.75");
	ck_assert_uint_eq(fx_works_series_count(s), 4);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* A recorded statement whose progress changed is refused, naming the item. */
START_TEST(changed_statement_refused)
{
	fx_works_series *s = fx_tw_series(3);
	char *json = fx_test_read(fx_tw_titulaire[1], NULL);
	char *at = strstr(json, "\"quantity\": 420");
	ck_assert_ptr_nonnull(at);
	memcpy(at, "\"quantity\": 400", 15);
	fx_works_description *d = fx_tw_parse(json);
	fx_works_statement *st = NULL;
	ck_assert_int_eq(fx_works_compute(d, s, &st), FX_OK);
	ck_assert_int_eq(fx_works_series_record(s, st), FX_EINVAL);
	fx_tw_message("statement 2 differs from the one recorded");
	fx_tw_message("work item \"3.1\"");
	fx_tw_message("400");
	fx_tw_message("420");
	ck_assert_uint_eq(fx_works_series_count(s), 3);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	free(json);
	fx_works_series_free(s);
}
END_TEST

/* Kinds in order: a DGD follows the final account, nothing follows the DGD,
 * and no monthly statement follows the final account. */
START_TEST(kinds_in_order)
{
	fx_works_series *s = fx_tw_series(4);
	/* The DGD (number 6) after statement 4 would skip 5. */
	expect_refused(s, 5, "would skip statement 5");
	fx_works_series_free(s);
	/* A DGD numbered 5 right after statement 4: not after a final account. */
	s = fx_tw_series(4);
	char *json = fx_test_read(fx_tw_titulaire[5], NULL);
	char *at = strstr(json, "\"number\": 6");
	ck_assert_ptr_nonnull(at);
	at[10] = '5';
	fx_works_description *d = fx_tw_parse(json);
	fx_works_statement *st = NULL;
	ck_assert_int_eq(fx_works_compute(d, s, &st), FX_EINVAL);
	fx_tw_message("a DGD follows the projet de décompte final");
	fx_works_description_free(d);
	free(json);
	fx_works_series_free(s);
	/* After the final account, a monthly statement is refused. */
	s = fx_tw_series(5);
	json = fx_test_read(fx_tw_titulaire[3], NULL);
	at = strstr(json, "\"number\": 4");
	ck_assert_ptr_nonnull(at);
	at[10] = '6';
	at = strstr(json, "\"DM-2025-04\"");
	ck_assert_ptr_nonnull(at);
	at[10] = '9'; /* another invoice number */
	d = fx_tw_parse(json);
	ck_assert_int_eq(fx_works_compute(d, s, &st), FX_EINVAL);
	fx_tw_message("a monthly statement cannot follow the final account");
	fx_works_description_free(d);
	free(json);
	fx_works_series_free(s);
	/* After the DGD, nothing. */
	s = fx_tw_series(6);
	json = fx_test_read(fx_tw_titulaire[5], NULL);
	at = strstr(json, "\"number\": 6");
	at[10] = '7';
	d = fx_tw_parse(json);
	ck_assert_int_eq(fx_works_compute(d, s, &st), FX_EINVAL);
	fx_tw_message("the DGD (statement 6) closes the series");
	fx_works_description_free(d);
	free(json);
	fx_works_series_free(s);
}
END_TEST

/* An invoice number already used by an earlier statement is refused. */
START_TEST(duplicate_number_refused)
{
	fx_works_series *s = fx_tw_series(2);
	char *json = fx_test_read(fx_tw_titulaire[2], NULL);
	char *at = strstr(json, "\"DM-2025-03\"");
	ck_assert_ptr_nonnull(at);
	at[10] = '1';
	fx_works_description *d = fx_tw_parse(json);
	fx_works_statement *st = NULL;
	ck_assert_int_eq(fx_works_compute(d, s, &st), FX_EINVAL);
	fx_tw_message("invoice number DM-2025-01 (BT-1) is already the one of statement 1");
	fx_works_description_free(d);
	free(json);
	fx_works_series_free(s);
}
END_TEST

/* A state of another marché or depositor is refused. */
START_TEST(other_series_refused)
{
	fx_works_series *s = fx_tw_series(1);
	fx_works_description *d = fx_tw_read(FX_TW_COTRAITANT);
	fx_works_statement *st = NULL;
	ck_assert_int_eq(fx_works_compute(d, s, &st), FX_EINVAL);
	fx_tw_message("the series state is for marché \"2025-TRX-014\"");
	fx_works_description_free(d);
	d = fx_tw_read(FX_TW_SOUS_TRAITANT); /* same marché number, other depositor */
	ck_assert_int_eq(fx_works_compute(d, s, &st), FX_EINVAL);
	fx_tw_message("the series state is for a titulaire");
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* Write, read, write again: the same bytes, and statement 5 computed from the
 * state read back equals the one computed from the series in memory. */
START_TEST(state_round_trip)
{
	fx_works_series *s = fx_tw_series(4);
	char *a = NULL, *b = NULL;
	size_t alen = 0, blen = 0;
	ck_assert_int_eq(fx_works_series_write_memory(s, &a, &alen), FX_OK);
	ck_assert_ptr_nonnull(strstr(a, "\"format\": \"facturx-works-series\""));
	ck_assert_ptr_nonnull(strstr(a, "\"payable\": \"252451.77\""));
	ck_assert_ptr_null(strstr(a, "252451,77"));
	fx_works_series *r = NULL;
	int rc = fx_works_series_read_memory(a, alen, "state.json", &r);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	ck_assert_uint_eq(fx_works_series_count(r), 4);
	ck_assert_int_eq(fx_works_series_write_memory(r, &b, &blen), FX_OK);
	ck_assert_uint_eq(alen, blen);
	ck_assert_int_eq(memcmp(a, b, alen), 0);
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[4]);
	fx_works_statement *x = fx_tw_compute(d, s), *y = fx_tw_compute(d, r);
	for (int i = 0; i < FX_WORKS_ROW_COUNT; i++)
		ck_assert_int_eq(fx_decimal_cmp(x->rows[i].current, y->rows[i].current), 0);
	fx_works_statement_free(x);
	fx_works_statement_free(y);
	fx_works_description_free(d);
	free(a);
	free(b);
	fx_works_series_free(s);
	fx_works_series_free(r);
}
END_TEST

/* The state file is replaced atomically; an unwritable path leaves nothing. */
START_TEST(state_file_atomic)
{
	char dir[] = "/tmp/fx-works-state-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char path[256], bad[256];
	snprintf(path, sizeof path, "%s/state.json", dir);
	snprintf(bad, sizeof bad, "%s/no/such/dir/state.json", dir);
	FILE *f = fopen(path, "w");
	fputs("old", f);
	fclose(f);
	fx_works_series *s = fx_tw_series(2);
	ck_assert_int_eq(fx_works_series_write_file(s, path), FX_OK);
	ck_assert_int_ne(fx_works_series_write_file(s, bad), FX_OK);
	fx_works_series *r = NULL;
	ck_assert_int_eq(fx_works_series_read_file(path, &r), FX_OK);
	ck_assert_uint_eq(fx_works_series_count(r), 2);
	char cmd[512];
	snprintf(cmd, sizeof cmd, "ls -A '%s'", dir);
	FILE *p = popen(cmd, "r");
	char listing[256] = "";
	size_t n = fread(listing, 1, sizeof listing - 1, p);
	listing[n] = '\0';
	pclose(p);
	ck_assert_str_eq(listing, "state.json\n"); /* no temporary file left */
	unlink(path);
	rmdir(dir);
	fx_works_series_free(s);
	fx_works_series_free(r);
}
END_TEST

/* Reading a state names the place of the problem. */
START_TEST(state_read_errors)
{
	static const struct {
		const char *json, *part;
	} cases[] = {
	    {"{\"format\": \"other\", \"version\": 1}", "not a works series state"},
	    {"{\"format\": \"facturx-works-series\", \"version\": 2, \"contract\": \"x\", "
	     "\"role\": \"titulaire\"}",
	     "$.version: unsupported version"},
	    {"{\"format\": \"facturx-works-series\", \"version\": 1, \"contract\": \"x\", "
	     "\"role\": \"titulaire\", \"statements\": [{\"number\": 2, \"kind\": \"monthly\"}]}",
	     "$.statements[0].number: expected statement number 1"},
	    {"{\"format\": \"facturx-works-series\", \"version\": 1, \"contract\": \"x\", "
	     "\"role\": \"titulaire\", \"statments\": []}",
	     "did you mean 'statements'?"},
	    {"{\"format\": \"facturx-works-series\",", "state.json:1:"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fx_works_series *s = NULL;
		int rc = fx_works_series_read_memory(cases[i].json, strlen(cases[i].json),
		                                     "state.json", &s);
		ck_assert_msg(rc == FX_EINVAL, "case %zu: rc %d", i, rc);
		fx_tw_message(cases[i].part);
	}
	fx_works_series *s = NULL;
	ck_assert_int_eq(fx_works_series_read_file("/nonexistent/state.json", &s), FX_EIO);
}
END_TEST

/* The suite. */
static Suite *works_series_suite(void)
{
	Suite *s = suite_create("works_series");
	TCase *tc = tcase_create("series");
	tcase_add_test(tc, skip_refused);
	tcase_add_test(tc, recompute_recorded);
	tcase_add_test(tc, changed_statement_refused);
	tcase_add_test(tc, kinds_in_order);
	tcase_add_test(tc, duplicate_number_refused);
	tcase_add_test(tc, other_series_refused);
	tcase_add_test(tc, state_round_trip);
	tcase_add_test(tc, state_file_atomic);
	tcase_add_test(tc, state_read_errors);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite in the user's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(works_series_suite());
}
