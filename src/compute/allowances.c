/*
 * Allowances and charges (BG-20/21 document level, BG-27/28 line level):
 * amount = base amount x percentage / 100, rounded half up to cents.
 */
#include "compute/compute_internal.h"
#include "core/error.h"

/* Final amount of one allowance or charge (see compute_internal.h). */
int fx_compute_ac_amount(const fx_cx *cx, const fx_allowance_charge *ac, const char *where,
                         const fx_ac_terms *t, fx_decimal *out)
{
	bool computable = ac->base_amount.set && ac->percentage.set;
	bool need = !ac->amount.set || cx->strict;
	fx_decimal computed = {0};
	if (computable && need) {
		int rc = fx_cx_mul_div2(ac->base_amount, ac->percentage, fx_decimal_from_int(100),
		                        &computed);
		if (rc < 0)
			return fx_error_prefix("%s: %s %s amount", where, t->amount, t->kind);
	}
	if (ac->amount.set) {
		if (cx->strict && computable && fx_decimal_cmp(computed, ac->amount) != 0)
			return fx_error_set(FX_EMISMATCH,
			                    "%s: %s %s amount is %s but %s base amount %s x %s "
			                    "percentage %s / 100 gives %s",
			                    where, t->amount, t->kind, fx_cx_num(ac->amount).s,
			                    t->base, fx_cx_num(ac->base_amount).s, t->percent,
			                    fx_cx_num(ac->percentage).s, fx_cx_num(computed).s);
		*out = ac->amount;
		return FX_OK;
	}
	if (computable) {
		*out = computed;
		return FX_OK;
	}
	if (cx->fill)
		return fx_error_set(FX_EINVAL,
		                    "%s: %s %s amount is missing (give it, or %s base amount and "
		                    "%s percentage)",
		                    where, t->amount, t->kind, t->base, t->percent);
	*out = (fx_decimal){0};
	return FX_OK;
}

/* Computes every document-level allowance and charge amount. */
int fx_compute_document_allowances(fx_cx *cx)
{
	static const fx_ac_terms allowance = {"allowance", "BT-92", "BT-93", "BT-94"};
	static const fx_ac_terms charge = {"charge", "BT-99", "BT-100", "BT-101"};
	const fx_invoice *inv = cx->inv;
	for (size_t i = 0; i < inv->n_allowances_charges; i++) {
		const fx_allowance_charge *ac = &inv->allowances_charges[i];
		fx_label where = fx_cx_doc_ac_label(cx, i);
		int rc = fx_compute_ac_amount(cx, ac, where.s, ac->charge ? &charge : &allowance,
		                              &cx->doc_ac[i]);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}
