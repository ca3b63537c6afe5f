/*
 * Fixtures of the PDF container tests: visual PDFs drawn with libharu, a
 * small CII XML per profile, temporary folders and qpdf-based edits.
 * Included by one test program each (static functions).
 */
#ifndef FX_TEST_PDF_FIXTURES_H
#define FX_TEST_PDF_FIXTURES_H

#include <hpdf.h>
#include <qpdf/qpdf-c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "facturx.h"
#include "test_support.h"

#define FIX_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

/* What a visual test PDF contains. */
enum fix_flags {
	FIX_HELVETICA = 1,   /* also text in the non-embedded Base-14 Helvetica */
	FIX_CMYK = 2,        /* a rectangle filled in DeviceCMYK */
	FIX_ENCRYPT = 4,     /* encrypted with a user password */
	FIX_ENCRYPT_OPEN = 8 /* encrypted, empty user password */
};

/* libharu error handler: fails the test with the error numbers. */
static inline void fix_haru_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	(void)data;
	ck_abort_msg("libharu error 0x%04X (detail %u)", (unsigned)error, (unsigned)detail);
}

/* Draws a one-page invoice-like PDF with libharu; returns malloc'ed bytes. */
static inline unsigned char *fix_visual_pdf(int flags, size_t *len)
{
	HPDF_Doc pdf = HPDF_New(fix_haru_error, NULL);
	ck_assert_ptr_nonnull(pdf);
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(pdf);
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	const char *fname = HPDF_LoadTTFontFromFile(pdf, FIX_FONT, HPDF_TRUE);
	HPDF_Font font = HPDF_GetFont(pdf, fname, "UTF-8");
	HPDF_Page page = HPDF_AddPage(pdf);
	HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
	HPDF_Page_BeginText(page);
	HPDF_Page_SetFontAndSize(page, font, 14);
	HPDF_Page_TextOut(page, 50, 780, "Facture n° 1 – 1 234,56 €");
	HPDF_Page_SetFontAndSize(page, font, 10);
	HPDF_Page_TextOut(page, 50, 760, "Société Exemple SARL, 1 rue de la Paix, Paris");
	HPDF_Page_EndText(page);
	if (flags & FIX_HELVETICA) {
		HPDF_Font helv = HPDF_GetFont(pdf, "Helvetica", NULL);
		HPDF_Page_BeginText(page);
		HPDF_Page_SetFontAndSize(page, helv, 10);
		HPDF_Page_TextOut(page, 50, 740, "Total 1234.56 EUR");
		HPDF_Page_EndText(page);
	}
	if (flags & FIX_CMYK) {
		HPDF_Page_SetCMYKFill(page, 0, 0, 0, 1);
		HPDF_Page_Rectangle(page, 50, 700, 100, 20);
		HPDF_Page_Fill(page);
	}
	if (flags & FIX_ENCRYPT)
		HPDF_SetPassword(pdf, "owner-secret", "user-secret");
	if (flags & FIX_ENCRYPT_OPEN)
		HPDF_SetPassword(pdf, "owner-secret", "");
	HPDF_SaveToStream(pdf);
	HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
	unsigned char *buf = malloc(size ? size : 1);
	ck_assert_ptr_nonnull(buf);
	HPDF_ResetStream(pdf);
	HPDF_UINT32 got = 0;
	while (got < size) {
		HPDF_UINT32 n = size - got;
		HPDF_ReadFromStream(pdf, buf + got, &n);
		if (n == 0)
			break;
		got += n;
	}
	ck_assert_uint_eq(got, size);
	HPDF_Free(pdf);
	*len = size;
	return buf;
}

/* A small CII document carrying the profile's BT-24 (malloc'ed). */
static inline char *fix_xml(fx_profile p, const char *number)
{
	char *x = malloc(2048);
	ck_assert_ptr_nonnull(x);
	snprintf(x, 2048,
	         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	         "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:"
	         "CrossIndustryInvoice:100\" xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
	         "ReusableAggregateBusinessInformationEntity:100\">\n"
	         " <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
	         "<ram:ID>%s</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
	         "</rsm:ExchangedDocumentContext>\n"
	         " <rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode>"
	         "</rsm:ExchangedDocument>\n"
	         "</rsm:CrossIndustryInvoice>\n",
	         fx_profile_guideline_id(p), number);
	return x;
}

/* A fixed date: 2025-03-14 10:20:30 +01:00. */
static const fx_pdf_date fix_date = {2025, 3, 14, 10, 20, 30, 60};

/* Options with every document field set and one extra attachment. */
static inline fx_pdf_assemble_options fix_options(const fx_pdf_extra_file *extra, size_t n)
{
	fx_pdf_assemble_options o;
	ck_assert_int_eq(fx_pdf_assemble_options_init(&o, FX_PDF_ASSEMBLE_OPTIONS_VERSION), FX_OK);
	o.title = "Facture n° 1";
	o.author = "ACME & Fils <SARL>";
	o.subject = "Facture F-1 du 14/03/2025";
	o.keywords = "facture, Factur-X";
	o.creator = "facturx tests";
	o.date = &fix_date;
	o.attachments = extra;
	o.attachment_count = n;
	return o;
}

/* Creates a temporary folder (malloc'ed path). */
static inline char *fix_tmpdir(void)
{
	char *d = strdup("/tmp/fx-pdf-test-XXXXXX");
	ck_assert_ptr_nonnull(d);
	ck_assert_ptr_nonnull(mkdtemp(d));
	return d;
}

/* Writes bytes to dir/name and returns the malloc'ed path. */
static inline char *fix_write(const char *dir, const char *name, const void *data, size_t len)
{
	char *p = fx_test_path(dir, name);
	FILE *f = fopen(p, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
	return p;
}

/* Removes dir and the files in it (names given). */
static inline void fix_cleanup(char *dir, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *p = fx_test_path(dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
	free(dir);
}

/* Runs a shell command and returns its exit status (-1 if it did not run). */
static inline int fix_run(const char *cmd)
{
	int st = system(cmd);
	if (st == -1 || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

/* Opens bytes with qpdf's C API for inspection or edits. */
static inline qpdf_data fix_qpdf(const unsigned char *pdf, size_t len)
{
	qpdf_data q = qpdf_init();
	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	ck_assert_int_eq(qpdf_read_memory(q, "test", (const char *)pdf, len, "") & QPDF_ERRORS, 0);
	return q;
}

/* Writes a qpdf session to memory (malloc'ed copy), stream data as given. */
static inline unsigned char *fix_qpdf_write(qpdf_data q, size_t *len)
{
	ck_assert_int_eq(qpdf_init_write_memory(q) & QPDF_ERRORS, 0);
	qpdf_set_object_stream_mode(q, qpdf_o_disable);
	qpdf_set_stream_data_mode(q, qpdf_s_preserve);
	ck_assert_int_eq(qpdf_write(q) & QPDF_ERRORS, 0);
	*len = qpdf_get_buffer_length(q);
	unsigned char *out = malloc(*len);
	ck_assert_ptr_nonnull(out);
	memcpy(out, qpdf_get_buffer(q), *len);
	return out;
}

#endif
