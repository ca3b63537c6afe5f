/*
 * The CII writer: ram:ApplicableHeaderTradeSettlement (currencies, payee,
 * payment, VAT breakdown BG-23, period BG-14, allowances and charges
 * BG-20/21, terms, totals, preceding invoices BG-3, BT-19, EXTENDED data).
 */
#include <stdio.h>
#include <string.h>

#include "cii/write_ctx.h"

/* Returns the CII (UNTDID 2475) form of a BT-8 code given as UNTDID 2005:
 * 3 -> 5 (invoice date), 35 -> 29 (delivery date), 432 -> 72 (paid to
 * date); any other value is returned unchanged. */
static const char *due_date_code_cii(const char *code)
{
	if (strcmp(code, "3") == 0)
		return "5";
	if (strcmp(code, "35") == 0)
		return "29";
	if (strcmp(code, "432") == 0)
		return "72";
	return code;
}

/* Returns the BT-8 code to write for a breakdown entry, or NULL: its own,
 * else the invoice's, else "5" (tax due at invoicing) when the seller opted
 * for VAT on debits and no BT-7 date is given. */
static const char *breakdown_due_code(const fx_invoice *inv, const fx_vat_breakdown *b,
                                      fx_date tax_point)
{
	if (fx_cw_has(b->due_date_code))
		return due_date_code_cii(b->due_date_code);
	if (fx_cw_has(inv->tax_point_date_code))
		return due_date_code_cii(inv->tax_point_date_code);
	if (inv->vat_on_debits && fx_date_is_absent(tax_point))
		return "5";
	return NULL;
}

/* Writes one BG-23 ram:ApplicableTradeTax in the XSD order. */
static void vat_breakdown(fx_cw *w, const fx_vat_breakdown *b)
{
	const fx_invoice *inv = w->inv;
	fx_date tax_point =
	    fx_date_is_absent(b->tax_point_date) ? inv->tax_point_date : b->tax_point_date;
	const char *due = breakdown_due_code(inv, b, tax_point);
	fx_cw_require(w, b->tax_amount.set, "BT-117 VAT category tax amount");
	fx_cw_require(w, b->taxable_amount.set, "BT-116 VAT category taxable amount");
	fx_cw_require(w, fx_cw_has(b->category), "BT-118 VAT category code");
	fx_cw_open(w, "ram:ApplicableTradeTax");
	fx_cw_decimal(w, "ram:CalculatedAmount", b->tax_amount, NULL, NULL);
	fx_cw_text(w, "ram:TypeCode", "VAT");
	if (fx_cw_has(b->exemption_reason))
		fx_cw_text(w, "ram:ExemptionReason", b->exemption_reason);
	fx_cw_decimal(w, "ram:BasisAmount", b->taxable_amount, NULL, NULL);
	fx_cw_text(w, "ram:CategoryCode", b->category);
	if (fx_cw_has(b->exemption_code))
		fx_cw_text(w, "ram:ExemptionReasonCode", b->exemption_code);
	if (fx_cw_allow(w, P_EN, !fx_date_is_absent(tax_point), "BT-7 VAT point date"))
		fx_cw_date(w, "ram:TaxPointDate", "udt:DateString", tax_point);
	if (due)
		fx_cw_text(w, "ram:DueDateTypeCode", due);
	if (b->rate.set)
		fx_cw_decimal(w, "ram:RateApplicablePercent", b->rate, NULL, NULL);
	fx_cw_close(w, "ram:ApplicableTradeTax");
}

/* Writes the BG-23 VAT breakdown (at least one entry from BASIC WL). */
static void vat_breakdowns(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	fx_cw_require(w, inv->n_vat_breakdown > 0, "BG-23 VAT breakdown");
	for (size_t i = 0; i < inv->n_vat_breakdown; i++) {
		snprintf(w->where, sizeof w->where, "VAT breakdown %zu", i + 1);
		vat_breakdown(w, &inv->vat_breakdown[i]);
	}
	w->where[0] = '\0';
}

/* Writes a ram:BillingSpecifiedPeriod (BG-14 or BG-26). */
void fx_cw_period(fx_cw *w, const fx_period *p)
{
	fx_cw_open(w, "ram:BillingSpecifiedPeriod");
	fx_cw_date(w, "ram:StartDateTime", "udt:DateTimeString", p->start);
	fx_cw_date(w, "ram:EndDateTime", "udt:DateTimeString", p->end);
	fx_cw_close(w, "ram:BillingSpecifiedPeriod");
}

/* Writes the BG-20/BG-21 document level allowances and charges. */
static void document_allowances(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	for (size_t i = 0; i < inv->n_allowances_charges; i++) {
		snprintf(w->where, sizeof w->where, "document allowance/charge %zu", i + 1);
		fx_cw_allowance_charge(w, "ram:SpecifiedTradeAllowanceCharge",
		                       &inv->allowances_charges[i], true);
	}
	w->where[0] = '\0';
}

/* Writes the BG-3 preceding invoice references. */
static void preceding_invoices(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	for (size_t i = 0; i < inv->n_preceding_invoices; i++) {
		const fx_preceding_invoice *p = &inv->preceding_invoices[i];
		snprintf(w->where, sizeof w->where, "preceding invoice %zu", i + 1);
		fx_cw_require(w, fx_cw_has(p->number), "BT-25 preceding invoice reference");
		fx_cw_open(w, "ram:InvoiceReferencedDocument");
		fx_cw_text(w, "ram:IssuerAssignedID", p->number);
		fx_cw_opt(w, P_EXT, "ram:TypeCode", p->type_code,
		          "preceding invoice type code (EXTENDED)");
		fx_cw_date(w, "ram:FormattedIssueDateTime", "qdt:DateTimeString", p->date);
		fx_cw_close(w, "ram:InvoiceReferencedDocument");
	}
	w->where[0] = '\0';
}

/* Writes the MINIMUM settlement: currency and the four totals only. */
static void minimum_settlement(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	const fx_payment *p = &inv->payment;
	fx_cw_allow(w, P_WL, fx_cw_has(p->creditor_id), "BT-90 bank assigned creditor identifier");
	fx_cw_allow(w, P_WL, fx_cw_has(p->remittance_info), "BT-83 remittance information");
	fx_cw_allow(w, P_WL, fx_cw_has(inv->tax_currency), "BT-6 VAT accounting currency code");
	fx_cw_text(w, "ram:InvoiceCurrencyCode", inv->currency);
	fx_cw_payee(w);
	fx_cw_payment_means(w);
	fx_cw_allow(w, P_WL, inv->n_vat_breakdown > 0, "BG-23 VAT breakdown");
	fx_cw_allow(w, P_WL, !fx_date_is_absent(inv->tax_point_date), "BT-7 VAT point date");
	fx_cw_allow(w, P_WL, fx_cw_has(inv->tax_point_date_code), "BT-8 VAT point date code");
	fx_cw_allow(w, P_WL,
	            !fx_date_is_absent(inv->period.start) || !fx_date_is_absent(inv->period.end),
	            "BG-14 invoicing period");
	fx_cw_allow(w, P_WL, inv->n_allowances_charges > 0,
	            "BG-20/BG-21 document level allowances and charges");
	fx_cw_payment_terms(w);
	fx_cw_totals(w);
	fx_cw_allow(w, P_WL, inv->n_preceding_invoices > 0, "BG-3 preceding invoice reference");
	fx_cw_allow(w, P_WL, fx_cw_has(inv->buyer_accounting_ref),
	            "BT-19 buyer accounting reference");
	fx_cw_financial_adjustments(w);
	fx_cw_advance_payments(w);
}

/* Writes ram:ApplicableHeaderTradeSettlement. */
void fx_cw_settlement(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	const fx_payment *p = &inv->payment;
	fx_cw_require(w, fx_cw_has(inv->currency), "BT-5 invoice currency code");
	fx_cw_open(w, "ram:ApplicableHeaderTradeSettlement");
	if (w->profile == P_MIN) {
		minimum_settlement(w);
		fx_cw_close(w, "ram:ApplicableHeaderTradeSettlement");
		return;
	}
	if (fx_cw_has(p->creditor_id))
		fx_cw_text(w, "ram:CreditorReferenceID", p->creditor_id);
	if (fx_cw_has(p->remittance_info))
		fx_cw_text(w, "ram:PaymentReference", p->remittance_info);
	if (fx_cw_has(inv->tax_currency))
		fx_cw_text(w, "ram:TaxCurrencyCode", inv->tax_currency);
	fx_cw_text(w, "ram:InvoiceCurrencyCode", inv->currency);
	fx_cw_payee(w);
	fx_cw_payment_means(w);
	vat_breakdowns(w);
	if (!fx_date_is_absent(inv->period.start) || !fx_date_is_absent(inv->period.end))
		fx_cw_period(w, &inv->period);
	document_allowances(w);
	fx_cw_payment_terms(w);
	fx_cw_totals(w);
	fx_cw_financial_adjustments(w);
	preceding_invoices(w);
	if (fx_cw_has(inv->buyer_accounting_ref)) {
		fx_cw_open(w, "ram:ReceivableSpecifiedTradeAccountingAccount");
		fx_cw_text(w, "ram:ID", inv->buyer_accounting_ref);
		fx_cw_close(w, "ram:ReceivableSpecifiedTradeAccountingAccount");
	}
	fx_cw_advance_payments(w);
	fx_cw_close(w, "ram:ApplicableHeaderTradeSettlement");
}
