/*
 * The assembled Factur-X files against the independent checker of the
 * shared reference material (tools/facturx-pdf-check.py --strict): every
 * profile, with and without extra attachments, and a re-assembled file.
 * The renderer's page assembled directly (without qpdf) passes as well.
 * A visual PDF with a non-embedded font must make the checker fail.
 */
#include "test_pdf_fixtures.h"
#include "test_render_fixture.h"

/* Runs the shared checker on path; returns its exit status. */
static int run_checker(const char *path)
{
	char *tool = fx_test_path(fx_test_shared_dir(), "tools/facturx-pdf-check.py");
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 '%s' --strict --failures-only '%s'", tool,
	         path);
	free(tool);
	fflush(stdout);
	return fix_run(cmd);
}

/* Assembles for profile p from a visual PDF with flags; writes dir/name. */
static char *assemble_to(const char *dir, const char *name, fx_profile p, int flags,
                         const fx_pdf_extra_file *extra, size_t n)
{
	size_t vlen;
	unsigned char *visual = fix_visual_pdf(flags, &vlen);
	char *xml = fix_xml(p, "F-100");
	fx_pdf_assemble_options o = fix_options(extra, n);
	char *path = fx_test_path(dir, name);
	int rc = fx_pdf_assemble_file(visual, vlen, xml, strlen(xml), p, &o, path);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	free(visual);
	free(xml);
	return path;
}

static const fx_pdf_extra_file extra = {
    "bon-de-livraison.pdf", "application/pdf", "Bon de livraison", "%PDF-1.4 stand-in", 17,
    FX_PDF_REL_SUPPLEMENT};

/* Each profile passes the strict checker, with and without attachments. */
START_TEST(profiles_pass_checker)
{
	fx_profile p = (fx_profile)_i;
	char *dir = fix_tmpdir();
	char *a = assemble_to(dir, "a.pdf", p, 0, NULL, 0);
	char *b = assemble_to(dir, "b.pdf", p, 0, &extra, 1);
	ck_assert_int_eq(run_checker(a), 0);
	ck_assert_int_eq(run_checker(b), 0);
	const char *names[] = {"a.pdf", "b.pdf"};
	free(a);
	free(b);
	fix_cleanup(dir, names, 2);
}
END_TEST

/* A re-assembled file (merged name tree and /AF) still passes. */
START_TEST(reassembled_passes_checker)
{
	char *dir = fix_tmpdir();
	char *a = assemble_to(dir, "a.pdf", FX_PROFILE_EN16931, 0, &extra, 1);
	size_t len;
	char *bytes = fx_test_read(a, &len);
	char *xml = fix_xml(FX_PROFILE_EXTENDED, "F-101");
	fx_pdf_assemble_options o = fix_options(NULL, 0);
	o.check_input = 1;
	char *b = fx_test_path(dir, "b.pdf");
	ck_assert_int_eq(
	    fx_pdf_assemble_file(bytes, len, xml, strlen(xml), FX_PROFILE_EXTENDED, &o, b), FX_OK);
	ck_assert_int_eq(run_checker(b), 0);
	const char *names[] = {"a.pdf", "b.pdf"};
	free(a);
	free(b);
	free(bytes);
	free(xml);
	fix_cleanup(dir, names, 2);
}
END_TEST

/* The renderer's page, assembled directly, with attachments (one with a
 * non-ASCII name), passes for every profile. */
START_TEST(rendered_page_passes_checker)
{
	static const fx_pdf_extra_file files[] = {
	    {"bon-de-livraison.pdf", "application/pdf", "Bon de livraison", "%PDF-1.4 stand-in", 17,
	     FX_PDF_REL_SUPPLEMENT},
	    {"relevé-été.csv", "text/csv", NULL, "jour;heures\n", 12, FX_PDF_REL_UNSPECIFIED}};
	fx_profile p = (fx_profile)_i;
	fx_invoice *inv = fxt_invoice(4, "S", "20");
	fxt_compute(inv);
	size_t vlen;
	unsigned char *visual = fxt_render(inv, "fr", &vlen);
	char *xml = fix_xml(p, "FA-2026-0042");
	fx_pdf_assemble_options o = fix_options(files, 2);
	char *dir = fix_tmpdir();
	char *path = fx_test_path(dir, "rendered.pdf");
	ck_assert_int_eq(fx_pdf_assemble_file(visual, vlen, xml, strlen(xml), p, &o, path), FX_OK);
	ck_assert_int_eq(run_checker(path), 0);
	char cmd[512];
	snprintf(cmd, sizeof cmd, "qpdf --check '%s' >/dev/null 2>&1", path);
	ck_assert_int_eq(fix_run(cmd), 0);
	const char *names[] = {"rendered.pdf"};
	free(path);
	free(xml);
	free(visual);
	fx_invoice_free(inv);
	fix_cleanup(dir, names, 1);
}
END_TEST

/* The checker is not a rubber stamp: a non-embedded font fails it. */
START_TEST(non_embedded_font_fails_checker)
{
	char *dir = fix_tmpdir();
	char *a = assemble_to(dir, "helv.pdf", FX_PROFILE_BASIC, FIX_HELVETICA, NULL, 0);
	ck_assert_int_eq(run_checker(a), 1);
	const char *names[] = {"helv.pdf"};
	free(a);
	fix_cleanup(dir, names, 1);
}
END_TEST

/* Builds the suite. */
static Suite *checker_suite(void)
{
	Suite *s = suite_create("pdf_checker");
	TCase *tc = tcase_create("checker");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, profiles_pass_checker, FX_PROFILE_MINIMUM, FX_PROFILE_EXTENDED + 1);
	tcase_add_test(tc, reassembled_passes_checker);
	tcase_add_loop_test(tc, rendered_page_passes_checker, FX_PROFILE_MINIMUM,
	                    FX_PROFILE_EXTENDED + 1);
	tcase_add_test(tc, non_embedded_font_fails_checker);
	suite_add_tcase(s, tc);
	return s;
}

/* Needs ../shared (the checker) and python3 with pikepdf and lxml. */
int main(void)
{
	fx_test_require_shared("the Factur-X PDF checker test");
	if (fix_run("/usr/bin/python3 -c 'import pikepdf, lxml' >/dev/null 2>&1") != 0) {
		printf("SKIPPED: the checker needs python3-pikepdf and python3-lxml\n");
		return FX_TEST_SKIP;
	}
	return fx_test_run(checker_suite());
}
