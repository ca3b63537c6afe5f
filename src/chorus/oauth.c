/*
 * The PISTE OAuth2 token (client credentials): fetched when missing,
 * renewed token_margin seconds before it expires or when the API answers
 * 401, kept in memory only.
 */
#define _DEFAULT_SOURCE /* explicit_bzero */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/client_internal.h"
#include "chorus/parse.h"
#include "chorus/util.h"
#include "core/buf.h"
#include "core/error.h"

/* Appends s to b in application/x-www-form-urlencoded form. */
static void form_escape(fx_buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' || *p == '~') {
			fx_buf_append(b, (const char *)p, 1);
		} else {
			char esc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
			fx_buf_append(b, esc, 3);
		}
	}
}

/* Builds the token request body (it holds the client secret). */
static char *token_form(const fx_chorus_client *c)
{
	fx_buf b = {0};
	fx_buf_puts(&b, "grant_type=client_credentials&client_id=");
	form_escape(&b, c->client_id);
	fx_buf_puts(&b, "&client_secret=");
	form_escape(&b, c->client_secret);
	fx_buf_puts(&b, "&scope=");
	form_escape(&b, c->scope);
	if (b.failed) {
		char *p = fx_buf_detach(&b, NULL);
		fx_ch_wipe(&p);
		return NULL;
	}
	return fx_buf_detach(&b, NULL);
}

/* Records the refusal of the token request (HTTP status, error fields). */
static int token_refused(const fx_http_response *r)
{
	char *error = NULL, *description = NULL;
	fx_ch_parse_token_error(r->body, r->len, &error, &description);
	int rc = fx_error_set(FX_ENET,
	                      "PISTE refused the token request (HTTP %ld%s%s%s%s): check "
	                      "client_id and client_secret",
	                      r->status, error ? ": " : "", error ? error : "",
	                      description ? ": " : "", description ? description : "");
	free(error);
	free(description);
	return rc;
}

/* Keeps the token of answer r. */
static int keep_token(fx_chorus_client *c, const fx_http_response *r)
{
	char *token = NULL;
	long expires_in = 0;
	int rc = fx_ch_parse_token(r->body, r->len, &token, &expires_in);
	if (rc != FX_OK)
		return rc;
	char *header = fx_ch_printf("Authorization: Bearer %s", token);
	fx_ch_wipe(&token);
	if (!header)
		return fx_error_oom();
	fx_ch_wipe(&c->auth_header);
	c->auth_header = header;
	c->token_expiry = fx_ch_now_ms() + ((int64_t)expires_in - c->token_margin_s) * 1000;
	fx_chorus_log(c, "token obtained, valid %ld s", expires_in);
	return FX_OK;
}

/* Sends the token request once; *retry tells whether another try may help. */
static int request_token(fx_chorus_client *c, const char *form, bool *retry)
{
	static const char *const headers[] = {"Content-Type: application/x-www-form-urlencoded",
	                                      "Accept: application/json"};
	fx_http_response r = {0};
	fx_http_outcome outcome;
	*retry = false;
	int rc = fx_http_post(c->http, c->oauth_url, headers, 2, form, strlen(form), &r, &outcome);
	if (rc == FX_ENET) {
		*retry = true;
		return rc;
	}
	if (rc != FX_OK)
		return rc;
	if (r.status == 200)
		rc = keep_token(c, &r);
	else if (r.status >= 500 || r.status == 429) {
		*retry = true;
		rc = fx_error_set(FX_ENET, "the token endpoint answered HTTP %ld", r.status);
	} else
		rc = token_refused(&r);
	explicit_bzero(r.body, r.len);
	fx_http_response_free(&r);
	return rc;
}

/* Ensures a valid token, fetching one when needed. */
int fx_chorus_token(fx_chorus_client *c, bool renew)
{
	if (!renew && c->auth_header && fx_ch_now_ms() < c->token_expiry)
		return FX_OK;
	fx_ch_wipe(&c->auth_header);
	char *form = token_form(c);
	if (!form)
		return fx_error_oom();
	int rc = FX_ENET;
	bool retry = true;
	for (unsigned attempt = 0; retry && attempt <= (unsigned)c->retries; attempt++) {
		if (attempt > 0)
			fx_chorus_backoff(c, attempt);
		rc = request_token(c, form, &retry);
	}
	fx_ch_wipe(&form);
	return rc;
}
