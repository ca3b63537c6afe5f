/*
 * Reading the EXTENDED header settlement data works invoices use:
 * advance payments (ram:SpecifiedAdvancePayment) and financial
 * adjustments (ram:SpecifiedFinancialAdjustment).
 */
#include "cii/read_parts.h"

#include "core/error.h"

/* Reads the trade taxes included in one advance payment. */
static int read_advance_taxes(fx_cii_reader *r, const xmlNode *node, fx_advance_payment *ap)
{
	for (xmlNode *t = fx_cii_find(node, "ram:IncludedTradeTax"); t; t = fx_cii_next(t)) {
		fx_advance_payment_tax tmp = {0};
		FX_CII_TRY(fx_cii_decimal(r, t, "ram:CalculatedAmount",
		                          "advance payment included VAT amount", &tmp.tax_amount));
		FX_CII_TRY(fx_cii_text(r, t, "ram:CategoryCode", "advance payment VAT category",
		                       &tmp.category));
		FX_CII_TRY(fx_cii_decimal(r, t, "ram:RateApplicablePercent",
		                          "advance payment VAT rate", &tmp.rate));
		fx_advance_payment_tax *tax;
		FX_CII_TRY(fx_advance_payment_add_tax(r->inv, ap, &tax));
		*tax = tmp;
	}
	return FX_OK;
}

/* Reads one advance payment. */
static int read_advance_payment(fx_cii_reader *r, const xmlNode *node)
{
	fx_advance_payment tmp = {0};
	FX_CII_TRY(fx_cii_decimal(r, node, "ram:PaidAmount", "advance payment paid amount",
	                          &tmp.paid_amount));
	FX_CII_TRY(fx_cii_date(r, node, "ram:FormattedReceivedDateTime/qdt:DateTimeString",
	                       "advance payment received date", &tmp.received_date));
	xmlNode *ref = fx_cii_find(node, "ram:InvoiceSpecifiedReferencedDocument");
	FX_CII_TRY(fx_cii_text(r, ref, "ram:IssuerAssignedID", "advance payment invoice reference",
	                       &tmp.invoice_ref));
	FX_CII_TRY(fx_cii_date(r, ref, "ram:FormattedIssueDateTime/qdt:DateTimeString",
	                       "advance payment invoice date", &tmp.invoice_ref_date));
	fx_advance_payment *ap;
	FX_CII_TRY(fx_invoice_add_advance_payment(r->inv, &ap));
	*ap = tmp;
	return read_advance_taxes(r, node, ap);
}

/* Reads one financial adjustment. */
static int read_adjustment(fx_cii_reader *r, const xmlNode *node)
{
	fx_financial_adjustment tmp = {0};
	FX_CII_TRY(fx_cii_text(r, node, "ram:ReasonCode", "financial adjustment reason code",
	                       &tmp.reason_code));
	FX_CII_TRY(fx_cii_text(r, node, "ram:Reason", "financial adjustment reason", &tmp.reason));
	FX_CII_TRY(fx_cii_decimal(r, node, "ram:ActualAmount", "financial adjustment amount",
	                          &tmp.amount));
	fx_financial_adjustment *fa;
	FX_CII_TRY(fx_invoice_add_financial_adjustment(r->inv, &fa));
	*fa = tmp;
	return FX_OK;
}

/* Reads advance payments and financial adjustments. */
int fx_cii_read_extended(fx_cii_reader *r, const xmlNode *node)
{
	for (xmlNode *a = fx_cii_find(node, "ram:SpecifiedAdvancePayment"); a; a = fx_cii_next(a))
		FX_CII_TRY(read_advance_payment(r, a));
	for (xmlNode *f = fx_cii_find(node, "ram:SpecifiedFinancialAdjustment"); f;
	     f = fx_cii_next(f))
		FX_CII_TRY(read_adjustment(r, f));
	return FX_OK;
}
