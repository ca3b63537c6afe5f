/*
 * "facturx chorus": dispatch to the sub-commands; "chorus config" and
 * "chorus annuaire import".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus.h"

/** A sub-command and its entry point. */
typedef struct subcommand {
	const char *name;
	int (*run)(int argc, char **argv);
} subcommand;

static const subcommand subcommands[] = {
    {"lookup", fx_cli_chorus_lookup},   {"check", fx_cli_chorus_check},
    {"deposit", fx_cli_chorus_deposit}, {"status", fx_cli_chorus_status},
    {"history", fx_cli_chorus_history}, {"annuaire", fx_cli_chorus_annuaire_cmd},
    {"config", fx_cli_chorus_config},
};

/* Runs "facturx chorus SUBCOMMAND ...". */
int fx_cli_cmd_chorus(int argc, char **argv)
{
	if (argc < 1)
		return fx_cli_usage_error("chorus",
		                          "missing the sub-command (lookup, check, deposit, "
		                          "status, history, annuaire, config)");
	const char *name = argv[0];
	if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0)
		return fx_cli_print_help("chorus");
	for (size_t i = 0; i < sizeof subcommands / sizeof subcommands[0]; i++)
		if (strcmp(subcommands[i].name, name) == 0)
			return subcommands[i].run(argc - 1, argv + 1);
	if (name[0] == '-')
		return fx_cli_usage_error("chorus", "unknown option '%s'", name);
	return fx_cli_usage_error("chorus", "unknown sub-command '%s'", name);
}

enum { C_CONFIG, C_HELP, C_COUNT };

/* Runs "facturx chorus config". */
int fx_cli_chorus_config(int argc, char **argv)
{
	static const fx_cli_option opts[C_COUNT] = {
	    [C_CONFIG] = {"config", 0, true, false},
	    [C_HELP] = {"help", 'h', false, false},
	};
	fx_cli_args args;
	int rc = fx_cli_parse("chorus config", opts, C_COUNT, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[C_HELP])
		return fx_cli_print_help("chorus config");
	if (args.n_positional)
		return fx_cli_usage_error("chorus config", "no argument expected");
	fx_cli_chorus ctx;
	rc = fx_cli_chorus_start(&ctx, "chorus config", &args,
	                         (fx_cli_chorus_opts){C_CONFIG, -1, -1, -1});
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	char *text = NULL;
	if (fx_chorus_config_describe(ctx.cfg, &text) != FX_OK)
		rc = fx_cli_chorus_fail(NULL, FX_ENOMEM);
	else
		rc = fx_cli_write_output(NULL, text, strlen(text));
	free(text);
	fx_cli_chorus_finish(&ctx);
	return rc;
}

enum { A_ANNUAIRE, A_CONFIG, A_HELP, A_COUNT };

/* Runs "facturx chorus annuaire import FILE...". */
int fx_cli_chorus_annuaire_cmd(int argc, char **argv)
{
	static const fx_cli_option opts[A_COUNT] = {
	    [A_ANNUAIRE] = {"annuaire", 0, true, false},
	    [A_CONFIG] = {"config", 0, true, false},
	    [A_HELP] = {"help", 'h', false, false},
	};
	fx_cli_args args;
	int rc = fx_cli_parse("chorus annuaire", opts, A_COUNT, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[A_HELP])
		return fx_cli_print_help("chorus annuaire");
	if (args.n_positional == 0 || strcmp(args.positional[0], "import") != 0)
		return fx_cli_usage_error("chorus annuaire", "expected 'import FILE...'");
	if (args.n_positional < 2)
		return fx_cli_usage_error("chorus annuaire", "missing the CSV file(s) to import");
	if (args.n_positional > FX_CLI_MAX_POSITIONAL)
		return fx_cli_usage_error("chorus annuaire", "at most %d files",
		                          FX_CLI_MAX_POSITIONAL - 1);
	fx_cli_chorus ctx;
	rc = fx_cli_chorus_start(&ctx, "chorus annuaire", &args,
	                         (fx_cli_chorus_opts){A_CONFIG, -1, A_ANNUAIRE, -1});
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	const char *db = fx_cli_chorus_annuaire(&ctx);
	fx_chorus_import_stats st;
	int lrc = FX_OK;
	if (!db) {
		fprintf(stderr, "facturx: no directory location: set 'annuaire', XDG_DATA_HOME or "
		                "HOME\n");
		rc = FX_CLI_EXIT_USAGE;
	} else if ((lrc = fx_chorus_annuaire_import(db, args.positional + 1, args.n_positional - 1,
	                                            &st)) != FX_OK) {
		rc = fx_cli_chorus_fail(NULL, lrc);
	} else {
		printf("imported %zu structures and %zu services into %s%s\n", st.structures,
		       st.services, db,
		       st.latin1_files ? " (some files were not UTF-8 and were converted)" : "");
	}
	fx_cli_chorus_finish(&ctx);
	return rc;
}
