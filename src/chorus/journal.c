/*
 * The journal database: opening (private file, WAL, full sync), the schema
 * and its version, transactions.
 */
#include "chorus/journal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "chorus/util.h"
#include "core/error.h"

static const char schema_sql[] =
    "CREATE TABLE schema_version(version INTEGER NOT NULL);"
    "CREATE TABLE deposits("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " file_hash TEXT NOT NULL, source TEXT, file_name TEXT NOT NULL,"
    " invoice_number TEXT, invoice_date TEXT, buyer TEXT, seller TEXT,"
    " platform TEXT NOT NULL, syntax TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK(state IN ('sending','unknown','deposited','failed')),"
    " attempts INTEGER NOT NULL DEFAULT 0, sent_at TEXT,"
    " flow_number TEXT, deposit_date TEXT, flow_state TEXT,"
    " invoice_id INTEGER, invoice_status TEXT,"
    " rejected INTEGER NOT NULL DEFAULT 0,"
    " created TEXT NOT NULL, updated TEXT NOT NULL, error TEXT);"
    "CREATE INDEX deposits_hash ON deposits(platform, file_hash);"
    "CREATE INDEX deposits_number ON deposits(platform, invoice_number);"
    "CREATE INDEX deposits_flow ON deposits(flow_number);"
    "CREATE TABLE events("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " deposit_id INTEGER NOT NULL REFERENCES deposits(id),"
    " at TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,"
    " date TEXT, detail TEXT);"
    "CREATE INDEX events_deposit ON events(deposit_id);"
    "INSERT INTO schema_version VALUES(1);";

/* Records the database's last error. */
int fx_journal_error(const fx_chorus_journal *j, const char *what)
{
	return fx_error_set(FX_EIO, "journal %s: %s: %s", j->path, what,
	                    j->db ? sqlite3_errmsg(j->db) : "not open");
}

/* Runs a statement without parameters. */
int fx_journal_exec(fx_chorus_journal *j, const char *sql)
{
	if (sqlite3_exec(j->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return fx_journal_error(j, "write");
	return FX_OK;
}

/* Starts a write transaction. */
int fx_journal_begin(fx_chorus_journal *j)
{
	return fx_journal_exec(j, "BEGIN IMMEDIATE");
}

/* Ends a transaction. */
int fx_journal_end(fx_chorus_journal *j, int rc)
{
	if (rc != FX_OK) {
		sqlite3_exec(j->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if (sqlite3_exec(j->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		rc = fx_journal_error(j, "commit");
		sqlite3_exec(j->db, "ROLLBACK", NULL, NULL, NULL);
	}
	return rc;
}

/* Writes the current time stamp. */
void fx_journal_now(char out[21])
{
	fx_ch_iso_time(time(NULL), out);
}

/* Reads the schema version, creating the schema in a new database. */
static int ensure_schema(fx_chorus_journal *j)
{
	int rc = fx_journal_begin(j);
	if (rc != FX_OK)
		return rc;
	sqlite3_stmt *st = NULL;
	int version = 0;
	if (sqlite3_prepare_v2(j->db,
	                       "SELECT 1 FROM sqlite_master WHERE type='table' AND "
	                       "name='schema_version'",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_end(j, fx_journal_error(j, "read the schema"));
	bool exists = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	if (!exists) {
		rc = fx_journal_exec(j, schema_sql);
		return fx_journal_end(j, rc);
	}
	if (sqlite3_prepare_v2(j->db, "SELECT max(version) FROM schema_version", -1, &st, NULL) ==
	        SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		version = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (version != FX_JOURNAL_SCHEMA_VERSION)
		rc = fx_error_set(FX_EIO,
		                  "journal %s: schema version %d, this facturx knows version %d "
		                  "(made by another version of facturx?)",
		                  j->path, version, FX_JOURNAL_SCHEMA_VERSION);
	return fx_journal_end(j, rc);
}

/* Creates the file with mode 0600 unless it exists (SQLite would use 0644). */
static int create_private(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return fx_error_set(FX_EIO, "journal %s: %s", path, strerror(errno));
	close(fd);
	return FX_OK;
}

/* Opens the journal. */
int fx_chorus_journal_open(const char *path, fx_chorus_journal **out)
{
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_journal_open: NULL argument");
	int rc = fx_ch_mkdirs_for(path);
	if (rc == FX_OK)
		rc = create_private(path);
	if (rc != FX_OK)
		return rc;
	fx_chorus_journal *j = calloc(1, sizeof *j);
	if (!j || !(j->path = fx_ch_strdup(path))) {
		free(j);
		return fx_error_oom();
	}
	if (sqlite3_open_v2(path, &j->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK)
		rc = fx_journal_error(j, "open");
	if (rc == FX_OK) {
		sqlite3_busy_timeout(j->db, 15000);
		rc = fx_journal_exec(j, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
		                        "PRAGMA foreign_keys=ON");
	}
	if (rc == FX_OK)
		rc = ensure_schema(j);
	if (rc != FX_OK) {
		fx_chorus_journal_close(j);
		return rc;
	}
	*out = j;
	return FX_OK;
}

/* Closes the journal. */
void fx_chorus_journal_close(fx_chorus_journal *j)
{
	if (!j)
		return;
	sqlite3_close(j->db);
	free(j->path);
	free(j);
}

/* Adds an event row. */
int fx_journal_add_event(fx_chorus_journal *j, int64_t id, const char *kind, const char *value,
                         const char *date, const char *detail)
{
	char now[21];
	fx_journal_now(now);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(j->db,
	                       "INSERT INTO events(deposit_id, at, kind, value, date, detail) "
	                       "VALUES(?,?,?,?,?,?)",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "add an event");
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, value, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, date, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, detail, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st) == SQLITE_DONE ? FX_OK : fx_journal_error(j, "add an event");
	sqlite3_finalize(st);
	return rc;
}
