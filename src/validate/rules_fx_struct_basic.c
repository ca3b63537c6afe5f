/*
 * Structural rules of the Factur-X 1.09.2 schematron of the BASIC profile
 * (cardinalities, required attributes, code lists, elements not used), as
 * rows for rules_fx_struct.c. Ids marked "inferred" could not be
 * confirmed against the reference data and may differ from the official ones.
 */
#include "validate/rules_fx_struct.h"

/* The rows, in the order of the schematron. */
static const fx_sx_row rows[] = {
    {FX_SX_HTA, FX_SX_ONE, 0, 0, "ram:SellerTradeParty", "FX-SCH-A-000027"},
    {FX_SX_HTA, FX_SX_ONE, 0, 0, "ram:BuyerTradeParty", "FX-SCH-A-000028"},
    {FX_SX_HTS "/ram:InvoiceReferencedDocument", FX_SX_ONE, 0, 0, "ram:IssuerAssignedID",
     "FX-SCH-A-000415"},
    {"rsm:ExchangedDocument", FX_SX_ONE, 0, 0, "ram:ID", "FX-SCH-A-000019"},
    {"rsm:ExchangedDocument", FX_SX_ONE, 0, 0, "ram:TypeCode", "FX-SCH-A-000020"},
    {"rsm:ExchangedDocument/ram:ID", FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {"rsm:ExchangedDocument/ram:IncludedNote", FX_SX_ONE, 0, 0, "ram:Content",
     "FX-SCH-A-000022"}, /* id inferred */
    {"rsm:ExchangedDocument/ram:IncludedNote", FX_SX_MAX, 1, 0, "ram:SubjectCode",
     "FX-SCH-A-000161"},
    {"rsm:ExchangedDocument/ram:IncludedNote/ram:SubjectCode", FX_SX_CODE, 4, 0, NULL,
     "FX-SCH-A-000162"}, /* id inferred */
    {"rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString", FX_SX_ATTR, 0, 0, "format",
     "FX-SCH-A-000021"},
    {"rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString", FX_SX_CODE, 3, 0, "format",
     "FX-SCH-A-000023"}, /* id inferred */
    {"rsm:ExchangedDocument/ram:TypeCode", FX_SX_CODE, 2, 0, NULL,
     "FX-SCH-A-000026"}, /* id inferred */
    {"rsm:ExchangedDocumentContext", FX_SX_MAX, 1, 0,
     "ram:BusinessProcessSpecifiedDocumentContextParameter", "FX-SCH-A-000024"},
    {"rsm:ExchangedDocumentContext", FX_SX_ONE, 0, 0,
     "ram:GuidelineSpecifiedDocumentContextParameter", "FX-SCH-A-000025"},
    {"rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter", FX_SX_ONE,
     0, 0, "ram:ID", "FX-SCH-A-000406"},
    {"rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID",
     FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {"rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter", FX_SX_ONE, 0, 0,
     "ram:ID", "FX-SCH-A-000407"},
    {"rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID",
     FX_SX_CODE, 1, 0, NULL, "FX-SCH-A-000408"}, /* id inferred */
    {"rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID",
     FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTA "/ram:BuyerOrderReferencedDocument", FX_SX_ONE, 0, 0, "ram:IssuerAssignedID",
     "FX-SCH-A-000410"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerOrderReferencedDocument/ram:FormattedIssueDateTime", FX_SX_UNUSED, 0, 0,
     NULL, NULL},
    {FX_SX_HTA "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID", FX_SX_UNUSED_ATTR, 0, 0,
     "schemeID", NULL},
    {FX_SX_HTA "/ram:BuyerTradeParty", FX_SX_MAX, 1, 0, "ram:ID",
     "FX-SCH-A-000411"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty", FX_SX_MAX, 1, 0, "ram:GlobalID",
     "FX-SCH-A-000412"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty", FX_SX_ONE, 0, 0, "ram:Name", "FX-SCH-A-000030"},
    {FX_SX_HTA "/ram:BuyerTradeParty", FX_SX_ONE, 0, 0, "ram:PostalTradeAddress",
     "FX-SCH-A-000419"},
    {FX_SX_HTA "/ram:BuyerTradeParty", FX_SX_MAX, 1, 0, "ram:URIUniversalCommunication",
     "FX-SCH-A-000420"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty", FX_SX_MAX, 1, 0, "ram:SpecifiedTaxRegistration",
     "FX-SCH-A-000421"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:GlobalID", FX_SX_ATTR, 0, 0, "schemeID",
     "FX-SCH-A-000423"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:GlobalID", FX_SX_CODE, 11, 0, "schemeID",
     "FX-SCH-A-000424"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:ID", FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:PostalTradeAddress", FX_SX_ONE, 0, 0, "ram:CountryID",
     "FX-SCH-A-000422"},
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:PostalTradeAddress", FX_SX_MAX, 1, 0,
     "ram:CountrySubDivisionName", "FX-SCH-A-000425"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CountryID", FX_SX_CODE, 13, 0, NULL,
     "FX-SCH-A-000426"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID", FX_SX_CODE, 12, 0,
     "schemeID", "FX-SCH-A-000427"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:TradingBusinessName",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration", FX_SX_ONE, 0, 0, "ram:ID",
     "FX-SCH-A-000429"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID", FX_SX_ATTR, 0, 0,
     "schemeID", "FX-SCH-A-000430"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID", FX_SX_CODE, 15, 0,
     "schemeID", "FX-SCH-A-000434"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:URIUniversalCommunication", FX_SX_ONE, 0, 0, "ram:URIID",
     "FX-SCH-A-000435"}, /* id inferred */
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID", FX_SX_ATTR, 0, 0,
     "schemeID", "FX-SCH-A-000428"},
    {FX_SX_HTA "/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID", FX_SX_CODE, 14, 0,
     "schemeID", "FX-SCH-A-000436"}, /* id inferred */
    {FX_SX_HTA "/ram:ContractReferencedDocument", FX_SX_ONE, 0, 0, "ram:IssuerAssignedID",
     "FX-SCH-A-000437"}, /* id inferred */
    {FX_SX_HTA "/ram:ContractReferencedDocument/ram:FormattedIssueDateTime", FX_SX_UNUSED, 0, 0,
     NULL, NULL},
    {FX_SX_HTA "/ram:ContractReferencedDocument/ram:IssuerAssignedID", FX_SX_UNUSED_ATTR, 0, 0,
     "schemeID", NULL},
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty", FX_SX_ONE, 0, 0, "ram:Name",
     "FX-SCH-A-000431"},
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty", FX_SX_ONE, 0, 0, "ram:PostalTradeAddress",
     "FX-SCH-A-000432"},
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty", FX_SX_ONE, 0, 0,
     "ram:SpecifiedTaxRegistration", "FX-SCH-A-000438"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:GlobalID", FX_SX_UNUSED, 0, 0, NULL,
     NULL},
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:ID", FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress", FX_SX_ONE, 0, 0,
     "ram:CountryID", "FX-SCH-A-000433"},
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress", FX_SX_MAX, 1, 0,
     "ram:CountrySubDivisionName", "FX-SCH-A-000440"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress/ram:CountryID",
     FX_SX_CODE, 13, 0, NULL, "FX-SCH-A-000441"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedLegalOrganization",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration", FX_SX_ONE, 0,
     0, "ram:ID", "FX-SCH-A-000442"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID",
     FX_SX_ATTR, 0, 0, "schemeID", "FX-SCH-A-000443"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID",
     FX_SX_CODE, 16, 0, "schemeID", "FX-SCH-A-000444"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTaxRepresentativeTradeParty/ram:URIUniversalCommunication", FX_SX_UNUSED,
     0, 0, NULL, NULL},
    {FX_SX_HTA "/ram:SellerTradeParty", FX_SX_ONE, 0, 0, "ram:Name", "FX-SCH-A-000409"},
    {FX_SX_HTA "/ram:SellerTradeParty", FX_SX_ONE, 0, 0, "ram:PostalTradeAddress",
     "FX-SCH-A-000032"},
    {FX_SX_HTA "/ram:SellerTradeParty", FX_SX_MAX, 1, 0, "ram:URIUniversalCommunication",
     "FX-SCH-A-000439"},
    {FX_SX_HTA "/ram:SellerTradeParty", FX_SX_VMAX, 1, FX_SX_P_VA, "ram:SpecifiedTaxRegistration",
     "FX-SCH-A-000033"},
    {FX_SX_HTA "/ram:SellerTradeParty", FX_SX_VMAX, 1, FX_SX_P_FC, "ram:SpecifiedTaxRegistration",
     "FX-SCH-A-000034"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:GlobalID", FX_SX_ATTR, 0, 0, "schemeID",
     "FX-SCH-A-000036"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:GlobalID", FX_SX_CODE, 11, 0, "schemeID",
     "FX-SCH-A-000037"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:ID", FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTA "/ram:SellerTradeParty/ram:PostalTradeAddress", FX_SX_ONE, 0, 0, "ram:CountryID",
     "FX-SCH-A-000035"},
    {FX_SX_HTA "/ram:SellerTradeParty/ram:PostalTradeAddress", FX_SX_MAX, 1, 0,
     "ram:CountrySubDivisionName", "FX-SCH-A-000040"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID", FX_SX_CODE, 13, 0,
     NULL, "FX-SCH-A-000041"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID", FX_SX_CODE, 12, 0,
     "schemeID", "FX-SCH-A-000043"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[NVF]", FX_SX_UNUSED, 0, 0, NULL,
     NULL},
    {FX_SX_HTA "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[FC]", FX_SX_ONE, 0, 0, "ram:ID",
     "FX-SCH-A-000045"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[FC]/ram:ID", FX_SX_ATTR, 0, 0,
     "schemeID", "FX-SCH-A-000046"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[VA]", FX_SX_ONE, 0, 0, "ram:ID",
     "FX-SCH-A-000047"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[VA]/ram:ID", FX_SX_ATTR, 0, 0,
     "schemeID", "FX-SCH-A-000048"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:URIUniversalCommunication", FX_SX_ONE, 0, 0, "ram:URIID",
     "FX-SCH-A-000049"}, /* id inferred */
    {FX_SX_HTA "/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID", FX_SX_ATTR, 0, 0,
     "schemeID", "FX-SCH-A-000446"},
    {FX_SX_HTA "/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID", FX_SX_CODE, 14, 0,
     "schemeID", "FX-SCH-A-000447"}, /* id inferred */
    {FX_SX_HTD "/ram:ActualDeliverySupplyChainEvent", FX_SX_ONE, 0, 0, "ram:OccurrenceDateTime",
     "FX-SCH-A-000448"}, /* id inferred */
    {FX_SX_HTD "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString",
     FX_SX_ATTR, 0, 0, "format", "FX-SCH-A-000449"}, /* id inferred */
    {FX_SX_HTD "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString",
     FX_SX_CODE, 3, 0, "format", "FX-SCH-A-000450"}, /* id inferred */
    {FX_SX_HTD "/ram:DespatchAdviceReferencedDocument", FX_SX_ONE, 0, 0, "ram:IssuerAssignedID",
     "FX-SCH-A-000451"}, /* id inferred */
    {FX_SX_HTD "/ram:DespatchAdviceReferencedDocument/ram:FormattedIssueDateTime", FX_SX_UNUSED, 0,
     0, NULL, NULL},
    {FX_SX_HTD "/ram:DespatchAdviceReferencedDocument/ram:IssuerAssignedID", FX_SX_UNUSED_ATTR, 0,
     0, "schemeID", NULL},
    {FX_SX_HTD "/ram:ShipToTradeParty", FX_SX_MAX, 1, 0, "ram:ID",
     "FX-SCH-A-000452"}, /* id inferred */
    {FX_SX_HTD "/ram:ShipToTradeParty", FX_SX_MAX, 1, 0, "ram:GlobalID",
     "FX-SCH-A-000453"}, /* id inferred */
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:GlobalID", FX_SX_ATTR, 0, 0, "schemeID",
     "FX-SCH-A-000454"}, /* id inferred */
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:GlobalID", FX_SX_CODE, 11, 0, "schemeID",
     "FX-SCH-A-000456"}, /* id inferred */
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:ID", FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:PostalTradeAddress", FX_SX_ONE, 0, 0, "ram:CountryID",
     "FX-SCH-A-000455"},
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:PostalTradeAddress", FX_SX_MAX, 1, 0,
     "ram:CountrySubDivisionName", "FX-SCH-A-000457"}, /* id inferred */
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID", FX_SX_CODE, 13, 0,
     NULL, "FX-SCH-A-000458"}, /* id inferred */
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:SpecifiedLegalOrganization", FX_SX_UNUSED, 0, 0, NULL,
     NULL},
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:SpecifiedTaxRegistration", FX_SX_UNUSED, 0, 0, NULL,
     NULL},
    {FX_SX_HTD "/ram:ShipToTradeParty/ram:URIUniversalCommunication", FX_SX_UNUSED, 0, 0, NULL,
     NULL},
    {FX_SX_HTS, FX_SX_MAX, 1, 0, "ram:PaymentReference", "FX-SCH-A-000459"}, /* id inferred */
    {FX_SX_HTS, FX_SX_ONE, 0, 0, "ram:InvoiceCurrencyCode", "FX-SCH-A-000038"},
    {FX_SX_HTS, FX_SX_MIN1, 0, 0, "ram:ApplicableTradeTax", "FX-SCH-A-000173"},
    {FX_SX_HTS, FX_SX_MAX, 1, 0, "ram:SpecifiedTradePaymentTerms", "FX-SCH-A-000174"},
    {FX_SX_HTS, FX_SX_ONE, 0, 0, "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
     "FX-SCH-A-000039"},
    {FX_SX_HTS, FX_SX_MAX, 1, 0, "ram:ReceivableSpecifiedTradeAccountingAccount",
     "FX-SCH-A-000050"}, /* id inferred */
    {FX_SX_HTS "/ram:ApplicableTradeTax", FX_SX_ONE, 0, 0, "ram:CalculatedAmount",
     "FX-SCH-A-000176"},
    {FX_SX_HTS "/ram:ApplicableTradeTax", FX_SX_ONE, 0, 0, "ram:TypeCode",
     "FX-SCH-A-000179"}, /* id inferred */
    {FX_SX_HTS "/ram:ApplicableTradeTax", FX_SX_ONE, 0, 0, "ram:BasisAmount", "FX-SCH-A-000177"},
    {FX_SX_HTS "/ram:ApplicableTradeTax", FX_SX_ONE, 0, 0, "ram:CategoryCode", "FX-SCH-A-000178"},
    {FX_SX_HTS "/ram:ApplicableTradeTax/ram:BasisAmount", FX_SX_UNUSED_ATTR, 0, 0, "currencyID",
     NULL},
    {FX_SX_HTS "/ram:ApplicableTradeTax/ram:CalculatedAmount", FX_SX_UNUSED_ATTR, 0, 0,
     "currencyID", NULL},
    {FX_SX_HTS "/ram:ApplicableTradeTax/ram:CategoryCode", FX_SX_CODE, 8, 0, NULL,
     "FX-SCH-A-000180"}, /* id inferred */
    {FX_SX_HTS "/ram:ApplicableTradeTax/ram:DueDateTypeCode", FX_SX_CODE, 20, 0, NULL,
     "FX-SCH-A-000181"}, /* id inferred */
    {FX_SX_HTS "/ram:ApplicableTradeTax/ram:ExemptionReasonCode", FX_SX_CODE, 19, 0, NULL,
     "FX-SCH-A-000182"}, /* id inferred */
    {FX_SX_HTS "/ram:ApplicableTradeTax/ram:TypeCode", FX_SX_CODE, 7, 0, NULL,
     "FX-SCH-A-000183"}, /* id inferred */
    {FX_SX_HTS "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString", FX_SX_ATTR, 0, 0,
     "format", "FX-SCH-A-000185"}, /* id inferred */
    {FX_SX_HTS "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString", FX_SX_CODE, 3, 0,
     "format", "FX-SCH-A-000186"}, /* id inferred */
    {FX_SX_HTS "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString", FX_SX_ATTR, 0, 0,
     "format", "FX-SCH-A-000187"}, /* id inferred */
    {FX_SX_HTS "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString", FX_SX_CODE, 3, 0,
     "format", "FX-SCH-A-000188"}, /* id inferred */
    {FX_SX_HTS "/ram:CreditorReferenceID", FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTS "/ram:InvoiceCurrencyCode", FX_SX_CODE, 17, 0, NULL,
     "FX-SCH-A-000190"}, /* id inferred */
    {FX_SX_HTS "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString",
     FX_SX_ATTR, 0, 0, "format", "FX-SCH-A-000191"}, /* id inferred */
    {FX_SX_HTS "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString",
     FX_SX_CODE, 25, 0, "format", "FX-SCH-A-000192"}, /* id inferred */
    {FX_SX_HTS "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID", FX_SX_UNUSED_ATTR, 0, 0,
     "schemeID", NULL},
    {FX_SX_HTS "/ram:PayeeTradeParty", FX_SX_MAX, 1, 0, "ram:ID",
     "FX-SCH-A-000193"}, /* id inferred */
    {FX_SX_HTS "/ram:PayeeTradeParty", FX_SX_MAX, 1, 0, "ram:GlobalID",
     "FX-SCH-A-000194"}, /* id inferred */
    {FX_SX_HTS "/ram:PayeeTradeParty", FX_SX_ONE, 0, 0, "ram:Name", "FX-SCH-A-000469"},
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:GlobalID", FX_SX_ATTR, 0, 0, "schemeID",
     "FX-SCH-A-000470"}, /* id inferred */
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:GlobalID", FX_SX_CODE, 11, 0, "schemeID",
     "FX-SCH-A-000471"}, /* id inferred */
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:ID", FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:PostalTradeAddress", FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:ID", FX_SX_CODE, 12, 0,
     "schemeID", "FX-SCH-A-000472"}, /* id inferred */
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:TradingBusinessName",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:SpecifiedTaxRegistration", FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:PayeeTradeParty/ram:URIUniversalCommunication", FX_SX_UNUSED, 0, 0, NULL,
     NULL},
    {FX_SX_HTS "/ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID", FX_SX_UNUSED_ATTR, 0, 0,
     "schemeID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHX]", FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]", FX_SX_ONE, 0, 0, "ram:ChargeIndicator",
     "FX-SCH-A-000473"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]", FX_SX_ONE, 0, 0, "ram:ActualAmount",
     "FX-SCH-A-000184"},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]", FX_SX_ONE, 0, 0, "ram:CategoryTradeTax",
     "FX-SCH-A-000195"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:ActualAmount", FX_SX_UNUSED_ATTR, 0, 0,
     "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:BasisAmount", FX_SX_UNUSED_ATTR, 0, 0,
     "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax", FX_SX_ONE, 0, 0,
     "ram:TypeCode", "FX-SCH-A-000196"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax", FX_SX_ONE, 0, 0,
     "ram:CategoryCode", "FX-SCH-A-000474"},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax/ram:BasisAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax/ram:CalculatedAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax/ram:CategoryCode",
     FX_SX_CODE, 8, 0, NULL, "FX-SCH-A-000475"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax/ram:DueDateTypeCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax/ram:ExemptionReason",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS
     "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax/ram:ExemptionReasonCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax/ram:TypeCode",
     FX_SX_CODE, 7, 0, NULL, "FX-SCH-A-000476"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:ReasonCode", FX_SX_CODE, 21, 0, NULL,
     "FX-SCH-A-000477"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]", FX_SX_ONE, 0, 0, "ram:ChargeIndicator",
     "FX-SCH-A-000478"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]", FX_SX_ONE, 0, 0, "ram:ActualAmount",
     "FX-SCH-A-000479"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]", FX_SX_ONE, 0, 0, "ram:CategoryTradeTax",
     "FX-SCH-A-000480"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:ActualAmount", FX_SX_UNUSED_ATTR, 0, 0,
     "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:BasisAmount", FX_SX_UNUSED_ATTR, 0, 0,
     "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax", FX_SX_ONE, 0, 0,
     "ram:TypeCode", "FX-SCH-A-000482"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax", FX_SX_ONE, 0, 0,
     "ram:CategoryCode", "FX-SCH-A-000481"},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax/ram:BasisAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax/ram:CalculatedAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax/ram:CategoryCode",
     FX_SX_CODE, 8, 0, NULL, "FX-SCH-A-000483"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax/ram:DueDateTypeCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax/ram:ExemptionReason",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS
     "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax/ram:ExemptionReasonCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:CategoryTradeTax/ram:TypeCode",
     FX_SX_CODE, 7, 0, NULL, "FX-SCH-A-000484"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:ReasonCode[LX]", FX_SX_UNUSED, 0, 0,
     NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:ReasonCode[LA]", FX_SX_CODE, 22, 0,
     NULL, "FX-SCH-A-000485"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradePaymentTerms", FX_SX_MAX, 1, 0, "ram:Description",
     "FX-SCH-A-000486"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradePaymentTerms", FX_SX_MAX, 1, 0, "ram:DirectDebitMandateID",
     "FX-SCH-A-000487"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID", FX_SX_UNUSED_ATTR, 0, 0,
     "schemeID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString", FX_SX_ATTR,
     0, 0, "format", "FX-SCH-A-000488"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString", FX_SX_CODE,
     3, 0, "format", "FX-SCH-A-000489"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_ONE, 0, 0,
     "ram:LineTotalAmount", "FX-SCH-A-000189"},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_MAX, 1, 0,
     "ram:ChargeTotalAmount", "FX-SCH-A-000197"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_MAX, 1, 0,
     "ram:AllowanceTotalAmount", "FX-SCH-A-000198"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_ONE, 0, 0,
     "ram:TaxBasisTotalAmount", "FX-SCH-A-000199"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_VMAX, 1, FX_SX_P_CUI,
     "ram:TaxTotalAmount", "FX-SCH-A-000042"},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_VMAX, 1, FX_SX_P_CUT,
     "ram:TaxTotalAmount", "FX-SCH-A-000051"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_ONE, 0, 0,
     "ram:GrandTotalAmount", "FX-SCH-A-000052"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_MAX, 1, 0,
     "ram:TotalPrepaidAmount", "FX-SCH-A-000053"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation", FX_SX_ONE, 0, 0,
     "ram:DuePayableAmount", "FX-SCH-A-000044"},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:AllowanceTotalAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:ChargeTotalAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:LineTotalAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxBasisTotalAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[CUX]",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[CUI]",
     FX_SX_CODE, 23, 0, "currencyID", "FX-SCH-A-000054"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[CUT]",
     FX_SX_CODE, 24, 0, "currencyID", "FX-SCH-A-000055"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TotalPrepaidAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementPaymentMeans", FX_SX_ONE, 0, 0, "ram:TypeCode",
     "FX-SCH-A-000056"}, /* id inferred */
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementPaymentMeans", FX_SX_MAX, 1, 0,
     "ram:PayeePartyCreditorFinancialAccount", "FX-SCH-A-000057"}, /* id inferred */
    {FX_SX_HTS
     "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID",
     FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/"
               "ram:ProprietaryID",
     FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount",
     FX_SX_ONE, 0, 0, "ram:IBANID", "FX-SCH-A-000058"}, /* id inferred */
    {FX_SX_HTS
     "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount/ram:IBANID",
     FX_SX_UNUSED_ATTR, 0, 0, "schemeID", NULL},
    {FX_SX_HTS "/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode", FX_SX_CODE, 18, 0, NULL,
     "FX-SCH-A-000059"}, /* id inferred */
    {FX_SX_HTS "/ram:TaxCurrencyCode", FX_SX_CODE, 17, 0, NULL,
     "FX-SCH-A-000060"}, /* id inferred */
    {FX_SX_TX, FX_SX_MIN1, 0, 0, "ram:IncludedSupplyChainTradeLineItem", "FX-SCH-A-000265"},
    {FX_SX_LINE, FX_SX_ONE, 0, 0, "ram:AssociatedDocumentLineDocument",
     "FX-SCH-A-000266"},                                                           /* id inferred */
    {FX_SX_LINE, FX_SX_ONE, 0, 0, "ram:SpecifiedTradeProduct", "FX-SCH-A-000267"}, /* id inferred */
    {FX_SX_LINE, FX_SX_ONE, 0, 0, "ram:SpecifiedLineTradeAgreement",
     "FX-SCH-A-000268"}, /* id inferred */
    {FX_SX_LINE, FX_SX_ONE, 0, 0, "ram:SpecifiedLineTradeDelivery",
     "FX-SCH-A-000269"}, /* id inferred */
    {FX_SX_LINE "/ram:AssociatedDocumentLineDocument", FX_SX_ONE, 0, 0, "ram:LineID",
     "FX-SCH-A-000270"},
    {FX_SX_LINE "/ram:AssociatedDocumentLineDocument", FX_SX_MAX, 1, 0, "ram:IncludedNote",
     "FX-SCH-A-000271"}, /* id inferred */
    {FX_SX_LINE "/ram:AssociatedDocumentLineDocument/ram:IncludedNote", FX_SX_ONE, 0, 0,
     "ram:Content", "FX-SCH-A-000273"}, /* id inferred */
    {FX_SX_LINE "/ram:AssociatedDocumentLineDocument/ram:IncludedNote/ram:SubjectCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:AssociatedDocumentLineDocument/ram:LineID", FX_SX_UNUSED_ATTR, 0, 0,
     "schemeID", NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement", FX_SX_ONE, 0, 0,
     "ram:NetPriceProductTradePrice", "FX-SCH-A-000272"},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice", FX_SX_ONE, 0, 0,
     "ram:ChargeAmount", "FX-SCH-A-000274"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice", FX_SX_VMAX, 1,
     FX_SX_P_CHF, "ram:AppliedTradeAllowanceCharge", "FX-SCH-A-000275"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHX]",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]",
     FX_SX_ONE, 0, 0, "ram:ChargeIndicator", "FX-SCH-A-000277"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]",
     FX_SX_ONE, 0, 0, "ram:ActualAmount", "FX-SCH-A-000280"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]/ram:ActualAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]/ram:BasisAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]/ram:CalculationPercent",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]/ram:CategoryTradeTax",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]/ram:Reason",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge[CHF]/ram:ReasonCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:BasisQuantity",
     FX_SX_CODE, 6, 0, "unitCode", "FX-SCH-A-000281"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice", FX_SX_ONE, 0, 0,
     "ram:ChargeAmount", "FX-SCH-A-000282"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/"
                "ram:AppliedTradeAllowanceCharge",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity",
     FX_SX_CODE, 6, 0, "unitCode", "FX-SCH-A-000283"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeDelivery", FX_SX_ONE, 0, 0, "ram:BilledQuantity",
     "FX-SCH-A-000276"},
    {FX_SX_LINE "/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", FX_SX_CODE, 6, 0, "unitCode",
     "FX-SCH-A-000284"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement", FX_SX_ONE, 0, 0, "ram:ApplicableTradeTax",
     "FX-SCH-A-000278"},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement", FX_SX_ONE, 0, 0,
     "ram:SpecifiedTradeSettlementLineMonetarySummation", "FX-SCH-A-000279"},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax", FX_SX_ONE, 0, 0,
     "ram:TypeCode", "FX-SCH-A-000285"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax", FX_SX_ONE, 0, 0,
     "ram:CategoryCode", "FX-SCH-A-000536"},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:BasisAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CalculatedAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode",
     FX_SX_CODE, 8, 0, NULL, "FX-SCH-A-000537"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:DueDateTypeCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReason",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReasonCode",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode", FX_SX_CODE,
     7, 0, NULL, "FX-SCH-A-000538"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/"
                "udt:DateTimeString",
     FX_SX_ATTR, 0, 0, "format", "FX-SCH-A-000539"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/"
                "udt:DateTimeString",
     FX_SX_CODE, 3, 0, "format", "FX-SCH-A-000540"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/"
                "udt:DateTimeString",
     FX_SX_ATTR, 0, 0, "format", "FX-SCH-A-000541"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/"
                "udt:DateTimeString",
     FX_SX_CODE, 3, 0, "format", "FX-SCH-A-000542"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHX]",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHF]",
     FX_SX_ONE, 0, 0, "ram:ChargeIndicator", "FX-SCH-A-000543"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHF]",
     FX_SX_ONE, 0, 0, "ram:ActualAmount", "FX-SCH-A-000544"},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:ActualAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:BasisAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHF]/"
                "ram:CalculationPercent",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHF]/"
                "ram:CategoryTradeTax",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHF]/ram:ReasonCode",
     FX_SX_CODE, 9, 0, NULL, "FX-SCH-A-000545"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]",
     FX_SX_ONE, 0, 0, "ram:ChargeIndicator", "FX-SCH-A-000546"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]",
     FX_SX_ONE, 0, 0, "ram:ActualAmount", "FX-SCH-A-000547"},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:ActualAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:BasisAmount",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]/"
                "ram:CalculationPercent",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]/"
                "ram:CategoryTradeTax",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:ReasonCode[LX]",
     FX_SX_UNUSED, 0, 0, NULL, NULL},
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[CHT]/ram:ReasonCode[LA]",
     FX_SX_CODE, 10, 0, NULL, "FX-SCH-A-000548"}, /* id inferred */
    {FX_SX_LINE
     "/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation",
     FX_SX_ONE, 0, 0, "ram:LineTotalAmount", "FX-SCH-A-000549"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedLineTradeSettlement/"
                "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
     FX_SX_UNUSED_ATTR, 0, 0, "currencyID", NULL},
    {FX_SX_LINE "/ram:SpecifiedTradeProduct", FX_SX_ONE, 0, 0, "ram:Name",
     "FX-SCH-A-000550"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedTradeProduct/ram:GlobalID", FX_SX_ATTR, 0, 0, "schemeID",
     "FX-SCH-A-000551"}, /* id inferred */
    {FX_SX_LINE "/ram:SpecifiedTradeProduct/ram:GlobalID", FX_SX_CODE, 5, 0, "schemeID",
     "FX-SCH-A-000552"}, /* id inferred */
};

/* Code list numbers of the BASIC code database -> Factur-X lists. */
static const unsigned char lists[] = {
    FX_FXL_NONE,          FX_FXL_GUIDELINE_BASIC, FX_FXL_DOC_TYPE,
    FX_FXL_DATE_102,      FX_FXL_NOTE_SUBJECT,    FX_FXL_ICD,
    FX_FXL_UNIT,          FX_FXL_TAX_TYPE,        FX_FXL_VAT_CATEGORY,
    FX_FXL_ALLOWANCE,     FX_FXL_CHARGE,          FX_FXL_ICD,
    FX_FXL_ICD,           FX_FXL_COUNTRY,         FX_FXL_EAS,
    FX_FXL_VAT_SCHEME,    FX_FXL_VAT_SCHEME,      FX_FXL_CURRENCY,
    FX_FXL_PAYMENT_MEANS, FX_FXL_VATEX,           FX_FXL_DUE_DATE,
    FX_FXL_ALLOWANCE,     FX_FXL_CHARGE,          FX_FXL_CURRENCY,
    FX_FXL_CURRENCY,      FX_FXL_DATE_102,
};

const fx_sx_table fx_sx_basic = {"BASIC", rows, sizeof(rows) / sizeof(rows[0]), lists,
                                 sizeof(lists)};
