/*
 * Internal: what "facturx batch" prints while it runs: the table of
 * invoices on standard output, warnings and a progress bar (only on a
 * terminal) on standard error, and the summary JSON file, written as the
 * results come (a temporary file renamed at the end).
 */
#ifndef FX_CLI_BATCH_REPORT_H
#define FX_CLI_BATCH_REPORT_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "facturx.h"
#include "facturx/batch.h"

/** The report of one run. */
typedef struct fx_cli_report {
	FILE *json;               /* the summary being written, NULL when none */
	char *json_path;          /* where it goes (NULL: no summary) */
	bool json_failed;         /* it could not be written */
	const fx_batch_input *in; /* the run's input, described in the summary */
	const char *out_dir;
	char *json_tmp;     /* the temporary file */
	bool json_invoices; /* the "invoices" array was opened */
	size_t n_warnings, n_invoices;
	bool table_header;   /* the table's header line was printed */
	bool progress;       /* stderr is a terminal: show the progress bar */
	bool progress_shown; /* a progress line is on the terminal */
	bool stdout_tty;     /* stdout is a terminal too */
	struct timespec start, last_draw;
	size_t done, total;
} fx_cli_report;

/* Starts a report: the summary goes to json_path (NULL: none), created
 * when the run reports its first warning or invoice (fx_batch_run has then
 * made the output folder). in: the input; out_dir: the output folder. */
void fx_cli_report_start(fx_cli_report *rep, const char *json_path, const fx_batch_input *in,
                         const char *out_dir);

/* The callbacks of fx_batch_run (user_data: the report). */
void fx_cli_report_notice(const char *message, void *user_data);
/* Reports one invoice (see fx_cli_report_notice). */
void fx_cli_report_result(const fx_batch_result *result, void *user_data);

/* Ends a report after a run that went through (stats: its counts): closes
 * the summary and renames it, prints the totals. strict: whether the run
 * stopped at a failure. Returns FX_CLI_EXIT_OK or FX_CLI_EXIT_USAGE. */
int fx_cli_report_finish(fx_cli_report *rep, const fx_batch_stats *stats, bool strict);

/* Drops a report after a run that failed before its invoices (removes the
 * temporary summary). */
void fx_cli_report_abandon(fx_cli_report *rep);

#endif
