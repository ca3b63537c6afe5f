/*
 * The help texts of the command (docs/cli.md documents the same options).
 */
#include <string.h>

#include "cli.h"

static const char help_main[] =
    "Usage: facturx COMMAND [OPTIONS] ARGUMENTS\n"
    "       facturx --help | --version\n"
    "\n"
    "Factur-X electronic invoices: computes an invoice described in JSON and\n"
    "writes it as UN/CEFACT CII D16B XML (Factur-X 1.09.2), or describes an\n"
    "existing CII invoice in JSON.\n"
    "\n"
    "Commands:\n"
    "  xml INVOICE.json        compute the invoice and write its Factur-X CII XML\n"
    "  describe INVOICE.xml    write the JSON description of a CII XML invoice\n"
    "  help [COMMAND]          show this help or the help of COMMAND\n"
    "\n"
    "Options:\n"
    "  -h, --help              show this help and exit\n"
    "  -V, --version           show the version and exit\n"
    "\n"
    "Run 'facturx COMMAND --help' for the options of a command.\n"
    "\n"
    "Exit status: 0 success, 1 invalid invoice or description (the message\n"
    "names the field), 2 usage error, unreadable input or unwritable output.\n";

static const char help_xml[] =
    "Usage: facturx xml [OPTIONS] INVOICE.json\n"
    "\n"
    "Reads the JSON invoice description INVOICE.json ('-': standard input),\n"
    "computes what it leaves out (line net amounts, VAT breakdown, totals),\n"
    "checks what it gives, and writes the invoice as Factur-X CII XML.\n"
    "\n"
    "Options:\n"
    "  -p, --profile PROFILE   the Factur-X profile to write: minimum, basicwl,\n"
    "                          basic, en16931 or extended (default: the\n"
    "                          description's \"profile\", else en16931)\n"
    "  -o, --output FILE       write the XML to FILE instead of standard output\n"
    "                          ('-': standard output); FILE is replaced\n"
    "                          atomically and left untouched on error\n"
    "      --compact           write the XML without indentation\n"
    "      --rules-only        check stated amounts against the EN 16931 business\n"
    "                          rules only, not also line arithmetic (quantity x\n"
    "                          price, base x percentage): for invoices made\n"
    "                          elsewhere, e.g. read with 'facturx describe'\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 written, 1 invalid description (nothing is written),\n"
    "2 usage error, unreadable input or unwritable output.\n";

static const char help_describe[] =
    "Usage: facturx describe [OPTIONS] INVOICE.xml\n"
    "\n"
    "Reads the CII XML invoice INVOICE.xml ('-': standard input; any Factur-X\n"
    "profile or plain CII D16B) and writes its JSON invoice description, a\n"
    "starting point for new descriptions. The profile of the XML (BT-24), when\n"
    "it is a Factur-X one, becomes the description's \"profile\".\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE       write the JSON to FILE instead of standard output\n"
    "                          ('-': standard output); FILE is replaced\n"
    "                          atomically and left untouched on error\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 written, 1 invalid XML invoice (nothing is written),\n"
    "2 usage error, unreadable input or unwritable output.\n";

static const char help_help[] =
    "Usage: facturx help [COMMAND]\n"
    "\n"
    "Shows the general help, or the help of COMMAND (xml, describe, help).\n"
    "'facturx help COMMAND' is the same as 'facturx COMMAND --help'.\n"
    "\n"
    "Options:\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 shown, 2 unknown command.\n";

/* Returns the help text of cmd (NULL: general help), NULL if cmd is unknown. */
const char *fx_cli_help_text(const char *cmd)
{
	if (!cmd)
		return help_main;
	if (strcmp(cmd, "xml") == 0)
		return help_xml;
	if (strcmp(cmd, "describe") == 0)
		return help_describe;
	if (strcmp(cmd, "help") == 0)
		return help_help;
	return NULL;
}

/* Prints the help text of cmd (NULL: general help) on standard output. */
int fx_cli_print_help(const char *cmd)
{
	const char *text = fx_cli_help_text(cmd);
	if (!text)
		return fx_cli_usage_error(NULL, "unknown command '%s'", cmd);
	return fx_cli_write_output(NULL, text, strlen(text));
}
