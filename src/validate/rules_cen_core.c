/*
 * CEN EN 16931 CII rules BR-01 .. BR-65 (release 1.3.16): mandatory and
 * conditional business terms. Contexts and tests follow the official CII
 * binding; the ids absent from that release (BR-34, BR-35, BR-39, BR-40,
 * BR-58..60, BR-66) are not rules there.
 */
#include "validate/rule.h"
#include "validate/rules_cen_ctx.h"

/* A fatal rule of layer 4 applying to every profile. */
#define CEN(id, ctx, test, bt, en, fr)                                                             \
	{                                                                                          \
		id, FX_LAYER_EN16931, FX_SEVERITY_FATAL, 0, ctx, test, NULL, bt, en, fr            \
	}

/* Paths relative to the invoice element. */
#define R_HA "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
#define R_SELLER R_HA "/ram:SellerTradeParty"
#define R_BUYER R_HA "/ram:BuyerTradeParty"
/* Paths relative to an invoice line. */
#define L_PRODUCT "ram:SpecifiedTradeProduct"
#define L_PRICE "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"
#define L_GROSS "ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount"
/* The period test of BR-29 / BR-30: end on or after start when both are there. */
#define PERIOD_ORDER                                                                               \
	"ram:EndDateTime/udt:DateTimeString[@format = '102'] >= "                                  \
	"ram:StartDateTime/udt:DateTimeString[@format = '102'] or not(ram:EndDateTime) or "        \
	"not(ram:StartDateTime)"
/* A reason or a reason code next to the charge indicator. */
#define HAS_REASON "../ram:Reason or ../ram:ReasonCode"

static const fx_rule rules[] = {
    CEN("BR-01", FX_CTX_INVOICE,
        "normalize-space(rsm:ExchangedDocumentContext/"
        "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID) != ''",
        "BT-24", "An invoice shall have a specification identifier (BT-24).",
        "Une facture doit comporter un identifiant de spécification (BT-24)."),
    CEN("BR-02", FX_CTX_INVOICE, "normalize-space(rsm:ExchangedDocument/ram:ID) != ''", "BT-1",
        "An invoice shall have an invoice number (BT-1).",
        "Une facture doit comporter un numéro de facture (BT-1)."),
    CEN("BR-03", FX_CTX_INVOICE,
        "normalize-space(rsm:ExchangedDocument/ram:IssueDateTime/"
        "udt:DateTimeString[@format = '102']) != ''",
        "BT-2", "An invoice shall have an issue date (BT-2) in format 102 (YYYYMMDD).",
        "Une facture doit comporter une date d'émission (BT-2) au format 102 (AAAAMMJJ)."),
    CEN("BR-04", FX_CTX_INVOICE, "normalize-space(rsm:ExchangedDocument/ram:TypeCode) != ''",
        "BT-3", "An invoice shall have an invoice type code (BT-3).",
        "Une facture doit comporter un code de type de facture (BT-3)."),
    CEN("BR-05", FX_CTX_INVOICE,
        "normalize-space(rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
        "ram:InvoiceCurrencyCode) != ''",
        "BT-5", "An invoice shall have an invoice currency code (BT-5).",
        "Une facture doit comporter un code de devise de facturation (BT-5)."),
    CEN("BR-06", FX_CTX_INVOICE, "normalize-space(" R_SELLER "/ram:Name) != ''", "BT-27",
        "An invoice shall contain the seller's name (BT-27).",
        "Une facture doit comporter le nom du vendeur (BT-27)."),
    CEN("BR-07", FX_CTX_INVOICE, "normalize-space(" R_BUYER "/ram:Name) != ''", "BT-44",
        "An invoice shall contain the buyer's name (BT-44).",
        "Une facture doit comporter le nom de l'acheteur (BT-44)."),
    CEN("BR-08", FX_CTX_INVOICE, R_SELLER "/ram:PostalTradeAddress", "BG-5",
        "An invoice shall contain the seller's postal address (BG-5).",
        "Une facture doit comporter l'adresse postale du vendeur (BG-5)."),
    CEN("BR-09", FX_CTX_INVOICE,
        "normalize-space(" R_SELLER "/ram:PostalTradeAddress/ram:CountryID) != ''", "BT-40",
        "The seller's postal address (BG-5) shall contain a country code (BT-40).",
        "L'adresse postale du vendeur (BG-5) doit comporter un code pays (BT-40)."),
    CEN("BR-10", FX_CTX_INVOICE, R_BUYER "/ram:PostalTradeAddress", "BG-8",
        "An invoice shall contain the buyer's postal address (BG-8).",
        "Une facture doit comporter l'adresse postale de l'acheteur (BG-8)."),
    CEN("BR-11", FX_CTX_INVOICE,
        "normalize-space(" R_BUYER "/ram:PostalTradeAddress/ram:CountryID) != ''", "BT-55",
        "The buyer's postal address (BG-8) shall contain a country code (BT-55).",
        "L'adresse postale de l'acheteur (BG-8) doit comporter un code pays (BT-55)."),
    CEN("BR-12", FX_CTX_TOTALS, "ram:LineTotalAmount", "BT-106",
        "An invoice shall have the sum of the invoice line net amounts (BT-106).",
        "Une facture doit comporter la somme des montants nets des lignes (BT-106)."),
    CEN("BR-13", FX_CTX_TOTALS, "ram:TaxBasisTotalAmount", "BT-109",
        "An invoice shall have the total amount without VAT (BT-109).",
        "Une facture doit comporter le montant total hors TVA (BT-109)."),
    CEN("BR-14", FX_CTX_TOTALS, "ram:GrandTotalAmount", "BT-112",
        "An invoice shall have the total amount with VAT (BT-112).",
        "Une facture doit comporter le montant total TVA comprise (BT-112)."),
    CEN("BR-15", FX_CTX_TOTALS, "ram:DuePayableAmount", "BT-115",
        "An invoice shall have the amount due for payment (BT-115).",
        "Une facture doit comporter le montant à payer (BT-115)."),
    CEN("BR-16", FX_CTX_INVOICE,
        "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem", "BG-25",
        "An invoice shall have at least one invoice line (BG-25).",
        "Une facture doit comporter au moins une ligne (BG-25)."),
    CEN("BR-17", FX_CTX_PAYEE,
        "ram:Name and not(ram:Name = ../../ram:ApplicableHeaderTradeAgreement/"
        "ram:SellerTradeParty/ram:Name) and not(ram:ID = ../../ram:ApplicableHeaderTradeAgreement/"
        "ram:SellerTradeParty/ram:ID) and not(ram:SpecifiedLegalOrganization/ram:ID = "
        "../../ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/"
        "ram:SpecifiedLegalOrganization/ram:ID)",
        "BT-59",
        "The payee's name (BT-59) shall be given when the payee (BG-10) is not the seller.",
        "Le nom du bénéficiaire (BT-59) doit figurer lorsque le bénéficiaire (BG-10) n'est pas "
        "le vendeur."),
    CEN("BR-18", FX_CTX_TAX_REPRESENTATIVE, "normalize-space(ram:Name) != ''", "BT-62",
        "A seller's tax representative (BG-11) shall have a name (BT-62).",
        "Le représentant fiscal du vendeur (BG-11) doit avoir un nom (BT-62)."),
    CEN("BR-19", FX_CTX_TAX_REPRESENTATIVE, "ram:PostalTradeAddress", "BG-12",
        "A seller's tax representative (BG-11) shall have a postal address (BG-12).",
        "Le représentant fiscal du vendeur (BG-11) doit avoir une adresse postale (BG-12)."),
    CEN("BR-20", FX_CTX_TAX_REPRESENTATIVE,
        "normalize-space(ram:PostalTradeAddress/ram:CountryID) != ''", "BT-69",
        "The tax representative's postal address (BG-12) shall contain a country code (BT-69).",
        "L'adresse postale du représentant fiscal (BG-12) doit comporter un code pays (BT-69)."),
    CEN("BR-21", FX_CTX_LINE,
        "normalize-space(ram:AssociatedDocumentLineDocument/ram:LineID) != ''", "BT-126",
        "Each invoice line (BG-25) shall have a line identifier (BT-126).",
        "Chaque ligne de facture (BG-25) doit avoir un identifiant (BT-126)."),
    CEN("BR-22", FX_CTX_LINE, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", "BT-129",
        "Each invoice line (BG-25) shall have an invoiced quantity (BT-129).",
        "Chaque ligne de facture (BG-25) doit avoir une quantité facturée (BT-129)."),
    CEN("BR-23", FX_CTX_LINE, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode",
        "BT-130", "Each invoice line (BG-25) shall have a unit of measure code (BT-130).",
        "Chaque ligne de facture (BG-25) doit avoir un code d'unité de mesure (BT-130)."),
    CEN("BR-24", FX_CTX_LINE,
        "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/"
        "ram:LineTotalAmount",
        "BT-131", "Each invoice line (BG-25) shall have a line net amount (BT-131).",
        "Chaque ligne de facture (BG-25) doit avoir un montant net (BT-131)."),
    CEN("BR-25", FX_CTX_LINE, "normalize-space(" L_PRODUCT "/ram:Name) != ''", "BT-153",
        "Each invoice line (BG-25) shall contain the item name (BT-153).",
        "Chaque ligne de facture (BG-25) doit comporter le nom de l'article (BT-153)."),
    CEN("BR-26", FX_CTX_LINE, L_PRICE, "BT-146",
        "Each invoice line (BG-25) shall contain the item net price (BT-146).",
        "Chaque ligne de facture (BG-25) doit comporter le prix net de l'article (BT-146)."),
    CEN("BR-27", FX_CTX_LINE, L_PRICE " >= 0", "BT-146",
        "The item net price (BT-146) shall not be negative.",
        "Le prix net de l'article (BT-146) ne doit pas être négatif."),
    CEN("BR-28", FX_CTX_LINE, L_GROSS " >= 0 or not(" L_GROSS ")", "BT-148",
        "The item gross price (BT-148) shall not be negative.",
        "Le prix brut de l'article (BT-148) ne doit pas être négatif."),
    CEN("BR-29", FX_CTX_INVOICE_PERIOD, PERIOD_ORDER, "BT-73 BT-74",
        "The invoicing period end date (BT-74) shall not be before its start date (BT-73).",
        "La date de fin de la période de facturation (BT-74) ne doit pas précéder sa date de "
        "début (BT-73)."),
    CEN("BR-30", FX_CTX_LINE_PERIOD, PERIOD_ORDER, "BT-134 BT-135",
        "The line period end date (BT-135) shall not be before its start date (BT-134).",
        "La date de fin de la période de la ligne (BT-135) ne doit pas précéder sa date de "
        "début (BT-134)."),
    CEN("BR-31", FX_CTX_DOC_ALLOWANCES, "../ram:ActualAmount", "BT-92",
        "Each document level allowance (BG-20) shall have an amount (BT-92).",
        "Chaque remise au niveau du document (BG-20) doit avoir un montant (BT-92)."),
    CEN("BR-32", FX_CTX_DOC_ALLOWANCES,
        "../ram:CategoryTradeTax[fx:upper(ram:TypeCode) = 'VAT']/ram:CategoryCode", "BT-95",
        "Each document level allowance (BG-20) shall have a VAT category code (BT-95).",
        "Chaque remise au niveau du document (BG-20) doit avoir un code de catégorie de TVA "
        "(BT-95)."),
    CEN("BR-33", FX_CTX_DOC_ALLOWANCES, HAS_REASON, "BT-97 BT-98",
        "Each document level allowance (BG-20) shall have a reason (BT-97) or a reason code "
        "(BT-98).",
        "Chaque remise au niveau du document (BG-20) doit avoir un motif (BT-97) ou un code de "
        "motif (BT-98)."),
    CEN("BR-36", FX_CTX_DOC_CHARGES, "../ram:ActualAmount", "BT-99",
        "Each document level charge (BG-21) shall have an amount (BT-99).",
        "Chaque charge au niveau du document (BG-21) doit avoir un montant (BT-99)."),
    CEN("BR-37", FX_CTX_DOC_CHARGES,
        "../ram:CategoryTradeTax[fx:upper(ram:TypeCode) = 'VAT']/ram:CategoryCode", "BT-102",
        "Each document level charge (BG-21) shall have a VAT category code (BT-102).",
        "Chaque charge au niveau du document (BG-21) doit avoir un code de catégorie de TVA "
        "(BT-102)."),
    CEN("BR-38", FX_CTX_DOC_CHARGES, HAS_REASON, "BT-104 BT-105",
        "Each document level charge (BG-21) shall have a reason (BT-104) or a reason code "
        "(BT-105).",
        "Chaque charge au niveau du document (BG-21) doit avoir un motif (BT-104) ou un code de "
        "motif (BT-105)."),
    CEN("BR-41", FX_CTX_LINE_ALLOWANCES, "../ram:ActualAmount", "BT-136",
        "Each invoice line allowance (BG-27) shall have an amount (BT-136).",
        "Chaque remise de ligne (BG-27) doit avoir un montant (BT-136)."),
    CEN("BR-42", FX_CTX_LINE_ALLOWANCES, HAS_REASON, "BT-139 BT-140",
        "Each invoice line allowance (BG-27) shall have a reason (BT-139) or a reason code "
        "(BT-140).",
        "Chaque remise de ligne (BG-27) doit avoir un motif (BT-139) ou un code de motif "
        "(BT-140)."),
    CEN("BR-43", FX_CTX_LINE_CHARGES, "../ram:ActualAmount", "BT-141",
        "Each invoice line charge (BG-28) shall have an amount (BT-141).",
        "Chaque charge de ligne (BG-28) doit avoir un montant (BT-141)."),
    CEN("BR-44", FX_CTX_LINE_CHARGES, HAS_REASON, "BT-144 BT-145",
        "Each invoice line charge (BG-28) shall have a reason (BT-144) or a reason code "
        "(BT-145).",
        "Chaque charge de ligne (BG-28) doit avoir un motif (BT-144) ou un code de motif "
        "(BT-145)."),
    CEN("BR-45", FX_CTX_VAT_BREAKDOWN, "ram:BasisAmount", "BT-116",
        "Each VAT breakdown (BG-23) shall have a taxable amount (BT-116).",
        "Chaque ventilation de TVA (BG-23) doit avoir une base d'imposition (BT-116)."),
    CEN("BR-46", FX_CTX_VAT_BREAKDOWN, "ram:CalculatedAmount", "BT-117",
        "Each VAT breakdown (BG-23) shall have a tax amount (BT-117).",
        "Chaque ventilation de TVA (BG-23) doit avoir un montant de taxe (BT-117)."),
    CEN("BR-47", FX_CTX_VAT_BREAKDOWN,
        "self::node()[fx:upper(ram:TypeCode) = 'VAT']/ram:CategoryCode", "BT-118",
        "Each VAT breakdown (BG-23) shall have a VAT category code (BT-118).",
        "Chaque ventilation de TVA (BG-23) doit avoir un code de catégorie de TVA (BT-118)."),
    CEN("BR-48", FX_CTX_VAT_BREAKDOWN,
        "self::node()[fx:upper(ram:TypeCode) = 'VAT']/ram:RateApplicablePercent or "
        "self::node()[fx:upper(ram:TypeCode) = 'VAT']/ram:CategoryCode = 'O'",
        "BT-119",
        "Each VAT breakdown (BG-23) shall have a VAT rate (BT-119), unless not subject to VAT.",
        "Chaque ventilation de TVA (BG-23) doit avoir un taux (BT-119), sauf hors champ de "
        "TVA."),
    CEN("BR-49", FX_CTX_PAYMENT_MEANS, "ram:TypeCode", "BT-81",
        "A payment instruction (BG-16) shall give the payment means type code (BT-81).",
        "Une instruction de paiement (BG-16) doit indiquer le code du moyen de paiement "
        "(BT-81)."),
    CEN("BR-50", FX_CTX_CREDIT_TRANSFER,
        "normalize-space(ram:IBANID) != '' or normalize-space(ram:ProprietaryID) != ''", "BT-84",
        "A payment account identifier (BT-84) shall be given for a credit transfer (BG-17).",
        "Un identifiant de compte de paiement (BT-84) doit figurer pour un virement (BG-17)."),
    CEN("BR-51", FX_CTX_CARD, "string-length(normalize-space(ram:ID)) <= 10", "BT-87",
        "The card number (BT-87) shall not be given in full: at most 10 characters (first 6 "
        "and last 4 digits).",
        "Le numéro de carte (BT-87) ne doit pas figurer en entier : 10 caractères au plus (6 "
        "premiers et 4 derniers chiffres)."),
    CEN("BR-52", FX_CTX_SUPPORTING_DOCUMENTS, "normalize-space(ram:IssuerAssignedID) != ''",
        "BT-122", "Each additional supporting document (BG-24) shall have a reference (BT-122).",
        "Chaque justificatif additionnel (BG-24) doit avoir une référence (BT-122)."),
    CEN("BR-53", FX_CTX_TOTALS,
        "not(" FX_TAX_CURRENCY ") or (ram:TaxTotalAmount/@currencyID = " FX_TAX_CURRENCY
        " and not(" FX_TAX_CURRENCY " = " FX_INVOICE_CURRENCY "))",
        "BT-111",
        "When a VAT accounting currency (BT-6) is given, the total VAT amount in that currency "
        "(BT-111) shall be given.",
        "Lorsqu'une devise de comptabilisation de la TVA (BT-6) est indiquée, le montant total "
        "de TVA dans cette devise (BT-111) doit figurer."),
    CEN("BR-54", FX_CTX_ITEM_ATTRIBUTES, "ram:Description and ram:Value", "BT-160 BT-161",
        "Each item attribute (BG-32) shall have a name (BT-160) and a value (BT-161).",
        "Chaque attribut d'article (BG-32) doit avoir un nom (BT-160) et une valeur (BT-161)."),
    CEN("BR-55", FX_CTX_PRECEDING_INVOICE, "normalize-space(ram:IssuerAssignedID) != ''", "BT-25",
        "Each preceding invoice reference (BG-3) shall contain the invoice number (BT-25).",
        "Chaque référence à une facture antérieure (BG-3) doit comporter son numéro (BT-25)."),
    CEN("BR-56", FX_CTX_TAX_REPRESENTATIVE,
        "normalize-space(ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']) != ''", "BT-63",
        "A seller's tax representative (BG-11) shall have a VAT identifier (BT-63).",
        "Le représentant fiscal du vendeur (BG-11) doit avoir un numéro de TVA (BT-63)."),
    CEN("BR-57", FX_CTX_DELIVERY,
        "(ram:ShipToTradeParty/ram:PostalTradeAddress and "
        "normalize-space(ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID) != '') or "
        "not(ram:ShipToTradeParty/ram:PostalTradeAddress)",
        "BT-80", "Each deliver-to address (BG-15) shall contain a country code (BT-80).",
        "Chaque adresse de livraison (BG-15) doit comporter un code pays (BT-80)."),
    CEN("BR-61", FX_CTX_CREDIT_TRANSFER, "ram:IBANID or ram:ProprietaryID", "BT-84",
        "For a credit transfer (payment means 30 or 58) the payment account identifier (BT-84) "
        "shall be given.",
        "Pour un virement (moyen de paiement 30 ou 58), l'identifiant du compte de paiement "
        "(BT-84) doit figurer."),
    CEN("BR-62", FX_CTX_INVOICE,
        "normalize-space(" R_SELLER "/ram:URIUniversalCommunication[1]/ram:URIID/@schemeID) != "
        "'' or not(" R_SELLER "/ram:URIUniversalCommunication)",
        "BT-34", "The seller's electronic address (BT-34) shall have a scheme identifier.",
        "L'adresse électronique du vendeur (BT-34) doit avoir un identifiant de schéma."),
    CEN("BR-63", FX_CTX_INVOICE,
        "normalize-space(" R_BUYER "/ram:URIUniversalCommunication[1]/ram:URIID/@schemeID) != "
        "'' or not(" R_BUYER "/ram:URIUniversalCommunication)",
        "BT-49", "The buyer's electronic address (BT-49) shall have a scheme identifier.",
        "L'adresse électronique de l'acheteur (BT-49) doit avoir un identifiant de schéma."),
    CEN("BR-64", FX_CTX_LINE,
        "normalize-space(" L_PRODUCT "/ram:GlobalID/@schemeID) != '' or not(" L_PRODUCT
        "/ram:GlobalID)",
        "BT-157", "The item standard identifier (BT-157) shall have a scheme identifier.",
        "L'identifiant normalisé de l'article (BT-157) doit avoir un identifiant de schéma."),
    CEN("BR-65", FX_CTX_ITEM_CLASSIFICATION,
        "normalize-space(ram:ClassCode/@listID) != '' or not(ram:ClassCode)", "BT-158",
        "The item classification identifier (BT-158) shall have a scheme identifier.",
        "Le code de classification de l'article (BT-158) doit avoir un identifiant de schéma."),
};

const fx_ruleset fx_rules_cen_core = {"cen-core", rules, sizeof(rules) / sizeof(rules[0])};
