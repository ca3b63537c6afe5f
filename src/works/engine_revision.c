/*
 * Price revision: every statement of the series (the earlier ones and this
 * one) whose works at base prices changed gets Cn = a + b x In / I0, rounded
 * as the marché says (up to the thousandth by default), and a revision
 * round2(delta works x (Cn - 1)). In is the latest value known for the
 * statement's month: a provisional value is replaced when a later statement
 * gives the published one, and the difference lands in that later statement
 * (regularisation). The revision to date is the sum over the series.
 */
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "works/works_internal.h"

/** One statement of the series as the revision sees it. */
typedef struct rev_step {
	unsigned number;
	fx_wk_month month;
	fx_decimal delta; /* its works at base prices */
} rev_step;

/* Looks month m up in the index values of the records hist[0..upto) from the
 * last one back, then (when own is not NULL) first in own. */
static const fx_wk_index *find_index(const fx_works_description *own, const fx_wk_record *hist,
                                     size_t upto, fx_wk_month m)
{
	for (size_t i = 0; own && i < own->n_indices; i++)
		if (fx_wk_month_eq(own->indices[i].month, m))
			return &own->indices[i];
	for (size_t r = upto; r-- > 0;)
		for (size_t i = 0; i < hist[r].n_indices; i++)
			if (fx_wk_month_eq(hist[r].indices[i].month, m))
				return &hist[r].indices[i];
	return NULL;
}

/* Cn = round(a + b x In / I0) and the revision of delta. */
static int revise(const fx_works_contract *c, fx_decimal in, fx_decimal delta, fx_decimal *cn,
                  fx_decimal *rev)
{
	fx_decimal a_i0, b_in, num, less_one;
	int rc = fx_decimal_mul(c->fixed_part, c->base_index, &a_i0);
	if (!rc)
		rc = fx_decimal_mul(c->variable_part, in, &b_in);
	if (!rc)
		rc = fx_decimal_add(a_i0, b_in, &num);
	if (!rc)
		rc = fx_decimal_div(num, c->base_index, c->coefficient_decimals,
		                    c->coefficient_rounding, cn);
	if (!rc)
		rc = fx_decimal_sub(*cn, fx_decimal_from_int(1), &less_one);
	if (!rc)
		rc = fx_decimal_mul(delta, less_one, rev);
	return rc ? rc : fx_wk_round2(*rev, rev);
}

/* The steps of the series: the history and the statement itself. */
static int steps_of(const fx_wk_calc *k, rev_step *steps)
{
	fx_decimal before = fx_wk_zero();
	for (size_t i = 0; i < k->n_hist; i++) {
		steps[i].number = k->hist[i].number;
		steps[i].month = k->hist[i].month;
		int rc = fx_decimal_sub(k->hist[i].works, before, &steps[i].delta);
		if (rc)
			return rc;
		before = k->hist[i].works;
	}
	steps[k->n_hist].number = k->d->number;
	steps[k->n_hist].month = fx_wk_statement_month(k->d);
	return fx_decimal_sub(k->works, before, &steps[k->n_hist].delta);
}

/* Reports a month without index value for statement number. */
static int missing_index(const rev_step *s, const fx_works_contract *c)
{
	char m[16];
	if (s->month.year == 0)
		return fx_error_set(FX_EINVAL,
		                    "statement %u has neither a period nor an issue date: the "
		                    "month of its revision index is unknown",
		                    s->number);
	return fx_error_set(FX_EINVAL,
	                    "works.indices: no value of %s for %s, the month of statement %u (its "
	                    "works at base prices changed): add {\"month\": \"%s\", \"value\": "
	                    "..., \"provisional\": true|false}",
	                    c->index_name ? c->index_name : "the index",
	                    fx_wk_month_format(s->month, m, sizeof m), s->number, m);
}

/* Computes the revision row of step s; prev_upto: records known to the
 * previous column (0: none). */
static int revision_row(const fx_wk_calc *k, const rev_step *s, size_t prev_upto,
                        fx_works_revision_row *row)
{
	const fx_works_contract *c = k->c;
	const fx_wk_index *now = find_index(k->d, k->hist, k->n_hist, s->month);
	if (!now)
		return missing_index(s, c);
	if (k->d->kind == FX_WORKS_DGD && now->provisional) {
		char m[16];
		return fx_error_set(FX_EINVAL,
		                    "the DGD needs the published index of %s (statement %u): the "
		                    "value known is provisional; give it with \"provisional\": "
		                    "false",
		                    fx_wk_month_format(s->month, m, sizeof m), s->number);
	}
	memset(row, 0, sizeof *row);
	row->statement = s->number;
	row->year = s->month.year;
	row->month = s->month.month;
	row->index = now->value;
	row->provisional = now->provisional;
	row->works = s->delta;
	int rc = revise(c, now->value, s->delta, &row->coefficient, &row->revision);
	row->previous = fx_wk_zero();
	if (rc || s->number > prev_upto)
		return rc;
	const fx_wk_index *then = find_index(NULL, k->hist, prev_upto, s->month);
	if (!then)
		return fx_error_set(FX_EINVAL, "the series state has no index for statement %u",
		                    s->number);
	fx_decimal cn;
	return revise(c, then->value, s->delta, &cn, &row->previous);
}

/* Computes the revision to date and the revision rows. */
int fx_wk_calc_revision(fx_wk_calc *k)
{
	k->revision = fx_wk_zero();
	if (!k->c->has_revision)
		return FX_OK;
	size_t n = k->n_hist + 1;
	rev_step *steps = fx_arena_calloc(k->arena, n * sizeof *steps);
	fx_works_statement *st = k->st;
	st->revisions = fx_arena_calloc(k->arena, n * sizeof *st->revisions);
	if (!steps || !st->revisions)
		return fx_error_oom();
	int rc = steps_of(k, steps);
	size_t prev_upto = k->prev ? k->prev->number : 0;
	for (size_t i = 0; i < n && !rc; i++) {
		if (fx_decimal_is_zero(steps[i].delta))
			continue;
		fx_works_revision_row *row = &st->revisions[st->n_revisions++];
		rc = revision_row(k, &steps[i], prev_upto, row);
		if (!rc)
			rc = fx_decimal_add(k->revision, row->revision, &k->revision);
	}
	return rc;
}
