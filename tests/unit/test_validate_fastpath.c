/*
 * Tests of the C fast paths of the rule engine: which expressions they
 * take, their results on a small document, and that they agree with
 * libxml2's XPath on every file of the project's corpus and, when
 * ../shared is there, on the official examples and the conformance corpus.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "facturx/validate.h"
#include "test_support.h"
#include "validate/engine.h"
#include "validate/fastpath.h"

static const char doc_text[] =
    "<rsm:CrossIndustryInvoice "
    "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "
    "xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
    "ReusableAggregateBusinessInformationEntity:100\">"
    "<rsm:A><ram:B u=\"1\"> <![CDATA[ ]]> </ram:B><ram:B>x</ram:B><ram:C/></rsm:A>"
    "<rsm:A><ram:B> </ram:B><ram:D><ram:E>t</ram:E></ram:D></rsm:A>"
    "</rsm:CrossIndustryInvoice>";

/* Compares the fast test expr with XPath on every element of doc. */
static void same_as_xpath(xmlDocPtr doc, const char *expr)
{
	fx_fast_expr *e = fx_fast_compile_test(expr);
	ck_assert_msg(e != NULL, "not compiled: %s", expr);
	xmlXPathContextPtr x = fx_engine_xpath_context(doc);
	xmlXPathObjectPtr all = xmlXPathEvalExpression((const xmlChar *)"//*", x);
	for (int i = 0; i < all->nodesetval->nodeNr; i++) {
		xmlNodePtr n = all->nodesetval->nodeTab[i];
		x->node = n;
		xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, x);
		ck_assert_ptr_nonnull(r);
		int want = xmlXPathCastToBoolean(r);
		xmlXPathFreeObject(r);
		ck_assert_msg(fx_fast_test(e, n) == want, "%s on %s: fast %d, XPath %d", expr,
		              (const char *)n->name, !want, want);
	}
	xmlXPathFreeObject(all);
	xmlXPathFreeContext(x);
	fx_fast_free(e);
}

START_TEST(simple_tests_agree)
{
	xmlDocPtr doc = xmlReadMemory(doc_text, (int)strlen(doc_text), NULL, NULL, 0);
	ck_assert_ptr_nonnull(doc);
	static const char *const exprs[] = {
	    "ram:B",
	    "ram:B/@u",
	    "not(ram:C)",
	    "normalize-space(ram:B) != ''",
	    "normalize-space(ram:D/ram:E) != ''",
	    "normalize-space(ram:D) != ''",
	    "ram:C or ram:D",
	    "ram:B and not(ram:C)",
	    "(ram:B) or (ram:X)",
	    "../rsm:A",
	    "normalize-space(../ram:B) != ''",
	    "/rsm:CrossIndustryInvoice/rsm:A/ram:D",
	    "/*/*/ram:C",
	    "normalize-space(@u) != ''",
	    "normalize-space(.) != ''",
	    "count(ram:B) <= 1",
	    "count(ram:B) = 2",
	    "count(ram:B/@u) = 0 or ram:C",
	    "ram:B >= 0",
	    "ram:B = 'x'",
	    "ram:B = ' '",
	    "string-length(substring-after(ram:B, '.')) <= 2",
	    "string-length(substring-after(ram:D/ram:E, '.')) <= 0",
	};
	for (size_t i = 0; i < sizeof(exprs) / sizeof(exprs[0]); i++)
		same_as_xpath(doc, exprs[i]);
	xmlFreeDoc(doc);
}
END_TEST

/* Compiles a predicate for fx_fast_compile_context. */
static xmlXPathCompExprPtr compile_xpath(const char *expr)
{
	return xmlXPathCompile((const xmlChar *)expr);
}

START_TEST(complex_left_to_xpath)
{
	static const char *const exprs[] = {
	    "ram:B != 'x'",
	    "count(ram:B) > 1",
	    "ram:B[1]",
	    "//ram:B",
	    "ram:B or ram:C and ram:D",
	    "fx:eq(ram:B, 1)",
	    "ram:B/text()",
	    "b:B",
	    "ram:B/",
	    "ram:B/@u/ram:C",
	    "ram:B/../ram:C",
	};
	for (size_t i = 0; i < sizeof(exprs) / sizeof(exprs[0]); i++) {
		fx_fast_expr *e = fx_fast_compile_test(exprs[i]);
		ck_assert_msg(e == NULL, "compiled: %s", exprs[i]);
	}
	static const char *const contexts[] = {"ram:B",  "/rsm:A/@x",           "/rsm:A/../ram:B",
	                                       "//*[1]", "/rsm:A/ram:B[count(", "id('x')"};
	for (size_t i = 0; i < sizeof(contexts) / sizeof(contexts[0]); i++)
		ck_assert_msg(fx_fast_compile_context(contexts[i], compile_xpath) == NULL,
		              "compiled: %s", contexts[i]);
}
END_TEST

/* Compares the fast context expr with XPath on doc. */
static void context_same_as_xpath(xmlDocPtr doc, const char *expr)
{
	fx_fast_context *c = fx_fast_compile_context(expr, compile_xpath);
	ck_assert_msg(c != NULL, "not compiled: %s", expr);
	xmlXPathContextPtr x = fx_engine_xpath_context(doc);
	fx_fast_nodes got = {0}, elements = {0};
	fx_fast_run run = {doc, x, &elements, false};
	fx_fast_select(c, &run, &got);
	x->node = (xmlNodePtr)doc;
	xmlXPathObjectPtr want = xmlXPathEvalExpression((const xmlChar *)expr, x);
	ck_assert_ptr_nonnull(want);
	int n = want->nodesetval ? want->nodesetval->nodeNr : 0;
	ck_assert_msg((size_t)n == got.count, "%s: %zu nodes, XPath %d", expr, got.count, n);
	for (int i = 0; i < n; i++)
		ck_assert_msg(want->nodesetval->nodeTab[i] == got.nodes[i], "%s: node %d differs",
		              expr, i);
	ck_assert(!run.error);
	xmlXPathFreeObject(want);
	xmlXPathFreeContext(x);
	free(got.nodes);
	free(elements.nodes);
	fx_fast_context_free(c);
}

START_TEST(contexts_agree)
{
	xmlDocPtr doc = xmlReadMemory(doc_text, (int)strlen(doc_text), NULL, NULL, 0);
	static const char *const exprs[] = {
	    "/*/rsm:A/ram:B",
	    "/rsm:CrossIndustryInvoice/rsm:A[ram:C]/ram:B",
	    "/*/rsm:A/ram:B[1]",
	    "/*/rsm:A/ram:B[last()]",
	    "/*/rsm:A/ram:B[normalize-space(.) != ''][1]",
	    "//ram:B",
	    "//ram:B[2]",
	    "//ram:E | /*/rsm:A/ram:B",
	    "(/*/rsm:A/ram:C | //ram:B[@u])",
	    "fx:elements('ram', 'B E')",
	    "fx:elements-ending('*', 'E')[1]",
	    "fx:elements('ram', 'D')/ram:E",
	    "/*/*",
	    "/",
	    "(/*/rsm:A/ram:C | //ram:B)[@u or ram:X]",
	    "(//ram:B | //ram:C)[2]",
	    "(/*/rsm:A[1] | /*/rsm:A[2])[ram:D]/ram:D/ram:E",
	    "(/*/rsm:A)/ram:B[1]",
	};
	for (size_t i = 0; i < sizeof(exprs) / sizeof(exprs[0]); i++)
		context_same_as_xpath(doc, exprs[i]);
	xmlFreeDoc(doc);
}
END_TEST

/* Validates every .xml of dir with verification on; returns the count. */
static size_t validate_dir(const char *dir)
{
	DIR *d = opendir(dir);
	size_t n = 0;
	struct dirent *ent;
	while (d && (ent = readdir(d)) != NULL) {
		size_t l = strlen(ent->d_name);
		if (l < 5 || strcmp(ent->d_name + l - 4, ".xml") != 0)
			continue;
		char *path = fx_test_path(dir, ent->d_name);
		fx_validate_options o;
		fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
		o.french = FX_SWITCH_ON;
		o.chorus = FX_SWITCH_ON;
		fx_report *r = NULL;
		if (fx_validate_file(path, &o, &r) == FX_OK)
			n++;
		fx_report_free(r);
		free(path);
	}
	if (d)
		closedir(d);
	return n;
}

START_TEST(corpora_agree_with_xpath)
{
	fx_engine_set_verify(true);
	size_t n = 0;
	static const char *const families[] = {"cen-core", "cen-co", "cen-dec"};
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		char *dir = fx_test_path(FX_SOURCE_DIR "/tests/corpus", families[i]);
		n += validate_dir(dir);
		free(dir);
	}
	const char *shared = fx_test_shared_dir();
	if (shared) {
		char *dir = fx_test_path(shared, "reference/examples/en16931-cii");
		n += validate_dir(dir);
		free(dir);
		dir = fx_test_path(shared, "reference/conformance");
		n += validate_dir(dir);
		free(dir);
	}
	fx_engine_set_verify(false);
	ck_assert_uint_gt(n, 10);
	ck_assert_uint_eq(fx_engine_verify_mismatches(), 0);
}
END_TEST

/* The fast path tests. */
static Suite *fastpath_suite(void)
{
	Suite *s = suite_create("validate_fastpath");
	TCase *tc = tcase_create("fastpath");
	tcase_add_test(tc, simple_tests_agree);
	tcase_add_test(tc, complex_left_to_xpath);
	tcase_add_test(tc, contexts_agree);
	tcase_add_test(tc, corpora_agree_with_xpath);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(fastpath_suite());
}
