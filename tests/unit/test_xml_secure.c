/*
 * Layer 2, secure XML parsing (fx_xml_parse_secure): hostile inputs (entity
 * expansion, external entities and DTDs, oversize documents and text
 * nodes, deep nesting, crowded tags, millions of elements, invalid UTF-8)
 * each give a layer-2 finding and no document, without network access;
 * well-formedness and namespace errors are findings with their line and
 * column; a sound document keeps its line numbers.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "facturx/validate.h"
#include "test_support.h"
#include "validate/stages.h"

/** The outcome of one parse. */
typedef struct outcome {
	fx_report *report;
	xmlDocPtr doc;
} outcome;

/* Parses data/len with opts (NULL: defaults) into a new report. */
static outcome parse(const char *data, size_t len, const fx_validate_options *opts, bool french)
{
	outcome o;
	o.report = fx_report_new("test.xml", french);
	ck_assert_ptr_nonnull(o.report);
	o.doc = fx_xml_parse_secure(data, len, opts, o.report);
	return o;
}

/* Frees an outcome. */
static void done(outcome *o)
{
	xmlFreeDoc(o->doc);
	fx_report_free(o->report);
}

/* Returns the first finding of rule id, or NULL. */
static const fx_finding *finding(const outcome *o, const char *id)
{
	for (size_t i = 0; i < fx_report_count(o->report); i++) {
		const fx_finding *f = fx_report_get(o->report, i);
		if (strcmp(f->rule_id, id) == 0)
			return f;
	}
	return NULL;
}

/* Asserts that text was refused with a fatal layer-2 finding of rule id. */
static void expect_refused(const char *text, const char *id)
{
	outcome o = parse(text, strlen(text), NULL, false);
	ck_assert_msg(o.doc == NULL, "document accepted: %s", text);
	const fx_finding *f = finding(&o, id);
	ck_assert_msg(f != NULL, "no %s finding for: %.200s (first: %s)", id, text,
	              fx_report_count(o.report) ? fx_report_get(o.report, 0)->rule_id : "none");
	ck_assert_int_eq(f->layer, FX_LAYER_XML);
	ck_assert_int_eq(f->severity, FX_SEVERITY_FATAL);
	ck_assert(f->counts);
	ck_assert_int_eq(fx_report_verdict(o.report), FX_VERDICT_INVALID);
	done(&o);
}

/* Billion laughs: the DOCTYPE is refused before any entity is declared. */
START_TEST(billion_laughs)
{
	const char *xml = "<?xml version=\"1.0\"?>\n"
	                  "<!DOCTYPE lolz [\n"
	                  " <!ENTITY lol \"lol\">\n"
	                  " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
	                  " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
	                  " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
	                  " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
	                  " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
	                  " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
	                  " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
	                  " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
	                  " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
	                  "]>\n"
	                  "<lolz>&lol9;</lolz>\n";
	outcome o = parse(xml, strlen(xml), NULL, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *f = finding(&o, "XML-DOCTYPE");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->line, 2);
	ck_assert_ptr_nonnull(strstr(f->message, "DOCTYPE"));
	ck_assert_int_eq(fx_report_count(o.report), 1);
	done(&o);
}
END_TEST

/* External entities (file and http) are never read. */
START_TEST(external_entities)
{
	const char *file = "<?xml version=\"1.0\"?>\n"
	                   "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
	                   "<r>&x;</r>\n";
	outcome o = parse(file, strlen(file), NULL, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_ptr_nonnull(finding(&o, "XML-DOCTYPE"));
	for (size_t i = 0; i < fx_report_count(o.report); i++)
		ck_assert_ptr_null(strstr(fx_report_get(o.report, i)->message, "root:"));
	done(&o);
	expect_refused("<!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:9/secret\">]><r>&x;</r>",
	               "XML-DOCTYPE");
	expect_refused("<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;]><r/>",
	               "XML-DOCTYPE");
}
END_TEST

/* An external DTD (network or file) is refused, not loaded. */
START_TEST(external_dtd)
{
	expect_refused("<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/r.dtd\">\n"
	               "<r/>",
	               "XML-DOCTYPE");
	expect_refused("<!DOCTYPE r PUBLIC \"-//X//Y\" \"file:///etc/passwd\"><r/>", "XML-DOCTYPE");
	expect_refused("<!DOCTYPE r><r/>", "XML-DOCTYPE");
}
END_TEST

/* A document over the size limit is refused before parsing; a 100 MB text
 * node within a raised limit hits libxml2's text limit. */
START_TEST(oversize)
{
	size_t n = 100u * 1024u * 1024u;
	char *xml = malloc(n + 64);
	ck_assert_ptr_nonnull(xml);
	strcpy(xml, "<a>");
	memset(xml + 3, 'x', n);
	strcpy(xml + 3 + n, "</a>");
	size_t len = strlen(xml);
	outcome o = parse(xml, len, NULL, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *f = finding(&o, "XML-SIZE");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f->message, "20971520"));
	done(&o);
	fx_validate_options opts;
	ck_assert_int_eq(fx_validate_options_init(&opts, FX_VALIDATE_OPTIONS_VERSION), FX_OK);
	opts.max_xml_bytes = 200u * 1024u * 1024u;
	o = parse(xml, len, &opts, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_ptr_null(finding(&o, "XML-SIZE"));
	ck_assert_ptr_nonnull(finding(&o, "XML-LIMIT"));
	done(&o);
	/* the same in an attribute value, and in CDATA sections */
	memcpy(xml, "<a b=\"", 6);
	strcpy(xml + 3 + n, "\"/>");
	o = parse(xml, strlen(xml), &opts, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *wf = finding(&o, "XML-WF"); /* libxml2's own attribute limit */
	ck_assert_ptr_nonnull(wf);
	ck_assert_ptr_nonnull(strstr(wf->message, "too long"));
	done(&o);
	size_t at = 0;
	at += (size_t)sprintf(xml, "<a>");
	while (at + 2000 < 12u * 1024u * 1024u) {
		at += (size_t)sprintf(xml + at, "<![CDATA[");
		memset(xml + at, 'y', 1000);
		at += 1000;
		at += (size_t)sprintf(xml + at, "]]>");
	}
	at += (size_t)sprintf(xml + at, "</a>");
	o = parse(xml, at, &opts, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_ptr_nonnull(finding(&o, "XML-LIMIT"));
	done(&o);
	memset(xml, 'x', 1000);
	memcpy(xml, "<a>", 3);
	opts.max_xml_bytes = 1000;
	xml[990] = '\0';
	o = parse(xml, 1001, &opts, false);
	ck_assert_ptr_nonnull(finding(&o, "XML-SIZE"));
	done(&o);
	free(xml);
}
END_TEST

/* Deep nesting is refused at the depth limit (default 64). */
START_TEST(deep_nesting)
{
	size_t depth = 100000;
	char *xml = malloc(depth * 7 + 1);
	ck_assert_ptr_nonnull(xml);
	char *p = xml;
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, "<a>");
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, "</a>");
	outcome o = parse(xml, (size_t)(p - xml), NULL, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *f = finding(&o, "XML-DEPTH");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f->message, "64"));
	ck_assert_int_eq(fx_report_count(o.report), 1);
	done(&o);
	/* a raised limit still meets libxml2's own (256 levels) */
	fx_validate_options opts;
	fx_validate_options_init(&opts, FX_VALIDATE_OPTIONS_VERSION);
	opts.max_depth = 1000000;
	o = parse(xml, (size_t)(p - xml), &opts, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_uint_gt(fx_report_fatal_count(o.report), 0);
	done(&o);
	/* exactly at the limit is fine */
	opts.max_depth = 3;
	o = parse("<a><b><c/></b></a>", 18, &opts, false);
	ck_assert_ptr_nonnull(o.doc);
	ck_assert_uint_eq(fx_report_count(o.report), 0);
	done(&o);
	o = parse("<a><b><c><d/></c></b></a>", 25, &opts, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_ptr_nonnull(finding(&o, "XML-DEPTH"));
	done(&o);
	free(xml);
}
END_TEST

/* An element with very many attributes (quadratic in libxml2 2.9) is
 * refused before parsing; '=' in values, comments and CDATA do not count. */
START_TEST(many_attributes)
{
	fx_buf b = {0};
	fx_buf_puts(&b, "<a\n");
	for (int i = 0; i < 100000; i++)
		fx_buf_printf(&b, " a%d=\"\"", i);
	fx_buf_puts(&b, "/>");
	outcome o = parse(b.data, b.len, NULL, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *f = finding(&o, "XML-LIMIT");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->line, 1);
	ck_assert_ptr_nonnull(strstr(f->message, "100 attributes"));
	done(&o);
	fx_buf_free(&b);
	fx_buf_puts(&b, "<?xml version=\"1.0\"?>\n<!-- ==== -->\n<a");
	for (int i = 0; i < 100; i++)
		fx_buf_printf(&b, " a%d='=>='", i);
	fx_buf_puts(&b, "><![CDATA[=====]]><?pi ===?>a=b=c</a>");
	o = parse(b.data, b.len, NULL, false);
	ck_assert_ptr_nonnull(o.doc);
	ck_assert_uint_eq(fx_report_count(o.report), 0);
	done(&o);
	fx_buf_free(&b);
	fx_buf_puts(&b, "<r>\n<a");
	for (int i = 0; i < 101; i++)
		fx_buf_printf(&b, " a%d='1'", i);
	fx_buf_puts(&b, "/></r>");
	o = parse(b.data, b.len, NULL, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_int_eq(finding(&o, "XML-LIMIT")->line, 2);
	done(&o);
	fx_buf_free(&b);
}
END_TEST

/* A document of more than a million elements is refused. */
START_TEST(many_elements)
{
	fx_buf b = {0};
	fx_buf_puts(&b, "<r>");
	for (int i = 0; i < 1000001; i++)
		fx_buf_puts(&b, "<a/>");
	fx_buf_puts(&b, "</r>");
	outcome o = parse(b.data, b.len, NULL, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *f = finding(&o, "XML-LIMIT");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f->message, "1000000 elements"));
	done(&o);
	fx_buf_free(&b);
}
END_TEST

/* Invalid UTF-8 and forbidden characters are encoding findings. */
START_TEST(invalid_utf8)
{
	expect_refused("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>caf\xC3\x28</a>",
	               "XML-ENCODING");
	expect_refused("<a>\xFF\xFE</a>", "XML-ENCODING");
	expect_refused("<a>x\x01y</a>", "XML-ENCODING");
	static const char nul[] = "<a>x\0y</a>";
	outcome o = parse(nul, sizeof nul - 1, NULL, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_uint_gt(fx_report_fatal_count(o.report), 0);
	done(&o);
	/* another declared encoding is read as such */
	const char *latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xE9</a>";
	o = parse(latin1, strlen(latin1), NULL, false);
	ck_assert_ptr_nonnull(o.doc);
	xmlChar *text = xmlNodeGetContent(xmlDocGetRootElement(o.doc));
	ck_assert_str_eq((const char *)text, "caf\xC3\xA9");
	xmlFree(text);
	done(&o);
}
END_TEST

/* Well-formedness errors give their line and column, in both languages. */
START_TEST(wellformedness)
{
	const char *xml = "<a>\n  <b>\n  </c>\n</a>\n";
	outcome o = parse(xml, strlen(xml), NULL, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *f = finding(&o, "XML-WF");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->line, 3);
	ck_assert_msg(strstr(f->message, "line 3, column") != NULL, "%s", f->message);
	done(&o);
	o = parse(xml, strlen(xml), NULL, true);
	f = finding(&o, "XML-WF");
	ck_assert_ptr_nonnull(f);
	ck_assert_msg(strstr(f->message, "ligne 3, colonne") != NULL &&
	                  strstr(f->message, "balise de fin") != NULL,
	              "%s", f->message);
	done(&o);
	expect_refused("", "XML-WF");
	expect_refused("   ", "XML-WF");
	expect_refused("<a b=\"1\" b=\"2\"/>", "XML-WF");
	expect_refused("<a>&amp</a>", "XML-WF");
	expect_refused("<a/><b/>", "XML-WF");
	expect_refused("<a>&undeclared;</a>", "XML-WF");
}
END_TEST

/* An undeclared prefix (a namespace error only, for libxml2) is refused. */
START_TEST(namespace_errors)
{
	const char *xml = "<?xml version=\"1.0\"?>\n<rsm:CrossIndustryInvoice>\n"
	                  "</rsm:CrossIndustryInvoice>\n";
	outcome o = parse(xml, strlen(xml), NULL, false);
	ck_assert_ptr_null(o.doc);
	const fx_finding *f = finding(&o, "XML-NS");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->line, 2);
	ck_assert_int_eq(f->severity, FX_SEVERITY_FATAL);
	done(&o);
	o = parse(xml, strlen(xml), NULL, true);
	ck_assert_ptr_nonnull(strstr(finding(&o, "XML-NS")->message, "préfixe"));
	done(&o);
	/* a relative namespace URI is only a warning */
	const char *rel = "<a xmlns=\"relative\"/>";
	o = parse(rel, strlen(rel), NULL, false);
	ck_assert_ptr_nonnull(o.doc);
	f = finding(&o, "XML-NS");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->severity, FX_SEVERITY_WARNING);
	ck_assert_int_eq(fx_report_verdict(o.report), FX_VERDICT_VALID);
	done(&o);
}
END_TEST

/* Many errors are listed up to a limit, then counted. */
START_TEST(many_errors)
{
	char xml[8192] = "<a>";
	for (int i = 0; i < 50; i++)
		strcat(xml, "<p:b/>");
	strcat(xml, "</a>");
	outcome o = parse(xml, strlen(xml), NULL, false);
	ck_assert_ptr_null(o.doc);
	ck_assert_uint_eq(fx_report_count(o.report), 21);
	const fx_finding *last = fx_report_get(o.report, 20);
	ck_assert_ptr_nonnull(strstr(last->message, "30 further"));
	done(&o);
}
END_TEST

/* A sound document is returned, with line numbers beyond 65535. */
START_TEST(sound_document)
{
	size_t lines = 70000;
	char *xml = malloc(lines * 2 + 64);
	ck_assert_ptr_nonnull(xml);
	char *p = xml + sprintf(xml, "<a>");
	for (size_t i = 1; i < lines; i++)
		*p++ = '\n';
	p += sprintf(p, "<b/></a>");
	outcome o = parse(xml, (size_t)(p - xml), NULL, false);
	ck_assert_ptr_nonnull(o.doc);
	ck_assert_uint_eq(fx_report_count(o.report), 0);
	xmlNodePtr b = xmlDocGetRootElement(o.doc)->children->next;
	ck_assert_str_eq((const char *)b->name, "b");
	ck_assert_int_eq(xmlGetLineNo(b), (long)lines);
	done(&o);
	free(xml);
}
END_TEST

/* Runs the layer-2 tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	Suite *s = suite_create("xml_secure");
	TCase *tc = tcase_create("hostile");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, billion_laughs);
	tcase_add_test(tc, external_entities);
	tcase_add_test(tc, external_dtd);
	tcase_add_test(tc, oversize);
	tcase_add_test(tc, deep_nesting);
	tcase_add_test(tc, many_attributes);
	tcase_add_test(tc, many_elements);
	tcase_add_test(tc, invalid_utf8);
	tcase_add_test(tc, wellformedness);
	tcase_add_test(tc, namespace_errors);
	tcase_add_test(tc, many_errors);
	tcase_add_test(tc, sound_document);
	suite_add_tcase(s, tc);
	return fx_test_run(s);
}
