/*
 * The help texts of "facturx chorus" and its sub-commands (docs/cli.md
 * documents the same options).
 */
#include <string.h>

#include "chorus.h"

static const char help_chorus[] =
    "Usage: facturx chorus SUBCOMMAND [OPTIONS] ARGUMENTS\n"
    "\n"
    "Deposits Factur-X invoices for public buyers on Chorus Pro through its API\n"
    "(PISTE) and follows them. Credentials and settings come from a private\n"
    "configuration file and FACTURX_CHORUS_* variables (docs/chorus-pro.md);\n"
    "every deposit is recorded in a local journal.\n"
    "\n"
    "Sub-commands:\n"
    "  lookup SIRET            a public structure, its services and what it requires\n"
    "  check FILE.pdf          validate an invoice and the buyer's obligations\n"
    "  deposit FILE.pdf...     check and deposit invoices\n"
    "  status [FLOW]           the deposit report and the invoices of a flow\n"
    "  history [NUMBER]        the deposits recorded in the journal\n"
    "  annuaire import FILE... import the directory export for offline checks\n"
    "  config                  show the effective configuration (secrets masked)\n"
    "\n"
    "Options:\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Run 'facturx chorus SUBCOMMAND --help' for the options of a sub-command.\n"
    "\n"
    "Exit status: 0 success, 1 invalid invoice, refused or rejected deposit,\n"
    "2 usage error, unreadable input, configuration or journal problem,\n"
    "3 Chorus Pro unreachable or failing, or a deposit whose outcome is unknown.\n";

static const char help_lookup[] =
    "Usage: facturx chorus lookup [OPTIONS] SIRET\n"
    "\n"
    "Shows the Chorus Pro structure whose SIRET is SIRET: its name, whether it\n"
    "is active, whether invoices must carry a service code (BT-10) and/or an\n"
    "engagement number (BT-13), and its services. It asks the Chorus Pro API\n"
    "when credentials are configured, else (or when the API cannot be reached)\n"
    "the imported directory.\n"
    "\n"
    "Options:\n"
    "      --service CODE      also tell whether service CODE requires an\n"
    "                          engagement number\n"
    "      --offline           use the imported directory only\n"
    "      --config FILE       the configuration file (mode 0600)\n"
    "      --annuaire FILE     the directory database\n"
    "  -v, --verbose           show each HTTP exchange on standard error\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 found, 1 no such structure, 2 usage or configuration\n"
    "error, 3 Chorus Pro unreachable and no directory to fall back on.\n";

static const char help_check[] =
    "Usage: facturx chorus check [OPTIONS] FILE.pdf\n"
    "\n"
    "Checks a Factur-X PDF before its deposit: the full validation with the\n"
    "Chorus Pro rules, then the buyer (BT-46/BT-47 SIRET) as Chorus Pro knows\n"
    "it: on Chorus Pro and active, service code (BT-10) and engagement number\n"
    "(BT-13) present when the buyer or its service requires them, the service\n"
    "known and active. Every problem is listed.\n"
    "\n"
    "Options:\n"
    "      --offline           look the buyer up in the imported directory only\n"
    "      --config FILE       the configuration file (mode 0600)\n"
    "      --annuaire FILE     the directory database\n"
    "  -v, --verbose           show each HTTP exchange on standard error\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 ready to deposit, 1 problems found, 2 usage error or\n"
    "unreadable file.\n";

static const char help_deposit[] =
    "Usage: facturx chorus deposit [OPTIONS] FILE.pdf...\n"
    "\n"
    "Checks each file as 'facturx chorus check' does and deposits it on Chorus\n"
    "Pro (factures/v1/deposer/flux, syntax IN_DP_E2_CII_FACTURX), then prints\n"
    "the flow number. The journal records each deposit before it is sent: a\n"
    "file or invoice number already deposited is refused, and a deposit whose\n"
    "answer was lost is first looked for on the platform, never sent again\n"
    "blindly.\n"
    "\n"
    "Options:\n"
    "      --force             deposit even when the check finds problems\n"
    "      --again             deposit even when the journal shows it was\n"
    "                          already deposited\n"
    "      --file-name NAME    the file name given to Chorus Pro (one file only;\n"
    "                          default: factur-x_NUMBER.pdf)\n"
    "      --syntax SYNTAX     the syntaxeFlux (default: IN_DP_E2_CII_FACTURX)\n"
    "      --offline           check the buyer in the imported directory only\n"
    "      --config FILE       the configuration file (mode 0600)\n"
    "      --journal FILE      the journal database\n"
    "      --annuaire FILE     the directory database\n"
    "  -v, --verbose           show each HTTP exchange on standard error\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 every file deposited, 1 a file refused by the check, the\n"
    "journal or Chorus Pro, 2 usage error or unreadable file, 3 Chorus Pro\n"
    "unreachable or the outcome of a deposit unknown.\n";

static const char help_status[] =
    "Usage: facturx chorus status [OPTIONS] [FLOW]\n"
    "\n"
    "Shows the detailed deposit report of flow FLOW (default: the latest\n"
    "deposit of the journal): its state and errors in plain words, then the\n"
    "invoices of the flow and the history of their statuses. What it finds is\n"
    "recorded in the journal.\n"
    "\n"
    "Options:\n"
    "      --all               every flow of the journal still in progress\n"
    "      --watch             poll until every flow reaches a final state\n"
    "      --interval SECONDS  the pause between polls (default 60)\n"
    "      --config FILE       the configuration file (mode 0600)\n"
    "      --journal FILE      the journal database\n"
    "  -v, --verbose           show each HTTP exchange on standard error\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 shown, 1 a flow rejected or partly rejected, 2 usage\n"
    "error, 3 Chorus Pro unreachable.\n";

static const char help_history[] =
    "Usage: facturx chorus history [OPTIONS] [NUMBER]\n"
    "\n"
    "Lists the deposits recorded in the journal, newest first, one line each:\n"
    "entry, date, invoice number, buyer, flow, state, last flow state and\n"
    "invoice status. NUMBER (an invoice number, a flow number or the start of\n"
    "a file hash) selects deposits and shows their events.\n"
    "\n"
    "Options:\n"
    "      --events            show every deposit's events\n"
    "      --journal FILE      the journal database\n"
    "      --config FILE       the configuration file (mode 0600)\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 listed, 1 nothing matches NUMBER, 2 usage error or\n"
    "unreadable journal.\n";

static const char help_annuaire[] =
    "Usage: facturx chorus annuaire import [OPTIONS] FILE...\n"
    "\n"
    "Imports CSV exports of the Chorus Pro directory (a structures file and\n"
    "optionally a services file, recognised by their header) into the\n"
    "directory database, replacing what was imported before, so that lookup\n"
    "and check work without network.\n"
    "\n"
    "Options:\n"
    "      --annuaire FILE     the directory database\n"
    "      --config FILE       the configuration file (mode 0600)\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 imported, 1 a malformed file (nothing is imported),\n"
    "2 usage error or unreadable file.\n";

static const char help_config[] =
    "Usage: facturx chorus config [OPTIONS]\n"
    "\n"
    "Shows the effective Chorus Pro configuration, one 'key = value' line per\n"
    "setting, secrets masked, after reading the configuration file and the\n"
    "FACTURX_CHORUS_* variables.\n"
    "\n"
    "Options:\n"
    "      --config FILE       the configuration file (mode 0600)\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 shown, 2 configuration refused or malformed.\n";

/** A sub-command and its help text. */
typedef struct help_entry {
	const char *cmd;
	const char *text;
} help_entry;

static const help_entry helps[] = {
    {"chorus", help_chorus},
    {"chorus lookup", help_lookup},
    {"chorus check", help_check},
    {"chorus deposit", help_deposit},
    {"chorus status", help_status},
    {"chorus history", help_history},
    {"chorus annuaire", help_annuaire},
    {"chorus config", help_config},
};

/* Returns the help text of a chorus (sub-)command, or NULL. */
const char *fx_cli_chorus_help_text(const char *cmd)
{
	for (size_t i = 0; i < sizeof helps / sizeof helps[0]; i++)
		if (strcmp(cmd, helps[i].cmd) == 0)
			return helps[i].text;
	return NULL;
}
