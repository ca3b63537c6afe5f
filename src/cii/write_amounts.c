/*
 * The CII writer: allowances and charges (BG-20/21, BG-27/28) and the
 * simple trade tax groups they and the lines carry.
 */
#include "cii/write_ctx.h"

/** The BT labels of one kind of allowance or charge. */
typedef struct ac_labels {
	const char *amount;   /* BT-92 / BT-99 / BT-136 / BT-141 */
	const char *category; /* BT-95 / BT-102 (document level only) */
} ac_labels;

static const ac_labels doc_allowance = {"BT-92 document level allowance amount",
                                        "BT-95 document level allowance VAT category code"};
static const ac_labels doc_charge = {"BT-99 document level charge amount",
                                     "BT-102 document level charge VAT category code"};
static const ac_labels line_allowance = {"BT-136 invoice line allowance amount", NULL};
static const ac_labels line_charge = {"BT-141 invoice line charge amount", NULL};

/* Writes a trade tax group with TypeCode VAT, category and rate. */
void fx_cw_simple_tax(fx_cw *w, const char *tag, const char *category, fx_decimal rate)
{
	fx_cw_open(w, tag);
	fx_cw_text(w, "ram:TypeCode", "VAT");
	fx_cw_text(w, "ram:CategoryCode", category);
	if (rate.set)
		fx_cw_decimal(w, "ram:RateApplicablePercent", rate, NULL, NULL);
	fx_cw_close(w, tag);
}

/* Writes one allowance or charge, in the XSD order. */
void fx_cw_allowance_charge(fx_cw *w, const char *tag, const fx_allowance_charge *ac, bool document)
{
	const ac_labels *l = document ? (ac->charge ? &doc_charge : &doc_allowance)
	                              : (ac->charge ? &line_charge : &line_allowance);
	fx_cw_require(w, ac->amount.set, l->amount);
	if (document)
		fx_cw_require(w, fx_cw_has(ac->vat_category), l->category);
	fx_cw_open(w, tag);
	fx_cw_indicator(w, "ram:ChargeIndicator", ac->charge);
	if (ac->percentage.set)
		fx_cw_decimal(w, "ram:CalculationPercent", ac->percentage, NULL, NULL);
	if (ac->base_amount.set)
		fx_cw_decimal(w, "ram:BasisAmount", ac->base_amount, NULL, NULL);
	fx_cw_decimal(w, "ram:ActualAmount", ac->amount, NULL, NULL);
	if (fx_cw_has(ac->reason_code))
		fx_cw_text(w, "ram:ReasonCode", ac->reason_code);
	if (fx_cw_has(ac->reason))
		fx_cw_text(w, "ram:Reason", ac->reason);
	if (document)
		fx_cw_simple_tax(w, "ram:CategoryTradeTax", ac->vat_category, ac->vat_rate);
	fx_cw_close(w, tag);
}
