/*
 * The CII writer: document totals (BG-22,
 * ram:SpecifiedTradeSettlementHeaderMonetarySummation).
 */
#include "cii/write_ctx.h"

/* Writes an optional total when set and the profile (>= min) allows it. */
static void optional_total(fx_cw *w, fx_profile min, const char *tag, fx_decimal d,
                           const char *what)
{
	if (fx_cw_allow(w, min, d.set, what))
		fx_cw_decimal(w, tag, d, NULL, NULL);
}

/* Writes the BT-110 and BT-111 TaxTotalAmount elements with currencyID. */
static void tax_totals(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	const fx_totals *t = &inv->totals;
	if (t->tax_total.set)
		fx_cw_decimal(w, "ram:TaxTotalAmount", t->tax_total, "currencyID", inv->currency);
	if (!fx_cw_allow(w, P_WL, t->tax_total_accounting.set,
	                 "BT-111 invoice total VAT amount in accounting currency"))
		return;
	fx_cw_require(w, fx_cw_has(inv->tax_currency), "BT-6 VAT accounting currency code");
	fx_cw_decimal(w, "ram:TaxTotalAmount", t->tax_total_accounting, "currencyID",
	              inv->tax_currency);
}

/* Writes ram:SpecifiedTradeSettlementHeaderMonetarySummation. */
void fx_cw_totals(fx_cw *w)
{
	const fx_totals *t = &w->inv->totals;
	bool summary = w->profile == P_MIN;
	if (!summary)
		fx_cw_require(w, t->line_total.set, "BT-106 sum of invoice line net amounts");
	fx_cw_require(w, t->tax_basis_total.set, "BT-109 invoice total amount without VAT");
	fx_cw_require(w, t->grand_total.set, "BT-112 invoice total amount with VAT");
	fx_cw_require(w, t->due.set, "BT-115 amount due for payment");
	fx_cw_open(w, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");
	optional_total(w, P_WL, "ram:LineTotalAmount", t->line_total,
	               "BT-106 sum of invoice line net amounts");
	optional_total(w, P_WL, "ram:ChargeTotalAmount", t->charge_total,
	               "BT-108 sum of charges on document level");
	optional_total(w, P_WL, "ram:AllowanceTotalAmount", t->allowance_total,
	               "BT-107 sum of allowances on document level");
	fx_cw_decimal(w, "ram:TaxBasisTotalAmount", t->tax_basis_total, NULL, NULL);
	tax_totals(w);
	optional_total(w, P_EN, "ram:RoundingAmount", t->rounding, "BT-114 rounding amount");
	fx_cw_decimal(w, "ram:GrandTotalAmount", t->grand_total, NULL, NULL);
	optional_total(w, P_WL, "ram:TotalPrepaidAmount", t->prepaid, "BT-113 paid amount");
	fx_cw_decimal(w, "ram:DuePayableAmount", t->due, NULL, NULL);
	fx_cw_close(w, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");
}
