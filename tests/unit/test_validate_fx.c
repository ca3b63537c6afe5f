/*
 * Layer 5 of the validator (src/validate/rules_fx*.c): the Factur-X 1.09.2
 * profile rules. The project's example of each profile (examples/profiles,
 * written as CII) passes layer 5; each mutation makes exactly the expected
 * layer-5 ids fire: cardinalities and code lists with their FX-SCH-A ids,
 * elements a profile does not use (FX-NOT-USED, NOID for attributes), the
 * Factur-X wording of business rules, BR-FXEXT-CO-15, the empty-element
 * warning, a forced profile, and the Factur-X code lists.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "facturx/validate.h"
#include "test_support.h"
#include "validate/rules_fx_struct.h"

#define PROFILES FX_SOURCE_DIR "/examples/profiles"

/* The CII XML of the example description at path (malloc'ed). */
static char *example_xml(const char *path)
{
	fx_invoice *inv = NULL;
	ck_assert_msg(fx_json_read_file(path, &inv) == FX_OK, "%s", fx_error_last()->message);
	ck_assert_msg(fx_invoice_compute(inv, NULL) == FX_OK, "%s", fx_error_last()->message);
	fx_cii_options o = FX_CII_OPTIONS_INIT;
	if (inv->has_profile)
		o.profile = inv->profile;
	char *xml = NULL;
	size_t len = 0;
	ck_assert_msg(fx_cii_write_memory(inv, &o, &xml, &len) == FX_OK, "%s",
	              fx_error_last()->message);
	fx_invoice_free(inv);
	return xml;
}

/* Replaces the first occurrence of from in xml (freed) by to; fails when
 * from is absent. */
static char *subst(char *xml, const char *from, const char *to)
{
	const char *hit = strstr(xml, from);
	ck_assert_msg(hit != NULL, "'%s' not found", from);
	size_t fl = strlen(from), tl = strlen(to), head = (size_t)(hit - xml);
	char *out = malloc(strlen(xml) - fl + tl + 1);
	ck_assert_ptr_nonnull(out);
	memcpy(out, xml, head);
	memcpy(out + head, to, tl);
	strcpy(out + head + tl, hit + fl);
	free(xml);
	return out;
}

/* Compares two strings for qsort. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Validates xml with layer 5 only (profile forced when force); returns the
 * sorted distinct ids of the layer-5 findings of severity sev, comma-
 * separated ("-" when none), malloc'ed. french: messages in French; msg:
 * receives a copy of the first such message when not NULL. */
static char *ids_of(const char *xml, fx_severity sev, bool force, fx_profile profile, bool french,
                    char **msg)
{
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.layers = FX_LAYER_BIT(FX_LAYER_FACTURX);
	o.force_profile = force;
	o.profile = profile;
	o.lang = french ? "fr" : "en";
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(xml, strlen(xml), "t.xml", &o, &r), FX_OK);
	size_t n = fx_report_count(r), k = 0;
	const char **ids = calloc(n + 1, sizeof(char *));
	ck_assert_ptr_nonnull(ids);
	if (msg)
		*msg = NULL;
	for (size_t i = 0; i < n; i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->layer != FX_LAYER_FACTURX || f->severity != sev)
			continue;
		if (msg && !*msg)
			*msg = strdup(f->message);
		ids[k++] = f->rule_id;
	}
	qsort(ids, k, sizeof(char *), cmp_str);
	char *out = malloc(4096);
	ck_assert_ptr_nonnull(out);
	strcpy(out, k ? "" : "-");
	for (size_t i = 0; i < k; i++) {
		if (i > 0 && strcmp(ids[i], ids[i - 1]) == 0)
			continue;
		if (*out)
			strcat(out, ",");
		strcat(out, ids[i]);
	}
	free(ids);
	fx_report_free(r);
	return out;
}

/* Checks that the fatal layer-5 ids of xml (freed) are expected. */
static void expect_fatal(char *xml, const char *expected)
{
	char *got = ids_of(xml, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_msg(strcmp(got, expected) == 0, "layer 5: expected %s, got %s", expected, got);
	free(got);
	free(xml);
}

/* Every profile table builds (paths and variants are well formed). */
START_TEST(tables_build)
{
	ck_assert(fx_sx_tables_ok());
}
END_TEST

/* The project's example of each profile passes layer 5. */
START_TEST(examples_pass)
{
	static const char *const files[] = {"minimum.json", "basic-wl.json", "basic.json",
	                                    "extended.json"};
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char path[512];
		snprintf(path, sizeof path, "%s/%s", PROFILES, files[i]);
		char *xml = example_xml(path);
		char *got = ids_of(xml, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, false, NULL);
		ck_assert_msg(strcmp(got, "-") == 0, "%s: %s", files[i], got);
		free(got);
		free(xml);
	}
}
END_TEST

/* MINIMUM: cardinalities, code lists, elements not used, its BR subset. */
START_TEST(minimum_rules)
{
	char *base = example_xml(PROFILES "/minimum.json");
	expect_fatal(subst(strdup(base), "<ram:CountryID>FR</ram:CountryID>", ""),
	             "BR-09,FX-SCH-A-000035");
	expect_fatal(
	    subst(strdup(base), "<ram:InvoiceCurrencyCode>EUR<", "<ram:InvoiceCurrencyCode>EUX<"),
	    "FX-NOT-USED,FX-SCH-A-000040");
	expect_fatal(subst(strdup(base), "currencyID=\"EUR\"", "currencyID=\"BGN\""),
	             "FX-NOT-USED");
	expect_fatal(subst(strdup(base), "<ram:Name>Société Hôtelière du Lac</ram:Name>",
	                   "<ram:Name>Société Hôtelière du Lac</ram:Name><ram:PostalTradeAddress>"
	                   "<ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>"),
	             "FX-NOT-USED");
	expect_fatal(subst(strdup(base), "<ram:ID>MIN-2026-001</ram:ID>",
	                   "<ram:ID schemeID=\"X\">MIN-2026-001</ram:ID>"),
	             "NOID");
	expect_fatal(
	    subst(strdup(base), "<ram:DuePayableAmount>1500.00</ram:DuePayableAmount>", ""),
	    "BR-15,FX-SCH-A-000044");
	expect_fatal(
	    subst(strdup(base), "<ram:ID schemeID=\"VA\">FR12", "<ram:ID schemeID=\"VA\">QQ12"),
	    "BR-CO-09");
	expect_fatal(
	    subst(strdup(base), ">urn:factur-x.eu:1p0:minimum<", ">urn:zugferd.de:2p0:minimum<"),
	    "-");
	expect_fatal(subst(strdup(base), "<ram:Name>Cabinet Bernard Conseil</ram:Name>",
	                   "<ram:Name> </ram:Name>"),
	             "-");
	free(base);
}
END_TEST

/* BASIC WL: header rules only, its own code list numbering. */
START_TEST(basicwl_rules)
{
	char *base = example_xml(PROFILES "/basic-wl.json");
	char *xml = subst(strdup(base), "<ram:CategoryCode>S</ram:CategoryCode>",
	                  "<ram:CategoryCode>B</ram:CategoryCode>");
	char *got = ids_of(xml, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_msg(strstr(got, "FX-SCH-A-") != NULL, "category B not refused: %s", got);
	free(got);
	free(xml);
	expect_fatal(subst(strdup(base), "<ram:TypeCode>380</ram:TypeCode>",
	                   "<ram:TypeCode>380</ram:TypeCode><ram:TypeCode>380</ram:TypeCode>"),
	             "FX-SCH-A-000020");
	/* BR-16 (a line) and the line sums are not BASIC WL rules. */
	got = ids_of(base, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_str_eq(got, "-");
	free(got);
	/* No empty-element warning in BASIC WL. */
	got = ids_of(base, FX_SEVERITY_WARNING, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_str_eq(got, "-");
	free(got);
	free(base);
}
END_TEST

/* BASIC: line rules; a line VAT breakdown amount is not used. */
START_TEST(basic_rules)
{
	char *base = example_xml(PROFILES "/basic.json");
	char *got = ids_of(base, FX_SEVERITY_WARNING, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_str_eq(got, "PEPPOL-EN16931-R008");
	free(got);
	char *xml =
	    subst(strdup(base), "<ram:CategoryCode>S</ram:CategoryCode>",
	          "<ram:CategoryCode>S</ram:CategoryCode><ram:BasisAmount>1</ram:BasisAmount>");
	got = ids_of(xml, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_msg(strstr(got, "FX-NOT-USED") != NULL, "%s", got);
	free(got);
	free(xml);
	free(base);
}
END_TEST

/* EN 16931: header document without a type code, Factur-X wording of BR-06. */
START_TEST(en16931_rules)
{
	char *base = example_xml(FX_SOURCE_DIR "/examples/invoice-fr-b2b.json");
	expect_fatal(subst(strdup(base), "<ram:BuyerTradeParty>",
	                   "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>X"
	                   "</ram:IssuerAssignedID></ram:AdditionalReferencedDocument>"
	                   "<ram:BuyerTradeParty>"),
	             "FX-NOT-USED");
	expect_fatal(
	    subst(strdup(base), "<ram:InvoiceCurrencyCode>EUR<", "<ram:InvoiceCurrencyCode>XYZ<"),
	    "BR-CO-15,FX-NOT-USED,FX-SCH-A-000595");
	free(base);
}
END_TEST

/* EXTENDED: BR-FXEXT-CO-15 has no escape for a missing VAT total. */
START_TEST(extended_rules)
{
	char *base = example_xml(PROFILES "/extended.json");
	char *got = ids_of(base, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_str_eq(got, "-");
	free(got);
	const char *total = strstr(base, "<ram:TaxTotalAmount");
	ck_assert_ptr_nonnull(total);
	const char *end = strstr(total, "</ram:TaxTotalAmount>");
	ck_assert_ptr_nonnull(end);
	char element[256];
	size_t len = (size_t)(end - total) + strlen("</ram:TaxTotalAmount>");
	ck_assert_uint_lt(len, sizeof element);
	memcpy(element, total, len);
	element[len] = '\0';
	expect_fatal(subst(strdup(base), element, ""), "BR-FXEXT-CO-15");
	expect_fatal(subst(strdup(base), "<ram:BuyerTradeParty>",
	                   "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>X"
	                   "</ram:IssuerAssignedID><ram:TypeCode>999</ram:TypeCode>"
	                   "</ram:AdditionalReferencedDocument><ram:BuyerTradeParty>"),
	             "FX-NOT-USED");
	free(base);
}
END_TEST

/* An EXTENDED "not subject to VAT" invoice: two lines of 100.00 and 50.00
 * under the exemption reason code reason1 / reason2, and a breakdown of
 * 150.00 under VATEX-EU-O (malloc'ed). */
static char *not_subject_invoice(const char *reason1, const char *reason2)
{
	static const char *const fmt =
	    "<rsm:CrossIndustryInvoice"
	    " xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\""
	    " xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
	    "ReusableAggregateBusinessInformationEntity:100\""
	    " xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">"
	    "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
	    "<ram:ID>urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended</ram:ID>"
	    "</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>"
	    "<rsm:SupplyChainTradeTransaction>%s%s<ram:ApplicableHeaderTradeSettlement>"
	    "<ram:ApplicableTradeTax><ram:CalculatedAmount>0</ram:CalculatedAmount>"
	    "<ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>150.00</ram:BasisAmount>"
	    "<ram:CategoryCode>O</ram:CategoryCode>"
	    "<ram:ExemptionReasonCode>VATEX-EU-O</ram:ExemptionReasonCode>"
	    "</ram:ApplicableTradeTax></ram:ApplicableHeaderTradeSettlement>"
	    "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>";
	static const char *const line_fmt =
	    "<ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement>"
	    "<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
	    "<ram:CategoryCode>O</ram:CategoryCode>"
	    "<ram:ExemptionReasonCode>%s</ram:ExemptionReasonCode></ram:ApplicableTradeTax>"
	    "<ram:SpecifiedTradeSettlementLineMonetarySummation>"
	    "<ram:LineTotalAmount>%s</ram:LineTotalAmount>"
	    "</ram:SpecifiedTradeSettlementLineMonetarySummation>"
	    "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>";
	char line1[1024], line2[1024];
	snprintf(line1, sizeof line1, line_fmt, reason1, "100.00");
	snprintf(line2, sizeof line2, line_fmt, reason2, "50.00");
	char *xml = malloc(strlen(fmt) + sizeof line1 + sizeof line2);
	ck_assert_ptr_nonnull(xml);
	sprintf(xml, fmt, line1, line2);
	return xml;
}

/* BR-FXEXT-O-08rev: the breakdown's basis counts only the lines whose
 * exemption reason is the breakdown's. */
START_TEST(extended_not_subject_by_reason)
{
	char *same = not_subject_invoice("VATEX-EU-O", "VATEX-EU-O");
	char *got = ids_of(same, FX_SEVERITY_WARNING, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_msg(!strstr(got, "BR-FXEXT-O-08rev"), "same reasons: %s", got);
	free(got);
	free(same);
	char *other = not_subject_invoice("VATEX-EU-O", "VATEX-EU-132-1A");
	got = ids_of(other, FX_SEVERITY_WARNING, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_msg(strstr(got, "BR-FXEXT-O-08rev"), "other reason: %s", got);
	free(got);
	free(other);
}
END_TEST

/* A forced profile stands for BT-24 naming it; messages follow the language. */
START_TEST(forced_profile_and_language)
{
	char *base = example_xml(PROFILES "/minimum.json");
	char *got = ids_of(base, FX_SEVERITY_FATAL, true, FX_PROFILE_MINIMUM, false, NULL);
	ck_assert_str_eq(got, "-");
	free(got);
	char *xml = subst(strdup(base), ">urn:factur-x.eu:1p0:minimum<", ">urn:example:other<");
	got = ids_of(xml, FX_SEVERITY_FATAL, true, FX_PROFILE_MINIMUM, false, NULL);
	ck_assert_str_eq(got, "-");
	free(got);
	free(xml);
	xml = subst(strdup(base), "<ram:CountryID>FR</ram:CountryID>",
	            "<ram:CountryID>ZZ</ram:CountryID>");
	char *msg = NULL;
	got = ids_of(xml, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, true, &msg);
	ck_assert_str_eq(got, "FX-SCH-A-000036");
	ck_assert_msg(msg && strstr(msg, "liste de codes"), "message: %s", msg ? msg : "(none)");
	free(msg);
	free(got);
	free(xml);
	free(base);
}
END_TEST

/* An amount the official schematron cannot cast stops it: no layer-5 rule
 * runs, one INFO finding says why. */
START_TEST(not_applied_when_schematron_stops)
{
	char *base = example_xml(PROFILES "/basic.json");
	const char *grand = strstr(base, "<ram:GrandTotalAmount>");
	ck_assert_ptr_nonnull(grand);
	const char *end = strstr(grand, "</ram:GrandTotalAmount>");
	char element[128];
	size_t len = (size_t)(end - grand) + strlen("</ram:GrandTotalAmount>");
	ck_assert_uint_lt(len, sizeof element);
	memcpy(element, grand, len);
	element[len] = '\0';
	char *xml = subst(strdup(base), element, "<ram:GrandTotalAmount></ram:GrandTotalAmount>");
	char *got = ids_of(xml, FX_SEVERITY_FATAL, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_str_eq(got, "-");
	free(got);
	got = ids_of(xml, FX_SEVERITY_INFO, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_str_eq(got, "FX-NOT-APPLIED");
	free(got);
	free(xml);
	/* MINIMUM does not cast its totals: its rules still run. */
	char *min = example_xml(PROFILES "/minimum.json");
	xml = subst(min, "<ram:GrandTotalAmount>1500.00</ram:GrandTotalAmount>",
	            "<ram:GrandTotalAmount></ram:GrandTotalAmount>");
	got = ids_of(xml, FX_SEVERITY_INFO, false, FX_PROFILE_EN16931, false, NULL);
	ck_assert_str_eq(got, "-");
	free(got);
	free(xml);
	free(base);
}
END_TEST

/* The Factur-X code lists: the release's currencies, categories without B. */
START_TEST(code_lists)
{
	ck_assert(fx_fxlist_has(FX_FXL_CURRENCY, "EUR", 3));
	ck_assert(fx_fxlist_has(FX_FXL_CURRENCY, "ZWG", 3));
	ck_assert(!fx_fxlist_has(FX_FXL_CURRENCY, "BGN", 3));
	ck_assert(!fx_fxlist_has(FX_FXL_CURRENCY, "eur", 3));
	ck_assert(fx_fxlist_has(FX_FXL_VAT_CATEGORY, "AE", 2));
	ck_assert(!fx_fxlist_has(FX_FXL_VAT_CATEGORY, "B", 1));
	ck_assert(fx_fxlist_has(FX_FXL_GUIDELINE_EXTENDED,
	                        "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended",
	                        62));
	ck_assert(!fx_fxlist_has(FX_FXL_GUIDELINE_EN16931, "urn:factur-x.eu:1p0:minimum", 27));
	ck_assert(fx_fxlist_has(FX_FXL_COUNTRY, "FR", 2));
	ck_assert(!fx_fxlist_has(FX_FXL_COUNTRY, "FR ", 3));
	ck_assert(!fx_fxlist_has(FX_FXL_NONE, "FR", 2));
	ck_assert(!fx_fxlist_has(FX_FXL_DATE_102, "10", 2));
}
END_TEST

/* The suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("validate_fx");
	TCase *tc = tcase_create("fx");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, tables_build);
	tcase_add_test(tc, examples_pass);
	tcase_add_test(tc, minimum_rules);
	tcase_add_test(tc, basicwl_rules);
	tcase_add_test(tc, basic_rules);
	tcase_add_test(tc, en16931_rules);
	tcase_add_test(tc, extended_rules);
	tcase_add_test(tc, extended_not_subject_by_reason);
	tcase_add_test(tc, forced_profile_and_language);
	tcase_add_test(tc, not_applied_when_schematron_stops);
	tcase_add_test(tc, code_lists);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
