/*
 * "facturx generate": JSON description -> computed invoice -> Factur-X
 * PDF/A-3b file (the page a person reads with the CII XML embedded).
 */
#include <string.h>

#include "cli.h"

enum {
	OPT_PROFILE,
	OPT_TEMPLATE,
	OPT_LANG,
	OPT_LOGO,
	OPT_ATTACH,
	OPT_RELATIONSHIP,
	OPT_RULES_ONLY,
	OPT_DATE,
	OPT_OUTPUT,
	OPT_NO_VALIDATE,
	OPT_HELP,
	N_OPTS
};

static const fx_cli_option generate_options[N_OPTS] = {
    [OPT_PROFILE] = {"profile", 'p', true, false},
    [OPT_TEMPLATE] = {"template", 0, true, false},
    [OPT_LANG] = {"lang", 0, true, false},
    [OPT_LOGO] = {"logo", 0, true, false},
    [OPT_ATTACH] = {"attach", 0, true, true},
    [OPT_RELATIONSHIP] = {"relationship", 0, true, false},
    [OPT_RULES_ONLY] = {"rules-only", 0, false, false},
    [OPT_DATE] = {"date", 0, true, false},
    [OPT_OUTPUT] = {"output", 'o', true, false},
    [OPT_NO_VALIDATE] = {"no-validate", 0, false, false},
    [OPT_HELP] = {"help", 'h', false, false},
};

/** What the options say, once checked. */
typedef struct generate_plan {
	fx_generate_options opts;
	fx_pdf_date date;
	fx_cli_attachments files;
} generate_plan;

/* Checks the option values of args into plan (before the invoice is read). */
static int check_values(const fx_cli_args *args, generate_plan *plan)
{
	fx_generate_options *o = &plan->opts;
	int rc = FX_CLI_EXIT_OK;
	if (args->seen[OPT_PROFILE]) {
		fx_profile p;
		rc = fx_cli_parse_profile("generate", args->value[OPT_PROFILE], &p);
		o->profile = (int)p;
	}
	if (rc == FX_CLI_EXIT_OK && args->seen[OPT_LANG])
		rc = fx_cli_check_language("generate", args->value[OPT_LANG]);
	if (rc == FX_CLI_EXIT_OK && args->seen[OPT_RELATIONSHIP])
		rc = fx_cli_parse_xml_relationship("generate", args->value[OPT_RELATIONSHIP],
		                                   &o->xml_relationship);
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_parse_date("generate", args->value[OPT_DATE], &plan->date);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	o->language = args->value[OPT_LANG];
	o->template_path = args->value[OPT_TEMPLATE];
	o->logo_path = args->value[OPT_LOGO];
	o->skip_validation = args->seen[OPT_NO_VALIDATE];
	o->date = &plan->date;
	return FX_CLI_EXIT_OK;
}

/* Warns when --relationship asks something the profile of inv overrides. */
static void warn_relationship(const fx_cli_args *args, const generate_plan *plan,
                              const fx_invoice *inv)
{
	int p = plan->opts.profile;
	if (p == FX_GENERATE_PROFILE_AUTO)
		p = inv->has_profile ? (int)inv->profile : (int)FX_PROFILE_EN16931;
	fx_cli_warn_relationship((fx_profile)p, plan->opts.xml_relationship,
	                         args->value[OPT_RELATIONSHIP]);
}

/* Makes the file of inv as planned and writes it to path. */
static int write_pdf(const fx_invoice *inv, const generate_plan *plan, const char *path)
{
	if (strcmp(path, "-") != 0) {
		int rc = fx_generate_file(inv, &plan->opts, path);
		return rc == FX_OK ? FX_CLI_EXIT_OK : fx_cli_library_error(rc);
	}
	unsigned char *pdf = NULL;
	size_t len = 0;
	int rc = fx_generate_memory(inv, &plan->opts, &pdf, &len);
	if (rc != FX_OK)
		return fx_cli_library_error(rc);
	return fx_cli_write_pdf(NULL, pdf, len);
}

/* Runs "facturx generate [OPTIONS] INVOICE.json -o OUT.pdf". */
int fx_cli_cmd_generate(int argc, char **argv)
{
	fx_cli_args args;
	int rc = fx_cli_parse("generate", generate_options, N_OPTS, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[OPT_HELP])
		return fx_cli_print_help("generate");
	if (args.n_positional == 0)
		return fx_cli_usage_error("generate",
		                          "missing the invoice description INVOICE.json");
	if (args.n_positional > 1)
		return fx_cli_usage_error("generate",
		                          "too many arguments (one INVOICE.json expected)");
	if (!args.seen[OPT_OUTPUT])
		return fx_cli_usage_error("generate", "missing the output file (-o OUT.pdf)");
	generate_plan plan;
	memset(&plan, 0, sizeof plan);
	plan.opts = (fx_generate_options)FX_GENERATE_OPTIONS_INIT;
	rc = check_values(&args, &plan);
	if (rc == FX_CLI_EXIT_OK)
		rc = fx_cli_load_attachments("generate", args.repeated, args.n_repeated,
		                             &plan.files);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	plan.opts.attachments = plan.files.files;
	plan.opts.attachment_count = plan.files.n;
	fx_invoice *inv = NULL;
	rc = fx_cli_load_invoice(args.positional[0], args.seen[OPT_RULES_ONLY], &inv);
	if (rc == FX_CLI_EXIT_OK) {
		warn_relationship(&args, &plan, inv);
		rc = write_pdf(inv, &plan, args.value[OPT_OUTPUT]);
	}
	fx_invoice_free(inv);
	fx_cli_free_attachments(&plan.files);
	return rc;
}
