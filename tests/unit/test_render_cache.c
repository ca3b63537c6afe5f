/*
 * The renderer's process-wide caches (fonts, templates, font configuration,
 * ICC profile) and pools (ICU formatters, break iterators, spell-out rules,
 * zlib streams): the same bytes whether a cache is cold or warm, from
 * several threads at once, and a file read again when it changes.
 */
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>

#include "render/fonts.h"
#include "render/format.h"
#include "render/render_internal.h"
#include "render/template.h"
#include "test_render_fixture.h"

/* Renders inv with lang, in words; *len receives the size. */
static unsigned char *render(const fx_invoice *inv, const char *lang, size_t *len)
{
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.language = lang;
	o.amount_in_words = 1;
	o.creation_date = "2026-11-24T10:00:00Z";
	unsigned char *pdf = NULL;
	int rc = fx_render_pdf_memory(inv, &o, &pdf, len);
	ck_assert_msg(rc == FX_OK, "render: %s", fx_error_last()->message);
	return pdf;
}

/* Cold caches (first call of the process) and warm ones give the same bytes. */
START_TEST(cold_and_warm_give_the_same_bytes)
{
	fx_invoice *inv = fxt_invoice(3, "S", "20");
	fxt_compute(inv);
	size_t a_len, b_len, c_len;
	unsigned char *a = render(inv, "fr", &a_len); /* each test runs in a new process */
	unsigned char *b = render(inv, "en", &b_len);
	unsigned char *c = render(inv, "fr", &c_len);
	ck_assert(a_len == c_len && memcmp(a, c, a_len) == 0);
	ck_assert(a_len != b_len || memcmp(a, b, a_len) != 0);
	free(a);
	free(b);
	free(c);
	fx_invoice_free(inv);
}
END_TEST

/** What one rendering thread does and finds. */
typedef struct job {
	const fx_invoice *inv[2];
	const unsigned char *want[2];
	size_t want_len[2];
	int same;
} job;

/* Thread body: renders fr and en in turn, amounts in words too, and compares. */
static void *run_job(void *arg)
{
	job *j = arg;
	static const char *const langs[2] = {"fr", "en"};
	j->same = 1;
	for (int i = 0; i < 16; i++) {
		int k = i % 2;
		fx_render_options o = FX_RENDER_OPTIONS_INIT;
		o.language = langs[k];
		o.amount_in_words = 1;
		o.creation_date = "2026-11-24T10:00:00Z";
		unsigned char *pdf = NULL;
		size_t len = 0;
		int rc = fx_render_pdf_memory(j->inv[k], &o, &pdf, &len);
		j->same &=
		    rc == FX_OK && len == j->want_len[k] && memcmp(pdf, j->want[k], len) == 0;
		free(pdf);
		char *words = NULL;
		rc = fx_render_amount_in_words(fxt_dec("1234.56"), "EUR", langs[k], &words);
		j->same &=
		    rc == FX_OK && strcmp(words, k ? "one thousand two hundred thirty-four "
		                                     "euros and fifty-six cents"
		                                   : "mille deux cent trente-quatre euros et "
		                                     "cinquante-six centimes") == 0;
		free(words);
	}
	return NULL;
}

/* Four threads rendering at once get the bytes of a lone rendering. */
START_TEST(threads_render_at_once)
{
	fx_invoice *fr = fxt_invoice(2, "S", "20"), *en = fxt_invoice(5, "S", "5.5");
	fxt_compute(fr);
	fxt_compute(en);
	size_t fr_len, en_len;
	unsigned char *fr_pdf = render(fr, "fr", &fr_len), *en_pdf = render(en, "en", &en_len);
	job jobs[4];
	pthread_t t[4];
	for (int i = 0; i < 4; i++) {
		jobs[i] = (job){{fr, en}, {fr_pdf, en_pdf}, {fr_len, en_len}, 0};
		ck_assert_int_eq(pthread_create(&t[i], NULL, run_job, &jobs[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		ck_assert_msg(jobs[i].same, "thread %d got other bytes", i);
	}
	free(fr_pdf);
	free(en_pdf);
	fx_invoice_free(fr);
	fx_invoice_free(en);
}
END_TEST

/* Writes text to path (replacing it) and moves its modification time on. */
static void write_file(const char *path, const char *text, long mtime)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
	struct timespec ts[2] = {{mtime, 0}, {mtime, 0}};
	ck_assert_int_eq(utimensat(AT_FDCWD, path, ts, 0), 0);
}

/* Returns how many text operations of inv's layout with template tpl read s. */
static int count_text(const fx_invoice *inv, const char *tpl, const char *s)
{
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.template_path = tpl;
	fx_dlist dl;
	fx_render_geometry geo;
	int rc = fx_render_layout(inv, &o, &dl, &geo);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	int n = 0;
	for (size_t i = 0; i < dl.n; i++)
		n += dl.ops[i].kind == FX_OP_TEXT && strcmp(dl.ops[i].text, s) == 0;
	fx_dlist_free(&dl);
	return n;
}

/* A template file that changes is read again; the built-in one is shared. */
START_TEST(changed_template_is_read_again)
{
	char path[] = "/tmp/fxt-cache-tpl-XXXXXX";
	int fd = mkstemp(path);
	ck_assert(fd >= 0);
	close(fd);
	const char *fmt = "{\"template_version\": 1, \"language\": \"fr\","
	                  " \"blocks\": [{\"type\": \"seller\"}, {\"type\": \"title\"}],"
	                  " \"labels\": {\"titles\": {\"380\": \"%s\"}}}";
	char text[256];
	snprintf(text, sizeof text, fmt, "NOTE A");
	write_file(path, text, 1000000000);
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_compute(inv);
	ck_assert_int_eq(count_text(inv, path, "NOTE A"), 1);
	ck_assert_int_eq(count_text(inv, path, "NOTE A"), 1);
	snprintf(text, sizeof text, fmt, "NOTE BB");
	write_file(path, text, 1000000100);
	ck_assert_int_eq(count_text(inv, path, "NOTE BB"), 1);
	ck_assert_int_eq(count_text(inv, path, "NOTE A"), 0);
	unlink(path);
	fx_template *a, *b;
	ck_assert_int_eq(fx_template_load(NULL, "fr", &a), FX_OK);
	ck_assert_int_eq(fx_template_load(NULL, "fr", &b), FX_OK);
	ck_assert_ptr_eq(a, b);
	fx_template_free(a);
	fx_template_free(b);
	fx_invoice_free(inv);
}
END_TEST

/* Fonts are loaded once and shared; a changed font configuration is read again. */
START_TEST(fonts_and_configuration)
{
	fx_ttf *a[2], *b[2];
	ck_assert_int_eq(fx_fonts_load(NULL, "sans", a), FX_OK);
	ck_assert_int_eq(fx_fonts_load(NULL, "sans", b), FX_OK);
	ck_assert_ptr_eq(a[0], b[0]);
	ck_assert_ptr_eq(a[1], b[1]);
	for (int i = 0; i < 2; i++) {
		fx_ttf_free(a[i]);
		fx_ttf_free(b[i]);
	}
	char path[] = "/tmp/fxt-cache-fonts-XXXXXX";
	int fd = mkstemp(path);
	ck_assert(fd >= 0);
	close(fd);
	const char *fmt = "{\"fonts_version\": 1, \"families\": {\"sans\": {"
	                  "\"regular\": [\"%s\"], \"bold\": [\"%s\"]}}}";
	char text[512];
	snprintf(text, sizeof text, fmt, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
	         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
	write_file(path, text, 1000000000);
	ck_assert_int_eq(fx_fonts_load(path, "sans", a), FX_OK);
	fx_ttf_free(a[0]);
	fx_ttf_free(a[1]);
	snprintf(text, sizeof text, fmt, "/nonexistent/Regular.ttf", "/nonexistent/Bold.ttf");
	write_file(path, text, 1000000100);
	ck_assert_int_eq(fx_fonts_load(path, "sans", a), FX_EIO);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "/nonexistent/Regular.ttf"));
	unlink(path);
}
END_TEST

/* Pooled formatters come back configured as asked, whatever they did before. */
START_TEST(pooled_formatters)
{
	fx_fmt f = {0};
	char buf[FX_FMT_MAX];
	ck_assert_int_eq(fx_fmt_open(&f, "fr_FR", NULL), FX_OK);
	ck_assert_int_eq(fx_fmt_amount(&f, fxt_dec("1234.5"), "JPY", buf, sizeof buf), FX_OK);
	ck_assert_ptr_nonnull(strstr(buf, "234,5"));
	ck_assert_int_eq(fx_fmt_number(&f, fxt_dec("2.125"), 0, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "2,125");
	UNumberFormat *cur = f.cur;
	fx_fmt_close(&f);
	ck_assert_int_eq(fx_fmt_open(&f, "fr_FR", NULL), FX_OK);
	ck_assert_ptr_eq(f.cur, cur); /* the same set, from the pool */
	ck_assert_int_eq(fx_fmt_amount(&f, fxt_dec("7"), "EUR", buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "7,00\xC2\xA0\xE2\x82\xAC");
	ck_assert_int_eq(fx_fmt_amount(&f, fxt_dec("7"), "JPY", buf, sizeof buf), FX_OK);
	ck_assert_ptr_null(strstr(buf, ","));
	ck_assert_int_eq(fx_fmt_number(&f, fxt_dec("2"), 2, buf, sizeof buf), FX_OK);
	ck_assert_str_eq(buf, "2,00");
	/* more configurations than a set keeps: the base formatter serves the rest */
	for (int d = 0; d < 12; d++) {
		char want[16];
		snprintf(want, sizeof want, "3%s%.*s", d ? "," : "", d, "000000000000");
		ck_assert_int_eq(fx_fmt_number(&f, fxt_dec("3"), d, buf, sizeof buf), FX_OK);
		ck_assert_str_eq(buf, want);
	}
	fx_fmt_close(&f);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("render_cache");
	TCase *tc = tcase_create("cache");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, cold_and_warm_give_the_same_bytes);
	tcase_add_test(tc, threads_render_at_once);
	tcase_add_test(tc, changed_template_is_read_again);
	tcase_add_test(tc, fonts_and_configuration);
	tcase_add_test(tc, pooled_formatters);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
