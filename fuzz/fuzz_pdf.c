/*
 * Fuzz target for the PDF container: any bytes are opened as a PDF, their
 * attachments listed and decoded, the XMP level read, the embeddability
 * check run; when the bytes are accepted as a visual PDF, the assembled
 * Factur-X file must read back with the very same XML and level.
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A small invoice XML to embed. */
static const char fuzz_xml[] =
    "<?xml version=\"1.0\"?><rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:"
    "data:standard:CrossIndustryInvoice:100\"/>";

/* Stops the run with the library's last message (a finding). */
static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_pdf: %s: %s\n", what, fx_error_last()->message);
	abort();
}

/* Reads everything the reader offers; decoding may fail, never crash. */
static void fuzz_read(const uint8_t *data, size_t size)
{
	fx_pdf_read_options ro = FX_PDF_READ_OPTIONS_INIT;
	ro.max_attachment_size = (size_t)4 << 20;
	fx_pdf_reader *r = NULL;
	if (fx_pdf_reader_open_memory(data, size, "fuzz.pdf", &ro, &r) != FX_OK)
		return;
	for (size_t i = 0; i < fx_pdf_reader_attachment_count(r); i++) {
		const fx_pdf_attachment *a = fx_pdf_reader_attachment(r, i);
		if (!a || !a->name || !a->mime_type || !a->description || !a->relationship_name)
			fuzz_fail("attachment description with a NULL field");
		unsigned char *out = NULL;
		size_t len = 0;
		if (fx_pdf_reader_extract(r, i, &out, &len) == FX_OK && out[len] != '\0')
			fuzz_fail("extracted data is not NUL-terminated");
		free(out);
	}
	const char *level;
	fx_pdf_reader_conformance_level(r, &level);
	fx_pdf_reader_free(r);
}

/* Assembles the input as a visual PDF and checks the round trip. */
static void fuzz_assemble(const uint8_t *data, size_t size)
{
	static const fx_pdf_date date = {2025, 1, 2, 3, 4, 5, 0};
	fx_pdf_assemble_options o = FX_PDF_ASSEMBLE_OPTIONS_INIT;
	o.date = &date;
	o.title = "fuzz";
	unsigned char *pdf = NULL;
	size_t len = 0;
	int rc = fx_pdf_assemble(data, size, fuzz_xml, sizeof fuzz_xml - 1, FX_PROFILE_BASIC_WL, &o,
	                         &pdf, &len);
	if (rc == FX_EIO)
		fuzz_fail("the ICC profile is missing");
	if (rc != FX_OK)
		return;
	fx_pdf_reader *r = NULL;
	if (fx_pdf_reader_open_memory(pdf, len, "assembled.pdf", NULL, &r) != FX_OK)
		fuzz_fail("the assembled file does not open");
	unsigned char *xml = NULL;
	size_t xml_len = 0;
	fx_pdf_flavour fl;
	const char *level = NULL;
	if (fx_pdf_reader_extract_invoice(r, &xml, &xml_len, &fl) != FX_OK)
		fuzz_fail("the assembled file has no readable factur-x.xml");
	if (fl != FX_PDF_FLAVOUR_FACTURX || xml_len != sizeof fuzz_xml - 1 ||
	    memcmp(xml, fuzz_xml, xml_len) != 0)
		fuzz_fail("factur-x.xml does not read back identical");
	if (fx_pdf_reader_conformance_level(r, &level) != FX_OK || strcmp(level, "BASIC WL") != 0)
		fuzz_fail("the XMP level does not read back");
	free(xml);
	fx_pdf_reader_free(r);
	free(pdf);
}

/* One input: read, check, assemble. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read(data, size);
	fx_pdf_issues *issues = NULL;
	if (fx_pdf_check_embeddable(data, size, "fuzz.pdf", &issues) == FX_OK) {
		for (size_t i = 0; i < fx_pdf_issues_count(issues); i++)
			if (!fx_pdf_issues_get(issues, i)->message)
				fuzz_fail("issue without a message");
		fx_pdf_issues_free(issues);
	}
	fuzz_assemble(data, size);
	return 0;
}
