/*
 * Test helper of the CLI cases: draws, with libharu, the visual PDFs a
 * program other than facturx would make, for "facturx embed":
 *   DIR/clean.pdf   one page in DejaVu Sans, embedded (can become PDF/A-3b)
 *   DIR/base14.pdf  the same page with a line in the Base-14 Helvetica,
 *                   which is not embedded (must be refused)
 * Usage: make_pdf DIR FONT.ttf (DIR is created when absent)
 */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* libharu error handler: prints the error numbers and exits with status 1.
 * error/detail: libharu's codes; data: unused. */
static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	(void)data;
	fprintf(stderr, "make_pdf: libharu error 0x%04X (detail %u)\n", (unsigned)error,
	        (unsigned)detail);
	exit(1);
}

/* Writes dir/name: an invoice-like page in the TrueType font ttf, plus a
 * line in Helvetica when base14 is non-zero. Returns 0 or 1. */
static int draw(const char *dir, const char *name, const char *ttf, int base14)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	HPDF_Doc pdf = HPDF_New(on_error, NULL);
	if (!pdf)
		return 1;
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(pdf);
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	HPDF_Font font = HPDF_GetFont(pdf, HPDF_LoadTTFontFromFile(pdf, ttf, HPDF_TRUE), "UTF-8");
	HPDF_Page page = HPDF_AddPage(pdf);
	HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
	HPDF_Page_BeginText(page);
	HPDF_Page_SetFontAndSize(page, font, 16);
	HPDF_Page_TextOut(page, 50, 780, "Facture MIN-2026-001 (dessinée par un ERP)");
	HPDF_Page_SetFontAndSize(page, font, 11);
	HPDF_Page_TextOut(page, 50, 750, "Cabinet Bernard Conseil → Société Hôtelière");
	HPDF_Page_TextOut(page, 50, 730, "Total TTC : 1 500,00 €");
	HPDF_Page_EndText(page);
	if (base14) {
		HPDF_Page_BeginText(page);
		HPDF_Page_SetFontAndSize(page, HPDF_GetFont(pdf, "Helvetica", NULL), 10);
		HPDF_Page_TextOut(page, 50, 700, "Printed with a font that is not embedded");
		HPDF_Page_EndText(page);
	}
	HPDF_STATUS st = HPDF_SaveToFile(pdf, path);
	HPDF_Free(pdf);
	if (st != HPDF_OK) {
		fprintf(stderr, "make_pdf: cannot write %s\n", path);
		return 1;
	}
	printf("make_pdf: wrote %s\n", path);
	return 0;
}

/* Creates dir and its missing parents (as mkdir -p; errors show later). */
static void make_dirs(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof path, "%s", dir);
	for (char *p = path + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(path, 0777);
			*p = '/';
		}
	mkdir(path, 0777);
}

/* Writes the two PDFs into argv[1] with the font argv[2]. */
int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: make_pdf DIR FONT.ttf\n");
		return 2;
	}
	make_dirs(argv[1]);
	return draw(argv[1], "clean.pdf", argv[2], 0) | draw(argv[1], "base14.pdf", argv[2], 1);
}
