/*
 * Tests of the validator's rule engine: tables compile, the fx: functions,
 * findings with their location, profile masks and advisory mode.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "facturx/validate.h"
#include "test_support.h"
#include "validate/engine.h"
#include "validate/stages.h"

/* A small CII document with the given BT-24 and BT-1 (two lines). */
static char *small_invoice(const char *bt24, const char *bt1)
{
	static const char *fmt =
	    "<?xml version=\"1.0\"?>\n"
	    "<rsm:CrossIndustryInvoice "
	    "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
	    "xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
	    "ReusableAggregateBusinessInformationEntity:100\" "
	    "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n"
	    "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
	    "<ram:ID>%s</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
	    "</rsm:ExchangedDocumentContext>\n"
	    "<rsm:ExchangedDocument><ram:ID>%s</ram:ID></rsm:ExchangedDocument>\n"
	    "<rsm:SupplyChainTradeTransaction>\n"
	    "<ram:IncludedSupplyChainTradeLineItem><ram:X>1.10</ram:X>"
	    "</ram:IncludedSupplyChainTradeLineItem>\n"
	    "<ram:IncludedSupplyChainTradeLineItem><ram:X>2.205</ram:X>"
	    "</ram:IncludedSupplyChainTradeLineItem>\n"
	    "</rsm:SupplyChainTradeTransaction>\n"
	    "</rsm:CrossIndustryInvoice>\n";
	size_t n = strlen(fmt) + strlen(bt24) + strlen(bt1) + 1;
	char *s = malloc(n);
	ck_assert_ptr_nonnull(s);
	snprintf(s, n, fmt, bt24, bt1);
	return s;
}

/* Evaluates expr on doc with the engine's context and returns its string. */
static char *eval_string(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr x = fx_engine_xpath_context(doc);
	ck_assert_ptr_nonnull(x);
	x->node = xmlDocGetRootElement(doc);
	xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)expr, x);
	ck_assert_msg(o != NULL, "expression fails: %s", expr);
	char *s = (char *)xmlXPathCastToString(o);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
	return s;
}

/* Asserts that expr evaluates to the string want. */
static void check_eval(xmlDocPtr doc, const char *expr, const char *want)
{
	char *got = eval_string(doc, expr);
	ck_assert_msg(strcmp(got, want) == 0, "%s gave %s, expected %s", expr, got, want);
	xmlFree(got);
}

START_TEST(tables_compile)
{
	const char *const *problems = NULL;
	size_t n = fx_engine_problems(&problems);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, "%s\n", problems[i]);
	ck_assert_uint_eq(n, 0);
	ck_assert_uint_gt(fx_engine_rule_count(), 0);
}
END_TEST

START_TEST(functions_decimal)
{
	char *xml = small_invoice("urn:cen.eu:en16931:2017", "F1");
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), NULL, NULL, 0);
	ck_assert_ptr_nonnull(doc);
	const char *items =
	    "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:X";
	char expr[512];
	snprintf(expr, sizeof(expr), "fx:sum(%s)", items);
	check_eval(doc, expr, "3.305");
	check_eval(doc, "fx:dec(' 12.500 ')", "12.5");
	check_eval(doc, "fx:dec('.5')", "0.5");
	check_eval(doc, "fx:dec('5.')", "5");
	check_eval(doc, "fx:dec('1e3')", "NaN");
	check_eval(doc, "fx:dec('')", "NaN");
	check_eval(doc, "fx:add('0.1', '0.2', '0.3')", "0.6");
	check_eval(doc, "fx:sub('10', '0.01')", "9.99");
	check_eval(doc, "fx:mul('19.99', '3')", "59.97");
	check_eval(doc, "fx:div('10', '3', 2)", "3.33");
	check_eval(doc, "fx:round('2.345', 2)", "2.35");
	check_eval(doc, "fx:round('-2.345', 2)", "-2.34");
	check_eval(doc, "fx:round('-2.3451', 2)", "-2.35");
	check_eval(doc, "fx:round-half-up('-2.345', 2)", "-2.35");
	check_eval(doc, "fx:abs('-4.10')", "4.1");
	check_eval(doc, "fx:eq('1.50', '1.5')", "true");
	check_eval(doc, "fx:eq('abc', 'abc')", "false");
	check_eval(doc,
	           "fx:lt('1', '2') and fx:le('2', '2') and fx:gt('3', '2') and fx:ge('2', '2')",
	           "true");
	check_eval(doc, "fx:ne('1', '1.0')", "false");
	check_eval(doc, "fx:decimals('12.500')", "3");
	check_eval(doc, "fx:decimals('12')", "0");
	check_eval(doc, "fx:decimals('x')", "-1");
	check_eval(doc, "fx:is-decimal('-0.5') and not(fx:is-decimal('1,5'))", "true");
	xmlFreeDoc(doc);
	free(xml);
}
END_TEST

START_TEST(functions_text_dates)
{
	char *xml = small_invoice("urn:cen.eu:en16931:2017", "F1");
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), NULL, NULL, 0);
	ck_assert_ptr_nonnull(doc);
	check_eval(doc, "fx:upper('vat é')", "VAT é");
	check_eval(doc, "fx:trim('  a b \n')", "a b");
	check_eval(doc, "fx:matches('FR12345', '[A-Z]{2}[0-9]+')", "true");
	check_eval(doc, "fx:matches('xFR12345', '[A-Z]{2}[0-9]+')", "false");
	check_eval(doc, "fx:in(' EUR ', 'USD EUR GBP')", "true");
	check_eval(doc, "fx:in('EU', 'USD EUR GBP')", "false");
	check_eval(doc, "fx:is-date('20240230')", "true");
	check_eval(doc, "fx:is-real-date('20240230')", "false");
	check_eval(doc, "fx:is-real-date('20240229') and not(fx:is-real-date('20230229'))", "true");
	check_eval(doc, "fx:is-date('2024-02-01') or fx:is-date('20241301')", "false");
	check_eval(doc, "fx:has-duplicates(rsm:SupplyChainTradeTransaction/*/ram:X)", "false");
	check_eval(doc,
	           "fx:has-duplicates(rsm:ExchangedDocument/ram:ID | rsm:ExchangedDocument/ram:ID)",
	           "false");
	xmlFreeDoc(doc);
	free(xml);
}
END_TEST

/* Validates xml (layers 4 and 5) and returns the report. */
static fx_report *validate_text(const char *xml, const char *lang)
{
	fx_validate_options o;
	ck_assert_int_eq(fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION), FX_OK);
	o.lang = lang;
	o.layers = FX_LAYER_BIT(FX_LAYER_EN16931);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(xml, strlen(xml), "t.xml", &o, &r), FX_OK);
	return r;
}

/* Returns the finding of rule id in r, or NULL. */
static const fx_finding *find(const fx_report *r, const char *id)
{
	for (size_t i = 0; i < fx_report_count(r); i++)
		if (strcmp(fx_report_get(r, i)->rule_id, id) == 0)
			return fx_report_get(r, i);
	return NULL;
}

START_TEST(finding_location_and_language)
{
	char *xml = small_invoice("urn:cen.eu:en16931:2017", " ");
	fx_report *r = validate_text(xml, "en");
	const fx_finding *f = find(r, "BR-02");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->layer, FX_LAYER_EN16931);
	ck_assert_int_eq(f->severity, FX_SEVERITY_FATAL);
	ck_assert(f->counts);
	ck_assert_str_eq(f->xpath, "/rsm:CrossIndustryInvoice");
	ck_assert_int_eq(f->line, 2);
	ck_assert_str_eq(f->bt, "BT-1");
	ck_assert_ptr_nonnull(strstr(f->message, "invoice number"));
	ck_assert_int_eq(fx_report_verdict(r), FX_VERDICT_INVALID);
	ck_assert_ptr_null(find(r, "BR-01"));
	fx_profile p;
	ck_assert_int_eq(fx_report_profile(r, &p), FX_OK);
	ck_assert_int_eq(p, FX_PROFILE_EN16931);
	fx_report_free(r);
	r = validate_text(xml, "fr");
	f = find(r, "BR-02");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f->message, "numéro de facture"));
	fx_report_free(r);
	free(xml);
}
END_TEST

START_TEST(advisory_profiles)
{
	char *xml = small_invoice("urn:factur-x.eu:1p0:minimum", "");
	fx_report *r = validate_text(xml, "en");
	const fx_finding *f = find(r, "BR-02");
	ck_assert_ptr_nonnull(f);
	ck_assert(!f->counts);
	ck_assert_int_eq(fx_report_verdict(r), FX_VERDICT_VALID);
	ck_assert_uint_eq(fx_report_fatal_count(r), 0);
	fx_report_free(r);
	free(xml);
	xml = small_invoice("urn:ferd:CrossIndustryDocument:invoice:1p0:comfort", "");
	r = validate_text(xml, "en");
	fx_profile p;
	ck_assert_int_eq(fx_report_profile(r, &p), FX_EMISSING);
	f = find(r, "BR-02");
	ck_assert_ptr_nonnull(f);
	ck_assert(f->counts);
	fx_report_free(r);
	free(xml);
}
END_TEST

START_TEST(node_paths)
{
	char *xml = small_invoice("x", "F1");
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), NULL, NULL, 0);
	xmlXPathContextPtr x = fx_engine_xpath_context(doc);
	xmlXPathObjectPtr o = xmlXPathEvalExpression(
	    (const xmlChar *)"/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"
	                     "ram:IncludedSupplyChainTradeLineItem[2]/ram:X",
	    x);
	ck_assert_int_eq(o->nodesetval->nodeNr, 1);
	char *path = fx_node_xpath(o->nodesetval->nodeTab[0]);
	ck_assert_str_eq(path, "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"
	                       "ram:IncludedSupplyChainTradeLineItem[2]/ram:X");
	ck_assert_int_eq(fx_node_line(o->nodesetval->nodeTab[0]), 7);
	free(path);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
	xmlFreeDoc(doc);
	free(xml);
}
END_TEST

START_TEST(unreadable_input)
{
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory("hello", 5, "h.txt", NULL, &r), FX_EINVAL);
	ck_assert_ptr_null(r);
	ck_assert_int_eq(fx_validate_file("/nonexistent/x.xml", NULL, &r), FX_EIO);
}
END_TEST

/* The engine tests. */
static Suite *engine_suite(void)
{
	Suite *s = suite_create("validate_engine");
	TCase *tc = tcase_create("engine");
	tcase_add_test(tc, tables_compile);
	tcase_add_test(tc, functions_decimal);
	tcase_add_test(tc, functions_text_dates);
	tcase_add_test(tc, finding_location_and_language);
	tcase_add_test(tc, advisory_profiles);
	tcase_add_test(tc, node_paths);
	tcase_add_test(tc, unreadable_input);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(engine_suite());
}
