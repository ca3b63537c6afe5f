/*
 * fx_works_compute: checks the statement against the series (same marché
 * and depositor, no statement skipped, kinds in order), then computes the
 * work items, the revision, the events and every row of the décompte.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "works/works_internal.h"

/* Checks that series s belongs to the marché and the depositor of d. */
static int check_identity(const fx_works_description *d, const fx_works_series *s)
{
	if (!s || s->n_records == 0)
		return FX_OK;
	if (s->contract && strcmp(s->contract, d->contract.number) != 0)
		return fx_error_set(FX_EINVAL,
		                    "the series state is for marché \"%s\", the statement for "
		                    "marché \"%s\"",
		                    s->contract, d->contract.number);
	if (s->role != d->role)
		return fx_error_set(FX_EINVAL,
		                    "the series state is for a %s, the statement is deposited by "
		                    "a %s",
		                    fx_wk_role_name(s->role), fx_wk_role_name(d->role));
	const char *seller = d->inv->seller.name;
	if (s->depositor && seller && strcmp(s->depositor, seller) != 0)
		return fx_error_set(FX_EINVAL,
		                    "the series state is the one of \"%s\", the statement is "
		                    "deposited by \"%s\"",
		                    s->depositor, seller);
	return FX_OK;
}

/* Checks the number and the kind of statement d against the history. */
static int check_order(const fx_works_description *d, const fx_works_series *s, size_t *n_hist)
{
	size_t count = s ? s->n_records : 0;
	if (d->number > count + 1) {
		if (count == 0)
			return fx_error_set(FX_EINVAL,
			                    "statement %u needs statements 1 to %u before it: give "
			                    "the series state or the earlier statements",
			                    d->number, d->number - 1);
		return fx_error_set(FX_EINVAL,
		                    "statement %u would skip statement %zu: the series state "
		                    "ends with statement %zu",
		                    d->number, count + 1, count);
	}
	*n_hist = d->number - 1;
	for (size_t i = 0; i < *n_hist; i++)
		if (s->records[i].number != i + 1)
			return fx_error_set(FX_EINVAL,
			                    "the series state is not in order: statement %u at "
			                    "position %zu",
			                    s->records[i].number, i + 1);
	const fx_wk_record *base = *n_hist ? &s->records[*n_hist - 1] : NULL;
	if (base && base->kind == FX_WORKS_DGD)
		return fx_error_set(FX_EINVAL, "the DGD (statement %u) closes the series",
		                    base->number);
	if (d->kind == FX_WORKS_MONTHLY && base && base->kind == FX_WORKS_FINAL)
		return fx_error_set(FX_EINVAL,
		                    "statement %u: a monthly statement cannot follow the final "
		                    "account (statement %u)",
		                    d->number, base->number);
	if (d->kind == FX_WORKS_FINAL && base && base->kind == FX_WORKS_FINAL)
		return fx_error_set(FX_EINVAL,
		                    "statement %u: statement %u is already the final account; "
		                    "the DGD follows it",
		                    d->number, base->number);
	if (d->kind == FX_WORKS_DGD && (!base || base->kind != FX_WORKS_FINAL))
		return fx_error_set(FX_EINVAL,
		                    "statement %u: a DGD follows the projet de décompte final "
		                    "(kind \"final\"), which should be statement %u",
		                    d->number, d->number - 1);
	for (size_t i = 0; i < *n_hist && d->inv->number; i++)
		if (s->records[i].invoice_number &&
		    strcmp(s->records[i].invoice_number, d->inv->number) == 0)
			return fx_error_set(
			    FX_EINVAL,
			    "statement %u: invoice number %s (BT-1) is already the one "
			    "of statement %u",
			    d->number, d->inv->number, s->records[i].number);
	return FX_OK;
}

/* Allocates an empty statement with its arena. */
static int new_statement(fx_works_statement **out)
{
	fx_works_statement *st = calloc(1, sizeof *st);
	if (!st)
		return fx_error_oom();
	st->priv = calloc(1, sizeof *st->priv);
	if (st->priv)
		st->priv->arena = fx_arena_new(16384);
	if (!st->priv || !st->priv->arena) {
		fx_works_statement_free(st);
		return fx_error_oom();
	}
	*out = st;
	return FX_OK;
}

/* Fills the identity of the statement from d. */
static void identify(const fx_works_description *d, const fx_wk_calc *k, fx_works_statement *st)
{
	st->kind = d->kind;
	st->role = d->role;
	st->number = d->number;
	st->previous_number = k->prev ? k->prev->number : 0;
	st->invoice_number = d->inv->number;
	st->issue_date = d->inv->issue_date;
	st->period = d->period;
	st->cadre = d->options.cadre           ? d->options.cadre
	            : d->inv->business_process ? d->inv->business_process
	                                       : fx_works_cadre(d->kind, d->role);
	st->currency = d->inv->currency ? d->inv->currency : "EUR";
	st->reverse_charge = d->options.reverse_charge;
	st->penalties_withheld = d->options.penalties_withheld;
	st->contract = &d->contract;
	st->priv->contract_number = d->contract.number;
	st->priv->depositor = d->inv->seller.name;
	if (d->kind == FX_WORKS_DGD && k->base) {
		st->priv->final_invoice = k->base->invoice_number;
		st->priv->final_date = k->base->issue_date;
	}
}

/* Computes the statement of d given series s. */
int fx_works_compute(const fx_works_description *d, const fx_works_series *s,
                     fx_works_statement **out)
{
	if (!d || !out)
		return fx_error_set(FX_EUSAGE, "fx_works_compute: NULL argument");
	size_t n_hist = 0;
	int rc = check_identity(d, s);
	if (!rc)
		rc = check_order(d, s, &n_hist);
	fx_works_statement *st = NULL;
	if (!rc)
		rc = new_statement(&st);
	if (rc)
		return rc;
	fx_wk_calc k;
	memset(&k, 0, sizeof k);
	k.d = d;
	k.c = &d->contract;
	k.hist = n_hist ? s->records : NULL;
	k.n_hist = n_hist;
	k.base = n_hist ? &s->records[n_hist - 1] : NULL;
	for (size_t i = n_hist; i-- > 0;)
		if (s->records[i].kind == FX_WORKS_MONTHLY) {
			k.prev = &s->records[i];
			break;
		}
	k.st = st;
	k.arena = st->priv->arena;
	identify(d, &k, st);
	rc = fx_wk_calc_items(&k);
	if (!rc)
		rc = fx_wk_calc_revision(&k);
	if (!rc)
		rc = fx_wk_calc_events(&k);
	if (!rc)
		rc = fx_wk_calc_rows(&k);
	if (!rc)
		rc = fx_wk_calc_record(&k);
	if (rc) {
		fx_works_statement_free(st);
		return rc;
	}
	*out = st;
	return FX_OK;
}

/* Frees a statement. */
void fx_works_statement_free(fx_works_statement *st)
{
	if (!st)
		return;
	if (st->priv)
		fx_arena_free(st->priv->arena);
	free(st->priv);
	free(st);
}
