/*
 * The CII writer: the EXTENDED-only settlement data works invoices use,
 * ram:SpecifiedFinancialAdjustment and ram:SpecifiedAdvancePayment.
 */
#include <stdio.h>

#include "cii/write_ctx.h"

/* Writes the financial adjustments (Reason and ActualAmount; the
 * Factur-X EXTENDED schema has no place for a reason code). */
void fx_cw_financial_adjustments(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	if (!fx_cw_allow(w, P_EXT, inv->n_financial_adjustments > 0,
	                 "financial adjustments (EXTENDED)"))
		return;
	for (size_t i = 0; i < inv->n_financial_adjustments; i++) {
		const fx_financial_adjustment *f = &inv->financial_adjustments[i];
		snprintf(w->where, sizeof w->where, "financial adjustment %zu", i + 1);
		fx_cw_require(w, fx_cw_has(f->reason), "financial adjustment reason");
		fx_cw_require(w, f->amount.set, "financial adjustment amount");
		if (fx_cw_has(f->reason_code))
			fx_cw_drop(w, "financial adjustment reason code (no place in Factur-X)");
		fx_cw_open(w, "ram:SpecifiedFinancialAdjustment");
		fx_cw_text(w, "ram:Reason", f->reason);
		fx_cw_decimal(w, "ram:ActualAmount", f->amount, NULL, NULL);
		fx_cw_close(w, "ram:SpecifiedFinancialAdjustment");
	}
	w->where[0] = '\0';
}

/* Writes the VAT included in an advance payment (IncludedTradeTax). */
static void advance_tax(fx_cw *w, const fx_advance_payment_tax *t)
{
	fx_cw_require(w, t->tax_amount.set, "advance payment included VAT amount");
	fx_cw_require(w, fx_cw_has(t->category), "advance payment VAT category code");
	fx_cw_open(w, "ram:IncludedTradeTax");
	fx_cw_decimal(w, "ram:CalculatedAmount", t->tax_amount, NULL, NULL);
	fx_cw_text(w, "ram:TypeCode", "VAT");
	fx_cw_text(w, "ram:CategoryCode", t->category);
	if (t->rate.set)
		fx_cw_decimal(w, "ram:RateApplicablePercent", t->rate, NULL, NULL);
	fx_cw_close(w, "ram:IncludedTradeTax");
}

/* Writes one ram:SpecifiedAdvancePayment. */
static void advance_payment(fx_cw *w, const fx_advance_payment *a)
{
	fx_cw_require(w, a->paid_amount.set, "advance payment paid amount");
	fx_cw_require(w, a->n_taxes > 0, "advance payment included VAT");
	fx_cw_open(w, "ram:SpecifiedAdvancePayment");
	fx_cw_decimal(w, "ram:PaidAmount", a->paid_amount, NULL, NULL);
	fx_cw_date(w, "ram:FormattedReceivedDateTime", "qdt:DateTimeString", a->received_date);
	for (size_t i = 0; i < a->n_taxes; i++)
		advance_tax(w, &a->taxes[i]);
	if (fx_cw_has(a->invoice_ref) || !fx_date_is_absent(a->invoice_ref_date)) {
		fx_cw_open(w, "ram:InvoiceSpecifiedReferencedDocument");
		if (fx_cw_has(a->invoice_ref))
			fx_cw_text(w, "ram:IssuerAssignedID", a->invoice_ref);
		fx_cw_date(w, "ram:FormattedIssueDateTime", "qdt:DateTimeString",
		           a->invoice_ref_date);
		fx_cw_close(w, "ram:InvoiceSpecifiedReferencedDocument");
	}
	fx_cw_close(w, "ram:SpecifiedAdvancePayment");
}

/* Writes the advance payments already received. */
void fx_cw_advance_payments(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	if (!fx_cw_allow(w, P_EXT, inv->n_advance_payments > 0, "advance payments (EXTENDED)"))
		return;
	for (size_t i = 0; i < inv->n_advance_payments; i++) {
		snprintf(w->where, sizeof w->where, "advance payment %zu", i + 1);
		advance_payment(w, &inv->advance_payments[i]);
	}
	w->where[0] = '\0';
}
