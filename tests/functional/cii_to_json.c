/*
 * Internal tool (not installed): converts a CII XML invoice into the JSON
 * invoice description, to create examples/cen/<name>.json from the
 * official CEN examples.
 * Usage: cii_to_json <input.xml> [<output.json>]   (stdout without output)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/file.h"
#include "facturx.h"

/* Converts one file; returns the process exit status. */
int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: %s <input.xml> [<output.json>]\n", argv[0]);
		return 2;
	}
	char *xml = NULL;
	size_t len = 0;
	fx_invoice *inv = NULL;
	char *json = NULL;
	size_t json_len = 0;
	const char *name = strrchr(argv[1], '/') ? strrchr(argv[1], '/') + 1 : argv[1];
	int rc = fx_file_read(argv[1], &xml, &len);
	if (!rc)
		rc = fx_cii_read_memory(xml, len, name, &inv, NULL);
	if (!rc)
		rc = fx_json_write_memory(inv, &json, &json_len);
	if (!rc) {
		if (argc == 3)
			rc = fx_file_write_atomic(argv[2], json, json_len);
		else if (fwrite(json, 1, json_len, stdout) != json_len)
			rc = FX_EIO;
	}
	if (rc)
		fprintf(stderr, "cii_to_json: %s\n", fx_error_last()->message);
	free(json);
	fx_invoice_free(inv);
	free(xml);
	return rc ? 1 : 0;
}
