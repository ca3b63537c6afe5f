/*
 * Reading the journal back: the deposits, newest first, and their events.
 */
#include <stdlib.h>
#include <string.h>

#include "chorus/journal.h"
#include "chorus/util.h"
#include "core/error.h"

#define COLUMNS                                                                                    \
	"id, file_hash, source, file_name, invoice_number, buyer, seller, platform, state, "       \
	"flow_number, deposit_date, flow_state, invoice_status, created, updated, error"

/* Copies column i of st into *field (NULL stays NULL); false when out of memory. */
static bool take(sqlite3_stmt *st, int i, char **field)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	*field = t ? fx_ch_strdup((const char *)t) : NULL;
	return !t || *field;
}

/* Fills e from the current row of st (the COLUMNS). */
static int fill_entry(sqlite3_stmt *st, fx_chorus_deposit_entry *e)
{
	char **fields[] = {&e->file_hash,   &e->source,       &e->file_name,  &e->invoice_number,
	                   &e->buyer,       &e->seller,       &e->platform,   &e->state,
	                   &e->flow_number, &e->deposit_date, &e->flow_state, &e->invoice_status,
	                   &e->created,     &e->updated,      &e->error};
	e->id = sqlite3_column_int64(st, 0);
	bool ok = true;
	for (int i = 0; i < 15; i++)
		ok = take(st, i + 1, fields[i]) && ok;
	return ok ? FX_OK : fx_error_oom();
}

/* Loads the events of entry e. */
static int load_events(fx_chorus_journal *j, fx_chorus_deposit_entry *e)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(
	        j->db,
	        "SELECT at, kind, value, date, detail FROM events WHERE deposit_id = ? "
	        "ORDER BY id",
	        -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "read the events");
	sqlite3_bind_int64(st, 1, e->id);
	int rc = FX_OK;
	while (rc == FX_OK && sqlite3_step(st) == SQLITE_ROW) {
		fx_chorus_event *grown = realloc(e->events, (e->n_events + 1) * sizeof *grown);
		if (!grown) {
			rc = fx_error_oom();
			break;
		}
		e->events = grown;
		fx_chorus_event *ev = &grown[e->n_events++];
		memset(ev, 0, sizeof *ev);
		bool ok = take(st, 0, &ev->at) & take(st, 1, &ev->kind) & take(st, 2, &ev->value) &
		          take(st, 3, &ev->date) & take(st, 4, &ev->detail);
		if (!ok)
			rc = fx_error_oom();
	}
	sqlite3_finalize(st);
	return rc;
}

/* Prepares the listing query for filter (NULL: all). */
static int prepare(fx_chorus_journal *j, const char *filter, sqlite3_stmt **st)
{
	const char *sql = filter ? "SELECT " COLUMNS " FROM deposits WHERE invoice_number = ?1 OR "
	                           "flow_number = ?1 OR (length(?1) >= 6 AND substr(file_hash, 1, "
	                           "length(?1)) = lower(?1)) ORDER BY id DESC"
	                         : "SELECT " COLUMNS " FROM deposits ORDER BY id DESC";
	if (sqlite3_prepare_v2(j->db, sql, -1, st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "list the deposits");
	if (filter)
		sqlite3_bind_text(*st, 1, filter, -1, SQLITE_TRANSIENT);
	return FX_OK;
}

/* Lists the deposits. */
int fx_chorus_journal_list(fx_chorus_journal *j, const char *filter, bool with_events,
                           fx_chorus_deposit_entry **out, size_t *n)
{
	if (!j || !out || !n)
		return fx_error_set(FX_EUSAGE, "fx_chorus_journal_list: NULL argument");
	sqlite3_stmt *st = NULL;
	int rc = prepare(j, filter, &st);
	if (rc != FX_OK)
		return rc;
	fx_chorus_deposit_entry *entries = NULL;
	size_t count = 0;
	while (rc == FX_OK && sqlite3_step(st) == SQLITE_ROW) {
		fx_chorus_deposit_entry *grown = realloc(entries, (count + 1) * sizeof *grown);
		if (!grown) {
			rc = fx_error_oom();
			break;
		}
		entries = grown;
		memset(&entries[count], 0, sizeof entries[count]);
		rc = fill_entry(st, &entries[count++]);
	}
	sqlite3_finalize(st);
	for (size_t i = 0; rc == FX_OK && with_events && i < count; i++)
		rc = load_events(j, &entries[i]);
	if (rc != FX_OK) {
		fx_chorus_deposit_entries_free(entries, count);
		return rc;
	}
	*out = entries;
	*n = count;
	return FX_OK;
}

/* Frees entries and their events. */
void fx_chorus_deposit_entries_free(fx_chorus_deposit_entry *entries, size_t n)
{
	for (size_t i = 0; entries && i < n; i++) {
		fx_chorus_deposit_entry *e = &entries[i];
		char *fields[] = {e->file_hash,   e->source,       e->file_name,  e->invoice_number,
		                  e->buyer,       e->seller,       e->platform,   e->state,
		                  e->flow_number, e->deposit_date, e->flow_state, e->invoice_status,
		                  e->created,     e->updated,      e->error};
		for (int k = 0; k < 15; k++)
			free(fields[k]);
		for (size_t k = 0; k < e->n_events; k++) {
			free(e->events[k].at);
			free(e->events[k].kind);
			free(e->events[k].value);
			free(e->events[k].date);
			free(e->events[k].detail);
		}
		free(e->events);
	}
	free(entries);
}
