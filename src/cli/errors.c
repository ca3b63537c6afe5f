/*
 * Reporting errors on stderr and choosing the exit code.
 */
#include <stdarg.h>
#include <stdio.h>

#include "cli.h"
#include "facturx.h"

/* Prints a usage problem of command cmd and the hint to its help. */
int fx_cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fputs(cmd ? "facturx " : "facturx", stderr);
	if (cmd)
		fputs(cmd, stderr);
	fputs(": ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (cmd)
		fprintf(stderr, "\nTry 'facturx %s --help' for more information.\n", cmd);
	else
		fputs("\nTry 'facturx --help' for more information.\n", stderr);
	return FX_CLI_EXIT_USAGE;
}

/* Prints the library's last error and maps the library code rc to 1 or 2. */
int fx_cli_library_error(int rc)
{
	return fx_cli_library_error_in(NULL, rc);
}

/* Reports the library's last error about the file source (NULL: none). */
int fx_cli_library_error_in(const char *source, int rc)
{
	const char *msg = fx_error_last()->message;
	fprintf(stderr, "facturx: %s%s%s\n", source ? source : "", source ? ": " : "",
		msg[0] ? msg : "unknown error");
	switch (rc) {
	case FX_EIO:
	case FX_EUSAGE:
	case FX_ENOMEM:
		return FX_CLI_EXIT_USAGE;
	default:
		return FX_CLI_EXIT_INVALID;
	}
}
