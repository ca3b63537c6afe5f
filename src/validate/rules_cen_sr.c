/*
 * CEN CII syntax rules CII-SR-* (layer 4, CEN CII artefacts release
 * 1.3.16): parts of the CII syntax EN 16931 does not use (warnings) and
 * cardinalities the binding restricts (mostly fatal).
 *
 * The 419 rules that only forbid an element are listed in
 * rules_cen_sr_lists.h and checked in C (one cheap child walk each, no
 * XPath). The others are XPath tests. As in the artefacts, CII-SR-004 and
 * CII-SR-005 are reported as CII-SR-04 and CII-SR-05, CII-SR-282 tests the
 * tax representative's identifier, and CII-SR-464 is a tautology that never
 * fires. CII-SR-474, -475 and -476 (warnings about additional documents of
 * type 130 and 916, new in 1.3.16) are not implemented: their exact tests
 * were not available.
 */
#include "validate/cii_nodes.h"
#include "validate/rule.h"
#include "validate/rules_cen_paths.h"
#include "validate/rules_cen_sr_lists.h"

#define L4 FX_LAYER_EN16931
#define FATAL FX_SEVERITY_FATAL
#define WARNING FX_SEVERITY_WARNING

/* Defines sr_<n>, the C check of an "element not used" rule: passes when
 * nothing exists at path below the context node. */
#define ABSENT_FN(C, n, path)                                                                      \
	static bool sr_##n(fx_vctx *ctx, xmlNodePtr node)                                          \
	{                                                                                          \
		return !fx_node_path_exists(node, path);                                           \
	}

/* The table entry of an "element not used" rule on context C. */
#define ABSENT_RULE(C, n, path)                                                                    \
	{"CII-SR-" #n,                                                                             \
	 L4,                                                                                       \
	 WARNING,                                                                                  \
	 0,                                                                                        \
	 C,                                                                                        \
	 NULL,                                                                                     \
	 sr_##n,                                                                                   \
	 NULL,                                                                                     \
	 "The element " path " is not used by EN 16931 and should not be present.",                \
	 "L'élément " path " n'est pas utilisé par l'EN 16931 et ne devrait pas être présent."},

/* One rule with an XPath test. */
#define RULE(id, sev, ctx, test, bt, en, fr)                                                       \
	{                                                                                          \
		id, L4, sev, 0, ctx, test, NULL, bt, en, fr                                        \
	}

/* Contexts besides the CII_* paths. */
#define CTX_NOTE CII_DOC "/ram:IncludedNote"
#define CTX_LINE_DOCUMENT CII_LINE "/ram:AssociatedDocumentLineDocument"
#define CTX_CHARACTERISTIC CII_LINE_PRODUCT "/ram:ApplicableProductCharacteristic"
#define CTX_PAYMENT_MEANS CII_R_SET "/ram:SpecifiedTradeSettlementPaymentMeans"
#define CTX_CONTEXT_PARAMETER "fx:elements-ending('*', 'DocumentContextParameter')"

/* The payment means codes (BT-81) and texts (BT-82) of the invoice. */
#define PAYMENT_CODES CTX_PAYMENT_MEANS "/ram:TypeCode"
#define PAYMENT_TEXTS CTX_PAYMENT_MEANS "/ram:Information"
/* The VAT point date codes (BT-8) of every VAT group. */
#define DUE_DATE_CODES                                                                             \
	"(" CII_R_HDR_TAX "/ram:DueDateTypeCode | " CII_R_LINE_TAX "/ram:DueDateTypeCode)"

/* Test: all nodes of set have the normalised value of the first one. */
#define ALL_SAME_NORMALIZED(set) "not(" set "[normalize-space(.) != normalize-space((" set ")[1])])"

/* The price discount (BT-147) of a line. */
#define PRICE_AC "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge"

/* A fatal "at most once" rule on the document totals. */
#define TOTAL_ONCE(n, name, bt)                                                                    \
	RULE("CII-SR-" #n, FATAL, CII_SUM, "count(ram:" name ") <= 1", bt,                         \
	     "The document totals must not contain " name " more than once.",                      \
	     "Les totaux du document ne doivent pas contenir " name " plus d'une fois.")

FX_SR_ABSENT_DOC_CONTEXT(ABSENT_FN, _)
FX_SR_ABSENT_EXCHANGED_DOCUMENT(ABSENT_FN, _)
FX_SR_ABSENT_LINE(ABSENT_FN, _)
FX_SR_ABSENT_LINE_DOCUMENT(ABSENT_FN, _)
FX_SR_ABSENT_PRODUCT(ABSENT_FN, _)
FX_SR_ABSENT_LINE_AGREEMENT(ABSENT_FN, _)
FX_SR_ABSENT_LINE_DELIVERY(ABSENT_FN, _)
FX_SR_ABSENT_LINE_SETTLEMENT(ABSENT_FN, _)
FX_SR_ABSENT_AGREEMENT(ABSENT_FN, _)
FX_SR_ABSENT_DELIVERY(ABSENT_FN, _)
FX_SR_ABSENT_SETTLEMENT(ABSENT_FN, _)
FX_SR_ABSENT_TOTALS(ABSENT_FN, _)
FX_SR_ABSENT_INVOICE(ABSENT_FN, _)

static const fx_rule rules[] = {
    /* Payment instructions. */
    RULE("CII-SR-464", WARNING, CTX_PAYMENT_MEANS, "true()", "BT-86",
         "Only one payment service provider identifier (BT-86) should be given.",
         "Un seul identifiant de prestataire de paiement (BT-86) devrait être indiqué."),

    /* Document context. */
    FX_SR_ABSENT_DOC_CONTEXT(ABSENT_RULE, CII_CTX)
        RULE("CII-SR-003", WARNING, CII_CTX,
             "count(ram:BusinessProcessSpecifiedDocumentContextParameter) <= 1", "BT-23",
             "The business process (BT-23) should be given at most once.",
             "Le processus métier (BT-23) devrait être indiqué au plus une fois."),
    RULE("CII-SR-009", FATAL, CII_CTX, "count(ram:GuidelineSpecifiedDocumentContextParameter) = 1",
         "BT-24",
         "The document context must contain exactly one GuidelineSpecifiedDocumentContextParameter "
         "(specification identifier, BT-24).",
         "Le contexte du document doit contenir exactement un "
         "GuidelineSpecifiedDocumentContextParameter (identifiant de spécification, BT-24)."),
    RULE("CII-SR-010", FATAL, CII_CTX,
         "count(ram:GuidelineSpecifiedDocumentContextParameter/ram:ID) = 1", "BT-24",
         "The specification identifier (BT-24) must be given exactly once.",
         "L'identifiant de spécification (BT-24) doit être indiqué exactement une fois."),

    /* Exchanged document. */
    FX_SR_ABSENT_EXCHANGED_DOCUMENT(ABSENT_RULE, CII_DOC)
        RULE("CII-SR-014", FATAL, CII_DOC, "count(ram:TypeCode) = 1", "BT-3",
             "The invoice type code (BT-3) must be given exactly once.",
             "Le code de type de facture (BT-3) doit être indiqué exactement une fois."),
    RULE("CII-SR-030", WARNING, CTX_NOTE, "count(ram:Content) <= 1", "BT-22",
         "An invoice note should have at most one Content (BT-22).",
         "Une note de facture devrait avoir au plus un Content (BT-22)."),

    /* Invoice lines. */
    FX_SR_ABSENT_LINE(ABSENT_RULE, CII_LINE)
        FX_SR_ABSENT_LINE_DOCUMENT(ABSENT_RULE, CTX_LINE_DOCUMENT)
            RULE("CII-SR-039", WARNING, CTX_LINE_DOCUMENT, "count(ram:IncludedNote) <= 1", "BT-127",
                 "An invoice line should have at most one note (BT-127).",
                 "Une ligne de facture devrait avoir au plus une note (BT-127)."),
    RULE("CII-SR-040", WARNING, CTX_LINE_DOCUMENT, "count(ram:IncludedNote/ram:Content) <= 1",
         "BT-127", "The note of an invoice line should have at most one Content (BT-127).",
         "La note d'une ligne de facture devrait avoir au plus un Content (BT-127)."),
    FX_SR_ABSENT_PRODUCT(ABSENT_RULE, CII_LINE_PRODUCT)
        RULE("CII-SR-046", FATAL, CII_LINE_PRODUCT, "not(ram:GlobalID) or ram:GlobalID/@schemeID",
             "BT-157-1",
             "The item standard identifier (BT-157) must have a scheme identifier (schemeID).",
             "L'identifiant standard de l'article (BT-157) doit avoir un identifiant de schéma "
             "(schemeID)."),
    RULE("CII-SR-090", FATAL, CII_LINE_PRODUCT,
         "not(ram:OriginTradeCountry) or count(ram:OriginTradeCountry/ram:ID) = 1", "BT-159",
         "The item country of origin (BT-159) must be given exactly once.",
         "Le pays d'origine de l'article (BT-159) doit être indiqué exactement une fois."),
    RULE("CII-SR-069", FATAL, CTX_CHARACTERISTIC, "count(ram:Description) = 1", "BT-160",
         "An item attribute must have exactly one name (BT-160).",
         "Un attribut d'article doit avoir exactement un nom (BT-160)."),
    RULE("CII-SR-072", FATAL, CTX_CHARACTERISTIC, "count(ram:Value) = 1", "BT-161",
         "An item attribute must have exactly one value (BT-161).",
         "Un attribut d'article doit avoir exactement une valeur (BT-161)."),
    FX_SR_ABSENT_LINE_AGREEMENT(ABSENT_RULE, CII_LINE_AGR)
        RULE("CII-SR-439", FATAL, CII_LINE_AGR,
             "count(ram:NetPriceProductTradePrice/ram:ChargeAmount) = 1", "BT-146",
             "An invoice line must have exactly one item net price (BT-146).",
             "Une ligne de facture doit avoir exactement un prix net d'article (BT-146)."),
    RULE("CII-SR-441", FATAL, CII_LINE_AGR,
         "count(ram:NetPriceProductTradePrice/ram:ChargeAmount) <= 1", "BT-146",
         "The item net price (BT-146) must not be given more than once.",
         "Le prix net de l'article (BT-146) ne doit pas être indiqué plus d'une fois."),
    RULE("CII-SR-119", WARNING, CII_LINE_AGR,
         "(" PRICE_AC "/ram:ChargeIndicator/udt:Indicator[normalize-space(.) = 'false' or "
         "normalize-space(.) = '0'] and " PRICE_AC "/ram:ActualAmount) or (not(" PRICE_AC
         "/ram:ChargeIndicator) and not(" PRICE_AC "/ram:ActualAmount))",
         "BT-147",
         "Only a price discount (an allowance with its amount, BT-147) should be given on the "
         "gross price.",
         "Seul un rabais (remise avec son montant, BT-147) devrait figurer sur le prix brut."),
    RULE("CII-SR-463", FATAL, CII_ANY_AC, "ram:ChargeIndicator", "BG-20, BG-21, BG-27, BG-28",
         "Each allowance or charge must have a charge indicator.",
         "Chaque remise ou frais doit avoir un indicateur de frais (ChargeIndicator)."),
    RULE("CII-SR-471", FATAL, CII_ANY_AC, "count(ram:RateApplicablePercent) <= 1",
         "BG-20, BG-21, BG-27, BG-28",
         "An allowance or charge must not have more than one RateApplicablePercent.",
         "Une remise ou des frais ne doivent pas avoir plus d'un RateApplicablePercent."),
    RULE("CII-SR-472", FATAL, CII_ANY_AC, "count(ram:CategoryTradeTax) <= 1", "BT-95, BT-102",
         "An allowance or charge must not have more than one VAT group (CategoryTradeTax).",
         "Une remise ou des frais ne doivent pas avoir plus d'un groupe de TVA "
         "(CategoryTradeTax)."),
    RULE("CII-SR-473", FATAL, CII_ANY_AC, "count(ram:ActualAmount) <= 1",
         "BT-92, BT-99, BT-136, BT-141",
         "An allowance or charge must not have more than one amount.",
         "Une remise ou des frais ne doivent pas avoir plus d'un montant."),
    RULE("CII-SR-440", FATAL, CII_PRICE_AC, "count(ram:ActualAmount) <= 1", "BT-147",
         "The item price discount (BT-147) must not be given more than once.",
         "Le rabais sur le prix de l'article (BT-147) ne doit pas être indiqué plus d'une fois."),
    FX_SR_ABSENT_LINE_DELIVERY(ABSENT_RULE, CII_LINE_DLV)
        FX_SR_ABSENT_LINE_SETTLEMENT(ABSENT_RULE, CII_LINE_SET) RULE(
            "CII-SR-454", WARNING, CII_LINE_SET, "count(ram:ApplicableTradeTax) = 1", "BG-30",
            "An invoice line should have exactly one VAT group (ApplicableTradeTax).",
            "Une ligne de facture devrait avoir exactement un groupe de TVA (ApplicableTradeTax)."),

    /* Header agreement. */
    FX_SR_ABSENT_AGREEMENT(ABSENT_RULE, CII_AGR)
        RULE("CII-SR-450", WARNING, CII_AGR,
             "not(ram:BuyerTradeParty/ram:ID and ram:BuyerTradeParty/ram:GlobalID)", "BT-46",
             "Only one buyer identifier should be given (ID or GlobalID).",
             "Un seul identifiant de l'acheteur devrait être indiqué (ID ou GlobalID)."),
    RULE("CII-SR-455", FATAL, CII_AGR, "count(ram:SellerTradeParty/ram:DefinedTradeContact) <= 1",
         "BG-6", "The seller contact (BG-6) must not be given more than once.",
         "Le contact du vendeur (BG-6) ne doit pas être indiqué plus d'une fois."),
    RULE("CII-SR-456", FATAL, CII_AGR, "count(ram:BuyerTradeParty/ram:DefinedTradeContact) <= 1",
         "BG-9", "The buyer contact (BG-9) must not be given more than once.",
         "Le contact de l'acheteur (BG-9) ne doit pas être indiqué plus d'une fois."),
    RULE("CII-SR-457", WARNING, CII_AGR,
         "count(ram:AdditionalReferencedDocument[ram:TypeCode = '50']) <= 1", "BT-17",
         "The tender or lot reference (type code 50, BT-17) should be given at most once.",
         "La référence d'appel d'offres ou de lot (code 50, BT-17) devrait être indiquée au plus "
         "une fois."),
    RULE("CII-SR-458", WARNING, CII_AGR,
         "count(ram:AdditionalReferencedDocument[ram:TypeCode = '130']) <= 1", "BT-18",
         "The invoiced object identifier (type code 130, BT-18) should be given at most once.",
         "L'identifiant de l'objet facturé (code 130, BT-18) devrait être indiqué au plus une "
         "fois."),
    RULE("CII-SR-459", FATAL, CII_AGR,
         "count(ram:SellerTradeParty/ram:URIUniversalCommunication) <= 1", "BT-34",
         "The seller electronic address (BT-34) must not be given more than once.",
         "L'adresse électronique du vendeur (BT-34) ne doit pas être indiquée plus d'une fois."),
    RULE("CII-SR-460", FATAL, CII_AGR,
         "count(ram:BuyerTradeParty/ram:URIUniversalCommunication) <= 1", "BT-49",
         "The buyer electronic address (BT-49) must not be given more than once.",
         "L'adresse électronique de l'acheteur (BT-49) ne doit pas être indiquée plus d'une "
         "fois."),
    RULE("CII-SR-465", WARNING, CII_AGR,
         "not(ram:SellerTradeParty/ram:DefinedTradeContact/ram:PersonName and "
         "ram:SellerTradeParty/ram:DefinedTradeContact/ram:DepartmentName)",
         "BT-41",
         "The seller contact point (BT-41) should be given only once (a person or a "
         "department).",
         "Le point de contact du vendeur (BT-41) ne devrait être indiqué qu'une fois (une "
         "personne ou un service)."),
    RULE("CII-SR-466", WARNING, CII_AGR,
         "not(ram:BuyerTradeParty/ram:DefinedTradeContact/ram:PersonName and "
         "ram:BuyerTradeParty/ram:DefinedTradeContact/ram:DepartmentName)",
         "BT-56",
         "The buyer contact point (BT-56) should be given only once (a person or a "
         "department).",
         "Le point de contact de l'acheteur (BT-56) ne devrait être indiqué qu'une fois (une "
         "personne ou un service)."),

    /* Header delivery. */
    FX_SR_ABSENT_DELIVERY(ABSENT_RULE, CII_DLV)
        RULE("CII-SR-449", WARNING, CII_DLV,
             "not(ram:ShipToTradeParty/ram:ID and ram:ShipToTradeParty/ram:GlobalID)", "BT-71",
             "Only one deliver to location identifier should be given (ID or GlobalID).",
             "Un seul identifiant du lieu de livraison devrait être indiqué (ID ou GlobalID)."),

    /* Header settlement. */
    FX_SR_ABSENT_SETTLEMENT(ABSENT_RULE, CII_SET)
        RULE("CII-SR-451", WARNING, CII_SET,
             "not(ram:PayeeTradeParty/ram:ID and ram:PayeeTradeParty/ram:GlobalID)", "BT-60",
             "Only one payee identifier should be given (ID or GlobalID).",
             "Un seul identifiant du bénéficiaire devrait être indiqué (ID ou GlobalID)."),
    RULE("CII-SR-452", WARNING, CII_SET, "count(ram:SpecifiedTradePaymentTerms) <= 1", "BT-20",
         "The payment terms should be given at most once.",
         "Les conditions de paiement devraient être indiquées au plus une fois."),
    RULE("CII-SR-453", WARNING, CII_SET,
         "count(ram:SpecifiedTradePaymentTerms/ram:Description) <= 1", "BT-20",
         "The payment terms text (BT-20) should be given at most once.",
         "Le texte des conditions de paiement (BT-20) devrait être indiqué au plus une fois."),
    RULE("CII-SR-461", FATAL, CII_SET, "count(ram:ApplicableTradeTax/ram:TaxPointDate) <= 1",
         "BT-7", "The VAT point date (BT-7) must not be given more than once.",
         "La date d'exigibilité de la TVA (BT-7) ne doit pas être indiquée plus d'une fois."),
    RULE("CII-SR-462", FATAL, CII_SET,
         "not(" DUE_DATE_CODES "[. != string(" DUE_DATE_CODES "[1])])", "BT-8",
         "All VAT point date codes (BT-8) must have the same value.",
         "Tous les codes de date d'exigibilité de la TVA (BT-8) doivent avoir la même valeur."),
    RULE("CII-SR-470", FATAL, CII_SET,
         "not(ram:SpecifiedTradeSettlementPaymentMeans[(normalize-space(ram:TypeCode) = '30' or "
         "normalize-space(ram:TypeCode) = '58') and not(ram:PayeePartyCreditorFinancialAccount/"
         "ram:IBANID or ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID)])",
         "BT-84",
         "A credit transfer (payment means 30 or 58) must give the payment account identifier "
         "(IBAN or proprietary identifier, BT-84).",
         "Un virement (moyen de paiement 30 ou 58) doit indiquer l'identifiant du compte de "
         "paiement (IBAN ou identifiant propriétaire, BT-84)."),

    /* Document totals. */
    FX_SR_ABSENT_TOTALS(ABSENT_RULE, CII_SUM) TOTAL_ONCE(477, "LineTotalAmount", "BT-106"),
    TOTAL_ONCE(478, "ChargeTotalAmount", "BT-108"),
    TOTAL_ONCE(479, "AllowanceTotalAmount", "BT-107"),
    TOTAL_ONCE(480, "TaxBasisTotalAmount", "BT-109"),
    TOTAL_ONCE(481, "RoundingAmount", "BT-114"),
    TOTAL_ONCE(482, "GrandTotalAmount", "BT-112"),
    TOTAL_ONCE(483, "InformationAmount", NULL),
    TOTAL_ONCE(484, "TotalPrepaidAmount", "BT-113"),
    TOTAL_ONCE(485, "TotalDiscountAmount", NULL),
    TOTAL_ONCE(486, "TotalAllowanceChargeAmount", NULL),
    TOTAL_ONCE(487, "DuePayableAmount", "BT-115"),
    TOTAL_ONCE(488, "RetailValueExcludingTaxInformationAmount", NULL),
    TOTAL_ONCE(489, "TotalDepositFeeInformationAmount", NULL),
    TOTAL_ONCE(490, "ProductValueExcludingTobaccoTaxInformationAmount", NULL),
    TOTAL_ONCE(491, "TotalRetailValueInformationAmount", NULL),
    TOTAL_ONCE(492, "GrossLineTotalAmount", NULL),
    TOTAL_ONCE(493, "NetLineTotalAmount", NULL),
    TOTAL_ONCE(494, "NetIncludingTaxesLineTotalAmount", NULL),

    /* Whole invoice. */
    FX_SR_ABSENT_INVOICE(ABSENT_RULE, CII_INV)
        RULE("CII-SR-467", FATAL, CII_INV, ALL_SAME_NORMALIZED(PAYMENT_CODES), "BT-81",
             "All payment means type codes (BT-81) must have the same value.",
             "Tous les codes de type de moyen de paiement (BT-81) doivent avoir la même valeur."),
    RULE("CII-SR-468", FATAL, CII_INV, ALL_SAME_NORMALIZED(PAYMENT_TEXTS), "BT-82",
         "All payment means texts (BT-82) must have the same value.",
         "Tous les libellés de moyen de paiement (BT-82) doivent avoir la même valeur."),
    RULE("CII-SR-469", FATAL, CII_INV, "count(" CII_R_SET "/ram:PaymentReference) <= 1", "BT-83",
         "The remittance information (BT-83) must not be given more than once.",
         "L'avis de paiement (BT-83) ne doit pas être indiqué plus d'une fois."),

    /* Every document context parameter. */
    RULE("CII-SR-04", WARNING, CTX_CONTEXT_PARAMETER, "not(ram:Value)", "BT-23, BT-24",
         "A document context parameter should not have a Value.",
         "Un paramètre de contexte du document ne devrait pas avoir de Value."),
    RULE("CII-SR-05", WARNING, CTX_CONTEXT_PARAMETER, "not(ram:SpecifiedDocumentVersion)",
         "BT-23, BT-24", "A document context parameter should not have a SpecifiedDocumentVersion.",
         "Un paramètre de contexte du document ne devrait pas avoir de SpecifiedDocumentVersion."),
};

const fx_ruleset fx_rules_cen_sr = {"cen-sr", rules, sizeof(rules) / sizeof(rules[0])};
