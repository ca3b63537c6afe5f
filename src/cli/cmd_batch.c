/*
 * "facturx batch": a CSV export (one row per invoice line, or invoices and
 * lines in two files) -> one Factur-X PDF per invoice in a folder, with a
 * table of what was produced, skipped and failed, and summary.json.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_report.h"
#include "cli.h"
#include "facturx/batch.h"

enum {
	OPT_LINES,
	OPT_MAP,
	OPT_SELLER,
	OPT_OUTPUT,
	OPT_JOBS,
	OPT_STRICT,
	OPT_FORCE,
	OPT_ENCODING,
	OPT_SEPARATOR,
	OPT_SUMMARY,
	OPT_PROFILE,
	OPT_LANG,
	OPT_TEMPLATE,
	OPT_LOGO,
	OPT_DATE,
	OPT_RULES_ONLY,
	OPT_TEMPLATE_CSV,
	OPT_TEMPLATE_MAPPING,
	OPT_HELP,
	N_OPTS
};

static const fx_cli_option batch_options[N_OPTS] = {
    [OPT_LINES] = {"lines", 0, true, false},
    [OPT_MAP] = {"map", 0, true, false},
    [OPT_SELLER] = {"seller", 0, true, false},
    [OPT_OUTPUT] = {"output", 'o', true, false},
    [OPT_JOBS] = {"jobs", 'j', true, false},
    [OPT_STRICT] = {"strict", 0, false, false},
    [OPT_FORCE] = {"force", 0, false, false},
    [OPT_ENCODING] = {"encoding", 0, true, false},
    [OPT_SEPARATOR] = {"separator", 0, true, false},
    [OPT_SUMMARY] = {"summary", 0, true, false},
    [OPT_PROFILE] = {"profile", 'p', true, false},
    [OPT_LANG] = {"lang", 0, true, false},
    [OPT_TEMPLATE] = {"template", 0, true, false},
    [OPT_LOGO] = {"logo", 0, true, false},
    [OPT_DATE] = {"date", 0, true, false},
    [OPT_RULES_ONLY] = {"rules-only", 0, false, false},
    [OPT_TEMPLATE_CSV] = {"template-csv", 0, false, false},
    [OPT_TEMPLATE_MAPPING] = {"template-mapping", 0, false, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/** What the options say, once checked. */
typedef struct batch_plan {
	fx_batch_input in;
	fx_batch_options opts;
	fx_generate_options gen;
	fx_pdf_date date;
	fx_batch_mapping *mapping;
	char *summary; /* malloc'ed */
} batch_plan;

/* Reads --map into plan (NULL: the built-in mapping is used). */
static int load_mapping(const fx_cli_args *args, batch_plan *plan)
{
	if (!args->seen[OPT_MAP])
		return FX_CLI_EXIT_OK;
	int rc = fx_batch_mapping_read_file(args->value[OPT_MAP], &plan->mapping);
	return rc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(rc);
}

/* "facturx batch --template-csv": the header row of the mapping's columns. */
static int write_template_csv(const fx_cli_args *args, batch_plan *plan)
{
	int rc = load_mapping(args, plan);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	fx_batch_mapping *m = plan->mapping;
	int lrc = m ? FX_OK : fx_batch_mapping_default(&m);
	char *csv = NULL;
	size_t len = 0;
	if (lrc == FX_OK)
		lrc = fx_batch_mapping_template_csv(m, plan->in.separator, &csv, &len);
	if (m != plan->mapping)
		fx_batch_mapping_free(m);
	if (lrc != FX_OK)
		return fx_cli_library_error(lrc);
	rc = fx_cli_write_output(args->value[OPT_OUTPUT], csv, len);
	free(csv);
	return rc;
}

/* Parses --jobs (1 to 64; default: the number of processors). */
static int parse_jobs(const char *text, unsigned *out)
{
	if (!text) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		*out = n < 1 ? 1u : n > 64 ? 64u : (unsigned)n;
		return FX_CLI_EXIT_OK;
	}
	char *end = NULL;
	long n = strtol(text, &end, 10);
	if (!end || *end || n < 1 || n > 64)
		return fx_cli_usage_error("batch", "--jobs '%s': expected a number from 1 to 64",
		                          text);
	*out = (unsigned)n;
	return FX_CLI_EXIT_OK;
}

/* Parses --separator: ';', ',', tab ("tab" or "\t") or another character. */
static int parse_separator(const char *text, char *out)
{
	if (!text)
		return FX_CLI_EXIT_OK;
	if (strcmp(text, "tab") == 0 || strcmp(text, "\\t") == 0 || strcmp(text, "\t") == 0)
		*out = '\t';
	else if (strlen(text) == 1 && text[0] != '"' && (unsigned char)text[0] > ' ' &&
	         (unsigned char)text[0] < 0x7F)
		*out = text[0];
	else
		return fx_cli_usage_error("batch",
		                          "--separator '%s': expected ';', ',', 'tab' or "
		                          "another single character",
		                          text);
	return FX_CLI_EXIT_OK;
}

/* Checks the option values of args into plan. */
static int check_values(const fx_cli_args *args, batch_plan *plan)
{
	fx_generate_options *g = &plan->gen;
	int rc = parse_separator(args->value[OPT_SEPARATOR], &plan->in.separator);
	if (rc == FX_CLI_EXIT_OK)
		rc = parse_jobs(args->value[OPT_JOBS], &plan->opts.jobs);
	if (rc == FX_CLI_EXIT_OK && args->seen[OPT_PROFILE]) {
		fx_profile p;
		rc = fx_cli_parse_profile("batch", args->value[OPT_PROFILE], &p);
		g->profile = (int)p;
	}
	if (rc == FX_CLI_EXIT_OK && args->seen[OPT_LANG])
		rc = fx_cli_check_language("batch", args->value[OPT_LANG]);
	if (rc == FX_CLI_EXIT_OK && args->seen[OPT_DATE]) {
		rc = fx_cli_parse_date("batch", args->value[OPT_DATE], &plan->date);
		g->date = &plan->date;
	}
	g->language = args->value[OPT_LANG];
	g->template_path = args->value[OPT_TEMPLATE];
	g->logo_path = args->value[OPT_LOGO];
	plan->in.encoding = args->value[OPT_ENCODING];
	plan->in.lines_path = args->value[OPT_LINES];
	plan->in.seller_path = args->value[OPT_SELLER];
	plan->opts.strict = args->seen[OPT_STRICT];
	plan->opts.force = args->seen[OPT_FORCE];
	plan->opts.rules_only = args->seen[OPT_RULES_ONLY];
	return rc;
}

/* Checks the arguments of a run that makes invoices. */
static int check_run_args(const fx_cli_args *args)
{
	if (args->n_positional == 0)
		return fx_cli_usage_error("batch", "missing the CSV export EXPORT.csv");
	if (args->n_positional > 1)
		return fx_cli_usage_error("batch", "too many arguments (one EXPORT.csv expected; "
		                                   "the lines file goes with --lines)");
	if (!args->seen[OPT_OUTPUT])
		return fx_cli_usage_error("batch", "missing the output folder (-o OUTDIR)");
	if (strcmp(args->positional[0], "-") == 0 ||
	    (args->seen[OPT_LINES] && strcmp(args->value[OPT_LINES], "-") == 0))
		return fx_cli_usage_error("batch", "the export must be a file (it is read twice), "
		                                   "not standard input");
	return FX_CLI_EXIT_OK;
}

/* Runs the batch as planned and reports it. */
static int run(const fx_cli_args *args, batch_plan *plan)
{
	const char *out_dir = args->value[OPT_OUTPUT];
	const char *summary = args->value[OPT_SUMMARY];
	if (!summary) {
		size_t n = strlen(out_dir) + sizeof "/summary.json";
		if (!(plan->summary = malloc(n))) {
			fprintf(stderr, "facturx: out of memory\n");
			return FX_CLI_EXIT_USAGE;
		}
		snprintf(plan->summary, n, "%s/summary.json", out_dir);
		summary = plan->summary;
	}
	plan->in.csv_path = args->positional[0];
	plan->in.mapping = plan->mapping;
	plan->opts.out_dir = out_dir;
	plan->opts.generate = &plan->gen;
	fx_cli_report rep;
	fx_cli_report_start(&rep, summary, &plan->in, out_dir);
	plan->opts.on_result = fx_cli_report_result;
	plan->opts.on_notice = fx_cli_report_notice;
	plan->opts.user_data = &rep;
	fx_batch_stats stats;
	int lrc = fx_batch_run(&plan->in, &plan->opts, &stats);
	if (lrc != FX_OK) {
		fx_cli_report_abandon(&rep);
		return fx_cli_library_error(lrc);
	}
	int rc = fx_cli_report_finish(&rep, &stats, plan->opts.strict);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	return stats.failed ? FX_CLI_EXIT_INVALID : FX_CLI_EXIT_OK;
}

/* Runs "facturx batch ...". */
int fx_cli_cmd_batch(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("batch", batch_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("batch");
	batch_plan plan;
	memset(&plan, 0, sizeof plan);
	fx_batch_input_init(&plan.in, FX_BATCH_INPUT_VERSION);
	fx_batch_options_init(&plan.opts, FX_BATCH_OPTIONS_VERSION);
	plan.gen = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	rc = check_values(&args, &plan);
	if (rc == FX_CLI_EXIT_OK && args.seen[OPT_TEMPLATE_MAPPING]) {
		const char *json = fx_batch_mapping_default_json();
		rc = args.n_positional
		         ? fx_cli_usage_error("batch", "--template-mapping takes no argument")
		         : fx_cli_write_output(args.value[OPT_OUTPUT], json, strlen(json));
	} else if (rc == FX_CLI_EXIT_OK && args.seen[OPT_TEMPLATE_CSV]) {
		rc = args.n_positional
		         ? fx_cli_usage_error("batch", "--template-csv takes no argument")
		         : write_template_csv(&args, &plan);
	} else if (rc == FX_CLI_EXIT_OK) {
		rc = check_run_args(&args);
		if (rc == FX_CLI_EXIT_OK)
			rc = load_mapping(&args, &plan);
		if (rc == FX_CLI_EXIT_OK)
			rc = run(&args, &plan);
	}
	fx_batch_mapping_free(plan.mapping);
	free(plan.summary);
	return rc;
}
