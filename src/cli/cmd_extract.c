/*
 * "facturx extract": writes the invoice XML a Factur-X (or ZUGFeRD,
 * XRechnung) PDF carries, or another attachment named with --name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_OUTPUT, OPT_NAME, OPT_HELP, N_OPTS };

static const fx_cli_option extract_options[N_OPTS] = {
    [OPT_OUTPUT] = {"output", 'o', true, false},
    [OPT_NAME] = {"name", 0, true, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/* Returns what flavour means, for the note on a legacy invoice. */
static const char *flavour_text(fx_pdf_flavour flavour)
{
	switch (flavour) {
	case FX_PDF_FLAVOUR_ZUGFERD1:
		return "a ZUGFeRD 1.0 invoice";
	case FX_PDF_FLAVOUR_ZUGFERD2:
		return "a ZUGFeRD 2.0 invoice";
	case FX_PDF_FLAVOUR_XRECHNUNG:
		return "an XRechnung invoice (ZUGFeRD XRECHNUNG profile)";
	default:
		return "a Factur-X invoice";
	}
}

/* Finds the attachment to write in r: the one named name, else the
 * invoice XML. pdf: the file's name for messages; index: receives it. */
static int find(fx_pdf_reader *r, const char *pdf, const char *name, size_t *index)
{
	if (name) {
		for (size_t i = 0; i < fx_pdf_reader_attachment_count(r); i++)
			if (strcmp(fx_pdf_reader_attachment(r, i)->name, name) == 0) {
				*index = i;
				return FX_CLI_EXIT_OK;
			}
		fprintf(stderr,
		        "facturx: %s has no attachment named '%s' (list them with "
		        "'facturx attachments')\n",
		        pdf, name);
		return FX_CLI_EXIT_INVALID;
	}
	fx_pdf_flavour flavour;
	int rc = fx_pdf_reader_find_invoice(r, index, &flavour);
	if (rc == FX_EMISSING) {
		fprintf(stderr, "facturx: %s carries no invoice XML (none of %s, %s, %s, %s)\n",
		        pdf, fx_pdf_flavour_file_name(FX_PDF_FLAVOUR_FACTURX),
		        fx_pdf_flavour_file_name(FX_PDF_FLAVOUR_ZUGFERD1),
		        fx_pdf_flavour_file_name(FX_PDF_FLAVOUR_ZUGFERD2),
		        fx_pdf_flavour_file_name(FX_PDF_FLAVOUR_XRECHNUNG));
		return FX_CLI_EXIT_INVALID;
	}
	if (rc != FX_OK)
		return fx_cli_library_error(rc);
	if (flavour != FX_PDF_FLAVOUR_FACTURX)
		fprintf(stderr, "facturx: note: %s carries %s, named %s, not %s\n", pdf,
		        flavour_text(flavour), fx_pdf_flavour_file_name(flavour), FX_PDF_XML_NAME);
	return FX_CLI_EXIT_OK;
}

/* Runs "facturx extract [OPTIONS] FILE.pdf". */
int fx_cli_cmd_extract(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("extract", extract_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("extract");
	if (args.n_positional == 0)
		return fx_cli_usage_error("extract", "missing the PDF file FILE.pdf");
	if (args.n_positional > 1)
		return fx_cli_usage_error("extract", "too many arguments (one FILE.pdf expected)");
	const char *path = args.positional[0];
	fx_pdf_reader *r = NULL;
	rc = fx_cli_open_pdf(path, &r);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	size_t index = 0;
	rc = find(r, strcmp(path, "-") == 0 ? "<stdin>" : path, args.value[OPT_NAME], &index);
	unsigned char *data = NULL;
	size_t len = 0;
	if (rc == FX_CLI_EXIT_OK) {
		int lrc = fx_pdf_reader_extract(r, index, &data, &len);
		rc = lrc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(lrc);
	}
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_write_output(args.value[OPT_OUTPUT], (const char *)data, len);
	free(data);
	fx_pdf_reader_free(r);
	return rc;
}
