/*
 * Internal: what the files of the facturx command share (exit codes, option
 * parsing, input/output, help texts, the commands).
 */
#ifndef FX_CLI_H
#define FX_CLI_H

#include <stdbool.h>
#include <stddef.h>

/* Exit codes of the command (docs/cli.md). */
#define FX_CLI_EXIT_OK 0      /* success */
#define FX_CLI_EXIT_INVALID 1 /* the invoice or description is wrong */
#define FX_CLI_EXIT_USAGE 2   /* usage error, I/O error or system failure */

#define FX_CLI_MAX_OPTIONS 8
#define FX_CLI_MAX_POSITIONAL 4

/** One option a command accepts. */
typedef struct fx_cli_option {
	const char *long_name; /* without the dashes, e.g. "profile" */
	char short_name;       /* e.g. 'o', or 0 when there is none */
	bool takes_value;      /* true: "--profile P" / "--profile=P" */
} fx_cli_option;

/** The parsed command line of one command. */
typedef struct fx_cli_args {
	bool seen[FX_CLI_MAX_OPTIONS];         /* option i was given */
	const char *value[FX_CLI_MAX_OPTIONS]; /* its value (last one wins) */
	const char *positional[FX_CLI_MAX_POSITIONAL];
	size_t n_positional; /* may exceed FX_CLI_MAX_POSITIONAL */
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

/* The commands: argc/argv are the arguments after the command name.
 * Each returns the process exit code. */
int fx_cli_cmd_xml(int argc, char **argv);
/* The describe command (see fx_cli_cmd_xml). */
int fx_cli_cmd_describe(int argc, char **argv);

#endif
