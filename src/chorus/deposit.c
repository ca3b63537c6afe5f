/*
 * Depositing a file: journal first, then factures/v1/deposer/flux; a lost
 * answer is reconciled before anything is sent again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/client_internal.h"
#include "chorus/deposit_request.h"
#include "chorus/journal.h"
#include "chorus/parse.h"
#include "chorus/reconcile.h"
#include "chorus/util.h"
#include "core/error.h"

/** What one deposit call works with. */
typedef struct job {
	fx_chorus_client *c;
	fx_chorus_journal *j;
	const fx_chorus_invoice_info *info;
	const char *what; /* the invoice number or the file name, for messages */
	int64_t id;       /* journal entry */
	char *file_name;
	const char *syntax;
	fx_chorus_deposit_result *result;
} job;

/* Sets opts to the defaults. */
int fx_chorus_deposit_options_init(fx_chorus_deposit_options *opts, unsigned version)
{
	if (!opts || version != FX_CHORUS_DEPOSIT_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_chorus_deposit_options_init: bad version");
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return FX_OK;
}

/* Frees a deposit result. */
void fx_chorus_deposit_result_free(fx_chorus_deposit_result *r)
{
	if (!r)
		return;
	free(r->flow_number);
	free(r->deposit_date);
	free(r->file_name);
	free(r->syntax);
	free(r);
}

/* Records what reconciliation found as the outcome of job b. */
static int reconciled(job *b, fx_reconcile_result *rr)
{
	int rc =
	    fx_journal_mark_deposited(b->j, b->id, rr->flow_number, rr->deposit_date, "reconciled");
	if (rc != FX_OK)
		return rc;
	b->result->outcome = FX_CHORUS_RECONCILED;
	b->result->flow_number = rr->flow_number;
	b->result->deposit_date = rr->deposit_date;
	rr->flow_number = rr->deposit_date = NULL;
	return FX_OK;
}

/* Reconciles job b's unknown outcome (attempt made at sent_at); *send
 * tells whether the file must be sent (again). */
static int reconcile(job *b, const char *sent_at, bool *send)
{
	fx_reconcile_result rr;
	*send = false;
	int rc = fx_chorus_reconcile(b->c, b->info->number, b->info->buyer_siret, sent_at, &rr);
	if (rc != FX_OK)
		return fx_error_prefix("the outcome of the deposit of %s (journal entry %lld) is "
		                       "unknown and could not be checked; nothing was sent again",
		                       b->what, (long long)b->id);
	if (rr.kind == FX_RECONCILE_FOUND)
		rc = reconciled(b, &rr);
	else if (rr.kind == FX_RECONCILE_ABSENT) {
		rc = fx_journal_add_event(b->j, b->id, "deposit", "not-received", NULL,
		                          "absent from the platform after the grace period");
		*send = rc == FX_OK;
	} else
		rc = fx_error_set(
		    FX_ENET,
		    "the outcome of the deposit of %s (journal entry %lld, sent %s) is "
		    "unknown and Chorus Pro does not show the invoice yet (it may still "
		    "be processing the flow); it will not be sent again before %s: run "
		    "the deposit again then, or follow it on the Chorus Pro portal",
		    b->what, (long long)b->id, sent_at ? sent_at : "?", rr.retry_after);
	fx_reconcile_clear(&rr);
	return rc;
}

/* Records the platform's answer to a deposit. */
static int answered(job *b, const fx_http_response *r)
{
	fx_ch_ret ret = {0, NULL};
	fx_ch_deposit d = {0};
	int rc = fx_ch_parse_deposit(r->body, r->len, &ret, &d);
	if (rc == FX_ENET) {
		fx_journal_mark_unknown(b->j, b->id, fx_error_last()->message);
		return fx_error_prefix(
		    "the outcome of the deposit of %s (journal entry %lld) is "
		    "unknown: it will be reconciled before any new deposit of it",
		    b->what, (long long)b->id);
	}
	if (rc == FX_OK && ret.code != 0) {
		rc = fx_error_set(FX_EINVAL, "Chorus Pro refused the deposit of %s (code %ld): %s",
		                  b->what, ret.code, ret.libelle ? ret.libelle : "no libelle");
		fx_journal_mark_failed(b->j, b->id, fx_error_last()->message);
	} else if (rc == FX_OK) {
		rc = fx_journal_mark_deposited(b->j, b->id, d.flow_number, d.deposit_date,
		                               "deposited");
		if (rc == FX_OK) {
			b->result->outcome = FX_CHORUS_DEPOSITED;
			b->result->flow_number = d.flow_number;
			b->result->deposit_date = d.deposit_date;
			d.flow_number = d.deposit_date = NULL;
		}
	}
	fx_ch_deposit_clear(&d);
	fx_ch_ret_clear(&ret);
	return rc;
}

/* Sends the file, reconciling after each attempt whose answer was lost. */
static int send_file(job *b, const char *body)
{
	for (unsigned round = 0;; round++) {
		char sent_at[21];
		fx_journal_now(sent_at);
		int rc = fx_journal_mark_sending(b->j, b->id);
		if (rc != FX_OK)
			return rc;
		b->result->attempts++;
		fx_http_response r = {0};
		fx_http_outcome outcome = FX_HTTP_NOT_SENT;
		rc = fx_chorus_call(b->c, "factures/v1/deposer/flux", body, false, &r, &outcome);
		if (rc == FX_OK) {
			rc = answered(b, &r);
			fx_http_response_free(&r);
			return rc;
		}
		if (rc != FX_ENET || outcome != FX_HTTP_MAYBE_SENT) {
			fx_journal_mark_failed(b->j, b->id, fx_error_last()->message);
			return rc == FX_ENET ? fx_error_prefix("%s was not deposited", b->what)
			                     : rc;
		}
		char why[512];
		snprintf(why, sizeof why, "%s", fx_error_last()->message);
		rc = fx_journal_mark_unknown(b->j, b->id, why);
		if (rc != FX_OK)
			return rc;
		fx_chorus_log(b->c, "the answer to the deposit was lost (%s): reconciling", why);
		bool again = false;
		rc = reconcile(b, sent_at, &again);
		if (rc != FX_OK || !again)
			return rc;
		if (round >= (unsigned)b->c->retries)
			return fx_error_set(FX_ENET, "%s: the deposit kept failing (%s)", b->what,
			                    why);
		fx_chorus_backoff(b->c, round + 1);
	}
}

/* Fills the journal's view of the new deposit. */
static void describe(const job *b, const fx_chorus_deposit_options *opts, fx_journal_new *n)
{
	memset(n, 0, sizeof *n);
	n->file_hash = b->info->sha256;
	n->source = opts->source;
	n->file_name = b->file_name;
	n->invoice_number = b->info->number;
	n->invoice_date = b->info->issue_date;
	n->buyer = b->info->buyer_siret;
	n->seller = b->info->seller_siret;
	n->platform = b->c->api_url;
	n->syntax = b->syntax;
	n->again = opts->again;
}

/* Handles the journal's claim; *send tells whether to send the file. */
static int claim(job *b, const fx_chorus_deposit_options *opts, bool *send)
{
	fx_journal_new n;
	describe(b, opts, &n);
	fx_journal_claim cl;
	*send = false;
	int rc = fx_journal_claim_deposit(b->j, &n, &cl);
	if (rc != FX_OK)
		return rc;
	b->id = cl.id;
	b->result->journal_id = cl.id;
	if (cl.kind == FX_CLAIM_NEW)
		*send = true;
	else if (cl.kind == FX_CLAIM_DUPLICATE)
		rc = fx_error_set(FX_EEXIST,
		                  "%s was already deposited (journal entry %lld, flow %s, %s): not "
		                  "sent again (--again to deposit it anyway)",
		                  b->what, (long long)cl.id,
		                  cl.flow_number ? cl.flow_number : "unknown",
		                  cl.deposit_date ? cl.deposit_date
		                  : cl.sent_at    ? cl.sent_at
		                                  : "");
	else {
		fx_chorus_log(b->c, "journal entry %lld: outcome unknown, reconciling",
		              (long long)cl.id);
		rc = reconcile(b, cl.sent_at, send);
		if (rc == FX_OK && *send)
			rc = fx_journal_retarget(b->j, b->id, &n);
	}
	fx_journal_claim_clear(&cl);
	return rc;
}

/* Runs the deposit once the job is set up. */
static int run(job *b, const void *data, size_t len, const fx_chorus_deposit_options *opts)
{
	bool send = false;
	int rc = claim(b, opts, &send);
	if (rc != FX_OK || !send)
		return rc;
	char *body = fx_chorus_deposit_body(data, len, b->file_name, b->syntax);
	if (!body) {
		fx_journal_mark_failed(b->j, b->id, "out of memory");
		return fx_error_oom();
	}
	rc = send_file(b, body);
	free(body);
	return rc;
}

/* Deposits a file. */
int fx_chorus_deposit(fx_chorus_client *c, fx_chorus_journal *j, const void *data, size_t len,
                      const fx_chorus_invoice_info *info, const fx_chorus_deposit_options *opts,
                      fx_chorus_deposit_result **out)
{
	if (!c || !j || !data || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_deposit: NULL argument");
	fx_chorus_deposit_options defaults;
	if (!opts) {
		fx_chorus_deposit_options_init(&defaults, FX_CHORUS_DEPOSIT_OPTIONS_VERSION);
		opts = &defaults;
	}
	if (opts->version != FX_CHORUS_DEPOSIT_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_chorus_deposit: bad options version");
	if (opts->file_name && fx_chorus_check_file_name(opts->file_name) != FX_OK)
		return FX_EINVAL;
	fx_chorus_invoice_info *own = NULL;
	int rc = info ? FX_OK : fx_chorus_invoice_info_read(data, len, opts->source, &own);
	if (rc != FX_OK)
		return rc;
	job b = {c,
	         j,
	         info ? info : own,
	         NULL,
	         0,
	         NULL,
	         opts->syntax ? opts->syntax : c->syntax,
	         calloc(1, sizeof(fx_chorus_deposit_result))};
	bool is_pdf = len >= 5 && memcmp(data, "%PDF-", 5) == 0;
	b.file_name = opts->file_name ? fx_ch_strdup(opts->file_name)
	                              : fx_chorus_file_name(b.info->number, opts->source, is_pdf);
	b.what = b.info->number ? b.info->number : b.file_name;
	if (!b.result || !b.file_name)
		rc = fx_error_oom();
	if (rc == FX_OK)
		rc = run(&b, data, len, opts);
	if (rc == FX_OK) {
		b.result->file_name = b.file_name;
		b.result->syntax = fx_ch_strdup(b.syntax);
		b.file_name = NULL;
		if (!b.result->syntax)
			rc = fx_error_oom();
	}
	free(b.file_name);
	fx_chorus_invoice_info_free(own);
	if (rc != FX_OK) {
		fx_chorus_deposit_result_free(b.result);
		return rc;
	}
	*out = b.result;
	return FX_OK;
}
