/*
 * facturx - Chorus Pro: look up public buyers, check, deposit and follow
 * invoices through the Chorus Pro API (PISTE), with a local journal of every
 * deposit and an offline copy of the Chorus Pro directory.
 *
 * The pieces:
 *   configuration - credentials and settings from a 0600 file and the
 *                   environment (fx_chorus_config_*); secrets are never
 *                   returned, printed or logged
 *   client        - the HTTPS transport, the OAuth2 token and the API calls
 *                   (fx_chorus_client_*, fx_chorus_lookup, fx_chorus_deposit,
 *                   fx_chorus_status)
 *   journal       - a SQLite database recording every deposit and the
 *                   statuses seen over time (fx_chorus_journal_*)
 *   directory     - the open-data export of the Chorus Pro directory
 *                   imported into SQLite for offline look-ups
 *                   (fx_chorus_annuaire_*)
 *   check         - the validation of a Factur-X PDF for Chorus Pro plus the
 *                   buyer's obligations (fx_chorus_check)
 * docs/chorus-pro.md explains the set-up; strings are UTF-8; dates as the
 * platform sends them (ISO 8601).
 */
#ifndef FACTURX_CHORUS_H
#define FACTURX_CHORUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common.h"
#include "validate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Configuration                                                       */
/* ------------------------------------------------------------------ */

/** The settings and credentials (opaque; secrets are wiped when freed). */
typedef struct fx_chorus_config fx_chorus_config;

#define FX_CHORUS_LOAD_OPTIONS_VERSION 1

/** Where fx_chorus_config_load reads from; initialise with
 * fx_chorus_load_options_init. */
typedef struct fx_chorus_load_options {
	unsigned version;        /* FX_CHORUS_LOAD_OPTIONS_VERSION */
	const char *path;        /* the configuration file; NULL: $FACTURX_CHORUS_CONFIG,
	                          * else $XDG_CONFIG_HOME/facturx/chorus.conf
	                          * (~/.config/...) when that file exists */
	bool ignore_environment; /* true: do not read the FACTURX_CHORUS_* variables */
} fx_chorus_load_options;

/* Sets opts to the defaults. opts: the options; version:
 * FX_CHORUS_LOAD_OPTIONS_VERSION. Returns FX_OK or FX_EUSAGE. */
FX_EXTERN int fx_chorus_load_options_init(fx_chorus_load_options *opts, unsigned version);

/* Makes a configuration holding only the defaults. out: receives it (free
 * with fx_chorus_config_free). Returns FX_OK or FX_ENOMEM. */
FX_EXTERN int fx_chorus_config_new(fx_chorus_config **out);

/* Loads the configuration: defaults, then the file, then the environment
 * (FACTURX_CHORUS_<KEY>, e.g. FACTURX_CHORUS_CLIENT_SECRET), each overriding
 * the previous one. The file must belong to the user and give no access to
 * group or others (mode 0600 or 0400): it is refused otherwise. opts: NULL
 * for the defaults; out: receives the configuration. Returns FX_OK, FX_EIO
 * (file unreadable, or refused for its mode), FX_EINVAL (a malformed line,
 * an unknown key or a bad value; the message names file, line and key, never
 * a value). */
FX_EXTERN int fx_chorus_config_load(const fx_chorus_load_options *opts, fx_chorus_config **out);

/* Sets one setting, as a line "key = value" of the file would. cfg: the
 * configuration; key: see docs/chorus-pro.md (client_id, client_secret,
 * login, password, environment, oauth_url, api_url, journal, annuaire,
 * timeout, connect_timeout, retries, retry_delay, token_margin,
 * reconcile_grace, password_warning, syntax, scope); value: its text.
 * Returns FX_OK, FX_EINVAL (unknown key or bad value), FX_ENOMEM. */
FX_EXTERN int fx_chorus_config_set(fx_chorus_config *cfg, const char *key, const char *value);

/* Returns the value of setting key, or NULL when it is not set. For a
 * secret (client_secret, password) returns "********" when set: secrets
 * never leave the configuration. cfg: the configuration; key: as above. */
FX_EXTERN const char *fx_chorus_config_get(const fx_chorus_config *cfg, const char *key);

/* Returns the configuration file that was read, or NULL when none. */
FX_EXTERN const char *fx_chorus_config_file(const fx_chorus_config *cfg);

/* Describes the effective configuration, one "key = value" line per
 * setting, secrets masked. out: receives a malloc'ed text. */
FX_EXTERN int fx_chorus_config_describe(const fx_chorus_config *cfg, char **out);

/* Frees cfg, wiping its secrets first (NULL is allowed). */
FX_EXTERN void fx_chorus_config_free(fx_chorus_config *cfg);

/* ------------------------------------------------------------------ */
/* Client                                                              */
/* ------------------------------------------------------------------ */

/** A connection to the Chorus Pro API (opaque): transport, token cache. */
typedef struct fx_chorus_client fx_chorus_client;

/** Receives one line per HTTP exchange (method, address, HTTP status or
 * transport error, duration); never a header, a body or a secret. */
typedef void (*fx_chorus_log_fn)(void *ctx, const char *line);

#define FX_CHORUS_CLIENT_OPTIONS_VERSION 1

/** Options of a client; initialise with fx_chorus_client_options_init. */
typedef struct fx_chorus_client_options {
	unsigned version;     /* FX_CHORUS_CLIENT_OPTIONS_VERSION */
	fx_chorus_log_fn log; /* NULL: silent */
	void *log_ctx;        /* passed to log */
} fx_chorus_client_options;

/* Sets opts to the defaults. opts: the options; version:
 * FX_CHORUS_CLIENT_OPTIONS_VERSION. Returns FX_OK or FX_EUSAGE. */
FX_EXTERN int fx_chorus_client_options_init(fx_chorus_client_options *opts, unsigned version);

/* Makes a client from a configuration (copied: cfg may be freed after).
 * TLS certificates are always verified; plain http:// is accepted only for
 * a loopback address (127.0.0.0/8, [::1], localhost), for tests. cfg: the
 * configuration; opts: NULL for the defaults; out: receives the client.
 * Returns FX_OK, FX_EMISSING (credentials missing: the message names the
 * settings), FX_EUSAGE (an address that is neither https nor loopback
 * http), FX_ENOMEM. */
FX_EXTERN int fx_chorus_client_new(const fx_chorus_config *cfg,
                                   const fx_chorus_client_options *opts, fx_chorus_client **out);

/* Frees c, wiping the token and the credentials (NULL is allowed). */
FX_EXTERN void fx_chorus_client_free(fx_chorus_client *c);

/* Gets the expiry date of the technical account's password, as last seen in
 * a structure consultation (dateExpirationMotPasseCompteTech). c: the
 * client; date: receives it (owned by c); days_left: receives the whole
 * days from now (negative: expired). Returns FX_OK or FX_EMISSING. */
FX_EXTERN int fx_chorus_client_password_expiry(const fx_chorus_client *c, const char **date,
                                               long *days_left);

/* Returns the base address of the API the client talks to. */
FX_EXTERN const char *fx_chorus_client_api_url(const fx_chorus_client *c);

/* ------------------------------------------------------------------ */
/* Structures (public buyers)                                          */
/* ------------------------------------------------------------------ */

/** One service of a structure. */
typedef struct fx_chorus_service {
	int64_t id;              /* idService (0 from the offline directory) */
	char *code;              /* codeService, what BT-10 carries */
	char *name;              /* libelleService, or NULL */
	bool active;             /* estActif */
	int engagement_required; /* numeroEngagement: 1 yes, 0 no, -1 not known */
} fx_chorus_service;

/** Where a structure's data came from. */
typedef enum fx_chorus_source {
	FX_CHORUS_SOURCE_API = 0,      /* the Chorus Pro API */
	FX_CHORUS_SOURCE_DIRECTORY = 1 /* the imported directory (offline) */
} fx_chorus_source;

/** A structure (a public buyer or a supplier) and its services. */
typedef struct fx_chorus_structure {
	fx_chorus_source source;
	int64_t id;                 /* idStructureCPP (0 from the directory) */
	char *identifier;           /* e.g. the SIRET */
	char *identifier_type;      /* "SIRET", ... or NULL */
	char *name;                 /* designation / raison sociale, or NULL */
	bool active;                /* the structure is active */
	bool service_required;      /* a service code (BT-10) is mandatory */
	bool engagement_required;   /* an engagement number (BT-13) is mandatory */
	bool service_or_engagement; /* a service code or an engagement number */
	bool payment_status_hidden; /* the MISE_EN_PAIEMENT status is not reported */
	char *password_expiry;      /* dateExpirationMotPasseCompteTech, or NULL */
	char *directory_date;       /* when the directory was imported, or NULL */
	fx_chorus_service *services;
	size_t n_services;
} fx_chorus_structure;

/* Looks a structure up on Chorus Pro: structures/v1/rechercher by SIRET,
 * consulter (its obligations), rechercher/services (its services), and
 * consulter/service for service_code when given (whether it requires an
 * engagement number). c: the client; siret: 14 digits; service_code: NULL
 * or a code; out: receives the structure (free with
 * fx_chorus_structure_free). Returns FX_OK, FX_EMISSING (no such
 * structure), FX_EINVAL (siret malformed), FX_ENET. */
FX_EXTERN int fx_chorus_lookup(fx_chorus_client *c, const char *siret, const char *service_code,
                               fx_chorus_structure **out);

/* Returns the service of s whose code is code, or NULL. */
FX_EXTERN const fx_chorus_service *fx_chorus_structure_service(const fx_chorus_structure *s,
                                                               const char *code);

/* Frees s (NULL is allowed). */
FX_EXTERN void fx_chorus_structure_free(fx_chorus_structure *s);

/* ------------------------------------------------------------------ */
/* Offline directory (annuaire)                                        */
/* ------------------------------------------------------------------ */

/** What an import read. */
typedef struct fx_chorus_import_stats {
	size_t structures;   /* structure rows imported */
	size_t services;     /* service rows imported */
	size_t latin1_files; /* files that were not UTF-8 (Windows-1252 or ISO-8859-15, converted) */
} fx_chorus_import_stats;

/* Imports CSV exports of the Chorus Pro directory into the SQLite database
 * at db_path (created when absent). The separator (';', ',' or tab) is that
 * of the header line; a file that is not UTF-8 is read as Latin-1. Each
 * file is recognised by its header:
 * a structures file (columns Identifiant, RaisonSociale, GestionService,
 * GestionEngagement, ...) replaces every structure, a services file
 * (IdentifiantStructure, CodeService, ...) every service; all in one
 * transaction, so a failure keeps the previous directory. db_path: the
 * database; files/n_files: the CSV files; stats: receives the counts (may
 * be NULL). Returns FX_OK, FX_EIO, FX_EINVAL (the message names file, row
 * and column). */
FX_EXTERN int fx_chorus_annuaire_import(const char *db_path, const char *const *files,
                                        size_t n_files, fx_chorus_import_stats *stats);

/* Looks siret up in the imported directory at db_path. out: receives the
 * structure (source FX_CHORUS_SOURCE_DIRECTORY). Returns FX_OK, FX_EMISSING
 * (not in the directory, or no directory imported), FX_EIO. */
FX_EXTERN int fx_chorus_annuaire_lookup(const char *db_path, const char *siret,
                                        fx_chorus_structure **out);

/* ------------------------------------------------------------------ */
/* Journal                                                             */
/* ------------------------------------------------------------------ */

/** The journal of deposits (opaque): a SQLite database. */
typedef struct fx_chorus_journal fx_chorus_journal;

/* Opens (creating it, and its folder, when absent) the journal at path.
 * path: the database file; out: receives the journal (close with
 * fx_chorus_journal_close). Returns FX_OK, FX_EIO. */
FX_EXTERN int fx_chorus_journal_open(const char *path, fx_chorus_journal **out);

/* Closes j (NULL is allowed). */
FX_EXTERN void fx_chorus_journal_close(fx_chorus_journal *j);

/** One event in the life of a deposit. */
typedef struct fx_chorus_event {
	char *at;     /* when it was recorded (UTC, ISO 8601) */
	char *kind;   /* "deposit" (local step), "flow" (flow state) or
	               * "invoice" (an invoice's status) */
	char *value;  /* the state or status, e.g. "IN_INTEGRE" */
	char *date;   /* when the platform says it happened, or NULL */
	char *detail; /* e.g. the invoice number, an error text, or NULL */
} fx_chorus_event;

/** One deposit as the journal records it. */
typedef struct fx_chorus_deposit_entry {
	int64_t id;           /* journal id */
	char *file_hash;      /* SHA-256 of the file, hex */
	char *source;         /* the file's path as given, or NULL */
	char *file_name;      /* nomFichier sent */
	char *invoice_number; /* BT-1, or NULL */
	char *buyer;          /* buyer SIRET, or NULL */
	char *seller;         /* seller SIRET, or NULL */
	char *platform;       /* the API address it went to */
	char *state;          /* "sending", "unknown", "deposited", "failed" */
	char *flow_number;    /* numeroFluxDepot, or NULL */
	char *deposit_date;   /* dateDepot, or NULL */
	char *flow_state;     /* last flow state seen, or NULL */
	char *invoice_status; /* last invoice status seen, or NULL */
	char *created;        /* when the deposit started */
	char *updated;        /* last change */
	char *error;          /* why it failed, or NULL */
	fx_chorus_event *events;
	size_t n_events;
} fx_chorus_deposit_entry;

/* Lists the deposits of the journal, newest first. j: the journal;
 * filter: NULL for all, else an invoice number, a flow number or a file
 * hash prefix; with_events: also load each deposit's events; out/n: receive
 * the entries (free with fx_chorus_deposit_entries_free). */
FX_EXTERN int fx_chorus_journal_list(fx_chorus_journal *j, const char *filter, bool with_events,
                                     fx_chorus_deposit_entry **out, size_t *n);

/* Frees n entries (NULL is allowed). */
FX_EXTERN void fx_chorus_deposit_entries_free(fx_chorus_deposit_entry *entries, size_t n);

/* Lists the flow numbers of deposits still worth following: the flow state
 * is not final, or its invoices have not all reached a closing status.
 * j: the journal; out/n: receive a malloc'ed array of malloc'ed strings
 * (free each, then the array). */
FX_EXTERN int fx_chorus_journal_open_flows(fx_chorus_journal *j, char ***out, size_t *n);

/* ------------------------------------------------------------------ */
/* Invoice facts and deposit                                           */
/* ------------------------------------------------------------------ */

/** What the deposit needs to know of an invoice file. */
typedef struct fx_chorus_invoice_info {
	char sha256[65];    /* SHA-256 of the file, hex */
	char *number;       /* BT-1, or NULL when the XML could not be read */
	char *issue_date;   /* BT-2 as YYYY-MM-DD, or NULL */
	char *type_code;    /* BT-3, or NULL */
	char *buyer_siret;  /* BT-46 with scheme 0009, else a 14-digit BT-47 */
	char *seller_siret; /* BT-29 with scheme 0009, else a 14-digit BT-30 */
	char *service_code; /* BT-10, or NULL */
	char *engagement;   /* BT-13, or NULL */
	char *read_error;   /* why the XML could not be read, or NULL */
} fx_chorus_invoice_info;

/* Reads what the deposit needs from a Factur-X PDF (or CII XML): the hash
 * always, the invoice data when its XML can be read (read_error otherwise).
 * data/len: the file; source: its name for messages; out: receives the
 * facts (free with fx_chorus_invoice_info_free). Returns FX_OK or
 * FX_ENOMEM. */
FX_EXTERN int fx_chorus_invoice_info_read(const void *data, size_t len, const char *source,
                                          fx_chorus_invoice_info **out);

/* Frees info (NULL is allowed). */
FX_EXTERN void fx_chorus_invoice_info_free(fx_chorus_invoice_info *info);

#define FX_CHORUS_DEPOSIT_OPTIONS_VERSION 1

/** Options of a deposit; initialise with fx_chorus_deposit_options_init. */
typedef struct fx_chorus_deposit_options {
	unsigned version;      /* FX_CHORUS_DEPOSIT_OPTIONS_VERSION */
	const char *file_name; /* nomFichier; NULL: factur-x_<BT-1>.pdf (characters
	                        * other than letters, digits, '-', '_' and '.'
	                        * become '-'), else the source's base name */
	const char *source;    /* the file's path, recorded in the journal */
	const char *syntax;    /* syntaxeFlux; NULL: the configuration's
	                        * (IN_DP_E2_CII_FACTURX) */
	bool again;            /* deposit even though the journal shows this file
	                        * or invoice number as already deposited */
} fx_chorus_deposit_options;

/* Sets opts to the defaults. Returns FX_OK or FX_EUSAGE. */
FX_EXTERN int fx_chorus_deposit_options_init(fx_chorus_deposit_options *opts, unsigned version);

/** How a deposit ended. */
typedef enum fx_chorus_deposit_outcome {
	FX_CHORUS_DEPOSITED = 0, /* sent; the platform answered with a flow number */
	FX_CHORUS_RECONCILED = 1 /* the answer to a deposit (an earlier one, or
	                          * this one's) was lost, and reconciliation found
	                          * the invoice on the platform: not sent again */
} fx_chorus_deposit_outcome;

/** The result of a deposit. */
typedef struct fx_chorus_deposit_result {
	fx_chorus_deposit_outcome outcome;
	int64_t journal_id; /* the journal entry */
	char *flow_number;  /* numeroFluxDepot (NULL when reconciled from an
	                     * invoice listing that does not give it) */
	char *deposit_date; /* dateDepot, or NULL */
	char *file_name;    /* nomFichier sent */
	char *syntax;       /* syntaxeFlux sent */
	unsigned attempts;  /* requests sent in this call */
} fx_chorus_deposit_result;

/* Deposits a file through factures/v1/deposer/flux and records it in the
 * journal before sending (state "sending"), then after (state "deposited",
 * "failed" or "unknown"). A file whose hash, or an invoice whose number
 * (same seller), the journal already shows as deposited to the same
 * platform is refused (FX_EEXIST) unless opts->again. A previous attempt
 * whose outcome is unknown is reconciled first: the supplier's invoices are
 * searched by number, and the file is sent again only when the platform
 * shows no such invoice reconcile_grace seconds or more after that attempt.
 * Network errors before the request went out are retried with backoff;
 * after (timeout, cut connection, HTTP 5xx) the outcome is unknown and is
 * reconciled in the same way. c: the client; j: the journal; data/len: the
 * file; info: its facts (NULL: read them); opts: NULL for the defaults;
 * out: receives the result (free with fx_chorus_deposit_result_free).
 * Returns FX_OK, FX_EEXIST, FX_EINVAL (the platform refused the request:
 * its message), FX_ENET (not deposited, or outcome unknown: the message
 * says which), FX_EIO (journal). */
FX_EXTERN int fx_chorus_deposit(fx_chorus_client *c, fx_chorus_journal *j, const void *data,
                                size_t len, const fx_chorus_invoice_info *info,
                                const fx_chorus_deposit_options *opts,
                                fx_chorus_deposit_result **out);

/* Frees r (NULL is allowed). */
FX_EXTERN void fx_chorus_deposit_result_free(fx_chorus_deposit_result *r);

/* ------------------------------------------------------------------ */
/* Status of a flow and its invoices                                   */
/* ------------------------------------------------------------------ */

/** An invoice rejected in a flow (listeErreurDP). */
typedef struct fx_chorus_dp_error {
	char *supplier;       /* identifiantFournisseur, or NULL */
	char *recipient;      /* identifiantDestinataire, or NULL */
	char *invoice_number; /* numeroDP, or NULL */
	char *message;        /* libelleErreurDP */
} fx_chorus_dp_error;

/** A technical error of a flow (listeErreurTechnique). */
typedef struct fx_chorus_technical_error {
	char *code;    /* codeErreur, or NULL */
	char *message; /* libelleErreur */
	char *nature;  /* natureErreur, or NULL */
} fx_chorus_technical_error;

/** The detailed report of a flow (transverses/v1/consulterCRDetaille). */
typedef struct fx_chorus_flow_report {
	char *flow_number;    /* numeroFluxDepot asked */
	char *state;          /* etatCourantDepotFlux, e.g. "IN_INTEGRE" */
	char *state_date;     /* dateHeureEtatCourantFlux, or NULL */
	char *deposit_date;   /* dateDepotFlux, or NULL */
	char *file_name;      /* nomFichier, or NULL */
	char *interface_code; /* codeInterfaceDepotFlux, or NULL */
	fx_chorus_dp_error *dp_errors;
	size_t n_dp_errors;
	fx_chorus_technical_error *technical_errors;
	size_t n_technical_errors;
} fx_chorus_flow_report;

/** One change of an invoice's status (historiquesDesStatuts). */
typedef struct fx_chorus_status_change {
	char *status;  /* histoStatutCode */
	char *date;    /* histoStatutDatePassage, or NULL */
	char *comment; /* histoStatutCommentaire, or NULL */
} fx_chorus_status_change;

/** An invoice of a flow, with its status history. */
typedef struct fx_chorus_invoice {
	int64_t id;                       /* identifiantFactureCPP */
	char *number;                     /* numeroFacture */
	char *status;                     /* statutCourantCode (history), else statut */
	char *flow_number;                /* numeroFluxDepot, or NULL */
	char *deposit_date;               /* dateDepot, or NULL */
	char *invoice_date;               /* dateFacture, or NULL */
	char *recipient;                  /* codeDestinataire, or NULL */
	char *recipient_name;             /* designationDestinataire, or NULL */
	fx_chorus_status_change *history; /* oldest first */
	size_t n_history;
} fx_chorus_invoice;

/** The status of a flow: its report and its invoices. */
typedef struct fx_chorus_flow_status {
	fx_chorus_flow_report report;
	fx_chorus_invoice *invoices; /* listed once the flow is integrated */
	size_t n_invoices;
} fx_chorus_flow_status;

/* Gets the status of flow: its detailed report, then (once integrated,
 * fully or partly) the invoices of the flow (factures/v1/rechercher/
 * fournisseur) and the history of each (consulter/historique). When j is
 * not NULL, new states and statuses are recorded in the journal. c: the
 * client; j: the journal or NULL; flow: numeroFluxDepot; out: receives the
 * status (free with fx_chorus_flow_status_free). Returns FX_OK, FX_EINVAL
 * (the platform refused: its message), FX_ENET. */
FX_EXTERN int fx_chorus_status(fx_chorus_client *c, fx_chorus_journal *j, const char *flow,
                               fx_chorus_flow_status **out);

/* Frees s (NULL is allowed). */
FX_EXTERN void fx_chorus_flow_status_free(fx_chorus_flow_status *s);

/* Returns true when a flow in state no longer changes: IN_INTEGRE,
 * IN_INTEGRE_PARTIEL, IN_REJETE, IN_INCIDENTE. */
FX_EXTERN bool fx_chorus_flow_state_final(const char *state);

/* Returns true for a flow state that is a failure: IN_REJETE, IN_INCIDENTE. */
FX_EXTERN bool fx_chorus_flow_state_failed(const char *state);

/* Returns plain English words for a flow state, or NULL when unknown. */
FX_EXTERN const char *fx_chorus_flow_state_text(const char *state);

/* Returns plain English words for an invoice status, or NULL when unknown. */
FX_EXTERN const char *fx_chorus_invoice_status_text(const char *status);

/* Returns true for an invoice status after which nothing more is expected
 * from the supplier's side (paid, accounted, rejected, abandoned, ...). */
FX_EXTERN bool fx_chorus_invoice_status_closing(const char *status);

/* ------------------------------------------------------------------ */
/* Check before deposit                                                */
/* ------------------------------------------------------------------ */

/** One problem the Chorus Pro check found beyond the validation report. */
typedef struct fx_chorus_problem {
	const char *code; /* e.g. "CHORUS-BUYER-UNKNOWN" (docs/chorus-pro.md) */
	const char *bt;   /* business term, e.g. "BT-13", or NULL */
	char *message;    /* English */
} fx_chorus_problem;

/** The result of fx_chorus_check. */
typedef struct fx_chorus_check_result {
	fx_report *report;            /* the full validation (chorus layer on) */
	fx_chorus_invoice_info *info; /* the invoice's facts */
	fx_chorus_structure *buyer;   /* the buyer as looked up, or NULL */
	fx_chorus_problem *problems;  /* the buyer's obligations not met */
	size_t n_problems;
	char *lookup_note; /* how the buyer was looked up (online,
	                    * offline, or why not), or NULL */
	bool ok;           /* valid and no problem: may be deposited */
} fx_chorus_check_result;

/* Checks a Factur-X PDF before a deposit: fx_validate_memory with the
 * chorus layer on and the buyer's obligations known, then the buyer
 * itself: on Chorus Pro and active, service code (BT-10) and engagement
 * number (BT-13) present when required (by the structure, or by the
 * service for the engagement), the service known and active. The buyer is
 * looked up with c when not NULL, else (or when the network fails) in the
 * directory at annuaire_path (may be NULL). data/len: the file; source:
 * its name; out: receives the result (free with
 * fx_chorus_check_result_free). Returns FX_OK (whether or not the file
 * passes: see ok), FX_EINVAL (not a PDF or XML at all), FX_ENOMEM. */
FX_EXTERN int fx_chorus_check(fx_chorus_client *c, const char *annuaire_path, const void *data,
                              size_t len, const char *source, fx_chorus_check_result **out);

/* Frees r (NULL is allowed). */
FX_EXTERN void fx_chorus_check_result_free(fx_chorus_check_result *r);

#ifdef __cplusplus
}
#endif

#endif
