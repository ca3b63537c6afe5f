/*
 * Tests of the document scans of the CEN families (cii_scan.c): position
 * tests, path tries, the element name memo and the document-order
 * iterator, and the walks fx:sr-unused, fx:dt-violations, fx:cl-violations
 * and fx:vat-document that select the nodes of the CII-SR, CII-DT, BR-CL
 * and document-wide VAT rules.
 */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpathInternals.h>

#include "test_support.h"
#include "validate/cii_nodes.h"
#include "validate/cii_scan.h"
#include "validate/engine.h"

/* A small invoice: one line, a foreign element, a forbidden element. */
static const char *const doc_xml =
    "<rsm:CrossIndustryInvoice "
    "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
    "xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
    "ReusableAggregateBusinessInformationEntity:100\" "
    "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\" "
    "xmlns:x=\"urn:example:other\">"
    "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
    "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
    "</rsm:ExchangedDocumentContext>"
    "<rsm:ExchangedDocument><ram:ID>F1</ram:ID><ram:TypeCode>380</ram:TypeCode>"
    "<ram:IssueDateTime><udt:DateTimeString format=\"102\">20260101</udt:DateTimeString>"
    "</ram:IssueDateTime></rsm:ExchangedDocument>"
    "<rsm:SupplyChainTradeTransaction><ram:IncludedSupplyChainTradeLineItem>"
    "<ram:SpecifiedLineTradeAgreement><ram:GrossPriceProductTradePrice>"
    "<ram:ChargeAmount>1</ram:ChargeAmount><x:TypeCode>1</x:TypeCode>"
    "</ram:GrossPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"
    "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
    "<ram:CategoryCode>S</ram:CategoryCode></ram:ApplicableTradeTax>"
    "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
    "<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>S</ram:Name>"
    "<ram:PostalTradeAddress><ram:CountryID>XX</ram:CountryID></ram:PostalTradeAddress>"
    "</ram:SellerTradeParty></ram:ApplicableHeaderTradeAgreement>"
    "<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
    "<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S"
    "</ram:CategoryCode></ram:ApplicableTradeTax>"
    "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
    "</rsm:CrossIndustryInvoice>";

#define RSM_ROOT "/rsm:CrossIndustryInvoice"
#define TX RSM_ROOT "/rsm:SupplyChainTradeTransaction"

/* The first node at absolute path expr of doc (an XPath 1.0 path). */
static xmlNodePtr first(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr x = fx_engine_xpath_context(doc);
	ck_assert_ptr_nonnull(x);
	xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, x);
	ck_assert_msg(r && r->nodesetval && r->nodesetval->nodeNr > 0, "no node at %s", expr);
	xmlNodePtr n = r->nodesetval->nodeTab[0];
	xmlXPathFreeObject(r);
	xmlXPathFreeContext(x);
	return n;
}

/* Number of nodes expr selects in doc. */
static int count(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr x = fx_engine_xpath_context(doc);
	ck_assert_ptr_nonnull(x);
	xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, x);
	ck_assert_msg(r && r->type == XPATH_NODESET, "%s does not give a node-set", expr);
	int n = r->nodesetval ? r->nodesetval->nodeNr : 0;
	xmlXPathFreeObject(r);
	xmlXPathFreeContext(x);
	return n;
}

/* Parses xml (a test document). */
static xmlDocPtr parse(const char *xml)
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	return doc;
}

START_TEST(node_at_matches_absolute_paths)
{
	xmlDocPtr doc = parse(doc_xml);
	xmlNodePtr code = first(doc, RSM_ROOT "/rsm:ExchangedDocument/ram:TypeCode");
	ck_assert(fx_node_at(code, RSM_ROOT "/rsm:ExchangedDocument/ram:TypeCode"));
	ck_assert(fx_node_at(code, "/*/rsm:ExchangedDocument/ram:TypeCode"));
	ck_assert(fx_node_at(code, "/*/*/ram:TypeCode"));
	ck_assert(!fx_node_at(code, "/*/*/*/ram:TypeCode"));
	ck_assert(!fx_node_at(code, "/rsm:ExchangedDocument/ram:TypeCode"));
	ck_assert(!fx_node_at(code, "rsm:ExchangedDocument/ram:TypeCode"));
	ck_assert(!fx_node_at(code, "/*/ram:ExchangedDocument/ram:TypeCode"));
	ck_assert(!fx_node_at(code, "/*/rsm:ExchangedDocument/ram:Type"));
	xmlNodePtr tax =
	    first(doc, TX "/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax");
	ck_assert(fx_node_has_ancestor(tax, FX_NS_RAM, "ApplicableHeaderTradeSettlement"));
	ck_assert(!fx_node_has_ancestor(tax, FX_NS_RAM, "SpecifiedLineTradeSettlement"));
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(path_trie_finds_forbidden_paths)
{
	static const char *const paths[] = {"GrossPriceProductTradePrice/TypeCode",
	                                    "GrossPriceProductTradePrice/ChargeAmount/@currencyID",
	                                    "BuyerReference", "udt:DateTimeString"};
	fx_path_trie *t = fx_path_trie_new(paths, sizeof(paths) / sizeof(paths[0]));
	ck_assert_ptr_nonnull(t);
	xmlDocPtr doc = parse(doc_xml);
	xmlNodePtr agr = first(doc, TX "/ram:IncludedSupplyChainTradeLineItem/"
	                               "ram:SpecifiedLineTradeAgreement");
	/* x:TypeCode is not ram:TypeCode, ChargeAmount has no currencyID. */
	ck_assert(!fx_path_trie_any(t, agr));
	xmlNodePtr amount = first(doc, TX "/ram:IncludedSupplyChainTradeLineItem/"
	                                  "ram:SpecifiedLineTradeAgreement/"
	                                  "ram:GrossPriceProductTradePrice/ram:ChargeAmount");
	xmlSetProp(amount, (const xmlChar *)"currencyID", (const xmlChar *)"EUR");
	ck_assert(fx_path_trie_any(t, agr));
	ck_assert(fx_node_path_exists(agr, "GrossPriceProductTradePrice/ChargeAmount/@currencyID"));
	xmlNodePtr issue = first(doc, RSM_ROOT "/rsm:ExchangedDocument/ram:IssueDateTime");
	ck_assert(fx_path_trie_any(t, issue));
	ck_assert(!fx_path_trie_any(t, amount));
	ck_assert(fx_path_trie_any(NULL, amount));
	fx_path_trie_free(t);
	xmlFreeDoc(doc);
}
END_TEST

/* Classes for the memo test: 1 for ram:TypeCode, 0 otherwise. */
static unsigned char type_code_class(const xmlChar *name, const xmlChar *ns)
{
	return ns && strcmp((const char *)ns, FX_NS_RAM) == 0 &&
	       strcmp((const char *)name, "TypeCode") == 0;
}

START_TEST(memo_and_iterator_visit_every_element)
{
	xmlDocPtr doc = parse(doc_xml);
	fx_name_memo memo;
	memset(&memo, 0, sizeof(memo));
	int elements = 0, type_codes = 0;
	for (xmlNodePtr e = xmlDocGetRootElement(doc); e; e = fx_next_element(e)) {
		elements++;
		type_codes += fx_name_memo_get(&memo, e, type_code_class);
	}
	ck_assert_int_eq(elements, count(doc, "//*"));
	ck_assert_int_eq(type_codes, count(doc, "//ram:TypeCode"));
	ck_assert_int_eq(type_codes, 3);
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(walks_select_only_violations)
{
	xmlDocPtr doc = parse(doc_xml);
	/* Valid as far as these families go, but the country code. */
	ck_assert_int_eq(count(doc, "fx:sr-unused()"), 0);
	ck_assert_int_eq(count(doc, "fx:dt-violations()"), 0);
	ck_assert_int_eq(count(doc, "fx:cl-violations()"), 1);
	ck_assert_int_eq(count(doc, "fx:cl-violations()[self::ram:CountryID]"), 1);
	ck_assert_int_eq(count(doc, "fx:vat-document()"), 0);
	/* A line note subject (CII-SR-043 territory is the line document; a
	 * buyer reference on the line agreement is CII-SR-104). */
	xmlNodePtr agr = first(doc, TX "/ram:IncludedSupplyChainTradeLineItem/"
	                               "ram:SpecifiedLineTradeAgreement");
	xmlNewChild(agr, agr->children->ns, (const xmlChar *)"BuyerReference",
	            (const xmlChar *)"R");
	ck_assert_int_eq(count(doc, "fx:sr-unused()[self::ram:SpecifiedLineTradeAgreement]"), 1);
	/* A schemeName on the invoice number (CII-DT-001) and a bad date. */
	xmlNodePtr id = first(doc, RSM_ROOT "/rsm:ExchangedDocument/ram:ID");
	xmlSetProp(id, (const xmlChar *)"schemeName", (const xmlChar *)"X");
	xmlNodePtr date = first(doc, RSM_ROOT "/rsm:ExchangedDocument/ram:IssueDateTime/"
	                                      "udt:DateTimeString");
	xmlNodeSetContent(date, (const xmlChar *)"2026-01-01");
	ck_assert_int_eq(count(doc, "fx:dt-violations()"), 2);
	/* A line of category Z without a breakdown of Z (BR-Z-01). */
	xmlNodePtr cat = first(doc, TX "/ram:IncludedSupplyChainTradeLineItem/"
	                               "ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/"
	                               "ram:CategoryCode");
	xmlNodeSetContent(cat, (const xmlChar *)"Z");
	ck_assert_int_eq(count(doc, "fx:vat-document()"), 1);
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(date_102_non_ascii_digits)
{
	/* \d of the official expression matches any decimal digit: the walk
	 * falls back to the regular expression for a non-ASCII value. */
	static const char *const fmt =
	    "<rsm:CrossIndustryInvoice "
	    "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
	    "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">"
	    "<udt:DateTimeString format=\"102\">%s</udt:DateTimeString></rsm:CrossIndustryInvoice>";
	static const struct {
		const char *value;
		int violations;
	} cases[] = {{"\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6"
	              "0101",
	              0}, /* Arabic-Indic year */
	             {"2026\xd9\xa0"
	              "101",
	              1}, /* month must be ASCII */
	             {"\t20260131 ", 0},
	             {"20260132", 1},
	             {"2026013", 1},
	             {"202601310", 1}};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char xml[512];
		snprintf(xml, sizeof(xml), fmt, cases[i].value);
		xmlDocPtr doc = parse(xml);
		ck_assert_msg(count(doc, "fx:dt-violations()") == cases[i].violations, "case %zu",
		              i);
		xmlFreeDoc(doc);
	}
}
END_TEST

/* The suite. */
static Suite *scan_suite(void)
{
	Suite *s = suite_create("validate_cii_scan");
	TCase *tc = tcase_create("scan");
	tcase_add_test(tc, node_at_matches_absolute_paths);
	tcase_add_test(tc, path_trie_finds_forbidden_paths);
	tcase_add_test(tc, memo_and_iterator_visit_every_element);
	tcase_add_test(tc, walks_select_only_violations);
	tcase_add_test(tc, date_102_non_ascii_digits);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(scan_suite());
}
