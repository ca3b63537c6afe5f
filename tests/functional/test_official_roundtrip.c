/*
 * Functional test: each official CEN example invoice (../shared) is read
 * with fx_cii_read_memory, checked with fx_invoice_compute (check only),
 * written again as Factur-X EN 16931, compared BT by BT with the official
 * file (only the documented differences of functional_support.c allowed)
 * and validated against the Factur-X EN 16931 XSD.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "functional_support.h"
#include "test_support.h"

/** What the official verdicts say of one file's BT-24. */
typedef struct expected_profile {
	const char *file;
	int profile; /* -1: BT-24 is not a Factur-X guideline */
} expected_profile;

/* The three examples declaring the ZUGFeRD 1 "comfort" guideline. */
static int expected_profile_of(const char *name)
{
	static const char *const old[] = {"CII-BR-CO-10-RoundingIssue.xml",
	                                  "CII_business_example_02.xml",
	                                  "CII_business_example_Z.xml"};
	for (size_t i = 0; i < 3; i++)
		if (strcmp(name, old[i]) == 0)
			return -1;
	return FX_PROFILE_EN16931;
}

/* Reads an official example into a new invoice (fails the test otherwise). */
static fx_invoice *read_official(const char *name, char **xml, size_t *len)
{
	char *path = fx_ft_example_path(fx_test_shared_dir(), name);
	ck_assert_ptr_nonnull(path);
	*xml = fx_test_read(path, len);
	fx_invoice *inv = NULL;
	int profile = -2;
	int rc = fx_cii_read_memory(*xml, *len, name, &inv, &profile);
	ck_assert_msg(rc == FX_OK, "%s: read failed: %s", name, fx_error_last()->message);
	ck_assert_int_eq(profile, expected_profile_of(name));
	free(path);
	return inv;
}

/* Every official example survives read -> check -> write, BT by BT. */
START_TEST(roundtrip)
{
	const char *name = fx_ft_examples[_i];
	size_t len, out_len;
	char *xml;
	fx_invoice *inv = read_official(name, &xml, &len);
	printf("%s: %zu lines, %zu VAT breakdown entries\n", name, inv->n_lines,
	       inv->n_vat_breakdown);

	fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
	copts.check_only = 1;
	int rc = fx_invoice_compute(inv, &copts);
	const char *why;
	const char *known = fx_ft_known_compute_mismatch(name, &why);
	if (known) {
		ck_assert_msg(rc == FX_EMISMATCH && strstr(fx_error_last()->message, known),
		              "%s: expected the known mismatch '%s', got %d '%s'", name, known, rc,
		              fx_error_last()->message);
		printf("  %s: accepted compute mismatch: %s\n    because %s\n", name,
		       fx_error_last()->message, why);
	} else {
		ck_assert_msg(rc == FX_OK, "%s: the official amounts do not check: %s", name,
		              fx_error_last()->message);
	}

	fx_cii_options wopts = FX_CII_OPTIONS_INIT;
	wopts.profile = FX_PROFILE_EN16931;
	char *out = NULL;
	rc = fx_cii_write_memory(inv, &wopts, &out, &out_len);
	ck_assert_msg(rc == FX_OK, "%s: write failed: %s", name, fx_error_last()->message);

	char *report = NULL;
	int problems = fx_ft_compare_with_official(name, 0, xml, len, out, out_len, &report);
	ck_assert_msg(problems == 0, "%s: %d BT difference(s):\n%s", name, problems,
	              report ? report : "");
	free(report);

	char err[1024];
	ck_assert_msg(fx_ft_validate_en16931(fx_test_shared_dir(), out, out_len, err, sizeof err) ==
	                  0,
	              "%s: our output is not valid Factur-X EN 16931: %s", name, err);
	free(out);
	free(xml);
	fx_invoice_free(inv);
}
END_TEST

/* The two examples the reference README says are identical give the same
 * model, hence the same output. */
START_TEST(identical_examples_give_identical_output)
{
	char *xml1, *xml2, *out1, *out2;
	size_t l1, l2, o1, o2;
	fx_invoice *a = read_official("CII_example2.xml", &xml1, &l1);
	fx_invoice *b = read_official("CII_business_example_01.xml", &xml2, &l2);
	ck_assert_int_eq(fx_cii_write_memory(a, NULL, &out1, &o1), FX_OK);
	ck_assert_int_eq(fx_cii_write_memory(b, NULL, &out2, &o2), FX_OK);
	ck_assert_uint_eq(o1, o2);
	ck_assert_int_eq(memcmp(out1, out2, o1), 0);
	free(out1);
	free(out2);
	free(xml1);
	free(xml2);
	fx_invoice_free(a);
	fx_invoice_free(b);
}
END_TEST

/* A few values read from CII_example5 land in the right model fields. */
START_TEST(example5_fields)
{
	char *xml;
	size_t len;
	fx_invoice *inv = read_official("CII_example5.xml", &xml, &len);
	char buf[FX_DECIMAL_STRLEN];
	ck_assert_str_eq(inv->number, "TOSL110");
	ck_assert_str_eq(inv->project_ref, "Project345");
	ck_assert_str_eq(inv->contract_ref, "2013-05");
	ck_assert_uint_eq(inv->n_attachments, 3);
	ck_assert_str_eq(inv->attachments[2].mime_code, "application/pdf");
	ck_assert_str_eq(inv->attachments[2].filename, "EHF.pdf");
	ck_assert_uint_gt(inv->attachments[2].data_len, 0);
	ck_assert_str_eq(inv->delivery.location_id.scheme, "0088");
	ck_assert_str_eq(inv->delivery.location_id.id, "5790000436068");
	ck_assert_uint_eq(inv->n_vat_breakdown, 2);
	ck_assert_int_eq(inv->vat_breakdown[0].tax_point_date.year, 2013);
	ck_assert(fx_date_is_absent(inv->vat_breakdown[1].tax_point_date));
	ck_assert(fx_date_is_absent(inv->tax_point_date));
	ck_assert_str_eq(inv->lines[0].object_id.id, "Object2");
	ck_assert_int_eq(fx_decimal_format(inv->totals.due, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "2337.5");
	free(xml);
	fx_invoice_free(inv);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("official_roundtrip");
	TCase *tc = tcase_create("official");
	tcase_add_loop_test(tc, roundtrip, 0, (int)fx_ft_example_count);
	tcase_add_test(tc, identical_examples_give_identical_output);
	tcase_add_test(tc, example5_fields);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite, or skips when ../shared is absent. */
int main(void)
{
	fx_test_require_shared("test_official_roundtrip");
	setvbuf(stdout, NULL, _IOLBF, 0);
	return fx_test_run(suite());
}
