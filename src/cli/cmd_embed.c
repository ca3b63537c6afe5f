/*
 * "facturx embed": a PDF drawn by another program + its CII XML -> a
 * Factur-X PDF/A-3b file, or the list of reasons why the PDF cannot be one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
	OPT_PDF,
	OPT_XML,
	OPT_PROFILE,
	OPT_RELATIONSHIP,
	OPT_ATTACH,
	OPT_LANG,
	OPT_DATE,
	OPT_OUTPUT,
	OPT_NO_VALIDATE,
	OPT_HELP,
	N_OPTS
};

static const fx_cli_option embed_options[N_OPTS] = {
    [OPT_PDF] = {"pdf", 0, true, false},
    [OPT_XML] = {"xml", 0, true, false},
    [OPT_PROFILE] = {"profile", 'p', true, false},
    [OPT_RELATIONSHIP] = {"relationship", 0, true, false},
    [OPT_ATTACH] = {"attach", 0, true, true},
    [OPT_LANG] = {"lang", 0, true, false},
    [OPT_DATE] = {"date", 0, true, false},
    [OPT_OUTPUT] = {"output", 'o', true, false},
    [OPT_NO_VALIDATE] = {"no-validate", 0, false, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/** The inputs and checked options of one run. */
typedef struct embed_job {
	fx_generate_options opts;
	fx_pdf_date date;
	fx_cli_attachments files;
	char *pdf, *xml;
	size_t pdf_len, xml_len;
	const char *pdf_name, *xml_name;
} embed_job;

/* Checks the arguments and option values of args into job. */
static int check_args(const fx_cli_args *args, embed_job *job)
{
	if (args->n_positional > 0)
		return fx_cli_usage_error("embed",
		                          "unexpected argument '%s' (the files are given "
		                          "with --pdf and --xml)",
		                          args->positional[0]);
	if (!args->seen[OPT_PDF])
		return fx_cli_usage_error("embed", "missing the visual PDF (--pdf FILE.pdf)");
	if (!args->seen[OPT_XML])
		return fx_cli_usage_error("embed", "missing the invoice XML (--xml INVOICE.xml)");
	if (!args->seen[OPT_OUTPUT])
		return fx_cli_usage_error("embed", "missing the output file (-o OUT.pdf)");
	if (strcmp(args->value[OPT_PDF], "-") == 0 && strcmp(args->value[OPT_XML], "-") == 0)
		return fx_cli_usage_error("embed", "--pdf and --xml cannot both be standard input");
	fx_generate_options *o = &job->opts;
	int rc = FX_CLI_EXIT_OK;
	if (args->seen[OPT_PROFILE]) {
		fx_profile p;
		rc = fx_cli_parse_profile("embed", args->value[OPT_PROFILE], &p);
		o->profile = (int)p;
	}
	if (rc == FX_CLI_EXIT_OK && args->seen[OPT_RELATIONSHIP])
		rc = fx_cli_parse_xml_relationship("embed", args->value[OPT_RELATIONSHIP],
		                                   &o->xml_relationship);
	if (rc == FX_CLI_EXIT_OK && args->seen[OPT_LANG])
		rc = fx_cli_check_language("embed", args->value[OPT_LANG]);
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_parse_date("embed", args->value[OPT_DATE], &job->date);
	o->language = args->value[OPT_LANG];
	o->skip_validation = args->seen[OPT_NO_VALIDATE];
	o->date = &job->date;
	return rc;
}

/* Returns name as given, or "<stdin>" for "-". */
static const char *source_name(const char *name)
{
	return strcmp(name, "-") == 0 ? "<stdin>" : name;
}

/* Reads the two input files and the attachments of args into job. */
static int read_inputs(const fx_cli_args *args, embed_job *job)
{
	job->xml_name = source_name(args->value[OPT_XML]);
	job->pdf_name = source_name(args->value[OPT_PDF]);
	int rc = fx_cli_read_input(args->value[OPT_XML], &job->xml, &job->xml_len);
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_read_input(args->value[OPT_PDF], &job->pdf, &job->pdf_len);
	if (rc == FX_CLI_EXIT_OK)
		rc =
		    fx_cli_load_attachments("embed", args->repeated, args->n_repeated, &job->files);
	job->opts.attachments = job->files.files;
	job->opts.attachment_count = job->files.n;
	return rc;
}

/* Refuses an XML that is not a CII invoice, before the PDF is looked at;
 * warns when --relationship (rel_text) is overridden by its profile. */
static int check_xml(const embed_job *job, const char *rel_text)
{
	fx_invoice *inv = NULL;
	int bt24 = -1;
	int rc = fx_cii_read_memory(job->xml, job->xml_len, job->xml_name, &inv, &bt24);
	fx_invoice_free(inv);
	if (rc == FX_OK) {
		int p = job->opts.profile == FX_GENERATE_PROFILE_AUTO ? bt24 : job->opts.profile;
		if (p >= 0)
			fx_cli_warn_relationship((fx_profile)p, job->opts.xml_relationship,
			                         rel_text);
		return FX_CLI_EXIT_OK;
	}
	fprintf(stderr,
	        "facturx: %s\nfacturx: %s is refused: embed needs the UN/CEFACT CII XML "
	        "(Factur-X) of the invoice\n",
	        fx_error_last()->message, job->xml_name);
	return rc == FX_EIO || rc == FX_ENOMEM ? FX_CLI_EXIT_USAGE : FX_CLI_EXIT_INVALID;
}

/* Prints issue on stderr, indented, as "code (object N, page P): message". */
static void print_issue(const char *indent, const fx_pdf_issue *issue)
{
	fprintf(stderr, "%s%s", indent, fx_pdf_issue_code_name(issue->code));
	if (issue->object > 0 && issue->page > 0)
		fprintf(stderr, " (object %d, page %d)", issue->object, issue->page);
	else if (issue->object > 0)
		fprintf(stderr, " (object %d)", issue->object);
	else if (issue->page > 0)
		fprintf(stderr, " (page %d)", issue->page);
	fprintf(stderr, ": %s\n", issue->message);
}

/* Prints the issues of severity sev under a heading; returns how many. */
static size_t print_issues(const fx_pdf_issues *list, fx_pdf_severity sev, const char *indent)
{
	size_t n = 0;
	for (size_t i = 0; i < fx_pdf_issues_count(list); i++) {
		const fx_pdf_issue *issue = fx_pdf_issues_get(list, i);
		if (issue->severity == sev) {
			print_issue(indent, issue);
			n++;
		}
	}
	return n;
}

/* Checks the visual PDF: lists every reason and refuses it (exit 1) when
 * it cannot become PDF/A-3b; prints the warnings otherwise. */
static int check_pdf(const embed_job *job)
{
	fx_pdf_issues *list = NULL;
	int rc = fx_pdf_check_embeddable(job->pdf, job->pdf_len, job->pdf_name, &list);
	if (rc != FX_OK)
		return fx_cli_library_error(rc);
	size_t errors = fx_pdf_issues_error_count(list);
	if (errors > 0) {
		fprintf(stderr,
		        "facturx: %s cannot become a PDF/A-3b Factur-X file (%zu reason%s):\n",
		        job->pdf_name, errors, errors > 1 ? "s" : "");
		print_issues(list, FX_PDF_SEVERITY_ERROR, "  ");
	}
	if (fx_pdf_issues_count(list) > errors) {
		fprintf(stderr, "facturx: %s: warnings:\n", job->pdf_name);
		print_issues(list, FX_PDF_SEVERITY_WARNING, "  ");
	}
	fx_pdf_issues_free(list);
	return errors > 0 ? FX_CLI_EXIT_INVALID : FX_CLI_EXIT_OK;
}

/* Assembles the Factur-X file of job and writes it to path. */
static int assemble(const embed_job *job, const char *path)
{
	unsigned char *out = NULL;
	size_t len = 0;
	int rc = fx_generate_embed_memory(job->pdf, job->pdf_len, job->xml, job->xml_len,
	                                  job->xml_name, &job->opts, &out, &len);
	if (rc != FX_OK)
		return fx_cli_library_error(rc);
	return fx_cli_write_pdf(path, out, len);
}

/* Runs "facturx embed --pdf THEIRS.pdf --xml INVOICE.xml -o OUT.pdf". */
int fx_cli_cmd_embed(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("embed", embed_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("embed");
	embed_job job;
	memset(&job, 0, sizeof job);
	job.opts = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	rc = check_args(&args, &job);
	if (rc == FX_CLI_EXIT_OK)
		rc = read_inputs(&args, &job);
	if (rc == FX_CLI_EXIT_OK)
		rc = check_xml(&job, args.value[OPT_RELATIONSHIP]);
	if (rc == FX_CLI_EXIT_OK)
		rc = check_pdf(&job);
	if (rc == FX_CLI_EXIT_OK)
		rc = assemble(&job, args.value[OPT_OUTPUT]);
	fx_cli_free_attachments(&job.files);
	free(job.pdf);
	free(job.xml);
	return rc;
}
