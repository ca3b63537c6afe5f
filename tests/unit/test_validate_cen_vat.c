/*
 * Tests of the EN 16931 VAT category rules (rules_cen_vat*.c) on small
 * invoices built here: the artefacts' rounding of category sums, the
 * tolerance of the "-08" rules, the counting quirks of the "-01" rules,
 * split payment, charge indicators read as xs:boolean, and the rules that
 * never fire.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx/validate.h"
#include "test_support.h"

#define RSM "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
#define RAM "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
#define UDT "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"

/** The variable parts of a test invoice. */
typedef struct invoice {
	const char *root_ns;    /* namespace of the root element (NULL: rsm) */
	const char *seller_cc;  /* seller country (NULL: FR) */
	const char *buyer_cc;   /* buyer country (NULL: FR) */
	const char *seller_tax; /* seller ram:SpecifiedTaxRegistration (NULL: FR VAT id) */
	const char *lines;      /* ram:IncludedSupplyChainTradeLineItem elements */
	const char *breakdowns; /* header ram:ApplicableTradeTax elements */
	const char *allowances; /* header ram:SpecifiedTradeAllowanceCharge elements */
} invoice;

/* Writes a line of category cat, rate (NULL: none) and net amount into
 * buf (size bytes); returns buf. */
static char *line(char *buf, size_t size, const char *cat, const char *rate, const char *amount)
{
	char r[96] = "";
	if (rate)
		snprintf(r, sizeof(r), "<ram:RateApplicablePercent>%s</ram:RateApplicablePercent>",
		         rate);
	snprintf(buf, size,
	         "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
	         "<ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>"
	         "<ram:SpecifiedTradeProduct><ram:Name>P</ram:Name></ram:SpecifiedTradeProduct>"
	         "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
	         "<ram:ChargeAmount>1</ram:ChargeAmount></ram:NetPriceProductTradePrice>"
	         "</ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>"
	         "<ram:BilledQuantity unitCode=\"C62\">1</ram:BilledQuantity>"
	         "</ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement>"
	         "<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
	         "<ram:CategoryCode>%s</ram:CategoryCode>%s</ram:ApplicableTradeTax>"
	         "<ram:SpecifiedTradeSettlementLineMonetarySummation>"
	         "<ram:LineTotalAmount>%s</ram:LineTotalAmount>"
	         "</ram:SpecifiedTradeSettlementLineMonetarySummation>"
	         "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>",
	         cat, r, amount);
	return buf;
}

/* Writes a VAT breakdown of category cat, rate (NULL: none), taxable and
 * tax amounts into buf; returns buf. */
static char *breakdown(char *buf, size_t size, const char *cat, const char *rate, const char *basis,
                       const char *tax)
{
	char r[96] = "";
	if (rate)
		snprintf(r, sizeof(r), "<ram:RateApplicablePercent>%s</ram:RateApplicablePercent>",
		         rate);
	snprintf(buf, size,
	         "<ram:ApplicableTradeTax><ram:CalculatedAmount>%s</ram:CalculatedAmount>"
	         "<ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%s</ram:BasisAmount>"
	         "<ram:CategoryCode>%s</ram:CategoryCode>%s</ram:ApplicableTradeTax>",
	         tax, basis, cat, r);
	return buf;
}

/* Writes a document level allowance or charge (indicator text as given)
 * of category cat and rate into buf; returns buf. */
static char *allowance(char *buf, size_t size, const char *indicator, const char *amount,
                       const char *cat, const char *rate)
{
	snprintf(buf, size,
	         "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator>"
	         "<udt:Indicator>%s</udt:Indicator></ram:ChargeIndicator>"
	         "<ram:ActualAmount>%s</ram:ActualAmount><ram:Reason>R</ram:Reason>"
	         "<ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
	         "<ram:CategoryCode>%s</ram:CategoryCode>"
	         "<ram:RateApplicablePercent>%s</ram:RateApplicablePercent></ram:CategoryTradeTax>"
	         "</ram:SpecifiedTradeAllowanceCharge>",
	         indicator, amount, cat, rate);
	return buf;
}

/* Builds the invoice XML (malloc'ed). */
static char *build(const invoice *in)
{
	static const char *const fmt =
	    "<?xml version=\"1.0\"?>\n"
	    "<rsm:CrossIndustryInvoice xmlns:rsm=\"%s\" xmlns:ram=\"" RAM "\" xmlns:udt=\"" UDT
	    "\">"
	    "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
	    "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></"
	    "ram:GuidelineSpecifiedDocumentContextParameter>"
	    "</rsm:ExchangedDocumentContext><rsm:ExchangedDocument><ram:ID>F1</ram:ID>"
	    "<ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime>"
	    "<udt:DateTimeString format=\"102\">20260101</udt:DateTimeString></ram:IssueDateTime>"
	    "</rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction>%s"
	    "<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>S</ram:Name>"
	    "<ram:PostalTradeAddress><ram:CountryID>%s</ram:CountryID></ram:PostalTradeAddress>"
	    "%s</ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>B</ram:Name>"
	    "<ram:PostalTradeAddress><ram:CountryID>%s</ram:CountryID></ram:PostalTradeAddress>"
	    "</ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>"
	    "<ram:ApplicableHeaderTradeDelivery/><ram:ApplicableHeaderTradeSettlement>"
	    "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>%s%s"
	    "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
	    "</rsm:CrossIndustryInvoice>\n";
	const char *tax = in->seller_tax ? in->seller_tax
	                                 : "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">"
	                                   "FR11123456789</ram:ID></ram:SpecifiedTaxRegistration>";
	const char *parts[] = {
	    in->root_ns ? in->root_ns : RSM,      in->lines ? in->lines : "",
	    in->seller_cc ? in->seller_cc : "FR", tax,
	    in->buyer_cc ? in->buyer_cc : "FR",   in->breakdowns ? in->breakdowns : "",
	    in->allowances ? in->allowances : ""};
	size_t n = strlen(fmt) + 1;
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		n += strlen(parts[i]);
	char *s = malloc(n);
	ck_assert_ptr_nonnull(s);
	snprintf(s, n, fmt, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
	return s;
}

/* Validates in with the EN 16931 layer only and returns the report. */
static fx_report *validate(const invoice *in)
{
	char *xml = build(in);
	fx_validate_options opts;
	ck_assert_int_eq(fx_validate_options_init(&opts, FX_VALIDATE_OPTIONS_VERSION), FX_OK);
	opts.layers = FX_LAYER_BIT(FX_LAYER_EN16931);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(xml, strlen(xml), "test.xml", &opts, &r), FX_OK);
	free(xml);
	return r;
}

/* True when r has a layer 4 finding id. */
static bool has(const fx_report *r, const char *id)
{
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->layer == FX_LAYER_EN16931 && strcmp(f->rule_id, id) == 0)
			return true;
	}
	return false;
}

/* Validates in and asserts whether rule id fires. */
static void expect(const invoice *in, const char *id, bool fires)
{
	fx_report *r = validate(in);
	ck_assert_msg(has(r, id) == fires, "%s %s", id, fires ? "should fire" : "should not fire");
	fx_report_free(r);
}

START_TEST(s08_rounds_half_towards_positive_infinity)
{
	char l1[2048], l2[2048], lines[4096], b[512];
	snprintf(lines, sizeof(lines), "%s%s", line(l1, sizeof(l1), "S", "10", "1.005"),
	         line(l2, sizeof(l2), "S", "10", "1.000"));
	invoice in = {.lines = lines,
	              .breakdowns = breakdown(b, sizeof(b), "S", "10", "2.01", "0.20")};
	expect(&in, "BR-S-08", false);
	in.breakdowns = breakdown(b, sizeof(b), "S", "10", "2.00", "0.20");
	expect(&in, "BR-S-08", true);
	/* -2.005 rounds to -2.00 (XPath round), not to -2.01 (half up). */
	snprintf(lines, sizeof(lines), "%s%s", line(l1, sizeof(l1), "S", "10", "-1.005"),
	         line(l2, sizeof(l2), "S", "10", "-1.000"));
	in.breakdowns = breakdown(b, sizeof(b), "S", "10", "-2.00", "-0.20");
	expect(&in, "BR-S-08", false);
	in.breakdowns = breakdown(b, sizeof(b), "S", "10", "-2.01", "-0.20");
	expect(&in, "BR-S-08", true);
}
END_TEST

START_TEST(s08_per_rate_with_allowances)
{
	char l1[2048], l2[2048], lines[4096], b1[512], b2[512], bs[1024], a1[1024], a2[1024],
	    as[2048];
	snprintf(lines, sizeof(lines), "%s%s", line(l1, sizeof(l1), "S", "20", "100.00"),
	         line(l2, sizeof(l2), "S", "5.5", "50.00"));
	/* 20 %: 100 + 10 (charge "1") - 5 (allowance "0") = 105. */
	snprintf(as, sizeof(as), "%s%s", allowance(a1, sizeof(a1), "1", "10.00", "S", "20"),
	         allowance(a2, sizeof(a2), " 0 ", "5.00", "S", "20.0"));
	snprintf(bs, sizeof(bs), "%s%s", breakdown(b1, sizeof(b1), "S", "20", "105.00", "21.00"),
	         breakdown(b2, sizeof(b2), "S", "5.50", "50.00", "2.75"));
	invoice in = {.lines = lines, .breakdowns = bs, .allowances = as};
	expect(&in, "BR-S-08", false);
	snprintf(bs, sizeof(bs), "%s%s", breakdown(b1, sizeof(b1), "S", "20", "100.00", "20.00"),
	         breakdown(b2, sizeof(b2), "S", "5.5", "50.00", "2.75"));
	expect(&in, "BR-S-08", true);
}
END_TEST

START_TEST(s09_within_one)
{
	char l[2048], b[512];
	invoice in = {.lines = line(l, sizeof(l), "S", "20", "100.00"),
	              .breakdowns = breakdown(b, sizeof(b), "S", "20", "100.00", "20.99")};
	expect(&in, "BR-S-09", false);
	in.breakdowns = breakdown(b, sizeof(b), "S", "20", "100.00", "21.00");
	expect(&in, "BR-S-09", true);
	in.breakdowns = breakdown(b, sizeof(b), "S", "20", "-100.00", "-19.01");
	expect(&in, "BR-S-09", false);
	in.breakdowns = breakdown(b, sizeof(b), "S", NULL, "100.00", "0.00");
	expect(&in, "BR-S-09", true);
}
END_TEST

START_TEST(z08_tolerance_of_one)
{
	char l[2048], b[512];
	invoice in = {.lines = line(l, sizeof(l), "Z", "0", "100.00"),
	              .breakdowns = breakdown(b, sizeof(b), "Z", "0", "100.99", "0.00")};
	expect(&in, "BR-Z-08", false);
	in.breakdowns = breakdown(b, sizeof(b), "Z", "0", "101.00", "0.00");
	expect(&in, "BR-Z-08", true);
	in.breakdowns = breakdown(b, sizeof(b), "Z", "0", "99.01", "0.00");
	expect(&in, "BR-Z-08", false);
	in.breakdowns = breakdown(b, sizeof(b), "Z", "0", "99.00", "0.00");
	expect(&in, "BR-Z-08", true);
}
END_TEST

START_TEST(s01_counts_lines_and_breakdowns)
{
	char l1[2048], l2[2048], lines[4096], b[512];
	invoice in = {.lines = line(l1, sizeof(l1), "S", "20", "10.00"),
	              .breakdowns = breakdown(b, sizeof(b), "Z", "0", "0.00", "0.00")};
	expect(&in, "BR-S-01", true);
	/* Two S lines and no S breakdown: the artefacts' count reaches 2. */
	snprintf(lines, sizeof(lines), "%s%s", line(l1, sizeof(l1), "S", "20", "10.00"),
	         line(l2, sizeof(l2), "S", "20", "10.00"));
	in.lines = lines;
	expect(&in, "BR-S-01", false);
}
END_TEST

START_TEST(z01_exactly_one_breakdown)
{
	char l[2048], b1[512], b2[512], bs[1024];
	invoice in = {.lines = line(l, sizeof(l), "Z", "0", "10.00")};
	expect(&in, "BR-Z-01", true);
	in.breakdowns = breakdown(b1, sizeof(b1), "Z", "0", "10.00", "0.00");
	expect(&in, "BR-Z-01", false);
	snprintf(bs, sizeof(bs), "%s%s", b1, breakdown(b2, sizeof(b2), "Z", "0", "0.00", "0.00"));
	in.breakdowns = bs;
	expect(&in, "BR-Z-01", true);
}
END_TEST

START_TEST(o01_lines_without_breakdown_pass)
{
	char l[2048], b1[512], b2[512], bs[1024];
	invoice in = {.seller_tax = "",
	              .lines = line(l, sizeof(l), "O", NULL, "10.00"),
	              .breakdowns = breakdown(b1, sizeof(b1), "S", "20", "0.00", "0.00")};
	expect(&in, "BR-O-01", false);
	snprintf(bs, sizeof(bs), "%s%s", breakdown(b1, sizeof(b1), "O", NULL, "10.00", "0.00"),
	         breakdown(b2, sizeof(b2), "O", NULL, "0.00", "0.00"));
	in.breakdowns = bs;
	expect(&in, "BR-O-01", true);
	expect(&in, "BR-O-05", false);
	expect(&in, "BR-O-02", false);
	in.seller_tax = NULL;
	expect(&in, "BR-O-02", true);
}
END_TEST

START_TEST(b01_b02_split_payment)
{
	char l1[2048], l2[2048], lines[4096];
	invoice in = {
	    .seller_cc = "IT", .buyer_cc = "IT", .lines = line(l1, sizeof(l1), "B", "22", "10.00")};
	expect(&in, "BR-B-01", false);
	expect(&in, "BR-B-02", false);
	in.buyer_cc = "FR";
	expect(&in, "BR-B-01", true);
	snprintf(lines, sizeof(lines), "%s%s", line(l1, sizeof(l1), "B", "22", "10.00"),
	         line(l2, sizeof(l2), "S", "22", "10.00"));
	in.lines = lines;
	expect(&in, "BR-B-02", true);
	in.lines = line(l1, sizeof(l1), "S", "22", "10.00");
	expect(&in, "BR-B-01", false);
}
END_TEST

START_TEST(indicator_read_as_boolean)
{
	char a[1024], l[2048];
	invoice in = {.lines = line(l, sizeof(l), "S", "20", "10.00"),
	              .allowances = allowance(a, sizeof(a), "1", "5.00", "S", "0")};
	expect(&in, "BR-S-07", true);
	expect(&in, "BR-S-06", false);
	in.allowances = allowance(a, sizeof(a), " false ", "5.00", "S", "0");
	expect(&in, "BR-S-06", true);
	in.allowances = allowance(a, sizeof(a), "yes", "5.00", "S", "0");
	expect(&in, "BR-S-06", false);
	expect(&in, "BR-S-07", false);
}
END_TEST

START_TEST(igic_and_ipsi_08_09_never_fire)
{
	char l[2048], b[512];
	invoice in = {.lines = line(l, sizeof(l), "L", "7", "100.00"),
	              .breakdowns = breakdown(b, sizeof(b), "L", "7", "1.00", "50.00")};
	expect(&in, "BR-AF-08", false);
	expect(&in, "BR-AF-09", false);
	expect(&in, "BR-AF-10", false);
	in.lines = line(l, sizeof(l), "M", "-1", "100.00");
	in.breakdowns = breakdown(b, sizeof(b), "M", "4", "1.00", "50.00");
	expect(&in, "BR-AG-08", false);
	expect(&in, "BR-AG-05", true);
}
END_TEST

START_TEST(wrong_root_namespace)
{
	/* The artefacts reach the breakdown with //ram:..., their sums with
	 * absolute /rsm:... paths: the sums are then 0. */
	char l[2048], b[512];
	invoice in = {.root_ns = "urn:wrong",
	              .lines = line(l, sizeof(l), "S", "20", "10.00"),
	              .breakdowns = breakdown(b, sizeof(b), "S", "20", "10.00", "2.00")};
	expect(&in, "BR-S-08", true);
	in.breakdowns = breakdown(b, sizeof(b), "S", "20", "0.00", "0.00");
	expect(&in, "BR-S-08", false);
}
END_TEST

/* The suite. */
static Suite *vat_suite(void)
{
	Suite *s = suite_create("validate_cen_vat");
	TCase *tc = tcase_create("vat");
	tcase_add_test(tc, s08_rounds_half_towards_positive_infinity);
	tcase_add_test(tc, s08_per_rate_with_allowances);
	tcase_add_test(tc, s09_within_one);
	tcase_add_test(tc, z08_tolerance_of_one);
	tcase_add_test(tc, s01_counts_lines_and_breakdowns);
	tcase_add_test(tc, z01_exactly_one_breakdown);
	tcase_add_test(tc, o01_lines_without_breakdown_pass);
	tcase_add_test(tc, b01_b02_split_payment);
	tcase_add_test(tc, indicator_read_as_boolean);
	tcase_add_test(tc, igic_and_ipsi_08_09_never_fire);
	tcase_add_test(tc, wrong_root_namespace);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(vat_suite());
}
