/*
 * The help texts of the command (docs/cli.md documents the same options).
 */
#include <string.h>

#include "chorus.h"
#include "cli.h"

static const char help_main[] =
    "Usage: facturx COMMAND [OPTIONS] ARGUMENTS\n"
    "       facturx --help | --version\n"
    "\n"
    "Factur-X electronic invoices: computes an invoice described in JSON and\n"
    "writes it as a Factur-X PDF/A-3b file (the page a person reads, with the\n"
    "UN/CEFACT CII D16B XML of Factur-X 1.09.2 embedded) or as the XML alone;\n"
    "embeds an XML in a PDF drawn elsewhere; reads Factur-X PDFs and CII\n"
    "invoices back.\n"
    "\n"
    "Commands:\n"
    "  generate INVOICE.json   compute the invoice and write its Factur-X PDF\n"
    "  xml INVOICE.json        compute the invoice and write its Factur-X CII XML\n"
    "  embed --pdf --xml       make a Factur-X PDF of a PDF and its CII XML\n"
    "  extract FILE.pdf        write the invoice XML that a PDF carries\n"
    "  attachments FILE.pdf    list the files that a PDF embeds\n"
    "  describe INVOICE.xml    write the JSON description of a CII XML invoice\n"
    "  validate FILE...        check Factur-X PDFs or CII XML against the rules\n"
    "  works SUBCOMMAND        works statements (décompte mensuel, final, DGD)\n"
    "  chorus SUBCOMMAND       look up public buyers, check, deposit and follow\n"
    "                          invoices on Chorus Pro\n"
    "  batch EXPORT.csv -o DIR write the Factur-X PDF of every invoice of a CSV\n"
    "                          export (Excel, LibreOffice, accounting software)\n"
    "  help [COMMAND]          show this help or the help of COMMAND\n"
    "\n"
    "Options:\n"
    "  -h, --help              show this help and exit\n"
    "  -V, --version           show the version and exit\n"
    "\n"
    "Run 'facturx COMMAND --help' for the options of a command.\n"
    "\n"
    "Exit status: 0 success, 1 invalid invoice, description or PDF (the message\n"
    "names the field), 2 usage error, unreadable input or unwritable output,\n"
    "3 Chorus Pro unreachable or a deposit's outcome unknown (chorus).\n";

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

static const char help_generate[] =
    "Usage: facturx generate [OPTIONS] INVOICE.json -o OUT.pdf\n"
    "\n"
    "Reads the JSON invoice description INVOICE.json ('-': standard input),\n"
    "computes and checks it as 'facturx xml' does, and writes the Factur-X\n"
    "PDF/A-3b file: the invoice page in the chosen language, with the CII XML\n"
    "of the profile embedded as factur-x.xml. Both are made from the same\n"
    "computed invoice.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE       the PDF to write ('-': standard output); required;\n"
    "                          FILE is replaced atomically, untouched on error\n"
    "  -p, --profile PROFILE   minimum, basicwl, basic, en16931 or extended\n"
    "                          (default: the description's \"profile\", else\n"
    "                          en16931)\n"
    "      --lang LANG         language of the page: fr (default) or en\n"
    "      --template FILE     page layout template (JSON, docs/templates.md)\n"
    "      --logo FILE         PNG or JPEG logo printed on the page\n"
    "      --attach FILE[,RELATIONSHIP[,DESCRIPTION]]\n"
    "                          also embed FILE (repeatable); RELATIONSHIP:\n"
    "                          Supplement (default), Unspecified, Data, Source\n"
    "                          or Alternative; the MIME type follows the\n"
    "                          extension of FILE\n"
    "      --relationship REL  AFRelationship of factur-x.xml: Alternative\n"
    "                          (default), Data or Source; MINIMUM and BASIC WL\n"
    "                          always use Data\n"
    "      --rules-only        check stated amounts against the EN 16931 business\n"
    "                          rules only (see 'facturx xml --help')\n"
    "      --date YYYY-MM-DDTHH:MM:SS\n"
    "                          creation date written in the PDF (UTC; a Z or\n"
    "                          +HH:MM suffix is accepted); default:\n"
    "                          $SOURCE_DATE_EPOCH when set, else now\n"
    "      --no-validate       write the file even when its XML fails validation\n"
    "                          (structure, EN 16931 and Factur-X rules); by\n"
    "                          default such a file is refused, findings listed\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 written, 1 invalid description or XML that fails validation\n"
    "(nothing is written), 2 usage error, unreadable input or unwritable output.\n";

static const char help_embed[] =
    "Usage: facturx embed --pdf THEIRS.pdf --xml INVOICE.xml [OPTIONS] -o OUT.pdf\n"
    "\n"
    "Makes a Factur-X PDF/A-3b file of a PDF drawn by another program and the\n"
    "CII XML of the same invoice. The XML must be a CII invoice whose amounts\n"
    "follow the EN 16931 business rules; it is embedded as it is. The PDF is\n"
    "checked first: when it cannot become PDF/A-3b (a font that is not\n"
    "embedded, JavaScript, encryption, ...), every reason is listed, one line\n"
    "each, and nothing is written.\n"
    "\n"
    "Options:\n"
    "      --pdf FILE          the visual PDF ('-': standard input); required\n"
    "      --xml FILE          the CII XML invoice ('-': standard input); required\n"
    "  -o, --output FILE       the PDF to write ('-': standard output); required;\n"
    "                          FILE is replaced atomically, untouched on error\n"
    "  -p, --profile PROFILE   the profile of the XML when its BT-24 is not a\n"
    "                          Factur-X one (default: from BT-24; a different\n"
    "                          profile is refused)\n"
    "      --relationship REL  AFRelationship of factur-x.xml: Alternative\n"
    "                          (default), Data or Source; MINIMUM and BASIC WL\n"
    "                          always use Data\n"
    "      --attach FILE[,RELATIONSHIP[,DESCRIPTION]]\n"
    "                          also embed FILE (repeatable), as for generate\n"
    "      --lang LANG         language of the document title and subject\n"
    "                          written in the metadata: fr (default) or en\n"
    "      --date YYYY-MM-DDTHH:MM:SS\n"
    "                          creation date, as for generate\n"
    "      --no-validate       embed the XML even when it fails validation (see\n"
    "                          'facturx generate --help')\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 written, 1 invalid XML or a PDF that cannot be made\n"
    "conformant (nothing is written), 2 usage error, unreadable input or\n"
    "unwritable output.\n";

static const char help_extract[] =
    "Usage: facturx extract [OPTIONS] FILE.pdf\n"
    "\n"
    "Writes the invoice XML that the PDF FILE.pdf ('-': standard input)\n"
    "carries: factur-x.xml, else a legacy ZUGFeRD-invoice.xml,\n"
    "zugferd-invoice.xml or xrechnung.xml (a note on standard error then\n"
    "says which).\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE       write the XML to FILE instead of standard output\n"
    "                          ('-': standard output); FILE is replaced\n"
    "                          atomically and left untouched on error\n"
    "      --name NAME         write the embedded file named NAME instead (see\n"
    "                          'facturx attachments')\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 written, 1 not a PDF, or no invoice XML (no such\n"
    "attachment), 2 usage error, unreadable input or unwritable output.\n";

static const char help_attachments[] =
    "Usage: facturx attachments [OPTIONS] FILE.pdf\n"
    "\n"
    "Lists the files that the PDF FILE.pdf ('-': standard input) embeds, one\n"
    "line each, with five tab-separated fields: name, MIME type,\n"
    "AFRelationship, size in bytes (as declared) and description; '-' stands\n"
    "for an absent value. A PDF without attachments gives no line.\n"
    "\n"
    "Options:\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 listed, 1 not a PDF, 2 usage error or unreadable input.\n";

static const char help_validate[] =
    "Usage: facturx validate [OPTIONS] FILE...\n"
    "\n"
    "Checks each Factur-X PDF or CII XML invoice FILE ('-': standard input) and\n"
    "reports, rule by rule and grouped by layer, what the official validators\n"
    "would: 1 PDF container, 2 XML parsing, 3 structure (Factur-X 1.09.2 XSD of\n"
    "the profile), 4 EN 16931 rules (CEN 1.3.16), 5 Factur-X profile rules,\n"
    "6 French rules (BR-FR), 7 Chorus Pro rules. Each finding gives the rule,\n"
    "its severity, the business term, where it is (XPath and line) and why.\n"
    "With several files, a summary line follows each file and a count ends\n"
    "the output.\n"
    "\n"
    "Options:\n"
    "      --lang LANG         language of the messages: en (default) or fr\n"
    "      --format FORMAT     text (default) or json (one object per file, an\n"
    "                          array of them for several files)\n"
    "  -p, --profile PROFILE   validate as this profile (minimum, basicwl, basic,\n"
    "                          en16931 or extended) instead of BT-24's\n"
    "      --fr                apply the French rules (default: French seller,\n"
    "                          BASIC WL, EN 16931 or EXTENDED profile, no\n"
    "                          Chorus Pro cadre in BT-23)\n"
    "      --no-fr             do not apply the French rules\n"
    "      --chorus            apply the Chorus Pro rules (default: when BT-23\n"
    "                          holds a Chorus Pro cadre, A1 to A25)\n"
    "      --no-chorus         do not apply the Chorus Pro rules\n"
    "  -q, --quiet             print only the summary line of each file\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 every file valid, 1 a file invalid, 2 usage error or a file\n"
    "that cannot be read (neither PDF nor XML, unreadable).\n";
static const char help_works[] =
    "Usage: facturx works generate [OPTIONS] STATEMENT.json -o OUT.pdf\n"
    "       facturx works xml [OPTIONS] STATEMENT.json\n"
    "       facturx works show [OPTIONS] STATEMENT.json\n"
    "\n"
    "Works statements of a public works contract (marché de travaux): projet\n"
    "de décompte mensuel, projet de décompte final and DGD of a titulaire,\n"
    "cotraitant or sous-traitant (docs/works-invoices.md). STATEMENT.json is\n"
    "an invoice description without lines plus a \"works\" section. Statement\n"
    "k is computed from its progress to date and statements 1..k-1, taken\n"
    "from the series state (--state) or recomputed (--previous).\n"
    "'generate' writes the Factur-X PDF (the page shows the three-column\n"
    "décompte) and records the statement in the state file; 'xml' writes the\n"
    "CII XML; 'show' prints the décompte as text.\n"
    "\n"
    "Options:\n"
    "      --state FILE        the series state: read when it exists; generate\n"
    "                          records the statement in it (atomically, after\n"
    "                          the PDF is written); a statement number that\n"
    "                          skips one, or a recorded statement that changed,\n"
    "                          is refused\n"
    "      --previous FILE     an earlier statement of the series (repeatable,\n"
    "                          in order), recomputed first; with --state it must\n"
    "                          match the recorded one\n"
    "  -o, --output FILE       generate: the PDF (required); xml: the XML\n"
    "                          (default: standard output); '-': standard output\n"
    "  -p, --profile PROFILE   generate, xml: en16931 (default) or extended (adds\n"
    "                          the advance payment and financial adjustments);\n"
    "                          minimum, basicwl and basic are accepted too\n"
    "      --lang LANG         generate, show: language of the page or the text,\n"
    "                          fr (default) or en\n"
    "      --template FILE     generate: page layout template (default: the\n"
    "                          built-in works template)\n"
    "      --logo FILE         generate: PNG or JPEG logo printed on the page\n"
    "      --date YYYY-MM-DDTHH:MM:SS\n"
    "                          generate: creation date written in the PDF, as\n"
    "                          for 'facturx generate'\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 written, 1 invalid statement or series (nothing is\n"
    "written), 2 usage error, unreadable input or unwritable output.\n";
static const char help_batch[] =
    "Usage: facturx batch [OPTIONS] EXPORT.csv -o OUTDIR\n"
    "       facturx batch [OPTIONS] INVOICES.csv --lines LINES.csv -o OUTDIR\n"
    "       facturx batch --template-csv [--map MAPPING.json] [-o FILE]\n"
    "       facturx batch --template-mapping [-o FILE]\n"
    "\n"
    "Reads a CSV export with one row per invoice line (the invoice's own\n"
    "columns repeated on each row, the rows of an invoice together), or an\n"
    "invoices file and a lines file joined on the invoice number, and writes\n"
    "the Factur-X PDF of each invoice to OUTDIR/<number>.pdf. The separator\n"
    "(; , or tab) and the encoding (UTF-8, Windows-1252, ISO-8859-15) are\n"
    "detected; French numbers (1 234,56) and dates (24/11/2026) are read. A\n"
    "mapping tells which column fills which field (default: French column\n"
    "names, see docs/batch.md). An invoice with a problem is reported, with\n"
    "its file, row, column and field, and the others are still produced.\n"
    "Invoices whose PDF is up to date are skipped. Each invoice gets a row of\n"
    "the table printed on standard output; OUTDIR/summary.json lists them all.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR        the output folder (created when absent); with\n"
    "                          --template-csv or --template-mapping: the file\n"
    "                          to write ('-' or none: standard output)\n"
    "      --lines FILE        the lines file of the two-file variant\n"
    "      --map FILE          the mapping (JSON, docs/batch.md)\n"
    "      --seller FILE       partial JSON description every invoice starts\n"
    "                          from: seller, payment, notes... (default: the\n"
    "                          mapping's \"seller\")\n"
    "  -j, --jobs N            worker threads, 1 to 64 (default: the number of\n"
    "                          processors)\n"
    "      --strict            stop at the first invoice that fails\n"
    "      --force             make every PDF again, even when up to date\n"
    "      --encoding ENC      UTF-8, windows-1252, ISO-8859-15... (default:\n"
    "                          detected)\n"
    "      --separator SEP     ';', ',' or 'tab' (default: detected)\n"
    "      --summary FILE      where the JSON summary goes (default:\n"
    "                          OUTDIR/summary.json)\n"
    "  -p, --profile PROFILE   minimum, basicwl, basic, en16931 or extended\n"
    "                          (default: the seller file's \"profile\", else\n"
    "                          en16931)\n"
    "      --lang LANG         language of the pages: fr (default) or en\n"
    "      --template FILE     page layout template (JSON, docs/templates.md)\n"
    "      --logo FILE         PNG or JPEG logo printed on the pages\n"
    "      --date YYYY-MM-DDTHH:MM:SS\n"
    "                          creation date written in the PDFs (default:\n"
    "                          $SOURCE_DATE_EPOCH when set, else now)\n"
    "      --rules-only        check stated amounts against the EN 16931 business\n"
    "                          rules only (see 'facturx xml --help')\n"
    "      --template-csv      write an empty CSV with the mapping's columns\n"
    "      --template-mapping  write the built-in mapping, to start one's own\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 every invoice produced or up to date, 1 some invoices\n"
    "failed (or the header row, mapping or seller file is wrong), 2 usage\n"
    "error, unreadable input or unwritable output.\n";

static const char help_help[] =
    "Usage: facturx help [COMMAND]\n"
    "\n"
    "Shows the general help, or the help of COMMAND (generate, xml, embed,\n"
    "extract, attachments, describe, validate, works, batch, chorus, help).\n"
    "'facturx help COMMAND' is the same as 'facturx COMMAND --help'.\n"
    "\n"
    "Options:\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Exit status: 0 shown, 2 unknown command.\n";

/** A command and its help text. */
typedef struct help_entry {
	const char *cmd;
	const char *text;
} help_entry;

static const help_entry helps[] = {
    {"generate", help_generate},
    {"xml", help_xml},
    {"embed", help_embed},
    {"extract", help_extract},
    {"attachments", help_attachments},
    {"describe", help_describe},
    {"validate", help_validate},
    {"works", help_works},
    {"batch", help_batch},
    {"help", help_help},
};

/* Returns the help text of cmd (NULL: general help), NULL if cmd is unknown. */
const char *fx_cli_help_text(const char *cmd)
{
	if (!cmd)
		return help_main;
	for (size_t i = 0; i < sizeof helps / sizeof helps[0]; i++)
		if (strcmp(cmd, helps[i].cmd) == 0)
			return helps[i].text;
	return fx_cli_chorus_help_text(cmd);
}

/* Prints the help text of cmd (NULL: general help) on standard output. */
int fx_cli_print_help(const char *cmd)
{
	const char *text = fx_cli_help_text(cmd);
	if (!text)
		return fx_cli_usage_error(NULL, "unknown command '%s'", cmd);
	return fx_cli_write_output(NULL, text, strlen(text));
}
