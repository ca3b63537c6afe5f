/*
 * Reading the header trade settlement: currencies, payee, payment
 * instructions and terms, invoicing period, preceding invoices.
 */
#include "cii/read_parts.h"

#include "core/error.h"

/* Reads the BG-17 account of one payment means, if it has one. */
static int read_credit_transfer(fx_cii_reader *r, const xmlNode *pm)
{
	xmlNode *acc = fx_cii_find(pm, "ram:PayeePartyCreditorFinancialAccount");
	xmlNode *inst = fx_cii_find(pm, "ram:PayeeSpecifiedCreditorFinancialInstitution");
	if (!acc && !inst)
		return FX_OK;
	fx_credit_transfer tmp = {0};
	FX_CII_TRY(
	    fx_cii_text(r, acc, "ram:IBANID", "BT-84 payment account identifier", &tmp.account_id));
	if (!tmp.account_id)
		FX_CII_TRY(fx_cii_text(r, acc, "ram:ProprietaryID",
		                       "BT-84 payment account identifier", &tmp.account_id));
	FX_CII_TRY(fx_cii_text(r, acc, "ram:AccountName", "BT-85 payment account name",
	                       &tmp.account_name));
	FX_CII_TRY(fx_cii_text(r, inst, "ram:BICID", "BT-86 payment service provider identifier",
	                       &tmp.bic));
	fx_credit_transfer *ct;
	FX_CII_TRY(fx_invoice_add_credit_transfer(r->inv, &ct));
	*ct = tmp;
	return FX_OK;
}

/* Reads every payment means: the first code and text are BT-81/BT-82,
 * each creditor account is a BG-17, card (BG-18) and debited account
 * (BT-91) come from the first means giving them. */
static int read_payment_means(fx_cii_reader *r, const xmlNode *set)
{
	fx_payment *p = &r->inv->payment;
	for (xmlNode *pm = fx_cii_find(set, "ram:SpecifiedTradeSettlementPaymentMeans"); pm;
	     pm = fx_cii_next(pm)) {
		if (!p->means_code)
			FX_CII_TRY(fx_cii_text(r, pm, "ram:TypeCode",
			                       "BT-81 payment means type code", &p->means_code));
		if (!p->means_text)
			FX_CII_TRY(fx_cii_text(r, pm, "ram:Information", "BT-82 payment means text",
			                       &p->means_text));
		xmlNode *card = fx_cii_find(pm, "ram:ApplicableTradeSettlementFinancialCard");
		if (card && !p->card_pan) {
			FX_CII_TRY(fx_cii_text(r, card, "ram:ID",
			                       "BT-87 payment card primary account number",
			                       &p->card_pan));
			FX_CII_TRY(fx_cii_text(r, card, "ram:CardholderName",
			                       "BT-88 payment card holder name", &p->card_holder));
		}
		if (!p->debited_account)
			FX_CII_TRY(
			    fx_cii_text(r, pm, "ram:PayerPartyDebtorFinancialAccount/ram:IBANID",
			                "BT-91 debited account identifier", &p->debited_account));
		FX_CII_TRY(read_credit_transfer(r, pm));
	}
	return FX_OK;
}

/* Reads the payment terms; with several (EXTENDED), the first giving each
 * value wins. */
static int read_payment_terms(fx_cii_reader *r, const xmlNode *set)
{
	fx_invoice *inv = r->inv;
	for (xmlNode *t = fx_cii_find(set, "ram:SpecifiedTradePaymentTerms"); t;
	     t = fx_cii_next(t)) {
		if (!inv->payment_terms)
			FX_CII_TRY(fx_cii_text(r, t, "ram:Description", "BT-20 payment terms",
			                       &inv->payment_terms));
		if (fx_date_is_absent(inv->due_date))
			FX_CII_TRY(fx_cii_date(r, t, "ram:DueDateDateTime/udt:DateTimeString",
			                       "BT-9 payment due date", &inv->due_date));
		if (!inv->payment.mandate_id)
			FX_CII_TRY(fx_cii_text(r, t, "ram:DirectDebitMandateID",
			                       "BT-89 mandate reference identifier",
			                       &inv->payment.mandate_id));
	}
	return FX_OK;
}

/* Reads the BG-3 preceding invoice references. */
static int read_preceding_invoices(fx_cii_reader *r, const xmlNode *set)
{
	for (xmlNode *d = fx_cii_find(set, "ram:InvoiceReferencedDocument"); d;
	     d = fx_cii_next(d)) {
		fx_preceding_invoice tmp = {0};
		FX_CII_TRY(fx_cii_text(r, d, "ram:IssuerAssignedID",
		                       "BT-25 preceding invoice reference", &tmp.number));
		FX_CII_TRY(fx_cii_date(r, d, "ram:FormattedIssueDateTime/qdt:DateTimeString",
		                       "BT-26 preceding invoice issue date", &tmp.date));
		FX_CII_TRY(fx_cii_text(r, d, "ram:TypeCode", "preceding invoice type code",
		                       &tmp.type_code));
		fx_preceding_invoice *pi;
		FX_CII_TRY(fx_invoice_add_preceding_invoice(r->inv, &pi));
		*pi = tmp;
	}
	return FX_OK;
}

/* Reads the header trade settlement. */
int fx_cii_read_settlement(fx_cii_reader *r, const xmlNode *node)
{
	fx_invoice *inv = r->inv;
	if (!node)
		return FX_OK;
	FX_CII_TRY(fx_cii_text(r, node, "ram:CreditorReferenceID",
	                       "BT-90 bank assigned creditor identifier",
	                       &inv->payment.creditor_id));
	FX_CII_TRY(fx_cii_text(r, node, "ram:PaymentReference", "BT-83 remittance information",
	                       &inv->payment.remittance_info));
	FX_CII_TRY(fx_cii_text(r, node, "ram:TaxCurrencyCode", "BT-6 VAT accounting currency code",
	                       &inv->tax_currency));
	FX_CII_TRY(fx_cii_text(r, node, "ram:InvoiceCurrencyCode", "BT-5 invoice currency code",
	                       &inv->currency));
	FX_CII_TRY(fx_cii_read_payee(r, fx_cii_find(node, "ram:PayeeTradeParty")));
	FX_CII_TRY(read_payment_means(r, node));
	FX_CII_TRY(fx_cii_date(r, node,
	                       "ram:BillingSpecifiedPeriod/ram:StartDateTime/"
	                       "udt:DateTimeString",
	                       "BT-73 invoicing period start date", &inv->period.start));
	FX_CII_TRY(fx_cii_date(r, node,
	                       "ram:BillingSpecifiedPeriod/ram:EndDateTime/"
	                       "udt:DateTimeString",
	                       "BT-74 invoicing period end date", &inv->period.end));
	FX_CII_TRY(read_payment_terms(r, node));
	FX_CII_TRY(read_preceding_invoices(r, node));
	FX_CII_TRY(fx_cii_text(r, node, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID",
	                       "BT-19 buyer accounting reference", &inv->buyer_accounting_ref));
	FX_CII_TRY(fx_cii_read_tax_and_totals(r, node));
	return fx_cii_read_extended(r, node);
}
