/*
 * generate_invoice - makes the Factur-X PDF/A-3b file of an invoice
 * description with the facturx C API, then opens it again to show what it
 * carries.
 *
 *   generate_invoice INVOICE.json OUTPUT.pdf [fr|en]
 *
 * The steps:
 *   1. fx_json_read_file() reads the description (docs/invoice-json.md);
 *   2. fx_invoice_compute() computes line amounts, VAT breakdown, totals;
 *   3. fx_generate_file() writes, in one call and from the same computed
 *      invoice, the CII XML of the profile, the page a person reads, and
 *      the PDF/A-3b container that embeds the XML as factur-x.xml. The file
 *      is written atomically: on error OUTPUT.pdf is left as it was;
 *   4. fx_pdf_reader_*() lists the embedded files and reads the XML back.
 * The creation date comes from $SOURCE_DATE_EPOCH when it is set (same
 * input, same bytes), else it is the current time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <facturx.h>

/* Prints the files that the PDF at path embeds and the size of its
 * invoice XML. Returns FX_OK or an error code. */
static int show(const char *path)
{
	fx_pdf_reader *r = NULL;
	int rc = fx_pdf_reader_open_file(path, NULL, &r);
	if (rc != FX_OK)
		return rc;
	const char *level = "?";
	rc = fx_pdf_reader_conformance_level(r, &level);
	for (size_t i = 0; rc == FX_OK && i < fx_pdf_reader_attachment_count(r); i++) {
		const fx_pdf_attachment *a = fx_pdf_reader_attachment(r, i);
		printf("  embedded: %s (%s, AFRelationship %s)\n", a->name, a->mime_type,
		       a->relationship_name);
	}
	unsigned char *xml = NULL;
	size_t len = 0;
	if (rc == FX_OK)
		rc = fx_pdf_reader_extract_invoice(r, &xml, &len, NULL);
	if (rc == FX_OK)
		printf("  factur-x.xml: %zu bytes, conformance level %s\n", len, level);
	free(xml);
	fx_pdf_reader_free(r);
	return rc;
}

/* Generates argv[2] from the description argv[1] in the language argv[3]. */
int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: generate_invoice INVOICE.json OUTPUT.pdf [fr|en]\n");
		return 2;
	}
	fx_invoice *inv = NULL;
	int rc = fx_json_read_file(argv[1], &inv);
	if (rc == FX_OK)
		rc = fx_invoice_compute(inv, NULL);
	if (rc == FX_OK) {
		fx_generate_options opts = FX_GENERATE_OPTIONS_INIT; /* the invoice's profile */
		opts.language = argc > 3 ? argv[3] : "fr";
		rc = fx_generate_file(inv, &opts, argv[2]);
	}
	if (rc == FX_OK) {
		char due[FX_DECIMAL_STRLEN];
		fx_decimal_format(inv->totals.due, due, sizeof(due));
		printf("%s: Factur-X PDF of invoice %s, amount due %s %s (facturx %s)\n", argv[2],
		       inv->number, due, inv->currency, fx_version());
		rc = show(argv[2]);
	}
	if (rc != FX_OK) {
		fprintf(stderr, "generate_invoice: %s\n", fx_error_last()->message);
		fx_invoice_free(inv);
		return 1;
	}
	fx_invoice_free(inv);
	return 0;
}
