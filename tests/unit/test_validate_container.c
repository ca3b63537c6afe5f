/*
 * Layer 1 of the validator (src/validate/container*.c): Factur-X PDFs made by
 * the project (fx_pdf_assemble over a libharu page, fx_generate_memory) pass
 * without fatal findings; each one broken in one way gives its finding:
 * attachment missing or misnamed, MIME type, AFRelationship, /AF, XMP
 * (pdfaid, extension schema, values, level), header, end of file, /ID,
 * encryption, fonts, device colour, output intent, actions, filters, other
 * attachments; legacy ZUGFeRD 1.0 and 2.0 files are recognised.
 */
#include "test_pdf_fixtures.h"
#include "validate/stages.h"

#define EXAMPLE FX_SOURCE_DIR "/examples/invoice-fr-b2b.json"

/* What fx_container_check gave. */
typedef struct run {
	fx_report *r;
	int rc;
	unsigned char *xml;
	size_t xml_len;
	char *level;
} run;

/* Runs layer 1 on pdf (English messages unless french). */
static run check_lang(const unsigned char *pdf, size_t len, bool french)
{
	run x = {fx_report_new("test.pdf", french), 0, NULL, 0, NULL};
	ck_assert_ptr_nonnull(x.r);
	x.rc = fx_container_check(pdf, len, "test.pdf", x.r, &x.xml, &x.xml_len, &x.level);
	return x;
}

/* Runs layer 1 on pdf with English messages. */
static run check(const unsigned char *pdf, size_t len)
{
	return check_lang(pdf, len, false);
}

/* Frees what a run holds. */
static void done(run *x)
{
	fx_report_free(x->r);
	free(x->xml);
	free(x->level);
}

/* The first layer-1 finding of rule id, or NULL. */
static const fx_finding *finding(const run *x, const char *id)
{
	for (size_t i = 0; i < fx_report_count(x->r); i++) {
		const fx_finding *f = fx_report_get(x->r, i);
		if (f->layer == FX_LAYER_CONTAINER && !strcmp(f->rule_id, id))
			return f;
	}
	return NULL;
}

/* Prints the findings (shown when an assertion fails). */
static void dump(const run *x)
{
	for (size_t i = 0; i < fx_report_count(x->r); i++) {
		const fx_finding *f = fx_report_get(x->r, i);
		fprintf(stderr, "  %s %s: %s\n", fx_severity_name(f->severity), f->rule_id,
		        f->message);
	}
}

/* Asserts that rule id was reported with severity sev. */
static void expect(const run *x, const char *id, fx_severity sev)
{
	const fx_finding *f = finding(x, id);
	if (!f || f->severity != sev)
		dump(x);
	ck_assert_msg(f != NULL, "no %s finding", id);
	ck_assert_msg(f->severity == sev, "%s is %s", id, fx_severity_name(f->severity));
}

/* Number of fatal layer-1 findings. */
static size_t fatal_count(const run *x)
{
	size_t n = 0;
	for (size_t i = 0; i < fx_report_count(x->r); i++) {
		const fx_finding *f = fx_report_get(x->r, i);
		n += f->layer == FX_LAYER_CONTAINER && f->severity == FX_SEVERITY_FATAL;
	}
	return n;
}

/* A Factur-X PDF of profile p: a libharu page (flags) and a small XML. */
static unsigned char *assembled(fx_profile p, int flags, const fx_pdf_extra_file *extra,
                                size_t n_extra, size_t *len)
{
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(flags, &vlen);
	char *xml = fix_xml(p, "F-1");
	fx_pdf_assemble_options o = fix_options(extra, n_extra);
	unsigned char *pdf = NULL;
	ck_assert_msg(fx_pdf_assemble(visual, vlen, xml, strlen(xml), p, &o, &pdf, len) == FX_OK,
	              "%s", fx_error_last()->message);
	free(visual);
	free(xml);
	return pdf;
}

/* The EN 16931 Factur-X PDF of a good profile-EN16931 assembly. */
static unsigned char *good(size_t *len)
{
	return assembled(FX_PROFILE_EN16931, 0, NULL, 0, len);
}

/* The file specification of the first embedded file (a leaf name tree). */
static qpdf_oh first_spec(qpdf_data q)
{
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh names = qpdf_oh_get_key(q, root, "/Names");
	qpdf_oh tree = qpdf_oh_get_key(q, names, "/EmbeddedFiles");
	qpdf_oh arr = qpdf_oh_get_key(q, tree, "/Names");
	qpdf_oh fs = qpdf_oh_get_array_item(q, arr, 1);
	ck_assert(qpdf_oh_is_dictionary(q, fs));
	return fs;
}

/* The embedded stream's dictionary of the first embedded file. */
static qpdf_oh first_stream_dict(qpdf_data q)
{
	qpdf_oh ef = qpdf_oh_get_key(q, first_spec(q), "/EF");
	return qpdf_oh_get_dict(q, qpdf_oh_get_key(q, ef, "/F"));
}

/* Renames the first embedded file (name-tree key, /F and /UF). */
static void rename_first(qpdf_data q, const char *name)
{
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh tree = qpdf_oh_get_key(q, qpdf_oh_get_key(q, root, "/Names"), "/EmbeddedFiles");
	qpdf_oh arr = qpdf_oh_get_key(q, tree, "/Names");
	qpdf_oh_set_array_item(q, arr, 0, qpdf_oh_new_unicode_string(q, name));
	qpdf_oh fs = first_spec(q);
	qpdf_oh_replace_key(q, fs, "/F", qpdf_oh_new_unicode_string(q, name));
	qpdf_oh_replace_key(q, fs, "/UF", qpdf_oh_new_unicode_string(q, name));
}

/* Replaces the XMP packet. */
static void set_xmp(qpdf_data q, const char *xmp)
{
	qpdf_oh md = qpdf_oh_get_key(q, qpdf_get_root(q), "/Metadata");
	qpdf_oh_replace_stream_data(q, md, (const unsigned char *)xmp, strlen(xmp),
	                            qpdf_oh_new_null(q), qpdf_oh_new_null(q));
}

/* What an XMP packet says (make_xmp). */
typedef struct xmp_spec {
	const char *part;   /* pdfaid:part */
	const char *ns;     /* invoice namespace */
	const char *prefix; /* its prefix (schema and properties) */
	const char *file;   /* DocumentFileName */
	const char *type;   /* DocumentType */
	const char *level;  /* ConformanceLevel */
	int schema;         /* non-zero: the extension schema is there */
	int attributes;     /* non-zero: values as attributes */
} xmp_spec;

/* Builds an XMP packet (malloc'ed). */
static char *make_xmp(const xmp_spec *s)
{
	static const char *const props[] = {"DocumentFileName", "DocumentType", "Version",
	                                    "ConformanceLevel"};
	char *x = malloc(16384);
	ck_assert_ptr_nonnull(x);
	int n =
	    snprintf(x, 16384,
	             "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	             "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
	             "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	             "<rdf:Description rdf:about=\"\" "
	             "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"><pdfaid:part>%s</"
	             "pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n",
	             s->part);
	if (s->schema) {
		n += snprintf(
		    x + n, 16384 - (size_t)n,
		    "<rdf:Description rdf:about=\"\" "
		    "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
		    "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
		    "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
		    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
		    "<pdfaSchema:schema>Invoice</pdfaSchema:schema>"
		    "<pdfaSchema:namespaceURI>%s</pdfaSchema:namespaceURI>"
		    "<pdfaSchema:prefix>%s</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>",
		    s->ns, s->prefix);
		for (size_t i = 0; i < 4; i++)
			n += snprintf(x + n, 16384 - (size_t)n,
			              "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>%s</"
			              "pdfaProperty:name><pdfaProperty:valueType>Text</"
			              "pdfaProperty:valueType><pdfaProperty:category>external</"
			              "pdfaProperty:category><pdfaProperty:description>the %s</"
			              "pdfaProperty:description></rdf:li>",
			              props[i], props[i]);
		n += snprintf(x + n, 16384 - (size_t)n,
		              "</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag>"
		              "</pdfaExtension:schemas></rdf:Description>\n");
	}
	if (s->attributes)
		n += snprintf(
		    x + n, 16384 - (size_t)n,
		    "<rdf:Description rdf:about=\"\" xmlns:%s=\"%s\" %s:DocumentFileName=\"%s\" "
		    "%s:DocumentType=\"%s\" %s:Version=\"1.0\" %s:ConformanceLevel=\"%s\"/>\n",
		    s->prefix, s->ns, s->prefix, s->file, s->prefix, s->type, s->prefix, s->prefix,
		    s->level);
	else
		n += snprintf(
		    x + n, 16384 - (size_t)n,
		    "<rdf:Description rdf:about=\"\" xmlns:%s=\"%s\"><%s:DocumentFileName>%s</"
		    "%s:DocumentFileName><%s:DocumentType>%s</%s:DocumentType><%s:Version>1.0</"
		    "%s:Version><%s:ConformanceLevel>%s</%s:ConformanceLevel></"
		    "rdf:Description>\n",
		    s->prefix, s->ns, s->prefix, s->file, s->prefix, s->prefix, s->type, s->prefix,
		    s->prefix, s->prefix, s->prefix, s->level, s->prefix);
	snprintf(x + n, 16384 - (size_t)n, "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>");
	return x;
}

/* The XMP of a correct Factur-X EN 16931 file. */
static const xmp_spec facturx_xmp = {
    "3",       "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
    "fx",      "factur-x.xml",
    "INVOICE", "EN 16931",
    1,         0};

/* Opens pdf, lets edit change it, writes it back keeping the PDF/A
 * lexical rules (pdf is freed). */
static unsigned char *edited(unsigned char *pdf, size_t *len, void (*edit)(qpdf_data, void *),
                             void *arg)
{
	qpdf_data q = fix_qpdf(pdf, *len);
	edit(q, arg);
	ck_assert_int_eq(qpdf_init_write_memory(q) & QPDF_ERRORS, 0);
	qpdf_set_object_stream_mode(q, qpdf_o_disable);
	qpdf_set_stream_data_mode(q, qpdf_s_preserve);
	qpdf_set_newline_before_endstream(q, QPDF_TRUE); /* PDF/A 6.1.7.1 */
	ck_assert_int_eq(qpdf_write(q) & QPDF_ERRORS, 0);
	*len = qpdf_get_buffer_length(q);
	unsigned char *out = malloc(*len);
	ck_assert_ptr_nonnull(out);
	memcpy(out, qpdf_get_buffer(q), *len);
	qpdf_cleanup(&q);
	free(pdf);
	return out;
}

/* Edits: set the XMP to a spec. */
static void edit_xmp(qpdf_data q, void *arg)
{
	char *x = make_xmp(arg);
	set_xmp(q, x);
	free(x);
}

/* A good file with the XMP of spec s. */
static run check_xmp(const xmp_spec *s)
{
	size_t len;
	unsigned char *pdf = edited(good(&len), &len, edit_xmp, (void *)s);
	run x = check(pdf, len);
	free(pdf);
	return x;
}

/* Every profile assembled over a libharu page: no fatal finding, the XML and level handed on. */
START_TEST(assembled_profiles_pass)
{
	for (int p = FX_PROFILE_MINIMUM; p <= FX_PROFILE_EXTENDED; p++) {
		size_t len;
		unsigned char *pdf = assembled((fx_profile)p, 0, NULL, 0, &len);
		run x = check(pdf, len);
		ck_assert_int_eq(x.rc, FX_OK);
		if (fatal_count(&x))
			dump(&x);
		ck_assert_uint_eq(fatal_count(&x), 0);
		ck_assert_ptr_nonnull(x.xml);
		char *want = fix_xml((fx_profile)p, "F-1");
		ck_assert_uint_eq(x.xml_len, strlen(want));
		ck_assert(!memcmp(x.xml, want, x.xml_len));
		ck_assert_str_eq(x.level, fx_profile_name((fx_profile)p));
		free(want);
		done(&x);
		free(pdf);
	}
}
END_TEST

/* The generator's own file: no layer-1 finding at all, and the whole
 * validation is clean. */
START_TEST(generated_file_is_clean)
{
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_json_read_file(EXAMPLE, &inv), FX_OK);
	ck_assert_int_eq(fx_invoice_compute(inv, NULL), FX_OK);
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.date = &fix_date;
	unsigned char *pdf = NULL;
	size_t len = 0;
	ck_assert_msg(fx_generate_memory(inv, &o, &pdf, &len) == FX_OK, "%s",
	              fx_error_last()->message);
	run x = check(pdf, len);
	if (fx_report_count(x.r))
		dump(&x);
	ck_assert_uint_eq(fx_report_count(x.r), 0);
	ck_assert_str_eq(x.level, "EN 16931");
	done(&x);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(pdf, len, "generated.pdf", NULL, &r), FX_OK);
	ck_assert_str_eq(fx_report_input_kind(r), "pdf");
	ck_assert_int_eq(fx_report_verdict(r), FX_VERDICT_VALID);
	fx_report_free(r);
	free(pdf);
	fx_invoice_free(inv);
}
END_TEST

/* Edits: remove a catalog key. */
static void edit_remove_root_key(qpdf_data q, void *key)
{
	qpdf_oh_remove_key(q, qpdf_get_root(q), key);
}

/* No embedded file at all. */
START_TEST(missing_attachment)
{
	size_t len;
	unsigned char *pdf = edited(good(&len), &len, edit_remove_root_key, "/Names");
	run x = check(pdf, len);
	ck_assert_int_eq(x.rc, FX_OK);
	expect(&x, "FX-PDF-ATTACHMENT", FX_SEVERITY_FATAL);
	ck_assert_ptr_null(x.xml);
	done(&x);
	free(pdf);
}
END_TEST

/* Edits: rename the invoice attachment. */
static void edit_rename(qpdf_data q, void *name)
{
	rename_first(q, name);
}

/* factur-x.xml under another case, then under another name. */
START_TEST(wrong_name)
{
	size_t len;
	unsigned char *pdf = edited(good(&len), &len, edit_rename, "Factur-X.xml");
	run x = check(pdf, len);
	expect(&x, "FX-PDF-NAME", FX_SEVERITY_FATAL);
	expect(&x, "FX-PDF-XMP-VALUES", FX_SEVERITY_FATAL); /* DocumentFileName disagrees */
	ck_assert_ptr_nonnull(x.xml);
	done(&x);
	free(pdf);
	pdf = edited(good(&len), &len, edit_rename, "invoice.xml");
	x = check(pdf, len);
	expect(&x, "FX-PDF-ATTACHMENT", FX_SEVERITY_FATAL);
	ck_assert_ptr_null(x.xml);
	done(&x);
	free(pdf);
}
END_TEST

/* Edits: the embedded stream's MIME type. */
static void edit_mime(qpdf_data q, void *mime)
{
	qpdf_oh_replace_key(q, first_stream_dict(q), "/Subtype", qpdf_oh_new_name(q, mime));
}

/* The embedded stream typed application/xml. */
START_TEST(wrong_mime_type)
{
	size_t len;
	unsigned char *pdf = edited(good(&len), &len, edit_mime, "/application/xml");
	run x = check(pdf, len);
	expect(&x, "FX-PDF-MIME", FX_SEVERITY_FATAL);
	ck_assert_ptr_nonnull(strstr(finding(&x, "FX-PDF-MIME")->message, "application/xml"));
	done(&x);
	free(pdf);
}
END_TEST

/* Edits: the invoice's AFRelationship (NULL: removed). */
static void edit_relationship(qpdf_data q, void *rel)
{
	if (rel)
		qpdf_oh_replace_key(q, first_spec(q), "/AFRelationship", qpdf_oh_new_name(q, rel));
	else
		qpdf_oh_remove_key(q, first_spec(q), "/AFRelationship");
}

/* AFRelationship missing, not allowed, not Data for MINIMUM; the catalog /AF. */
START_TEST(af_relationship)
{
	size_t len;
	unsigned char *pdf = edited(good(&len), &len, edit_relationship, NULL);
	run x = check(pdf, len);
	expect(&x, "FX-PDF-AFRELATIONSHIP", FX_SEVERITY_FATAL);
	done(&x);
	free(pdf);
	pdf = edited(good(&len), &len, edit_relationship, "/Supplement");
	x = check(pdf, len);
	expect(&x, "FX-PDF-AFRELATIONSHIP", FX_SEVERITY_FATAL);
	done(&x);
	free(pdf);
	/* MINIMUM asks for Data: another allowed value is a warning */
	pdf = edited(assembled(FX_PROFILE_MINIMUM, 0, NULL, 0, &len), &len, edit_relationship,
	             "/Alternative");
	x = check(pdf, len);
	expect(&x, "FX-PDF-AFRELATIONSHIP", FX_SEVERITY_WARNING);
	ck_assert_uint_eq(fatal_count(&x), 0);
	done(&x);
	free(pdf);
	/* and the catalog /AF must list the file */
	pdf = edited(good(&len), &len, edit_remove_root_key, "/AF");
	x = check(pdf, len);
	expect(&x, "FX-PDF-AF", FX_SEVERITY_FATAL);
	done(&x);
	free(pdf);
}
END_TEST

/* pdfaid, extension schema, prefix, values, level, attribute form, no XMP. */
START_TEST(xmp_rules)
{
	run x = check_xmp(&facturx_xmp);
	if (fatal_count(&x))
		dump(&x);
	ck_assert_uint_eq(fatal_count(&x), 0);
	done(&x);
	xmp_spec s = facturx_xmp;
	s.part = "2";
	x = check_xmp(&s);
	expect(&x, "FX-PDF-PDFAID", FX_SEVERITY_FATAL);
	done(&x);
	s = facturx_xmp;
	s.schema = 0;
	x = check_xmp(&s);
	expect(&x, "FX-PDF-XMP-SCHEMA", FX_SEVERITY_FATAL);
	done(&x);
	s = facturx_xmp;
	s.prefix = "fac";
	x = check_xmp(&s);
	expect(&x, "FX-PDF-XMP-SCHEMA", FX_SEVERITY_FATAL);
	done(&x);
	s = facturx_xmp;
	s.type = "ORDER";
	x = check_xmp(&s);
	expect(&x, "FX-PDF-XMP-VALUES", FX_SEVERITY_FATAL);
	done(&x);
	s = facturx_xmp;
	s.level = "COMFORT";
	x = check_xmp(&s);
	expect(&x, "FX-PDF-LEVEL", FX_SEVERITY_FATAL);
	done(&x);
	/* the values in attribute form are read as well */
	s = facturx_xmp;
	s.attributes = 1;
	s.level = "BASIC";
	x = check_xmp(&s);
	ck_assert_uint_eq(fatal_count(&x), 0);
	ck_assert_str_eq(x.level, "BASIC");
	done(&x);
	size_t len;
	unsigned char *pdf = edited(good(&len), &len, edit_remove_root_key, "/Metadata");
	x = check(pdf, len);
	expect(&x, "FX-PDF-XMP", FX_SEVERITY_FATAL);
	ck_assert_ptr_null(x.level);
	done(&x);
	free(pdf);
}
END_TEST

/* fx_container_check_level, and a level disagreeing with BT-24 end to end. */
START_TEST(level_against_bt24)
{
	run x = {fx_report_new("t", false), 0, NULL, 0, NULL};
	fx_container_check_level("EN 16931", true, FX_PROFILE_EN16931, x.r);
	fx_container_check_level("COMFORT", true, FX_PROFILE_EN16931, x.r);
	fx_container_check_level("XRECHNUNG", false, FX_PROFILE_EN16931, x.r);
	fx_container_check_level("NONSENSE", true, FX_PROFILE_EN16931, x.r);
	fx_container_check_level(NULL, true, FX_PROFILE_EN16931, x.r);
	ck_assert_uint_eq(fx_report_count(x.r), 0);
	fx_container_check_level("BASIC", true, FX_PROFILE_EN16931, x.r);
	expect(&x, "FX-PDF-LEVEL-XML", FX_SEVERITY_FATAL);
	fx_container_check_level("EN 16931", false, FX_PROFILE_EN16931, x.r);
	ck_assert_uint_eq(fx_report_count(x.r), 2);
	done(&x);
	/* end to end: an EN 16931 XML in a file whose XMP says BASIC */
	size_t vlen, len;
	unsigned char *visual = fix_visual_pdf(0, &vlen), *pdf = NULL;
	char *xml = fix_xml(FX_PROFILE_EN16931, "F-1");
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	ck_assert_int_eq(
	    fx_pdf_assemble(visual, vlen, xml, strlen(xml), FX_PROFILE_BASIC, &o, &pdf, &len),
	    FX_OK);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(pdf, len, "mismatch.pdf", NULL, &r), FX_OK);
	ck_assert(fx_report_has(r, FX_LAYER_CONTAINER, "FX-PDF-LEVEL-XML"));
	ck_assert_int_eq(fx_report_verdict(r), FX_VERDICT_INVALID);
	fx_report_free(r);
	free(pdf);
	free(xml);
	free(visual);
}
END_TEST

/* Replaces the last occurrence of from (same length as to) in pdf. */
static void patch_last(unsigned char *pdf, size_t len, const char *from, const char *to)
{
	size_t n = strlen(from);
	for (size_t i = len - n + 1; i-- > 0;) {
		if (!memcmp(pdf + i, from, n)) {
			memcpy(pdf + i, to, n);
			return;
		}
	}
	ck_abort_msg("%s not found", from);
}

/* /ID, header, bytes after %%EOF, and bytes that are not a PDF. */
START_TEST(file_level_rules)
{
	size_t len;
	unsigned char *pdf = good(&len);
	patch_last(pdf, len, "/ID", "/XD");
	run x = check(pdf, len);
	expect(&x, "FX-PDF-ID", FX_SEVERITY_FATAL);
	done(&x);
	free(pdf);
	pdf = good(&len);
	memcpy(pdf, "%PDF-2.0", 8);
	x = check(pdf, len);
	expect(&x, "FX-PDF-HEADER", FX_SEVERITY_FATAL);
	done(&x);
	/* bytes after %%EOF */
	unsigned char *longer = realloc(pdf, len + 8);
	ck_assert_ptr_nonnull(longer);
	memcpy(longer, "%PDF-1.7", 8);
	memcpy(longer + len, "garbage\n", 8);
	x = check(longer, len + 8);
	expect(&x, "FX-PDF-EOF", FX_SEVERITY_FATAL);
	ck_assert_ptr_null(finding(&x, "FX-PDF-HEADER"));
	done(&x);
	free(longer);
	/* not a PDF at all */
	x = check((const unsigned char *)"hello", 5);
	ck_assert_int_eq(x.rc, FX_EINVAL);
	done(&x);
}
END_TEST

/* endstream without an end of line before it, /Length off by one. */
START_TEST(lexical_rules)
{
	size_t len;
	unsigned char *pdf = good(&len);
	/* qpdf's writer without a newline before endstream */
	qpdf_data q = fix_qpdf(pdf, len);
	size_t wlen;
	unsigned char *written = fix_qpdf_write(q, &wlen);
	qpdf_cleanup(&q);
	run x = check(written, wlen);
	expect(&x, "FX-PDF-SYNTAX", FX_SEVERITY_FATAL);
	ck_assert_ptr_nonnull(strstr(finding(&x, "FX-PDF-SYNTAX")->message, "endstream"));
	done(&x);
	free(written);
	/* one more byte before endstream than /Length says */
	patch_last(pdf, len, "\nendstream", " endstream");
	x = check(pdf, len);
	expect(&x, "FX-PDF-SYNTAX", FX_SEVERITY_FATAL);
	ck_assert_ptr_nonnull(strstr(finding(&x, "FX-PDF-SYNTAX")->message, "/Length"));
	done(&x);
	free(pdf);
}
END_TEST

/* Encrypts pdf with qpdf's command line (user password user, may be ""). */
static unsigned char *encrypted(const unsigned char *pdf, size_t len, const char *user,
                                size_t *out_len)
{
	char *dir = fix_tmpdir();
	char *in = fix_write(dir, "in.pdf", pdf, len);
	char *out = fx_test_path(dir, "out.pdf");
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "qpdf --encrypt '%s' owner-pw 256 -- '%s' '%s'", user, in, out);
	ck_assert_int_eq(fix_run(cmd), 0);
	unsigned char *data = (unsigned char *)fx_test_read(out, out_len);
	static const char *const names[] = {"in.pdf", "out.pdf"};
	fix_cleanup(dir, names, 2);
	free(in);
	free(out);
	return data;
}

/* Encrypted with and without a user password. */
START_TEST(encryption)
{
	if (fix_run("qpdf --version > /dev/null 2>&1") != 0)
		return; /* qpdf's command line is not installed */
	size_t len, elen;
	unsigned char *pdf = good(&len);
	unsigned char *locked = encrypted(pdf, len, "user-pw", &elen);
	run x = check(locked, elen);
	ck_assert_int_eq(x.rc, FX_OK);
	expect(&x, "FX-PDF-ENCRYPTED", FX_SEVERITY_FATAL);
	ck_assert_ptr_null(x.xml);
	done(&x);
	free(locked);
	/* no user password: readable, still refused, the XML is extracted */
	unsigned char *open = encrypted(pdf, len, "", &elen);
	x = check(open, elen);
	expect(&x, "FX-PDF-ENCRYPTED", FX_SEVERITY_FATAL);
	ck_assert_ptr_nonnull(x.xml);
	char *want = fix_xml(FX_PROFILE_EN16931, "F-1");
	ck_assert_uint_eq(x.xml_len, strlen(want));
	free(want);
	done(&x);
	free(open);
	free(pdf);
}
END_TEST

/* Edits: remove the output intents. */
static void edit_no_output_intent(qpdf_data q, void *arg)
{
	(void)arg;
	qpdf_oh_remove_key(q, qpdf_get_root(q), "/OutputIntents");
}

/* Edits: the ICC profile replaced by other bytes. */
static void edit_bad_icc(qpdf_data q, void *arg)
{
	(void)arg;
	qpdf_oh ois = qpdf_oh_get_key(q, qpdf_get_root(q), "/OutputIntents");
	qpdf_oh prof = qpdf_oh_get_key(q, qpdf_oh_get_array_item(q, ois, 0), "/DestOutputProfile");
	static const char junk[] = "not an ICC profile";
	qpdf_oh_replace_stream_data(q, prof, (const unsigned char *)junk, sizeof junk - 1,
	                            qpdf_oh_new_null(q), qpdf_oh_new_null(q));
}

/* A font not embedded, device colour, a broken ICC profile. */
START_TEST(pdfa_objects)
{
	size_t len;
	unsigned char *pdf = assembled(FX_PROFILE_EN16931, FIX_HELVETICA, NULL, 0, &len);
	run x = check(pdf, len);
	expect(&x, "FX-PDF-FONT", FX_SEVERITY_FATAL);
	ck_assert_ptr_nonnull(strstr(finding(&x, "FX-PDF-FONT")->message, "Helvetica"));
	done(&x);
	free(pdf);
	/* DeviceCMYK against the sRGB output intent, then with no intent */
	pdf = assembled(FX_PROFILE_EN16931, FIX_CMYK, NULL, 0, &len);
	x = check(pdf, len);
	expect(&x, "FX-PDF-DEVICE-COLOUR", FX_SEVERITY_FATAL);
	done(&x);
	pdf = edited(pdf, &len, edit_no_output_intent, NULL);
	x = check(pdf, len);
	expect(&x, "FX-PDF-DEVICE-COLOUR", FX_SEVERITY_FATAL);
	ck_assert_ptr_nonnull(
	    strstr(finding(&x, "FX-PDF-DEVICE-COLOUR")->message, "output intent"));
	done(&x);
	free(pdf);
	pdf = edited(good(&len), &len, edit_bad_icc, NULL);
	x = check(pdf, len);
	expect(&x, "FX-PDF-OUTPUT-INTENT", FX_SEVERITY_FATAL);
	done(&x);
	free(pdf);
}
END_TEST

/* Edits: a JavaScript open action and an LZW stream. */
static void edit_forbidden(qpdf_data q, void *arg)
{
	(void)arg;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh_replace_key(q, root, "/OpenAction",
	                    qpdf_oh_parse(q, "<< /S /JavaScript /JS (app.alert\\(1\\)) >>"));
	qpdf_oh s = qpdf_oh_new_stream(q);
	qpdf_oh_replace_stream_data(q, s, (const unsigned char *)"\x80\x0b\x60\x50", 4,
	                            qpdf_oh_new_name(q, "/LZWDecode"), qpdf_oh_new_null(q));
	qpdf_oh_replace_key(q, root, "/Extra", qpdf_make_indirect_object(q, s));
}

/* A JavaScript action and an LZW stream, in English and French. */
START_TEST(actions_and_filters)
{
	size_t len;
	unsigned char *pdf = edited(good(&len), &len, edit_forbidden, NULL);
	run x = check(pdf, len);
	expect(&x, "FX-PDF-ACTION", FX_SEVERITY_FATAL);
	expect(&x, "FX-PDF-FILTER", FX_SEVERITY_FATAL);
	done(&x);
	/* French messages */
	x = check_lang(pdf, len, true);
	ck_assert_ptr_nonnull(strstr(finding(&x, "FX-PDF-ACTION")->message, "interdite"));
	done(&x);
	free(pdf);
}
END_TEST

/* Edits: the second embedded file loses its AFRelationship. */
static void edit_extra_relationship(qpdf_data q, void *arg)
{
	(void)arg;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh tree = qpdf_oh_get_key(q, qpdf_oh_get_key(q, root, "/Names"), "/EmbeddedFiles");
	qpdf_oh arr = qpdf_oh_get_key(q, tree, "/Names");
	int n = qpdf_oh_get_array_n_items(q, arr);
	for (int i = 1; i < n; i += 2) {
		qpdf_oh fs = qpdf_oh_get_array_item(q, arr, i);
		char *name = NULL;
		const char *v;
		size_t vl;
		if (qpdf_oh_get_value_as_utf8(q, qpdf_oh_get_key(q, fs, "/UF"), &v, &vl))
			name = strndup(v, vl);
		if (name && strcmp(name, "factur-x.xml"))
			qpdf_oh_remove_key(q, fs, "/AFRelationship");
		free(name);
	}
}

/* Another embedded file must follow PDF/A-3 6.8 as well. */
START_TEST(other_attachments)
{
	static const char data[] = "hours: 12";
	const fx_pdf_extra_file extra = {"hours.txt", "text/plain",    "Hours",
	                                 data,        sizeof data - 1, FX_PDF_REL_SUPPLEMENT};
	size_t len;
	unsigned char *pdf = assembled(FX_PROFILE_EN16931, 0, &extra, 1, &len);
	run x = check(pdf, len);
	ck_assert_uint_eq(fatal_count(&x), 0);
	done(&x);
	pdf = edited(pdf, &len, edit_extra_relationship, NULL);
	x = check(pdf, len);
	expect(&x, "FX-PDF-EMBEDDED-FILE", FX_SEVERITY_FATAL);
	ck_assert_ptr_nonnull(strstr(finding(&x, "FX-PDF-EMBEDDED-FILE")->message, "hours.txt"));
	done(&x);
	free(pdf);
}
END_TEST

/* A legacy file: attachment name, XMP namespace and prefix, level. */
typedef struct legacy {
	const char *name;
	xmp_spec xmp;
} legacy;

/* Edits: make a legacy ZUGFeRD file. */
static void edit_legacy(qpdf_data q, void *arg)
{
	const legacy *l = arg;
	rename_first(q, l->name);
	edit_xmp(q, (void *)&l->xmp);
}

/* ZUGFeRD 1.0 and 2.0 files are recognised, not taken for Factur-X. */
START_TEST(legacy_zugferd)
{
	static const legacy files[] = {
	    {"ZUGFeRD-invoice.xml",
	     {"3", "urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#", "zf", "ZUGFeRD-invoice.xml",
	      "INVOICE", "COMFORT", 1, 1}},
	    {"zugferd-invoice.xml",
	     {"3", "urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#", "fx",
	      "zugferd-invoice.xml", "INVOICE", "EN 16931", 1, 0}},
	};
	for (size_t i = 0; i < 2; i++) {
		size_t len;
		unsigned char *pdf = edited(good(&len), &len, edit_legacy, (void *)&files[i]);
		run x = check(pdf, len);
		expect(&x, "FX-PDF-LEGACY", FX_SEVERITY_INFO);
		ck_assert_ptr_nonnull(strstr(finding(&x, "FX-PDF-LEGACY")->message,
		                             i ? "ZUGFeRD 2.0" : "ZUGFeRD 1.0"));
		expect(&x, "FX-PDF-ATTACHMENT", FX_SEVERITY_FATAL);
		ck_assert_ptr_null(finding(&x, "FX-PDF-XMP-SCHEMA"));
		ck_assert_ptr_null(finding(&x, "FX-PDF-XMP-VALUES"));
		ck_assert_ptr_null(finding(&x, "FX-PDF-LEVEL"));
		ck_assert_ptr_null(finding(&x, "FX-PDF-NAME"));
		ck_assert_ptr_nonnull(x.xml);
		ck_assert_str_eq(x.level, files[i].xmp.level);
		done(&x);
		free(pdf);
	}
}
END_TEST

/* Truncated copies of a good file never crash and give findings or
 * FX_EINVAL. */
START_TEST(truncated_files)
{
	size_t len;
	unsigned char *pdf = good(&len);
	for (size_t cut = 0; cut < len; cut += len / 40 + 1) {
		run x = check(pdf, cut);
		ck_assert(x.rc == FX_OK || x.rc == FX_EINVAL);
		done(&x);
	}
	free(pdf);
}
END_TEST

/* The test suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("validate_container");
	TCase *tc = tcase_create("container");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, assembled_profiles_pass);
	tcase_add_test(tc, generated_file_is_clean);
	tcase_add_test(tc, missing_attachment);
	tcase_add_test(tc, wrong_name);
	tcase_add_test(tc, wrong_mime_type);
	tcase_add_test(tc, af_relationship);
	tcase_add_test(tc, xmp_rules);
	tcase_add_test(tc, level_against_bt24);
	tcase_add_test(tc, file_level_rules);
	tcase_add_test(tc, lexical_rules);
	tcase_add_test(tc, encryption);
	tcase_add_test(tc, pdfa_objects);
	tcase_add_test(tc, actions_and_filters);
	tcase_add_test(tc, other_attachments);
	tcase_add_test(tc, legacy_zugferd);
	tcase_add_test(tc, truncated_files);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
