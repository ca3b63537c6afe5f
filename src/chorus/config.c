/*
 * The Chorus Pro settings: defaults, a private configuration file, the
 * environment. Secrets are kept here and wiped on free; messages name keys,
 * files and lines, never values.
 */
#include "chorus/config_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/http.h"
#include "chorus/util.h"
#include "core/buf.h"
#include "core/error.h"

#define SANDBOX_OAUTH "https://sandbox-oauth.piste.gouv.fr/api/oauth/token"
#define SANDBOX_API "https://sandbox-api.piste.gouv.fr"
#define PRODUCTION_OAUTH "https://oauth.piste.gouv.fr/api/oauth/token"
#define PRODUCTION_API "https://api.piste.gouv.fr"

/** How a setting's value is checked. */
typedef enum kind { K_TEXT, K_URL, K_ENV, K_NUMBER } kind;

/** The description of one setting. */
typedef struct key_info {
	const char *name;
	bool secret;
	kind kind;
	const char *fallback; /* default (NULL: none or computed) */
	long min, max;        /* K_NUMBER range */
} key_info;

static const key_info keys[FX_CK_COUNT] = {
    [FX_CK_ENVIRONMENT] = {"environment", false, K_ENV, "sandbox", 0, 0},
    [FX_CK_CLIENT_ID] = {"client_id", false, K_TEXT, NULL, 0, 0},
    [FX_CK_CLIENT_SECRET] = {"client_secret", true, K_TEXT, NULL, 0, 0},
    [FX_CK_LOGIN] = {"login", false, K_TEXT, NULL, 0, 0},
    [FX_CK_PASSWORD] = {"password", true, K_TEXT, NULL, 0, 0},
    [FX_CK_OAUTH_URL] = {"oauth_url", false, K_URL, NULL, 0, 0},
    [FX_CK_API_URL] = {"api_url", false, K_URL, NULL, 0, 0},
    [FX_CK_SCOPE] = {"scope", false, K_TEXT, "openid", 0, 0},
    [FX_CK_SYNTAX] = {"syntax", false, K_TEXT, "IN_DP_E2_CII_FACTURX", 0, 0},
    [FX_CK_JOURNAL] = {"journal", false, K_TEXT, NULL, 0, 0},
    [FX_CK_ANNUAIRE] = {"annuaire", false, K_TEXT, NULL, 0, 0},
    [FX_CK_TIMEOUT] = {"timeout", false, K_NUMBER, "60", 1, 3600},
    [FX_CK_CONNECT_TIMEOUT] = {"connect_timeout", false, K_NUMBER, "15", 1, 600},
    [FX_CK_RETRIES] = {"retries", false, K_NUMBER, "3", 0, 10},
    [FX_CK_RETRY_DELAY] = {"retry_delay", false, K_NUMBER, "1000", 0, 60000},
    [FX_CK_TOKEN_MARGIN] = {"token_margin", false, K_NUMBER, "240", 0, 3600},
    [FX_CK_RECONCILE_GRACE] = {"reconcile_grace", false, K_NUMBER, "86400", 0, 2592000},
    [FX_CK_PASSWORD_WARNING] = {"password_warning", false, K_NUMBER, "15", 0, 365},
};

struct fx_chorus_config {
	char *values[FX_CK_COUNT];   /* set values (secrets included) */
	char *computed[FX_CK_COUNT]; /* computed defaults (journal, annuaire) */
	char *file;                  /* the file read, or NULL */
};

/* Finds the setting named name; returns its index or -1. */
static int find_key(const char *name)
{
	for (int i = 0; i < FX_CK_COUNT; i++)
		if (strcmp(keys[i].name, name) == 0)
			return i;
	return -1;
}

/* Makes an empty configuration with the computed defaults. */
int fx_chorus_config_new(fx_chorus_config **out)
{
	fx_chorus_config *cfg = calloc(1, sizeof *cfg);
	if (!cfg)
		return fx_error_oom();
	char *dir = fx_ch_data_dir();
	if (dir) {
		cfg->computed[FX_CK_JOURNAL] = fx_ch_printf("%s/chorus.db", dir);
		cfg->computed[FX_CK_ANNUAIRE] = fx_ch_printf("%s/annuaire.db", dir);
		free(dir);
		if (!cfg->computed[FX_CK_JOURNAL] || !cfg->computed[FX_CK_ANNUAIRE]) {
			fx_chorus_config_free(cfg);
			return fx_error_oom();
		}
	}
	*out = cfg;
	return FX_OK;
}

/* Parses a whole decimal number in [min, max]; returns 0 or -1. */
static int parse_number(const char *text, long min, long max, long *out)
{
	if (!text[0] || strlen(text) > 9)
		return -1;
	long v = 0;
	for (const char *p = text; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		v = v * 10 + (*p - '0');
	}
	if (v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

/* Checks value for setting k; the message names the key, not the value
 * (unless the key is not secret). */
static int check_value(int k, const char *value)
{
	const key_info *ki = &keys[k];
	long n;
	switch (ki->kind) {
	case K_NUMBER:
		if (parse_number(value, ki->min, ki->max, &n) != 0)
			return fx_error_set(FX_EINVAL,
			                    "%s: expected a whole number from %ld to %ld", ki->name,
			                    ki->min, ki->max);
		return FX_OK;
	case K_ENV:
		if (strcmp(value, "sandbox") != 0 && strcmp(value, "production") != 0)
			return fx_error_set(FX_EINVAL,
			                    "%s: expected sandbox or production, got '%s'",
			                    ki->name, value);
		return FX_OK;
	case K_URL:
		if (fx_http_check_url(value) != FX_OK)
			return fx_error_prefix("%s", ki->name);
		return FX_OK;
	default:
		for (const char *p = value; *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				return fx_error_set(FX_EINVAL, "%s: control character in the value",
				                    ki->name);
		return FX_OK;
	}
}

/* Sets one setting by name. */
int fx_chorus_config_set(fx_chorus_config *cfg, const char *key, const char *value)
{
	if (!cfg || !key || !value)
		return fx_error_set(FX_EUSAGE, "fx_chorus_config_set: NULL argument");
	int k = find_key(key);
	if (k < 0)
		return fx_error_set(FX_EINVAL, "unknown setting '%s'", key);
	if (!value[0])
		return fx_error_set(FX_EINVAL, "%s: empty value", key);
	int rc = check_value(k, value);
	if (rc != FX_OK)
		return rc;
	char *copy = fx_ch_strdup(value);
	if (!copy)
		return fx_error_oom();
	fx_ch_wipe(&cfg->values[k]);
	cfg->values[k] = copy;
	return FX_OK;
}

/* Returns the effective value of key, secrets included. */
const char *fx_chorus_config_value(const fx_chorus_config *cfg, fx_chorus_key key)
{
	if (cfg->values[key])
		return cfg->values[key];
	if (cfg->computed[key])
		return cfg->computed[key];
	bool production = cfg->values[FX_CK_ENVIRONMENT] &&
	                  strcmp(cfg->values[FX_CK_ENVIRONMENT], "production") == 0;
	if (key == FX_CK_OAUTH_URL)
		return production ? PRODUCTION_OAUTH : SANDBOX_OAUTH;
	if (key == FX_CK_API_URL)
		return production ? PRODUCTION_API : SANDBOX_API;
	return keys[key].fallback;
}

/* Returns a numeric setting (0 if it were ever malformed, which set prevents). */
long fx_chorus_config_number(const fx_chorus_config *cfg, fx_chorus_key key)
{
	long n = 0;
	const char *v = fx_chorus_config_value(cfg, key);
	if (v && parse_number(v, keys[key].min, keys[key].max, &n) != 0)
		n = 0;
	return n;
}

/* Returns a setting for display: secrets masked. */
const char *fx_chorus_config_get(const fx_chorus_config *cfg, const char *key)
{
	if (!cfg || !key)
		return NULL;
	int k = find_key(key);
	if (k < 0)
		return NULL;
	const char *v = fx_chorus_config_value(cfg, (fx_chorus_key)k);
	if (v && keys[k].secret)
		return "********";
	return v;
}

/* Returns the file the configuration was read from. */
const char *fx_chorus_config_file(const fx_chorus_config *cfg)
{
	return cfg ? cfg->file : NULL;
}

/* Lists every setting, secrets masked. */
int fx_chorus_config_describe(const fx_chorus_config *cfg, char **out)
{
	if (!cfg || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_config_describe: NULL argument");
	fx_buf b = {0};
	fx_buf_printf(&b, "file = %s\n", cfg->file ? cfg->file : "(none)");
	for (int k = 0; k < FX_CK_COUNT; k++) {
		const char *v = fx_chorus_config_get(cfg, keys[k].name);
		fx_buf_printf(&b, "%s = %s\n", keys[k].name, v ? v : "(not set)");
	}
	if (b.failed) {
		fx_buf_free(&b);
		return fx_error_oom();
	}
	*out = fx_buf_detach(&b, NULL);
	return FX_OK;
}

/* Wipes and frees the configuration. */
void fx_chorus_config_free(fx_chorus_config *cfg)
{
	if (!cfg)
		return;
	for (int k = 0; k < FX_CK_COUNT; k++) {
		fx_ch_wipe(&cfg->values[k]);
		free(cfg->computed[k]);
	}
	free(cfg->file);
	free(cfg);
}

/* Sets opts to the defaults. */
int fx_chorus_load_options_init(fx_chorus_load_options *opts, unsigned version)
{
	if (!opts || version != FX_CHORUS_LOAD_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_chorus_load_options_init: bad version");
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return FX_OK;
}

/* Applies the FACTURX_CHORUS_<KEY> variables to cfg. */
static int apply_environment(fx_chorus_config *cfg)
{
	for (int k = 0; k < FX_CK_COUNT; k++) {
		char var[64] = "FACTURX_CHORUS_";
		size_t n = strlen(var);
		for (const char *p = keys[k].name; *p && n < sizeof var - 1; p++)
			var[n++] = (char)toupper((unsigned char)*p);
		var[n] = '\0';
		const char *v = getenv(var);
		if (!v || !v[0])
			continue;
		int rc = fx_chorus_config_set(cfg, keys[k].name, v);
		if (rc != FX_OK)
			return fx_error_prefix("environment variable %s", var);
	}
	return FX_OK;
}

/* Finds the default configuration file; NULL (not an error) when there is none. */
static char *default_file(bool use_env)
{
	const char *env = use_env ? getenv("FACTURX_CHORUS_CONFIG") : NULL;
	if (env && env[0])
		return fx_ch_strdup(env);
	const char *xdg = getenv("XDG_CONFIG_HOME");
	if (xdg && xdg[0] == '/')
		return fx_ch_printf("%s/facturx/chorus.conf", xdg);
	const char *home = getenv("HOME");
	if (home && home[0])
		return fx_ch_printf("%s/.config/facturx/chorus.conf", home);
	return NULL;
}

/* Loads defaults, the file, then the environment. */
int fx_chorus_config_load(const fx_chorus_load_options *opts, fx_chorus_config **out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_config_load: NULL argument");
	fx_chorus_load_options defaults;
	if (!opts) {
		fx_chorus_load_options_init(&defaults, FX_CHORUS_LOAD_OPTIONS_VERSION);
		opts = &defaults;
	}
	if (opts->version != FX_CHORUS_LOAD_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_chorus_config_load: bad options version");
	bool use_env = !opts->ignore_environment;
	fx_chorus_config *cfg;
	int rc = fx_chorus_config_new(&cfg);
	if (rc != FX_OK)
		return rc;
	bool explicit_file = opts->path || (use_env && getenv("FACTURX_CHORUS_CONFIG") &&
	                                    getenv("FACTURX_CHORUS_CONFIG")[0]);
	char *path = opts->path ? fx_ch_strdup(opts->path) : default_file(use_env);
	if (path)
		rc = fx_chorus_config_read_file(cfg, path, explicit_file);
	free(path);
	if (rc == FX_OK && use_env)
		rc = apply_environment(cfg);
	if (rc != FX_OK) {
		fx_chorus_config_free(cfg);
		return rc;
	}
	*out = cfg;
	return FX_OK;
}

/* Records path as the file cfg was read from. */
int fx_chorus_config_set_file(fx_chorus_config *cfg, const char *path)
{
	char *copy = fx_ch_strdup(path);
	if (!copy)
		return fx_error_oom();
	free(cfg->file);
	cfg->file = copy;
	return FX_OK;
}
