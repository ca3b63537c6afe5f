/*
 * "facturx chorus status [FLOW|--all] [--watch]": the deposit report and
 * the invoices of flows, polled until final with --watch.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chorus.h"

enum { S_ALL, S_WATCH, S_INTERVAL, S_CONFIG, S_JOURNAL, S_VERBOSE, S_HELP, S_COUNT };

static const fx_cli_option status_options[S_COUNT] = {
    [S_ALL] = {"all", 0, false, false},          [S_WATCH] = {"watch", 0, false, false},
    [S_INTERVAL] = {"interval", 0, true, false}, [S_CONFIG] = {"config", 0, true, false},
    [S_JOURNAL] = {"journal", 0, true, false},   [S_VERBOSE] = {"verbose", 'v', false, false},
    [S_HELP] = {"help", 'h', false, false},
};

/** The flows to report on. */
typedef struct flows {
	char **items;
	size_t n;
	bool *done; /* reached a final state */
} flows;

/* Frees the list. */
static void flows_free(flows *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->items[i]);
	free(f->items);
	free(f->done);
}

/* Fills f with the latest deposit's flow of the journal. */
static int latest_flow(fx_cli_chorus *ctx, flows *f)
{
	fx_chorus_deposit_entry *e = NULL;
	size_t n = 0;
	if (fx_chorus_journal_list(ctx->journal, NULL, false, &e, &n) != FX_OK)
		return fx_cli_chorus_fail(NULL, FX_EIO);
	for (size_t i = 0; i < n && !f->n; i++)
		if (e[i].flow_number) {
			f->items = malloc(sizeof *f->items);
			if (f->items && (f->items[0] = strdup(e[i].flow_number)))
				f->n = 1;
		}
	fx_chorus_deposit_entries_free(e, n);
	if (!f->n) {
		fprintf(stderr,
		        "facturx: the journal has no deposit with a flow number: give FLOW\n");
		return FX_CLI_EXIT_INVALID;
	}
	return FX_CLI_EXIT_OK;
}

/* Chooses the flows: FLOW, --all, or the latest deposit. */
static int choose(fx_cli_chorus *ctx, const fx_cli_args *args, flows *f)
{
	int rc = FX_CLI_EXIT_OK;
	if (args->n_positional == 1) {
		f->items = malloc(sizeof *f->items);
		if (f->items && (f->items[0] = strdup(args->positional[0])))
			f->n = 1;
		else
			rc = fx_cli_chorus_fail(NULL, FX_ENOMEM);
	} else if (args->seen[S_ALL]) {
		if (fx_chorus_journal_open_flows(ctx->journal, &f->items, &f->n) != FX_OK)
			rc = fx_cli_chorus_fail(NULL, FX_EIO);
		else if (f->n == 0)
			printf("no flow in progress in the journal\n");
	} else {
		rc = latest_flow(ctx, f);
	}
	if (rc == FX_CLI_EXIT_OK && f->n && !(f->done = calloc(f->n, sizeof *f->done)))
		rc = fx_cli_chorus_fail(NULL, FX_ENOMEM);
	return rc;
}

/* Polls flow i of f once; prints the report when final or not watching.
 * *worst collects the exit code. */
static int poll_flow(fx_cli_chorus *ctx, flows *f, size_t i, bool watch, int *worst)
{
	fx_chorus_flow_status *s = NULL;
	int lrc = fx_chorus_status(ctx->client, ctx->journal, f->items[i], &s);
	if (lrc != FX_OK) {
		f->done[i] = true;
		*worst = fx_cli_chorus_worse(*worst, fx_cli_chorus_fail(f->items[i], lrc));
		return lrc;
	}
	const char *state = s->report.state;
	f->done[i] = fx_chorus_flow_state_final(state);
	if (f->done[i] || !watch)
		fx_cli_chorus_print_status(s);
	else
		printf("flow %s: %s - %s (waiting)\n", f->items[i], state,
		       fx_chorus_flow_state_text(state) ? fx_chorus_flow_state_text(state) : "?");
	fflush(stdout);
	if (fx_chorus_flow_state_failed(state) || s->report.n_dp_errors)
		*worst = fx_cli_chorus_worse(*worst, FX_CLI_EXIT_INVALID);
	fx_chorus_flow_status_free(s);
	return FX_OK;
}

/* Parses --interval (seconds, 0 to 86400); -1 when malformed. */
static long parse_interval(const char *text)
{
	if (!text)
		return 60;
	char *end;
	long v = strtol(text, &end, 10);
	return *end || end == text || v < 0 || v > 86400 ? -1 : v;
}

/* Polls every flow of f until all are final (once without --watch). */
static int run(fx_cli_chorus *ctx, flows *f, bool watch, long interval)
{
	int worst = FX_CLI_EXIT_OK;
	for (;;) {
		bool pending = false;
		for (size_t i = 0; i < f->n; i++) {
			if (f->done[i])
				continue;
			poll_flow(ctx, f, i, watch, &worst);
			pending = pending || !f->done[i];
		}
		if (!watch || !pending)
			return worst;
		struct timespec ts = {interval, 0};
		nanosleep(&ts, NULL);
	}
}

/* Runs "facturx chorus status [OPTIONS] [FLOW]". */
int fx_cli_chorus_status(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("chorus status", status_options, S_COUNT, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[S_HELP])
		return fx_cli_print_help("chorus status");
	if (args.n_positional > 1)
		return fx_cli_usage_error("chorus status",
		                          "too many arguments (one FLOW expected)");
	if (args.n_positional && args.seen[S_ALL])
		return fx_cli_usage_error("chorus status", "give FLOW or --all, not both");
	long interval = parse_interval(args.value[S_INTERVAL]);
	if (interval < 0)
		return fx_cli_usage_error("chorus status",
		                          "--interval: expected seconds from 0 to "
		                          "86400, got '%s'",
		                          args.value[S_INTERVAL]);
	fx_cli_chorus ctx;
	rc = fx_cli_chorus_start(&ctx, "chorus status", &args,
	                         (fx_cli_chorus_opts){S_CONFIG, S_JOURNAL, -1, S_VERBOSE});
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	flows f = {NULL, 0, NULL};
	rc = fx_cli_chorus_open_journal(&ctx);
	if (rc == FX_CLI_EXIT_OK)
		rc = choose(&ctx, &args, &f);
	if (rc == FX_CLI_EXIT_OK && f.n)
		rc = fx_cli_chorus_connect(&ctx);
	if (rc == FX_CLI_EXIT_OK && f.n)
		rc = run(&ctx, &f, args.seen[S_WATCH], interval);
	flows_free(&f);
	fx_cli_chorus_finish(&ctx);
	return rc;
}
