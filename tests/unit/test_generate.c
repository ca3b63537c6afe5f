/*
 * The generate module (include/facturx/generate.h): the PDF and the XML of
 * one call agree. A generated file is opened again with the PDF reader, its
 * factur-x.xml read back with the CII reader and compared with the model;
 * pdftotext must show the number, the grand total and the amount due as the
 * language formats them. Also: profiles and AFRelationship, metadata,
 * reproducible bytes, atomic files, errors, dates, and the embedding of an
 * existing XML in a PDF drawn elsewhere.
 */
#include <dirent.h>
#include <unistd.h>

#include "test_pdf_tools.h"

#define EXAMPLE FX_SOURCE_DIR "/examples/invoice-fr-b2b.json"
#define BASE14_PDF FX_SOURCE_DIR "/fuzz/corpus/pdf/minimal.pdf"

static const fx_pdf_date fixed_date = {2026, 12, 2, 9, 30, 0, 60};
static const char note_text[] = "Relevé d'heures : 12 jours.\n";
static const fx_pdf_extra_file note = {"releve.txt", "text/plain",         "Relevé d'heures",
                                       note_text,    sizeof note_text - 1, FX_PDF_REL_SUPPLEMENT};

/* Reads the French B2B example; prepaid: BT-113 to set before computing
 * (NULL: none); compute: whether to compute it. */
static fx_invoice *load(const char *prepaid, int compute)
{
	fx_invoice *inv = NULL;
	ck_assert_msg(fx_json_read_file(EXAMPLE, &inv) == FX_OK, "%s", fx_error_last()->message);
	if (prepaid)
		ck_assert_int_eq(fx_decimal_parse(prepaid, strlen(prepaid), &inv->totals.prepaid),
		                 FX_OK);
	if (compute)
		ck_assert_msg(fx_invoice_compute(inv, NULL) == FX_OK, "%s",
		              fx_error_last()->message);
	return inv;
}

/* Generates inv with opts; fails the test on error. len: receives the size. */
static unsigned char *generate(const fx_invoice *inv, const fx_generate_options *opts, size_t *len)
{
	unsigned char *pdf = NULL;
	int rc = fx_generate_memory(inv, opts, &pdf, len);
	ck_assert_msg(rc == FX_OK, "fx_generate_memory: %s", fx_error_last()->message);
	ck_assert_ptr_nonnull(pdf);
	return pdf;
}

/* Opens a reader on pdf (len bytes). */
static fx_pdf_reader *open_pdf(const unsigned char *pdf, size_t len)
{
	fx_pdf_reader *r = NULL;
	ck_assert_msg(fx_pdf_reader_open_memory(pdf, len, "generated.pdf", NULL, &r) == FX_OK, "%s",
	              fx_error_last()->message);
	return r;
}

/* Returns the attachment of r named name (fails when absent); index
 * receives its position. */
static const fx_pdf_attachment *attachment(const fx_pdf_reader *r, const char *name, size_t *index)
{
	for (size_t i = 0; i < fx_pdf_reader_attachment_count(r); i++) {
		const fx_pdf_attachment *a = fx_pdf_reader_attachment(r, i);
		if (strcmp(a->name, name) == 0) {
			*index = i;
			return a;
		}
	}
	ck_abort_msg("no attachment %s", name);
	return NULL;
}

/* Asserts that decimals a and b (of field what) are both absent or equal. */
static void same_decimal(const char *what, fx_decimal a, fx_decimal b)
{
	ck_assert_msg(a.set == b.set, "%s: present in one only", what);
	if (a.set) {
		char x[FX_DECIMAL_STRLEN], y[FX_DECIMAL_STRLEN];
		fx_decimal_format(a, x, sizeof x);
		fx_decimal_format(b, y, sizeof y);
		ck_assert_msg(fx_decimal_cmp(a, b) == 0, "%s: model %s, XML %s", what, x, y);
	}
}

/* Asserts that the strings a and b (of field what) are equal. */
static void same_text(const char *what, const char *a, const char *b)
{
	ck_assert_msg(a && b && strcmp(a, b) == 0, "%s: model '%s', XML '%s'", what,
	              a ? a : "(null)", b ? b : "(null)");
}

/* Compares the key values of the model m with the invoice x read back. */
static void compare(const fx_invoice *m, const fx_invoice *x)
{
	same_text("BT-1", m->number, x->number);
	ck_assert(memcmp(&m->issue_date, &x->issue_date, sizeof m->issue_date) == 0);
	ck_assert(memcmp(&m->due_date, &x->due_date, sizeof m->due_date) == 0);
	same_text("BT-3", m->type_code, x->type_code);
	same_text("BT-5", m->currency, x->currency);
	same_text("BT-27", m->seller.name, x->seller.name);
	same_text("BT-31", m->seller.vat_id, x->seller.vat_id);
	same_text("BT-44", m->buyer.name, x->buyer.name);
	ck_assert_uint_eq(m->n_lines, x->n_lines);
	for (size_t i = 0; i < m->n_lines; i++) {
		same_decimal("BT-131", m->lines[i].net_amount, x->lines[i].net_amount);
		same_text("BT-153", m->lines[i].item_name, x->lines[i].item_name);
	}
	ck_assert_uint_eq(m->n_vat_breakdown, x->n_vat_breakdown);
	for (size_t i = 0; i < m->n_vat_breakdown; i++) {
		same_text("BT-118", m->vat_breakdown[i].category, x->vat_breakdown[i].category);
		same_decimal("BT-116", m->vat_breakdown[i].taxable_amount,
		             x->vat_breakdown[i].taxable_amount);
		same_decimal("BT-117", m->vat_breakdown[i].tax_amount,
		             x->vat_breakdown[i].tax_amount);
	}
	same_decimal("BT-106", m->totals.line_total, x->totals.line_total);
	same_decimal("BT-109", m->totals.tax_basis_total, x->totals.tax_basis_total);
	same_decimal("BT-110", m->totals.tax_total, x->totals.tax_total);
	same_decimal("BT-112", m->totals.grand_total, x->totals.grand_total);
	same_decimal("BT-113", m->totals.prepaid, x->totals.prepaid);
	same_decimal("BT-115", m->totals.due, x->totals.due);
}

/* Writes len bytes of data to a new temporary file; returns its path. */
static char *temp_file(const void *data, size_t len)
{
	char *path = strdup("/tmp/fx-generate-XXXXXX");
	ck_assert_ptr_nonnull(path);
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
	close(fd);
	return path;
}

/* Checks the page text of pdf: number, grand total and due as formatted
 * for locale. inv: the model. Skipped without pdftotext. */
static void check_page_text(const fx_invoice *inv, const unsigned char *pdf, size_t len,
                            const char *locale)
{
	if (!fx_tp_have("pdftotext")) {
		printf("note: pdftotext is absent: page text not checked\n");
		return;
	}
	char *path = temp_file(pdf, len);
	char *text = fx_tp_pdftotext(path);
	char grand[128], due[128];
	fx_tp_format_amount(inv->totals.grand_total, inv->currency, locale, grand, sizeof grand);
	fx_tp_format_amount(inv->totals.due, inv->currency, locale, due, sizeof due);
	ck_assert_msg(strstr(text, inv->number), "number %s not on the page", inv->number);
	ck_assert_msg(strstr(text, grand), "grand total '%s' not on the page:\n%s", grand, text);
	ck_assert_msg(strstr(text, due), "amount due '%s' not on the page:\n%s", due, text);
	fx_tp_check_no_mojibake(path, text);
	unlink(path);
	free(path);
	free(text);
}

/* One call makes a PDF whose XML, read back, is the model, and whose page
 * shows the same amounts (French, then English). */
START_TEST(pdf_and_xml_agree)
{
	const char *lang = _i == 0 ? "fr" : "en";
	fx_invoice *inv = load("1000.00", 1);
	char due[FX_DECIMAL_STRLEN];
	fx_decimal_format(inv->totals.due, due, sizeof due);
	ck_assert_str_eq(due, "9038.16"); /* 10038.16 - 1000.00 prepaid */
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.language = lang;
	o.date = &fixed_date;
	o.attachments = &note;
	o.attachment_count = 1;
	size_t len;
	unsigned char *pdf = generate(inv, &o, &len);

	fx_pdf_reader *r = open_pdf(pdf, len);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(r), 2);
	size_t ix, nx;
	const fx_pdf_attachment *a = attachment(r, FX_PDF_XML_NAME, &ix);
	ck_assert_str_eq(a->mime_type, "text/xml");
	ck_assert_int_eq(a->relationship, FX_PDF_REL_ALTERNATIVE);
	ck_assert(a->in_catalog_af);
	const fx_pdf_attachment *n = attachment(r, "releve.txt", &nx);
	ck_assert_str_eq(n->mime_type, "text/plain");
	ck_assert_str_eq(n->description, "Relevé d'heures");
	ck_assert_int_eq(n->relationship, FX_PDF_REL_SUPPLEMENT);
	unsigned char *bytes;
	size_t blen;
	ck_assert_int_eq(fx_pdf_reader_extract(r, nx, &bytes, &blen), FX_OK);
	ck_assert(blen == sizeof note_text - 1 && memcmp(bytes, note_text, blen) == 0);
	free(bytes);

	unsigned char *xml;
	size_t xml_len;
	fx_pdf_flavour flavour;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &xml, &xml_len, &flavour), FX_OK);
	ck_assert_int_eq(flavour, FX_PDF_FLAVOUR_FACTURX);
	fx_invoice *back = NULL;
	int profile = -1;
	ck_assert_msg(fx_cii_read_memory((char *)xml, xml_len, "factur-x.xml", &back, &profile) ==
	                  FX_OK,
	              "%s", fx_error_last()->message);
	ck_assert_int_eq(profile, FX_PROFILE_EN16931);
	compare(inv, back);
	/* the very bytes fx_cii_write_memory gives for the model */
	char *direct;
	size_t direct_len;
	fx_cii_options c = FX_CII_OPTIONS_INIT;
	ck_assert_int_eq(fx_cii_write_memory(inv, &c, &direct, &direct_len), FX_OK);
	ck_assert(direct_len == xml_len && memcmp(direct, xml, xml_len) == 0);

	const char *level;
	ck_assert_int_eq(fx_pdf_reader_conformance_level(r, &level), FX_OK);
	ck_assert_str_eq(level, "EN 16931");
	const unsigned char *xmp;
	size_t xmp_len;
	ck_assert_int_eq(fx_pdf_reader_xmp(r, &xmp, &xmp_len), FX_OK);
	char *x = strndup((const char *)xmp, xmp_len);
	ck_assert_ptr_nonnull(
	    strstr(x, _i == 0 ? ">Facture ANL-2026-0142<" : ">Invoice ANL-2026-0142<"));
	ck_assert_ptr_nonnull(strstr(x, "<rdf:li>Atelier Numérique Lyonnais SARL</rdf:li>"));
	ck_assert_ptr_nonnull(strstr(x, "2026-12-02T09:30:00+01:00"));
	ck_assert_ptr_nonnull(strstr(x, "Factur-X, EN 16931, "));
	check_page_text(inv, pdf, len, _i == 0 ? "fr_FR" : "en_GB");

	free(x);
	free(direct);
	fx_invoice_free(back);
	free(xml);
	fx_pdf_reader_free(r);
	free(pdf);
	fx_invoice_free(inv);
}
END_TEST

/* Each profile: its conformance level, BT-24 and the AFRelationship rule
 * (Data for MINIMUM and BASIC WL whatever is asked). */
START_TEST(profiles_and_relationships)
{
	fx_profile p = (fx_profile)_i;
	fx_invoice *inv = load(NULL, 1);
	fx_pdf_relationship asked[] = {FX_PDF_REL_DEFAULT, FX_PDF_REL_SOURCE, FX_PDF_REL_DATA};
	for (size_t k = 0; k < 3; k++) {
		fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
		o.profile = (int)p;
		o.xml_relationship = asked[k];
		o.date = &fixed_date;
		size_t len, ix;
		unsigned char *pdf = generate(inv, &o, &len);
		fx_pdf_reader *r = open_pdf(pdf, len);
		const fx_pdf_attachment *a = attachment(r, FX_PDF_XML_NAME, &ix);
		fx_pdf_relationship want =
		    asked[k] == FX_PDF_REL_DEFAULT ? FX_PDF_REL_ALTERNATIVE : asked[k];
		if (p == FX_PROFILE_MINIMUM || p == FX_PROFILE_BASIC_WL)
			want = FX_PDF_REL_DATA;
		ck_assert_int_eq(a->relationship, want);
		const char *level;
		ck_assert_int_eq(fx_pdf_reader_conformance_level(r, &level), FX_OK);
		ck_assert_str_eq(level, fx_profile_name(p));
		unsigned char *xml;
		size_t xml_len;
		ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &xml, &xml_len, NULL), FX_OK);
		ck_assert_ptr_nonnull(strstr((char *)xml, fx_profile_guideline_id(p)));
		free(xml);
		fx_pdf_reader_free(r);
		free(pdf);
	}
	fx_invoice_free(inv);
}
END_TEST

/* Without a profile option, the invoice's own profile, else EN 16931. */
START_TEST(profile_of_the_invoice)
{
	fx_invoice *inv = load(NULL, 1);
	for (int k = 0; k < 2; k++) {
		inv->has_profile = k == 1;
		inv->profile = FX_PROFILE_BASIC;
		size_t len;
		unsigned char *pdf = generate(inv, NULL, &len);
		fx_pdf_reader *r = open_pdf(pdf, len);
		const char *level;
		ck_assert_int_eq(fx_pdf_reader_conformance_level(r, &level), FX_OK);
		ck_assert_str_eq(level, k == 1 ? "BASIC" : "EN 16931");
		fx_pdf_reader_free(r);
		free(pdf);
	}
	fx_invoice_free(inv);
}
END_TEST

/* Same invoice, options and date: same bytes; another date: other bytes;
 * SOURCE_DATE_EPOCH stands for the date when none is given. */
START_TEST(reproducible)
{
	fx_invoice *inv = load(NULL, 1);
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	fx_pdf_date d = {2026, 1, 1, 0, 0, 0, 0};
	o.date = &d;
	size_t a_len, b_len, c_len, e_len;
	unsigned char *a = generate(inv, &o, &a_len);
	unsigned char *b = generate(inv, &o, &b_len);
	ck_assert(a_len == b_len && memcmp(a, b, a_len) == 0);
	d.second = 1;
	unsigned char *c = generate(inv, &o, &c_len);
	ck_assert(a_len != c_len || memcmp(a, c, a_len) != 0);
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1); /* 2026-01-01T00:00:00Z */
	unsigned char *e = generate(inv, NULL, &e_len);
	unsetenv("SOURCE_DATE_EPOCH");
	ck_assert(a_len == e_len && memcmp(a, e, a_len) == 0);
	free(a);
	free(b);
	free(c);
	free(e);
	fx_invoice_free(inv);
}
END_TEST

/* Counts the entries of dir other than "." and "..". */
static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	int n = 0;
	for (struct dirent *e; (e = readdir(d)) != NULL;)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

/* fx_generate_file writes the bytes of fx_generate_memory; on error the
 * existing file is kept and no temporary file is left. */
START_TEST(file_is_atomic)
{
	char dir[] = "/tmp/fx-generate-dir-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char *path = fx_test_path(dir, "facture.pdf");
	fx_invoice *inv = load(NULL, 1);
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.date = &fixed_date;
	ck_assert_int_eq(fx_generate_file(inv, &o, path), FX_OK);
	size_t len, file_len;
	unsigned char *pdf = generate(inv, &o, &len);
	char *file = fx_test_read(path, &file_len);
	ck_assert(file_len == len && memcmp(file, pdf, len) == 0);
	free(file);
	fx_invoice *raw = load(NULL, 0);
	ck_assert_int_eq(fx_generate_file(raw, &o, path), FX_EMISSING);
	file = fx_test_read(path, &file_len);
	ck_assert(file_len == len && memcmp(file, pdf, len) == 0);
	ck_assert_int_eq(count_entries(dir), 1);
	ck_assert_int_eq(fx_generate_file(inv, &o, "/nonexistent-dir/f.pdf"), FX_EIO);
	unlink(path);
	rmdir(dir);
	free(file);
	free(pdf);
	free(path);
	fx_invoice_free(raw);
	fx_invoice_free(inv);
}
END_TEST

/* Runs fx_generate_memory expecting code want and a message containing
 * part; the out parameters must stay as they were. */
static void expect_error(const fx_invoice *inv, const fx_generate_options *o, int want,
                         const char *part)
{
	unsigned char *pdf = (unsigned char *)"untouched";
	size_t len = 12345;
	int rc = fx_generate_memory(inv, o, &pdf, &len);
	ck_assert_msg(rc == want, "got %d (%s), expected %d", rc, fx_error_last()->message, want);
	ck_assert_msg(strstr(fx_error_last()->message, part), "message '%s' lacks '%s'",
	              fx_error_last()->message, part);
	ck_assert_str_eq((char *)pdf, "untouched");
	ck_assert_uint_eq(len, 12345);
}

/* Wrong calls and options, an invoice that is not computed or lacks what
 * the profile requires. */
START_TEST(errors)
{
	fx_invoice *inv = load(NULL, 1);
	unsigned char *pdf;
	size_t len;
	ck_assert_int_eq(fx_generate_memory(NULL, NULL, &pdf, &len), FX_EUSAGE);
	ck_assert_int_eq(fx_generate_memory(inv, NULL, NULL, &len), FX_EUSAGE);
	ck_assert_int_eq(fx_generate_file(inv, NULL, NULL), FX_EUSAGE);
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.version = 99;
	expect_error(inv, &o, FX_EUSAGE, "version is 99");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	o.profile = 7;
	expect_error(inv, &o, FX_EUSAGE, "profile 7");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	o.amount_in_words = 2;
	expect_error(inv, &o, FX_EUSAGE, "amount_in_words");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	o.attachment_count = 1;
	expect_error(inv, &o, FX_EUSAGE, "attachments is NULL");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	fx_pdf_date bad = {2026, 13, 1, 0, 0, 0, 0};
	o.date = &bad;
	expect_error(inv, &o, FX_EUSAGE, "fx_generate_options.date");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	o.xml_relationship = FX_PDF_REL_SUPPLEMENT;
	expect_error(inv, &o, FX_EUSAGE, "Supplement");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	o.language = "de";
	expect_error(inv, &o, FX_EUSAGE, "\"de\"");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	o.template_path = "/nonexistent/template.json";
	expect_error(inv, &o, FX_EIO, "/nonexistent/template.json");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	fx_pdf_extra_file twice[2] = {note, note};
	o.attachments = twice;
	o.attachment_count = 2;
	expect_error(inv, &o, FX_EUSAGE, "releve.txt");
	o = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	o.profile = FX_PROFILE_MINIMUM;
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->number, NULL), FX_OK);
	expect_error(inv, &o, FX_EMISSING, "BT-1");
	fx_invoice *raw = load(NULL, 0);
	expect_error(raw, NULL, FX_EMISSING, "compute it first");
	fx_invoice_free(raw);
	fx_invoice_free(inv);
}
END_TEST

/* Asserts that text resolves to the given fields and offset. */
static void expect_date(const char *text, int y, int mo, int d, int h, int mi, int s, int off)
{
	fx_pdf_date got;
	ck_assert_msg(fx_generate_resolve_date(text, &got) == FX_OK, "%s: %s", text,
	              fx_error_last()->message);
	fx_pdf_date want = {y, mo, d, h, mi, s, off};
	ck_assert_msg(memcmp(&got, &want, sizeof got) == 0, "%s: wrong fields", text);
}

/* The date texts, SOURCE_DATE_EPOCH and the current time. */
START_TEST(dates)
{
	expect_date("2026-01-02T03:04:05", 2026, 1, 2, 3, 4, 5, 0);
	expect_date("2026-01-02T03:04:05Z", 2026, 1, 2, 3, 4, 5, 0);
	expect_date("2024-02-29T23:59:59+02:00", 2024, 2, 29, 23, 59, 59, 120);
	expect_date("2026-07-14T12:00:00-05:30", 2026, 7, 14, 12, 0, 0, -330);
	const char *bad[] = {"2026-02-29T00:00:00",       "2026-01-01",
	                     "2026-01-01T24:00:00",       "2026-01-01T00:60:00",
	                     "2026-01-01T00:00:00+15:00", "2026-01-01T00:00:00+0100",
	                     "2026-01-01 00:00:00",       "2026-01-01T00:00:00Zx",
	                     "0999-01-01T00:00:00",       ""};
	fx_pdf_date d = {0};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_msg(fx_generate_resolve_date(bad[i], &d) == FX_EUSAGE, "%s accepted",
		              bad[i]);
		ck_assert_int_eq(d.year, 0);
	}
	ck_assert_int_eq(fx_generate_resolve_date(NULL, NULL), FX_EUSAGE);
	setenv("SOURCE_DATE_EPOCH", "86401", 1);
	expect_date(NULL, 1970, 1, 2, 0, 0, 1, 0);
	setenv("SOURCE_DATE_EPOCH", "1e9", 1);
	ck_assert_int_eq(fx_generate_resolve_date(NULL, &d), FX_EUSAGE);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "SOURCE_DATE_EPOCH \"1e9\""));
	setenv("SOURCE_DATE_EPOCH", "-5", 1);
	ck_assert_int_eq(fx_generate_resolve_date(NULL, &d), FX_EUSAGE);
	unsetenv("SOURCE_DATE_EPOCH");
	ck_assert_int_eq(fx_generate_resolve_date(NULL, &d), FX_OK);
	ck_assert_int_ge(d.year, 2025);
}
END_TEST

/* Replaces the first from in text by to; returns a new string. */
static char *replace(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	ck_assert_ptr_nonnull(at);
	size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
	char *out = malloc(n);
	ck_assert_ptr_nonnull(out);
	snprintf(out, n, "%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
	return out;
}

/* Embeds xml (NUL-terminated) in visual with o, expecting want; on success
 * checks that the XML is embedded byte for byte with conformance level part,
 * on failure that the message contains part. */
static void embed(const unsigned char *visual, size_t vlen, const char *xml,
                  const fx_generate_options *o, int want, const char *part)
{
	unsigned char *out = (unsigned char *)"untouched";
	size_t len = 0;
	int rc = fx_generate_embed_memory(visual, vlen, xml, strlen(xml), "inv.xml", o, &out, &len);
	ck_assert_msg(rc == want, "got %d (%s), expected %d", rc, fx_error_last()->message, want);
	if (want != FX_OK) {
		ck_assert_msg(strstr(fx_error_last()->message, part), "message '%s' lacks '%s'",
		              fx_error_last()->message, part);
		ck_assert_str_eq((char *)out, "untouched");
		return;
	}
	fx_pdf_reader *r = open_pdf(out, len);
	unsigned char *back;
	size_t back_len;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &back, &back_len, NULL), FX_OK);
	ck_assert(back_len == strlen(xml) && memcmp(back, xml, back_len) == 0);
	const char *level;
	ck_assert_int_eq(fx_pdf_reader_conformance_level(r, &level), FX_OK);
	ck_assert_str_eq(level, part);
	free(back);
	fx_pdf_reader_free(r);
	free(out);
}

/* An existing XML in a PDF drawn elsewhere: embedded as it is; a profile
 * that disagrees with BT-24, a non-CII file, wrong totals and a PDF that
 * cannot become PDF/A-3b are refused. */
START_TEST(embed_existing_xml)
{
	fx_invoice *inv = load(NULL, 1);
	fx_render_options ro = FX_RENDER_OPTIONS_INIT;
	ro.creation_date = "2026-12-02T09:30:00Z";
	unsigned char *visual;
	size_t vlen;
	ck_assert_int_eq(fx_render_pdf_memory(inv, &ro, &visual, &vlen), FX_OK);
	char *xml;
	size_t xml_len;
	fx_cii_options c = FX_CII_OPTIONS_INIT;
	ck_assert_int_eq(fx_cii_write_memory(inv, &c, &xml, &xml_len), FX_OK);

	embed(visual, vlen, xml, NULL, FX_OK, "EN 16931");
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.profile = FX_PROFILE_BASIC;
	embed(visual, vlen, xml, &o, FX_EINVAL, "but profile BASIC was asked");
	embed(visual, vlen, "{\"number\": \"F-1\"}", NULL, FX_EINVAL, "inv.xml");
	char *wrong =
	    replace(xml, "<ram:GrandTotalAmount>10038.16<", "<ram:GrandTotalAmount>10038.17<");
	embed(visual, vlen, wrong, NULL, FX_EMISMATCH, "BT-112");
	char *plain = replace(xml, "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>",
	                      "<ram:ID>urn:example.com:own</ram:ID>");
	embed(visual, vlen, plain, NULL, FX_EMISSING, "BT-24");
	o.profile = FX_PROFILE_BASIC;
	embed(visual, vlen, plain, &o, FX_EINVAL, "does not pass validation");
	o.skip_validation = 1;
	o.profile = FX_PROFILE_EN16931;
	embed(visual, vlen, plain, &o, FX_OK, "EN 16931");
	o.profile = FX_PROFILE_BASIC;
	embed(visual, vlen, plain, &o, FX_OK, "BASIC");
	size_t blen;
	char *base14 = fx_test_read(BASE14_PDF, &blen);
	embed((unsigned char *)base14, blen, xml, NULL, FX_EINVAL, "font-not-embedded");

	free(base14);
	free(plain);
	free(wrong);
	free(xml);
	free(visual);
	fx_invoice_free(inv);
}
END_TEST

/* Builds the suite. */
static Suite *generate_suite(void)
{
	Suite *s = suite_create("generate");
	TCase *tc = tcase_create("generate");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, pdf_and_xml_agree, 0, 2);
	tcase_add_loop_test(tc, profiles_and_relationships, FX_PROFILE_MINIMUM,
	                    FX_PROFILE_EXTENDED + 1);
	tcase_add_test(tc, profile_of_the_invoice);
	tcase_add_test(tc, reproducible);
	tcase_add_test(tc, file_is_atomic);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, dates);
	tcase_add_test(tc, embed_existing_xml);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(generate_suite());
}
