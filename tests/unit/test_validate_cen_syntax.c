/*
 * Tests of the CEN CII syntax and data type rules (rules_cen_sr.c,
 * rules_cen_dt.c) on small invoices: cardinalities across the document,
 * dates of format 102, the official pattern's "first rule wins" on
 * identifiers and type codes, and the official identifiers of warnings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx/validate.h"
#include "test_support.h"

/** Where a test puts its XML in the invoice. */
typedef struct parts {
	const char *context;    /* inside rsm:ExchangedDocumentContext, first */
	const char *doc_id;     /* rsm:ExchangedDocument/ram:ID element */
	const char *type_code;  /* rsm:ExchangedDocument/ram:TypeCode element */
	const char *date;       /* the issue date element (udt:DateTimeString) */
	const char *quantity;   /* the line's ram:BilledQuantity element */
	const char *seller;     /* inside the seller, after its name */
	const char *settlement; /* inside the header settlement, after the currency */
} parts;

/* Builds the invoice XML (malloc'ed). */
static char *build(const parts *p)
{
	static const char *const fmt =
	    "<?xml version=\"1.0\"?>\n"
	    "<rsm:CrossIndustryInvoice "
	    "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
	    "xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
	    "ReusableAggregateBusinessInformationEntity:100\" "
	    "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">"
	    "<rsm:ExchangedDocumentContext>%s<ram:GuidelineSpecifiedDocumentContextParameter>"
	    "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></"
	    "ram:GuidelineSpecifiedDocumentContextParameter>"
	    "</rsm:ExchangedDocumentContext><rsm:ExchangedDocument>%s%s<ram:IssueDateTime>%s"
	    "</ram:IssueDateTime></rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction>"
	    "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
	    "<ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>"
	    "<ram:SpecifiedTradeProduct><ram:Name>P</ram:Name></ram:SpecifiedTradeProduct>"
	    "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
	    "<ram:ChargeAmount>1</ram:ChargeAmount><ram:BasisQuantity unitCode=\"C62\">1"
	    "</ram:BasisQuantity></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"
	    "<ram:SpecifiedLineTradeDelivery>%s</ram:SpecifiedLineTradeDelivery>"
	    "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax>"
	    "<ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
	    "<ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
	    "<ram:SpecifiedTradeSettlementLineMonetarySummation>"
	    "<ram:LineTotalAmount>1.00</ram:LineTotalAmount>"
	    "</ram:SpecifiedTradeSettlementLineMonetarySummation></"
	    "ram:SpecifiedLineTradeSettlement>"
	    "</ram:IncludedSupplyChainTradeLineItem><ram:ApplicableHeaderTradeAgreement>"
	    "<ram:SellerTradeParty><ram:Name>S</ram:Name>%s</ram:SellerTradeParty>"
	    "<ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty>"
	    "</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>"
	    "<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR"
	    "</ram:InvoiceCurrencyCode>%s</ram:ApplicableHeaderTradeSettlement>"
	    "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>\n";
	const char *v[] = {
	    p->context ? p->context : "",
	    p->doc_id ? p->doc_id : "<ram:ID>F1</ram:ID>",
	    p->type_code ? p->type_code : "<ram:TypeCode>380</ram:TypeCode>",
	    p->date ? p->date : "<udt:DateTimeString format=\"102\">20260101</udt:DateTimeString>",
	    p->quantity ? p->quantity
	                : "<ram:BilledQuantity unitCode=\"C62\">1</ram:BilledQuantity>",
	    p->seller ? p->seller : "",
	    p->settlement ? p->settlement : ""};
	size_t n = strlen(fmt) + 1;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		n += strlen(v[i]);
	char *s = malloc(n);
	ck_assert_ptr_nonnull(s);
	snprintf(s, n, fmt, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
	return s;
}

/* Validates p with the EN 16931 layer only; severity of id, or -1 when
 * it does not fire. */
static int severity_of(const parts *p, const char *id)
{
	char *xml = build(p);
	fx_validate_options opts;
	ck_assert_int_eq(fx_validate_options_init(&opts, FX_VALIDATE_OPTIONS_VERSION), FX_OK);
	opts.layers = FX_LAYER_BIT(FX_LAYER_EN16931);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(xml, strlen(xml), "test.xml", &opts, &r), FX_OK);
	int sev = -1;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->layer == FX_LAYER_EN16931 && strcmp(f->rule_id, id) == 0)
			sev = (int)f->severity;
	}
	fx_report_free(r);
	free(xml);
	return sev;
}

/* Asserts that id fires as a fatal finding (fires) or not at all. */
static void expect(const parts *p, const char *id, bool fires)
{
	int sev = severity_of(p, id);
	if (fires)
		ck_assert_msg(sev == FX_SEVERITY_FATAL, "%s should fire (fatal), got %d", id, sev);
	else
		ck_assert_msg(sev == -1, "%s should not fire", id);
}

/* Two VAT breakdowns with the VAT point date codes a and b. */
static const char *two_breakdowns(char *buf, size_t size, const char *a, const char *b)
{
	static const char *const one =
	    "<ram:ApplicableTradeTax><ram:CalculatedAmount>0.10</ram:CalculatedAmount>"
	    "<ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>0.50</ram:BasisAmount>"
	    "<ram:CategoryCode>S</ram:CategoryCode><ram:DueDateTypeCode>%s</ram:DueDateTypeCode>"
	    "<ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>";
	char x[512], y[512];
	snprintf(x, sizeof(x), one, a);
	snprintf(y, sizeof(y), one, b);
	snprintf(buf, size, "%s%s", x, y);
	return buf;
}

/* Two payment instructions with codes and texts as given. */
static const char *two_payments(char *buf, size_t size, const char *code1, const char *text1,
                                const char *code2, const char *text2)
{
	snprintf(buf, size,
	         "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>%s</ram:TypeCode>"
	         "<ram:Information>%s</ram:Information><ram:PayeePartyCreditorFinancialAccount>"
	         "<ram:IBANID>FR76</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>"
	         "</ram:SpecifiedTradeSettlementPaymentMeans>"
	         "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>%s</ram:TypeCode>"
	         "<ram:Information>%s</ram:Information></ram:SpecifiedTradeSettlementPaymentMeans>",
	         code1, text1, code2, text2);
	return buf;
}

START_TEST(sr462_vat_point_date_codes_agree)
{
	char buf[2048];
	parts p = {.settlement = two_breakdowns(buf, sizeof(buf), "5", "5")};
	expect(&p, "CII-SR-462", false);
	p.settlement = two_breakdowns(buf, sizeof(buf), "5", "29");
	expect(&p, "CII-SR-462", true);
}
END_TEST

START_TEST(sr467_sr468_sr470_payment_means)
{
	char buf[2048];
	/* Compared after normalize-space(); the second one (58, no account)
	 * breaks CII-SR-470. */
	parts p = {.settlement = two_payments(buf, sizeof(buf), "58", "SEPA  transfer", " 58 ",
	                                      "SEPA transfer")};
	expect(&p, "CII-SR-467", false);
	expect(&p, "CII-SR-468", false);
	expect(&p, "CII-SR-470", true);
	p.settlement = two_payments(buf, sizeof(buf), "58", "A", "42", "B");
	expect(&p, "CII-SR-467", true);
	expect(&p, "CII-SR-468", true);
	expect(&p, "CII-SR-470", false);
}
END_TEST

START_TEST(dt097_date_format_102)
{
	parts p = {.date = "<udt:DateTimeString format=\"102\">20270230</udt:DateTimeString>"};
	expect(&p, "CII-DT-097", false);
	p.date = "<udt:DateTimeString format=\"102\"> 20261231\n</udt:DateTimeString>";
	expect(&p, "CII-DT-097", false);
	p.date = "<udt:DateTimeString format=\"102\">20261232</udt:DateTimeString>";
	expect(&p, "CII-DT-097", true);
	p.date = "<udt:DateTimeString format=\"102\">2026-12-31</udt:DateTimeString>";
	expect(&p, "CII-DT-097", true);
	p.date = "<udt:DateTimeString format=\"102\">20261300</udt:DateTimeString>";
	expect(&p, "CII-DT-097", true);
	p.date = "<udt:DateTimeString format=\"610\">202612</udt:DateTimeString>";
	expect(&p, "CII-DT-097", false);
}
END_TEST

START_TEST(dt_identifiers_first_rule_wins)
{
	/* The invoice number is one of the four identifiers of CII-DT-001..007;
	 * the wildcard rule CII-DT-101..104 never sees it. */
	parts p = {.doc_id = "<ram:ID schemeName=\"X\">F1</ram:ID>"};
	expect(&p, "CII-DT-001", true);
	expect(&p, "CII-DT-101", false);
	p.doc_id = "<ram:ID schemeID=\"0002\">F1</ram:ID>";
	expect(&p, "CII-DT-005", true);
	p.doc_id = NULL;
	p.seller = "<ram:ID schemeName=\"X\" schemeID=\"0088\">1</ram:ID>";
	expect(&p, "CII-DT-101", true);
	expect(&p, "CII-DT-001", false);
	expect(&p, "CII-DT-005", false);
}
END_TEST

START_TEST(dt_type_code_attributes)
{
	/* The invoice type code is taken by the rule on every ram:TypeCode:
	 * CII-DT-010..012 never fire. */
	parts p = {.type_code = "<ram:TypeCode listID=\"1001\" name=\"x\">380</ram:TypeCode>"};
	expect(&p, "CII-DT-010", false);
	expect(&p, "CII-DT-008", true);
}
END_TEST

START_TEST(dt033_unit_code_quirk)
{
	/* Another quantity may have a unit code when a billed quantity has one. */
	parts p = {0};
	expect(&p, "CII-DT-033", false);
	p.quantity = "<ram:BilledQuantity>1</ram:BilledQuantity>";
	expect(&p, "CII-DT-033", true);
	p.quantity =
	    "<ram:BilledQuantity unitCode=\"C62\" unitCodeListID=\"20\">1</ram:BilledQuantity>";
	expect(&p, "CII-DT-034", true);
}
END_TEST

START_TEST(warnings_keep_the_official_ids)
{
	parts p = {.context =
	               "<ram:TestIndicator><udt:Indicator>true</udt:Indicator>"
	               "</ram:TestIndicator><ram:BusinessProcessSpecifiedDocumentContextParameter>"
	               "<ram:ID>A1</ram:ID><ram:Value>v</ram:Value>"
	               "</ram:BusinessProcessSpecifiedDocumentContextParameter>"};
	ck_assert_int_eq(severity_of(&p, "CII-SR-002"), FX_SEVERITY_WARNING);
	ck_assert_int_eq(severity_of(&p, "CII-SR-04"), FX_SEVERITY_WARNING);
	ck_assert_int_eq(severity_of(&p, "CII-SR-004"), -1);
	ck_assert_int_eq(severity_of(&p, "CII-SR-003"), -1);
	parts q = {.seller =
	               "<ram:DefinedTradeContact><ram:PersonName>A</ram:PersonName>"
	               "<ram:DepartmentName>B</ram:DepartmentName></ram:DefinedTradeContact>"};
	ck_assert_int_eq(severity_of(&q, "CII-SR-465"), FX_SEVERITY_WARNING);
	expect(&q, "CII-SR-455", false);
}
END_TEST

/* The suite. */
static Suite *syntax_suite(void)
{
	Suite *s = suite_create("validate_cen_syntax");
	TCase *tc = tcase_create("syntax");
	tcase_add_test(tc, sr462_vat_point_date_codes_agree);
	tcase_add_test(tc, sr467_sr468_sr470_payment_means);
	tcase_add_test(tc, dt097_date_format_102);
	tcase_add_test(tc, dt_identifiers_first_rule_wins);
	tcase_add_test(tc, dt_type_code_attributes);
	tcase_add_test(tc, dt033_unit_code_quirk);
	tcase_add_test(tc, warnings_keep_the_official_ids);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(syntax_suite());
}
