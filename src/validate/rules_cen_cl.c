/*
 * EN 16931 code list rules BR-CL-01..26 (layer 4, CEN CII artefacts
 * release 1.3.16). Each value is checked with fx:in-list against the lists
 * of codelists_data.c. The contexts are the official ones; where the
 * artefacts match an element anywhere, fx:elements collects it in one walk.
 * BR-CL-15 leaves out the origin country identifiers with a scheme
 * identifier: the earlier BR-CL-11 rule of the official pattern takes them.
 * BR-CL-02, -09 and -12 do not exist in the CII artefacts.
 */
#include "validate/rule.h"
#include "validate/rules_cen_paths.h"

/* One fatal layer-4 code list rule. */
#define CL(id, ctx, test, bt, en, fr)                                                              \
	{                                                                                          \
		id, FX_LAYER_EN16931, FX_SEVERITY_FATAL, 0, ctx, test, NULL, bt, en, fr            \
	}

/* Test: the context node's value is in list. */
#define VALUE_IN(list) "fx:in-list('" list "', .)"
/* Test: attribute attr of the context node is in list. */
#define ATTR_IN(list, attr) "fx:in-list('" list "', @" attr ")"

static const fx_rule rules[] = {
    CL("BR-CL-01", "/*/rsm:ExchangedDocument/ram:TypeCode", VALUE_IN("UNTDID1001"), "BT-3",
       "The invoice type code must be an invoice or credit note code of UNTDID 1001.",
       "Le code de type de facture doit être un code de facture ou d'avoir de l'UNTDID 1001."),
    CL("BR-CL-03",
       CII_R_SET
       "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID] "
       "| " CII_R_LINE_SET
       "/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxTotalAmount[@currencyID]",
       ATTR_IN("ISO4217", "currencyID"), "BT-5, BT-6",
       "The currency identifier (currencyID) must be an ISO 4217 alpha-3 code.",
       "L'identifiant de devise (currencyID) doit être un code ISO 4217 alpha-3."),
    CL("BR-CL-04", CII_R_SET "/ram:InvoiceCurrencyCode", VALUE_IN("ISO4217"), "BT-5",
       "The invoice currency code must be an ISO 4217 alpha-3 code.",
       "Le code de la devise de facturation doit être un code ISO 4217 alpha-3."),
    CL("BR-CL-05", CII_R_SET "/ram:TaxCurrencyCode", VALUE_IN("ISO4217"), "BT-6",
       "The VAT accounting currency code must be an ISO 4217 alpha-3 code.",
       "Le code de la devise de comptabilisation de la TVA doit être un code ISO 4217 alpha-3."),
    CL("BR-CL-06", CII_R_HDR_TAX "/ram:DueDateTypeCode | " CII_R_LINE_TAX "/ram:DueDateTypeCode",
       VALUE_IN("UNTDID2475"), "BT-8",
       "The VAT point date code must be 5, 29 or 72 (restriction of UNTDID 2475).",
       "Le code de date d'exigibilité de la TVA doit être 5, 29 ou 72 (restriction de l'UNTDID "
       "2475)."),
    CL("BR-CL-07", "fx:elements('ram', 'ReferenceTypeCode')", VALUE_IN("UNTDID1153"), "BT-18-1",
       "The scheme of an object identifier must be a code of UNTDID 1153.",
       "Le schéma d'un identifiant d'objet doit être un code de l'UNTDID 1153."),
    CL("BR-CL-08", "fx:elements('ram', 'SubjectCode')", VALUE_IN("UNTDID4451"), "BT-21",
       "The subject code of a note must be a code of UNTDID 4451.",
       "Le code de sujet d'une note doit être un code de l'UNTDID 4451."),
    CL("BR-CL-10",
       "fx:elements('ram', 'GlobalID')[@schemeID][not(ancestor::ram:SpecifiedTradeProduct) and "
       "not(ancestor::ram:ShipToTradeParty)]",
       ATTR_IN("ISO6523", "schemeID"), "BT-29-1, BT-46-1, BT-60-1",
       "The scheme of a global identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma d'un identifiant global doit être un code ICD de l'ISO/CEI 6523."),
    CL("BR-CL-11",
       "fx:elements('ram', 'ID')[@schemeID][not(ancestor::ram:SpecifiedTaxRegistration)]",
       ATTR_IN("ISO6523", "schemeID"), "BT-30-1, BT-47-1, BT-61-1",
       "The scheme of a registration identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma d'un identifiant d'immatriculation doit être un code ICD de l'ISO/CEI 6523."),
    CL("BR-CL-13", "fx:elements('ram', 'ClassCode')[@listID]", ATTR_IN("UNTDID7143", "listID"),
       "BT-158-1", "The scheme of an item classification identifier must be a code of UNTDID 7143.",
       "Le schéma d'un identifiant de classification d'article doit être un code de l'UNTDID "
       "7143."),
    CL("BR-CL-14", "fx:elements('ram', 'CountryID')", VALUE_IN("ISO3166"),
       "BT-40, BT-55, BT-69, BT-80", "A country code must be an ISO 3166-1 alpha-2 code.",
       "Un code pays doit être un code ISO 3166-1 alpha-2."),
    CL("BR-CL-15", CII_R_LINE_PRODUCT "/ram:OriginTradeCountry/ram:ID[not(@schemeID)]",
       VALUE_IN("ISO3166"), "BT-159",
       "The country of origin of an item must be an ISO 3166-1 alpha-2 code.",
       "Le pays d'origine d'un article doit être un code ISO 3166-1 alpha-2."),
    CL("BR-CL-16", CII_R_SET "/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode",
       VALUE_IN("UNTDID4461"), "BT-81", "The payment means code must be a code of UNTDID 4461.",
       "Le code de moyen de paiement doit être un code de l'UNTDID 4461."),
    CL("BR-CL-17", CII_ANY_AC_TAX "/ram:CategoryCode", VALUE_IN("UNTDID5305"), "BT-95, BT-102",
       "The VAT category code of an allowance or charge must be one of AE, L, M, E, S, Z, G, O, K "
       "and B (UNTDID 5305).",
       "Le code de catégorie de TVA d'une remise ou de frais doit être AE, L, M, E, S, Z, G, O, K "
       "ou B (UNTDID 5305)."),
    CL("BR-CL-18", CII_R_HDR_TAX "/ram:CategoryCode | " CII_R_LINE_TAX "/ram:CategoryCode",
       VALUE_IN("UNTDID5305"), "BT-118, BT-151",
       "The VAT category code must be one of AE, L, M, E, S, Z, G, O, K and B (UNTDID 5305).",
       "Le code de catégorie de TVA doit être AE, L, M, E, S, Z, G, O, K ou B (UNTDID 5305)."),
    CL("BR-CL-19", CII_ANY_AC "[" CII_IS_ALLOWANCE "]/ram:ReasonCode", VALUE_IN("UNTDID5189"),
       "BT-98, BT-140", "An allowance reason code must be a code of UNTDID 5189.",
       "Un code de motif de remise doit être un code de l'UNTDID 5189."),
    CL("BR-CL-20", CII_ANY_AC "[" CII_IS_CHARGE "]/ram:ReasonCode", VALUE_IN("UNTDID7161"),
       "BT-105, BT-145", "A charge reason code must be a code of UNTDID 7161.",
       "Un code de motif de frais doit être un code de l'UNTDID 7161."),
    CL("BR-CL-21", CII_R_LINE_PRODUCT "/ram:GlobalID[@schemeID]", ATTR_IN("ISO6523", "schemeID"),
       "BT-157-1", "The scheme of an item standard identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma de l'identifiant standard d'un article doit être un code ICD de l'ISO/CEI 6523."),
    CL("BR-CL-22", "fx:elements('ram', 'ExemptionReasonCode')", VALUE_IN("VATEX"), "BT-121",
       "The VAT exemption reason code must be a code of the VATEX list.",
       "Le code de motif d'exonération de TVA doit être un code de la liste VATEX."),
    CL("BR-CL-23", "fx:elements('ram', 'BasisQuantity BilledQuantity')[@unitCode]",
       ATTR_IN("REC20", "unitCode"), "BT-130, BT-150",
       "A unit of measure must be a code of UN/ECE Recommendation 20 or 21.",
       "Une unité de mesure doit être un code de la recommandation 20 ou 21 de la CEE-ONU."),
    CL("BR-CL-24", "fx:elements('ram', 'AttachmentBinaryObject')[@mimeCode]",
       ATTR_IN("MIME", "mimeCode"), "BT-125-1",
       "The MIME type of an attached document must be application/pdf, image/png, image/jpeg, "
       "text/csv, an Excel (xlsx) or an OpenDocument spreadsheet (ods).",
       "Le type MIME d'un document joint doit être application/pdf, image/png, image/jpeg, "
       "text/csv, un classeur Excel (xlsx) ou OpenDocument (ods)."),
    CL("BR-CL-25", "fx:elements('ram', 'URIID')[parent::ram:URIUniversalCommunication][@schemeID]",
       ATTR_IN("EAS", "schemeID"), "BT-34-1, BT-49-1",
       "The scheme of an electronic address must be a code of the EAS list.",
       "Le schéma d'une adresse électronique doit être un code de la liste EAS."),
    CL("BR-CL-26", CII_R_DLV "/ram:ShipToTradeParty/ram:GlobalID[@schemeID]",
       ATTR_IN("ISO6523", "schemeID"), "BT-71-1",
       "The scheme of a delivery location identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma de l'identifiant du lieu de livraison doit être un code ICD de l'ISO/CEI 6523."),
};

const fx_ruleset fx_rules_cen_cl = {"cen-cl", rules, sizeof(rules) / sizeof(rules[0])};
