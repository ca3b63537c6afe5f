/*
 * Functional test of the JSON descriptions of the official CEN examples
 * (examples/cen/<name>.json, made by cii_to_json): each is read with
 * fx_json_read_file, computed (filled and checked), written as Factur-X
 * EN 16931, then, when ../shared is present, compared BT by BT with the
 * official XML (only the documented differences allowed) and validated
 * against the Factur-X EN 16931 XSD.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "functional_support.h"
#include "test_support.h"

/* Returns the malloc'ed path of examples/cen/<name without .xml>.json. */
static char *json_path(const char *xml_name)
{
	const char *dot = strrchr(xml_name, '.');
	size_t base = dot ? (size_t)(dot - xml_name) : strlen(xml_name);
	size_t n = strlen(FX_SOURCE_DIR) + base + 32;
	char *p = malloc(n);
	ck_assert_ptr_nonnull(p);
	snprintf(p, n, "%s/examples/cen/%.*s.json", FX_SOURCE_DIR, (int)base, xml_name);
	return p;
}

/* Checks the result of fx_invoice_compute against what is known of the
 * official data of name (see functional_support.c). */
static void check_compute(const char *name, int rc)
{
	const char *why;
	const char *known = fx_ft_known_compute_mismatch(name, &why);
	if (!known) {
		ck_assert_msg(rc == FX_OK, "%s: compute failed: %s", name,
		              fx_error_last()->message);
		return;
	}
	ck_assert_msg(rc == FX_EMISMATCH && strstr(fx_error_last()->message, known),
	              "%s: expected the known mismatch '%s', got %d '%s'", name, known, rc,
	              fx_error_last()->message);
	printf("  %s: accepted compute mismatch: %s\n    because %s\n", name,
	       fx_error_last()->message, why);
}

/* Every JSON description gives back its official invoice. */
START_TEST(cen_example)
{
	const char *name = fx_ft_examples[_i];
	char *path = json_path(name);
	fx_invoice *inv = NULL;
	int rc = fx_json_read_file(path, &inv);
	ck_assert_msg(rc == FX_OK, "%s: %s", path, fx_error_last()->message);
	printf("%s: %zu lines\n", path, inv->n_lines);

	/* Everything is given, so computing fills nothing and only checks;
	 * the examples with known inconsistent data are written as given. */
	check_compute(name, fx_invoice_compute(inv, NULL));

	fx_cii_options opts = FX_CII_OPTIONS_INIT;
	opts.profile = FX_PROFILE_EN16931;
	char *out = NULL;
	size_t out_len = 0;
	rc = fx_cii_write_memory(inv, &opts, &out, &out_len);
	ck_assert_msg(rc == FX_OK, "%s: write failed: %s", name, fx_error_last()->message);

	const char *shared = fx_test_shared_dir();
	if (shared) {
		char *xml_path = fx_ft_example_path(shared, name);
		size_t len;
		char *official = fx_test_read(xml_path, &len);
		char *report = NULL;
		int problems =
		    fx_ft_compare_with_official(name, 1, official, len, out, out_len, &report);
		ck_assert_msg(problems == 0, "%s: %d BT difference(s):\n%s", name, problems,
		              report ? report : "");
		free(report);
		char err[1024];
		ck_assert_msg(fx_ft_validate_en16931(shared, out, out_len, err, sizeof err) == 0,
		              "%s: our output is not valid Factur-X EN 16931: %s", name, err);
		free(official);
		free(xml_path);
	} else if (_i == 0) {
		printf("../shared is absent: the outputs are not compared with the official "
		       "files\n");
	}
	free(out);
	fx_invoice_free(inv);
	free(path);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("cen_examples");
	TCase *tc = tcase_create("cen");
	tcase_add_loop_test(tc, cen_example, 0, (int)fx_ft_example_count);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	return fx_test_run(suite());
}
