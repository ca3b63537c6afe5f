/*
 * The deposit rows of the journal: the claim made before sending (duplicate
 * and unknown-outcome detection, in one transaction) and the state changes
 * after.
 */
#include <stdlib.h>
#include <string.h>

#include "chorus/journal.h"
#include "chorus/util.h"
#include "core/error.h"

/* Copies column i of st (NULL stays NULL); sets *oom on failure. */
static char *column_text(sqlite3_stmt *st, int i, bool *oom)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	if (!t)
		return NULL;
	char *copy = fx_ch_strdup((const char *)t);
	if (!copy)
		*oom = true;
	return copy;
}

/* Frees a claim's strings. */
void fx_journal_claim_clear(fx_journal_claim *c)
{
	free(c->sent_at);
	free(c->invoice_number);
	free(c->buyer);
	free(c->flow_number);
	free(c->deposit_date);
	free(c->file_name);
	memset(c, 0, sizeof *c);
}

/* Fills claim c from the current row of st (columns of find_earlier). */
static int take_row(sqlite3_stmt *st, fx_journal_claim_kind kind, fx_journal_claim *c)
{
	bool oom = false;
	c->kind = kind;
	c->id = sqlite3_column_int64(st, 0);
	c->sent_at = column_text(st, 2, &oom);
	c->invoice_number = column_text(st, 3, &oom);
	c->buyer = column_text(st, 4, &oom);
	c->flow_number = column_text(st, 5, &oom);
	c->deposit_date = column_text(st, 6, &oom);
	c->file_name = column_text(st, 7, &oom);
	if (!c->sent_at)
		c->sent_at = column_text(st, 8, &oom);
	return oom ? fx_error_oom() : FX_OK;
}

/* Looks for an earlier deposit of the same file or invoice; fills out when
 * one must stop the new deposit. *found tells whether it did. */
static int find_earlier(fx_chorus_journal *j, const fx_journal_new *n, fx_journal_claim *out,
                        bool *found)
{
	sqlite3_stmt *st = NULL;
	*found = false;
	if (sqlite3_prepare_v2(j->db,
	                       "SELECT id, state, sent_at, invoice_number, buyer, flow_number, "
	                       "deposit_date, file_name, created, rejected FROM deposits "
	                       "WHERE platform = ?1 AND (file_hash = ?2 OR (?3 IS NOT NULL AND "
	                       "invoice_number = ?3 AND coalesce(seller, '') = coalesce(?4, ''))) "
	                       "ORDER BY id DESC",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "look for earlier deposits");
	sqlite3_bind_text(st, 1, n->platform, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, n->file_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, n->invoice_number, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, n->seller, -1, SQLITE_TRANSIENT);
	int rc = FX_OK, step;
	fx_journal_claim pending = {0};
	bool have_pending = false;
	while (rc == FX_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *state = (const char *)sqlite3_column_text(st, 1);
		bool rejected = sqlite3_column_int(st, 9) != 0;
		if (strcmp(state, "deposited") == 0 && !rejected && !n->again) {
			rc = take_row(st, FX_CLAIM_DUPLICATE, out);
			*found = rc == FX_OK;
			break;
		}
		if ((strcmp(state, "sending") == 0 || strcmp(state, "unknown") == 0) &&
		    !have_pending) {
			rc = take_row(st, FX_CLAIM_PENDING, &pending);
			have_pending = rc == FX_OK;
		}
	}
	sqlite3_finalize(st);
	if (rc == FX_OK && !*found && have_pending) {
		*out = pending;
		*found = true;
	} else {
		fx_journal_claim_clear(&pending);
	}
	return rc;
}

/* Inserts the new deposit as "sending"; *id receives its row. */
static int insert_new(fx_chorus_journal *j, const fx_journal_new *n, int64_t *id)
{
	char now[21];
	fx_journal_now(now);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(j->db,
	                       "INSERT INTO deposits(file_hash, source, file_name, invoice_number, "
	                       "invoice_date, buyer, seller, platform, syntax, state, created, "
	                       "updated) VALUES(?,?,?,?,?,?,?,?,?,'sending',?,?)",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "record the deposit");
	const char *values[] = {n->file_hash,    n->source, n->file_name, n->invoice_number,
	                        n->invoice_date, n->buyer,  n->seller,    n->platform,
	                        n->syntax,       now,       now};
	for (int i = 0; i < 11; i++)
		sqlite3_bind_text(st, i + 1, values[i], -1, SQLITE_TRANSIENT);
	int rc =
	    sqlite3_step(st) == SQLITE_DONE ? FX_OK : fx_journal_error(j, "record the deposit");
	sqlite3_finalize(st);
	if (rc == FX_OK) {
		*id = sqlite3_last_insert_rowid(j->db);
		rc = fx_journal_add_event(j, *id, "deposit", "recorded", NULL, n->source);
	}
	return rc;
}

/* Claims a new deposit. */
int fx_journal_claim_deposit(fx_chorus_journal *j, const fx_journal_new *n, fx_journal_claim *out)
{
	memset(out, 0, sizeof *out);
	int rc = fx_journal_begin(j);
	if (rc != FX_OK)
		return rc;
	bool found = false;
	rc = find_earlier(j, n, out, &found);
	if (rc == FX_OK && !found) {
		out->kind = FX_CLAIM_NEW;
		rc = insert_new(j, n, &out->id);
	}
	rc = fx_journal_end(j, rc);
	if (rc != FX_OK)
		fx_journal_claim_clear(out);
	return rc;
}

/* Updates deposit id: state, and the optional columns given. */
static int update(fx_chorus_journal *j, int64_t id, const char *state, const char *flow,
                  const char *date, const char *error, bool attempt)
{
	char now[21];
	fx_journal_now(now);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(j->db,
	                       "UPDATE deposits SET state = ?2, updated = ?3, "
	                       "flow_number = coalesce(?4, flow_number), "
	                       "deposit_date = coalesce(?5, deposit_date), error = ?6, "
	                       "attempts = attempts + ?7, "
	                       "sent_at = CASE WHEN ?7 THEN ?3 ELSE sent_at END WHERE id = ?1",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "update the deposit");
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, state, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, flow, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, date, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, error, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 7, attempt ? 1 : 0);
	int rc =
	    sqlite3_step(st) == SQLITE_DONE ? FX_OK : fx_journal_error(j, "update the deposit");
	sqlite3_finalize(st);
	return rc;
}

/* Changes the state of deposit id and adds the matching event, in one
 * transaction. */
static int change(fx_chorus_journal *j, int64_t id, const char *state, const char *event,
                  const char *flow, const char *date, const char *detail, bool attempt)
{
	int rc = fx_journal_begin(j);
	if (rc != FX_OK)
		return rc;
	bool failure = strcmp(state, "failed") == 0 || strcmp(state, "unknown") == 0;
	rc = update(j, id, state, flow, date, failure ? detail : NULL, attempt);
	if (rc == FX_OK)
		rc = fx_journal_add_event(j, id, "deposit", event, date, flow ? flow : detail);
	return fx_journal_end(j, rc);
}

/* Marks a deposit as being sent. */
int fx_journal_mark_sending(fx_chorus_journal *j, int64_t id)
{
	return change(j, id, "sending", "sending", NULL, NULL, NULL, true);
}

/* Marks a deposit as deposited. */
int fx_journal_mark_deposited(fx_chorus_journal *j, int64_t id, const char *flow, const char *date,
                              const char *how)
{
	return change(j, id, "deposited", how, flow, date, NULL, false);
}

/* Marks a deposit's outcome as unknown. */
int fx_journal_mark_unknown(fx_chorus_journal *j, int64_t id, const char *why)
{
	return change(j, id, "unknown", "unknown", NULL, NULL, why, false);
}

/* Marks a deposit as failed. */
int fx_journal_mark_failed(fx_chorus_journal *j, int64_t id, const char *why)
{
	return change(j, id, "failed", "failed", NULL, NULL, why, false);
}

/* Records the file now sent for an earlier deposit found not received. */
int fx_journal_retarget(fx_chorus_journal *j, int64_t id, const fx_journal_new *n)
{
	int rc = fx_journal_begin(j);
	if (rc != FX_OK)
		return rc;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(j->db,
	                       "UPDATE deposits SET file_hash = ?2, source = ?3, file_name = ?4, "
	                       "syntax = ?5 WHERE id = ?1",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_end(j, fx_journal_error(j, "update the deposit"));
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, n->file_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, n->source, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, n->file_name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, n->syntax, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st) == SQLITE_DONE ? FX_OK : fx_journal_error(j, "update the deposit");
	sqlite3_finalize(st);
	return fx_journal_end(j, rc);
}
