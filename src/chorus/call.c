/*
 * One authenticated call to the Chorus Pro API, with the token renewed on
 * 401 and retries with backoff where a retry cannot do harm.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/client_internal.h"
#include "chorus/parse.h"
#include "chorus/util.h"
#include "core/error.h"

/** What one attempt came to. */
typedef enum verdict {
	V_DONE,     /* answered 2xx, or a final failure */
	V_RETRY,    /* worth another attempt after a pause */
	V_REAUTH,   /* 401: renew the token and try again at once */
	V_UNCERTAIN /* may have reached the platform; not idempotent: stop */
} verdict;

/* Records the platform's refusal (HTTP 4xx) of operation path. */
static int refused(const char *path, const fx_http_response *r)
{
	fx_ch_ret ret = {0, NULL};
	if (fx_ch_parse_return(r->body, r->len, &ret) == FX_OK && ret.libelle) {
		int rc = fx_error_set(FX_EINVAL, "Chorus Pro refused %s (HTTP %ld, code %ld): %s",
		                      path, r->status, ret.code, ret.libelle);
		fx_ch_ret_clear(&ret);
		return rc;
	}
	fx_ch_ret_clear(&ret);
	return fx_error_set(FX_EINVAL, "Chorus Pro refused %s (HTTP %ld)", path, r->status);
}

/* Sends one attempt and judges it; *rc receives its result. */
static verdict attempt_call(fx_chorus_client *c, const char *url, const char *path,
                            const char *body, bool idempotent, fx_http_response *reply,
                            fx_http_outcome *outcome, int *rc)
{
	*rc = fx_chorus_token(c, false);
	if (*rc != FX_OK) {
		*outcome = FX_HTTP_NOT_SENT;
		return V_DONE;
	}
	const char *headers[] = {c->auth_header, c->account_header,
	                         "Content-Type: application/json;charset=utf-8",
	                         "Accept: application/json;charset=utf-8"};
	fx_http_response r = {0};
	*rc = fx_http_post(c->http, url, headers, 4, body, strlen(body), &r, outcome);
	if (*rc == FX_ENET)
		return *outcome == FX_HTTP_NOT_SENT || idempotent ? V_RETRY : V_UNCERTAIN;
	if (*rc != FX_OK)
		return V_DONE;
	if (r.status >= 200 && r.status < 300) {
		*reply = r;
		return V_DONE;
	}
	verdict v = V_DONE;
	if (r.status == 401) {
		*rc = fx_error_set(FX_ENET,
		                   "Chorus Pro refused the authentication (HTTP 401): check the "
		                   "PISTE application and the technical account (login, password)");
		*outcome = FX_HTTP_NOT_SENT;
		v = V_REAUTH;
	} else if (r.status == 429) {
		*rc = fx_error_set(FX_ENET, "%s: too many requests (HTTP 429)", path);
		*outcome = FX_HTTP_NOT_SENT;
		v = V_RETRY;
	} else if (r.status >= 500) {
		*rc = fx_error_set(FX_ENET, "%s: the platform failed (HTTP %ld)", path, r.status);
		*outcome = FX_HTTP_MAYBE_SENT;
		v = idempotent ? V_RETRY : V_UNCERTAIN;
	} else {
		*rc = refused(path, &r);
		*outcome = FX_HTTP_ANSWERED;
	}
	fx_http_response_free(&r);
	return v;
}

/* Calls an API operation. */
int fx_chorus_call(fx_chorus_client *c, const char *path, const char *body, bool idempotent,
                   fx_http_response *reply, fx_http_outcome *outcome)
{
	char *url = fx_ch_printf("%s/cpro/%s", c->api_url, path);
	if (!url)
		return fx_error_oom();
	fx_http_outcome local;
	if (!outcome)
		outcome = &local;
	*outcome = FX_HTTP_NOT_SENT;
	int rc = FX_ENET;
	bool reauthenticated = false;
	unsigned failures = 0;
	for (;;) {
		verdict v = attempt_call(c, url, path, body, idempotent, reply, outcome, &rc);
		if (v == V_REAUTH && !reauthenticated) {
			reauthenticated = true;
			fx_chorus_log(c, "token refused (HTTP 401): renewing it");
			rc = fx_chorus_token(c, true);
			if (rc != FX_OK)
				break;
			continue;
		}
		if (v != V_RETRY || failures >= (unsigned)c->retries)
			break;
		fx_chorus_backoff(c, ++failures);
	}
	free(url);
	return rc;
}
