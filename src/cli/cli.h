/*
 * Internal: what the files of the facturx command share (exit codes, option
 * parsing, input/output, help texts, the commands).
 */
#ifndef FX_CLI_H
#define FX_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "facturx.h"

/* Exit codes of the command (docs/cli.md). */
#define FX_CLI_EXIT_OK 0      /* success */
#define FX_CLI_EXIT_INVALID 1 /* the invoice or description is wrong */
#define FX_CLI_EXIT_USAGE 2   /* usage error, I/O error or system failure */

#define FX_CLI_MAX_OPTIONS 24
#define FX_CLI_MAX_POSITIONAL 32
#define FX_CLI_MAX_REPEATED 32 /* values of a repeatable option */

/** One option a command accepts. */
typedef struct fx_cli_option {
	const char *long_name; /* without the dashes, e.g. "profile" */
	char short_name;       /* e.g. 'o', or 0 when there is none */
	bool takes_value;      /* true: "--profile P" / "--profile=P" */
	bool repeatable;       /* true: every value is kept, in order (at most one
	                        * such option per command) */
} fx_cli_option;

/** The parsed command line of one command. */
typedef struct fx_cli_args {
	bool seen[FX_CLI_MAX_OPTIONS];         /* option i was given */
	const char *value[FX_CLI_MAX_OPTIONS]; /* its value (last one wins) */
	const char *positional[FX_CLI_MAX_POSITIONAL];
	size_t n_positional;                       /* may exceed FX_CLI_MAX_POSITIONAL */
	const char *repeated[FX_CLI_MAX_REPEATED]; /* the repeatable option's values */
	size_t n_repeated;
} fx_cli_args;

/* Parses the arguments of command cmd against opts (n_opts entries, at most
 * FX_CLI_MAX_OPTIONS). argc/argv: the arguments after the command name.
 * out: receives the result. Returns FX_CLI_EXIT_OK, or prints the problem
 * on stderr and returns FX_CLI_EXIT_USAGE. */
int fx_cli_parse(const char *cmd, const fx_cli_option *opts, size_t n_opts, int argc, char **argv,
                 fx_cli_args *out);

/* Prints "facturx CMD: <message>" and the hint to --help on stderr, and
 * returns FX_CLI_EXIT_USAGE. cmd: the command (NULL: none). */
int fx_cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Prints the library's last error as "facturx: <message>" on stderr and
 * returns the exit code of the library code rc (1 or 2). */
int fx_cli_library_error(int rc);

/* Same as fx_cli_library_error for an error about the file source (its name
 * is printed first; the library's message does not already name it).
 * source: the file name, or NULL; rc: the library's return code. */
int fx_cli_library_error_in(const char *source, int rc);

/* Reads a whole file ("-": standard input) into a malloc'ed NUL-terminated
 * buffer. path: the file; out/out_len: receive it. Returns FX_CLI_EXIT_OK or
 * prints why on stderr and returns FX_CLI_EXIT_USAGE. */
int fx_cli_read_input(const char *path, char **out, size_t *out_len);

/* Writes data to path atomically (temporary file then rename), or to
 * standard output when path is NULL or "-". Returns FX_CLI_EXIT_OK or prints
 * why on stderr and returns FX_CLI_EXIT_USAGE. */
int fx_cli_write_output(const char *path, const char *data, size_t len);

/* Returns the help text of command cmd (NULL: the general help), or NULL
 * when there is no such command. */
const char *fx_cli_help_text(const char *cmd);

/* Prints the help text of cmd (NULL: the general help) on standard output.
 * Returns FX_CLI_EXIT_OK, or FX_CLI_EXIT_USAGE for an unknown command or
 * when standard output cannot be written. */
int fx_cli_print_help(const char *cmd);

/* Reads the JSON description at path ("-": standard input) and computes it;
 * rules_only: check stated amounts against the EN 16931 rules only. out:
 * receives the invoice. Returns FX_CLI_EXIT_OK or prints why and returns 1/2. */
int fx_cli_load_invoice(const char *path, int rules_only, fx_invoice **out);

/* Parses a profile name given to command cmd into *out; a usage error
 * (printed, FX_CLI_EXIT_USAGE) when unknown. */
int fx_cli_parse_profile(const char *cmd, const char *text, fx_profile *out);

/* Parses an AFRelationship name given to command cmd into *out; a usage
 * error when unknown. */
int fx_cli_parse_relationship(const char *cmd, const char *text, fx_pdf_relationship *out);

/* Parses the --relationship value of command cmd (AFRelationship of
 * factur-x.xml: Data, Source or Alternative) into *out; a usage error
 * otherwise. */
int fx_cli_parse_xml_relationship(const char *cmd, const char *text, fx_pdf_relationship *out);

/* Warns on standard error when --relationship (text, parsed as rel) asks
 * something other than Data for profile MINIMUM or BASIC WL, which always
 * use Data. text: the option's value, NULL when it was not given. */
void fx_cli_warn_relationship(fx_profile profile, fx_pdf_relationship rel, const char *text);

/* Resolves a --date value of command cmd (NULL: $SOURCE_DATE_EPOCH, else
 * now) into *out; a usage error when malformed. */
int fx_cli_parse_date(const char *cmd, const char *text, fx_pdf_date *out);

/* Reads the PDF at path ("-": standard input) and opens a reader on it
 * (free with fx_pdf_reader_free). Returns FX_CLI_EXIT_OK, or prints why and
 * returns 1 (not a PDF) or 2 (unreadable). */
int fx_cli_open_pdf(const char *path, fx_pdf_reader **out);

/* Writes pdf (len bytes, malloc'ed) to path ("-": standard output,
 * otherwise atomically) and frees it. Returns FX_CLI_EXIT_OK, or prints why
 * and returns FX_CLI_EXIT_USAGE. */
int fx_cli_write_pdf(const char *path, unsigned char *pdf, size_t len);

/* Checks the --lang value of command cmd (fr, en, or a locale such as
 * fr_BE); a usage error otherwise. */
int fx_cli_check_language(const char *cmd, const char *text);

/** The extra files of the --attach options, read into memory. */
typedef struct fx_cli_attachments {
	fx_pdf_extra_file files[FX_CLI_MAX_REPEATED]; /* what the library embeds */
	char *data[FX_CLI_MAX_REPEATED];              /* the files' bytes (owned) */
	char *spec[FX_CLI_MAX_REPEATED];              /* the split option values (owned) */
	size_t n;                                     /* number of entries */
} fx_cli_attachments;

/* Reads the files named by the n --attach values of command cmd
 * ("FILE[,RELATIONSHIP[,DESCRIPTION]]") into out (free with
 * fx_cli_free_attachments). Returns FX_CLI_EXIT_OK, or prints why and
 * returns FX_CLI_EXIT_USAGE (unknown relationship, unreadable file). */
int fx_cli_load_attachments(const char *cmd, const char *const *values, size_t n,
                            fx_cli_attachments *out);

/* Frees what fx_cli_load_attachments read (a zeroed a is fine). */
void fx_cli_free_attachments(fx_cli_attachments *a);

/* The commands: argc/argv are the arguments after the command name.
 * Each returns the process exit code. */
int fx_cli_cmd_xml(int argc, char **argv);
/* The describe command (see fx_cli_cmd_xml). */
int fx_cli_cmd_describe(int argc, char **argv);
/* The generate command (see fx_cli_cmd_xml). */
int fx_cli_cmd_generate(int argc, char **argv);
/* The embed command (see fx_cli_cmd_xml). */
int fx_cli_cmd_embed(int argc, char **argv);
/* The extract command (see fx_cli_cmd_xml). */
int fx_cli_cmd_extract(int argc, char **argv);
/* The attachments command (see fx_cli_cmd_xml). */
int fx_cli_cmd_attachments(int argc, char **argv);
/* The validate command (see fx_cli_cmd_xml). */
int fx_cli_cmd_validate(int argc, char **argv);
/* The works command and its subcommands (see fx_cli_cmd_xml). */
int fx_cli_cmd_works(int argc, char **argv);
/* The chorus command and its sub-commands (see fx_cli_cmd_xml). */
int fx_cli_cmd_chorus(int argc, char **argv);
/* The batch command (see fx_cli_cmd_xml). */
int fx_cli_cmd_batch(int argc, char **argv);

#endif
