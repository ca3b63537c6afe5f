/*
 * Every invoice description of examples/ is computed, written as the CII of
 * its profile, and validated against the official Factur-X 1.09.2 XSD of
 * that profile (needs ../shared). Specific facts of the French examples are
 * checked in the produced XML.
 */
#include <dirent.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "facturx.h"
#include "test_cii.h"
#include "test_support.h"
#include "../support/example_dirs.h"

#define MAX_EXAMPLES 256

static char *examples[MAX_EXAMPLES];
static int n_examples;

/* Collects every *.json under dir (recursively) into examples[]. */
static void collect(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
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

/* Asserts that expr evaluates to want in the XML of example name. */
static void expect(const char *name, const char *xml, size_t len, const char *expr,
                   const char *want)
{
	char *got = fx_test_xpath(xml, len, expr);
	ck_assert_msg(strcmp(got, want) == 0, "%s: %s is '%s', expected '%s'", name, expr, got,
	              want);
	free(got);
}

#define HDR "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"
#define AGR HDR "ram:ApplicableHeaderTradeAgreement/"
#define SUM                                                                                        \
	HDR "ram:ApplicableHeaderTradeSettlement/"                                                 \
	    "ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
#define CTX "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/"

/* Checks the facts that make each French example what it claims to be. */
static void check_facts(const char *path, const char *xml, size_t len)
{
	const char *name = strrchr(path, '/') + 1;
	if (strcmp(name, "b2g-chorus-pro.json") == 0) {
		expect(name, xml, len,
		       CTX "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", "A1");
		expect(name, xml, len, AGR "ram:BuyerReference", "SERV-TECH-01");
		expect(name, xml, len, AGR "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID",
		       "EJ-1100452218");
		expect(name, xml, len,
		       AGR "ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID/@schemeID",
		       "0009");
		/* 12 x 650 + 480 = 8280.00; VAT 20 % = 1656.00 */
		expect(name, xml, len, SUM "ram:TaxBasisTotalAmount", "8280.00");
		expect(name, xml, len, SUM "ram:DuePayableAmount", "9936.00");
	} else if (strcmp(name, "b2b-2026-reform.json") == 0) {
		expect(name, xml, len,
		       "count(/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/"
		       "ram:IncludedNote[ram:SubjectCode='PMT' or ram:SubjectCode='PMD' or "
		       "ram:SubjectCode='AAB'])",
		       "3");
		expect(name, xml, len,
		       AGR "ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID/@schemeID",
		       "0002");
		/* lines 146.40 + 78.66 + 570.00 + 165.00 (20 %) + 34.80 (5.5 %);
		 * allowance 2 % of 960.06 = 19.20; charge 35.00 */
		expect(name, xml, len, SUM "ram:LineTotalAmount", "994.86");
		expect(name, xml, len, SUM "ram:AllowanceTotalAmount", "19.20");
		expect(name, xml, len, SUM "ram:ChargeTotalAmount", "35.00");
		expect(name, xml, len, SUM "ram:TaxBasisTotalAmount", "1010.66");
		/* (960.06 - 19.20 + 35.00) x 20 % = 195.17; 34.80 x 5.5 % = 1.91 */
		expect(name, xml, len, SUM "ram:TaxTotalAmount", "197.08");
		expect(name, xml, len, SUM "ram:GrandTotalAmount", "1207.74");
	} else if (strcmp(name, "credit-note.json") == 0) {
		expect(name, xml, len,
		       "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode", "381");
		expect(name, xml, len,
		       HDR "ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/"
		           "ram:IssuerAssignedID",
		       "FA-2026-10-0412");
		/* 189.00 + 31.00 = 220.00; VAT 44.00 */
		expect(name, xml, len, SUM "ram:GrandTotalAmount", "264.00");
	} else if (strcmp(name, "reverse-charge-subcontractor.json") == 0) {
		expect(
		    name, xml, len,
		    HDR
		    "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode",
		    "AE");
		expect(name, xml, len,
		       HDR "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/"
		           "ram:ExemptionReasonCode",
		       "VATEX-EU-AE");
		/* 38 x 48 + 1260.50 = 3084.50, no VAT */
		expect(name, xml, len, SUM "ram:TaxTotalAmount", "0.00");
		expect(name, xml, len, SUM "ram:DuePayableAmount", "3084.50");
	} else if (strcmp(name, "intra-eu-goods.json") == 0) {
		expect(
		    name, xml, len,
		    HDR
		    "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode",
		    "K");
		expect(name, xml, len,
		       AGR "ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID",
		       "DE123456789");
		/* 40 x 42.50 + 15 x 129.00 = 3635.00 */
		expect(name, xml, len, SUM "ram:DuePayableAmount", "3635.00");
	} else if (strcmp(name, "extended.json") == 0) {
		/* 2800 + 450 = 3250.00; VAT 650.00; prepaid 1200.00 */
		expect(name, xml, len, SUM "ram:TotalPrepaidAmount", "1200.00");
		expect(name, xml, len, SUM "ram:DuePayableAmount", "2700.00");
	} else if (strcmp(name, "minimum.json") == 0) {
		expect(name, xml, len, CTX "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID",
		       "urn:factur-x.eu:1p0:minimum");
	}
}

/* Every example converts and validates against its profile's XSD. */
START_TEST(examples_validate)
{
	int checked = 0;
	for (int i = 0; i < n_examples; i++) {
		fx_invoice *inv = NULL;
		int rc = fx_json_read_file(examples[i], &inv);
		ck_assert_msg(rc == FX_OK, "%s: %s", examples[i], fx_error_last()->message);
		/* The official CEN examples state line amounts that do not all
		 * follow quantity x price (no EN 16931 rule requires it): they are
		 * checked against the business rules only. */
		fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
		copts.rules_only = strstr(examples[i], "/examples/cen/") != NULL;
		rc = fx_invoice_compute(inv, &copts);
		ck_assert_msg(rc == FX_OK, "%s: %s", examples[i], fx_error_last()->message);
		fx_cii_options opts = FX_CII_OPTIONS_INIT;
		opts.profile = inv->has_profile ? inv->profile : FX_PROFILE_EN16931;
		char *xml = NULL;
		size_t len = 0;
		rc = fx_cii_write_memory(inv, &opts, &xml, &len);
		ck_assert_msg(rc == FX_OK, "%s: %s", examples[i], fx_error_last()->message);
		xmlSchemaPtr schema = fx_test_profile_schema(opts.profile);
		ck_assert_msg(fx_test_validate(schema, xml, len) == 0, "%s: not valid %s:\n%s",
		              examples[i], fx_profile_name(opts.profile),
		              fx_test_schema_messages());
		xmlSchemaFree(schema);
		check_facts(examples[i], xml, len);
		free(xml);
		fx_invoice_free(inv);
		checked++;
	}
	printf("%d example descriptions validated against their profile's XSD\n", checked);
	ck_assert_int_ge(checked, 12);
}
END_TEST

/* Runs the example checks (skipped without ../shared). */
int main(void)
{
	setlocale(LC_ALL, "");
	fx_test_require_shared("validating the examples against the official XSDs");
	collect(FX_SOURCE_DIR "/examples");
	Suite *s = suite_create("examples");
	TCase *tc = tcase_create("xsd");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, examples_validate);
	suite_add_tcase(s, tc);
	int rc = fx_test_run(s);
	for (int i = 0; i < n_examples; i++)
		free(examples[i]);
	return rc;
}
