/*
 * The report of "facturx batch": the table on standard output, the
 * progress bar on a terminal, the summary JSON (docs/batch.md).
 */
#include "batch_report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#define PROGRESS_NS 100000000 /* redraw the bar at most every 0.1 s */

/* Writes s as a JSON string literal. */
static void json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", f);
		else if (*p == '\t')
			fputs("\\t", f);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

/* Nanoseconds from a to b. */
static long long elapsed_ns(const struct timespec *a, const struct timespec *b)
{
	return (long long)(b->tv_sec - a->tv_sec) * 1000000000LL + (b->tv_nsec - a->tv_nsec);
}

/* Opens the summary's temporary file beside path. */
static int open_json(fx_cli_report *rep, const char *path)
{
	size_t n = strlen(path) + 16;
	rep->json_tmp = malloc(n);
	if (!rep->json_tmp) {
		fprintf(stderr, "facturx: out of memory\n");
		return FX_CLI_EXIT_USAGE;
	}
	snprintf(rep->json_tmp, n, "%s.XXXXXX", path);
	int fd = mkstemp(rep->json_tmp);
	if (fd >= 0)
		rep->json = fdopen(fd, "w");
	if (!rep->json) {
		fprintf(stderr, "facturx: cannot write '%s': %s\n", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(rep->json_tmp);
		}
		return FX_CLI_EXIT_USAGE;
	}
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	return FX_CLI_EXIT_OK;
}

/* Starts a report. */
void fx_cli_report_start(fx_cli_report *rep, const char *json_path, const fx_batch_input *in,
                         const char *out_dir)
{
	memset(rep, 0, sizeof *rep);
	rep->progress = isatty(STDERR_FILENO);
	rep->stdout_tty = isatty(STDOUT_FILENO);
	rep->in = in;
	rep->out_dir = out_dir;
	clock_gettime(CLOCK_MONOTONIC, &rep->start);
	rep->json_path = json_path ? strdup(json_path) : NULL;
	rep->json_failed = json_path && !rep->json_path;
}

/* Creates the summary and writes its beginning, once; false when it cannot
 * be written (said once on stderr). */
static bool ensure_json(fx_cli_report *rep)
{
	if (rep->json || !rep->json_path || rep->json_failed)
		return rep->json != NULL;
	if (open_json(rep, rep->json_path) != FX_CLI_EXIT_OK) {
		rep->json_failed = true;
		return false;
	}
	FILE *f = rep->json;
	fprintf(f, "{\n  \"facturx\": ");
	json_string(f, fx_version());
	fprintf(f, ",\n  \"source\": ");
	json_string(f, rep->in->csv_path);
	if (rep->in->lines_path) {
		fprintf(f, ",\n  \"lines_source\": ");
		json_string(f, rep->in->lines_path);
	}
	fprintf(f, ",\n  \"output_dir\": ");
	json_string(f, rep->out_dir);
	fprintf(f, ",\n  \"warnings\": [");
	return true;
}

/* Clears the progress line before other output goes to the terminal. */
static void clear_progress(fx_cli_report *rep)
{
	if (rep->progress_shown) {
		fputs("\r\033[K", stderr);
		rep->progress_shown = false;
	}
}

/* Draws the progress bar: count, rate and time left. */
static void draw_progress(fx_cli_report *rep, bool force)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!force && rep->progress_shown && elapsed_ns(&rep->last_draw, &now) < PROGRESS_NS)
		return;
	rep->last_draw = now;
	long long ns = elapsed_ns(&rep->start, &now);
	size_t total = rep->total ? rep->total : 1;
	int width = 30, filled = (int)(rep->done * (size_t)width / total);
	char bar[32];
	for (int i = 0; i < width; i++)
		bar[i] = i < filled ? '#' : '.';
	bar[width] = '\0';
	long long rate = ns > 0 ? (long long)rep->done * 1000000000LL / ns : 0;
	long long left = rate > 0 ? (long long)(rep->total - rep->done) / rate : 0;
	fprintf(stderr, "\r[%s] %zu/%zu  %lld/s  ETA %lld:%02lld\033[K", bar, rep->done, rep->total,
	        rate, left / 60, left % 60);
	fflush(stderr);
	rep->progress_shown = true;
}

/* Prints a warning on stderr and keeps it in the summary. */
void fx_cli_report_notice(const char *message, void *user_data)
{
	fx_cli_report *rep = user_data;
	clear_progress(rep);
	fprintf(stderr, "facturx: warning: %s\n", message);
	if (ensure_json(rep)) {
		fprintf(rep->json, "%s\n    ", rep->n_warnings ? "," : "");
		json_string(rep->json, message);
	}
	rep->n_warnings++;
}

/* The status word of a result. */
static const char *status_name(fx_batch_status s)
{
	return s == FX_BATCH_PRODUCED ? "produced" : s == FX_BATCH_SKIPPED ? "skipped" : "failed";
}

/* Writes a result into the summary. */
static void json_result(fx_cli_report *rep, const fx_batch_result *r)
{
	FILE *f = rep->json;
	if (!rep->json_invoices) {
		fprintf(f, "%s],\n  \"invoices\": [", rep->n_warnings ? "\n  " : "");
		rep->json_invoices = true;
	}
	fprintf(f, "%s\n    {\"number\": ", rep->n_invoices ? "," : "");
	json_string(f, r->number);
	fprintf(f, ", \"status\": \"%s\", \"source\": ", status_name(r->status));
	json_string(f, r->source);
	fprintf(f, ", \"rows\": [%lu, %lu]", r->first_row, r->last_row);
	if (r->status != FX_BATCH_FAILED)
		fprintf(f, ", \"lines\": %zu", r->n_lines);
	if (r->file) {
		fprintf(f, ", \"file\": ");
		json_string(f, r->file);
	}
	char due[FX_DECIMAL_STRLEN];
	if (r->due.set && fx_decimal_format(r->due, due, sizeof due) == FX_OK)
		fprintf(f, ", \"due\": \"%s\"", due);
	if (r->currency) {
		fprintf(f, ", \"currency\": ");
		json_string(f, r->currency);
	}
	if (r->message) {
		fprintf(f, ", \"reason\": ");
		json_string(f, r->message);
	}
	fputc('}', f);
}

/* Prints a result as a row of the table. */
static void table_row(fx_cli_report *rep, const fx_batch_result *r)
{
	if (!rep->table_header) {
		printf("%-8s  %-18s  %-11s  %5s  %16s  %s\n", "status", "invoice", "rows", "lines",
		       "due", "file or reason");
		rep->table_header = true;
	}
	char rows[48], lines[24] = "-", due[FX_DECIMAL_STRLEN + 8] = "-";
	snprintf(rows, sizeof rows, "%lu-%lu", r->first_row, r->last_row);
	if (r->status != FX_BATCH_FAILED)
		snprintf(lines, sizeof lines, "%zu", r->n_lines);
	char amount[FX_DECIMAL_STRLEN];
	if (r->due.set && fx_decimal_format(r->due, amount, sizeof amount) == FX_OK)
		snprintf(due, sizeof due, "%s %s", amount, r->currency ? r->currency : "");
	const char *last = r->status == FX_BATCH_FAILED ? r->message : r->file;
	printf("%-8s  %-18s  %-11s  %5s  %16s  %s%s\n", status_name(r->status), r->number, rows,
	       lines, due, last ? last : "", r->status == FX_BATCH_SKIPPED ? " (up to date)" : "");
}

/* Reports one invoice. */
void fx_cli_report_result(const fx_batch_result *result, void *user_data)
{
	fx_cli_report *rep = user_data;
	rep->total = result->total;
	rep->done++;
	if (ensure_json(rep))
		json_result(rep, result);
	rep->n_invoices++;
	if (rep->stdout_tty)
		clear_progress(rep);
	table_row(rep, result);
	if (rep->progress) {
		if (rep->stdout_tty)
			fflush(stdout);
		draw_progress(rep, rep->stdout_tty);
	}
}

/* Closes and renames the summary. */
static int close_json(fx_cli_report *rep, const fx_batch_stats *st)
{
	FILE *f = rep->json;
	if (!rep->json_invoices)
		fprintf(f, "%s],\n  \"invoices\": [", rep->n_warnings ? "\n  " : "");
	fprintf(f, "%s],\n  \"encoding\": ", rep->n_invoices ? "\n  " : "");
	json_string(f, st->encoding);
	fprintf(f, ",\n  \"separator\": ");
	json_string(f, st->separator == '\t' ? "\t" : (char[2]){st->separator, '\0'});
	if (st->lines_encoding[0]) {
		fprintf(f, ",\n  \"lines_encoding\": ");
		json_string(f, st->lines_encoding);
		fprintf(f, ",\n  \"lines_separator\": ");
		json_string(f, (char[2]){st->lines_separator, '\0'});
	}
	fprintf(f,
	        ",\n  \"counts\": {\"total\": %zu, \"produced\": %zu, \"skipped\": %zu, "
	        "\"failed\": %zu, \"not_processed\": %zu}\n}\n",
	        st->total, st->produced, st->skipped, st->failed, st->not_processed);
	rep->json = NULL;
	int bad = ferror(f) | (fflush(f) != 0) | (fsync(fileno(f)) != 0);
	int err = errno;
	if (fclose(f) != 0 && !bad) {
		bad = 1;
		err = errno;
	}
	if (!bad && rename(rep->json_tmp, rep->json_path) != 0) {
		bad = 1;
		err = errno;
	}
	if (bad) {
		unlink(rep->json_tmp);
		fprintf(stderr, "facturx: cannot write '%s': %s\n", rep->json_path, strerror(err));
		return FX_CLI_EXIT_USAGE;
	}
	return FX_CLI_EXIT_OK;
}

/* Frees what a report holds. */
static void report_free(fx_cli_report *rep)
{
	free(rep->json_path);
	free(rep->json_tmp);
	rep->json_path = rep->json_tmp = NULL;
}

/* Ends a report. */
int fx_cli_report_finish(fx_cli_report *rep, const fx_batch_stats *st, bool strict)
{
	if (rep->progress) {
		rep->done = st->produced + st->skipped + st->failed;
		if (rep->done)
			draw_progress(rep, true);
		if (rep->progress_shown)
			fputc('\n', stderr);
		rep->progress_shown = false;
	}
	int rc = ensure_json(rep)   ? close_json(rep, st)
	         : rep->json_failed ? FX_CLI_EXIT_USAGE
	                            : FX_CLI_EXIT_OK;
	printf("%zu invoice%s: %zu produced, %zu skipped (up to date), %zu failed", st->total,
	       st->total == 1 ? "" : "s", st->produced, st->skipped, st->failed);
	if (st->not_processed)
		printf(", %zu not processed (%s)", st->not_processed,
		       strict ? "--strict stops at the first failure" : "stopped");
	if (rc == FX_CLI_EXIT_OK && rep->json_path)
		printf("; summary: %s", rep->json_path);
	printf("\n");
	if (fflush(stdout) != 0 && rc == FX_CLI_EXIT_OK) {
		fprintf(stderr, "facturx: cannot write to standard output: %s\n", strerror(errno));
		rc = FX_CLI_EXIT_USAGE;
	}
	report_free(rep);
	return rc;
}

/* Drops a report. */
void fx_cli_report_abandon(fx_cli_report *rep)
{
	if (rep->json) {
		fclose(rep->json);
		unlink(rep->json_tmp);
		rep->json = NULL;
	}
	if (rep->progress_shown)
		fputc('\n', stderr);
	report_free(rep);
}
