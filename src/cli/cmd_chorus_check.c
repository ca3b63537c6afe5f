/*
 * "facturx chorus check FILE.pdf": the validation and the buyer's
 * obligations before a deposit; also run by "chorus deposit".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus.h"

enum { K_OFFLINE, K_CONFIG, K_ANNUAIRE, K_VERBOSE, K_HELP, K_COUNT };

static const fx_cli_option check_options[K_COUNT] = {
    [K_OFFLINE] = {"offline", 0, false, false},  [K_CONFIG] = {"config", 0, true, false},
    [K_ANNUAIRE] = {"annuaire", 0, true, false}, [K_VERBOSE] = {"verbose", 'v', false, false},
    [K_HELP] = {"help", 'h', false, false},
};

/* Prints the buyer as found and what it requires. */
static void print_buyer(const fx_chorus_check_result *r)
{
	const fx_chorus_structure *b = r->buyer;
	if (!b) {
		printf("buyer: %s (%s)\n", r->info->buyer_siret ? r->info->buyer_siret : "no SIRET",
		       r->lookup_note ? r->lookup_note : "not looked up");
		return;
	}
	printf("buyer: SIRET %s %s (%s)\n", b->identifier, b->name ? b->name : "",
	       r->lookup_note ? r->lookup_note : "");
	printf("  requires: service code (BT-10) %s, engagement number (BT-13) %s%s\n",
	       b->service_required ? "yes" : "no", b->engagement_required ? "yes" : "no",
	       b->service_or_engagement ? ", one of the two" : "");
	printf("  invoice: service code %s, engagement number %s\n",
	       r->info->service_code ? r->info->service_code : "none",
	       r->info->engagement ? r->info->engagement : "none");
}

/* Prints the validation report when it has findings. */
static int print_report(const fx_chorus_check_result *r, const char *path)
{
	size_t fatal = fx_report_fatal_count(r->report);
	printf("%s: validation: %s (%zu fatal finding%s)\n", path,
	       fx_report_verdict(r->report) == FX_VERDICT_VALID ? "valid" : "invalid", fatal,
	       fatal == 1 ? "" : "s");
	if (fx_report_count(r->report) == 0)
		return FX_CLI_EXIT_OK;
	char *text = NULL;
	size_t len = 0;
	if (fx_report_to_text(r->report, &text, &len) != FX_OK)
		return fx_cli_chorus_fail(path, FX_ENOMEM);
	fwrite(text, 1, len, stdout);
	free(text);
	return FX_CLI_EXIT_OK;
}

/* Prints a check result; returns its exit code. */
static int print_result(const fx_chorus_check_result *r, const char *path)
{
	int rc = print_report(r, path);
	if (r->info->read_error)
		printf("%s: the invoice XML cannot be read: %s\n", path, r->info->read_error);
	else
		print_buyer(r);
	if (r->n_problems)
		printf("problems (%zu):\n", r->n_problems);
	for (size_t i = 0; i < r->n_problems; i++)
		printf("  %s (%s): %s\n", r->problems[i].code,
		       r->problems[i].bt ? r->problems[i].bt : "-", r->problems[i].message);
	if (r->ok)
		printf("%s: ready to deposit on Chorus Pro\n", path);
	else
		printf("%s: not ready to deposit\n", path);
	fflush(stdout);
	return rc != FX_CLI_EXIT_OK ? rc : r->ok ? FX_CLI_EXIT_OK : FX_CLI_EXIT_INVALID;
}

/* Checks one file (see chorus.h). */
int fx_cli_chorus_check_file(fx_cli_chorus *ctx, const char *path, const char *data, size_t len,
                             bool offline)
{
	if (!offline && fx_cli_chorus_has_credentials(ctx->cfg) &&
	    fx_cli_chorus_connect(ctx) != FX_CLI_EXIT_OK)
		return FX_CLI_EXIT_USAGE;
	fx_chorus_check_result *r = NULL;
	int lrc = fx_chorus_check(offline ? NULL : ctx->client, fx_cli_chorus_annuaire(ctx), data,
	                          len, path, &r);
	if (lrc != FX_OK)
		return fx_cli_chorus_fail(path, lrc);
	int rc = print_result(r, path);
	fx_chorus_check_result_free(r);
	return rc;
}

/* Runs "facturx chorus check [OPTIONS] FILE.pdf". */
int fx_cli_chorus_check(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("chorus check", check_options, K_COUNT, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[K_HELP])
		return fx_cli_print_help("chorus check");
	if (args.n_positional != 1)
		return fx_cli_usage_error(
		    "chorus check", args.n_positional ? "too many arguments (one FILE.pdf expected)"
		                                      : "missing the file FILE.pdf");
	fx_cli_chorus ctx;
	rc = fx_cli_chorus_start(&ctx, "chorus check", &args,
	                         (fx_cli_chorus_opts){K_CONFIG, -1, K_ANNUAIRE, K_VERBOSE});
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	char *data = NULL;
	size_t len = 0;
	rc = fx_cli_read_input(args.positional[0], &data, &len);
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_chorus_check_file(&ctx, args.positional[0], data, len,
		                              args.seen[K_OFFLINE]);
	free(data);
	fx_cli_chorus_finish(&ctx);
	return rc;
}
