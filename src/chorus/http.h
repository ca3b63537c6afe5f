/*
 * Internal: the HTTPS transport of the Chorus Pro client (libcurl).
 * Certificates are always verified; plain HTTP only to loopback; no
 * redirects; no header or body ever reaches the log.
 */
#ifndef FX_CHORUS_HTTP_H
#define FX_CHORUS_HTTP_H

#include <stddef.h>

#include "facturx/chorus.h"

/** A transport (opaque): one libcurl handle, reused between requests. */
typedef struct fx_http fx_http;

/** Whether a failed request may have reached the server. */
typedef enum fx_http_outcome {
	FX_HTTP_ANSWERED = 0,  /* the server answered (any HTTP status) */
	FX_HTTP_NOT_SENT = 1,  /* failed before the request went out */
	FX_HTTP_MAYBE_SENT = 2 /* failed after: the server may have received it */
} fx_http_outcome;

/** An answer. */
typedef struct fx_http_response {
	long status; /* HTTP status */
	char *body;  /* malloc'ed, NUL-terminated */
	size_t len;
} fx_http_response;

/** Settings of a transport. */
typedef struct fx_http_settings {
	long timeout_ms;         /* whole exchange */
	long connect_timeout_ms; /* connection set-up */
	fx_chorus_log_fn log;    /* may be NULL */
	void *log_ctx;
} fx_http_settings;

/* Checks that url may be used: https://, or http:// to a loopback address.
 * Returns FX_OK or FX_EUSAGE with the reason. */
int fx_http_check_url(const char *url);

/* Makes a transport. Returns FX_OK, FX_ENOMEM or FX_ERROR (libcurl). */
int fx_http_new(const fx_http_settings *settings, fx_http **out);

/* Frees h (NULL is allowed). */
void fx_http_free(fx_http *h);

/* Sends a POST of body/len to url with the n_headers headers ("Name:
 * value"). resp receives the answer whatever its HTTP status; outcome says
 * how far the request went. Returns FX_OK (answered), FX_EUSAGE (url
 * refused by fx_http_check_url), FX_ENET (transport failure, message
 * without secrets), FX_ENOMEM. */
int fx_http_post(fx_http *h, const char *url, const char *const *headers, size_t n_headers,
                 const char *body, size_t len, fx_http_response *resp, fx_http_outcome *outcome);

/* Frees the body of r and clears it. */
void fx_http_response_free(fx_http_response *r);

#endif
