/*
 * "facturx validate": the verdict of the official rules on Factur-X PDFs
 * and CII XML invoices, rule by rule, for one or many files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
	OPT_LANG,
	OPT_FORMAT,
	OPT_PROFILE,
	OPT_FR,
	OPT_NO_FR,
	OPT_CHORUS,
	OPT_NO_CHORUS,
	OPT_QUIET,
	OPT_HELP,
	N_OPTS
};

static const fx_cli_option validate_options[N_OPTS] = {
    [OPT_LANG] = {"lang", 0, true, false},
    [OPT_FORMAT] = {"format", 0, true, false},
    [OPT_PROFILE] = {"profile", 'p', true, false},
    [OPT_FR] = {"fr", 0, false, false},
    [OPT_NO_FR] = {"no-fr", 0, false, false},
    [OPT_CHORUS] = {"chorus", 0, false, false},
    [OPT_NO_CHORUS] = {"no-chorus", 0, false, false},
    [OPT_QUIET] = {"quiet", 'q', false, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/** The run: options, output format and what was found. */
typedef struct validate_run {
	fx_validate_options opts;
	bool json;
	bool quiet;
	bool many;
	size_t valid, invalid, unreadable;
	size_t json_items;
} validate_run;

/* True when option k takes a value (its next argument is not a FILE). */
static bool takes_value(const char *arg)
{
	for (int k = 0; k < N_OPTS; k++) {
		const fx_cli_option *o = &validate_options[k];
		if (!o->takes_value)
			continue;
		if (arg[1] == '-' && strcmp(arg + 2, o->long_name) == 0)
			return true;
		if (arg[1] != '-' && o->short_name && arg[1] == o->short_name && arg[2] == 0)
			return true;
	}
	return false;
}

/* Collects the FILE operands of argv (fx_cli_parse already checked the
 * syntax) into a malloc'ed array; returns their number. */
static size_t collect_files(int argc, char **argv, const char ***files)
{
	*files = calloc((size_t)argc + 1, sizeof(char *));
	size_t n = 0;
	bool options_done = false;
	for (int i = 0; *files && i < argc; i++) {
		const char *a = argv[i];
		if (!options_done && strcmp(a, "--") == 0)
			options_done = true;
		else if (options_done || a[0] != '-' || a[1] == 0)
			(*files)[n++] = a;
		else if (!strchr(a, '=') && takes_value(a))
			i++;
	}
	return n;
}

/* Checks the option values into run. */
static int check_values(const fx_cli_args *args, validate_run *run)
{
	fx_validate_options_init(&run->opts, FX_VALIDATE_OPTIONS_VERSION);
	const char *lang = args->value[OPT_LANG];
	if (lang) {
		int rc = fx_cli_check_language("validate", lang);
		if (rc != FX_CLI_EXIT_OK)
			return rc;
		run->opts.lang = strncmp(lang, "fr", 2) == 0 ? "fr" : "en";
	}
	const char *format = args->value[OPT_FORMAT];
	if (format && strcmp(format, "json") != 0 && strcmp(format, "text") != 0)
		return fx_cli_usage_error("validate", "unknown format '%s' (expected text or json)",
		                          format);
	run->json = format && strcmp(format, "json") == 0;
	if (args->seen[OPT_FR] && args->seen[OPT_NO_FR])
		return fx_cli_usage_error("validate", "--fr and --no-fr exclude each other");
	if (args->seen[OPT_CHORUS] && args->seen[OPT_NO_CHORUS])
		return fx_cli_usage_error("validate",
		                          "--chorus and --no-chorus exclude each other");
	run->opts.french = args->seen[OPT_FR]      ? FX_SWITCH_ON
	                   : args->seen[OPT_NO_FR] ? FX_SWITCH_OFF
	                                           : FX_SWITCH_AUTO;
	run->opts.chorus = args->seen[OPT_CHORUS]      ? FX_SWITCH_ON
	                   : args->seen[OPT_NO_CHORUS] ? FX_SWITCH_OFF
	                                               : FX_SWITCH_AUTO;
	if (args->seen[OPT_PROFILE]) {
		int rc =
		    fx_cli_parse_profile("validate", args->value[OPT_PROFILE], &run->opts.profile);
		if (rc != FX_CLI_EXIT_OK)
			return rc;
		run->opts.force_profile = true;
	}
	run->quiet = args->seen[OPT_QUIET];
	return FX_CLI_EXIT_OK;
}

/* Writes text on standard output. */
static void put(const char *text)
{
	fputs(text, stdout);
}

/* Writes the JSON of an unreadable file. */
static void put_json_error(const char *path, const char *message)
{
	fputs("{\n  \"source\": \"", stdout);
	for (const char *p = path; *p; p++) {
		if (*p == '"' || *p == '\\')
			putchar('\\');
		if ((unsigned char)*p >= 0x20)
			putchar(*p);
	}
	fputs("\",\n  \"error\": \"", stdout);
	for (const char *p = message; *p; p++) {
		if (*p == '"' || *p == '\\')
			putchar('\\');
		if ((unsigned char)*p >= 0x20)
			putchar(*p);
	}
	fputs("\"\n}", stdout);
}

/* Starts the next item of the JSON array (several files). */
static void json_separator(validate_run *run)
{
	if (run->many)
		put(run->json_items++ ? ",\n" : "[\n");
}

/* Writes one JSON object: its trailing newline is left to the array's
 * punctuation when several files are given. */
static void put_json(const validate_run *run, const char *text)
{
	size_t n = strlen(text);
	if (run->many && n > 0 && text[n - 1] == '\n')
		n--;
	fwrite(text, 1, n, stdout);
}

/* Writes the one-line summary of a validated file. */
static void put_summary(const fx_report *r, const char *path, bool french)
{
	size_t warnings = 0;
	for (size_t i = 0; i < fx_report_count(r); i++)
		warnings += fx_report_get(r, i)->severity == FX_SEVERITY_WARNING;
	bool valid = fx_report_verdict(r) == FX_VERDICT_VALID;
	if (french)
		printf("%s: %s (%zu bloquant(s), %zu avertissement(s))\n", path,
		       valid ? "valide" : "NON VALIDE", fx_report_fatal_count(r), warnings);
	else
		printf("%s: %s (%zu fatal, %zu warning(s))\n", path, valid ? "valid" : "INVALID",
		       fx_report_fatal_count(r), warnings);
}

/* Validates one file and prints its report; updates the counts. */
static void validate_one(validate_run *run, const char *path)
{
	fx_report *r = NULL;
	int rc;
	if (strcmp(path, "-") == 0) {
		char *data = NULL;
		size_t len = 0;
		rc = fx_cli_read_input(path, &data, &len) == FX_CLI_EXIT_OK
		         ? fx_validate_memory(data, len, "-", &run->opts, &r)
		         : FX_EIO;
		free(data);
	} else {
		rc = fx_validate_file(path, &run->opts, &r);
	}
	bool french = strcmp(run->opts.lang, "fr") == 0;
	if (rc != FX_OK) {
		run->unreadable++;
		const char *msg = fx_error_last()->message;
		fprintf(stderr, "facturx: %s\n", msg);
		if (run->json) {
			json_separator(run);
			put_json_error(path, msg);
			if (!run->many)
				put("\n");
		} else if (run->many || run->quiet) {
			printf("%s: %s\n", path, french ? "ILLISIBLE" : "UNREADABLE");
		}
		return;
	}
	*(fx_report_verdict(r) == FX_VERDICT_VALID ? &run->valid : &run->invalid) += 1;
	char *text = NULL;
	if (run->json) {
		json_separator(run);
		if (fx_report_to_json(r, &text, NULL) == FX_OK)
			put_json(run, text);
	} else {
		if (!run->quiet && fx_report_to_text(r, &text, NULL) == FX_OK)
			put(text);
		if (run->many || run->quiet)
			put_summary(r, path, french);
	}
	free(text);
	fx_report_free(r);
}

/* Writes the closing line (several files). */
static void put_totals(const validate_run *run, size_t n)
{
	if (run->json) {
		if (run->many)
			put("\n]\n");
		return;
	}
	if (!run->many)
		return;
	if (strcmp(run->opts.lang, "fr") == 0)
		printf("%zu fichiers : %zu valides, %zu non valides, %zu illisibles\n", n,
		       run->valid, run->invalid, run->unreadable);
	else
		printf("%zu files: %zu valid, %zu invalid, %zu unreadable\n", n, run->valid,
		       run->invalid, run->unreadable);
}

/* Runs "facturx validate [OPTIONS] FILE...". */
int fx_cli_cmd_validate(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("validate", validate_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("validate");
	if (args.n_positional == 0)
		return fx_cli_usage_error("validate", "missing the file(s) to validate");
	validate_run run;
	memset(&run, 0, sizeof(run));
	rc = check_values(&args, &run);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	const char **files = NULL;
	size_t n = collect_files(argc, argv, &files);
	if (!files) {
		fprintf(stderr, "facturx: out of memory\n");
		return FX_CLI_EXIT_USAGE;
	}
	run.many = n > 1;
	for (size_t i = 0; i < n; i++)
		validate_one(&run, files[i]);
	put_totals(&run, n);
	free(files);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "facturx: cannot write to standard output\n");
		return FX_CLI_EXIT_USAGE;
	}
	return run.unreadable ? FX_CLI_EXIT_USAGE
	       : run.invalid  ? FX_CLI_EXIT_INVALID
	                      : FX_CLI_EXIT_OK;
}
