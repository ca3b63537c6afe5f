/*
 * Internal: the client's state and the authenticated API call.
 */
#ifndef FX_CHORUS_CLIENT_INTERNAL_H
#define FX_CHORUS_CLIENT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "chorus/http.h"
#include "facturx/chorus.h"

struct fx_chorus_client {
	fx_http *http;
	char *oauth_url;      /* token endpoint */
	char *api_url;        /* API base, without a trailing slash */
	char *scope;          /* OAuth2 scope */
	char *syntax;         /* default syntaxeFlux */
	char *client_id;      /* PISTE application */
	char *client_secret;  /* secret */
	char *account_header; /* "cpro-account: base64(login:password)", secret */
	char *auth_header;    /* "Authorization: Bearer <token>", secret, or NULL */
	int64_t token_expiry; /* monotonic ms after which the token is renewed */
	long retries;         /* extra attempts after a failure */
	long retry_delay_ms;  /* first backoff delay, doubled each time */
	long token_margin_s;  /* renew this long before expiry */
	long reconcile_grace_s;
	char *password_expiry; /* last dateExpirationMotPasseCompteTech seen */
	fx_chorus_log_fn log;
	void *log_ctx;
};

/* Makes sure c holds a token that is not about to expire (renew: fetch a
 * new one whatever the cache holds). Returns FX_OK or FX_ENET. */
int fx_chorus_token(fx_chorus_client *c, bool renew);

/* Waits before attempt number attempt (1 = first retry): retry_delay_ms
 * doubled for each further attempt, at most 30 s. */
void fx_chorus_backoff(const fx_chorus_client *c, unsigned attempt);

/* Writes a line to the client's log. */
void fx_chorus_log(const fx_chorus_client *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Calls API operation path (e.g. "factures/v1/deposer/flux") with the JSON
 * body, with the token and cpro-account headers. An expired token (HTTP
 * 401) is renewed and the call repeated once. Failures before the request
 * went out, and HTTP 429, are retried with backoff; after it went out
 * (timeout, cut connection, HTTP 5xx) only when idempotent. reply receives
 * the answer of an HTTP 2xx. outcome (may be NULL) receives, on FX_ENET,
 * whether the request may have reached the platform. Returns FX_OK,
 * FX_EINVAL (HTTP 4xx: the platform refused the request; message with its
 * codeRetour/libelle), FX_ENET, FX_ENOMEM. */
int fx_chorus_call(fx_chorus_client *c, const char *path, const char *body, bool idempotent,
                   fx_http_response *reply, fx_http_outcome *outcome);

/* Records the password expiry date seen in a structure (copied). */
void fx_chorus_note_password_expiry(fx_chorus_client *c, const char *date);

#endif
