/*
 * "facturx chorus history [NUMBER]": the deposits of the journal.
 */
#include <stdio.h>

#include "chorus.h"

enum { H_EVENTS, H_JOURNAL, H_CONFIG, H_HELP, H_COUNT };

static const fx_cli_option history_options[H_COUNT] = {
    [H_EVENTS] = {"events", 0, false, false},
    [H_JOURNAL] = {"journal", 0, true, false},
    [H_CONFIG] = {"config", 0, true, false},
    [H_HELP] = {"help", 'h', false, false},
};

/* Returns s, or "-" for NULL. */
static const char *or_dash(const char *s)
{
	return s ? s : "-";
}

/* Prints one deposit and, when asked, its events. */
static void print_entry(const fx_chorus_deposit_entry *e, bool events)
{
	printf("%lld\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", (long long)e->id, or_dash(e->created),
	       or_dash(e->invoice_number), or_dash(e->buyer), or_dash(e->flow_number),
	       or_dash(e->state), or_dash(e->flow_state), or_dash(e->invoice_status),
	       or_dash(e->file_name));
	if (events && e->error)
		printf("    error: %s\n", e->error);
	for (size_t i = 0; events && i < e->n_events; i++) {
		const fx_chorus_event *ev = &e->events[i];
		printf("    %s  %-8s %s", ev->at, ev->kind, ev->value);
		if (ev->date)
			printf(" (%s)", ev->date);
		printf("\n");
		if (ev->detail)
			printf("        %s\n", ev->detail);
	}
}

/* Runs "facturx chorus history [OPTIONS] [NUMBER]". */
int fx_cli_chorus_history(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("chorus history", history_options, H_COUNT, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[H_HELP])
		return fx_cli_print_help("chorus history");
	if (args.n_positional > 1)
		return fx_cli_usage_error("chorus history",
		                          "too many arguments (one NUMBER expected)");
	fx_cli_chorus ctx;
	rc = fx_cli_chorus_start(&ctx, "chorus history", &args,
	                         (fx_cli_chorus_opts){H_CONFIG, H_JOURNAL, -1, -1});
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	rc = fx_cli_chorus_open_journal(&ctx);
	const char *filter = args.n_positional ? args.positional[0] : NULL;
	bool events = args.seen[H_EVENTS] || filter;
	fx_chorus_deposit_entry *e = NULL;
	size_t n = 0;
	if (rc == FX_CLI_EXIT_OK) {
		int lrc = fx_chorus_journal_list(ctx.journal, filter, events, &e, &n);
		if (lrc != FX_OK)
			rc = fx_cli_chorus_fail(NULL, lrc);
	}
	if (rc == FX_CLI_EXIT_OK && filter && n == 0) {
		fprintf(stderr, "facturx: no deposit matches '%s' in the journal\n", filter);
		rc = FX_CLI_EXIT_INVALID;
	}
	if (rc == FX_CLI_EXIT_OK && n)
		printf("entry\tcreated\tinvoice\tbuyer\tflow\tstate\tflow state\tinvoice "
		       "status\tfile\n");
	for (size_t i = 0; rc == FX_CLI_EXIT_OK && i < n; i++)
		print_entry(&e[i], events);
	fx_chorus_deposit_entries_free(e, n);
	fx_cli_chorus_finish(&ctx);
	return rc;
}
