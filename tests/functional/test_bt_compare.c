/*
 * Tests of the BT-by-BT comparator (tests/support/bt_compare.c): equal
 * invoices written differently compare equal, each kind of difference is
 * reported in words, and an official example compared with itself or with
 * a one-value mutation gives exactly what it should.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bt_compare.h"
#include "functional_support.h"
#include "test_support.h"

/* A small invoice with two lines, two VAT entries and two notes. */
static const char *const doc_a =
    "<rsm:CrossIndustryInvoice "
    "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
    "xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
    "ReusableAggregateBusinessInformationEntity:100\" "
    "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">"
    "<rsm:ExchangedDocument><ram:ID>F1</ram:ID>"
    "<ram:IssueDateTime><udt:DateTimeString format=\"102\">20240131</udt:DateTimeString>"
    "</ram:IssueDateTime>"
    "<ram:IncludedNote><ram:Content>First  note</ram:Content></ram:IncludedNote>"
    "<ram:IncludedNote><ram:Content>Second</ram:Content><ram:SubjectCode>AAI</ram:SubjectCode>"
    "</ram:IncludedNote></rsm:ExchangedDocument>"
    "<rsm:SupplyChainTradeTransaction>"
    "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
    "<ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>"
    "<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode=\"C62\">2</ram:BilledQuantity>"
    "</ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement>"
    "<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>10.00"
    "</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
    "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
    "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
    "<ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>"
    "<ram:SpecifiedLineTradeSettlement>"
    "<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>5"
    "</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
    "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
    "<ram:ApplicableHeaderTradeSettlement>"
    "<ram:ApplicableTradeTax><ram:CalculatedAmount>2.00</ram:CalculatedAmount>"
    "<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20"
    "</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
    "<ram:ApplicableTradeTax><ram:CalculatedAmount>0.28</ram:CalculatedAmount>"
    "<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>5.5"
    "</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
    "</ram:ApplicableHeaderTradeSettlement>"
    "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>";

/* The same invoice: other prefixes, default namespace, reordered groups,
 * other number formats, other white space. */
static const char *const doc_a_reordered =
    "<CrossIndustryInvoice "
    "xmlns=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
    "xmlns:r=\"urn:un:unece:uncefact:data:standard:"
    "ReusableAggregateBusinessInformationEntity:100\" "
    "xmlns:u=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">"
    "<ExchangedDocument><r:ID> F1 </r:ID>"
    "<r:IssueDateTime><u:DateTimeString>20240131</u:DateTimeString></r:IssueDateTime>"
    "<r:IncludedNote><r:Content>Second</r:Content><r:SubjectCode>AAI</r:SubjectCode>"
    "</r:IncludedNote>"
    "<r:IncludedNote><r:Content>\n First note\n</r:Content></r:IncludedNote>"
    "</ExchangedDocument>"
    "<SupplyChainTradeTransaction>"
    "<r:IncludedSupplyChainTradeLineItem><r:AssociatedDocumentLineDocument>"
    "<r:LineID>2</r:LineID></r:AssociatedDocumentLineDocument>"
    "<r:SpecifiedLineTradeSettlement>"
    "<r:SpecifiedTradeSettlementLineMonetarySummation><r:LineTotalAmount>5.000"
    "</r:LineTotalAmount></r:SpecifiedTradeSettlementLineMonetarySummation>"
    "</r:SpecifiedLineTradeSettlement></r:IncludedSupplyChainTradeLineItem>"
    "<r:IncludedSupplyChainTradeLineItem><r:AssociatedDocumentLineDocument>"
    "<r:LineID>1</r:LineID></r:AssociatedDocumentLineDocument>"
    "<r:SpecifiedLineTradeDelivery><r:BilledQuantity unitCode=\"C62\">2.0</r:BilledQuantity>"
    "</r:SpecifiedLineTradeDelivery><r:SpecifiedLineTradeSettlement>"
    "<r:SpecifiedTradeSettlementLineMonetarySummation><r:LineTotalAmount>10"
    "</r:LineTotalAmount></r:SpecifiedTradeSettlementLineMonetarySummation>"
    "</r:SpecifiedLineTradeSettlement></r:IncludedSupplyChainTradeLineItem>"
    "<r:ApplicableHeaderTradeSettlement>"
    "<r:ApplicableTradeTax><r:CalculatedAmount>0.280</r:CalculatedAmount>"
    "<r:CategoryCode>S</r:CategoryCode><r:RateApplicablePercent>5.50"
    "</r:RateApplicablePercent></r:ApplicableTradeTax>"
    "<r:ApplicableTradeTax><r:CalculatedAmount>2</r:CalculatedAmount>"
    "<r:CategoryCode>S</r:CategoryCode><r:RateApplicablePercent>20.0"
    "</r:RateApplicablePercent></r:ApplicableTradeTax>"
    "</r:ApplicableHeaderTradeSettlement>"
    "</SupplyChainTradeTransaction></CrossIndustryInvoice>";

/* Returns a malloc'ed copy of s with the first "from" replaced by "to". */
static char *mutate(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	ck_assert_msg(at != NULL, "'%s' not found", from);
	size_t n = strlen(s) - strlen(from) + strlen(to) + 1;
	char *out = malloc(n);
	ck_assert_ptr_nonnull(out);
	snprintf(out, n, "%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
	return out;
}

/* Compares a with b and checks the sentences are exactly expected (in any
 * order); expected is NULL-terminated. */
static void expect_diffs(const char *a, const char *b, const char *const *expected)
{
	fx_bt_diffs d;
	ck_assert_int_eq(fx_bt_compare_memory(a, strlen(a), b, strlen(b), &d), 0);
	size_t n = 0;
	while (expected[n])
		n++;
	for (size_t i = 0; i < d.count; i++)
		printf("  diff: %s\n", d.items[i]);
	ck_assert_uint_eq(d.count, n);
	for (size_t i = 0; i < n; i++) {
		int found = 0;
		for (size_t j = 0; j < d.count; j++)
			found |= strcmp(d.items[j], expected[i]) == 0;
		ck_assert_msg(found, "missing difference: %s", expected[i]);
	}
	fx_bt_diffs_free(&d);
}

/* Same invoice, different writing: no difference. */
START_TEST(equal_when_written_differently)
{
	static const char *const none[] = {NULL};
	expect_diffs(doc_a, doc_a, none);
	expect_diffs(doc_a, doc_a_reordered, none);
	expect_diffs(doc_a_reordered, doc_a, none);
}
END_TEST

/* A changed amount is named with its BT, line and both values. */
START_TEST(changed_amount)
{
	char *b = mutate(doc_a, ">5<", ">5.01<");
	static const char *const exp[] = {"BT-131 line '2': official '5', ours '5.01'", NULL};
	expect_diffs(doc_a, b, exp);
	free(b);
}
END_TEST

/* Attributes count as their own BT; dates are checked for format 102. */
START_TEST(attributes_and_dates)
{
	char *b = mutate(doc_a, "unitCode=\"C62\"", "unitCode=\"H87\"");
	static const char *const unit[] = {"BT-130 line '1': official 'C62', ours 'H87'", NULL};
	expect_diffs(doc_a, b, unit);
	free(b);
	b = mutate(doc_a, "format=\"102\">20240131", "format=\"610\">202401");
	static const char *const date[] = {"BT-2: official '20240131', ours 'format 610: 202401'",
	                                   NULL};
	expect_diffs(doc_a, b, date);
	free(b);
	b = mutate(doc_a, "format=\"102\">20240131", "format=\"102\">20240130");
	static const char *const day[] = {"BT-2: official '20240131', ours '20240130'", NULL};
	expect_diffs(doc_a, b, day);
	free(b);
}
END_TEST

/* Missing and extra group instances, changed notes and VAT entries. */
START_TEST(groups)
{
	const char *line2 = strstr(doc_a, "<ram:IncludedSupplyChainTradeLineItem><ram:Associated"
	                                  "DocumentLineDocument><ram:LineID>2");
	ck_assert_ptr_nonnull(line2);
	const char *end = strstr(line2, "</ram:IncludedSupplyChainTradeLineItem>");
	end += strlen("</ram:IncludedSupplyChainTradeLineItem>");
	char *b = malloc(strlen(doc_a) + 1);
	snprintf(b, strlen(doc_a) + 1, "%.*s%s", (int)(line2 - doc_a), doc_a, end);
	static const char *const gone[] = {"line '2': only in the official file", NULL};
	expect_diffs(doc_a, b, gone);
	static const char *const extra[] = {"line '2': only in ours", NULL};
	expect_diffs(b, doc_a, extra);
	free(b);
	b = mutate(doc_a, ">AAI<", ">PMT<");
	static const char *const note[] = {"BT-21 note 'Second': official 'AAI', ours 'PMT'", NULL};
	expect_diffs(doc_a, b, note);
	free(b);
	b = mutate(doc_a, ">0.28<", ">0.29<");
	static const char *const vat[] = {"BT-117 VAT breakdown 'S 5.5': official '0.28', ours "
	                                  "'0.29'",
	                                  NULL};
	expect_diffs(doc_a, b, vat);
	free(b);
}
END_TEST

/* Unparsable input is reported, not crashed on. */
START_TEST(unparsable)
{
	fx_bt_diffs d;
	ck_assert_int_eq(fx_bt_compare_memory(doc_a, strlen(doc_a), "<a", 2, &d), -1);
	ck_assert_uint_eq(d.count, 1);
	ck_assert_str_eq(d.items[0], "our document does not parse");
	fx_bt_diffs_free(&d);
}
END_TEST

/* The table covers the EN 16931 terms (about 200 with attributes). */
START_TEST(table_size)
{
	ck_assert_uint_ge(fx_bt_field_count(), 180);
}
END_TEST

/* Every official example equals itself, and one changed value in a big
 * example is the only difference found. */
START_TEST(official_examples)
{
	const char *shared = fx_test_shared_dir();
	if (!shared) {
		printf("official_examples: ../shared absent, nothing to compare\n");
		return;
	}
	static const char *const none[] = {NULL};
	for (size_t i = 0; i < fx_ft_example_count; i++) {
		char *path = fx_ft_example_path(shared, fx_ft_examples[i]);
		char *xml = fx_test_read(path, NULL);
		expect_diffs(xml, xml, none);
		if (strcmp(fx_ft_examples[i], "CII_example1.xml") == 0) {
			char *b = mutate(xml, "<ram:LineTotalAmount>14.46<",
			                 "<ram:LineTotalAmount>14.47<");
			static const char *const one[] = {
			    "BT-131 line '4': official '14.46', ours '14.47'", NULL};
			expect_diffs(xml, b, one);
			free(b);
			b = mutate(xml, "<ram:IBANID>NL57 RABO 0107307510<",
			           "<ram:IBANID>NL57 RABO 0107307511<");
			static const char *const iban[] = {
			    "BT-84 payment means 'NL57 RABO 0107307510': official 'NL57 RABO "
			    "0107307510', ours 'NL57 RABO 0107307511'",
			    NULL};
			expect_diffs(xml, b, iban);
			free(b);
		}
		free(xml);
		free(path);
	}
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("bt_compare");
	TCase *tc = tcase_create("compare");
	tcase_add_test(tc, equal_when_written_differently);
	tcase_add_test(tc, changed_amount);
	tcase_add_test(tc, attributes_and_dates);
	tcase_add_test(tc, groups);
	tcase_add_test(tc, unparsable);
	tcase_add_test(tc, table_size);
	tcase_add_test(tc, official_examples);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	return fx_test_run(suite());
}
