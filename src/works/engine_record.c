/*
 * The record of a computed statement: what the series keeps so that the
 * statements after it can be computed (works and items to date, the index
 * values it gave, its own bonuses and penalties, direct payments to date and
 * the "to date" column of every row).
 */
#include <string.h>

#include "core/error.h"
#include "works/works_internal.h"

/* Copies n elements of size elem into the arena (NULL when n is 0). */
static void *copy_array(fx_arena *a, const void *src, size_t n, size_t elem, int *rc)
{
	if (n == 0 || *rc)
		return NULL;
	void *p = fx_arena_alloc(a, n * elem);
	if (!p) {
		*rc = fx_error_oom();
		return NULL;
	}
	memcpy(p, src, n * elem);
	return p;
}

/* Records the items to date. */
static int record_items(fx_wk_calc *k, fx_wk_record *r)
{
	const fx_works_statement *st = k->st;
	r->items = fx_arena_calloc(k->arena, (st->n_items ? st->n_items : 1) * sizeof *r->items);
	if (!r->items)
		return fx_error_oom();
	r->n_items = st->n_items;
	for (size_t i = 0; i < st->n_items; i++)
		r->items[i] = (fx_wk_item_state){st->items[i].item->id, st->items[i].progress,
		                                 st->items[i].amount.to_date};
	return FX_OK;
}

/* Records the statement's own events of one kind. */
static int record_events(fx_wk_calc *k, const fx_wk_event_in *in, size_t n, fx_wk_event_state **out,
                         size_t *n_out)
{
	*out = fx_arena_calloc(k->arena, (n ? n : 1) * sizeof **out);
	if (!*out)
		return fx_error_oom();
	*n_out = n;
	for (size_t i = 0; i < n; i++)
		(*out)[i] = (fx_wk_event_state){in[i].label, in[i].days, in[i].amount};
	return FX_OK;
}

/* Records the direct payments to date. */
static int record_direct(fx_wk_calc *k, fx_wk_record *r)
{
	const fx_works_statement *st = k->st;
	size_t n = 0;
	r->direct = fx_arena_calloc(k->arena, (st->n_direct_payments + 1) * sizeof *r->direct);
	if (!r->direct)
		return fx_error_oom();
	for (size_t i = 0; i < st->n_direct_payments; i++)
		if (!fx_decimal_is_zero(st->direct_payments[i].amount.to_date))
			r->direct[n++] = (fx_wk_direct_in){st->direct_payments[i].name,
			                                   st->direct_payments[i].amount.to_date};
	r->n_direct = n;
	return FX_OK;
}

/* Fills the record of the statement. */
int fx_wk_calc_record(fx_wk_calc *k)
{
	const fx_works_description *d = k->d;
	fx_wk_record *r = &k->st->priv->record;
	r->number = d->number;
	r->kind = d->kind;
	r->invoice_number = d->inv->number;
	r->issue_date = d->inv->issue_date;
	r->month = fx_wk_statement_month(d);
	r->works = k->works;
	for (int i = 0; i < FX_WORKS_ROW_COUNT; i++)
		r->totals[i] = k->st->rows[i].to_date;
	int rc = FX_OK;
	r->indices = copy_array(k->arena, d->indices, d->n_indices, sizeof *d->indices, &rc);
	r->n_indices = d->n_indices;
	if (!rc)
		rc = record_items(k, r);
	if (!rc)
		rc = record_events(k, d->bonuses, d->n_bonuses, &r->bonuses, &r->n_bonuses);
	if (!rc)
		rc = record_events(k, d->penalties, d->n_penalties, &r->penalties, &r->n_penalties);
	if (!rc)
		rc = record_direct(k, r);
	return rc;
}
