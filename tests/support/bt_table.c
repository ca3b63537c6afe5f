/*
 * Test support: every EN 16931 business term (and the EXTENDED advance
 * payments and financial adjustments) with its place in CII D16B, the
 * inverse of the EN 16931-3-3 syntax binding. Repeated groups are listed
 * with the XPath selecting their instances and the terms that pair them.
 */
#include "bt_table.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

#define CTX "rsm:ExchangedDocumentContext/"
#define DOC "rsm:ExchangedDocument/"
#define TX "rsm:SupplyChainTradeTransaction/"
#define AGR TX "ram:ApplicableHeaderTradeAgreement/"
#define DEL TX "ram:ApplicableHeaderTradeDelivery/"
#define SET TX "ram:ApplicableHeaderTradeSettlement/"
#define SELLER AGR "ram:SellerTradeParty/"
#define BUYER AGR "ram:BuyerTradeParty/"
#define TAXREP AGR "ram:SellerTaxRepresentativeTradeParty/"
#define PAYEE SET "ram:PayeeTradeParty/"
#define SHIPTO DEL "ram:ShipToTradeParty/"
#define SUM SET "ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
#define TERMS SET "ram:SpecifiedTradePaymentTerms/"
#define DTS "/udt:DateTimeString"

/* clang-format off */
/* The seven terms of a postal address under party path p. */
#define ADDRESS(p, l1, l2, l3, city, pc, sub, country)                                             \
	{l1, p "ram:PostalTradeAddress/ram:LineOne", FX_BT_TEXT},                                  \
	{l2, p "ram:PostalTradeAddress/ram:LineTwo", FX_BT_TEXT},                                  \
	{l3, p "ram:PostalTradeAddress/ram:LineThree", FX_BT_TEXT},                                \
	{city, p "ram:PostalTradeAddress/ram:CityName", FX_BT_TEXT},                               \
	{pc, p "ram:PostalTradeAddress/ram:PostcodeCode", FX_BT_CODE},                             \
	{sub, p "ram:PostalTradeAddress/ram:CountrySubDivisionName", FX_BT_TEXT},                  \
	{country, p "ram:PostalTradeAddress/ram:CountryID", FX_BT_CODE}

/* The four terms of a contact under party path p (BT-41 is the person
 * name or the department). */
#define CONTACT(p, name, phone, email)                                                             \
	{name, p "ram:DefinedTradeContact/ram:PersonName", FX_BT_TEXT},                            \
	{name " (department)", p "ram:DefinedTradeContact/ram:DepartmentName", FX_BT_TEXT},        \
	{phone, p "ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/"                   \
		  "ram:CompleteNumber", FX_BT_CODE},                                               \
	{email, p "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID",          \
	 FX_BT_CODE}
/* clang-format on */

/* The document level terms (BT-1 .. BT-115 outside repeated groups). */
static const fx_bt_field document_fields[] = {
    {"BT-1", DOC "ram:ID", FX_BT_CODE},
    {"BT-2", DOC "ram:IssueDateTime" DTS, FX_BT_DATE},
    {"BT-3", DOC "ram:TypeCode", FX_BT_CODE},
    {"BT-5", SET "ram:InvoiceCurrencyCode", FX_BT_CODE},
    {"BT-6", SET "ram:TaxCurrencyCode", FX_BT_CODE},
    {"BT-9", TERMS "ram:DueDateDateTime" DTS, FX_BT_DATE},
    {"BT-10", AGR "ram:BuyerReference", FX_BT_CODE},
    {"BT-11", AGR "ram:SpecifiedProcuringProject/ram:ID", FX_BT_CODE},
    {"BT-11 name", AGR "ram:SpecifiedProcuringProject/ram:Name", FX_BT_TEXT},
    {"BT-12", AGR "ram:ContractReferencedDocument/ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-13", AGR "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-14", AGR "ram:SellerOrderReferencedDocument/ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-15", DEL "ram:ReceivingAdviceReferencedDocument/ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-16", DEL "ram:DespatchAdviceReferencedDocument/ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-17", AGR "ram:AdditionalReferencedDocument[ram:TypeCode='50']/ram:IssuerAssignedID",
     FX_BT_CODE},
    {"BT-18", AGR "ram:AdditionalReferencedDocument[ram:TypeCode='130']/ram:IssuerAssignedID",
     FX_BT_CODE},
    {"BT-18-1", AGR "ram:AdditionalReferencedDocument[ram:TypeCode='130']/ram:ReferenceTypeCode",
     FX_BT_CODE},
    {"BT-19", SET "ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID", FX_BT_CODE},
    {"BT-20", TERMS "ram:Description", FX_BT_TEXT},
    {"BT-23", CTX "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", FX_BT_CODE},
    {"BT-24", CTX "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID", FX_BT_CODE},
    /* BG-4 seller */
    {"BT-27", SELLER "ram:Name", FX_BT_TEXT},
    {"BT-28", SELLER "ram:SpecifiedLegalOrganization/ram:TradingBusinessName", FX_BT_TEXT},
    {"BT-30", SELLER "ram:SpecifiedLegalOrganization/ram:ID", FX_BT_CODE},
    {"BT-30-1", SELLER "ram:SpecifiedLegalOrganization/ram:ID/@schemeID", FX_BT_CODE},
    {"BT-31", SELLER "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']", FX_BT_CODE},
    {"BT-32", SELLER "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='FC']", FX_BT_CODE},
    {"BT-33", SELLER "ram:Description", FX_BT_TEXT},
    {"BT-34", SELLER "ram:URIUniversalCommunication/ram:URIID", FX_BT_CODE},
    {"BT-34-1", SELLER "ram:URIUniversalCommunication/ram:URIID/@schemeID", FX_BT_CODE},
    ADDRESS(SELLER, "BT-35", "BT-36", "BT-162", "BT-37", "BT-38", "BT-39", "BT-40"),
    CONTACT(SELLER, "BT-41", "BT-42", "BT-43"),
    /* BG-7 buyer */
    {"BT-44", BUYER "ram:Name", FX_BT_TEXT},
    {"BT-45", BUYER "ram:SpecifiedLegalOrganization/ram:TradingBusinessName", FX_BT_TEXT},
    {"BT-47", BUYER "ram:SpecifiedLegalOrganization/ram:ID", FX_BT_CODE},
    {"BT-47-1", BUYER "ram:SpecifiedLegalOrganization/ram:ID/@schemeID", FX_BT_CODE},
    {"BT-48", BUYER "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']", FX_BT_CODE},
    {"BT-49", BUYER "ram:URIUniversalCommunication/ram:URIID", FX_BT_CODE},
    {"BT-49-1", BUYER "ram:URIUniversalCommunication/ram:URIID/@schemeID", FX_BT_CODE},
    ADDRESS(BUYER, "BT-50", "BT-51", "BT-163", "BT-52", "BT-53", "BT-54", "BT-55"),
    CONTACT(BUYER, "BT-56", "BT-57", "BT-58"),
    /* BG-10 payee */
    {"BT-59", PAYEE "ram:Name", FX_BT_TEXT},
    {"BT-60", PAYEE "ram:ID | " PAYEE "ram:GlobalID", FX_BT_CODE},
    {"BT-60-1", PAYEE "ram:GlobalID/@schemeID", FX_BT_CODE},
    {"BT-61", PAYEE "ram:SpecifiedLegalOrganization/ram:ID", FX_BT_CODE},
    {"BT-61-1", PAYEE "ram:SpecifiedLegalOrganization/ram:ID/@schemeID", FX_BT_CODE},
    /* BG-11 seller tax representative */
    {"BT-62", TAXREP "ram:Name", FX_BT_TEXT},
    {"BT-63", TAXREP "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']", FX_BT_CODE},
    ADDRESS(TAXREP, "BT-64", "BT-65", "BT-164", "BT-66", "BT-67", "BT-68", "BT-69"),
    /* BG-13 delivery, BG-14 period */
    {"BT-70", SHIPTO "ram:Name", FX_BT_TEXT},
    {"BT-71", SHIPTO "ram:ID | " SHIPTO "ram:GlobalID", FX_BT_CODE},
    {"BT-71-1", SHIPTO "ram:GlobalID/@schemeID", FX_BT_CODE},
    {"BT-72", DEL "ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime" DTS, FX_BT_DATE},
    {"BT-73", SET "ram:BillingSpecifiedPeriod/ram:StartDateTime" DTS, FX_BT_DATE},
    {"BT-74", SET "ram:BillingSpecifiedPeriod/ram:EndDateTime" DTS, FX_BT_DATE},
    ADDRESS(SHIPTO, "BT-75", "BT-76", "BT-165", "BT-77", "BT-78", "BT-79", "BT-80"),
    /* BG-16 payment instructions outside the payment means */
    {"BT-83", SET "ram:PaymentReference", FX_BT_CODE},
    {"BT-89", TERMS "ram:DirectDebitMandateID", FX_BT_CODE},
    {"BT-90", SET "ram:CreditorReferenceID", FX_BT_CODE},
    /* BG-22 totals */
    {"BT-106", SUM "ram:LineTotalAmount", FX_BT_DECIMAL},
    {"BT-107", SUM "ram:AllowanceTotalAmount", FX_BT_DECIMAL},
    {"BT-108", SUM "ram:ChargeTotalAmount", FX_BT_DECIMAL},
    {"BT-109", SUM "ram:TaxBasisTotalAmount", FX_BT_DECIMAL},
    {"BT-110",
     SUM "ram:TaxTotalAmount[not(@currencyID) or @currencyID = "
         "string(../../ram:InvoiceCurrencyCode)]",
     FX_BT_DECIMAL},
    {"BT-110-1",
     SUM "ram:TaxTotalAmount[@currencyID = string(../../ram:InvoiceCurrencyCode)]/@currencyID",
     FX_BT_CODE},
    {"BT-111", SUM "ram:TaxTotalAmount[@currencyID != string(../../ram:InvoiceCurrencyCode)]",
     FX_BT_DECIMAL},
    {"BT-111-1",
     SUM "ram:TaxTotalAmount[@currencyID != string(../../ram:InvoiceCurrencyCode)]/@currencyID",
     FX_BT_CODE},
    {"BT-112", SUM "ram:GrandTotalAmount", FX_BT_DECIMAL},
    {"BT-113", SUM "ram:TotalPrepaidAmount", FX_BT_DECIMAL},
    {"BT-114", SUM "ram:RoundingAmount", FX_BT_DECIMAL},
    {"BT-115", SUM "ram:DuePayableAmount", FX_BT_DECIMAL},
};

/* BG-1 invoice note. */
static const fx_bt_field note_fields[] = {
    {"BT-21", "ram:SubjectCode", FX_BT_CODE},
    {"BT-22", "ram:Content", FX_BT_TEXT},
};

/* BT-29 / BT-46 party identifier (ram:ID, or ram:GlobalID with a scheme). */
static const fx_bt_field seller_id_fields[] = {
    {"BT-29", ".", FX_BT_CODE},
    {"BT-29-1", "@schemeID", FX_BT_CODE},
    {"BT-29 element", "local-name(.)", FX_BT_CODE},
};
static const fx_bt_field buyer_id_fields[] = {
    {"BT-46", ".", FX_BT_CODE},
    {"BT-46-1", "@schemeID", FX_BT_CODE},
    {"BT-46 element", "local-name(.)", FX_BT_CODE},
};

/* BG-16 payment means (one per account in CII) with BG-17, BG-18, BT-91. */
static const fx_bt_field payment_means_fields[] = {
    {"BT-81", "ram:TypeCode", FX_BT_CODE},
    {"BT-82", "ram:Information", FX_BT_TEXT},
    {"BT-84",
     "ram:PayeePartyCreditorFinancialAccount/ram:IBANID | "
     "ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID",
     FX_BT_CODE},
    {"BT-85", "ram:PayeePartyCreditorFinancialAccount/ram:AccountName", FX_BT_TEXT},
    {"BT-86", "ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID", FX_BT_CODE},
    {"BT-87", "ram:ApplicableTradeSettlementFinancialCard/ram:ID", FX_BT_CODE},
    {"BT-88", "ram:ApplicableTradeSettlementFinancialCard/ram:CardholderName", FX_BT_TEXT},
    {"BT-91", "ram:PayerPartyDebtorFinancialAccount/ram:IBANID", FX_BT_CODE},
};

/* BG-20 / BG-21 document allowance or charge (BT-92..98 / BT-99..105). */
static const fx_bt_field doc_allowance_fields[] = {
    {"charge indicator", "ram:ChargeIndicator/udt:Indicator", FX_BT_CODE},
    {"BT-92/99 amount", "ram:ActualAmount", FX_BT_DECIMAL},
    {"BT-93/100 base amount", "ram:BasisAmount", FX_BT_DECIMAL},
    {"BT-94/101 percentage", "ram:CalculationPercent", FX_BT_DECIMAL},
    {"BT-95/102 VAT category", "ram:CategoryTradeTax/ram:CategoryCode", FX_BT_CODE},
    {"BT-96/103 VAT rate", "ram:CategoryTradeTax/ram:RateApplicablePercent", FX_BT_DECIMAL},
    {"BT-97/104 reason", "ram:Reason", FX_BT_TEXT},
    {"BT-98/105 reason code", "ram:ReasonCode", FX_BT_CODE},
};

/* BG-23 VAT breakdown, with BT-7 and BT-8 that CII carries here. */
static const fx_bt_field vat_fields[] = {
    {"BT-116", "ram:BasisAmount", FX_BT_DECIMAL},
    {"BT-117", "ram:CalculatedAmount", FX_BT_DECIMAL},
    {"BT-118", "ram:CategoryCode", FX_BT_CODE},
    {"BT-119", "ram:RateApplicablePercent", FX_BT_DECIMAL},
    {"BT-120", "ram:ExemptionReason", FX_BT_TEXT},
    {"BT-121", "ram:ExemptionReasonCode", FX_BT_CODE},
    {"BT-7", "ram:TaxPointDate/udt:DateString", FX_BT_DATE},
    {"BT-8", "ram:DueDateTypeCode", FX_BT_CODE},
    {"tax type", "ram:TypeCode", FX_BT_CODE},
};

/* BG-24 additional supporting document (the AdditionalReferencedDocument
 * elements that are not BT-17 nor BT-18; Factur-X requires TypeCode 916). */
static const fx_bt_field attachment_fields[] = {
    {"BG-24 TypeCode", "ram:TypeCode", FX_BT_CODE},
    {"BT-122", "ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-123", "ram:Name", FX_BT_TEXT},
    {"BT-124", "ram:URIID", FX_BT_CODE},
    {"BT-125", "ram:AttachmentBinaryObject", FX_BT_BINARY},
    {"BT-125-1", "ram:AttachmentBinaryObject/@mimeCode", FX_BT_CODE},
    {"BT-125-2", "ram:AttachmentBinaryObject/@filename", FX_BT_CODE},
};

/* BG-3 preceding invoice reference. */
static const fx_bt_field preceding_fields[] = {
    {"BT-25", "ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-26", "ram:FormattedIssueDateTime/qdt:DateTimeString", FX_BT_DATE},
    {"BG-3 type code", "ram:TypeCode", FX_BT_CODE},
};

#define LAGR "ram:SpecifiedLineTradeAgreement/"
#define LSET "ram:SpecifiedLineTradeSettlement/"
#define PROD "ram:SpecifiedTradeProduct/"
#define NET LAGR "ram:NetPriceProductTradePrice/"
#define GROSS LAGR "ram:GrossPriceProductTradePrice/"

/* BG-25 invoice line (with BG-26, BG-29, BG-30, BG-31 singletons). */
static const fx_bt_field line_fields[] = {
    {"BT-126", "ram:AssociatedDocumentLineDocument/ram:LineID", FX_BT_CODE},
    {"BT-127", "ram:AssociatedDocumentLineDocument/ram:IncludedNote/ram:Content", FX_BT_TEXT},
    {"BT-128", LSET "ram:AdditionalReferencedDocument/ram:IssuerAssignedID", FX_BT_CODE},
    {"BT-128 TypeCode", LSET "ram:AdditionalReferencedDocument/ram:TypeCode", FX_BT_CODE},
    {"BT-128-1", LSET "ram:AdditionalReferencedDocument/ram:ReferenceTypeCode", FX_BT_CODE},
    {"BT-129", "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", FX_BT_DECIMAL},
    {"BT-130", "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode", FX_BT_CODE},
    {"BT-131", LSET "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
     FX_BT_DECIMAL},
    {"BT-132", LAGR "ram:BuyerOrderReferencedDocument/ram:LineID", FX_BT_CODE},
    {"BT-133", LSET "ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID", FX_BT_CODE},
    {"BT-134", LSET "ram:BillingSpecifiedPeriod/ram:StartDateTime" DTS, FX_BT_DATE},
    {"BT-135", LSET "ram:BillingSpecifiedPeriod/ram:EndDateTime" DTS, FX_BT_DATE},
    {"BT-146", NET "ram:ChargeAmount", FX_BT_DECIMAL},
    {"BT-147", GROSS "ram:AppliedTradeAllowanceCharge/ram:ActualAmount", FX_BT_DECIMAL},
    {"BT-147 indicator", GROSS "ram:AppliedTradeAllowanceCharge/ram:ChargeIndicator/udt:Indicator",
     FX_BT_CODE},
    {"BT-148", GROSS "ram:ChargeAmount", FX_BT_DECIMAL},
    {"BT-149", NET "ram:BasisQuantity", FX_BT_DECIMAL},
    {"BT-150", NET "ram:BasisQuantity/@unitCode", FX_BT_CODE},
    {"BT-149 (gross price)", GROSS "ram:BasisQuantity", FX_BT_DECIMAL},
    {"BT-150 (gross price)", GROSS "ram:BasisQuantity/@unitCode", FX_BT_CODE},
    {"BT-151", LSET "ram:ApplicableTradeTax/ram:CategoryCode", FX_BT_CODE},
    {"BT-152", LSET "ram:ApplicableTradeTax/ram:RateApplicablePercent", FX_BT_DECIMAL},
    {"BT-151 tax type", LSET "ram:ApplicableTradeTax/ram:TypeCode", FX_BT_CODE},
    {"BT-153", PROD "ram:Name", FX_BT_TEXT},
    {"BT-154", PROD "ram:Description", FX_BT_TEXT},
    {"BT-155", PROD "ram:SellerAssignedID", FX_BT_CODE},
    {"BT-156", PROD "ram:BuyerAssignedID", FX_BT_CODE},
    {"BT-157", PROD "ram:GlobalID", FX_BT_CODE},
    {"BT-157-1", PROD "ram:GlobalID/@schemeID", FX_BT_CODE},
    {"BT-159", PROD "ram:OriginTradeCountry/ram:ID", FX_BT_CODE},
};

/* BG-27 / BG-28 line allowance or charge (BT-136..140 / BT-141..145). */
static const fx_bt_field line_allowance_fields[] = {
    {"charge indicator", "ram:ChargeIndicator/udt:Indicator", FX_BT_CODE},
    {"BT-136/141 amount", "ram:ActualAmount", FX_BT_DECIMAL},
    {"BT-137/142 base amount", "ram:BasisAmount", FX_BT_DECIMAL},
    {"BT-138/143 percentage", "ram:CalculationPercent", FX_BT_DECIMAL},
    {"BT-139/144 reason", "ram:Reason", FX_BT_TEXT},
    {"BT-140/145 reason code", "ram:ReasonCode", FX_BT_CODE},
};

/* BT-158 item classification. */
static const fx_bt_field classification_fields[] = {
    {"BT-158", "ram:ClassCode", FX_BT_CODE},
    {"BT-158-1", "ram:ClassCode/@listID", FX_BT_CODE},
    {"BT-158-2", "ram:ClassCode/@listVersionID", FX_BT_CODE},
};

/* BG-32 item attribute. */
static const fx_bt_field attribute_fields[] = {
    {"BT-160", "ram:Description", FX_BT_TEXT},
    {"BT-161", "ram:Value", FX_BT_TEXT},
};

/* EXTENDED advance payment and the VAT it includes. */
static const fx_bt_field advance_fields[] = {
    {"advance paid amount", "ram:PaidAmount", FX_BT_DECIMAL},
    {"advance received date", "ram:FormattedReceivedDateTime/qdt:DateTimeString", FX_BT_DATE},
    {"advance invoice reference", "ram:InvoiceSpecifiedReferencedDocument/ram:IssuerAssignedID",
     FX_BT_CODE},
    {"advance invoice date",
     "ram:InvoiceSpecifiedReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString",
     FX_BT_DATE},
};
static const fx_bt_field advance_tax_fields[] = {
    {"advance VAT amount", "ram:CalculatedAmount", FX_BT_DECIMAL},
    {"advance VAT category", "ram:CategoryCode", FX_BT_CODE},
    {"advance VAT rate", "ram:RateApplicablePercent", FX_BT_DECIMAL},
};

/* EXTENDED financial adjustment. */
static const fx_bt_field adjustment_fields[] = {
    {"adjustment reason code", "ram:ReasonCode", FX_BT_CODE},
    {"adjustment reason", "ram:Reason", FX_BT_TEXT},
    {"adjustment amount", "ram:ActualAmount", FX_BT_DECIMAL},
};

static const fx_bt_group line_subs[] = {
    {"allowance/charge",
     LSET "ram:SpecifiedTradeAllowanceCharge",
     {"charge indicator", "BT-139/144 reason", "BT-140/145 reason code"},
     line_allowance_fields,
     N(line_allowance_fields),
     NULL,
     0},
    {"classification",
     PROD "ram:DesignatedProductClassification",
     {"BT-158", "BT-158-1", NULL},
     classification_fields,
     N(classification_fields),
     NULL,
     0},
    {"attribute",
     PROD "ram:ApplicableProductCharacteristic",
     {"BT-160", NULL, NULL},
     attribute_fields,
     N(attribute_fields),
     NULL,
     0},
};

static const fx_bt_group advance_subs[] = {
    {"included VAT",
     "ram:IncludedTradeTax",
     {"advance VAT category", "advance VAT rate", NULL},
     advance_tax_fields,
     N(advance_tax_fields),
     NULL,
     0},
};

static const fx_bt_group document_subs[] = {
    {"note", DOC "ram:IncludedNote", {"BT-22", NULL, NULL}, note_fields, N(note_fields), NULL, 0},
    {"seller identifier",
     SELLER "ram:ID | " SELLER "ram:GlobalID",
     {"BT-29", NULL, NULL},
     seller_id_fields,
     N(seller_id_fields),
     NULL,
     0},
    {"buyer identifier",
     BUYER "ram:ID | " BUYER "ram:GlobalID",
     {"BT-46", NULL, NULL},
     buyer_id_fields,
     N(buyer_id_fields),
     NULL,
     0},
    {"payment means",
     SET "ram:SpecifiedTradeSettlementPaymentMeans",
     {"BT-84", NULL, NULL},
     payment_means_fields,
     N(payment_means_fields),
     NULL,
     0},
    {"document allowance/charge",
     SET "ram:SpecifiedTradeAllowanceCharge",
     {"charge indicator", "BT-97/104 reason", "BT-98/105 reason code"},
     doc_allowance_fields,
     N(doc_allowance_fields),
     NULL,
     0},
    {"VAT breakdown",
     SET "ram:ApplicableTradeTax",
     {"BT-118", "BT-119", NULL},
     vat_fields,
     N(vat_fields),
     NULL,
     0},
    {"supporting document",
     AGR "ram:AdditionalReferencedDocument[not(ram:TypeCode='50' or ram:TypeCode='130')]",
     {"BT-122", NULL, NULL},
     attachment_fields,
     N(attachment_fields),
     NULL,
     0},
    {"preceding invoice",
     SET "ram:InvoiceReferencedDocument",
     {"BT-25", NULL, NULL},
     preceding_fields,
     N(preceding_fields),
     NULL,
     0},
    {"line",
     TX "ram:IncludedSupplyChainTradeLineItem",
     {"BT-126", NULL, NULL},
     line_fields,
     N(line_fields),
     line_subs,
     N(line_subs)},
    {"advance payment",
     SET "ram:SpecifiedAdvancePayment",
     {"advance paid amount", NULL, NULL},
     advance_fields,
     N(advance_fields),
     advance_subs,
     N(advance_subs)},
    {"financial adjustment",
     SET "ram:SpecifiedFinancialAdjustment",
     {"adjustment reason", NULL, NULL},
     adjustment_fields,
     N(adjustment_fields),
     NULL,
     0},
};

static const fx_bt_group root = {"",
                                 "/rsm:CrossIndustryInvoice",
                                 {NULL, NULL, NULL},
                                 document_fields,
                                 N(document_fields),
                                 document_subs,
                                 N(document_subs)};

/* Returns the whole-invoice group. */
const fx_bt_group *fx_bt_table_root(void)
{
	return &root;
}
