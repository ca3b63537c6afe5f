/*
 * Every invoice description under examples/ (recursively; examples/cen/
 * computed with rules_only, as made by other software) becomes a Factur-X
 * PDF, in French and in English, and each file is checked from outside:
 *  - the embedded factur-x.xml is the CII the model gives for its profile;
 *  - qpdf --check finds nothing wrong;
 *  - the shared checker (tools/facturx-pdf-check.py --strict) passes on the
 *    French file (that part is skipped, and said so, without ../shared);
 *  - pdffonts lists only embedded fonts, none of the standard 14;
 *  - pdftotext shows the invoice number and the amount due as the page
 *    formats it for the language, with accents and € intact (no U+FFFD, no
 *    mojibake).
 * Needs qpdf and poppler-utils (skipped, exit 77, without them).
 */
#include <dirent.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_pdf_tools.h"
#include "../support/example_dirs.h"

#define MAX_EXAMPLES 256

static char *examples[MAX_EXAMPLES];
static int n_examples;
static char work_dir[] = "/tmp/fx-examples-pdf-XXXXXX";
static const char *checker; /* the shared checker, NULL when it cannot run */
static const fx_pdf_date fixed_date = {2026, 12, 2, 9, 30, 0, 0};

/* Compares two strings for qsort. a, b: pointers to char *. */
static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects every *.json under dir (recursively) into examples[]. */
static void collect(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	for (struct dirent *e; (e = readdir(d)) != NULL;) {
		if (e->d_name[0] == '.')
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) != 0)
			continue;
		size_t n = strlen(e->d_name);
		if (S_ISDIR(st.st_mode)) {
			if (fx_test_invoice_example_dir(e->d_name))
				collect(path);
		} else if (n > 5 && strcmp(e->d_name + n - 5, ".json") == 0 &&
		           n_examples < MAX_EXAMPLES)
			examples[n_examples++] = strdup(path);
	}
	closedir(d);
}

/* Reads and computes the example at path (rules_only under examples/cen/). */
static fx_invoice *load(const char *path)
{
	fx_invoice *inv = NULL;
	ck_assert_msg(fx_json_read_file(path, &inv) == FX_OK, "%s", fx_error_last()->message);
	fx_compute_options c = FX_COMPUTE_OPTIONS_INIT;
	c.rules_only = strstr(path, "/examples/cen/") != NULL;
	ck_assert_msg(fx_invoice_compute(inv, &c) == FX_OK, "%s: %s", path,
	              fx_error_last()->message);
	return inv;
}

/* Checks that the PDF (pdf/len) embeds exactly the CII of inv's profile. */
static void check_xml(const char *name, const fx_invoice *inv, const unsigned char *pdf, size_t len)
{
	fx_pdf_reader *r = NULL;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, name, NULL, &r), FX_OK);
	unsigned char *xml;
	size_t xml_len;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &xml, &xml_len, NULL), FX_OK);
	fx_cii_options c = FX_CII_OPTIONS_INIT;
	c.profile = inv->has_profile ? inv->profile : FX_PROFILE_EN16931;
	char *want;
	size_t want_len;
	ck_assert_int_eq(fx_cii_write_memory(inv, &c, &want, &want_len), FX_OK);
	ck_assert_msg(want_len == xml_len && memcmp(want, xml, xml_len) == 0,
	              "%s: factur-x.xml differs from the CII of the model", name);
	const char *level;
	ck_assert_int_eq(fx_pdf_reader_conformance_level(r, &level), FX_OK);
	ck_assert_str_eq(level, fx_profile_name(c.profile));
	free(want);
	free(xml);
	fx_pdf_reader_free(r);
}

/* Runs qpdf --check and pdffonts on the file at path. */
static void check_structure(const char *path)
{
	char cmd[PATH_MAX + 64], *out;
	snprintf(cmd, sizeof cmd, "qpdf --check '%s' 2>&1", path);
	int rc = fx_tp_run(cmd, &out);
	ck_assert_msg(rc == 0 && strstr(out, "No syntax or stream encoding errors found"),
	              "qpdf --check %s: status %d\n%s", path, rc, out);
	free(out);
	snprintf(cmd, sizeof cmd, "pdffonts '%s' 2>&1", path);
	ck_assert_int_eq(fx_tp_run(cmd, &out), 0);
	fx_tp_check_fonts(path, out);
	free(out);
}

/* Runs the shared checker with --strict on the file at path. */
static void check_strict(const char *path)
{
	if (!checker)
		return;
	char cmd[2 * PATH_MAX + 64], *out;
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 '%s' --strict --failures-only '%s' 2>&1",
	         checker, path);
	int rc = fx_tp_run(cmd, &out);
	ck_assert_msg(rc == 0, "the shared checker refuses %s (status %d):\n%s", path, rc, out);
	free(out);
}

/* Checks the text of the page at path for inv in ICU locale; fr: French. */
static void check_text(const char *path, const fx_invoice *inv, const char *locale, int fr)
{
	char *text = fx_tp_pdftotext(path);
	char due[128];
	fx_tp_format_amount(inv->totals.due, inv->currency, locale, due, sizeof due);
	ck_assert_msg(strstr(text, inv->number) != NULL, "%s: number %s not found:\n%s", path,
	              inv->number, text);
	ck_assert_msg(strstr(text, due) != NULL, "%s: amount due '%s' not found:\n%s", path, due,
	              text);
	fx_tp_check_no_mojibake(path, text);
	if (strcmp(inv->currency, "EUR") == 0)
		ck_assert_msg(strstr(text, "€") != NULL, "%s: no € sign", path);
	/* Labels with accents or signs that every page prints. */
	const char *label = fr ? "N° " : "Total";
	ck_assert_msg(strstr(text, label) != NULL, "%s: no '%s'", path, label);
	if (fr)
		ck_assert_msg(strstr(text, "Total TTC") != NULL, "%s: no 'Total TTC'", path);
	if (inv->seller.name) {
		char name[512];
		snprintf(name, sizeof name, "%s", inv->seller.name);
		fx_tp_normalise(name);
		ck_assert_msg(strstr(text, name) != NULL, "%s: seller '%s' not found", path, name);
	}
	free(text);
}

/* Generates example _i in French and in English and checks both files. */
START_TEST(example_pdf)
{
	const char *src = examples[_i];
	const char *name = strrchr(src, '/') + 1;
	fx_invoice *inv = load(src);
	for (int fr = 1; fr >= 0; fr--) {
		fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
		o.language = fr ? "fr" : "en";
		o.date = &fixed_date;
		unsigned char *pdf;
		size_t len;
		ck_assert_msg(fx_generate_memory(inv, &o, &pdf, &len) == FX_OK, "%s: %s", name,
		              fx_error_last()->message);
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%.*s-%s.pdf", work_dir, (int)strlen(name) - 5, name,
		         o.language);
		FILE *f = fopen(path, "wb");
		ck_assert_ptr_nonnull(f);
		ck_assert_uint_eq(fwrite(pdf, 1, len, f), len);
		ck_assert_int_eq(fclose(f), 0);
		check_xml(name, inv, pdf, len);
		check_structure(path);
		if (fr)
			check_strict(path);
		check_text(path, inv, fr ? "fr_FR" : "en_GB", fr);
		unlink(path);
		free(pdf);
	}
	fx_invoice_free(inv);
}
END_TEST

/* Finds the shared checker, or says why that part is skipped. */
static void find_checker(void)
{
	static char path[PATH_MAX];
	const char *shared = fx_test_shared_dir();
	if (!shared) {
		printf("SKIPPED part: the shared checker (../shared is absent)\n");
		return;
	}
	if (fx_tp_run("/usr/bin/python3 -c 'import pikepdf, lxml' >/dev/null 2>&1", NULL) != 0) {
		printf("SKIPPED part: the shared checker needs python3-pikepdf and python3-lxml\n");
		return;
	}
	snprintf(path, sizeof path, "%s/tools/facturx-pdf-check.py", shared);
	checker = path;
}

/* Removes the work folder and what a failed test left in it. */
static void remove_work_dir(void)
{
	DIR *d = opendir(work_dir);
	for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", work_dir, e->d_name);
		if (e->d_name[0] != '.')
			unlink(path);
	}
	if (d)
		closedir(d);
	rmdir(work_dir);
}

/* Builds the suite: one test per example. */
static Suite *examples_suite(void)
{
	Suite *s = suite_create("examples_pdf");
	TCase *tc = tcase_create("examples");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, example_pdf, 0, n_examples);
	suite_add_tcase(s, tc);
	return s;
}

/* Collects the examples, runs the suite, removes the work folder. */
int main(void)
{
	const char *tools[] = {"qpdf", "pdftotext", "pdffonts"};
	for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
		if (!fx_tp_have(tools[i])) {
			printf("SKIPPED: %s is not installed (qpdf, poppler-utils)\n", tools[i]);
			return FX_TEST_SKIP;
		}
	collect(FX_SOURCE_DIR "/examples");
	qsort(examples, (size_t)n_examples, sizeof examples[0], by_name);
	if (n_examples < 20) {
		printf("only %d examples found under %s/examples\n", n_examples, FX_SOURCE_DIR);
		return EXIT_FAILURE;
	}
	if (!mkdtemp(work_dir)) {
		perror(work_dir);
		return EXIT_FAILURE;
	}
	find_checker();
	printf("%d examples, checker %s\n", n_examples, checker ? "on" : "skipped");
	int rc = fx_test_run(examples_suite());
	remove_work_dir();
	for (int i = 0; i < n_examples; i++)
		free(examples[i]);
	return rc;
}
