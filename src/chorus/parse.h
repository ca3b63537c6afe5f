/*
 * Internal: the parsers of the platform's answers (PISTE token, deposit,
 * structures, services, flow report, invoices, history). Each takes the
 * raw body, so that the fuzz target (fuzz/fuzz_chorus_json.c) reaches them
 * all. A parser returns FX_OK when the body has the expected shape, FX_ENET
 * when it is not JSON or not the expected answer, FX_ENOMEM; the
 * application result (codeRetour, libelle) goes to ret for the caller to
 * judge.
 */
#ifndef FX_CHORUS_PARSE_H
#define FX_CHORUS_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "facturx/chorus.h"

/** The application result every answer carries. */
typedef struct fx_ch_ret {
	long code;     /* codeRetour: 0 success (also when absent) */
	char *libelle; /* libelle, or NULL */
} fx_ch_ret;

/* Frees the libelle of r and clears it. */
void fx_ch_ret_clear(fx_ch_ret *r);

/* Reads codeRetour and libelle of any answer. */
int fx_ch_parse_return(const char *body, size_t len, fx_ch_ret *ret);

/* Reads a token answer: access_token (printable ASCII) into *token
 * (malloc'ed) and expires_in (seconds; 3600 when absent). */
int fx_ch_parse_token(const char *body, size_t len, char **token, long *expires_in);

/* Reads a token error answer {error, error_description}; either may be
 * NULL on return. */
int fx_ch_parse_token_error(const char *body, size_t len, char **error, char **description);

/** What deposer/flux answers. */
typedef struct fx_ch_deposit {
	char *flow_number;  /* numeroFluxDepot */
	char *deposit_date; /* dateDepot */
	char *syntax;       /* syntaxeFlux */
} fx_ch_deposit;

/* Reads a deposer/flux answer (numeroFluxDepot required on success). */
int fx_ch_parse_deposit(const char *body, size_t len, fx_ch_ret *ret, fx_ch_deposit *out);

/* Frees the strings of d and clears it. */
void fx_ch_deposit_clear(fx_ch_deposit *d);

/** One structure of a structures/v1/rechercher answer. */
typedef struct fx_ch_found {
	int64_t id;            /* idStructureCPP */
	char *identifier;      /* identifiantStructure */
	char *identifier_type; /* typeIdentifiantStructure */
	char *name;            /* designationStructure */
	char *status;          /* statut: ACTIVE / INACTIVE */
} fx_ch_found;

/* Reads a structures/v1/rechercher answer into a malloc'ed array. */
int fx_ch_parse_structures(const char *body, size_t len, fx_ch_ret *ret, fx_ch_found **out,
                           size_t *n);

/* Frees n found structures. */
void fx_ch_found_free(fx_ch_found *found, size_t n);

/* Reads a structures/v1/consulter answer into s (name, identifier,
 * obligations, password expiry). */
int fx_ch_parse_structure(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_structure *s);

/* Reads a structures/v1/rechercher/services answer, appending the services
 * to s; *pages receives the page count (1 when not given). */
int fx_ch_parse_services(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_structure *s,
                         long *pages);

/* Reads a structures/v1/consulter/service answer: *engagement_required
 * receives parametres.numeroEngagement (1, 0, or -1 when absent). */
int fx_ch_parse_service(const char *body, size_t len, fx_ch_ret *ret, int *engagement_required);

/* Reads a transverses/v1/consulterCRDetaille answer into r (whose strings
 * must be NULL). */
int fx_ch_parse_report(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_flow_report *r);

/* Frees what r holds and clears it. */
void fx_ch_report_clear(fx_chorus_flow_report *r);

/* Reads a factures/v1/rechercher/fournisseur answer, appending the invoices
 * to *items (*n of them); *pages receives the page count. */
int fx_ch_parse_invoices(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_invoice **items,
                         size_t *n, long *pages);

/* Reads a factures/v1/consulter/historique answer into inv: the current
 * status and the status changes, oldest first. */
int fx_ch_parse_history(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_invoice *inv);

/* Frees what inv holds and clears it. */
void fx_ch_invoice_clear(fx_chorus_invoice *inv);

#endif
