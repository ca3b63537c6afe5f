/*
 * "facturx chorus lookup SIRET": a structure on Chorus Pro, or in the
 * imported directory.
 */
#include <stdio.h>

#include "chorus.h"

enum { L_SERVICE, L_OFFLINE, L_CONFIG, L_ANNUAIRE, L_VERBOSE, L_HELP, L_COUNT };

static const fx_cli_option lookup_options[L_COUNT] = {
    [L_SERVICE] = {"service", 0, true, false},    [L_OFFLINE] = {"offline", 0, false, false},
    [L_CONFIG] = {"config", 0, true, false},      [L_ANNUAIRE] = {"annuaire", 0, true, false},
    [L_VERBOSE] = {"verbose", 'v', false, false}, [L_HELP] = {"help", 'h', false, false},
};

/* Looks siret up: on the API when use_api, falling back on the directory
 * when the API cannot be reached; *out receives the structure. Returns the
 * exit code (the failure printed). */
static int find(fx_cli_chorus *ctx, bool use_api, const char *siret, const char *service,
                fx_chorus_structure **out)
{
	int lrc = FX_ENET;
	if (use_api) {
		if (fx_cli_chorus_connect(ctx) != FX_CLI_EXIT_OK)
			return FX_CLI_EXIT_USAGE;
		lrc = fx_chorus_lookup(ctx->client, siret, service, out);
		if (lrc != FX_ENET)
			return lrc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_chorus_fail(NULL, lrc);
		fprintf(stderr, "facturx: %s; trying the imported directory\n",
		        fx_error_last()->message);
	}
	const char *db = fx_cli_chorus_annuaire(ctx);
	int drc = db ? fx_chorus_annuaire_lookup(db, siret, out) : FX_EMISSING;
	if (drc == FX_OK)
		return FX_CLI_EXIT_OK;
	if (!db)
		fprintf(stderr, "facturx: no directory location: set 'annuaire', XDG_DATA_HOME or "
		                "HOME\n");
	int code = db ? fx_cli_chorus_fail(NULL, drc) : FX_CLI_EXIT_USAGE;
	return use_api ? FX_CLI_EXIT_NETWORK : code;
}

/* Runs "facturx chorus lookup [OPTIONS] SIRET". */
int fx_cli_chorus_lookup(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("chorus lookup", lookup_options, L_COUNT, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[L_HELP])
		return fx_cli_print_help("chorus lookup");
	if (args.n_positional != 1)
		return fx_cli_usage_error("chorus lookup", args.n_positional ? "too many arguments"
		                                                             : "missing the SIRET");
	fx_cli_chorus ctx;
	rc = fx_cli_chorus_start(&ctx, "chorus lookup", &args,
	                         (fx_cli_chorus_opts){L_CONFIG, -1, L_ANNUAIRE, L_VERBOSE});
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	const char *siret = args.positional[0];
	const char *service = args.value[L_SERVICE];
	fx_chorus_structure *s = NULL;
	bool use_api = !args.seen[L_OFFLINE] && fx_cli_chorus_has_credentials(ctx.cfg);
	rc = find(&ctx, use_api, siret, service, &s);
	if (rc == FX_CLI_EXIT_OK)
		fx_cli_chorus_print_structure(s, service);
	fx_chorus_structure_free(s);
	fx_cli_chorus_finish(&ctx);
	return rc;
}
