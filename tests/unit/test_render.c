/*
 * The invoice page renderer end to end: page count, text extraction
 * (pdftotext), embedded fonts (pdffonts), every VAT situation, credit notes,
 * long texts, determinism and size. Needs poppler-utils (skipped without).
 */
#include <locale.h>

#include "test_render_fixture.h"

/* Renders inv (fr) and returns pdftotext's output of pages first..last (0: all);
 * fails if pdftotext reports any warning. */
static char *text_of(const fx_invoice *inv, const char *lang, int first, int last, int *pages)
{
	size_t len;
	unsigned char *pdf = fxt_render(inv, lang, &len);
	char args[64] = "-layout", *err;
	if (first)
		snprintf(args, sizeof args, "-layout -f %d -l %d", first, last);
	char *text = fxt_tool("pdftotext", args, pdf, len, &err);
	ck_assert_msg(err[0] == '\0', "pdftotext complained: %s", err);
	if (pages)
		*pages = fxt_pages(pdf, len);
	free(err);
	free(pdf);
	return text;
}

/* A one-line invoice: one page, title, parties, amounts and mentions. */
START_TEST(one_line)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_compute(inv);
	int pages;
	char *t = text_of(inv, "fr", 0, 0, &pages);
	ck_assert_int_eq(pages, 1);
	ck_assert_ptr_nonnull(strstr(t, "FACTURE"));
	ck_assert_ptr_nonnull(strstr(t, "N° FA-2026-0042"));
	ck_assert_ptr_nonnull(strstr(t, "Électricité Bâtiment Rousseau"));
	ck_assert_ptr_nonnull(strstr(t, "Constructions Ligériennes SA"));
	ck_assert_ptr_nonnull(strstr(t, "SIREN 881 234 567"));
	/* 3 x 1234.56 = 3703.68; VAT 740.74; total 4444.42 (pdftotext turns the
	 * narrow and plain no-break spaces ICU writes into spaces) */
	ck_assert_ptr_nonnull(strstr(t, "3 703,68"));
	ck_assert_ptr_nonnull(strstr(t, "4 444,42 €"));
	ck_assert_ptr_nonnull(strstr(t, "Net à payer"));
	ck_assert_ptr_nonnull(strstr(t, "quatre mille quatre cent quarante-quatre euros et "
	                                "quarante-deux centimes"));
	ck_assert_ptr_nonnull(strstr(t, "IBAN FR76 1440 6000 0112 3456 7890 123"));
	ck_assert_ptr_nonnull(strstr(t, "indemnité forfaitaire de 40 €"));
	ck_assert_ptr_nonnull(strstr(t, "Page 1/1"));
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* 200 lines flow over several pages; the header and "Page n/N" repeat. */
START_TEST(two_hundred_lines)
{
	fx_invoice *inv = fxt_invoice(200, "S", "20");
	fxt_compute(inv);
	int pages;
	char *all = text_of(inv, "fr", 0, 0, &pages);
	ck_assert_int_gt(pages, 1);
	ck_assert_ptr_nonnull(strstr(all, "lot 200"));
	char *p2 = text_of(inv, "fr", 2, 2, NULL);
	ck_assert_ptr_nonnull(strstr(p2, "Désignation"));
	ck_assert_ptr_nonnull(strstr(p2, "Montant HT"));
	char want[32];
	snprintf(want, sizeof want, "Page 2/%d", pages);
	ck_assert_msg(strstr(p2, want) != NULL, "no \"%s\" on page 2", want);
	ck_assert_ptr_nonnull(strstr(p2, "FACTURE FA-2026-0042"));
	free(all);
	free(p2);
	fx_invoice_free(inv);
}
END_TEST

/* A very long description is wrapped and nothing of it is lost. */
START_TEST(long_description)
{
	fx_invoice *inv = fxt_invoice(2, "S", "20");
	char desc[6000] = "";
	for (int i = 0; i < 300; i++)
		strcat(desc, i % 7 ? "câblage " : "réglementaire\n");
	strcat(desc, "Supercalifragilisticexpialidocious-Anticonstitutionnellement-"
	             "Intergouvernementalisations-sans-espace-aucun-FIN");
	fxt_set(inv, &inv->lines[0].item_description, desc);
	fxt_compute(inv);
	int pages;
	char *t = text_of(inv, "fr", 0, 0, &pages);
	ck_assert_int_ge(pages, 1);
	ck_assert_ptr_nonnull(strstr(t, "espace-aucun-FIN"));
	ck_assert_ptr_nonnull(strstr(t, "lot 2"));
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* Long party names wrap and come out whole. */
START_TEST(long_party_names)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_set(inv, &inv->seller.name,
	        "Société Coopérative Ouvrière de Production des "
	        "Électriciens, Plombiers et Chauffagistes Réunis du Val "
	        "de Loire et de la Touraine Méridionale SCOP-FIN");
	fxt_set(inv, &inv->buyer.name,
	        "Établissement Public Territorial de Coopération "
	        "Intercommunale pour l'Aménagement Durable des Bords de "
	        "Loire et de ses Affluents ACHETEUR-FIN");
	fxt_compute(inv);
	char *t = text_of(inv, "fr", 0, 0, NULL);
	ck_assert_ptr_nonnull(strstr(t, "SCOP-FIN"));
	ck_assert_ptr_nonnull(strstr(t, "ACHETEUR-FIN"));
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* Renders an invoice in category cat and checks that the text holds want. */
static void vat_case(const char *cat, const char *rate, const char *reason, const char *want)
{
	fx_invoice *inv = fxt_invoice(1, cat, rate);
	fxt_compute(inv);
	if (reason)
		fxt_set(inv, &inv->vat_breakdown[0].exemption_reason, reason);
	char *t = text_of(inv, "fr", 0, 0, NULL);
	ck_assert_msg(strstr(t, want) != NULL, "category %s: \"%s\" missing", cat, want);
	free(t);
	fx_invoice_free(inv);
}

/* Standard rate with several rates: one breakdown row per rate. */
START_TEST(vat_standard_rates)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_line(inv, 2, "Jus de pomme", "10", "2.90", "S", "5.5");
	fxt_line(inv, 3, "Travaux de rénovation", "1", "100", "S", "10");
	fxt_compute(inv);
	char *t = text_of(inv, "fr", 0, 0, NULL);
	ck_assert_ptr_nonnull(strstr(t, "TVA 20 %"));
	ck_assert_ptr_nonnull(strstr(t, "TVA 5,5 %"));
	ck_assert_ptr_nonnull(strstr(t, "TVA 10 %"));
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* Every other VAT category prints its label or mention. */
START_TEST(vat_other_categories)
{
	vat_case("Z", "0", NULL, "taux zéro");
	vat_case("E", "0", "Exonération de TVA, article 261-4-4° du CGI", "article 261-4-4°");
	vat_case("AE", "0", "Autoliquidation", "Autoliquidation : la TVA est due par le preneur");
	vat_case("K", "0", NULL, "livraison intracommunautaire");
	vat_case("G", "0", NULL, "exportation hors de l'Union");
	vat_case("O", NULL, NULL, "hors du champ d'application");
}
END_TEST

/* VAT on debits and the operation category are printed. */
START_TEST(french_mentions)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	inv->vat_on_debits = true;
	inv->operation_category = FX_OPERATION_SERVICES;
	fxt_compute(inv);
	char *t = text_of(inv, "fr", 0, 0, NULL);
	ck_assert_ptr_nonnull(strstr(t, "Option pour le paiement de la taxe d'après les débits"));
	ck_assert_ptr_nonnull(strstr(t, "Prestation de services"));
	ck_assert_ptr_nonnull(strstr(t, "Pénalités de retard"));
	ck_assert_ptr_nonnull(strstr(t, "Aucun escompte"));
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* A credit note is titled AVOIR and names the invoice it corrects. */
START_TEST(credit_note)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_set(inv, &inv->type_code, "381");
	fx_preceding_invoice *p;
	ck_assert_int_eq(fx_invoice_add_preceding_invoice(inv, &p), FX_OK);
	fxt_set(inv, &p->number, "FA-2026-0007");
	ck_assert_int_eq(fx_date_parse("2026-10-15", 10, &p->date), FX_OK);
	fxt_compute(inv);
	char *t = text_of(inv, "fr", 0, 0, NULL);
	ck_assert_ptr_nonnull(strstr(t, "AVOIR"));
	ck_assert_ptr_nonnull(strstr(t, "FA-2026-0007 du 15/10/2026"));
	ck_assert_ptr_nonnull(strstr(t, "Montant de l'avoir"));
	ck_assert_ptr_nonnull(strstr(t, "Arrêté le présent avoir"));
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* English: labels, number and date formats. */
START_TEST(english)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_compute(inv);
	char *t = text_of(inv, "en", 0, 0, NULL);
	ck_assert_ptr_nonnull(strstr(t, "INVOICE"));
	ck_assert_ptr_nonnull(strstr(t, "€4,444.42"));
	ck_assert_ptr_nonnull(strstr(t, "24 Nov 2026"));
	ck_assert_ptr_nonnull(strstr(t, "Amount due"));
	ck_assert_ptr_nonnull(strstr(t, "four thousand four hundred forty-four euros and "
	                                "forty-two cents"));
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* Accents, €, guillemets, quotes and dashes survive text extraction. */
START_TEST(text_round_trip)
{
	const char *s = "Œuvre « spéciale » – l’été à Noël, 5 € — ÀÉÎÕÜ çœæß ĞŁŒŠŽ";
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	fxt_set(inv, &inv->lines[0].item_name, s);
	fxt_compute(inv);
	char *t = text_of(inv, "fr", 0, 0, NULL);
	/* the designation column wraps the name: check it piece by piece */
	static const char *const parts[] = {"Œuvre « spéciale » – l’été à Noël, 5 € —", "ÀÉÎÕÜ",
	                                    "çœæß ĞŁŒŠŽ"};
	for (int i = 0; i < 3; i++)
		ck_assert_msg(strstr(t, parts[i]) != NULL, "\"%s\" not extracted", parts[i]);
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* Every font is embedded (TrueType subsets); no standard 14 font appears. */
START_TEST(fonts_embedded)
{
	fx_invoice *inv = fxt_invoice(3, "S", "20");
	fxt_compute(inv);
	size_t len;
	unsigned char *pdf = fxt_render(inv, "fr", &len);
	char *out = fxt_tool("pdffonts", "", pdf, len, NULL);
	int fonts = 0;
	for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
		if (strncmp(line, "name", 4) == 0 || strncmp(line, "----", 4) == 0)
			continue;
		fonts++;
		ck_assert_msg(strstr(line, "CID TrueType") && strstr(line, " yes yes yes "),
		              "font not embedded as a subset with ToUnicode: %s", line);
		static const char *const base14[] = {"Helvetica", "Times", "Courier", "Symbol",
		                                     "ZapfDingbats"};
		for (int i = 0; i < 5; i++)
			ck_assert_msg(!strstr(line, base14[i]), "standard font: %s", line);
	}
	ck_assert_int_eq(fonts, 2);
	ck_assert_ptr_null(fxt_memmem(pdf, len, "/Helvetica", 10));
	free(out);
	free(pdf);
	fx_invoice_free(inv);
}
END_TEST

/* Same input, same bytes; the creation date is the only clock; 1 page <= 40 KB. */
START_TEST(deterministic_and_small)
{
	fx_invoice *inv = fxt_invoice(5, "S", "20");
	fxt_compute(inv);
	size_t a_len, b_len, c_len;
	unsigned char *a = fxt_render(inv, "fr", &a_len), *b = fxt_render(inv, "fr", &b_len);
	ck_assert_uint_eq(a_len, b_len);
	ck_assert(memcmp(a, b, a_len) == 0);
	ck_assert_int_eq(fxt_pages(a, a_len), 1);
	ck_assert_uint_le(a_len, 40 * 1024);
	ck_assert_ptr_nonnull(fxt_memmem(a, a_len, "D:20261124100000Z", 17));
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.creation_date = "2027-01-02T03:04:05+01:00";
	unsigned char *c;
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &c, &c_len), FX_OK);
	ck_assert_ptr_nonnull(fxt_memmem(c, c_len, "D:20270102030405+01'00'", 23));
	/* the file variant writes the same bytes */
	char path[] = "/tmp/fxt-render-file-XXXXXX";
	int fd = mkstemp(path);
	ck_assert(fd >= 0);
	close(fd);
	ck_assert_int_eq(fx_render_pdf_file(inv, &o, path), FX_OK);
	size_t f_len;
	char *f = fx_test_read(path, &f_len);
	ck_assert_uint_eq(f_len, c_len);
	ck_assert(memcmp(f, c, c_len) == 0);
	unlink(path);
	free(f);
	free(a);
	free(b);
	free(c);
	fx_invoice_free(inv);
}
END_TEST

/* The C locale of the process (fr_FR: decimal comma) does not change the bytes. */
START_TEST(under_french_locale)
{
	fx_invoice *inv = fxt_invoice(2, "S", "5.5");
	fxt_compute(inv);
	size_t a_len, b_len;
	unsigned char *a = fxt_render(inv, "fr", &a_len);
	if (!setlocale(LC_ALL, "fr_FR.UTF-8")) {
		printf("fr_FR.UTF-8 not installed: comparing under C.UTF-8\n");
		setlocale(LC_ALL, "C.UTF-8");
	}
	unsigned char *b = fxt_render(inv, "fr", &b_len);
	char *t = text_of(inv, "fr", 0, 0, NULL);
	setlocale(LC_ALL, "C");
	ck_assert_uint_eq(a_len, b_len);
	ck_assert(memcmp(a, b, a_len) == 0);
	ck_assert_ptr_nonnull(strstr(t, "TVA 5,5 %"));
	free(a);
	free(b);
	free(t);
	fx_invoice_free(inv);
}
END_TEST

/* Wrong calls are refused with a message. */
START_TEST(errors)
{
	fx_invoice *inv = fxt_invoice(1, "S", "20");
	unsigned char *pdf;
	size_t len;
	ck_assert_int_eq(fx_render_pdf_memory(inv, NULL, &pdf, &len), FX_EMISSING);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "fx_invoice_compute"));
	fxt_compute(inv);
	fx_render_options o = FX_RENDER_OPTIONS_INIT;
	o.version = 99;
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_EUSAGE);
	o.version = FX_RENDER_OPTIONS_VERSION;
	o.language = "de";
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_EUSAGE);
	o.language = "fr";
	o.template_path = "/nonexistent/template.json";
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_EIO);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "/nonexistent/template.json"));
	o.template_path = NULL;
	o.creation_date = "yesterday";
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_EUSAGE);
	o.creation_date = NULL;
	o.logo_path = "/nonexistent/logo.png";
	ck_assert_int_eq(fx_render_pdf_memory(inv, &o, &pdf, &len), FX_EIO);
	fx_invoice_free(inv);
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("render");
	TCase *tc = tcase_create("render");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, one_line);
	tcase_add_test(tc, two_hundred_lines);
	tcase_add_test(tc, long_description);
	tcase_add_test(tc, long_party_names);
	tcase_add_test(tc, vat_standard_rates);
	tcase_add_test(tc, vat_other_categories);
	tcase_add_test(tc, french_mentions);
	tcase_add_test(tc, credit_note);
	tcase_add_test(tc, english);
	tcase_add_test(tc, text_round_trip);
	tcase_add_test(tc, fonts_embedded);
	tcase_add_test(tc, deterministic_and_small);
	tcase_add_test(tc, under_french_locale);
	tcase_add_test(tc, errors);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite (skipped without poppler-utils). */
int main(void)
{
	fxt_require("pdftotext");
	fxt_require("pdffonts");
	return fx_test_run(suite());
}
