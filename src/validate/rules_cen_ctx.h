/*
 * Internal: the CII paths shared by the rule tables (absolute, so that a
 * context never walks the whole tree), and the contexts of the CEN
 * EN 16931 rules. Reuse these strings: identical contexts are evaluated once.
 */
#ifndef FX_VALIDATE_RULES_CEN_CTX_H
#define FX_VALIDATE_RULES_CEN_CTX_H

/* The document and its main parts. */
#define FX_ROOT "/rsm:CrossIndustryInvoice"
#define FX_TX FX_ROOT "/rsm:SupplyChainTradeTransaction"
#define FX_HA FX_TX "/ram:ApplicableHeaderTradeAgreement"
#define FX_HD FX_TX "/ram:ApplicableHeaderTradeDelivery"
#define FX_HS FX_TX "/ram:ApplicableHeaderTradeSettlement"
#define FX_LINE FX_TX "/ram:IncludedSupplyChainTradeLineItem"
#define FX_TOTALS FX_HS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
#define FX_INVOICE_CURRENCY FX_HS "/ram:InvoiceCurrencyCode"
#define FX_TAX_CURRENCY FX_HS "/ram:TaxCurrencyCode"

/* An allowance/charge whose indicator reads as xs:boolean false / true
 * (what the artefacts' "udt:Indicator = false()" means). */
#define FX_IS_ALLOWANCE                                                                            \
	"[normalize-space(ram:ChargeIndicator/udt:Indicator) = 'false' or "                        \
	"normalize-space(ram:ChargeIndicator/udt:Indicator) = '0']"
#define FX_IS_CHARGE                                                                               \
	"[normalize-space(ram:ChargeIndicator/udt:Indicator) = 'true' or "                         \
	"normalize-space(ram:ChargeIndicator/udt:Indicator) = '1']"

/* The parts of the transaction as the artefacts' "//ram:..." contexts find
 * them: under any root and transaction element (so that a document whose
 * rsm namespace is wrong still gets the line, total, ... rules, as with the
 * artefacts), without walking the whole tree. */
#define FX_ANY_HA "/*/*/ram:ApplicableHeaderTradeAgreement"
#define FX_ANY_HS "/*/*/ram:ApplicableHeaderTradeSettlement"
#define FX_ANY_LINE "/*/*/ram:IncludedSupplyChainTradeLineItem"
#define FX_ANY_TOTALS FX_ANY_HS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"

/* The contexts of the CEN EN 16931 model rules (EN16931-CII-model). */
#define FX_CTX_INVOICE FX_ROOT
#define FX_CTX_TOTALS FX_ANY_TOTALS
#define FX_CTX_TAX_TOTAL FX_ANY_TOTALS "/ram:TaxTotalAmount[@currencyID = " FX_INVOICE_CURRENCY "]"
#define FX_CTX_LINE FX_ANY_LINE
#define FX_CTX_LINE_PERIOD                                                                         \
	FX_ANY_LINE "/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod"
#define FX_CTX_INVOICE_PERIOD FX_ANY_HS "/ram:BillingSpecifiedPeriod"
#define FX_CTX_PAYEE FX_ANY_HS "/ram:PayeeTradeParty"
#define FX_CTX_SELLER FX_ANY_HA "/ram:SellerTradeParty"
#define FX_CTX_TAX_REPRESENTATIVE FX_ANY_HA "/ram:SellerTaxRepresentativeTradeParty"
#define FX_CTX_DOC_ALLOWANCES                                                                      \
	FX_ANY_HS "/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = "        \
	          "'false']"
#define FX_CTX_DOC_CHARGES                                                                         \
	FX_ANY_HS "/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'true']"
#define FX_CTX_LINE_ALLOWANCES                                                                     \
	FX_ANY_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/"         \
	            "ram:ChargeIndicator[udt:Indicator = 'false']"
#define FX_CTX_LINE_CHARGES                                                                        \
	FX_ANY_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/"         \
	            "ram:ChargeIndicator[udt:Indicator = 'true']"
#define FX_CTX_PAYMENT_MEANS FX_ANY_HS "/ram:SpecifiedTradeSettlementPaymentMeans"
#define FX_CTX_CREDIT_TRANSFER                                                                     \
	FX_CTX_PAYMENT_MEANS "[ram:TypeCode = '30' or ram:TypeCode = '58']"                        \
	                     "/ram:PayeePartyCreditorFinancialAccount"
#define FX_CTX_CARD FX_CTX_PAYMENT_MEANS "/ram:ApplicableTradeSettlementFinancialCard"
#define FX_CTX_SUPPORTING_DOCUMENTS "//ram:AdditionalReferencedDocument"
#define FX_CTX_ITEM_ATTRIBUTES                                                                     \
	FX_ANY_LINE "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic"
#define FX_CTX_ITEM_CLASSIFICATION                                                                 \
	FX_ANY_LINE "/ram:SpecifiedTradeProduct/ram:DesignatedProductClassification"
#define FX_CTX_VAT_IDENTIFIERS "//ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']"
#define FX_CTX_DELIVERY FX_HD
#define FX_CTX_PRECEDING_INVOICE FX_HS "/ram:InvoiceReferencedDocument"

/* The VAT breakdown (BG-23) as the artefacts' last rule of the pattern
 * sees it: the breakdowns of category L, M and O with type VAT are taken by
 * the earlier IGIC / IPSI / not-subject rules, so the BG-23 checks (BR-45..48,
 * BR-CO-03, BR-CO-17, BR-DEC-19/20) never run on them. */
#define FX_CTX_VAT_BREAKDOWN                                                                       \
	FX_ANY_HS                                                                                  \
	"/ram:ApplicableTradeTax[not((ram:CategoryCode = 'L' or ram:CategoryCode = 'M' or "        \
	"ram:CategoryCode = 'O') and fx:upper(ram:TypeCode) = 'VAT')]"

#endif
