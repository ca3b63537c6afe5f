/*
 * Internal: what the files of "facturx chorus" share: the loaded
 * configuration, client and journal of one run, error reporting and the
 * sub-commands.
 */
#ifndef FX_CLI_CHORUS_H
#define FX_CLI_CHORUS_H

#include <stdbool.h>

#include "cli.h"
#include "facturx/chorus.h"

/* Exit code: Chorus Pro could not be reached or failed, or a deposit's
 * outcome is unknown (docs/cli.md). */
#define FX_CLI_EXIT_NETWORK 3

/** The common options of a sub-command: their index in its option table,
 * -1 when it does not take them. */
typedef struct fx_cli_chorus_opts {
	int config;
	int journal;
	int annuaire;
	int verbose;
} fx_cli_chorus_opts;

/** One run of a sub-command. */
typedef struct fx_cli_chorus {
	const char *cmd;            /* e.g. "chorus deposit", for messages */
	fx_chorus_config *cfg;      /* loaded by fx_cli_chorus_start */
	fx_chorus_client *client;   /* made by fx_cli_chorus_connect */
	fx_chorus_journal *journal; /* opened by fx_cli_chorus_open_journal */
	bool verbose;
} fx_cli_chorus;

/* Loads the configuration (--config, then the environment) and applies the
 * --journal and --annuaire options. ctx: the run (zeroed by this call);
 * cmd: the sub-command; args/o: its parsed options. Returns FX_CLI_EXIT_OK
 * or prints why and returns FX_CLI_EXIT_USAGE. */
int fx_cli_chorus_start(fx_cli_chorus *ctx, const char *cmd, const fx_cli_args *args,
                        fx_cli_chorus_opts o);

/* Makes the client (credentials needed). Returns FX_CLI_EXIT_OK or prints
 * why and returns FX_CLI_EXIT_USAGE. */
int fx_cli_chorus_connect(fx_cli_chorus *ctx);

/* Opens the journal. Returns FX_CLI_EXIT_OK or prints why and returns
 * FX_CLI_EXIT_USAGE. */
int fx_cli_chorus_open_journal(fx_cli_chorus *ctx);

/* Tells whether the configuration holds the four API credentials. */
bool fx_cli_chorus_has_credentials(const fx_chorus_config *cfg);

/* Returns the directory database path of the configuration. */
const char *fx_cli_chorus_annuaire(const fx_cli_chorus *ctx);

/* Prints the library's last error ("facturx: [source: ]message") and
 * returns the exit code of library code rc: 3 for FX_ENET, 2 for FX_EIO,
 * FX_EUSAGE and FX_ENOMEM, 1 otherwise. source may be NULL. */
int fx_cli_chorus_fail(const char *source, int rc);

/* Warns when the technical account's password expires soon, then frees
 * what ctx holds. */
void fx_cli_chorus_finish(fx_cli_chorus *ctx);

/* Returns the worse of two exit codes (2, then 3, then 1, then 0). */
int fx_cli_chorus_worse(int a, int b);

/* Prints structure s (a look-up's result) on standard output. */
void fx_cli_chorus_print_structure(const fx_chorus_structure *s, const char *service_code);

/* Prints the status of a flow on standard output. */
void fx_cli_chorus_print_status(const fx_chorus_flow_status *s);

/* Checks the file path (data/len) as "facturx chorus check" does and
 * prints the outcome; offline: look the buyer up in the directory only.
 * Returns FX_CLI_EXIT_OK (ready to deposit), FX_CLI_EXIT_INVALID (problems
 * found, printed) or another exit code (printed). */
int fx_cli_chorus_check_file(fx_cli_chorus *ctx, const char *path, const char *data, size_t len,
                             bool offline);

/* Returns the help text of a chorus (sub-)command ("chorus", "chorus
 * deposit", ...), or NULL. */
const char *fx_cli_chorus_help_text(const char *cmd);

/* The sub-commands: argc/argv are the arguments after the sub-command's
 * name. Each returns the process exit code. */
int fx_cli_chorus_lookup(int argc, char **argv);
/* "facturx chorus check" (see fx_cli_chorus_lookup). */
int fx_cli_chorus_check(int argc, char **argv);
/* "facturx chorus deposit" (see fx_cli_chorus_lookup). */
int fx_cli_chorus_deposit(int argc, char **argv);
/* "facturx chorus status" (see fx_cli_chorus_lookup). */
int fx_cli_chorus_status(int argc, char **argv);
/* "facturx chorus history" (see fx_cli_chorus_lookup). */
int fx_cli_chorus_history(int argc, char **argv);
/* "facturx chorus annuaire" (see fx_cli_chorus_lookup). */
int fx_cli_chorus_annuaire_cmd(int argc, char **argv);
/* "facturx chorus config" (see fx_cli_chorus_lookup). */
int fx_cli_chorus_config(int argc, char **argv);

#endif
