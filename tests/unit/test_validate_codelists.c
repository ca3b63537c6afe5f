/*
 * Tests of the EN 16931 code lists (codelists.c): sizes and order of the
 * release 1.3.16 lists, the official matching rules, and the fx:in-list,
 * fx:elements and fx:elements-ending XPath functions.
 */
#include <string.h>

#include <libxml/parser.h>

#include "test_support.h"
#include "validate/codelists.h"
#include "validate/engine.h"

/* A document for the XPath function tests. */
static const char *const doc_xml =
    "<rsm:CrossIndustryInvoice "
    "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
    "xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
    "ReusableAggregateBusinessInformationEntity:100\">"
    "<rsm:ExchangedDocumentContext>"
    "<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>A1</ram:ID>"
    "</ram:BusinessProcessSpecifiedDocumentContextParameter>"
    "<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:x</ram:ID>"
    "</ram:GuidelineSpecifiedDocumentContextParameter>"
    "</rsm:ExchangedDocumentContext>"
    "<rsm:ExchangedDocument><ram:ID>F1</ram:ID><ram:TypeCode>380</ram:TypeCode>"
    "<ram:LineID>9</ram:LineID></rsm:ExchangedDocument>"
    "</rsm:CrossIndustryInvoice>";

/* Evaluates expr on doc with the engine's XPath context as a string. */
static char *eval(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr x = fx_engine_xpath_context(doc);
	ck_assert_ptr_nonnull(x);
	x->node = (xmlNodePtr)doc;
	xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)expr, x);
	ck_assert_msg(o != NULL, "expression fails: %s", expr);
	char *s = (char *)xmlXPathCastToString(o);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
	return s;
}

/* Asserts that expr evaluates to the string want on doc. */
static void check_eval(xmlDocPtr doc, const char *expr, const char *want)
{
	char *got = eval(doc, expr);
	ck_assert_msg(strcmp(got, want) == 0, "%s gave '%s', expected '%s'", expr, got, want);
	xmlFree(got);
}

/* True when list accepts the NUL-terminated value. */
static bool accepts(fx_codelist_id list, const char *value)
{
	return fx_codelist_accepts(list, value, strlen(value));
}

START_TEST(lists_have_the_official_sizes)
{
	static const struct {
		fx_codelist_id id;
		size_t count;
	} sizes[] = {
	    {FX_CL_UNTDID1001, 62},  {FX_CL_ISO4217, 179},    {FX_CL_UNTDID2475, 3},
	    {FX_CL_UNTDID1153, 818}, {FX_CL_UNTDID4451, 401}, {FX_CL_ISO6523, 238},
	    {FX_CL_UNTDID7143, 185}, {FX_CL_ISO3166, 251},    {FX_CL_UNTDID4461, 84},
	    {FX_CL_UNTDID5305, 10},  {FX_CL_UNTDID5189, 19},  {FX_CL_UNTDID7161, 178},
	    {FX_CL_VATEX, 88},       {FX_CL_REC20, 2162},     {FX_CL_MIME, 6},
	    {FX_CL_EAS, 100},
	};
	ck_assert_uint_eq(sizeof(sizes) / sizeof(sizes[0]), FX_CL_COUNT);
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		ck_assert_msg(fx_codelist_table[sizes[i].id].count == sizes[i].count,
		              "%s has %zu codes, expected %zu", fx_codelist_table[sizes[i].id].name,
		              fx_codelist_table[sizes[i].id].count, sizes[i].count);
}
END_TEST

START_TEST(lists_are_sorted_without_duplicates)
{
	for (int i = 0; i < FX_CL_COUNT; i++) {
		const fx_codelist_data *cl = &fx_codelist_table[i];
		for (size_t k = 1; k < cl->count; k++)
			ck_assert_msg(strcmp(cl->codes[k - 1], cl->codes[k]) < 0,
			              "%s: %s is not before %s", cl->name, cl->codes[k - 1],
			              cl->codes[k]);
		for (size_t k = 0; k < cl->count; k++)
			ck_assert_msg(fx_codelist_has((fx_codelist_id)i, cl->codes[k]),
			              "%s: %s not found", cl->name, cl->codes[k]);
	}
}
END_TEST

START_TEST(lookup_by_name)
{
	fx_codelist_id id;
	ck_assert(fx_codelist_find("REC20", &id));
	ck_assert_int_eq(id, FX_CL_REC20);
	ck_assert(fx_codelist_find("VATEX", &id));
	ck_assert_int_eq(id, FX_CL_VATEX);
	ck_assert(!fx_codelist_find("ISO9999", &id));
	ck_assert(!fx_codelist_find(NULL, &id));
}
END_TEST

START_TEST(values_of_the_lists)
{
	ck_assert(accepts(FX_CL_ISO4217, "EUR"));
	ck_assert(accepts(FX_CL_ISO4217, "ZWG"));
	ck_assert(!accepts(FX_CL_ISO4217, "HRK"));
	ck_assert(accepts(FX_CL_ISO3166, "XI"));
	ck_assert(accepts(FX_CL_ISO3166, "1A"));
	ck_assert(!accepts(FX_CL_ISO3166, "EL"));
	ck_assert(accepts(FX_CL_UNTDID1001, "380"));
	ck_assert(accepts(FX_CL_UNTDID1001, "71"));
	ck_assert(!accepts(FX_CL_UNTDID1001, "999"));
	ck_assert(accepts(FX_CL_UNTDID2475, "29"));
	ck_assert(!accepts(FX_CL_UNTDID2475, "3"));
	ck_assert(accepts(FX_CL_UNTDID5305, "AE"));
	ck_assert(accepts(FX_CL_UNTDID5305, "B"));
	ck_assert(!accepts(FX_CL_UNTDID5305, "A"));
	ck_assert(accepts(FX_CL_UNTDID5189, "95"));
	ck_assert(!accepts(FX_CL_UNTDID5189, "FC"));
	ck_assert(accepts(FX_CL_UNTDID7161, "FC"));
	ck_assert(accepts(FX_CL_REC20, "C62"));
	ck_assert(accepts(FX_CL_REC20, "XZZ"));
	ck_assert(!accepts(FX_CL_REC20, "PCE"));
	ck_assert(accepts(FX_CL_EAS, "0225"));
	ck_assert(accepts(FX_CL_EAS, "EM"));
	ck_assert(!accepts(FX_CL_EAS, "9999"));
	ck_assert(accepts(FX_CL_VATEX, "VATEX-FR-FRANCHISE"));
	ck_assert(accepts(FX_CL_UNTDID4461, "ZZZ"));
	ck_assert(!accepts(FX_CL_UNTDID4461, "71"));
}
END_TEST

START_TEST(icd_list_ends_as_the_official_one)
{
	/* 0001, 0092, 0103, 0181 and 0182 are not in the list; 0244 is refused
	 * because the official list has no space after its last code. */
	ck_assert(accepts(FX_CL_ISO6523, "0002"));
	ck_assert(accepts(FX_CL_ISO6523, "0243"));
	ck_assert(!accepts(FX_CL_ISO6523, "0244"));
	ck_assert(!accepts(FX_CL_ISO6523, "0001"));
	ck_assert(!accepts(FX_CL_ISO6523, "0092"));
	ck_assert(!accepts(FX_CL_ISO6523, "0181"));
	ck_assert(accepts(FX_CL_EAS, "0244"));
}
END_TEST

START_TEST(matching_rules)
{
	/* normalize-space() then no inner space: as the official contains(). */
	ck_assert(accepts(FX_CL_ISO4217, "  EUR\n"));
	ck_assert(!accepts(FX_CL_ISO4217, "E UR"));
	ck_assert(!accepts(FX_CL_ISO4217, "EUR USD"));
	ck_assert(!accepts(FX_CL_ISO4217, ""));
	ck_assert(!accepts(FX_CL_ISO4217, "   "));
	ck_assert(!accepts(FX_CL_ISO4217, "eur"));
	/* A value is a whole word of the list, never a part of one. */
	ck_assert(!accepts(FX_CL_ISO4217, "EU"));
	ck_assert(!accepts(FX_CL_REC20, "X"));
	/* VATEX: upper case. */
	ck_assert(accepts(FX_CL_VATEX, "vatex-eu-ic"));
	ck_assert(accepts(FX_CL_VATEX, " VATEX-EU-AE "));
	ck_assert(!accepts(FX_CL_VATEX, "VATEX-EU-XX"));
	/* MIME: compared as written. */
	ck_assert(accepts(FX_CL_MIME, "application/pdf"));
	ck_assert(!accepts(FX_CL_MIME, " application/pdf"));
	ck_assert(!accepts(FX_CL_MIME, "APPLICATION/PDF"));
	/* Bytes after a NUL inside the given length are never accepted. */
	ck_assert(!fx_codelist_accepts(FX_CL_ISO4217, "EUR\0X", 5));
	ck_assert(!fx_codelist_accepts(FX_CL_COUNT, "EUR", 3));
}
END_TEST

START_TEST(xpath_in_list)
{
	xmlDocPtr doc = xmlReadMemory(doc_xml, (int)strlen(doc_xml), NULL, NULL, 0);
	ck_assert_ptr_nonnull(doc);
	check_eval(doc, "fx:in-list('ISO4217', 'EUR')", "true");
	check_eval(doc, "fx:in-list('ISO4217', 'XXY')", "false");
	check_eval(doc, "fx:in-list('NOLIST', 'EUR')", "false");
	check_eval(doc, "fx:in-list('UNTDID1001', //ram:TypeCode)", "true");
	check_eval(doc, "fx:in-list('UNTDID1001', //ram:Missing)", "false");
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(xpath_elements)
{
	xmlDocPtr doc = xmlReadMemory(doc_xml, (int)strlen(doc_xml), NULL, NULL, 0);
	ck_assert_ptr_nonnull(doc);
	check_eval(doc, "count(fx:elements('ram', 'ID'))", "3");
	check_eval(doc, "count(fx:elements('ram', 'ID TypeCode'))", "4");
	check_eval(doc, "count(fx:elements('rsm', 'ID'))", "0");
	check_eval(doc, "count(fx:elements('*', 'ExchangedDocument'))", "1");
	check_eval(doc, "count(fx:elements-ending('ram', 'ID'))", "4");
	check_eval(doc, "count(fx:elements-ending('*', 'DocumentContextParameter'))", "2");
	check_eval(doc, "count(fx:elements-ending('xx', 'ID'))", "0");
	/* Document order, usable in paths and predicates. */
	check_eval(doc, "string(fx:elements('ram', 'ID')[3])", "F1");
	check_eval(doc, "string(fx:elements-ending('ram', 'ID')[last()])", "9");
	check_eval(doc, "count(fx:elements('ram', 'ID')[parent::rsm:ExchangedDocument])", "1");
	xmlFreeDoc(doc);
}
END_TEST

/* The suite. */
static Suite *codelists_suite(void)
{
	Suite *s = suite_create("validate_codelists");
	TCase *tc = tcase_create("codelists");
	tcase_add_test(tc, lists_have_the_official_sizes);
	tcase_add_test(tc, lists_are_sorted_without_duplicates);
	tcase_add_test(tc, lookup_by_name);
	tcase_add_test(tc, values_of_the_lists);
	tcase_add_test(tc, icd_list_ends_as_the_official_one);
	tcase_add_test(tc, matching_rules);
	tcase_add_test(tc, xpath_in_list);
	tcase_add_test(tc, xpath_elements);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(codelists_suite());
}
