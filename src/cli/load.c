/*
 * Loading an invoice description: read, then computed (and checked).
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Reads and computes the description at path ("-": standard input). */
int fx_cli_load_invoice(const char *path, int rules_only, fx_invoice **out)
{
	char *data;
	size_t len;
	int rc = fx_cli_read_input(path, &data, &len);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	fx_invoice *inv = NULL;
	const char *source = strcmp(path, "-") == 0 ? "<stdin>" : path;
	int lrc = fx_json_read_memory(data, len, source, &inv);
	free(data);
	if (lrc != FX_OK)
		return fx_cli_library_error(lrc);
	/* Computation messages name the BT, not the file: the file comes first. */
	fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
	copts.rules_only = rules_only;
	lrc = fx_invoice_compute(inv, &copts);
	if (lrc != FX_OK) {
		fx_invoice_free(inv);
		return fx_cli_library_error_in(source, lrc);
	}
	*out = inv;
	return FX_CLI_EXIT_OK;
}
