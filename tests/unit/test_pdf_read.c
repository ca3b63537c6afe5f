/*
 * Unit tests of reading Factur-X PDFs and of the embeddability check:
 * legacy attachment names, XMP levels, refusal reasons as data, content
 * scanning, and hostile inputs (garbage, truncation, limits).
 */
#include "pdf/pdf_internal.h"
#include "test_pdf_fixtures.h"

/* An assembled EN 16931 file (malloc'ed). */
static unsigned char *assembled(size_t *len, char **xml_out)
{
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(0, &vlen), *out = NULL;
	char *xml = fix_xml(FX_PROFILE_EN16931, "F-20");
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	ck_assert_int_eq(
	    fx_pdf_assemble(visual, vlen, xml, strlen(xml), FX_PROFILE_EN16931, &o, &out, len),
	    FX_OK);
	free(visual);
	if (xml_out)
		*xml_out = xml;
	else
		free(xml);
	return out;
}

/* A large, poorly compressible invoice XML (here 400 KB of pseudo-random
 * base64 in a comment) is extracted whole with the default limits, and
 * refused when it decodes beyond the attachment limit. */
START_TEST(large_attachment_is_extracted)
{
	size_t vlen, len = 0, got_len = 0;
	unsigned char *visual = fix_visual_pdf(0, &vlen), *pdf = NULL, *got = NULL;
	char *small = fix_xml(FX_PROFILE_EN16931, "F-BIG");
	size_t n = 400000, slen = strlen(small);
	char *xml = malloc(slen + n + 16);
	ck_assert_ptr_nonnull(xml);
	memcpy(xml, small, slen);
	memcpy(xml + slen, "<!--", 4);
	unsigned state = 12345;
	for (size_t i = 0; i < n; i++) {
		state = state * 1103515245u + 12345u;
		xml[slen + 4 + i] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
		    [(state >> 16) & 63];
	}
	memcpy(xml + slen + 4 + n, "-->", 4);
	size_t xlen = slen + n + 7;
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, xlen, FX_PROFILE_EN16931, &o, &pdf, &len),
			 FX_OK);
	fx_pdf_reader *r = NULL;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, NULL, NULL, &r), FX_OK);
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL), FX_OK);
	ck_assert_uint_eq(got_len, xlen);
	ck_assert(memcmp(got, xml, xlen) == 0);
	free(got);
	fx_pdf_reader_free(r);
	fx_pdf_read_options ro = FX_PDF_READ_OPTIONS_INIT;
	ro.max_attachment_size = xlen - 1;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, NULL, &ro, &r), FX_OK);
	got = NULL;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "limit"));
	ck_assert_ptr_null(got);
	fx_pdf_reader_free(r);
	free(pdf);
	free(xml);
	free(small);
	free(visual);
}
END_TEST

/* Renames the factur-x.xml attachment (file spec and tree key) to name. */
static unsigned char *renamed(const unsigned char *pdf, size_t len, const char *name,
                              size_t *out_len)
{
	qpdf_data q = fix_qpdf(pdf, len);
	qpdf_oh tree =
	    qpdf_oh_get_key(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/Names"), "/EmbeddedFiles");
	qpdf_oh names = qpdf_oh_get_key(q, tree, "/Names");
	ck_assert_int_eq(qpdf_oh_get_array_n_items(q, names), 2);
	qpdf_oh fs = qpdf_oh_get_array_item(q, names, 1);
	qpdf_oh s = qpdf_oh_new_string(q, name);
	qpdf_oh_set_array_item(q, names, 0, s);
	qpdf_oh_replace_key(q, fs, "/F", s);
	qpdf_oh_replace_key(q, fs, "/UF", s);
	unsigned char *out = fix_qpdf_write(q, out_len);
	qpdf_cleanup(&q);
	return out;
}

/* Legacy names are found and reported with their flavour. */
START_TEST(legacy_names_are_recognised)
{
	static const struct {
		const char *name;
		fx_pdf_flavour flavour;
	} cases[] = {{"ZUGFeRD-invoice.xml", FX_PDF_FLAVOUR_ZUGFERD1},
	             {"zugferd-invoice.xml", FX_PDF_FLAVOUR_ZUGFERD2},
	             {"xrechnung.xml", FX_PDF_FLAVOUR_XRECHNUNG},
	             {"Factur-X.XML", FX_PDF_FLAVOUR_FACTURX}};
	char *xml;
	size_t len;
	unsigned char *pdf = assembled(&len, &xml);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t rlen;
		unsigned char *r_pdf = renamed(pdf, len, cases[i].name, &rlen);
		fx_pdf_reader *r;
		ck_assert_int_eq(fx_pdf_reader_open_memory(r_pdf, rlen, "legacy.pdf", NULL, &r),
		                 FX_OK);
		unsigned char *got;
		size_t got_len;
		fx_pdf_flavour fl = (fx_pdf_flavour)99;
		ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, &fl), FX_OK);
		ck_assert_int_eq(fl, cases[i].flavour);
		ck_assert(got_len == strlen(xml) && memcmp(got, xml, got_len) == 0);
		ck_assert_str_eq(fx_pdf_reader_attachment(r, 0)->name, cases[i].name);
		free(got);
		fx_pdf_reader_free(r);
		free(r_pdf);
	}
	ck_assert_str_eq(fx_pdf_flavour_file_name(FX_PDF_FLAVOUR_ZUGFERD1), "ZUGFeRD-invoice.xml");
	free(pdf);
	free(xml);
}
END_TEST

/* A PDF without attachments or metadata: FX_EMISSING. */
START_TEST(plain_pdf_has_no_invoice)
{
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(0, &vlen), *got = NULL;
	fx_pdf_reader *r;
	ck_assert_int_eq(fx_pdf_reader_open_memory(visual, vlen, "plain.pdf", NULL, &r), FX_OK);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(r), 0);
	ck_assert_ptr_null(fx_pdf_reader_attachment(r, 0));
	size_t got_len, idx;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL), FX_EMISSING);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "plain.pdf"));
	ck_assert_int_eq(fx_pdf_reader_find_invoice(r, &idx, NULL), FX_EMISSING);
	ck_assert_int_eq(fx_pdf_reader_extract(r, 0, &got, &got_len), FX_EUSAGE);
	const char *level;
	ck_assert_int_eq(fx_pdf_reader_conformance_level(r, &level), FX_EMISSING);
	const unsigned char *xmp;
	ck_assert_int_eq(fx_pdf_reader_xmp(r, &xmp, &got_len), FX_EMISSING);
	ck_assert_ptr_null(got);
	fx_pdf_reader_free(r);
	free(visual);
}
END_TEST

/* Levels in the Factur-X, ZUGFeRD 2 and 1 namespaces, element or attribute. */
START_TEST(xmp_levels)
{
	const char *fx = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://"
	                 "www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
	                 "xmlns:fx=\"" FX_PDF_NS_FACTURX "\"><fx:ConformanceLevel>\n BASIC WL "
	                 "</fx:ConformanceLevel></rdf:Description></rdf:RDF></x:xmpmeta>";
	const char *zf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
	                 "<rdf:Description xmlns:zf=\"" FX_PDF_NS_ZUGFERD1 "\" "
	                 "zf:ConformanceLevel=\"COMFORT\"/></rdf:RDF>";
	const char *none = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
	char *level;
	ck_assert_int_eq(fx_pdf_xmp_find_level((const unsigned char *)fx, strlen(fx), &level),
	                 FX_OK);
	ck_assert_str_eq(level, "BASIC WL");
	free(level);
	ck_assert_int_eq(fx_pdf_xmp_find_level((const unsigned char *)zf, strlen(zf), &level),
	                 FX_OK);
	ck_assert_str_eq(level, "COMFORT");
	fx_profile p;
	ck_assert_int_eq(fx_pdf_level_to_profile(level, &p), FX_OK);
	ck_assert_int_eq(p, FX_PROFILE_EN16931);
	free(level);
	ck_assert_int_eq(fx_pdf_xmp_find_level((const unsigned char *)none, strlen(none), &level),
	                 FX_EMISSING);
	ck_assert_int_eq(fx_pdf_xmp_find_level((const unsigned char *)"<a><b>", 6, &level),
	                 FX_EINVAL);
	ck_assert_int_eq(fx_pdf_level_to_profile("GOLD", &p), FX_EINVAL);
}
END_TEST

/* Finds the first issue with code, or NULL. */
static const fx_pdf_issue *find_issue(const fx_pdf_issues *l, fx_pdf_issue_code code)
{
	for (size_t i = 0; i < fx_pdf_issues_count(l); i++)
		if (fx_pdf_issues_get(l, i)->code == code)
			return fx_pdf_issues_get(l, i);
	return NULL;
}

/* Checks a visual PDF made with flags and returns its issues. */
static fx_pdf_issues *check_visual(int flags)
{
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(flags, &vlen);
	fx_pdf_issues *l = NULL;
	ck_assert_int_eq(fx_pdf_check_embeddable(visual, vlen, "visual.pdf", &l), FX_OK);
	free(visual);
	return l;
}

/* The library's own kind of visual PDF is fine; its output is too. */
START_TEST(clean_pdf_has_no_issue)
{
	fx_pdf_issues *l = check_visual(0);
	ck_assert_uint_eq(fx_pdf_issues_count(l), 0);
	fx_pdf_issues_free(l);
	size_t len;
	unsigned char *pdf = assembled(&len, NULL);
	ck_assert_int_eq(fx_pdf_check_embeddable(pdf, len, NULL, &l), FX_OK);
	ck_assert_uint_eq(fx_pdf_issues_error_count(l), 0);
	const fx_pdf_issue *e = find_issue(l, FX_PDF_ISSUE_EXISTING_INVOICE);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->severity, FX_PDF_SEVERITY_WARNING);
	fx_pdf_issues_free(l);
	free(pdf);
}
END_TEST

/* A Base-14 font is not embedded: reason, object and page as data. */
START_TEST(helvetica_is_refused)
{
	fx_pdf_issues *l = check_visual(FIX_HELVETICA);
	const fx_pdf_issue *i = find_issue(l, FX_PDF_ISSUE_FONT_NOT_EMBEDDED);
	ck_assert_ptr_nonnull(i);
	ck_assert_int_eq(i->severity, FX_PDF_SEVERITY_ERROR);
	ck_assert_int_gt(i->object, 0);
	ck_assert_int_eq(i->page, 1);
	ck_assert_ptr_nonnull(strstr(i->message, "Helvetica"));
	ck_assert_str_eq(fx_pdf_issue_code_name(i->code), "font-not-embedded");
	ck_assert_uint_eq(fx_pdf_issues_error_count(l), 1);
	/* libharu gives Helvetica no ToUnicode and no standard encoding: a warning */
	const fx_pdf_issue *w = find_issue(l, FX_PDF_ISSUE_FONT_NO_TOUNICODE);
	ck_assert_ptr_nonnull(w);
	ck_assert_int_eq(w->severity, FX_PDF_SEVERITY_WARNING);
	ck_assert_ptr_nonnull(strstr(w->message, "Helvetica"));
	ck_assert_ptr_null(fx_pdf_issues_get(l, 99));
	fx_pdf_issues_free(l);

	/* check_input makes the assembly refuse it */
	size_t vlen, len;
	unsigned char *visual = fix_visual_pdf(FIX_HELVETICA, &vlen), *out = NULL;
	char *xml = fix_xml(FX_PROFILE_BASIC, "F-21");
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	o.check_input = 1;
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "font-not-embedded"));
	ck_assert_ptr_null(out);
	free(visual);
	free(xml);
}
END_TEST

/* Encryption, with or without a user password, is a reason. */
START_TEST(encryption_is_refused)
{
	for (int k = 0; k < 2; k++) {
		fx_pdf_issues *l = check_visual(k ? FIX_ENCRYPT : FIX_ENCRYPT_OPEN);
		const fx_pdf_issue *i = find_issue(l, FX_PDF_ISSUE_ENCRYPTED);
		ck_assert_ptr_nonnull(i);
		ck_assert_int_eq(i->severity, FX_PDF_SEVERITY_ERROR);
		fx_pdf_issues_free(l);
	}
}
END_TEST

/* DeviceCMYK with the sRGB intent is a reason. */
START_TEST(cmyk_is_refused)
{
	fx_pdf_issues *l = check_visual(FIX_CMYK);
	const fx_pdf_issue *i = find_issue(l, FX_PDF_ISSUE_DEVICE_COLOUR);
	ck_assert_ptr_nonnull(i);
	ck_assert_int_eq(i->page, 1);
	fx_pdf_issues_free(l);
}
END_TEST

/* JavaScript, Launch, LZW, external streams and /AA are reasons. */
START_TEST(forbidden_objects_are_refused)
{
	size_t vlen, len;
	unsigned char *visual = fix_visual_pdf(0, &vlen);
	qpdf_data q = fix_qpdf(visual, vlen);
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh_replace_key(q, root, "/OpenAction",
	                    qpdf_oh_parse(q, "<< /S /JavaScript /JS (app.alert\\(1\\)) >>"));
	qpdf_oh_replace_key(q, root, "/AA", qpdf_oh_parse(q, "<< /WC << /S /Launch /F (x) >> >>"));
	qpdf_oh s = qpdf_oh_new_stream(q);
	qpdf_oh_replace_stream_data(q, s, (const unsigned char *)"\x80\x0b\x60\x50", 4,
	                            qpdf_oh_new_name(q, "/LZWDecode"), qpdf_oh_new_null(q));
	qpdf_oh_replace_key(q, qpdf_oh_get_dict(q, s), "/F", qpdf_oh_new_string(q, "ext.bin"));
	qpdf_oh_replace_key(q, root, "/Extra", qpdf_make_indirect_object(q, s));
	unsigned char *pdf = fix_qpdf_write(q, &len);
	qpdf_cleanup(&q);
	fx_pdf_issues *l = NULL;
	ck_assert_int_eq(fx_pdf_check_embeddable(pdf, len, NULL, &l), FX_OK);
	static const fx_pdf_issue_code want[] = {FX_PDF_ISSUE_ACTION,
	                                         FX_PDF_ISSUE_ADDITIONAL_ACTIONS,
	                                         FX_PDF_ISSUE_FILTER, FX_PDF_ISSUE_EXTERNAL_STREAM};
	for (size_t k = 0; k < sizeof want / sizeof *want; k++)
		ck_assert_msg(find_issue(l, want[k]) != NULL, "no %s issue",
		              fx_pdf_issue_code_name(want[k]));
	int js = 0, launch = 0;
	for (size_t k = 0; k < fx_pdf_issues_count(l); k++) {
		js |= strstr(fx_pdf_issues_get(l, k)->message, "JavaScript") != NULL;
		launch |= strstr(fx_pdf_issues_get(l, k)->message, "Launch") != NULL;
	}
	ck_assert(js && launch);
	ck_assert_int_gt(find_issue(l, FX_PDF_ISSUE_FILTER)->object, 0);
	fx_pdf_issues_free(l);
	free(pdf);
	free(visual);
}
END_TEST

/* The content lexer sees operators, not strings, comments or image data. */
START_TEST(content_scanner)
{
	static const struct {
		const char *text;
		int bits;
	} cases[] = {
	    {"0 0 0 1 k 0 0 10 10 re f", FX_PDF_USES_CMYK},
	    {"1 0 0 RG (0 0 0 1 k) Tj % 1 k\n", FX_PDF_USES_RGB},
	    {"/DeviceCMYK cs 1 1 1 1 sc", FX_PDF_USES_CMYK},
	    {"/CS0 cs 0.5 g", FX_PDF_USES_GRAY},
	    {"BI /W 1 /H 1 /CS /CMYK /BPC 8 ID \x01k\x02 EI Q", FX_PDF_USES_CMYK},
	    {"BI /W 1 /H 1 /CS /G /BPC 8 ID \x01 k K rg EI 0 g", FX_PDF_USES_GRAY},
	    {"<6b> Tj [(k) 3 (K)] TJ <</K 1>> BDC EMC", 0},
	    {"(unterminated k", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		ck_assert_msg(fx_pdf_content_colours((const unsigned char *)cases[i].text,
		                                     strlen(cases[i].text)) == cases[i].bits,
		              "case %zu", i);
}
END_TEST

/* Garbage, truncation and limits give errors, never a crash. */
START_TEST(hostile_inputs)
{
	static const char *const garbage[] = {"", "hello", "%PDF-1.7\n", "%PDF-1.7\n1 0 obj <<",
	                                      "%PDF-1.4\ntrailer << /Root 1 0 R >>\n%%EOF"};
	fx_pdf_reader *r = NULL;
	fx_pdf_issues *l = NULL;
	for (size_t i = 0; i < sizeof garbage / sizeof *garbage; i++) {
		size_t n = strlen(garbage[i]);
		int rc = fx_pdf_reader_open_memory(garbage[i], n, "bad.pdf", NULL, &r);
		ck_assert_msg(rc == FX_EINVAL, "case %zu: %d", i, rc);
		ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "bad.pdf"));
		ck_assert_int_eq(fx_pdf_check_embeddable(garbage[i], n, NULL, &l), FX_EINVAL);
	}
	ck_assert_ptr_null(r);
	ck_assert_ptr_null(l);
	size_t len;
	char *xml;
	unsigned char *pdf = assembled(&len, &xml);
	unsigned char *out = NULL;
	ck_assert_int_eq(fx_pdf_assemble("junk", 4, xml, strlen(xml), 2, NULL, &out, &len),
	                 FX_EINVAL);
	/* every truncation: open may repair or fail; extraction is exact or fails */
	for (size_t cut = 0; cut < len; cut += len / 97 + 1) {
		if (fx_pdf_reader_open_memory(pdf, cut, NULL, NULL, &r) != FX_OK)
			continue;
		unsigned char *got;
		size_t got_len;
		if (fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL) == FX_OK) {
			ck_assert(got_len == strlen(xml) && memcmp(got, xml, got_len) == 0);
			free(got);
		}
		const char *level;
		fx_pdf_reader_conformance_level(r, &level);
		fx_pdf_reader_free(r);
		if (fx_pdf_check_embeddable(pdf, cut, NULL, &l) == FX_OK)
			fx_pdf_issues_free(l);
	}
	/* limits */
	fx_pdf_read_options ro = FX_PDF_READ_OPTIONS_INIT;
	ro.max_input_size = 100;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, NULL, &ro, &r), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "limit"));
	ro.max_input_size = 0;
	ro.max_attachment_size = 10;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, NULL, &ro, &r), FX_OK);
	unsigned char *got = NULL;
	size_t got_len;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "limit"));
	ck_assert_ptr_null(got);
	fx_pdf_reader_free(r);
	ro.version = 7;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, NULL, &ro, &r), FX_EUSAGE);
	ck_assert_int_eq(fx_pdf_reader_open_file("/nonexistent/x.pdf", NULL, &r), FX_EIO);
	fx_pdf_reader_free(NULL);
	fx_pdf_issues_free(NULL);
	free(pdf);
	free(xml);
}
END_TEST

/* A damaged stream: the attachment cannot be decoded, reported as such. */
START_TEST(damaged_stream_is_an_error)
{
	size_t len;
	unsigned char *pdf = assembled(&len, NULL);
	qpdf_data q = fix_qpdf(pdf, len);
	qpdf_oh tree =
	    qpdf_oh_get_key(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/Names"), "/EmbeddedFiles");
	qpdf_oh fs = qpdf_oh_get_array_item(q, qpdf_oh_get_key(q, tree, "/Names"), 1);
	qpdf_oh s = qpdf_oh_get_key(q, qpdf_oh_get_key(q, fs, "/EF"), "/F");
	qpdf_oh_replace_stream_data(q, s, (const unsigned char *)"not flate data", 14,
	                            qpdf_oh_new_name(q, "/FlateDecode"), qpdf_oh_new_null(q));
	size_t blen;
	unsigned char *bad = fix_qpdf_write(q, &blen);
	qpdf_cleanup(&q);
	fx_pdf_reader *r;
	ck_assert_int_eq(fx_pdf_reader_open_memory(bad, blen, "bad.pdf", NULL, &r), FX_OK);
	unsigned char *got = NULL;
	size_t got_len;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "factur-x.xml"));
	fx_pdf_reader_free(r);
	free(bad);
	free(pdf);
}
END_TEST

/* Builds the suite. */
static Suite *read_suite(void)
{
	Suite *s = suite_create("pdf_read");
	TCase *tc = tcase_create("read");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, legacy_names_are_recognised);
	tcase_add_test(tc, plain_pdf_has_no_invoice);
	tcase_add_test(tc, xmp_levels);
	tcase_add_test(tc, clean_pdf_has_no_issue);
	tcase_add_test(tc, helvetica_is_refused);
	tcase_add_test(tc, encryption_is_refused);
	tcase_add_test(tc, cmyk_is_refused);
	tcase_add_test(tc, forbidden_objects_are_refused);
	tcase_add_test(tc, content_scanner);
	tcase_add_test(tc, hostile_inputs);
	tcase_add_test(tc, damaged_stream_is_an_error);
	tcase_add_test(tc, large_attachment_is_extracted);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(read_suite());
}
