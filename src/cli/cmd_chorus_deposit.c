/*
 * "facturx chorus deposit FILE.pdf...": check, then deposit each file and
 * print its flow number.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus.h"

enum {
	D_FORCE,
	D_AGAIN,
	D_FILE_NAME,
	D_SYNTAX,
	D_OFFLINE,
	D_CONFIG,
	D_JOURNAL,
	D_ANNUAIRE,
	D_VERBOSE,
	D_HELP,
	D_COUNT
};

static const fx_cli_option deposit_options[D_COUNT] = {
    [D_FORCE] = {"force", 0, false, false},        [D_AGAIN] = {"again", 0, false, false},
    [D_FILE_NAME] = {"file-name", 0, true, false}, [D_SYNTAX] = {"syntax", 0, true, false},
    [D_OFFLINE] = {"offline", 0, false, false},    [D_CONFIG] = {"config", 0, true, false},
    [D_JOURNAL] = {"journal", 0, true, false},     [D_ANNUAIRE] = {"annuaire", 0, true, false},
    [D_VERBOSE] = {"verbose", 'v', false, false},  [D_HELP] = {"help", 'h', false, false},
};

/* Prints what the deposit of path gave. */
static void print_result(const char *path, const fx_chorus_deposit_result *r)
{
	if (r->outcome == FX_CHORUS_RECONCILED)
		printf(
		    "%s: on Chorus Pro as flow %s%s%s (its deposit answer had been lost; found by "
		    "reconciliation, not sent again; journal entry %lld)\n",
		    path, r->flow_number ? r->flow_number : "(number unknown)",
		    r->deposit_date ? ", deposited " : "", r->deposit_date ? r->deposit_date : "",
		    (long long)r->journal_id);
	else
		printf("%s: deposited as flow %s%s%s (file %s, journal entry %lld)\n", path,
		       r->flow_number, r->deposit_date ? " on " : "",
		       r->deposit_date ? r->deposit_date : "", r->file_name,
		       (long long)r->journal_id);
}

/* Deposits the file at path; returns its exit code. */
static int deposit_one(fx_cli_chorus *ctx, const fx_cli_args *args, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	int rc = fx_cli_read_input(path, &data, &len);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (!args->seen[D_FORCE])
		rc = fx_cli_chorus_check_file(ctx, path, data, len, args->seen[D_OFFLINE]);
	if (rc == FX_CLI_EXIT_INVALID)
		fprintf(stderr,
		        "facturx: %s: not deposited: the check found problems (--force to "
		        "deposit it anyway)\n",
		        path);
	fx_chorus_deposit_options opts;
	fx_chorus_deposit_options_init(&opts, FX_CHORUS_DEPOSIT_OPTIONS_VERSION);
	opts.source = path;
	opts.file_name = args->value[D_FILE_NAME];
	opts.syntax = args->value[D_SYNTAX];
	opts.again = args->seen[D_AGAIN];
	fx_chorus_deposit_result *result = NULL;
	if (rc == FX_CLI_EXIT_OK) {
		int lrc =
		    fx_chorus_deposit(ctx->client, ctx->journal, data, len, NULL, &opts, &result);
		if (lrc == FX_OK)
			print_result(path, result);
		else
			rc = fx_cli_chorus_fail(path, lrc);
	}
	fx_chorus_deposit_result_free(result);
	free(data);
	return rc;
}

/* Runs "facturx chorus deposit [OPTIONS] FILE.pdf...". */
int fx_cli_chorus_deposit(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("chorus deposit", deposit_options, D_COUNT, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[D_HELP])
		return fx_cli_print_help("chorus deposit");
	if (args.n_positional == 0)
		return fx_cli_usage_error("chorus deposit", "missing the file(s) FILE.pdf");
	if (args.n_positional > FX_CLI_MAX_POSITIONAL)
		return fx_cli_usage_error("chorus deposit", "at most %d files at a time",
		                          FX_CLI_MAX_POSITIONAL);
	if (args.seen[D_FILE_NAME] && args.n_positional > 1)
		return fx_cli_usage_error("chorus deposit", "--file-name needs a single file");
	fx_cli_chorus ctx;
	rc = fx_cli_chorus_start(&ctx, "chorus deposit", &args,
	                         (fx_cli_chorus_opts){D_CONFIG, D_JOURNAL, D_ANNUAIRE, D_VERBOSE});
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_chorus_connect(&ctx);
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_chorus_open_journal(&ctx);
	bool ready = rc == FX_CLI_EXIT_OK;
	for (size_t i = 0; ready && i < args.n_positional; i++)
		rc = fx_cli_chorus_worse(rc, deposit_one(&ctx, &args, args.positional[i]));
	if (ctx.cfg)
		fx_cli_chorus_finish(&ctx);
	return rc;
}
