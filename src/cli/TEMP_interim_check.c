/* TEMPORARY (h8): removed when the validator lands (src/validate/validate.c);
 * build/pending/check.c then goes to src/chorus/check.c and
 * build/pending/cmd_chorus_check.c to src/cli. */
#include <stdio.h>

#include "chorus.h"

int fx_cli_chorus_check_file(fx_cli_chorus *ctx, const char *path, const char *data, size_t len,
                             bool offline)
{
	fprintf(stderr, "facturx: check needs the validator (not there yet); use --force\n");
	return FX_CLI_EXIT_USAGE;
}

int fx_cli_chorus_check(int argc, char **argv)
{
	static const fx_cli_option opts[] = {{"offline", 0, false, false},
	                                     {"config", 0, true, false},
	                                     {"annuaire", 0, true, false},
	                                     {"verbose", 'v', false, false},
	                                     {"help", 'h', false, false}};
	fx_cli_args args;
	int rc = fx_cli_parse("chorus check", opts, 5, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[4])
		return fx_cli_print_help("chorus check");
	fprintf(stderr, "facturx: check needs the validator (not there yet)\n");
	return FX_CLI_EXIT_USAGE;
}
