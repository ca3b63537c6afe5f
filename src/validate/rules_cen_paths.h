/*
 * Internal: absolute XPath 1.0 paths of the CII invoice parts used by the
 * EN 16931 tables of the VAT categories, code lists, CII-SR and CII-DT
 * families (h2). Contexts and tests use these absolute paths instead of the
 * official artefacts' `//` steps (same nodes in a CII invoice, no walk of
 * the whole tree).
 */
#ifndef FX_VALIDATE_RULES_CEN_PATHS_H
#define FX_VALIDATE_RULES_CEN_PATHS_H

#define CII_INV "/rsm:CrossIndustryInvoice"
#define CII_CTX CII_INV "/rsm:ExchangedDocumentContext"
#define CII_DOC CII_INV "/rsm:ExchangedDocument"
#define CII_TX CII_INV "/rsm:SupplyChainTradeTransaction"
#define CII_LINE CII_TX "/ram:IncludedSupplyChainTradeLineItem"
#define CII_AGR CII_TX "/ram:ApplicableHeaderTradeAgreement"
#define CII_DLV CII_TX "/ram:ApplicableHeaderTradeDelivery"
#define CII_SET CII_TX "/ram:ApplicableHeaderTradeSettlement"
#define CII_SUM CII_SET "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"

/* Line parts. */
#define CII_LINE_AGR CII_LINE "/ram:SpecifiedLineTradeAgreement"
#define CII_LINE_DLV CII_LINE "/ram:SpecifiedLineTradeDelivery"
#define CII_LINE_SET CII_LINE "/ram:SpecifiedLineTradeSettlement"
#define CII_LINE_PRODUCT CII_LINE "/ram:SpecifiedTradeProduct"

/* The header parts and the lines whatever the root and transaction
 * elements are (the artefacts reach them with `//ram:...` or with match
 * patterns that ignore the rsm elements, which still match when the rsm
 * namespace is wrong); no deeper search than the CII structure. */
#define CII_ANY_TX "/*/*"
#define CII_R_AGR CII_ANY_TX "/ram:ApplicableHeaderTradeAgreement"
#define CII_R_DLV CII_ANY_TX "/ram:ApplicableHeaderTradeDelivery"
#define CII_R_SET CII_ANY_TX "/ram:ApplicableHeaderTradeSettlement"
#define CII_R_LINE CII_ANY_TX "/ram:IncludedSupplyChainTradeLineItem"
#define CII_R_LINE_SET CII_R_LINE "/ram:SpecifiedLineTradeSettlement"
#define CII_R_LINE_AGR CII_R_LINE "/ram:SpecifiedLineTradeAgreement"
#define CII_R_LINE_PRODUCT CII_R_LINE "/ram:SpecifiedTradeProduct"

/* VAT groups: breakdowns (BG-23), line VAT (BG-30). */
#define CII_HDR_TAX CII_SET "/ram:ApplicableTradeTax"
#define CII_LINE_TAX CII_LINE_SET "/ram:ApplicableTradeTax"
#define CII_R_HDR_TAX CII_R_SET "/ram:ApplicableTradeTax"
#define CII_R_LINE_TAX CII_R_LINE_SET "/ram:ApplicableTradeTax"

/* Allowances and charges of the document and of the lines (the official
 * `//ram:SpecifiedTradeAllowanceCharge`). */
#define CII_DOC_AC CII_R_SET "/ram:SpecifiedTradeAllowanceCharge"
#define CII_LINE_AC CII_R_LINE_SET "/ram:SpecifiedTradeAllowanceCharge"
#define CII_ANY_AC "(" CII_DOC_AC " | " CII_LINE_AC ")"
/* Price discount of a line (BT-147). */
#define CII_PRICE_AC                                                                               \
	CII_R_LINE_AGR "/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge"

/* Every ram:CategoryTradeTax (the official `//ram:CategoryTradeTax`). */
#define CII_ANY_AC_TAX                                                                             \
	"(" CII_DOC_AC "/ram:CategoryTradeTax | " CII_LINE_AC                                      \
	"/ram:CategoryTradeTax | " CII_PRICE_AC "/ram:CategoryTradeTax)"

/* Predicates on an allowance/charge: XPath 2.0 compares udt:Indicator with
 * false()/true() after casting its text to xs:boolean ("false"/"0",
 * "true"/"1", white space collapsed). */
#define CII_IS_ALLOWANCE                                                                           \
	"ram:ChargeIndicator/udt:Indicator[normalize-space(.) = 'false' or normalize-space(.) = "  \
	"'0']"
#define CII_IS_CHARGE                                                                              \
	"ram:ChargeIndicator/udt:Indicator[normalize-space(.) = 'true' or normalize-space(.) = "   \
	"'1']"

/* The VAT type code test of the artefacts, upper-case(ram:TypeCode) = 'VAT'. */
#define CII_TYPE_IS_VAT "translate(ram:TypeCode, 'vat', 'VAT') = 'VAT'"

#endif
