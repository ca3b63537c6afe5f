/*
 * The facturx command: global options and dispatch to the commands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "facturx.h"

/** A command: its name and its entry point. */
typedef struct command {
	const char *name;
	int (*run)(int argc, char **argv);
} command;

/* The help command: "facturx help [COMMAND]". */
static int cmd_help(int argc, char **argv)
{
	static const fx_cli_option opts[] = {{"help", 'h', false, false}};
	fx_cli_args args;
	int rc = fx_cli_parse("help", opts, 1, argc, argv, &args);
	if (rc != FX_CLI_EXIT_OK)
		return rc;
	if (args.seen[0])
		return fx_cli_print_help("help");
	if (args.n_positional > 1)
		return fx_cli_usage_error("help", "too many arguments");
	return fx_cli_print_help(args.n_positional ? args.positional[0] : NULL);
}

static const command commands[] = {
    {"xml", fx_cli_cmd_xml},
    {"describe", fx_cli_cmd_describe},
    {"generate", fx_cli_cmd_generate},
    {"embed", fx_cli_cmd_embed},
    {"extract", fx_cli_cmd_extract},
    {"attachments", fx_cli_cmd_attachments},
    {"validate", fx_cli_cmd_validate},
    {"works", fx_cli_cmd_works},
    {"chorus", fx_cli_cmd_chorus},
    {"batch", fx_cli_cmd_batch},
    {"help", cmd_help},
};

/* Prints the version of the command and of the library it uses. */
static int print_version(void)
{
	char text[64];
	int n = snprintf(text, sizeof(text), "facturx %s\n", fx_version());
	return fx_cli_write_output(NULL, text, (size_t)n);
}

/* Runs the command named by argv[1], or handles the global options. */
int main(int argc, char **argv)
{
	if (argc < 2)
		return fx_cli_usage_error(NULL, "missing command");
	const char *name = argv[1];
	if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0)
		return fx_cli_print_help(NULL);
	if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0)
		return print_version();
	if (name[0] == '-')
		return fx_cli_usage_error(NULL, "unknown option '%s'", name);
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(commands[i].name, name) == 0)
			return commands[i].run(argc - 2, argv + 2);
	}
	return fx_cli_usage_error(NULL, "unknown command '%s'", name);
}
