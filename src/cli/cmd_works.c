/*
 * "facturx works": works statements (projet de décompte mensuel, projet de
 * décompte final, DGD). "generate" writes the Factur-X PDF of a statement
 * and records it in the series state; "xml" writes its CII XML; "show"
 * prints its three-column décompte. The statements before it come from the
 * series state (--state) or are recomputed from their descriptions
 * (--previous), or both (then each must match what the state recorded).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

enum {
	OPT_STATE,
	OPT_PREVIOUS,
	OPT_OUTPUT,
	OPT_PROFILE,
	OPT_LANG,
	OPT_TEMPLATE,
	OPT_LOGO,
	OPT_DATE,
	OPT_HELP,
	N_OPTS
};

static const fx_cli_option works_options[N_OPTS] = {
    [OPT_STATE] = {"state", 0, true, false},     [OPT_PREVIOUS] = {"previous", 0, true, true},
    [OPT_OUTPUT] = {"output", 'o', true, false}, [OPT_PROFILE] = {"profile", 'p', true, false},
    [OPT_LANG] = {"lang", 0, true, false},       [OPT_TEMPLATE] = {"template", 0, true, false},
    [OPT_LOGO] = {"logo", 0, true, false},       [OPT_DATE] = {"date", 0, true, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/** The subcommands and the options each accepts (beside state, previous, help). */
typedef enum subcommand { SUB_GENERATE, SUB_XML, SUB_SHOW } subcommand;

/** Everything a run holds. */
typedef struct works_run {
	subcommand sub;
	fx_cli_args args;
	fx_works_description *desc;
	fx_works_series *series;
	fx_works_statement *st;
	fx_invoice *inv;
	fx_profile profile;
	bool has_profile;
} works_run;

/* Frees what run holds. */
static void release(works_run *r)
{
	fx_invoice_free(r->inv);
	fx_works_statement_free(r->st);
	fx_works_description_free(r->desc);
	fx_works_series_free(r->series);
}

/* Checks that the options given suit the subcommand. */
static int check_options(works_run *r)
{
	static const bool allowed[3][N_OPTS] = {
	    [SUB_GENERATE] = {true, true, true, true, true, true, true, true, true},
	    [SUB_XML] = {true, true, true, true, false, false, false, false, true},
	    [SUB_SHOW] = {true, true, false, false, true, false, false, false, true}};
	static const char *const names[] = {"generate", "xml", "show"};
	for (int i = 0; i < N_OPTS; i++)
		if (r->args.seen[i] && !allowed[r->sub][i])
			return fx_cli_usage_error("works", "option '--%s' is not for 'works %s'",
			                          works_options[i].long_name, names[r->sub]);
	if (r->args.n_positional != 1)
		return fx_cli_usage_error("works", r->args.n_positional
		                                       ? "too many arguments (one STATEMENT.json "
		                                         "expected)"
		                                       : "missing the statement description "
		                                         "STATEMENT.json");
	if (r->sub == SUB_GENERATE && !r->args.seen[OPT_OUTPUT])
		return fx_cli_usage_error("works", "missing the output file (-o OUT.pdf)");
	int rc = FX_CLI_EXIT_OK;
	if (r->args.seen[OPT_PROFILE]) {
		rc = fx_cli_parse_profile("works", r->args.value[OPT_PROFILE], &r->profile);
		r->has_profile = true;
	}
	if (rc == FX_CLI_EXIT_OK && r->args.seen[OPT_LANG])
		rc = fx_cli_check_language("works", r->args.value[OPT_LANG]);
	return rc;
}

/* Reads the series state when --state names an existing file, else starts one. */
static int open_series(works_run *r)
{
	const char *path = r->args.value[OPT_STATE];
	int rc = path && access(path, F_OK) == 0 ? fx_works_series_read_file(path, &r->series)
	                                         : fx_works_series_new(&r->series);
	return rc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(rc);
}

/* Reads the statement description at path ("-": standard input), its
 * contract file name being relative to the statement's folder. */
static int read_statement(const char *path, fx_works_description **out)
{
	char *data = NULL;
	size_t len = 0;
	int rc = fx_cli_read_input(path, &data, &len);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	bool in = strcmp(path, "-") == 0;
	const char *slash = in ? NULL : strrchr(path, '/');
	char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : NULL;
	int lrc = fx_works_read_memory(data, len, in ? "<stdin>" : path, dir ? dir : ".", out);
	free(dir);
	free(data);
	return lrc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(lrc);
}

/* Recomputes the --previous statements in order, recording each. */
static int replay_previous(works_run *r)
{
	for (size_t i = 0; i < r->args.n_repeated; i++) {
		const char *path = r->args.repeated[i];
		fx_works_description *d = NULL;
		fx_works_statement *st = NULL;
		int rc = read_statement(path, &d);
		if (rc != FX_CLI_EXIT_OK)
			return rc;
		rc = fx_works_compute(d, r->series, &st);
		if (rc == FX_OK)
			rc = fx_works_series_record(r->series, st);
		fx_works_statement_free(st);
		fx_works_description_free(d);
		if (rc != FX_OK)
			return fx_cli_library_error_in(path, rc);
	}
	return FX_CLI_EXIT_OK;
}

/* Reads and computes the statement, with its invoice unless showing. */
static int compute(works_run *r)
{
	const char *path = r->args.positional[0];
	int rc = read_statement(path, &r->desc);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	rc = fx_works_compute(r->desc, r->series, &r->st);
	if (rc != FX_OK)
		return fx_cli_library_error_in(path, rc);
	if (r->sub == SUB_SHOW)
		return FX_CLI_EXIT_OK;
	fx_works_options o;
	fx_works_options_init(&o, FX_WORKS_OPTIONS_VERSION);
	if (r->has_profile)
		o.profile = (int)r->profile;
	rc = fx_works_invoice(r->desc, r->st, &o, &r->inv);
	return rc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error_in(path, rc);
}

/* Prints the décompte. */
static int show(works_run *r)
{
	char *text = NULL;
	int rc = fx_works_statement_text(r->st, r->args.value[OPT_LANG], &text);
	if (rc != FX_OK)
		return fx_cli_library_error(rc);
	rc = fx_cli_write_output(NULL, text, strlen(text));
	free(text);
	return rc;
}

/* Writes the XML of the statement. */
static int write_xml(works_run *r)
{
	fx_cii_options c = FX_CII_OPTIONS_INIT;
	c.profile = r->has_profile        ? r->profile
	            : r->inv->has_profile ? r->inv->profile
	                                  : FX_PROFILE_EN16931;
	char *xml = NULL;
	size_t len = 0;
	int rc = fx_cii_write_memory(r->inv, &c, &xml, &len);
	if (rc != FX_OK)
		return fx_cli_library_error_in(r->args.positional[0], rc);
	rc = fx_cli_write_output(r->args.value[OPT_OUTPUT], xml, len);
	free(xml);
	return rc;
}

/* Records the statement in the series, writes its PDF, then the state file. */
static int generate(works_run *r)
{
	fx_pdf_date date;
	int rc = fx_cli_parse_date("works", r->args.value[OPT_DATE], &date);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	if (r->has_profile)
		o.profile = (int)r->profile;
	o.language = r->args.value[OPT_LANG];
	o.template_path = r->args.value[OPT_TEMPLATE];
	o.logo_path = r->args.value[OPT_LOGO];
	o.date = &date;
	o.works = r->st;
	/* Recorded in memory first: a refused statement writes nothing. */
	int lrc = fx_works_series_record(r->series, r->st);
	if (lrc != FX_OK)
		return fx_cli_library_error_in(r->args.positional[0], lrc);
	unsigned char *pdf = NULL;
	size_t len = 0;
	lrc = fx_generate_memory(r->inv, &o, &pdf, &len);
	if (lrc != FX_OK)
		return fx_cli_library_error_in(r->args.positional[0], lrc);
	rc = fx_cli_write_pdf(r->args.value[OPT_OUTPUT], pdf, len);
	if (rc != FX_CLI_EXIT_OK || !r->args.seen[OPT_STATE])
		return rc;
	lrc = fx_works_series_write_file(r->series, r->args.value[OPT_STATE]);
	return lrc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(lrc);
}

/* Runs "facturx works SUBCOMMAND [OPTIONS] STATEMENT.json". */
int fx_cli_cmd_works(int argc, char **argv)
{
	static const char *const subs[] = {"generate", "xml", "show"};
	if (argc < 1)
		return fx_cli_usage_error("works",
		                          "missing the subcommand (generate, xml or show)");
	if (strcmp(argv[0], "-h") == 0 || strcmp(argv[0], "--help") == 0)
		return fx_cli_print_help("works");
	works_run r;
	memset(&r, 0, sizeof r);
	size_t i = 0;
	while (i < 3 && strcmp(argv[0], subs[i]) != 0)
		i++;
	if (i == 3)
		return fx_cli_usage_error(
		    "works", "unknown subcommand '%s' (expected generate, xml or show)", argv[0]);
	r.sub = (subcommand)i;
	int rc = fx_cli_parse("works", works_options, N_OPTS, argc - 1, argv + 1, &r.args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (r.args.seen[OPT_HELP])
		return fx_cli_print_help("works");
	rc = check_options(&r);
	if (rc == FX_CLI_EXIT_OK)
		rc = open_series(&r);
	if (rc == FX_CLI_EXIT_OK)
		rc = replay_previous(&r);
	if (rc == FX_CLI_EXIT_OK)
		rc = compute(&r);
	if (rc == FX_CLI_EXIT_OK)
		rc = r.sub == SUB_SHOW ? show(&r) : r.sub == SUB_XML ? write_xml(&r) : generate(&r);
	release(&r);
	return rc;
}
