/*
 * Unit tests of fx_batch_run: the examples of examples/csv produce PDFs
 * that pass the validator and whose XML the official XSD accepts (when
 * ../shared is there); results
 * come in the export's order whatever the number of threads; an invoice
 * whose PDF is up to date is skipped, one whose rows changed is made again;
 * --strict stops at the first failure; no temporary file is left.
 */
#include <dirent.h>
#include <sys/stat.h>
#include <utime.h>

#include "test_batch_support.h"
#include "facturx/validate.h"
#include "test_cii.h"

/** What a run reported. */
typedef struct run_log {
	size_t n;
	fx_batch_status status[TB_MAX];
	char number[TB_MAX][64];
	char file[TB_MAX][256];
	char due[TB_MAX][48];
	size_t index[TB_MAX];
} run_log;

/* Keeps a result. */
static void keep(const fx_batch_result *r, void *user_data)
{
	run_log *log = user_data;
	ck_assert_uint_lt(log->n, TB_MAX);
	size_t i = log->n++;
	log->status[i] = r->status;
	log->index[i] = r->index;
	snprintf(log->number[i], sizeof log->number[i], "%s", r->number);
	snprintf(log->file[i], sizeof log->file[i], "%s", r->file ? r->file : "");
	log->due[i][0] = '\0';
	if (r->due.set)
		fx_decimal_format(r->due, log->due[i], sizeof log->due[i]);
	ck_assert_msg(r->status != FX_BATCH_FAILED, "%s: %s", r->number, r->message);
}

/* Runs in into out with jobs threads (force: make everything again). */
static fx_batch_stats run(const fx_batch_input *in, const char *out, unsigned jobs, bool force,
                          run_log *log)
{
	static const fx_pdf_date date = {2026, 11, 30, 10, 0, 0, 0};
	fx_generate_options gen = FX_GENERATE_OPTIONS_INIT;
	gen.date = &date;
	fx_batch_options o;
	fx_batch_options_init(&o, FX_BATCH_OPTIONS_VERSION);
	o.out_dir = out;
	o.jobs = jobs;
	o.force = force;
	o.generate = &gen;
	o.on_result = keep;
	o.user_data = log;
	memset(log, 0, sizeof *log);
	fx_batch_stats st;
	int rc = fx_batch_run(in, &o, &st);
	ck_assert_msg(rc == FX_OK, "run: %s", fx_error_last()->message);
	ck_assert_uint_eq(st.produced + st.skipped + st.failed, st.total);
	ck_assert_uint_eq(log->n, st.total);
	for (size_t i = 0; i < log->n; i++)
		ck_assert_uint_eq(log->index[i], i + 1);
	return st;
}

/* Checks that no temporary file is left in dir. */
static void no_temporary(const char *dir)
{
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	for (struct dirent *e; (e = readdir(d));)
		ck_assert_msg(e->d_name[0] != '.' || strcmp(e->d_name, ".") == 0 ||
		                  strcmp(e->d_name, "..") == 0 ||
		                  strcmp(e->d_name, ".facturx-batch") == 0,
		              "left in %s: %s", dir, e->d_name);
	closedir(d);
}

/* Validates the XML that out/file carries against the EN 16931 XSD. */
static void xml_valid(xmlSchemaPtr schema, const char *out, const char *file)
{
	char *path = fx_test_path(out, file);
	fx_pdf_reader *r = NULL;
	ck_assert_int_eq(fx_pdf_reader_open_file(path, NULL, &r), FX_OK);
	unsigned char *xml = NULL;
	size_t len = 0;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &xml, &len, NULL), FX_OK);
	ck_assert_msg(fx_test_validate(schema, (const char *)xml, len) == 0, "%s: %s", path,
	              fx_test_schema_messages());
	free(xml);
	fx_pdf_reader_free(r);
	free(path);
}

/* Validates out/file with every layer of the validator (French rules in
 * automatic mode): no fatal finding. */
static void pdf_valid(const char *out, const char *file)
{
	char *path = fx_test_path(out, file);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_file(path, NULL, &r), FX_OK);
	char *text = NULL;
	size_t len = 0;
	if (fx_report_verdict(r) != FX_VERDICT_VALID)
		fx_report_to_text(r, &text, &len);
	ck_assert_msg(fx_report_verdict(r) == FX_VERDICT_VALID, "%s:\n%s", path, text);
	fx_report_free(r);
	free(path);
}

/** An example of examples/csv and what it must give. */
typedef struct example {
	const char *csv, *lines, *map, *seller;
	size_t invoices;
	const char *first_number, *first_due;
} example;

static const example examples[] = {
    {"export-excel.csv", NULL, NULL, "vendeur.json", 6, "FA-2026-0141", "547.80"},
    {"export-libreoffice.csv", NULL, NULL, "vendeur.json", 3, "2026-118", "4270.56"},
    {"factures.csv", "lignes.csv", NULL, "vendeur.json", 2, "FC-0301", "216.00"},
    {"export-compta.txt", NULL, "mapping-compta.json", NULL, 2, "VT000512", "144.00"},
};

/* Every example produces all its invoices; their XML is valid. */
START_TEST(examples_produce)
{
	const example *ex = &examples[_i];
	char *dir = tb_dir();
	char *out = fx_test_path(dir, "out");
	char *csv = fx_test_path(FX_SOURCE_DIR "/examples/csv", ex->csv);
	char *lines = ex->lines ? fx_test_path(FX_SOURCE_DIR "/examples/csv", ex->lines) : NULL;
	char *seller = ex->seller ? fx_test_path(FX_SOURCE_DIR "/examples/csv", ex->seller) : NULL;
	fx_batch_mapping *m = NULL;
	if (ex->map) {
		char *map = fx_test_path(FX_SOURCE_DIR "/examples/csv", ex->map);
		ck_assert_int_eq(fx_batch_mapping_read_file(map, &m), FX_OK);
		free(map);
	}
	fx_batch_input in = tb_input(csv, lines, seller);
	in.mapping = m;
	run_log log;
	fx_batch_stats st = run(&in, out, 2, false, &log);
	ck_assert_uint_eq(st.total, ex->invoices);
	ck_assert_uint_eq(st.produced, ex->invoices);
	ck_assert_str_eq(log.number[0], ex->first_number);
	ck_assert_str_eq(log.due[0], ex->first_due);
	no_temporary(out);
	for (size_t i = 0; i < log.n; i++)
		pdf_valid(out, log.file[i]);
	if (fx_test_shared_dir()) {
		xmlSchemaPtr schema = fx_test_profile_schema(FX_PROFILE_EN16931);
		for (size_t i = 0; i < log.n; i++)
			xml_valid(schema, out, log.file[i]);
		xmlSchemaFree(schema);
	}
	fx_batch_mapping_free(m);
	free(csv);
	free(lines);
	free(seller);
	free(out);
	tb_rmdir(dir);
}
END_TEST

/* Writes an export of n invoices (invoice i has 1 + i % 3 lines). */
static char *write_export(const char *dir, size_t n, const char *changed_price)
{
	char *text = malloc(256 * 4 * n + 256);
	size_t len = (size_t)sprintf(text, "Numéro facture;Date facture;Client;Adresse client;"
	                                   "Désignation;Quantité;Prix unitaire HT;Taux TVA;"
	                                   "Adresse électronique client\n");
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k <= i % 3; k++)
			len += (size_t)sprintf(text + len,
			                       "F+%zu/B;24/11/2026;Client %zu;%zu rue A;Article "
			                       "%zu;%zu;%s;20;412345678\n",
			                       i, i, i, k, k + 1,
			                       i == 3 && changed_price ? changed_price : "12,5");
	char *path = tb_file(dir, "e.csv", text);
	free(text);
	return path;
}

/* Results come in the export's order with 1 or 4 threads; names are made
 * safe for files. */
START_TEST(order_and_threads)
{
	char *dir = tb_dir();
	char *csv = write_export(dir, 20, NULL);
	fx_batch_input in = tb_input(csv, NULL, FX_SOURCE_DIR "/examples/csv/vendeur.json");
	char *out1 = fx_test_path(dir, "one"), *out4 = fx_test_path(dir, "four");
	run_log a, b;
	run(&in, out1, 1, false, &a);
	run(&in, out4, 4, false, &b);
	ck_assert_uint_eq(a.n, 20);
	for (size_t i = 0; i < 20; i++) {
		char want[32];
		snprintf(want, sizeof want, "F+%zu/B", i);
		ck_assert_str_eq(a.number[i], want);
		ck_assert_str_eq(b.number[i], want);
		snprintf(want, sizeof want, "F_%zu_B.pdf", i);
		ck_assert_str_eq(a.file[i], want);
		ck_assert_str_eq(a.due[i], b.due[i]);
	}
	no_temporary(out4);
	free(out1);
	free(out4);
	free(csv);
	tb_rmdir(dir);
}
END_TEST

/* Counts the results of log with status s. */
static size_t count(const run_log *log, fx_batch_status s)
{
	size_t n = 0;
	for (size_t i = 0; i < log->n; i++)
		n += log->status[i] == s;
	return n;
}

/* A second run skips what is up to date and makes again what changed. */
START_TEST(up_to_date)
{
	char *dir = tb_dir();
	char *csv = write_export(dir, 6, NULL);
	char *out = fx_test_path(dir, "out");
	fx_batch_input in = tb_input(csv, NULL, FX_SOURCE_DIR "/examples/csv/vendeur.json");
	run_log log;
	fx_batch_stats st = run(&in, out, 2, false, &log);
	ck_assert_uint_eq(st.produced, 6);
	st = run(&in, out, 2, false, &log);
	ck_assert_uint_eq(st.skipped, 6);
	ck_assert_str_eq(log.due[1], "45.00"); /* kept from the first run */
	free(csv);
	csv = write_export(dir, 6, "13,5"); /* invoice 3's price changes */
	in.csv_path = csv;
	st = run(&in, out, 1, false, &log);
	ck_assert_uint_eq(st.produced, 1);
	ck_assert_int_eq(log.status[3], FX_BATCH_PRODUCED);
	ck_assert_uint_eq(count(&log, FX_BATCH_SKIPPED), 5);
	char *pdf = fx_test_path(out, "F_0_B.pdf");
	ck_assert_int_eq(unlink(pdf), 0); /* a removed PDF is made again */
	char *other = fx_test_path(out, "F_1_B.pdf");
	struct utimbuf t = {1000000000, 1000000000};
	ck_assert_int_eq(utime(other, &t), 0); /* so is one changed since */
	st = run(&in, out, 1, false, &log);
	ck_assert_uint_eq(st.produced, 2);
	ck_assert_int_eq(log.status[0], FX_BATCH_PRODUCED);
	ck_assert_int_eq(log.status[1], FX_BATCH_PRODUCED);
	st = run(&in, out, 1, true, &log); /* forced */
	ck_assert_uint_eq(st.produced, 6);
	/* an invoice that now fails leaves its previous PDF as it was */
	char *third = fx_test_path(out, "F_3_B.pdf");
	size_t before_len = 0, after_len = 0;
	char *before = fx_test_read(third, &before_len);
	free(csv);
	csv = write_export(dir, 6, "douze");
	in.csv_path = csv;
	fx_batch_options o;
	fx_batch_options_init(&o, FX_BATCH_OPTIONS_VERSION);
	o.out_dir = out;
	o.force = true;
	ck_assert_int_eq(fx_batch_run(&in, &o, &st), FX_OK);
	ck_assert_uint_eq(st.failed, 1);
	ck_assert_uint_eq(st.produced, 5);
	char *after = fx_test_read(third, &after_len);
	ck_assert(before_len == after_len && memcmp(before, after, before_len) == 0);
	free(before);
	free(after);
	free(third);
	no_temporary(out);
	free(pdf);
	free(other);
	free(out);
	free(csv);
	tb_rmdir(dir);
}
END_TEST

/* Keeps only the count of results (failures allowed). */
static void count_results(const fx_batch_result *r, void *user_data)
{
	size_t *n = user_data;
	(*n)++;
	(void)r;
}

/* --strict stops at the first failure: what comes after is not processed. */
START_TEST(strict_stops)
{
	char *dir = tb_dir();
	char *csv =
	    tb_file(dir, "e.csv",
	            "Numéro facture;Date facture;Client;Désignation;Quantité;Prix unitaire "
	            "HT;Taux TVA;Adresse électronique client\n"
	            "A;1/12/2026;X;x;1;1;20;412345678\nB;1/12/2026;X;x;deux;1;20;412345678\n"
	            "C;1/12/2026;X;x;1;1;20;412345678\nD;1/12/2026;X;x;1;1;20;412345678\n");
	char *out = fx_test_path(dir, "out");
	fx_batch_input in = tb_input(csv, NULL, FX_SOURCE_DIR "/examples/csv/vendeur.json");
	fx_batch_options o;
	fx_batch_options_init(&o, FX_BATCH_OPTIONS_VERSION);
	o.out_dir = out;
	o.strict = true;
	o.on_result = count_results;
	size_t n = 0;
	o.user_data = &n;
	fx_batch_stats st;
	ck_assert_int_eq(fx_batch_run(&in, &o, &st), FX_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(st.produced, 1);
	ck_assert_uint_eq(st.failed, 1);
	ck_assert_uint_eq(st.not_processed, 2);
	o.strict = false;
	n = 0;
	ck_assert_int_eq(fx_batch_run(&in, &o, &st), FX_OK);
	ck_assert_uint_eq(n, 4);
	ck_assert_uint_eq(st.failed, 1);
	ck_assert_uint_eq(st.skipped, 1);
	ck_assert_uint_eq(st.produced, 2);
	free(out);
	free(csv);
	tb_rmdir(dir);
}
END_TEST

/* Options that cannot work are refused before anything is read. */
START_TEST(bad_options)
{
	fx_batch_input in = tb_input("/nonexistent.csv", NULL, NULL);
	fx_batch_options o;
	fx_batch_options_init(&o, FX_BATCH_OPTIONS_VERSION);
	ck_assert_int_eq(fx_batch_run(&in, &o, NULL), FX_EUSAGE);
	o.out_dir = "/tmp";
	o.jobs = 1000;
	ck_assert_int_eq(fx_batch_run(&in, &o, NULL), FX_EUSAGE);
	o.jobs = 1;
	ck_assert_int_eq(fx_batch_run(&in, &o, NULL), FX_EIO);
	ck_assert_int_eq(fx_batch_options_init(&o, 7), FX_EUSAGE);
	ck_assert_int_eq(fx_batch_input_init(&in, 7), FX_EUSAGE);
}
END_TEST

/* The suite. */
static Suite *batch_run_suite(void)
{
	Suite *s = suite_create("batch_run");
	TCase *tc = tcase_create("run");
	tcase_set_timeout(tc, 300);
	tcase_add_loop_test(tc, examples_produce, 0, (int)(sizeof examples / sizeof examples[0]));
	tcase_add_test(tc, order_and_threads);
	tcase_add_test(tc, up_to_date);
	tcase_add_test(tc, strict_stops);
	tcase_add_test(tc, bad_options);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(batch_run_suite());
}
