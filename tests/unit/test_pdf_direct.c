/*
 * The direct assembly (without qpdf) of the renderer's plain PDFs: the same
 * Factur-X content as the qpdf path, reproducible bytes, every input that is
 * not plain left to qpdf, and no crash on damaged input.
 */
#include <pthread.h>

#include "pdf/assemble.h"
#include "test_pdf_fixtures.h"
#include "test_render_fixture.h"

static const fx_pdf_extra_file extras[] = {{"bon-de-livraison.pdf", "application/pdf",
                                            "Bon de livraison", "%PDF-1.4 stand-in", 17,
                                            FX_PDF_REL_SUPPLEMENT},
                                           {"relevé-été.csv", "text/csv", "Relevé d'heures (été)",
                                            "jour;heures\n1;7,5\n", 18, FX_PDF_REL_DEFAULT}};

/* Renders the fixture invoice (one page): the renderer's plain PDF. */
static unsigned char *visual(size_t *len)
{
	fx_invoice *inv = fxt_invoice(3, "S", "20");
	fxt_compute(inv);
	unsigned char *pdf = fxt_render(inv, "fr", len);
	fx_invoice_free(inv);
	return pdf;
}

/* Assembles v with path; expects want; returns the file (NULL unless FX_OK). */
static unsigned char *assemble(const unsigned char *v, size_t vlen, fx_pdf_path path,
                               const fx_pdf_assemble_options *o, int want, size_t *len)
{
	char *xml = fix_xml(FX_PROFILE_EN16931, "F-7");
	unsigned char *out = NULL;
	int rc =
	    fx_pdf_assemble_path(v, vlen, xml, strlen(xml), FX_PROFILE_EN16931, o, path, &out, len);
	ck_assert_msg(rc == want, "path %d: %d, expected %d (%s)", (int)path, rc, want,
	              rc < 0 ? fx_error_last()->message : "");
	free(xml);
	return rc == FX_OK ? out : NULL;
}

/* Checks that attachment i of a has the same description in b, and the same bytes. */
static void same_attachment(fx_pdf_reader *a, fx_pdf_reader *b, size_t i)
{
	const fx_pdf_attachment *x = fx_pdf_reader_attachment(a, i);
	size_t j = 0, n = fx_pdf_reader_attachment_count(b);
	while (j < n && strcmp(fx_pdf_reader_attachment(b, j)->name, x->name) != 0)
		j++;
	ck_assert_msg(j < n, "%s missing from the qpdf output", x->name);
	const fx_pdf_attachment *y = fx_pdf_reader_attachment(b, j);
	ck_assert_str_eq(x->mime_type, y->mime_type);
	ck_assert_str_eq(x->description, y->description);
	ck_assert_str_eq(x->relationship_name, y->relationship_name);
	ck_assert_int_eq(x->size, y->size);
	ck_assert(x->in_catalog_af && y->in_catalog_af);
	unsigned char *dx, *dy;
	size_t lx, ly;
	ck_assert_int_eq(fx_pdf_reader_extract(a, i, &dx, &lx), FX_OK);
	ck_assert_int_eq(fx_pdf_reader_extract(b, j, &dy, &ly), FX_OK);
	ck_assert(lx == ly && memcmp(dx, dy, lx) == 0);
	free(dx);
	free(dy);
}

/* Checks that qpdf reads pdf without a warning and gives Info key. */
static char *clean_info(const unsigned char *pdf, size_t len, const char *key)
{
	qpdf_data q = fix_qpdf(pdf, len);
	ck_assert(!qpdf_more_warnings(q));
	ck_assert_int_eq(qpdf_get_num_pages(q), 1);
	qpdf_oh info = qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Info");
	qpdf_oh value = qpdf_oh_get_key(q, info, key);
	char *copy = strdup(qpdf_oh_is_string(q, value) ? qpdf_oh_get_utf8_value(q, value) : "-");
	qpdf_cleanup(&q);
	return copy;
}

/* The direct output holds what the qpdf path's holds. */
START_TEST(direct_matches_qpdf)
{
	size_t vlen, alen, blen, clen;
	unsigned char *v = visual(&vlen);
	fx_pdf_assemble_options o = fix_options(extras, 2);
	unsigned char *a = assemble(v, vlen, FX_PDF_PATH_DIRECT, &o, FX_OK, &alen);
	unsigned char *b = assemble(v, vlen, FX_PDF_PATH_QPDF, &o, FX_OK, &blen);
	unsigned char *c = assemble(v, vlen, FX_PDF_PATH_AUTO, &o, FX_OK, &clen);
	ck_assert(alen == clen && memcmp(a, c, alen) == 0); /* AUTO took the direct path */
	fx_pdf_reader *ra, *rb;
	ck_assert_int_eq(fx_pdf_reader_open_memory(a, alen, "direct", NULL, &ra), FX_OK);
	ck_assert_int_eq(fx_pdf_reader_open_memory(b, blen, "qpdf", NULL, &rb), FX_OK);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(ra), 3);
	ck_assert_uint_eq(fx_pdf_reader_attachment_count(rb), 3);
	for (size_t i = 0; i < 3; i++)
		same_attachment(ra, rb, i);
	const unsigned char *xa, *xb;
	size_t la, lb;
	ck_assert_int_eq(fx_pdf_reader_xmp(ra, &xa, &la), FX_OK);
	ck_assert_int_eq(fx_pdf_reader_xmp(rb, &xb, &lb), FX_OK);
	ck_assert(la == lb && memcmp(xa, xb, la) == 0);
	const char *level;
	ck_assert_int_eq(fx_pdf_reader_conformance_level(ra, &level), FX_OK);
	ck_assert_str_eq(level, "EN 16931");
	static const char *const keys[] = {"/Title",   "/Author",       "/Subject", "/Keywords",
	                                   "/Creator", "/CreationDate", "/ModDate"};
	for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		char *ia = clean_info(a, alen, keys[k]), *ib = clean_info(b, blen, keys[k]);
		ck_assert_str_eq(ia, ib);
		free(ia);
		free(ib);
	}
	fx_pdf_reader_free(ra);
	fx_pdf_reader_free(rb);
	free(a);
	free(b);
	free(c);
	free(v);
}
END_TEST

/* The same inputs give the same bytes; another date gives another /ID. */
START_TEST(direct_is_reproducible)
{
	size_t vlen, alen, blen, clen;
	unsigned char *v = visual(&vlen);
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	unsigned char *a = assemble(v, vlen, FX_PDF_PATH_DIRECT, &o, FX_OK, &alen);
	unsigned char *b = assemble(v, vlen, FX_PDF_PATH_DIRECT, &o, FX_OK, &blen);
	ck_assert(alen == blen && memcmp(a, b, alen) == 0);
	fx_pdf_date later = fix_date;
	later.year++;
	o.date = &later;
	unsigned char *c = assemble(v, vlen, FX_PDF_PATH_DIRECT, &o, FX_OK, &clen);
	const unsigned char *ida = fxt_memmem(a, alen, "/ID [<", 6);
	const unsigned char *idc = fxt_memmem(c, clen, "/ID [<", 6);
	ck_assert(ida && idc && memcmp(ida, idc, 40) != 0);
	ck_assert_ptr_nonnull(fxt_memmem(c, clen, "D:20260314102030+01'00'", 23));
	free(a);
	free(b);
	free(c);
	free(v);
}
END_TEST

/* Replaces the first old in pdf (same length) by new; fails when absent. */
static void patch(unsigned char *pdf, size_t len, const char *old, const char *new)
{
	size_t n = strlen(old);
	ck_assert_uint_eq(strlen(new), n);
	unsigned char *at = (unsigned char *)fxt_memmem(pdf, len, old, n);
	ck_assert_msg(at != NULL, "\"%s\" not found", old);
	memcpy(at, new, n);
}

/* Expects DIRECT to leave the patched input to qpdf, and AUTO to give want. */
static void left_to_qpdf(const unsigned char *v, size_t vlen, const char *old, const char *new,
                         int want)
{
	unsigned char *p = malloc(vlen);
	memcpy(p, v, vlen);
	if (old)
		patch(p, vlen, old, new);
	size_t len;
	assemble(p, vlen, FX_PDF_PATH_DIRECT, NULL, FX_PDF_DIRECT_UNSUPPORTED, &len);
	free(assemble(p, vlen, FX_PDF_PATH_AUTO, NULL, want, &len));
	free(p);
}

/* What is not plain goes to qpdf: other producers, catalog entries, /Prev,
 * wrong lengths or offsets, encryption. */
START_TEST(other_pdfs_go_to_qpdf)
{
	size_t vlen, hlen, elen;
	unsigned char *v = visual(&vlen);
	left_to_qpdf(v, vlen, "<< /Type /Catalog /Pages 2 0 R >>",
	             "<</Type/Catalog/Pages 2 0 R/L 1>>", FX_OK);
	left_to_qpdf(v, vlen, "/Info 3 0 R >>", "/Prev 98765 >>", FX_OK);
	left_to_qpdf(v, vlen, "<< /Length ", "<</Length 9", FX_OK);
	left_to_qpdf(v, vlen, "0000000015 00000 n", "0000000016 00000 n", FX_OK);
	left_to_qpdf(v, vlen, "%PDF-1.7", "%PDF-2.0", FX_OK);
	unsigned char *h = fix_visual_pdf(0, &hlen); /* libharu: indirect lengths */
	left_to_qpdf(h, hlen, NULL, NULL, FX_OK);
	unsigned char *e = fix_visual_pdf(FIX_ENCRYPT_OPEN, &elen);
	left_to_qpdf(e, elen, NULL, NULL, FX_EINVAL);
	free(h);
	free(e);
	free(v);
}
END_TEST

/* A trailer without /Size (damaged input, left to qpdf) still gives a file
 * whose trailer has one: qpdf reads it back without rebuilding anything. */
START_TEST(trailer_without_size)
{
	size_t vlen, len;
	unsigned char *v = visual(&vlen);
	patch(v, vlen, "trailer\n<< /Size ", "trailer\n<< /Sizx ");
	assemble(v, vlen, FX_PDF_PATH_DIRECT, NULL, FX_PDF_DIRECT_UNSUPPORTED, &len);
	unsigned char *out = assemble(v, vlen, FX_PDF_PATH_AUTO, NULL, FX_OK, &len);
	char *title = clean_info(out, len, "/Producer"); /* no qpdf warning */
	ck_assert_str_eq(title, "facturx " FX_VERSION_STRING);
	free(title);
	free(out);
	free(v);
}
END_TEST

/* check_input always goes through qpdf (the embeddability check needs it). */
START_TEST(check_input_uses_qpdf)
{
	size_t vlen, alen, blen;
	unsigned char *v = visual(&vlen);
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	o.check_input = 1;
	unsigned char *a = assemble(v, vlen, FX_PDF_PATH_AUTO, &o, FX_OK, &alen);
	unsigned char *b = assemble(v, vlen, FX_PDF_PATH_QPDF, &o, FX_OK, &blen);
	ck_assert(alen == blen && memcmp(a, b, alen) == 0);
	free(a);
	free(b);
	free(v);
}
END_TEST

/* Damaged inputs: the direct path never reads out of bounds; what it
 * accepts becomes a file that reads back. */
START_TEST(damaged_inputs)
{
	size_t vlen;
	unsigned char *v = visual(&vlen);
	unsigned char *p = malloc(vlen);
	char *xml = fix_xml(FX_PROFILE_BASIC, "F-9");
	unsigned seed = 12345;
	int accepted = 0;
	for (int round = 0; round < 1500; round++) {
		memcpy(p, v, vlen);
		size_t len = vlen;
		for (int k = 0; k < 1 + round % 3; k++) {
			seed = seed * 1103515245u + 12345u;
			size_t at = (seed >> 8) % vlen;
			/* half the changes where the structure is: the first and last KB */
			if (round % 2)
				at = at % 1024 + (seed & 1 ? 0 : vlen - 1024);
			p[at] = (unsigned char)(seed >> 3);
		}
		if (round % 50 == 49)
			len = (seed >> 4) % vlen;
		unsigned char *out = NULL;
		size_t out_len;
		int rc = fx_pdf_assemble_path(p, len, xml, strlen(xml), FX_PROFILE_BASIC, NULL,
		                              FX_PDF_PATH_DIRECT, &out, &out_len);
		ck_assert_msg(rc == FX_OK || rc == FX_PDF_DIRECT_UNSUPPORTED, "round %d: %d", round,
		              rc);
		if (rc != FX_OK)
			continue;
		accepted++;
		fx_pdf_reader *r;
		unsigned char *x;
		size_t xl;
		ck_assert_int_eq(fx_pdf_reader_open_memory(out, out_len, "out", NULL, &r), FX_OK);
		ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &x, &xl, NULL), FX_OK);
		ck_assert(xl == strlen(xml) && memcmp(x, xml, xl) == 0);
		free(x);
		fx_pdf_reader_free(r);
		free(out);
	}
	ck_assert_int_gt(accepted, 100); /* changes inside stream data keep the layout */
	free(xml);
	free(p);
	free(v);
}
END_TEST

/** One assembling thread's work. */
typedef struct job {
	const unsigned char *v;
	size_t vlen;
	const unsigned char *want;
	size_t want_len;
	int same;
} job;

/* Thread body: assembles 20 times and compares with the expected bytes. */
static void *run_job(void *arg)
{
	job *j = arg;
	fx_pdf_assemble_options o = fix_options(extras, 2);
	char *xml = fix_xml(FX_PROFILE_EN16931, "F-7");
	j->same = 1;
	for (int i = 0; i < 20; i++) {
		unsigned char *out = NULL;
		size_t len = 0;
		int rc = fx_pdf_assemble(j->v, j->vlen, xml, strlen(xml), FX_PROFILE_EN16931, &o,
		                         &out, &len);
		j->same &= rc == FX_OK && len == j->want_len && memcmp(out, j->want, len) == 0;
		free(out);
	}
	free(xml);
	return NULL;
}

/* Threads assembling at once share the ICC profile cache safely. */
START_TEST(threads_share_the_icc_cache)
{
	size_t vlen, wlen;
	unsigned char *v = visual(&vlen);
	fx_pdf_assemble_options o = fix_options(extras, 2);
	unsigned char *want = assemble(v, vlen, FX_PDF_PATH_AUTO, &o, FX_OK, &wlen);
	job jobs[3];
	pthread_t t[3];
	for (int i = 0; i < 3; i++) {
		jobs[i] = (job){v, vlen, want, wlen, 0};
		ck_assert_int_eq(pthread_create(&t[i], NULL, run_job, &jobs[i]), 0);
	}
	for (int i = 0; i < 3; i++) {
		pthread_join(t[i], NULL);
		ck_assert(jobs[i].same);
	}
	free(want);
	free(v);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("pdf_direct");
	TCase *tc = tcase_create("direct");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, direct_matches_qpdf);
	tcase_add_test(tc, direct_is_reproducible);
	tcase_add_test(tc, other_pdfs_go_to_qpdf);
	tcase_add_test(tc, trailer_without_size);
	tcase_add_test(tc, check_input_uses_qpdf);
	tcase_add_test(tc, damaged_inputs);
	tcase_add_test(tc, threads_share_the_icc_cache);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
