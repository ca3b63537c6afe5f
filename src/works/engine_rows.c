/*
 * The rows of the décompte. For every row the previous column is what the
 * previous column's statement stated to date, and "this statement" is the
 * difference; VAT is computed on this statement's amount before tax (the
 * amount the invoice states), so VAT to date is the sum of the statements'.
 * Retention: rate x (works + bonuses) with tax, capped at rate x the marché
 * with tax. Advance: reimbursed in proportion of the works executed between
 * the start and end thresholds, wholly by the final account.
 */
#include "core/error.h"
#include "works/works_internal.h"

/* The previous column's value of row r. */
static fx_decimal previous(const fx_wk_calc *k, fx_works_row r)
{
	return k->prev ? k->prev->totals[r] : fx_wk_zero();
}

/* Sets row r from its value to date. */
static int set_row(fx_wk_calc *k, fx_works_row r, fx_decimal to_date)
{
	fx_works_columns *col = &k->st->rows[r];
	col->to_date = to_date;
	col->previous = previous(k, r);
	return fx_decimal_sub(to_date, col->previous, &col->current);
}

/* (amount before tax) x (100 + VAT rate), or x 100 under reverse charge. */
static int with_tax_x100(const fx_wk_calc *k, fx_decimal amount, fx_decimal *out)
{
	fx_decimal factor = fx_decimal_from_int(100);
	if (!k->st->reverse_charge) {
		int rc = fx_decimal_add(factor, k->c->vat_rate, &factor);
		if (rc)
			return rc;
	}
	return fx_decimal_mul(amount, factor, out);
}

/* Retention to date. */
static int retention(const fx_wk_calc *k, fx_decimal *out)
{
	const fx_works_contract *c = k->c;
	if (fx_decimal_is_zero(c->retention_rate)) {
		*out = fx_wk_zero();
		return FX_OK;
	}
	fx_decimal base, cap, x;
	int rc = fx_decimal_add(k->works, k->bonuses, &base);
	if (!rc)
		rc = with_tax_x100(k, base, &x);
	if (!rc)
		rc = fx_wk_muldiv(x, c->retention_rate, fx_decimal_from_int(10000), 2,
		                  FX_ROUND_HALF_UP, out);
	if (!rc)
		rc = with_tax_x100(k, c->amount, &x);
	if (!rc)
		rc = fx_wk_muldiv(x, c->retention_rate, fx_decimal_from_int(10000), 2,
		                  FX_ROUND_HALF_UP, &cap);
	if (!rc && fx_decimal_cmp(*out, cap) > 0)
		*out = cap;
	return rc;
}

/* Advance reimbursed to date. */
static int advance_repaid(const fx_wk_calc *k, fx_decimal *out)
{
	const fx_works_contract *c = k->c;
	*out = fx_wk_zero();
	if (!c->has_advance)
		return FX_OK;
	if (k->d->kind != FX_WORKS_MONTHLY) {
		*out = c->advance_amount;
		return FX_OK;
	}
	fx_decimal done, start, end, x, y, span;
	int rc = fx_decimal_mul(k->works, fx_decimal_from_int(100), &done);
	if (!rc)
		rc = fx_decimal_mul(c->advance_start, c->amount, &start);
	if (!rc)
		rc = fx_decimal_mul(c->advance_end, c->amount, &end);
	if (rc || fx_decimal_cmp(done, start) <= 0)
		return rc;
	if (fx_decimal_cmp(done, end) >= 0) {
		*out = c->advance_amount;
		return FX_OK;
	}
	rc = fx_decimal_sub(done, start, &x);
	if (!rc)
		rc = fx_decimal_sub(c->advance_end, c->advance_start, &span);
	if (!rc)
		rc = fx_decimal_mul(span, c->amount, &y);
	return rc ? rc : fx_wk_muldiv(c->advance_amount, x, y, 2, FX_ROUND_HALF_UP, out);
}

/* Sums the to-date values of rows a and b (sign -1: a - b) into row r. */
static int combine(fx_wk_calc *k, fx_works_row r, fx_works_row a, fx_works_row b, int sign)
{
	fx_decimal v;
	const fx_works_columns *rows = k->st->rows;
	int rc = sign > 0 ? fx_decimal_add(rows[a].to_date, rows[b].to_date, &v)
	                  : fx_decimal_sub(rows[a].to_date, rows[b].to_date, &v);
	return rc ? rc : set_row(k, r, v);
}

/* The VAT and gross rows: VAT of this statement on its amount before tax. */
static int vat_rows(fx_wk_calc *k)
{
	fx_works_columns *rows = k->st->rows, *vat = &rows[FX_WORKS_ROW_VAT];
	vat->previous = previous(k, FX_WORKS_ROW_VAT);
	vat->current = fx_wk_zero();
	int rc = FX_OK;
	if (!k->st->reverse_charge)
		rc = fx_wk_muldiv(rows[FX_WORKS_ROW_NET].current, k->c->vat_rate,
		                  fx_decimal_from_int(100), 2, FX_ROUND_HALF_UP, &vat->current);
	if (!rc)
		rc = fx_decimal_add(vat->previous, vat->current, &vat->to_date);
	return rc ? rc : combine(k, FX_WORKS_ROW_GROSS, FX_WORKS_ROW_NET, FX_WORKS_ROW_VAT, 1);
}

/* The deductions and what remains due. */
static int deduction_rows(fx_wk_calc *k)
{
	fx_decimal v;
	int rc = retention(k, &v);
	if (!rc)
		rc = set_row(k, FX_WORKS_ROW_RETENTION, v);
	if (!rc)
		rc = advance_repaid(k, &v);
	if (!rc)
		rc = set_row(k, FX_WORKS_ROW_ADVANCE_REPAID, v);
	if (!rc)
		rc = set_row(k, FX_WORKS_ROW_PENALTIES, k->penalties);
	if (!rc)
		rc = combine(k, FX_WORKS_ROW_DEDUCTIONS, FX_WORKS_ROW_RETENTION,
		             FX_WORKS_ROW_ADVANCE_REPAID, 1);
	if (!rc && k->st->penalties_withheld)
		rc = combine(k, FX_WORKS_ROW_DEDUCTIONS, FX_WORKS_ROW_DEDUCTIONS,
		             FX_WORKS_ROW_PENALTIES, 1);
	if (!rc)
		rc = combine(k, FX_WORKS_ROW_DUE, FX_WORKS_ROW_GROSS, FX_WORKS_ROW_DEDUCTIONS, -1);
	return rc;
}

/* The sums due to subcontractors paid directly and the payable amount. */
static int payable_rows(fx_wk_calc *k)
{
	fx_decimal sub = fx_wk_zero();
	for (size_t i = 0; i < k->st->n_direct_payments; i++) {
		int rc = fx_decimal_add(sub, k->st->direct_payments[i].amount.to_date, &sub);
		if (rc)
			return rc;
	}
	int rc = set_row(k, FX_WORKS_ROW_SUBCONTRACTORS, sub);
	return rc ? rc
	          : combine(k, FX_WORKS_ROW_PAYABLE, FX_WORKS_ROW_DUE, FX_WORKS_ROW_SUBCONTRACTORS,
	                    -1);
}

/* Computes every row of the décompte. */
int fx_wk_calc_rows(fx_wk_calc *k)
{
	const fx_works_contract *c = k->c;
	fx_decimal advance = c->has_advance ? c->advance_amount : fx_wk_zero();
	fx_works_columns *paid = &k->st->rows[FX_WORKS_ROW_ADVANCE_PAID];
	*paid = (fx_works_columns){advance, advance, fx_wk_zero()};
	int rc = set_row(k, FX_WORKS_ROW_WORKS, k->works);
	if (!rc)
		rc = set_row(k, FX_WORKS_ROW_REVISION, k->revision);
	if (!rc)
		rc = set_row(k, FX_WORKS_ROW_BONUSES, k->bonuses);
	if (!rc)
		rc = combine(k, FX_WORKS_ROW_NET, FX_WORKS_ROW_WORKS, FX_WORKS_ROW_REVISION, 1);
	if (!rc)
		rc = combine(k, FX_WORKS_ROW_NET, FX_WORKS_ROW_NET, FX_WORKS_ROW_BONUSES, 1);
	if (!rc)
		rc = vat_rows(k);
	if (!rc)
		rc = deduction_rows(k);
	if (!rc)
		rc = payable_rows(k);
	return rc;
}
