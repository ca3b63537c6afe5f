/*
 * Parsing the options and operands of a command.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Finds the long option named name (len bytes); returns its index or -1. */
static int find_long(const fx_cli_option *opts, size_t n_opts, const char *name, size_t len)
{
	for (size_t i = 0; i < n_opts; i++) {
		if (strlen(opts[i].long_name) == len && strncmp(opts[i].long_name, name, len) == 0)
			return (int)i;
	}
	return -1;
}

/* Finds the short option c; returns its index or -1. */
static int find_short(const fx_cli_option *opts, size_t n_opts, char c)
{
	for (size_t i = 0; i < n_opts; i++) {
		if (opts[i].short_name != 0 && opts[i].short_name == c)
			return (int)i;
	}
	return -1;
}

/* Records operand arg in out. */
static void add_positional(fx_cli_args *out, const char *arg)
{
	if (out->n_positional < FX_CLI_MAX_POSITIONAL)
		out->positional[out->n_positional] = arg;
	out->n_positional++;
}

/* Records value for option k of opts in out; name: how the option was
 * written, for messages ("--attach", "-o"). */
static int store_value(const char *cmd, const fx_cli_option *opts, int k, const char *name,
                       const char *value, fx_cli_args *out)
{
	if (value[0] == '\0')
		return fx_cli_usage_error(cmd, "option '%s' needs a non-empty value", name);
	if (opts[k].repeatable) {
		if (out->n_repeated == FX_CLI_MAX_REPEATED)
			return fx_cli_usage_error(cmd, "option '%s' given more than %d times", name,
			                          FX_CLI_MAX_REPEATED);
		out->repeated[out->n_repeated++] = value;
	}
	out->value[k] = value;
	out->seen[k] = true;
	return FX_CLI_EXIT_OK;
}

/* Handles "--name" or "--name=value" at argv[*i] (value possibly in the next
 * argument); advances *i past what it consumed. */
static int parse_long(const char *cmd, const fx_cli_option *opts, size_t n_opts, int argc,
                      char **argv, int *i, fx_cli_args *out)
{
	const char *arg = argv[*i] + 2;
	const char *eq = strchr(arg, '=');
	size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
	int k = find_long(opts, n_opts, arg, len);
	if (k < 0)
		return fx_cli_usage_error(cmd, "unknown option '--%.*s'", (int)len, arg);
	if (!opts[k].takes_value) {
		if (eq)
			return fx_cli_usage_error(cmd, "option '--%s' takes no value",
			                          opts[k].long_name);
		out->seen[k] = true;
		return FX_CLI_EXIT_OK;
	}
	const char *value;
	if (eq)
		value = eq + 1;
	else if (*i + 1 < argc)
		value = argv[++*i];
	else
		return fx_cli_usage_error(cmd, "option '--%s' needs a value", opts[k].long_name);
	char name[64];
	snprintf(name, sizeof name, "--%s", opts[k].long_name);
	return store_value(cmd, opts, k, name, value, out);
}

/* Handles "-x", "-x value" or "-xvalue" at argv[*i]; advances *i past what
 * it consumed. */
static int parse_short(const char *cmd, const fx_cli_option *opts, size_t n_opts, int argc,
                       char **argv, int *i, fx_cli_args *out)
{
	const char *arg = argv[*i];
	int k = find_short(opts, n_opts, arg[1]);
	if (k < 0)
		return fx_cli_usage_error(cmd, "unknown option '-%c'", arg[1]);
	if (!opts[k].takes_value) {
		if (arg[2] != '\0')
			return fx_cli_usage_error(cmd, "unknown option '%s'", arg);
		out->seen[k] = true;
		return FX_CLI_EXIT_OK;
	}
	const char *value;
	if (arg[2] != '\0')
		value = arg + 2;
	else if (*i + 1 < argc)
		value = argv[++*i];
	else
		return fx_cli_usage_error(cmd, "option '-%c' needs a value", arg[1]);
	char name[3] = {'-', arg[1], '\0'};
	return store_value(cmd, opts, k, name, value, out);
}

/* Parses argv into out: options anywhere, "--" ends them, "-" is an operand. */
int fx_cli_parse(const char *cmd, const fx_cli_option *opts, size_t n_opts, int argc, char **argv,
                 fx_cli_args *out)
{
	memset(out, 0, sizeof(*out));
	if (n_opts > FX_CLI_MAX_OPTIONS)
		return fx_cli_usage_error(cmd, "internal error: too many options");
	bool options_done = false;
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];
		int rc = FX_CLI_EXIT_OK;
		if (options_done || arg[0] != '-' || arg[1] == '\0') {
			add_positional(out, arg);
		} else if (strcmp(arg, "--") == 0) {
			options_done = true;
		} else if (arg[1] == '-') {
			rc = parse_long(cmd, opts, n_opts, argc, argv, &i, out);
		} else {
			rc = parse_short(cmd, opts, n_opts, argc, argv, &i, out);
		}
		if (rc != FX_CLI_EXIT_OK)
			return rc;
	}
	return FX_CLI_EXIT_OK;
}
