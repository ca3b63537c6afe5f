/*
 * "facturx xml": JSON description -> computed invoice -> Factur-X CII XML.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "facturx.h"

enum { OPT_PROFILE, OPT_OUTPUT, OPT_COMPACT, OPT_RULES_ONLY, OPT_HELP, N_OPTS };

static const fx_cli_option xml_options[N_OPTS] = {
    [OPT_PROFILE] = {"profile", 'p', true, false},
    [OPT_OUTPUT] = {"output", 'o', true, false},
    [OPT_COMPACT] = {"compact", 0, false, false},
    [OPT_RULES_ONLY] = {"rules-only", 0, false, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/* Writes inv as XML to path (a file written atomically, or stdout). */
static int write_xml(const fx_invoice *inv, const fx_cii_options *opts, const char *path)
{
	int rc;
	if (path && strcmp(path, "-") != 0) {
		rc = fx_cii_write_file(inv, opts, path);
		return rc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(rc);
	}
	char *xml = NULL;
	size_t len = 0;
	rc = fx_cii_write_memory(inv, opts, &xml, &len);
	if (rc != FX_OK)
		return fx_cli_library_error(rc);
	rc = fx_cli_write_output(NULL, xml, len);
	free(xml);
	return rc;
}

/* Runs "facturx xml [OPTIONS] INVOICE.json". */
int fx_cli_cmd_xml(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("xml", xml_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("xml");
	if (args.n_positional == 0)
		return fx_cli_usage_error("xml", "missing the invoice description INVOICE.json");
	if (args.n_positional > 1)
		return fx_cli_usage_error("xml", "too many arguments (one INVOICE.json expected)");
	fx_profile profile = FX_PROFILE_EN16931;
	if (args.seen[OPT_PROFILE]) {
		rc = fx_cli_parse_profile("xml", args.value[OPT_PROFILE], &profile);
		if (rc != FX_CLI_EXIT_OK)
			return rc;
	}
	fx_invoice *inv = NULL;
	rc = fx_cli_load_invoice(args.positional[0], args.seen[OPT_RULES_ONLY], &inv);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	fx_cii_options opts = FX_CII_OPTIONS_INIT;
	if (!args.seen[OPT_PROFILE] && inv->has_profile)
		profile = inv->profile;
	opts.profile = profile;
	opts.compact = args.seen[OPT_COMPACT];
	rc = write_xml(inv, &opts, args.value[OPT_OUTPUT]);
	fx_invoice_free(inv);
	return rc;
}
