/*
 * CEN CII data type rules CII-DT-* (layer 4, CEN CII artefacts release
 * 1.3.16): attributes and children of the CII data types that EN 16931
 * does not use, the VAT type code, and the format of dates (102).
 *
 * The contexts are the official ones; where the artefacts select elements
 * by a suffix of their name anywhere in the document (`//ram:*[ends-with(
 * name(), 'ID')]` and the like) fx:elements-ending collects them in one
 * walk. The official pattern gives each node to its first matching rule:
 * the four identifiers of CII-DT-001..007 are therefore not checked by
 * CII-DT-101..104, and the invoice type code is taken by the rule on every
 * ram:TypeCode (CII-DT-008/009), so CII-DT-010..012 never fire (listed with
 * a test that passes). Rules that only forbid a child or an attribute are
 * C checks (no XPath).
 */
#include "validate/cii_nodes.h"
#include "validate/rule.h"
#include "validate/rules_cen_paths.h"

#define L4 FX_LAYER_EN16931
#define FATAL FX_SEVERITY_FATAL
#define WARNING FX_SEVERITY_WARNING

/* One rule with an XPath test. */
#define RULE(id, sev, ctx, test, bt, en, fr)                                                       \
	{                                                                                          \
		id, L4, sev, 0, ctx, test, NULL, bt, en, fr                                        \
	}

/* The contexts. */
#define ROOT_ELEMENT "rsm:CrossIndustryInvoice[not(../..)]"
#define SCOPED_IDS                                                                                 \
	CII_CTX "/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | " CII_DOC                \
	        "/ram:ID | " CII_LINE                                                              \
	        "/ram:AssociatedDocumentLineDocument/ram:LineID | " CII_LINE_PRODUCT               \
	        "/ram:SellerAssignedID"
/* Every other ram element whose name ends with ID. */
#define OTHER_IDS                                                                                  \
	"fx:elements-ending('ram', 'ID')[not(self::ram:ID and parent::ram:"                        \
	"GuidelineSpecifiedDocumentContextParameter[parent::rsm:ExchangedDocumentContext[parent:"  \
	":" ROOT_ELEMENT                                                                           \
	"]]) and not(self::ram:ID and parent::rsm:ExchangedDocument[parent::" ROOT_ELEMENT         \
	"]) and not(self::ram:LineID and parent::ram:AssociatedDocumentLineDocument"               \
	"[parent::ram:IncludedSupplyChainTradeLineItem[parent::rsm:SupplyChainTradeTransaction"    \
	"[parent::" ROOT_ELEMENT "]]]) and not(self::ram:SellerAssignedID and parent::ram:"        \
	"SpecifiedTradeProduct[parent::ram:IncludedSupplyChainTradeLineItem[parent::rsm:"          \
	"SupplyChainTradeTransaction[parent::" ROOT_ELEMENT "]]])]"
#define TYPE_CODES "fx:elements('ram', 'TypeCode')"
#define LINE_CATEGORY_CODES CII_LINE_TAX "/ram:CategoryCode"
#define REFERENCED_DOCUMENTS "fx:elements-ending('ram', 'ReferencedDocument')"
#define AMOUNTS "fx:elements-ending('ram', 'Amount')[not(self::ram:TaxTotalAmount)]"
#define QUANTITIES "fx:elements-ending('ram', 'Quantity')"
#define TRADE_TAXES "fx:elements-ending('ram', 'TradeTax')"
#define PERIODS "fx:elements('ram', 'BillingSpecifiedPeriod')"
#define ADDRESSES "fx:elements('ram', 'PostalTradeAddress')"
#define DATES_102 "fx:elements('udt', 'DateTimeString')[@format = '102']"

/* Generates dt_<n>, a C check that passes when nothing exists at path
 * (child path or @attribute, see fx_node_path_exists) below the node. */
#define ABSENT_FN(n, sev, ctx, path)                                                               \
	static bool dt_##n(fx_vctx *c, xmlNodePtr node)                                            \
	{                                                                                          \
		return !fx_node_path_exists(node, path);                                           \
	}

/* The table entry of such a rule. */
#define ABSENT_RULE(n, sev, ctx, path)                                                             \
	{"CII-DT-" #n,                                                                             \
	 L4,                                                                                       \
	 sev,                                                                                      \
	 0,                                                                                        \
	 ctx,                                                                                      \
	 NULL,                                                                                     \
	 dt_##n,                                                                                   \
	 NULL,                                                                                     \
	 "The EN 16931 binding of CII does not use " path " here.",                                \
	 "La syntaxe CII de l'EN 16931 n'utilise pas " path " ici."},

/* The rules that only forbid a child or an attribute: X(number, severity,
 * context, path). */
#define DT_ABSENT(X)                                                                               \
	X(013, FATAL, CII_INV, "@languageID")                                                      \
	X(014, FATAL, CII_INV, "@languageLocaleID")                                                \
	X(001, FATAL, SCOPED_IDS, "@schemeName")                                                   \
	X(002, FATAL, SCOPED_IDS, "@schemeAgencyName")                                             \
	X(003, FATAL, SCOPED_IDS, "@schemeDataURI")                                                \
	X(004, FATAL, SCOPED_IDS, "@schemeURI")                                                    \
	X(005, FATAL, SCOPED_IDS, "@schemeID")                                                     \
	X(006, FATAL, SCOPED_IDS, "@schemeAgencyID")                                               \
	X(007, FATAL, SCOPED_IDS, "@schemeVersionID")                                              \
	X(101, FATAL, OTHER_IDS, "@schemeName")                                                    \
	X(102, FATAL, OTHER_IDS, "@schemeAgencyName")                                              \
	X(103, FATAL, OTHER_IDS, "@schemeDataURI")                                                 \
	X(104, FATAL, OTHER_IDS, "@schemeURI")                                                     \
	X(008, FATAL, TYPE_CODES, "@name")                                                         \
	X(009, FATAL, TYPE_CODES, "@listURI")                                                      \
	X(045, WARNING, LINE_CATEGORY_CODES, "@listID")                                            \
	X(046, WARNING, LINE_CATEGORY_CODES, "@listAgencyID")                                      \
	X(047, WARNING, LINE_CATEGORY_CODES, "@listVersionID")                                     \
	X(048, WARNING, LINE_CATEGORY_CODES, "@listURI")                                           \
	X(016, FATAL, REFERENCED_DOCUMENTS, "StatusCode")                                          \
	X(017, FATAL, REFERENCED_DOCUMENTS, "CopyIndicator")                                       \
	X(019, FATAL, REFERENCED_DOCUMENTS, "GlobalID")                                            \
	X(020, FATAL, REFERENCED_DOCUMENTS, "RevisionID")                                          \
	X(023, FATAL, REFERENCED_DOCUMENTS, "Information")                                         \
	X(025, FATAL, REFERENCED_DOCUMENTS, "SectionName")                                         \
	X(026, FATAL, REFERENCED_DOCUMENTS, "PreviousRevisionID")                                  \
	X(028, FATAL, REFERENCED_DOCUMENTS, "EffectiveSpecifiedPeriod")                            \
	X(029, FATAL, REFERENCED_DOCUMENTS, "IssuerTradeParty")                                    \
	X(030, FATAL, REFERENCED_DOCUMENTS, "AttachedSpecifiedBinaryFile")                         \
	X(031, FATAL, AMOUNTS, "@currencyID")                                                      \
	X(032, FATAL, AMOUNTS, "@currencyCodeListVersionID")                                       \
	X(034, FATAL, QUANTITIES, "@unitCodeListID")                                               \
	X(035, FATAL, QUANTITIES, "@unitCodeListAgencyID")                                         \
	X(036, FATAL, QUANTITIES, "@unitCodeListAgencyName")                                       \
	X(038, WARNING, TRADE_TAXES, "CalculatedRate")                                             \
	X(039, WARNING, TRADE_TAXES, "CalculationSequenceNumeric")                                 \
	X(040, WARNING, TRADE_TAXES, "BasisQuantity")                                              \
	X(042, WARNING, TRADE_TAXES, "UnitBasisAmount")                                            \
	X(043, WARNING, TRADE_TAXES, "LineTotalBasisAmount")                                       \
	X(044, WARNING, TRADE_TAXES, "AllowanceChargeBasisAmount")                                 \
	X(049, WARNING, TRADE_TAXES, "CurrencyCode")                                               \
	X(050, WARNING, TRADE_TAXES, "Jurisdiction")                                               \
	X(051, WARNING, TRADE_TAXES, "CustomsDutyIndicator")                                       \
	X(053, WARNING, TRADE_TAXES, "TaxBasisAllowanceRate")                                      \
	X(055, WARNING, TRADE_TAXES, "Type")                                                       \
	X(056, WARNING, TRADE_TAXES, "InformationAmount")                                          \
	X(057, WARNING, TRADE_TAXES, "CategoryName")                                               \
	X(059, WARNING, TRADE_TAXES, "RateApplicablePercent/@format")                              \
	X(060, WARNING, TRADE_TAXES, "SpecifiedTradeAccountingAccount")                            \
	X(061, WARNING, TRADE_TAXES, "ServiceSupplyTradeCountry")                                  \
	X(062, WARNING, TRADE_TAXES, "BuyerRepayableTaxSpecifiedTradeAccountingAccount")           \
	X(063, WARNING, TRADE_TAXES, "SellerPayableTaxSpecifiedTradeAccountingAccount")            \
	X(064, WARNING, TRADE_TAXES, "SellerRefundableTaxSpecifiedTradeAccountingAccount")         \
	X(065, WARNING, TRADE_TAXES, "BuyerDeductibleTaxSpecifiedTradeAccountingAccount")          \
	X(066, WARNING, TRADE_TAXES, "BuyerNonDeductibleTaxSpecifiedTradeAccountingAccount")       \
	X(067, WARNING, TRADE_TAXES, "PlaceApplicableTradeLocation")                               \
	X(068, FATAL, PERIODS, "StartDateTime/udt:DateTime")                                       \
	X(069, FATAL, PERIODS, "DurationMeasure")                                                  \
	X(070, FATAL, PERIODS, "InclusiveIndicator")                                               \
	X(071, FATAL, PERIODS, "Description")                                                      \
	X(072, FATAL, PERIODS, "EndDateTime/udt:DateTime")                                         \
	X(073, FATAL, PERIODS, "CompleteDateTime")                                                 \
	X(074, FATAL, PERIODS, "OpenIndicator")                                                    \
	X(075, FATAL, PERIODS, "SeasonCode")                                                       \
	X(076, FATAL, PERIODS, "ID")                                                               \
	X(077, FATAL, PERIODS, "Name")                                                             \
	X(078, FATAL, PERIODS, "SequenceNumeric")                                                  \
	X(079, FATAL, PERIODS, "StartDateFlexibilityCode")                                         \
	X(080, FATAL, PERIODS, "ContinuousIndicator")                                              \
	X(081, FATAL, PERIODS, "PurposeCode")                                                      \
	X(082, FATAL, ADDRESSES, "ID")                                                             \
	X(083, FATAL, ADDRESSES, "PostOfficeBox")                                                  \
	X(084, FATAL, ADDRESSES, "BuildingName")                                                   \
	X(086, FATAL, ADDRESSES, "LineFour")                                                       \
	X(087, FATAL, ADDRESSES, "LineFive")                                                       \
	X(088, FATAL, ADDRESSES, "StreetName")                                                     \
	X(089, FATAL, ADDRESSES, "CitySubDivisionName")                                            \
	X(090, FATAL, ADDRESSES, "CountryName")                                                    \
	X(091, FATAL, ADDRESSES, "CountrySubDivisionID")                                           \
	X(092, FATAL, ADDRESSES, "AttentionOf")                                                    \
	X(093, FATAL, ADDRESSES, "CareOf")                                                         \
	X(094, FATAL, ADDRESSES, "BuildingNumber")                                                 \
	X(095, FATAL, ADDRESSES, "DepartmentName")                                                 \
	X(096, FATAL, ADDRESSES, "AdditionalStreetName")

DT_ABSENT(ABSENT_FN)

/* Test: a child is allowed only in an additional supporting document
 * (type code 916, BG-24). */
#define ONLY_IN_916(child)                                                                         \
	"not(ram:" child ") or (self::ram:AdditionalReferencedDocument and ram:TypeCode = '916')"
/* Test: a child of a VAT group is allowed only in the header settlement. */
#define ONLY_IN_HEADER(child) "not(ram:" child ") or ancestor::ram:ApplicableHeaderTradeSettlement"

/* CII-DT-097: YYYYMMDD, month 01-12, day 01-31, white space around allowed. */
#define DATE_102_TEST "fx:matches(., '\\s*\\d{4}(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])\\s*')"

static const fx_rule rules[] = {
    DT_ABSENT(ABSENT_RULE) RULE("CII-DT-010", FATAL, CII_DOC "/ram:TypeCode", "true()", "BT-3",
                                "The invoice type code must not have a listID attribute.",
                                "Le code de type de facture ne doit pas avoir d'attribut listID."),
    RULE("CII-DT-011", FATAL, CII_DOC "/ram:TypeCode", "true()", "BT-3",
         "The invoice type code must not have a listAgencyID attribute.",
         "Le code de type de facture ne doit pas avoir d'attribut listAgencyID."),
    RULE("CII-DT-012", FATAL, CII_DOC "/ram:TypeCode", "true()", "BT-3",
         "The invoice type code must not have a listVersionID attribute.",
         "Le code de type de facture ne doit pas avoir d'attribut listVersionID."),
    RULE("CII-DT-015", FATAL, REFERENCED_DOCUMENTS, ONLY_IN_916("URIID"), "BT-124",
         "Only an additional supporting document (type code 916) may have an external location "
         "(URIID).",
         "Seul un justificatif additionnel (code 916) peut avoir une adresse externe (URIID)."),
    RULE("CII-DT-018", FATAL, REFERENCED_DOCUMENTS,
         "not(ram:TypeCode) or (self::ram:AdditionalReferencedDocument and (ram:TypeCode = '50' "
         "or ram:TypeCode = '130' or ram:TypeCode = '916'))",
         "BT-17, BT-18",
         "Only an additional referenced document may have a type code, and only 50, 130 or 916.",
         "Seul un document référencé additionnel peut avoir un code de type, et seulement 50, 130 "
         "ou 916."),
    RULE("CII-DT-021", FATAL, REFERENCED_DOCUMENTS, ONLY_IN_916("Name"), "BT-123",
         "Only an additional supporting document (type code 916) may have a description (Name).",
         "Seul un justificatif additionnel (code 916) peut avoir une description (Name)."),
    RULE("CII-DT-022", FATAL, REFERENCED_DOCUMENTS, ONLY_IN_916("AttachmentBinaryObject"), "BT-125",
         "Only an additional supporting document (type code 916) may have an attached document.",
         "Seul un justificatif additionnel (code 916) peut avoir un document joint."),
    RULE("CII-DT-024", FATAL, REFERENCED_DOCUMENTS,
         "not(ram:ReferenceTypeCode) or (self::ram:AdditionalReferencedDocument and ram:TypeCode "
         "= '130')",
         "BT-18-1",
         "Only an invoiced object identifier (type code 130) may have a scheme identifier "
         "(ReferenceTypeCode).",
         "Seul un identifiant d'objet facturé (code 130) peut avoir un identifiant de schéma "
         "(ReferenceTypeCode)."),
    RULE("CII-DT-027", FATAL, REFERENCED_DOCUMENTS,
         "not(ram:FormattedIssueDateTime) or self::ram:InvoiceReferencedDocument", "BT-26",
         "Only a preceding invoice reference may have an issue date (FormattedIssueDateTime).",
         "Seule une référence à une facture antérieure peut avoir une date d'émission "
         "(FormattedIssueDateTime)."),
    RULE("CII-DT-033", FATAL, QUANTITIES,
         "not(@unitCode) or " CII_LINE_DLV "/ram:BilledQuantity/@unitCode", "BT-130",
         "A quantity may have a unit code only when the invoiced quantities have one.",
         "Une quantité ne peut avoir un code d'unité que si les quantités facturées en ont un."),
    RULE("CII-DT-037", FATAL, TRADE_TAXES, "not(ram:TypeCode) or ram:TypeCode = 'VAT'",
         "BT-118-0, BT-151-0", "The tax type code must be VAT.",
         "Le code de type de taxe doit être VAT."),
    RULE("CII-DT-041", WARNING, TRADE_TAXES, ONLY_IN_HEADER("BasisAmount"), "BT-116",
         "A VAT group should have a taxable amount (BasisAmount) only in the VAT breakdown.",
         "Un groupe de TVA ne devrait avoir de base imposable (BasisAmount) que dans la "
         "ventilation de la TVA."),
    RULE("CII-DT-052", WARNING, TRADE_TAXES,
         "not(ram:ExemptionReasonCode) or self::ram:ApplicableTradeTax", "BT-121",
         "Only an ApplicableTradeTax should have an exemption reason code.",
         "Seul un ApplicableTradeTax devrait avoir un code de motif d'exonération."),
    RULE("CII-DT-098", WARNING, TRADE_TAXES,
         "not(ram:ExemptionReason) or self::ram:ApplicableTradeTax", "BT-120",
         "Only an ApplicableTradeTax should have an exemption reason.",
         "Seul un ApplicableTradeTax devrait avoir un motif d'exonération."),
    RULE("CII-DT-054", WARNING, TRADE_TAXES, ONLY_IN_HEADER("TaxPointDate"), "BT-7",
         "A VAT group should have a VAT point date only in the VAT breakdown.",
         "Un groupe de TVA ne devrait avoir de date d'exigibilité que dans la ventilation de la "
         "TVA."),
    RULE("CII-DT-058", WARNING, TRADE_TAXES, ONLY_IN_HEADER("DueDateTypeCode"), "BT-8",
         "A VAT group should have a VAT point date code only in the VAT breakdown.",
         "Un groupe de TVA ne devrait avoir de code de date d'exigibilité que dans la "
         "ventilation de la TVA."),
    RULE("CII-DT-097", FATAL, DATES_102, DATE_102_TEST, "BT-2, BT-7, BT-9, BT-26, BT-72",
         "A date in format 102 must be written YYYYMMDD.",
         "Une date au format 102 doit être écrite AAAAMMJJ."),
};

const fx_ruleset fx_rules_cen_dt = {"cen-dt", rules, sizeof(rules) / sizeof(rules[0])};
