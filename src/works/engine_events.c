/*
 * Bonuses, penalties and direct payments of a statement. Bonuses and
 * penalties are given as events of the statement that grants or applies
 * them; their total to date is the one of the statement before plus the
 * statement's own (penalties capped as the marché says). The events listed
 * are those since the previous column's statement (for a DGD: also the
 * final account's). Direct payments are given to date, else carried over.
 */
#include <string.h>

#include "core/error.h"
#include "works/works_internal.h"

/* Counts the events since the previous column in the records after it. */
static size_t count_since(const fx_wk_calc *k, bool bonus)
{
	size_t n = 0;
	for (size_t i = k->prev ? k->prev->number : 0; i < k->n_hist; i++)
		n += bonus ? k->hist[i].n_bonuses : k->hist[i].n_penalties;
	return n;
}

/* Lists the events since the previous column: recorded ones, then own. */
static int list_events(fx_wk_calc *k, bool bonus, fx_works_event **out, size_t *n_out)
{
	const fx_works_description *d = k->d;
	size_t own = bonus ? d->n_bonuses : d->n_penalties;
	size_t n = count_since(k, bonus) + own;
	*out = fx_arena_calloc(k->arena, (n ? n : 1) * sizeof **out);
	if (!*out)
		return fx_error_oom();
	*n_out = 0;
	for (size_t i = k->prev ? k->prev->number : 0; i < k->n_hist; i++) {
		const fx_wk_record *r = &k->hist[i];
		const fx_wk_event_state *e = bonus ? r->bonuses : r->penalties;
		size_t ne = bonus ? r->n_bonuses : r->n_penalties;
		for (size_t j = 0; j < ne; j++)
			(*out)[(*n_out)++] =
			    (fx_works_event){r->number, e[j].label, e[j].days, e[j].amount};
	}
	const fx_wk_event_in *e = bonus ? d->bonuses : d->penalties;
	for (size_t j = 0; j < own; j++)
		(*out)[(*n_out)++] =
		    (fx_works_event){d->number, e[j].label, e[j].days, e[j].amount};
	return FX_OK;
}

/* Adds the statement's own events to the total before it into *to_date. */
static int total_of(const fx_wk_calc *k, bool bonus, fx_decimal *to_date)
{
	const fx_works_description *d = k->d;
	*to_date = k->base ? k->base->totals[bonus ? FX_WORKS_ROW_BONUSES : FX_WORKS_ROW_PENALTIES]
	                   : fx_wk_zero();
	const fx_wk_event_in *e = bonus ? d->bonuses : d->penalties;
	size_t n = bonus ? d->n_bonuses : d->n_penalties;
	for (size_t j = 0; j < n; j++) {
		int rc = fx_decimal_add(*to_date, e[j].amount, to_date);
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* Finds the direct payment of name in list (n entries), or NULL. */
static const fx_wk_direct_in *find_direct(const fx_wk_direct_in *list, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i].name, name) == 0)
			return &list[i];
	return NULL;
}

/* Lists the direct payments: to date (given or carried over), previous. */
static int list_direct(fx_wk_calc *k)
{
	const fx_works_description *d = k->d;
	const fx_wk_direct_in *now = d->has_direct ? d->direct : k->base ? k->base->direct : NULL;
	size_t n_now = d->has_direct ? d->n_direct : k->base ? k->base->n_direct : 0;
	const fx_wk_direct_in *before = k->prev ? k->prev->direct : NULL;
	size_t n_before = k->prev ? k->prev->n_direct : 0;
	fx_works_statement *st = k->st;
	st->direct_payments =
	    fx_arena_calloc(k->arena, (n_now + n_before + 1) * sizeof *st->direct_payments);
	if (!st->direct_payments)
		return fx_error_oom();
	for (size_t i = 0; i < n_now + n_before; i++) {
		const fx_wk_direct_in *x = i < n_now ? &now[i] : &before[i - n_now];
		if (i >= n_now && find_direct(now, n_now, x->name))
			continue;
		const fx_wk_direct_in *a = find_direct(now, n_now, x->name);
		const fx_wk_direct_in *b = find_direct(before, n_before, x->name);
		fx_works_direct_payment *p = &st->direct_payments[st->n_direct_payments++];
		p->name = x->name;
		p->amount.to_date = a ? a->amount_to_date : fx_wk_zero();
		p->amount.previous = b ? b->amount_to_date : fx_wk_zero();
		int rc = fx_wk_sub(p->amount.to_date, p->amount.previous, &p->amount.current);
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* Computes bonuses, penalties and direct payments. */
int fx_wk_calc_events(fx_wk_calc *k)
{
	fx_works_statement *st = k->st;
	int rc = total_of(k, true, &k->bonuses);
	if (!rc)
		rc = total_of(k, false, &k->penalties);
	if (!rc && k->c->penalty_cap.set && fx_decimal_cmp(k->penalties, k->c->penalty_cap) > 0)
		k->penalties = k->c->penalty_cap;
	if (!rc)
		rc = list_events(k, true, &st->bonuses, &st->n_bonuses);
	if (!rc)
		rc = list_events(k, false, &st->penalties, &st->n_penalties);
	if (!rc)
		rc = list_direct(k);
	return rc;
}
