/*
 * Internal: the journal of deposits (SQLite, WAL, every change in a
 * transaction). A deposit row is written before the request is sent and
 * updated after, so a crash or a cut connection leaves a row whose outcome
 * is known to be unknown.
 */
#ifndef FX_CHORUS_JOURNAL_H
#define FX_CHORUS_JOURNAL_H

#include <stdbool.h>
#include <stdint.h>

#include <sqlite3.h>

#include "facturx/chorus.h"

#define FX_JOURNAL_SCHEMA_VERSION 1

struct fx_chorus_journal {
	sqlite3 *db;
	char *path;
};

/* Records the SQLite error of j's database (prefixed with the journal's
 * path and what was being done) and returns FX_EIO. */
int fx_journal_error(const fx_chorus_journal *j, const char *what);

/* Runs sql (no parameters) on j. Returns FX_OK or FX_EIO. */
int fx_journal_exec(fx_chorus_journal *j, const char *sql);

/* Starts a write transaction (BEGIN IMMEDIATE). */
int fx_journal_begin(fx_chorus_journal *j);

/* Commits, or rolls back when rc is not FX_OK; returns rc, or FX_EIO when
 * the commit fails. */
int fx_journal_end(fx_chorus_journal *j, int rc);

/* Writes the current UTC time stamp into out. */
void fx_journal_now(char out[21]);

/* Adds an event to deposit id (inside the caller's transaction). date and
 * detail may be NULL. */
int fx_journal_add_event(fx_chorus_journal *j, int64_t id, const char *kind, const char *value,
                         const char *date, const char *detail);

/** A new deposit about to be sent. */
typedef struct fx_journal_new {
	const char *file_hash;
	const char *source;
	const char *file_name;
	const char *invoice_number;
	const char *invoice_date;
	const char *buyer;
	const char *seller;
	const char *platform;
	const char *syntax;
	bool again; /* do not stop at an earlier successful deposit */
} fx_journal_new;

/** What the journal says about a new deposit. */
typedef enum fx_journal_claim_kind {
	FX_CLAIM_NEW,      /* recorded as "sending": go ahead */
	FX_CLAIM_PENDING,  /* an earlier attempt's outcome is unknown */
	FX_CLAIM_DUPLICATE /* already deposited */
} fx_journal_claim_kind;

/** The row a claim found or made. */
typedef struct fx_journal_claim {
	fx_journal_claim_kind kind;
	int64_t id;
	char *sent_at;        /* PENDING: when its last attempt started */
	char *invoice_number; /* of that row */
	char *buyer;
	char *flow_number;  /* DUPLICATE: its flow */
	char *deposit_date; /* DUPLICATE: its date */
	char *file_name;    /* of that row */
} fx_journal_claim;

/* Looks, in one transaction, for an earlier deposit of the same file hash
 * or invoice number (same seller, same platform) and records the new one
 * as "sending" when there is none to stop at. */
int fx_journal_claim_deposit(fx_chorus_journal *j, const fx_journal_new *n, fx_journal_claim *out);

/* Frees the strings of c. */
void fx_journal_claim_clear(fx_journal_claim *c);

/* Points deposit id (of unknown outcome, found absent from the platform)
 * at the file about to be sent in its place: hash, source, name, syntax. */
int fx_journal_retarget(fx_chorus_journal *j, int64_t id, const fx_journal_new *n);

/* Marks deposit id as being sent now (state "sending", one more attempt). */
int fx_journal_mark_sending(fx_chorus_journal *j, int64_t id);

/* Marks deposit id as deposited with its flow (how: "deposited" or
 * "reconciled"); flow and date may be NULL. */
int fx_journal_mark_deposited(fx_chorus_journal *j, int64_t id, const char *flow, const char *date,
                              const char *how);

/* Marks deposit id as of unknown outcome, with why. */
int fx_journal_mark_unknown(fx_chorus_journal *j, int64_t id, const char *why);

/* Marks deposit id as failed (not deposited), with why. */
int fx_journal_mark_failed(fx_chorus_journal *j, int64_t id, const char *why);

/* Records what the status s of a flow shows in the deposits of that flow:
 * new flow states, rejections, invoice statuses (each history change once). */
int fx_journal_record_status(fx_chorus_journal *j, const fx_chorus_flow_status *s);

#endif
