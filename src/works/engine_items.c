/*
 * The work items of a statement: progress to date (given, else carried over
 * from the statement before), amount to date at base prices (quantity x
 * unit price, or percent x the item's amount, rounded to the cent), the
 * amount of the previous column and the works to date.
 */
#include <string.h>

#include "core/error.h"
#include "works/works_internal.h"

/* Returns the recorded item of id in r, or NULL. */
const fx_wk_item_state *fx_wk_record_item(const fx_wk_record *r, const char *id)
{
	for (size_t i = 0; r && i < r->n_items; i++)
		if (strcmp(r->items[i].id, id) == 0)
			return &r->items[i];
	return NULL;
}

/* Returns the progress entry of item id in d, or NULL. */
static const fx_wk_progress *given(const fx_works_description *d, const char *id)
{
	for (size_t i = 0; i < d->n_progress; i++)
		if (strcmp(d->progress[i].item, id) == 0)
			return &d->progress[i];
	return NULL;
}

/* Checks that every item recorded in r is still in the marché. */
static int check_recorded(const fx_works_contract *c, const fx_wk_record *r)
{
	for (size_t i = 0; r && i < r->n_items; i++) {
		bool found = false;
		for (size_t k = 0; k < c->n_items && !found; k++)
			found = strcmp(c->items[k].id, r->items[i].id) == 0;
		if (!found)
			return fx_error_set(FX_EINVAL,
			                    "work item \"%s\" of statement %u is not in the marché "
			                    "any more",
			                    r->items[i].id, r->number);
	}
	return FX_OK;
}

/* The amount to date of item it at progress p. */
static int amount_of(const fx_works_item *it, fx_decimal p, fx_decimal *out)
{
	if (it->percent)
		return fx_wk_muldiv(p, it->amount, fx_decimal_from_int(100), 2, FX_ROUND_HALF_UP,
		                    out);
	int rc = fx_decimal_mul(p, it->unit_price, out);
	return rc ? rc : fx_wk_round2(*out, out);
}

/* Fills row from item it. */
static int item_row(const fx_wk_calc *k, const fx_works_item *it, fx_works_item_row *row)
{
	const fx_wk_progress *g = given(k->d, it->id);
	const fx_wk_item_state *b = fx_wk_record_item(k->base, it->id);
	const fx_wk_item_state *p = fx_wk_record_item(k->prev, it->id);
	row->item = it;
	if (g)
		row->progress = it->percent ? g->percent : g->quantity;
	else
		row->progress = b ? b->progress : fx_decimal_from_int(0);
	row->previous_progress = p ? p->progress : fx_decimal_from_int(0);
	row->amount.previous = p ? p->amount : fx_wk_zero();
	int rc = amount_of(it, row->progress, &row->amount.to_date);
	if (!rc)
		rc =
		    fx_decimal_sub(row->amount.to_date, row->amount.previous, &row->amount.current);
	return rc;
}

/* Computes the items and the works to date. */
int fx_wk_calc_items(fx_wk_calc *k)
{
	const fx_works_contract *c = k->c;
	int rc = check_recorded(c, k->base);
	if (!rc)
		rc = check_recorded(c, k->prev);
	if (rc)
		return rc;
	fx_works_statement *st = k->st;
	st->items = fx_arena_calloc(k->arena, c->n_items * sizeof *st->items);
	if (!st->items)
		return fx_error_oom();
	st->n_items = c->n_items;
	k->works = fx_wk_zero();
	for (size_t i = 0; i < c->n_items; i++) {
		rc = item_row(k, &c->items[i], &st->items[i]);
		if (!rc)
			rc = fx_decimal_add(k->works, st->items[i].amount.to_date, &k->works);
		if (rc)
			return fx_error_prefix("work item \"%s\"", c->items[i].id);
	}
	return fx_wk_muldiv(k->works, fx_decimal_from_int(100), c->amount, 2, FX_ROUND_HALF_UP,
	                    &st->executed_percent);
}
