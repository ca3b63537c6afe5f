/*
 * Unit tests of the Factur-X PDF/A-3b assembly: every profile, read-back of
 * attachments, XMP and Info, relationships, options, ICC, reproducibility,
 * merging with existing attachments, qpdf --check.
 */
#include <locale.h>

#include "test_pdf_fixtures.h"

static const fx_pdf_extra_file fix_extra = {"timesheet.csv",      "text/csv", "Relevé d'heures",
                                            "day;hours\n1;7.5\n", 16,         FX_PDF_REL_DEFAULT};

/* Assembles xml for profile p with the fixture options. */
static unsigned char *assemble(fx_profile p, const char *xml, const fx_pdf_assemble_options *o,
                               size_t *len)
{
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(0, &vlen);
	unsigned char *out = NULL;
	int rc = fx_pdf_assemble(visual, vlen, xml, strlen(xml), p, o, &out, len);
	ck_assert_msg(rc == FX_OK, "assemble: %s", fx_error_last()->message);
	free(visual);
	return out;
}

/* The text of trailer /Info key, copied. */
static char *info_text(qpdf_data q, const char *key)
{
	qpdf_oh info = qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Info");
	return strdup(qpdf_oh_get_utf8_value(q, qpdf_oh_get_key(q, info, key)));
}

/* Every profile: XML back byte for byte, relationship, XMP level, /AF. */
START_TEST(each_profile_reads_back)
{
	fx_profile p = (fx_profile)_i;
	char *xml = fix_xml(p, "F-1");
	fx_pdf_assemble_options o = fix_options(&fix_extra, 1);
	size_t len;
	unsigned char *pdf = assemble(p, xml, &o, &len);
	ck_assert(len > 8 && memcmp(pdf, "%PDF-1.7\n", 9) == 0);

	fx_pdf_reader *r;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, "out.pdf", NULL, &r), FX_OK);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(r), 2);
	size_t idx;
	fx_pdf_flavour fl = FX_PDF_FLAVOUR_XRECHNUNG;
	ck_assert_int_eq(fx_pdf_reader_find_invoice(r, &idx, &fl), FX_OK);
	ck_assert_int_eq(fl, FX_PDF_FLAVOUR_FACTURX);
	const fx_pdf_attachment *a = fx_pdf_reader_attachment(r, idx);
	ck_assert_str_eq(a->name, "factur-x.xml");
	ck_assert_str_eq(a->mime_type, "text/xml");
	ck_assert_str_eq(a->description, "Factur-X invoice");
	ck_assert_int_eq(a->size, (long long)strlen(xml));
	ck_assert(a->in_catalog_af);
	ck_assert_int_gt(a->object, 0);
	fx_pdf_relationship want =
	    p <= FX_PROFILE_BASIC_WL ? FX_PDF_REL_DATA : FX_PDF_REL_ALTERNATIVE;
	ck_assert_int_eq(a->relationship, want);
	ck_assert_str_eq(a->relationship_name, fx_pdf_relationship_name(want));

	unsigned char *got;
	size_t got_len;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL), FX_OK);
	ck_assert_uint_eq(got_len, strlen(xml));
	ck_assert(memcmp(got, xml, got_len) == 0);
	free(got);

	const fx_pdf_attachment *e = fx_pdf_reader_attachment(r, idx == 0 ? 1 : 0);
	ck_assert_str_eq(e->name, "timesheet.csv");
	ck_assert_str_eq(e->mime_type, "text/csv");
	ck_assert_str_eq(e->description, "Relevé d'heures");
	ck_assert_int_eq(e->relationship, FX_PDF_REL_SUPPLEMENT);
	ck_assert(e->in_catalog_af);
	ck_assert_int_eq(fx_pdf_reader_extract(r, idx == 0 ? 1 : 0, &got, &got_len), FX_OK);
	ck_assert_uint_eq(got_len, fix_extra.len);
	ck_assert(memcmp(got, fix_extra.data, got_len) == 0);
	free(got);

	const char *level;
	ck_assert_int_eq(fx_pdf_reader_conformance_level(r, &level), FX_OK);
	ck_assert_str_eq(level, fx_profile_name(p));
	fx_profile back;
	ck_assert_int_eq(fx_pdf_level_to_profile(level, &back), FX_OK);
	ck_assert_int_eq(back, p);

	const unsigned char *xmp;
	size_t xmp_len;
	ck_assert_int_eq(fx_pdf_reader_xmp(r, &xmp, &xmp_len), FX_OK);
	char *x = strndup((const char *)xmp, xmp_len);
	ck_assert_ptr_nonnull(strstr(x, "<pdfaid:part>3</pdfaid:part>"));
	ck_assert_ptr_nonnull(strstr(x, "<pdfaid:conformance>B</pdfaid:conformance>"));
	ck_assert_ptr_nonnull(strstr(x, "<fx:DocumentFileName>factur-x.xml<"));
	ck_assert_ptr_nonnull(strstr(x, "<fx:DocumentType>INVOICE<"));
	ck_assert_ptr_nonnull(strstr(x, "<fx:Version>1.0<"));
	ck_assert_ptr_nonnull(strstr(x, "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"));
	ck_assert_ptr_nonnull(strstr(x, "<rdf:li>ACME &amp; Fils &lt;SARL&gt;</rdf:li>"));
	ck_assert_ptr_nonnull(strstr(x, "<xmp:CreateDate>2025-03-14T10:20:30+01:00<"));
	ck_assert_ptr_nonnull(strstr(x, "<pdf:Producer>facturx " FX_VERSION_STRING "<"));
	free(x);
	fx_pdf_reader_free(r);

	/* Info agrees with the XMP; the catalog has the PDF/A parts */
	qpdf_data q = fix_qpdf(pdf, len);
	char *t = info_text(q, "/Title");
	ck_assert_str_eq(t, "Facture n° 1");
	free(t);
	t = info_text(q, "/Author");
	ck_assert_str_eq(t, "ACME & Fils <SARL>");
	free(t);
	t = info_text(q, "/CreationDate");
	ck_assert_str_eq(t, "D:20250314102030+01'00'");
	free(t);
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh af = qpdf_oh_get_key(q, root, "/AF");
	ck_assert_int_eq(qpdf_oh_get_array_n_items(q, af), 2);
	qpdf_oh oi = qpdf_oh_get_array_item(q, qpdf_oh_get_key(q, root, "/OutputIntents"), 0);
	ck_assert(qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, oi, "/S"), "/GTS_PDFA1"));
	qpdf_oh icc = qpdf_oh_get_key(q, oi, "/DestOutputProfile");
	ck_assert(qpdf_oh_is_stream(q, icc));
	ck_assert_int_eq(
	    qpdf_oh_get_int_value(q, qpdf_oh_get_key(q, qpdf_oh_get_dict(q, icc), "/N")), 3);
	qpdf_oh md = qpdf_oh_get_key(q, root, "/Metadata");
	ck_assert(!qpdf_oh_has_key(q, qpdf_oh_get_dict(q, md), "/Filter"));
	ck_assert(!qpdf_is_encrypted(q));
	ck_assert(qpdf_oh_is_array(q, qpdf_oh_get_key(q, qpdf_get_trailer(q), "/ID")));
	ck_assert(!qpdf_has_error(q));
	qpdf_cleanup(&q);
	free(pdf);
	free(xml);
}
END_TEST

/* Source is kept for EN 16931; MINIMUM forces Data; Supplement is refused. */
START_TEST(xml_relationship_rules)
{
	char *xml = fix_xml(FX_PROFILE_EN16931, "F-2");
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	o.xml_relationship = FX_PDF_REL_SOURCE;
	o.xml_description = "Facture F-2 (CII)";
	size_t len;
	unsigned char *pdf = assemble(FX_PROFILE_EN16931, xml, &o, &len);
	fx_pdf_reader *r;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, NULL, NULL, &r), FX_OK);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(r), 1);
	ck_assert_int_eq(fx_pdf_reader_attachment(r, 0)->relationship, FX_PDF_REL_SOURCE);
	ck_assert_str_eq(fx_pdf_reader_attachment(r, 0)->description, "Facture F-2 (CII)");
	fx_pdf_reader_free(r);
	free(pdf);
	free(xml);

	xml = fix_xml(FX_PROFILE_MINIMUM, "F-3");
	o.xml_relationship = FX_PDF_REL_ALTERNATIVE;
	pdf = assemble(FX_PROFILE_MINIMUM, xml, &o, &len);
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, NULL, NULL, &r), FX_OK);
	ck_assert_int_eq(fx_pdf_reader_attachment(r, 0)->relationship, FX_PDF_REL_DATA);
	fx_pdf_reader_free(r);
	free(pdf);

	o.xml_relationship = FX_PDF_REL_SUPPLEMENT;
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(0, &vlen);
	unsigned char *out = NULL;
	ck_assert_int_eq(
	    fx_pdf_assemble(visual, vlen, xml, strlen(xml), FX_PROFILE_BASIC, &o, &out, &len),
	    FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "Supplement"));
	ck_assert_ptr_null(out);
	free(visual);
	free(xml);

	fx_pdf_relationship rel;
	ck_assert_int_eq(fx_pdf_relationship_parse("/alternative", &rel), FX_OK);
	ck_assert_int_eq(rel, FX_PDF_REL_ALTERNATIVE);
	ck_assert_int_eq(fx_pdf_relationship_parse("Other", &rel), FX_EINVAL);
}
END_TEST

/* The same input and date give the same bytes; no date means now, UTC. */
START_TEST(output_is_reproducible)
{
	char *xml = fix_xml(FX_PROFILE_EXTENDED, "F-4");
	fx_pdf_assemble_options o = fix_options(&fix_extra, 1);
	size_t a_len, b_len;
	unsigned char *a = assemble(FX_PROFILE_EXTENDED, xml, &o, &a_len);
	unsigned char *b = assemble(FX_PROFILE_EXTENDED, xml, &o, &b_len);
	ck_assert_uint_eq(a_len, b_len);
	ck_assert(memcmp(a, b, a_len) == 0);
	free(b);
	o.date = NULL;
	b = assemble(FX_PROFILE_EXTENDED, xml, &o, &b_len);
	fx_pdf_reader *r;
	const unsigned char *xmp;
	size_t xmp_len;
	ck_assert_int_eq(fx_pdf_reader_open_memory(b, b_len, NULL, NULL, &r), FX_OK);
	ck_assert_int_eq(fx_pdf_reader_xmp(r, &xmp, &xmp_len), FX_OK);
	char *x = strndup((const char *)xmp, xmp_len);
	char *d = strstr(x, "<xmp:CreateDate>");
	ck_assert_ptr_nonnull(d);
	ck_assert(strncmp(d + 16, "2024", 4) >= 0);
	ck_assert_int_eq(d[16 + 19], 'Z');
	free(x);
	fx_pdf_reader_free(r);
	free(a);
	free(b);
	free(xml);
}
END_TEST

/* Bad arguments and options are refused with a message. */
START_TEST(bad_options_are_refused)
{
	char *xml = fix_xml(FX_PROFILE_BASIC, "F-5");
	size_t vlen, len;
	unsigned char *visual = fix_visual_pdf(0, &vlen), *out = NULL;
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	ck_assert_int_eq(fx_pdf_assemble(NULL, 0, xml, strlen(xml), 2, &o, &out, &len), FX_EUSAGE);
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, 0, 2, &o, &out, &len), FX_EUSAGE);
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 9, &o, &out, &len),
	                 FX_EUSAGE);
	o.version = 99;
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EUSAGE);
	ck_assert_int_eq(fx_pdf_assemble_options_init(&o, 99), FX_EUSAGE);
	o = fix_options(NULL, 0);
	o.title = "bad \xC3(";
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "title"));
	o = fix_options(NULL, 0);
	fx_pdf_date bad = {2025, 2, 30, 0, 0, 0, 0};
	o.date = &bad;
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "day 30"));
	fx_pdf_extra_file files[2] = {fix_extra, fix_extra};
	o = fix_options(files, 2);
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "twice"));
	files[1].name = "Factur-X.xml";
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EUSAGE);
	files[1].name = "b.txt";
	files[1].mime_type = "text plain";
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "MIME"));
	ck_assert_ptr_null(out);
	free(visual);
	free(xml);
}
END_TEST

/* A missing or wrong ICC profile is reported with the file and package. */
START_TEST(icc_profile_errors)
{
	char *xml = fix_xml(FX_PROFILE_BASIC, "F-6");
	size_t vlen, len;
	unsigned char *visual = fix_visual_pdf(0, &vlen), *out = NULL;
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	o.icc_profile_path = "/nonexistent/sRGB.icc";
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EIO);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "/nonexistent/sRGB.icc"));
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "icc-profiles-free"));
	o.icc_profile_path = NULL;
	setenv("FX_ICC_PROFILE", "/nonexistent/env.icc", 1);
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EIO);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "/nonexistent/env.icc"));
	char *dir = fix_tmpdir();
	char *fake = fix_write(dir, "fake.icc", xml, strlen(xml));
	setenv("FX_ICC_PROFILE", fake, 1);
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, &o, &out, &len),
	                 FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "acsp"));
	unsetenv("FX_ICC_PROFILE");
	ck_assert_ptr_null(out);
	const char *names[] = {"fake.icc"};
	fix_cleanup(dir, names, 1);
	free(fake);
	free(visual);
	free(xml);
}
END_TEST

/* Assembling an assembled file replaces factur-x.xml and keeps the rest. */
START_TEST(reassembly_merges_attachments)
{
	char *xml1 = fix_xml(FX_PROFILE_EN16931, "F-7"), *xml2 = fix_xml(FX_PROFILE_EN16931, "F-8");
	fx_pdf_assemble_options o = fix_options(&fix_extra, 1);
	size_t len1, len2;
	unsigned char *pdf1 = assemble(FX_PROFILE_EN16931, xml1, &o, &len1), *pdf2 = NULL;
	fx_pdf_extra_file other = {"z-annexe.txt", NULL, NULL, "annexe", 6, FX_PDF_REL_UNSPECIFIED};
	o = fix_options(&other, 1);
	o.check_input = 1;
	ck_assert_int_eq(
	    fx_pdf_assemble(pdf1, len1, xml2, strlen(xml2), FX_PROFILE_EN16931, &o, &pdf2, &len2),
	    FX_OK);
	fx_pdf_reader *r;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf2, len2, NULL, NULL, &r), FX_OK);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(r), 3);
	/* name-tree order */
	ck_assert_str_eq(fx_pdf_reader_attachment(r, 0)->name, "factur-x.xml");
	ck_assert_str_eq(fx_pdf_reader_attachment(r, 1)->name, "timesheet.csv");
	ck_assert_str_eq(fx_pdf_reader_attachment(r, 2)->name, "z-annexe.txt");
	ck_assert_str_eq(fx_pdf_reader_attachment(r, 2)->mime_type, "application/octet-stream");
	ck_assert_int_eq(fx_pdf_reader_attachment(r, 2)->relationship, FX_PDF_REL_UNSPECIFIED);
	for (size_t i = 0; i < 3; i++)
		ck_assert(fx_pdf_reader_attachment(r, i)->in_catalog_af);
	unsigned char *got;
	size_t got_len;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &got, &got_len, NULL), FX_OK);
	ck_assert(got_len == strlen(xml2) && memcmp(got, xml2, got_len) == 0);
	free(got);
	fx_pdf_reader_free(r);
	qpdf_data q = fix_qpdf(pdf2, len2);
	ck_assert_int_eq(qpdf_oh_get_array_n_items(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/AF")),
	                 3);
	qpdf_cleanup(&q);
	free(pdf1);
	free(pdf2);
	free(xml1);
	free(xml2);
}
END_TEST

/* The file variant writes atomically; qpdf --check finds no problem. */
START_TEST(file_passes_qpdf_check)
{
	char *xml = fix_xml(FX_PROFILE_BASIC_WL, "F-9");
	fx_pdf_assemble_options o = fix_options(&fix_extra, 1);
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(0, &vlen);
	char *dir = fix_tmpdir();
	char *path = fx_test_path(dir, "facture.pdf");
	ck_assert_int_eq(
	    fx_pdf_assemble_file(visual, vlen, xml, strlen(xml), FX_PROFILE_BASIC_WL, &o, path),
	    FX_OK);
	fx_pdf_reader *r;
	ck_assert_int_eq(fx_pdf_reader_open_file(path, NULL, &r), FX_OK);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(r), 2);
	fx_pdf_reader_free(r);
	if (fix_run("qpdf --version >/dev/null 2>&1") != 0) {
		printf("qpdf command absent: qpdf --check not run\n");
	} else {
		char cmd[512];
		snprintf(cmd, sizeof cmd, "qpdf --check '%s' >/dev/null 2>&1", path);
		ck_assert_int_eq(fix_run(cmd), 0);
	}
	ck_assert_int_eq(fx_pdf_assemble_file(visual, vlen, xml, strlen(xml), FX_PROFILE_BASIC_WL,
	                                      &o, "/nonexistent-dir/x.pdf"),
	                 FX_EIO);
	const char *names[] = {"facture.pdf"};
	free(path);
	fix_cleanup(dir, names, 1);
	free(visual);
	free(xml);
}
END_TEST

/* Encrypted input is refused by the assembly. */
START_TEST(encrypted_input_is_refused)
{
	char *xml = fix_xml(FX_PROFILE_BASIC, "F-10");
	size_t vlen, len;
	unsigned char *visual = fix_visual_pdf(FIX_ENCRYPT_OPEN, &vlen), *out = NULL;
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, NULL, &out, &len),
	                 FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "encrypt"));
	free(visual);
	visual = fix_visual_pdf(FIX_ENCRYPT, &vlen);
	ck_assert_int_eq(fx_pdf_assemble(visual, vlen, xml, strlen(xml), 2, NULL, &out, &len),
	                 FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "password"));
	ck_assert_ptr_null(out);
	free(visual);
	free(xml);
}
END_TEST

/* Builds the suite. */
static Suite *pdf_suite(void)
{
	Suite *s = suite_create("pdf_assemble");
	TCase *tc = tcase_create("assemble");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, each_profile_reads_back, FX_PROFILE_MINIMUM,
	                    FX_PROFILE_EXTENDED + 1);
	tcase_add_test(tc, xml_relationship_rules);
	tcase_add_test(tc, output_is_reproducible);
	tcase_add_test(tc, bad_options_are_refused);
	tcase_add_test(tc, icc_profile_errors);
	tcase_add_test(tc, reassembly_merges_attachments);
	tcase_add_test(tc, file_passes_qpdf_check);
	tcase_add_test(tc, encrypted_input_is_refused);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite (also under the French locale, when installed). */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(pdf_suite());
}
