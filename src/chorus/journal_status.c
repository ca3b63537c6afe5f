/*
 * What the follow-up of a flow adds to the journal: flow states, rejections
 * and invoice statuses over time; and which flows are still worth
 * following.
 */
#include <stdlib.h>
#include <string.h>

#include "chorus/journal.h"
#include "chorus/util.h"
#include "core/error.h"

/** A deposit of the flow being recorded. */
typedef struct row {
	int64_t id;
	char *invoice_number;
	char *flow_state;
	char *invoice_status;
} row;

/* Frees n rows. */
static void rows_free(row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].invoice_number);
		free(rows[i].flow_state);
		free(rows[i].invoice_status);
	}
	free(rows);
}

/* Copies column i of st. */
static char *text_at(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? fx_ch_strdup((const char *)t) : NULL;
}

/* Loads the deposits of flow. */
static int load_rows(fx_chorus_journal *j, const char *flow, row **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(
	        j->db,
	        "SELECT id, invoice_number, flow_state, invoice_status FROM deposits "
	        "WHERE flow_number = ? AND state = 'deposited'",
	        -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "read the deposits of a flow");
	sqlite3_bind_text(st, 1, flow, -1, SQLITE_TRANSIENT);
	row *rows = NULL;
	size_t count = 0;
	int rc = FX_OK;
	while (rc == FX_OK && sqlite3_step(st) == SQLITE_ROW) {
		row *grown = realloc(rows, (count + 1) * sizeof *grown);
		if (!grown) {
			rc = fx_error_oom();
			break;
		}
		rows = grown;
		row *r = &rows[count++];
		r->id = sqlite3_column_int64(st, 0);
		r->invoice_number = text_at(st, 1);
		r->flow_state = text_at(st, 2);
		r->invoice_status = text_at(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != FX_OK) {
		rows_free(rows, count);
		return rc;
	}
	*out = rows;
	*n = count;
	return FX_OK;
}

/* Returns true when a and b are equal strings or both NULL. */
static bool same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Runs an UPDATE of deposit id with one text and one integer parameter. */
static int set_columns(fx_chorus_journal *j, const char *sql, int64_t id, const char *text,
                       int64_t number)
{
	char now[21];
	fx_journal_now(now);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(j->db, sql, -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "record a status");
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, text, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, number);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st) == SQLITE_DONE ? FX_OK : fx_journal_error(j, "record a status");
	sqlite3_finalize(st);
	return rc;
}

/* Records the flow state and whether this deposit's invoice was rejected. */
static int record_flow(fx_chorus_journal *j, const row *r, const fx_chorus_flow_report *rep)
{
	bool rejected = fx_chorus_flow_state_failed(rep->state);
	const char *why = NULL;
	for (size_t i = 0; i < rep->n_dp_errors; i++) {
		const fx_chorus_dp_error *e = &rep->dp_errors[i];
		if (!e->invoice_number || same(e->invoice_number, r->invoice_number)) {
			rejected = true;
			why = e->message;
		}
	}
	if (same(r->flow_state, rep->state))
		return FX_OK;
	int rc = set_columns(j,
	                     "UPDATE deposits SET flow_state = ?2, rejected = ?3, updated = ?4 "
	                     "WHERE id = ?1",
	                     r->id, rep->state, rejected ? 1 : 0);
	if (rc == FX_OK)
		rc = fx_journal_add_event(j, r->id, "flow", rep->state, rep->state_date, why);
	return rc;
}

/* Tells whether deposit r already has the invoice event (status, date). */
static int has_event(fx_chorus_journal *j, const row *r, const fx_chorus_status_change *c,
                     bool *found)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(j->db,
	                       "SELECT 1 FROM events WHERE deposit_id = ? AND kind = 'invoice' AND "
	                       "value = ? AND date IS ?",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "read the events");
	sqlite3_bind_int64(st, 1, r->id);
	sqlite3_bind_text(st, 2, c->status, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, c->date, -1, SQLITE_TRANSIENT);
	*found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return FX_OK;
}

/* Records the invoice's current status and each history change not yet seen. */
static int record_invoice(fx_chorus_journal *j, const row *r, const fx_chorus_invoice *inv)
{
	int rc = FX_OK;
	for (size_t i = 0; rc == FX_OK && i < inv->n_history; i++) {
		bool found = false;
		rc = has_event(j, r, &inv->history[i], &found);
		if (rc == FX_OK && !found)
			rc = fx_journal_add_event(j, r->id, "invoice", inv->history[i].status,
			                          inv->history[i].date, inv->history[i].comment);
	}
	if (rc == FX_OK && !same(r->invoice_status, inv->status) && inv->status) {
		if (inv->n_history == 0)
			rc = fx_journal_add_event(j, r->id, "invoice", inv->status, NULL, NULL);
		if (rc == FX_OK)
			rc =
			    set_columns(j,
			                "UPDATE deposits SET invoice_status = ?2, invoice_id = ?3, "
			                "updated = ?4 WHERE id = ?1",
			                r->id, inv->status, inv->id);
	}
	return rc;
}

/* Finds the invoice of s that deposit r is about. */
static const fx_chorus_invoice *invoice_of(const fx_chorus_flow_status *s, const row *r)
{
	for (size_t i = 0; i < s->n_invoices; i++)
		if (r->invoice_number && same(s->invoices[i].number, r->invoice_number))
			return &s->invoices[i];
	return s->n_invoices == 1 && !r->invoice_number ? &s->invoices[0] : NULL;
}

/* Records a flow's status in its deposits. */
int fx_journal_record_status(fx_chorus_journal *j, const fx_chorus_flow_status *s)
{
	if (!s->report.flow_number)
		return FX_OK;
	row *rows = NULL;
	size_t n = 0;
	int rc = load_rows(j, s->report.flow_number, &rows, &n);
	if (rc != FX_OK || n == 0) {
		free(rows);
		return rc;
	}
	rc = fx_journal_begin(j);
	for (size_t i = 0; rc == FX_OK && i < n; i++) {
		rc = record_flow(j, &rows[i], &s->report);
		const fx_chorus_invoice *inv = invoice_of(s, &rows[i]);
		if (rc == FX_OK && inv)
			rc = record_invoice(j, &rows[i], inv);
	}
	rc = fx_journal_end(j, rc);
	rows_free(rows, n);
	return rc;
}

/* Adds flow to the list (*out, *n) unless it is already there. */
static int add_flow(char ***out, size_t *n, const char *flow)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*out)[i], flow) == 0)
			return FX_OK;
	char **grown = realloc(*out, (*n + 1) * sizeof *grown);
	if (!grown)
		return fx_error_oom();
	*out = grown;
	if (!(grown[*n] = fx_ch_strdup(flow)))
		return fx_error_oom();
	(*n)++;
	return FX_OK;
}

/* Lists the flows still worth following. */
int fx_chorus_journal_open_flows(fx_chorus_journal *j, char ***out, size_t *n)
{
	if (!j || !out || !n)
		return fx_error_set(FX_EUSAGE, "fx_chorus_journal_open_flows: NULL argument");
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(j->db,
	                       "SELECT flow_number, flow_state, invoice_status FROM deposits "
	                       "WHERE state = 'deposited' AND flow_number IS NOT NULL ORDER BY id",
	                       -1, &st, NULL) != SQLITE_OK)
		return fx_journal_error(j, "list the flows");
	char **flows = NULL;
	size_t count = 0;
	int rc = FX_OK;
	while (rc == FX_OK && sqlite3_step(st) == SQLITE_ROW) {
		const char *flow = (const char *)sqlite3_column_text(st, 0);
		const char *state = (const char *)sqlite3_column_text(st, 1);
		const char *status = (const char *)sqlite3_column_text(st, 2);
		if (fx_chorus_flow_state_failed(state))
			continue;
		if (fx_chorus_flow_state_final(state) && fx_chorus_invoice_status_closing(status))
			continue;
		rc = add_flow(&flows, &count, flow);
	}
	sqlite3_finalize(st);
	if (rc != FX_OK) {
		for (size_t i = 0; i < count; i++)
			free(flows[i]);
		free(flows);
		return rc;
	}
	*out = flows;
	*n = count;
	return FX_OK;
}
