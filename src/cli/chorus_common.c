/*
 * What the chorus sub-commands share: configuration, client, journal,
 * error reporting and the password expiry warning.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus.h"

/* Loads the configuration and applies the path options. */
int fx_cli_chorus_start(fx_cli_chorus *ctx, const char *cmd, const fx_cli_args *args,
                        fx_cli_chorus_opts o)
{
	memset(ctx, 0, sizeof *ctx);
	ctx->cmd = cmd;
	ctx->verbose = o.verbose >= 0 && args->seen[o.verbose];
	fx_chorus_load_options lo;
	fx_chorus_load_options_init(&lo, FX_CHORUS_LOAD_OPTIONS_VERSION);
	if (o.config >= 0 && args->seen[o.config])
		lo.path = args->value[o.config];
	int rc = fx_chorus_config_load(&lo, &ctx->cfg);
	if (rc == FX_OK && o.journal >= 0 && args->seen[o.journal])
		rc = fx_chorus_config_set(ctx->cfg, "journal", args->value[o.journal]);
	if (rc == FX_OK && o.annuaire >= 0 && args->seen[o.annuaire])
		rc = fx_chorus_config_set(ctx->cfg, "annuaire", args->value[o.annuaire]);
	if (rc != FX_OK) {
		fprintf(stderr, "facturx: %s\n", fx_error_last()->message);
		fx_chorus_config_free(ctx->cfg);
		ctx->cfg = NULL;
		return FX_CLI_EXIT_USAGE;
	}
	return FX_CLI_EXIT_OK;
}

/* Writes a transport log line on standard error. */
static void log_line(void *unused, const char *line)
{
	fprintf(stderr, "facturx: chorus: %s\n", line);
}

/* Makes the client. */
int fx_cli_chorus_connect(fx_cli_chorus *ctx)
{
	if (ctx->client)
		return FX_CLI_EXIT_OK;
	fx_chorus_client_options co;
	fx_chorus_client_options_init(&co, FX_CHORUS_CLIENT_OPTIONS_VERSION);
	if (ctx->verbose)
		co.log = log_line;
	int rc = fx_chorus_client_new(ctx->cfg, &co, &ctx->client);
	if (rc != FX_OK) {
		fprintf(stderr, "facturx: %s\n", fx_error_last()->message);
		return FX_CLI_EXIT_USAGE;
	}
	return FX_CLI_EXIT_OK;
}

/* Opens the journal. */
int fx_cli_chorus_open_journal(fx_cli_chorus *ctx)
{
	if (ctx->journal)
		return FX_CLI_EXIT_OK;
	const char *path = fx_chorus_config_get(ctx->cfg, "journal");
	if (!path) {
		fprintf(stderr,
		        "facturx: no journal location: set 'journal', XDG_DATA_HOME or HOME\n");
		return FX_CLI_EXIT_USAGE;
	}
	if (fx_chorus_journal_open(path, &ctx->journal) != FX_OK) {
		fprintf(stderr, "facturx: %s\n", fx_error_last()->message);
		return FX_CLI_EXIT_USAGE;
	}
	return FX_CLI_EXIT_OK;
}

/* Tells whether the four credentials are set. */
bool fx_cli_chorus_has_credentials(const fx_chorus_config *cfg)
{
	return fx_chorus_config_get(cfg, "client_id") &&
	       fx_chorus_config_get(cfg, "client_secret") && fx_chorus_config_get(cfg, "login") &&
	       fx_chorus_config_get(cfg, "password");
}

/* Returns the directory database path. */
const char *fx_cli_chorus_annuaire(const fx_cli_chorus *ctx)
{
	return fx_chorus_config_get(ctx->cfg, "annuaire");
}

/* Reports a library failure and maps it to an exit code. */
int fx_cli_chorus_fail(const char *source, int rc)
{
	const char *msg = fx_error_last()->message;
	fprintf(stderr, "facturx: %s%s%s\n", source ? source : "", source ? ": " : "",
	        msg[0] ? msg : "unknown error");
	switch (rc) {
	case FX_ENET:
		return FX_CLI_EXIT_NETWORK;
	case FX_EIO:
	case FX_EUSAGE:
	case FX_ENOMEM:
		return FX_CLI_EXIT_USAGE;
	default:
		return FX_CLI_EXIT_INVALID;
	}
}

/* Ranks an exit code by how bad it is. */
static int rank(int code)
{
	switch (code) {
	case FX_CLI_EXIT_USAGE:
		return 3;
	case FX_CLI_EXIT_NETWORK:
		return 2;
	case FX_CLI_EXIT_INVALID:
		return 1;
	default:
		return 0;
	}
}

/* Returns the worse exit code. */
int fx_cli_chorus_worse(int a, int b)
{
	return rank(b) > rank(a) ? b : a;
}

/* Warns about the password expiry. */
static void warn_password(const fx_cli_chorus *ctx)
{
	const char *date;
	long days;
	if (!ctx->client || fx_chorus_client_password_expiry(ctx->client, &date, &days) != FX_OK)
		return;
	const char *limit = fx_chorus_config_get(ctx->cfg, "password_warning");
	long warn = limit ? strtol(limit, NULL, 10) : 15;
	if (days > warn)
		return;
	if (days < 0)
		fprintf(
		    stderr,
		    "facturx: warning: the password of the Chorus Pro technical account expired "
		    "on %.10s: renew it on the Chorus Pro portal, then update 'password'\n",
		    date);
	else
		fprintf(
		    stderr,
		    "facturx: warning: the password of the Chorus Pro technical account expires "
		    "on %.10s (in %ld day%s): renew it on the Chorus Pro portal, then update "
		    "'password'\n",
		    date, days, days == 1 ? "" : "s");
}

/* Warns, then frees the run. */
void fx_cli_chorus_finish(fx_cli_chorus *ctx)
{
	warn_password(ctx);
	fx_chorus_client_free(ctx->client);
	fx_chorus_journal_close(ctx->journal);
	fx_chorus_config_free(ctx->cfg);
	memset(ctx, 0, sizeof *ctx);
}
