/*
 * Schema tests of the CII writer: a rich invoice (nearly every field of
 * the model) written in each Factur-X profile must be valid against that
 * profile's official 1.09.2 XSD, and the EXTENDED output against the
 * UN/CEFACT CII D16B schema. Needs ../shared (skipped otherwise).
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "cii/write.h"
#include "facturx/cii.h"
#include "test_cii.h"
#include "test_cii_write_fixtures.h"
#include "test_support.h"

/* Writes inv in profile p (compact or not), failing on error. */
static char *write_profile(const fx_invoice *inv, fx_profile p, int compact)
{
	fx_cii_options o = FX_CII_OPTIONS_INIT;
	o.profile = p;
	o.compact = compact;
	char *xml = NULL;
	int rc = fx_cii_write_memory(inv, &o, &xml, NULL);
	ck_assert_msg(rc == 0, "%s: %s", fx_profile_name(p), fx_error_last()->message);
	return xml;
}

/* Writes the fixture of each level in every profile and validates it. */
START_TEST(test_every_profile_valid)
{
	fx_profile p = (fx_profile)_i;
	xmlSchemaPtr schema = fx_test_profile_schema(p);
	for (int level = 0; level <= 3; level++) {
		fx_invoice *inv = fixture_new(level);
		for (int compact = 0; compact <= 1; compact++) {
			char *xml = write_profile(inv, p, compact);
			ck_assert_msg(fx_test_validate(schema, xml, strlen(xml)) == 0,
			              "fixture %d in %s is not valid:\n%s", level,
			              fx_profile_name(p), fx_test_schema_messages());
			free(xml);
		}
		fx_invoice_free(inv);
	}
	xmlSchemaFree(schema);
}
END_TEST

/* The rich invoice really uses the profile's room: EXTENDED output is
 * refused by the smaller schemas (so the validation above can fail). */
START_TEST(test_richer_output_refused_by_smaller_schema)
{
	fx_invoice *inv = fixture_new(3);
	char *xml = write_profile(inv, FX_PROFILE_EXTENDED, 0);
	for (int p = FX_PROFILE_MINIMUM; p < FX_PROFILE_EXTENDED; p++) {
		xmlSchemaPtr schema = fx_test_profile_schema((fx_profile)p);
		ck_assert_msg(fx_test_validate(schema, xml, strlen(xml)) != 0,
		              "%s accepted EXTENDED output", fx_profile_name((fx_profile)p));
		xmlSchemaFree(schema);
	}
	free(xml);
	fx_invoice_free(inv);
}
END_TEST

/* The rich EXTENDED invoice in full CII D16B. D16B predates two Factur-X
 * EXTENDED (D22B) features, so this variant keeps one BG-3 reference and
 * no invoice reference in the advance payment. */
START_TEST(test_extended_valid_d16b)
{
	xmlSchemaPtr schema = fx_test_schema("reference/xsd/cii-d16b-uncoupled/CII/uncefact/data/"
	                                     "standard/CrossIndustryInvoice_100pD16B.xsd");
	fx_invoice *inv = fixture_new(3);
	inv->n_preceding_invoices = 1;
	inv->advance_payments[0].invoice_ref = NULL;
	inv->advance_payments[0].invoice_ref_date = fx_day(0, 0, 0);
	char *xml = write_profile(inv, FX_PROFILE_EXTENDED, 0);
	ck_assert_msg(fx_test_validate(schema, xml, strlen(xml)) == 0,
	              "EXTENDED is not valid CII D16B:\n%s", fx_test_schema_messages());
	free(xml);
	/* The D22B-only reference is indeed outside D16B. */
	inv->n_preceding_invoices = 2;
	xml = write_profile(inv, FX_PROFILE_EXTENDED, 0);
	ck_assert_int_ne(fx_test_validate(schema, xml, strlen(xml)), 0);
	free(xml);
	xmlSchemaFree(schema);
	fx_invoice_free(inv);
}
END_TEST

/* A rich invoice with several VAT rates, exempt and reverse-charge
 * breakdowns, card payment only: still valid everywhere. */
START_TEST(test_variants_valid)
{
	fx_invoice *inv = fixture_new(3);
	fx_vat_breakdown *vb;
	ck_assert_int_eq(fx_invoice_add_vat_breakdown(inv, &vb), 0);
	vb->taxable_amount = fx_dec("0.00");
	vb->tax_amount = fx_dec("0.00");
	FX_SET(inv, vb->category, "AE");
	vb->rate = fx_dec("0");
	FX_SET(inv, vb->exemption_reason, "Autoliquidation");
	FX_SET(inv, vb->exemption_code, "VATEX-EU-AE");
	FX_SET(inv, vb->due_date_code, "3");
	inv->payment.n_credit_transfers = 0;
	FX_SET(inv, inv->type_code, "381");
	for (int p = FX_PROFILE_MINIMUM; p <= FX_PROFILE_EXTENDED; p++) {
		xmlSchemaPtr schema = fx_test_profile_schema((fx_profile)p);
		char *xml = write_profile(inv, (fx_profile)p, 1);
		ck_assert_msg(fx_test_validate(schema, xml, strlen(xml)) == 0, "%s:\n%s",
		              fx_profile_name((fx_profile)p), fx_test_schema_messages());
		free(xml);
		xmlSchemaFree(schema);
	}
	fx_invoice_free(inv);
}
END_TEST

/* Builds the suite. */
static Suite *cii_xsd_suite(void)
{
	Suite *s = suite_create("cii_xsd");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, test_every_profile_valid, FX_PROFILE_MINIMUM,
	                    FX_PROFILE_EXTENDED + 1);
	tcase_add_test(tc, test_richer_output_refused_by_smaller_schema);
	tcase_add_test(tc, test_extended_valid_d16b);
	tcase_add_test(tc, test_variants_valid);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite (skipped when ../shared is absent). */
int main(void)
{
	setlocale(LC_ALL, "");
	fx_test_require_shared("test_cii_xsd");
	int rc = fx_test_run(cii_xsd_suite());
	xmlCleanupParser();
	return rc;
}
