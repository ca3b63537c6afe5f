/*
 * Every statement of examples/works as a Factur-X PDF (the series of the
 * titulaire in order, the cotraitant, the sous-traitant), checked from
 * outside: qpdf --check, pdffonts (embedded fonts only), the shared checker
 * --strict (skipped, and said so, without ../shared or python3-pikepdf),
 * the validator (every layer, Chorus Pro rules on), the embedded XML (BT-23 cadre, BT-115 = the décompte's net payable) and
 * the page text (title, the décompte's amounts, "Arrêté le présent
 * décompte à la somme de ..." spelt out). Also in English for one
 * statement. Needs qpdf and poppler-utils (skipped, exit 77, without them).
 */
#include <limits.h>
#include <locale.h>
#include <unistd.h>

#include "test_pdf_tools.h"
#include "test_works_support.h"

static char work_dir[] = "/tmp/fx-works-examples-XXXXXX";
static const char *checker; /* the shared checker, NULL when it cannot run */
static const fx_pdf_date fixed_date = {2025, 7, 1, 10, 0, 0, 0};

/** One statement: file, statements before it, cadre, title, amount in words. */
typedef struct sample {
	const char *path;
	size_t before;
	const char *cadre, *title, *words;
} sample;

static const sample samples[] = {
    {FX_TW_DIR "/titulaire/01-mensuel-2025-01.json", 0, "A4", "PROJET DE DÉCOMPTE MENSUEL",
     "quarante-cinq mille deux cent soixante-treize euros et soixante centimes"},
    {FX_TW_DIR "/titulaire/02-mensuel-2025-02.json", 1, "A4", "PROJET DE DÉCOMPTE MENSUEL",
     "soixante-treize mille deux cent un euros et soixante-quinze centimes"},
    {FX_TW_DIR "/titulaire/03-mensuel-2025-03.json", 2, "A4", "PROJET DE DÉCOMPTE MENSUEL",
     "quatre-vingt-cinq mille trois cent cinquante-huit euros et dix centimes"},
    {FX_TW_DIR "/titulaire/04-mensuel-2025-04.json", 3, "A4", "PROJET DE DÉCOMPTE MENSUEL",
     "quarante-huit mille six cent dix-huit euros et trente-deux centimes"},
    {FX_TW_DIR "/titulaire/05-decompte-final.json", 4, "A7", "PROJET DE DÉCOMPTE FINAL",
     "neuf cent soixante-deux euros et quatre-vingt-neuf centimes"},
    {FX_TW_DIR "/titulaire/06-dgd.json", 5, "A8", "DÉCOMPTE GÉNÉRAL ET DÉFINITIF",
     "sept cent quatre-vingt-quatorze euros et quatre-vingt-neuf centimes"},
    {FX_TW_COTRAITANT, 0, "A13", "PROJET DE DÉCOMPTE MENSUEL",
     "vingt-neuf mille deux cent cinquante euros"},
    {FX_TW_SOUS_TRAITANT, 0, "A10", "PROJET DE DÉCOMPTE MENSUEL",
     "six mille neuf cent trente-neuf euros"},
};

/* Writes len bytes to path. */
static void save(const char *path, const unsigned char *pdf, size_t len)
{
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(pdf, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
}

/* qpdf --check, pdffonts and the shared checker on the file at path. */
static void check_file(const char *path)
{
	char cmd[2 * PATH_MAX + 64], *out;
	snprintf(cmd, sizeof cmd, "qpdf --check '%s' 2>&1", path);
	int rc = fx_tp_run(cmd, &out);
	ck_assert_msg(rc == 0 && strstr(out, "No syntax or stream encoding errors found"),
	              "qpdf --check %s: status %d\n%s", path, rc, out);
	free(out);
	snprintf(cmd, sizeof cmd, "pdffonts '%s' 2>&1", path);
	ck_assert_int_eq(fx_tp_run(cmd, &out), 0);
	fx_tp_check_fonts(path, out);
	free(out);
	if (!checker)
		return;
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 '%s' --strict --failures-only '%s' 2>&1",
	         checker, path);
	rc = fx_tp_run(cmd, &out);
	ck_assert_msg(rc == 0, "the shared checker refuses %s (status %d):\n%s", path, rc, out);
	free(out);
}

/* Checks the embedded XML: the cadre and the amount due. */
static void check_xml(const sample *x, const unsigned char *pdf, size_t len,
                      const fx_works_statement *st)
{
	fx_pdf_reader *r = NULL;
	ck_assert_int_eq(fx_pdf_reader_open_memory(pdf, len, x->path, NULL, &r), FX_OK);
	unsigned char *xml = NULL;
	size_t xml_len = 0;
	ck_assert_int_eq(fx_pdf_reader_extract_invoice(r, &xml, &xml_len, NULL), FX_OK);
	fx_invoice *inv = NULL;
	int profile = -1;
	ck_assert_int_eq(fx_cii_read_memory((const char *)xml, xml_len, x->path, &inv, &profile),
	                 FX_OK);
	ck_assert_int_eq(profile, FX_PROFILE_EN16931);
	ck_assert_str_eq(inv->business_process, x->cadre);
	ck_assert_int_eq(fx_decimal_cmp(inv->totals.due, st->rows[FX_WORKS_ROW_PAYABLE].current),
	                 0);
	fx_invoice_free(inv);
	free(xml);
	fx_pdf_reader_free(r);
}

/* Checks the page text in French. */
static void check_text(const sample *x, const char *path, const fx_works_statement *st)
{
	char *text = fx_tp_pdftotext(path);
	char payable[128], works[128];
	fx_tp_format_amount(st->rows[FX_WORKS_ROW_PAYABLE].current, "EUR", "fr_FR", payable,
	                    sizeof payable);
	fx_tp_format_amount(st->rows[FX_WORKS_ROW_WORKS].to_date, "EUR", "fr_FR", works,
	                    sizeof works);
	works[strlen(works) - strlen(" €")] = '\0'; /* the table shows numbers */
	const char *previous =
	    st->previous_number ? "Cumul antérieur (décompte n°" : "Cumul des décomptes antérieurs";
	const char *want[] = {x->title,
	                      "Montant total à ce jour",
	                      previous,
	                      "Présent décompte",
	                      "Arrêté le présent décompte à la somme de",
	                      x->words,
	                      payable,
	                      works,
	                      st->invoice_number};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		ck_assert_msg(strstr(text, want[i]) != NULL, "%s: '%s' not found in:\n%.1500s",
		              path, want[i], text);
	fx_tp_check_no_mojibake(path, text);
	free(text);
}

/* Validates the PDF in memory with every layer (French rules in auto mode,
 * Chorus Pro rules on): no fatal finding. */
static void check_valid(const char *path, const unsigned char *pdf, size_t len)
{
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.chorus = FX_SWITCH_ON;
	fx_report *r = NULL;
	ck_assert_msg(fx_validate_memory(pdf, len, path, &o, &r) == FX_OK, "%s: %s", path,
	              fx_error_last()->message);
	if (fx_report_verdict(r) != FX_VERDICT_VALID) {
		char *text = NULL;
		size_t text_len = 0;
		fx_report_to_text(r, &text, &text_len);
		ck_abort_msg("%s is not valid:\n%s", path, text ? text : "");
	}
	fx_report_free(r);
}

/* Generates and checks sample _i. */
START_TEST(sample_pdf)
{
	const sample *x = &samples[_i];
	fx_works_series *s = fx_tw_series(x->before);
	fx_works_description *d = fx_tw_read(x->path);
	fx_works_statement *st = fx_tw_compute(d, s);
	fx_invoice *inv = NULL;
	ck_assert_msg(fx_works_invoice(d, st, NULL, &inv) == FX_OK, "%s", fx_error_last()->message);
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.date = &fixed_date;
	o.works = st;
	unsigned char *pdf = NULL;
	size_t len = 0;
	ck_assert_msg(fx_generate_memory(inv, &o, &pdf, &len) == FX_OK, "%s: %s", x->path,
	              fx_error_last()->message);
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/sample-%d.pdf", work_dir, _i);
	save(path, pdf, len);
	check_file(path);
	check_valid(x->path, pdf, len);
	check_xml(x, pdf, len, st);
	check_text(x, path, st);
	unlink(path);
	free(pdf);
	fx_invoice_free(inv);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* The English page of statement 3. */
START_TEST(english_page)
{
	fx_works_series *s = fx_tw_series(2);
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[2]);
	fx_works_statement *st = fx_tw_compute(d, s);
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_works_invoice(d, st, NULL, &inv), FX_OK);
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.date = &fixed_date;
	o.works = st;
	o.language = "en";
	unsigned char *pdf = NULL;
	size_t len = 0;
	ck_assert_int_eq(fx_generate_memory(inv, &o, &pdf, &len), FX_OK);
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/english.pdf", work_dir);
	save(path, pdf, len);
	check_file(path);
	char *text = fx_tp_pdftotext(path);
	const char *want[] = {"MONTHLY STATEMENT", "Total to date", "This statement",
	                      "eighty-five thousand three hundred fifty-eight euros and ten cents",
	                      "85,358.10"};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		ck_assert_msg(strstr(text, want[i]) != NULL, "'%s' not found in:\n%.1500s", want[i],
		              text);
	free(text);
	unlink(path);
	free(pdf);
	fx_invoice_free(inv);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
}
END_TEST

/* Finds the shared checker, or says why that part is skipped. */
static void find_checker(void)
{
	static char path[PATH_MAX];
	const char *shared = fx_test_shared_dir();
	if (!shared) {
		printf("SKIPPED part: the shared checker (../shared is absent)\n");
		return;
	}
	if (fx_tp_run("/usr/bin/python3 -c 'import pikepdf, lxml' >/dev/null 2>&1", NULL) != 0) {
		printf("SKIPPED part: the shared checker needs python3-pikepdf and python3-lxml\n");
		return;
	}
	snprintf(path, sizeof path, "%s/tools/facturx-pdf-check.py", shared);
	checker = path;
}

/* The suite. */
static Suite *works_examples_suite(void)
{
	Suite *s = suite_create("works_examples");
	TCase *tc = tcase_create("examples");
	tcase_add_loop_test(tc, sample_pdf, 0, (int)(sizeof samples / sizeof samples[0]));
	tcase_add_test(tc, english_page);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite in a work folder (skipped without qpdf and poppler). */
int main(void)
{
	setlocale(LC_ALL, "");
	if (!fx_tp_have("qpdf") || !fx_tp_have("pdftotext") || !fx_tp_have("pdffonts")) {
		printf("SKIPPED: needs qpdf and poppler-utils (pdftotext, pdffonts)\n");
		return FX_TEST_SKIP;
	}
	if (!mkdtemp(work_dir))
		return EXIT_FAILURE;
	find_checker();
	int rc = fx_test_run(works_examples_suite());
	rmdir(work_dir);
	return rc;
}
