/*
 * The directory database: schema and flags.
 */
#include "chorus/annuaire.h"

#include <errno.h>
#include <fcntl.h>
#include <strings.h>
#include <unistd.h>

#include "chorus/util.h"
#include "core/error.h"

static const char schema_sql[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS structures(identifier TEXT PRIMARY KEY, type TEXT, name TEXT,"
    " active INTEGER NOT NULL, service_required INTEGER NOT NULL,"
    " engagement_required INTEGER NOT NULL, service_or_engagement INTEGER NOT NULL,"
    " payment_status_hidden INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS services(identifier TEXT NOT NULL, code TEXT NOT NULL,"
    " name TEXT, active INTEGER NOT NULL, engagement_required INTEGER,"
    " PRIMARY KEY(identifier, code));";

/* Records a SQLite error. */
int fx_annuaire_error(sqlite3 *db, const char *path, const char *what)
{
	return fx_error_set(FX_EIO, "directory %s: %s: %s", path, what,
	                    db ? sqlite3_errmsg(db) : "cannot open");
}

/* Opens the directory database. */
int fx_annuaire_open(const char *path, bool create, sqlite3 **out)
{
	if (!create && access(path, F_OK) != 0)
		return fx_error_set(FX_EMISSING,
		                    "no Chorus Pro directory has been imported (%s is absent): run "
		                    "'facturx chorus annuaire import FILE.csv'",
		                    path);
	if (create) {
		int rc = fx_ch_mkdirs_for(path);
		if (rc != FX_OK)
			return rc;
	}
	sqlite3 *db = NULL;
	int flags = create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		int rc = fx_annuaire_error(db, path, "open");
		sqlite3_close(db);
		return rc;
	}
	sqlite3_busy_timeout(db, 15000);
	if (create && sqlite3_exec(db, schema_sql, NULL, NULL, NULL) != SQLITE_OK) {
		int rc = fx_annuaire_error(db, path, "create the tables");
		sqlite3_close(db);
		return rc;
	}
	*out = db;
	return FX_OK;
}

/* Parses a yes/no flag. */
int fx_annuaire_flag(const char *text, int empty_value)
{
	static const char *const yes[] = {"true", "1", "oui", "o", "yes", "y", "vrai"};
	static const char *const no[] = {"false", "0", "non", "n", "no", "faux"};
	if (!text || !text[0])
		return empty_value;
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (strcasecmp(text, yes[i]) == 0)
			return 1;
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (strcasecmp(text, no[i]) == 0)
			return 0;
	return -1;
}
