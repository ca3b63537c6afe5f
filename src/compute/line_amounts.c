/*
 * Invoice lines: item net price (BT-146 = BT-148 - BT-147), line allowances
 * and charges, and line net amount
 * BT-131 = round2(BT-129 x BT-146 / BT-149) + charges - allowances.
 */
#include "compute/compute_internal.h"
#include "core/error.h"

/** What a line's allowances and charges add up to. */
typedef struct line_adjustments {
	fx_decimal allowances; /* sum of BT-136 */
	fx_decimal charges;    /* sum of BT-141 */
	bool known;            /* every amount is known */
} line_adjustments;

/* Effective net price of line i: stated (checked against gross - discount
 * when strict) or computed from the gross price; price unset if neither. */
static int net_price(fx_cx *cx, size_t i, const char *where, fx_decimal *price)
{
	const fx_line *l = &cx->inv->lines[i];
	fx_decimal diff = l->gross_price;
	*price = (fx_decimal){0};
	if (l->gross_price.set && l->price_discount.set && (!l->net_price.set || cx->strict) &&
	    fx_decimal_sub(l->gross_price, l->price_discount, &diff) < 0)
		return fx_error_prefix("%s: BT-146 item net price", where);
	if (l->net_price.set) {
		fx_decimal rounded;
		if (cx->strict && l->gross_price.set && l->price_discount.set) {
			/* a net price written with fewer decimals is gross - discount
			 * rounded half up to those decimals (2.75 - 0.275 -> 2.48) */
			if (fx_decimal_round(diff, l->net_price.scale, FX_ROUND_HALF_UP, &rounded) <
			    0)
				return fx_error_prefix("%s: BT-146 item net price", where);
			if (fx_decimal_cmp(rounded, l->net_price) != 0)
				return fx_error_set(
				    FX_EMISMATCH,
				    "%s: BT-146 item net price is %s but BT-148 item gross price "
				    "%s - BT-147 item price discount %s gives %s",
				    where, fx_cx_num(l->net_price).s, fx_cx_num(l->gross_price).s,
				    fx_cx_num(l->price_discount).s, fx_cx_num(diff).s);
		}
		*price = l->net_price;
	} else if (l->gross_price.set) {
		cx->line_price[i] = diff;
		*price = diff;
	}
	return FX_OK;
}

/* Final amounts of line i's allowances and charges, and their sums. */
static int adjustments(fx_cx *cx, size_t i, const char *where, line_adjustments *adj)
{
	static const fx_ac_terms allowance = {"line allowance", "BT-136", "BT-137", "BT-138"};
	static const fx_ac_terms charge = {"line charge", "BT-141", "BT-142", "BT-143"};
	const fx_line *l = &cx->inv->lines[i];
	adj->allowances = fx_decimal_make(0, 2);
	adj->charges = fx_decimal_make(0, 2);
	adj->known = true;
	for (size_t k = 0; k < l->n_allowances_charges; k++) {
		const fx_allowance_charge *ac = &l->allowances_charges[k];
		fx_decimal *amount = &cx->line_ac[cx->line_ac_start[i] + k];
		int rc =
		    fx_compute_ac_amount(cx, ac, where, ac->charge ? &charge : &allowance, amount);
		if (rc < 0)
			return rc;
		if (!amount->set) {
			adj->known = false;
			continue;
		}
		fx_decimal *sum = ac->charge ? &adj->charges : &adj->allowances;
		if (fx_decimal_add(*sum, *amount, sum) < 0)
			return fx_error_prefix("%s: sum of %s amounts", where,
			                       ac->charge ? "charge" : "allowance");
	}
	return FX_OK;
}

/* Explains which input of BT-131 is missing (filling only). */
static int missing_input(const fx_line *l, const char *where)
{
	if (!l->quantity.set)
		return fx_error_set(FX_EINVAL,
		                    "%s: BT-129 invoiced quantity is missing (needed to compute "
		                    "BT-131 line net amount)",
		                    where);
	return fx_error_set(FX_EINVAL,
	                    "%s: BT-146 item net price is missing (give it, or BT-148 item "
	                    "gross price; needed to compute BT-131 line net amount)",
	                    where);
}

/* Computes, or checks, the net amount of line i. */
static int line_net(fx_cx *cx, size_t i)
{
	const fx_line *l = &cx->inv->lines[i];
	fx_label where = fx_cx_line_label(cx, i);
	fx_decimal price;
	line_adjustments adj;
	int rc = net_price(cx, i, where.s, &price);
	if (rc == FX_OK)
		rc = adjustments(cx, i, where.s, &adj);
	if (rc < 0)
		return rc;
	bool stated = l->net_amount.set;
	cx->line_net[i] = l->net_amount;
	if (stated && !cx->strict)
		return FX_OK;
	if (!l->quantity.set || !price.set || !adj.known) {
		if (stated || !cx->fill)
			return FX_OK;
		return missing_input(l, where.s);
	}
	fx_decimal base = l->base_quantity.set ? l->base_quantity : fx_decimal_from_int(1);
	if (fx_decimal_is_zero(base))
		return fx_error_set(FX_EINVAL, "%s: BT-149 item price base quantity is zero",
		                    where.s);
	fx_decimal extended, net;
	rc = fx_cx_mul_div2(l->quantity, price, base, &extended);
	if (rc == FX_OK)
		rc = fx_decimal_add(extended, adj.charges, &net);
	if (rc == FX_OK)
		rc = fx_decimal_sub(net, adj.allowances, &net);
	if (rc == FX_OK)
		rc = fx_cx_round2(net, &net);
	if (rc < 0)
		return fx_error_prefix("%s: BT-131 line net amount", where.s);
	if (!stated) {
		cx->line_net[i] = net;
		return FX_OK;
	}
	if (fx_decimal_cmp(net, l->net_amount) == 0)
		return FX_OK;
	return fx_error_set(FX_EMISMATCH,
	                    "%s: BT-131 line net amount is %s but quantity x price - allowances "
	                    "+ charges gives %s (BT-129 %s x BT-146 %s / BT-149 %s = %s, "
	                    "allowances %s, charges %s)",
	                    where.s, fx_cx_num(l->net_amount).s, fx_cx_num(net).s,
	                    fx_cx_num(l->quantity).s, fx_cx_num(price).s, fx_cx_num(base).s,
	                    fx_cx_num(extended).s, fx_cx_num(adj.allowances).s,
	                    fx_cx_num(adj.charges).s);
}

/* Computes or checks every line. */
int fx_compute_lines(fx_cx *cx)
{
	for (size_t i = 0; i < cx->inv->n_lines; i++) {
		int rc = line_net(cx, i);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}
