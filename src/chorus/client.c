/*
 * The Chorus Pro client: what it keeps of the configuration (secrets
 * included, wiped on free), its log and the password expiry it has seen.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chorus/client_internal.h"
#include "chorus/config_internal.h"
#include "chorus/util.h"
#include "core/base64.h"
#include "core/buf.h"
#include "core/error.h"

/* Sets opts to the defaults. */
int fx_chorus_client_options_init(fx_chorus_client_options *opts, unsigned version)
{
	if (!opts || version != FX_CHORUS_CLIENT_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_chorus_client_options_init: bad version");
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return FX_OK;
}

/* Names the credentials missing from cfg into b; returns how many. */
static int missing_credentials(const fx_chorus_config *cfg, fx_buf *b)
{
	static const fx_chorus_key needed[] = {FX_CK_CLIENT_ID, FX_CK_CLIENT_SECRET, FX_CK_LOGIN,
	                                       FX_CK_PASSWORD};
	static const char *const names[] = {"client_id", "client_secret", "login", "password"};
	int n = 0;
	for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++) {
		if (fx_chorus_config_value(cfg, needed[i]))
			continue;
		fx_buf_printf(b, "%s%s", n ? ", " : "", names[i]);
		n++;
	}
	return n;
}

/* Builds "cpro-account: base64(login:password)". */
static char *account_header(const fx_chorus_config *cfg)
{
	const char *login = fx_chorus_config_value(cfg, FX_CK_LOGIN);
	const char *password = fx_chorus_config_value(cfg, FX_CK_PASSWORD);
	fx_buf plain = {0}, header = {0};
	fx_buf_printf(&plain, "%s:%s", login, password);
	fx_buf_puts(&header, "cpro-account: ");
	if (!plain.failed)
		fx_base64_encode(&header, (const unsigned char *)plain.data, plain.len);
	char *p = fx_buf_detach(&plain, NULL);
	fx_ch_wipe(&p);
	if (header.failed) {
		fx_buf_free(&header);
		return NULL;
	}
	return fx_buf_detach(&header, NULL);
}

/* Copies the API base without its trailing slashes. */
static char *base_url(const char *url)
{
	size_t n = strlen(url);
	while (n > 0 && url[n - 1] == '/')
		n--;
	return fx_ch_printf("%.*s", (int)n, url);
}

/* Copies what the client needs from cfg. */
static int fill(fx_chorus_client *c, const fx_chorus_config *cfg)
{
	c->oauth_url = fx_ch_strdup(fx_chorus_config_value(cfg, FX_CK_OAUTH_URL));
	c->api_url = base_url(fx_chorus_config_value(cfg, FX_CK_API_URL));
	c->scope = fx_ch_strdup(fx_chorus_config_value(cfg, FX_CK_SCOPE));
	c->syntax = fx_ch_strdup(fx_chorus_config_value(cfg, FX_CK_SYNTAX));
	c->client_id = fx_ch_strdup(fx_chorus_config_value(cfg, FX_CK_CLIENT_ID));
	c->client_secret = fx_ch_strdup(fx_chorus_config_value(cfg, FX_CK_CLIENT_SECRET));
	c->account_header = account_header(cfg);
	c->retries = fx_chorus_config_number(cfg, FX_CK_RETRIES);
	c->retry_delay_ms = fx_chorus_config_number(cfg, FX_CK_RETRY_DELAY);
	c->token_margin_s = fx_chorus_config_number(cfg, FX_CK_TOKEN_MARGIN);
	c->reconcile_grace_s = fx_chorus_config_number(cfg, FX_CK_RECONCILE_GRACE);
	if (!c->oauth_url || !c->api_url || !c->scope || !c->syntax || !c->client_id ||
	    !c->client_secret || !c->account_header)
		return fx_error_oom();
	return FX_OK;
}

/* Makes a client. */
int fx_chorus_client_new(const fx_chorus_config *cfg, const fx_chorus_client_options *opts,
                         fx_chorus_client **out)
{
	if (!cfg || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_client_new: NULL argument");
	if (opts && opts->version != FX_CHORUS_CLIENT_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_chorus_client_new: bad options version");
	fx_buf missing = {0};
	if (missing_credentials(cfg, &missing) > 0) {
		int rc = fx_error_set(FX_EMISSING,
		                      "Chorus Pro credentials missing: %s (set them in the "
		                      "configuration file or FACTURX_CHORUS_* variables)",
		                      missing.data ? missing.data : "?");
		fx_buf_free(&missing);
		return rc;
	}
	int rc = fx_http_check_url(fx_chorus_config_value(cfg, FX_CK_OAUTH_URL));
	if (rc == FX_OK)
		rc = fx_http_check_url(fx_chorus_config_value(cfg, FX_CK_API_URL));
	if (rc != FX_OK)
		return rc;
	fx_chorus_client *c = calloc(1, sizeof *c);
	if (!c)
		return fx_error_oom();
	if (opts) {
		c->log = opts->log;
		c->log_ctx = opts->log_ctx;
	}
	rc = fill(c, cfg);
	fx_http_settings hs = {fx_chorus_config_number(cfg, FX_CK_TIMEOUT) * 1000,
	                       fx_chorus_config_number(cfg, FX_CK_CONNECT_TIMEOUT) * 1000, c->log,
	                       c->log_ctx};
	if (rc == FX_OK)
		rc = fx_http_new(&hs, &c->http);
	if (rc != FX_OK) {
		fx_chorus_client_free(c);
		return rc;
	}
	*out = c;
	return FX_OK;
}

/* Frees the client, wiping its secrets. */
void fx_chorus_client_free(fx_chorus_client *c)
{
	if (!c)
		return;
	fx_http_free(c->http);
	free(c->oauth_url);
	free(c->api_url);
	free(c->scope);
	free(c->syntax);
	free(c->client_id);
	fx_ch_wipe(&c->client_secret);
	fx_ch_wipe(&c->account_header);
	fx_ch_wipe(&c->auth_header);
	free(c->password_expiry);
	free(c);
}

/* Returns the API base address. */
const char *fx_chorus_client_api_url(const fx_chorus_client *c)
{
	return c ? c->api_url : NULL;
}

/* Keeps the latest password expiry date seen. */
void fx_chorus_note_password_expiry(fx_chorus_client *c, const char *date)
{
	time_t t;
	if (!date || fx_ch_parse_day(date, &t) != 0)
		return;
	char *copy = fx_ch_strdup(date);
	if (!copy)
		return;
	free(c->password_expiry);
	c->password_expiry = copy;
}

/* Gives the password expiry date and the days left. */
int fx_chorus_client_password_expiry(const fx_chorus_client *c, const char **date, long *days_left)
{
	time_t day;
	if (!c || !c->password_expiry || fx_ch_parse_day(c->password_expiry, &day) != 0)
		return FX_EMISSING;
	time_t now = time(NULL);
	time_t today = now - now % 86400;
	*date = c->password_expiry;
	*days_left = (long)((day - today) / 86400);
	return FX_OK;
}

/* Writes a formatted line to the log. */
void fx_chorus_log(const fx_chorus_client *c, const char *fmt, ...)
{
	if (!c->log)
		return;
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	c->log(c->log_ctx, line);
}

/* Sleeps before a retry. */
void fx_chorus_backoff(const fx_chorus_client *c, unsigned attempt)
{
	long delay = c->retry_delay_ms;
	for (unsigned i = 1; i < attempt && delay < 30000; i++)
		delay *= 2;
	if (delay > 30000)
		delay = 30000;
	fx_chorus_log(c, "retrying in %ld ms", delay);
	fx_ch_sleep_ms(delay);
}
