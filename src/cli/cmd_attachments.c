/*
 * "facturx attachments": lists the files a PDF embeds, one line each:
 * name, MIME type, AFRelationship, size and description, tab-separated.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

enum { OPT_HELP, N_OPTS };

static const fx_cli_option attachments_options[N_OPTS] = {
    [OPT_HELP] = {"help", 'h', false, false},
};

/* Writes text to f, "-" when empty, with tabs and line breaks turned into
 * spaces so that every file stays on one line; then sep. */
static void put_field(FILE *f, const char *text, char sep)
{
	if (!text[0])
		fputc('-', f);
	for (const char *p = text; *p; p++)
		fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, f);
	fputc(sep, f);
}

/* Writes the line of attachment a to f. */
static void put_line(FILE *f, const fx_pdf_attachment *a)
{
	char size[32] = "-";
	if (a->size >= 0)
		snprintf(size, sizeof size, "%lld", a->size);
	put_field(f, a->name, '\t');
	put_field(f, a->mime_type, '\t');
	put_field(f, a->relationship_name, '\t');
	put_field(f, size, '\t');
	put_field(f, a->description, '\n');
}

/* Runs "facturx attachments FILE.pdf". */
int fx_cli_cmd_attachments(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("attachments", attachments_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("attachments");
	if (args.n_positional == 0)
		return fx_cli_usage_error("attachments", "missing the PDF file FILE.pdf");
	if (args.n_positional > 1)
		return fx_cli_usage_error("attachments",
		                          "too many arguments (one FILE.pdf expected)");
	fx_pdf_reader *r = NULL;
	rc = fx_cli_open_pdf(args.positional[0], &r);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	for (size_t i = 0; f && i < fx_pdf_reader_attachment_count(r); i++)
		put_line(f, fx_pdf_reader_attachment(r, i));
	fx_pdf_reader_free(r);
	int failed = !f;
	if (f) {
		failed = ferror(f);
		failed |= fclose(f) != 0;
	}
	if (failed) {
		free(text);
		fputs("facturx: out of memory\n", stderr);
		return FX_CLI_EXIT_USAGE;
	}
	rc = fx_cli_write_output(NULL, text, len);
	free(text);
	return rc;
}
