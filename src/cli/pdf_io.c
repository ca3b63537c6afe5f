/*
 * PDF files of the commands: opening one for reading, writing one the
 * library made (to a file, atomically, or to standard output).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Reads the PDF at path ("-": standard input) and opens a reader on it. */
int fx_cli_open_pdf(const char *path, fx_pdf_reader **out)
{
	char *data;
	size_t len;
	int rc = fx_cli_read_input(path, &data, &len);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	const char *source = strcmp(path, "-") == 0 ? "<stdin>" : path;
	rc = fx_pdf_reader_open_memory(data, len, source, NULL, out);
	free(data);
	return rc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(rc);
}

/* Writes pdf (len bytes) to path ("-": standard output) and frees it. */
int fx_cli_write_pdf(const char *path, unsigned char *pdf, size_t len)
{
	int rc = fx_cli_write_output(path, (const char *)pdf, len);
	free(pdf);
	return rc;
}
