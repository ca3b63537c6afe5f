/*
 * "facturx describe": CII XML invoice -> JSON invoice description.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "facturx.h"

enum { OPT_OUTPUT, OPT_HELP, N_OPTS };

static const fx_cli_option describe_options[N_OPTS] = {
    [OPT_OUTPUT] = {"output", 'o', true, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/* Reads the XML invoice at path; *out receives the model with its profile. */
static int load_xml(const char *path, fx_invoice **out)
{
	char *data;
	size_t len;
	int rc = fx_cli_read_input(path, &data, &len);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	fx_invoice *inv = NULL;
	int profile = -1;
	const char *source = strcmp(path, "-") == 0 ? "<stdin>" : path;
	int lrc = fx_cii_read_memory(data, len, source, &inv, &profile);
	free(data);
	if (lrc != FX_OK)
		return fx_cli_library_error(lrc);
	if (!inv->has_profile && profile >= 0) {
		inv->has_profile = true;
		inv->profile = (fx_profile)profile;
	}
	*out = inv;
	return FX_CLI_EXIT_OK;
}

/* Runs "facturx describe [OPTIONS] INVOICE.xml". */
int fx_cli_cmd_describe(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("describe", describe_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("describe");
	if (args.n_positional == 0)
		return fx_cli_usage_error("describe", "missing the XML invoice INVOICE.xml");
	if (args.n_positional > 1)
		return fx_cli_usage_error("describe",
		                          "too many arguments (one INVOICE.xml expected)");
	fx_invoice *inv = NULL;
	rc = load_xml(args.positional[0], &inv);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	char *json = NULL;
	size_t len = 0;
	int lrc = fx_json_write_memory(inv, &json, &len);
	fx_invoice_free(inv);
	if (lrc != FX_OK)
		return fx_cli_library_error(lrc);
	rc = fx_cli_write_output(args.value[OPT_OUTPUT], json, len);
	free(json);
	return rc;
}
