/*
 * Internal: the settings of the Chorus Pro module, as the client reads them
 * (secrets included; nothing here may reach a message or a log).
 */
#ifndef FX_CHORUS_CONFIG_INTERNAL_H
#define FX_CHORUS_CONFIG_INTERNAL_H

#include "facturx/chorus.h"

/** The settings, in the order of the documentation. */
typedef enum fx_chorus_key {
	FX_CK_ENVIRONMENT,
	FX_CK_CLIENT_ID,
	FX_CK_CLIENT_SECRET,
	FX_CK_LOGIN,
	FX_CK_PASSWORD,
	FX_CK_OAUTH_URL,
	FX_CK_API_URL,
	FX_CK_SCOPE,
	FX_CK_SYNTAX,
	FX_CK_JOURNAL,
	FX_CK_ANNUAIRE,
	FX_CK_TIMEOUT,
	FX_CK_CONNECT_TIMEOUT,
	FX_CK_RETRIES,
	FX_CK_RETRY_DELAY,
	FX_CK_TOKEN_MARGIN,
	FX_CK_RECONCILE_GRACE,
	FX_CK_PASSWORD_WARNING,
	FX_CK_COUNT
} fx_chorus_key;

/* Returns the effective value of setting key (the default when unset; NULL
 * when it has none), secrets included. */
const char *fx_chorus_config_value(const fx_chorus_config *cfg, fx_chorus_key key);

/* Returns the effective value of a numeric setting. */
long fx_chorus_config_number(const fx_chorus_config *cfg, fx_chorus_key key);

/* Reads the configuration file at path into cfg ("key = value" lines, '#'
 * comments). The file must belong to the user and be private (no group or
 * other permission). must_exist: false to accept a missing file silently.
 * Returns FX_OK, FX_EIO or FX_EINVAL (file and line named). */
int fx_chorus_config_read_file(fx_chorus_config *cfg, const char *path, bool must_exist);

/* Records path as the file cfg was read from. Returns FX_OK or FX_ENOMEM. */
int fx_chorus_config_set_file(fx_chorus_config *cfg, const char *path);

#endif
