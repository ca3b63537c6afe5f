/*
 * Layer 6, French rules BR-FR-CO-* (consistency between fields) and
 * BR-FR-DEC-* (number formats) of XP Z12-012 V1.4. Official rule ids; own
 * messages.
 */
#include "validate/rules_fr_checks.h"
#include "validate/rules_fr_paths.h"

/* Parties checked by BR-FR-CO-10 (GlobalID schemes). */
#define SELLER FR_AGREEMENT "/ram:SellerTradeParty"
#define BUYER FR_AGREEMENT "/ram:BuyerTradeParty"

/* BR-FR-CO-10 on one party: schemes present and distinct. */
#define SCHEME_RULES(suffix, party, bt)                                                            \
	FR("BR-FR-CO-10_" suffix "-1", party, "not(ram:GlobalID[not(@schemeID)])", bt,             \
	   "Every global identifier of the party (" bt ") needs its scheme.",                      \
	   "Chaque identifiant global de la partie (" bt ") doit avoir son schéma."),              \
	    FR("BR-FR-CO-10_" suffix "-2", party,                                                  \
	       "not(ram:GlobalID[@schemeID = preceding-sibling::ram:GlobalID/@schemeID])", bt,     \
	       "A scheme may appear only once among the party's global identifiers (" bt ").",     \
	       "Un schéma ne peut apparaître qu'une fois parmi les identifiants globaux de la "  \
	       "partie (" bt ").")

/* BR-FR-DEC-01 on one amount. */
#define AMOUNT_RULE(suffix, ctx, bt)                                                               \
	FR_C("BR-FR-DEC-01_" suffix, ctx, fx_fr_amount_ok, bt,                                     \
	     "The amount (" bt ") must have at most 2 decimals after a dot and at most 19 "        \
	     "characters besides the dot.",                                                        \
	     "Le montant (" bt ") doit avoir au plus 2 décimales après un point et au plus 19 "  \
	     "caractères hors le point.")

/* BR-FR-DEC-03 on one unit price. */
#define PRICE_RULE(suffix, ctx, bt)                                                                \
	FR_C("BR-FR-DEC-03_" suffix, ctx, fx_fr_price_ok, bt,                                      \
	     "The price (" bt ") must be positive (except for bidirectional frames S9, B9, M9), "  \
	     "with at most 6 decimals after a dot and at most 19 characters besides the dot.",     \
	     "Le prix (" bt                                                                        \
	     ") doit être positif (sauf cadres bidirectionnels S9, B9, M9), avec au "             \
	     "plus 6 décimales après un point et au plus 19 caractères hors le point.")

/* BR-FR-DEC-04 on one VAT rate. */
#define PERCENT_RULE(suffix, ctx, bt)                                                                 \
	FR_C("BR-FR-DEC-04_" suffix, ctx, fx_fr_percent_ok, bt,                                       \
	     "The VAT rate (" bt ") must be positive, with at most 2 decimals after a dot and at "    \
	     "most 4 digits.",                                                                        \
	     "Le taux de TVA (" bt ") doit être positif, avec au plus 2 décimales après un point " \
	     "et au plus 4 chiffres.")

static const fx_rule rules[] = {
    FR("BR-FR-CO-03_BT-3", FR_ROOT,
       "not(" FR_R_TYPE " = '262') or (string(" FR_R_AGREEMENT
       "/ram:ContractReferencedDocument/ram:IssuerAssignedID) != '' and string(" FR_R_SETTLEMENT
       "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString) != '' and "
       "string(" FR_R_SETTLEMENT
       "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString) != '')",
       "BT-3",
       "A global discount credit note (type 262) needs the contract reference (BT-12) and "
       "the invoicing period start and end dates (BG-14).",
       "Un avoir de remise globale (type 262) doit indiquer la référence du contrat (BT-12) "
       "et les dates de début et de fin de la période de facturation (BG-14)."),
    FR("BR-FR-CO-04_BT-4", FR_ROOT,
       "not(fx:one-of(" FR_R_TYPE ", '384 471 472 473')) or count(" FR_R_SETTLEMENT
       "/ram:InvoiceReferencedDocument) = 1",
       "BT-25",
       "A corrective invoice (384, 471, 472, 473) must reference exactly one preceding "
       "invoice (BT-25, BT-26).",
       "Une facture rectificative (384, 471, 472, 473) doit référencer exactement une "
       "facture antérieure (BT-25, BT-26)."),
    FR("BR-FR-CO-05_BT-3", FR_ROOT,
       "not(fx:one-of(" FR_R_TYPE ", '261 381 396 502 503')) or count(" FR_R_SETTLEMENT
       "/ram:InvoiceReferencedDocument[ram:IssuerAssignedID and "
       "ram:FormattedIssueDateTime/qdt:DateTimeString]) >= 1 or not(" FR_R_TX
       "/ram:IncludedSupplyChainTradeLineItem[not(ram:AssociatedDocumentLineDocument/"
       "ram:LineStatusReasonCode) or ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode "
       "= 'DETAIL'][not(ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument[ram:"
       "IssuerAssignedID and ram:FormattedIssueDateTime/qdt:DateTimeString])])",
       "BT-25",
       "A credit note (261, 381, 396, 502, 503) must reference a preceding invoice with its "
       "date (BT-25, BT-26), in the header or on every detail line.",
       "Un avoir (261, 381, 396, 502, 503) doit référencer une facture antérieure avec sa "
       "date (BT-25, BT-26), en en-tête ou sur chaque ligne de détail."),
    FR_C("BR-FR-CO-07_BT-9", FR_ROOT, fx_fr_due_not_before_issue, "BT-9",
         "The payment due date (BT-9) must not be before the invoice date (BT-2), except for "
         "down payment invoices (386, 500, 503) and already paid frames (B2, S2, M2).",
         "La date d'échéance (BT-9) ne doit pas précéder la date de facture (BT-2), sauf "
         "pour les factures d'acompte (386, 500, 503) et les cadres déjà payés (B2, S2, M2)."),
    FR("BR-FR-CO-08_BT-23", FR_ROOT,
       "not(fx:one-of(" FR_R_BT23 ", 'B4 S4 M4')) or not(fx:one-of(" FR_R_TYPE ", '386 500 503'))",
       "BT-23",
       "A final invoice after down payment (frame B4, S4, M4) cannot be a down payment "
       "invoice or credit note (386, 500, 503).",
       "Une facture définitive après acompte (cadre B4, S4, M4) ne peut pas être une facture "
       "ou un avoir d'acompte (386, 500, 503)."),
    FR("BR-FR-CO-09_BT-23-1", FR_ROOT,
       "not(fx:one-of(" FR_R_BT23 ", 'B2 S2 M2')) or number(" FR_R_TOTALS
       "/ram:TotalPrepaidAmount) = number(" FR_R_TOTALS "/ram:GrandTotalAmount)",
       "BT-113",
       "For an already paid invoice (frame B2, S2, M2), the paid amount (BT-113) must equal "
       "the total with VAT (BT-112).",
       "Pour une facture déjà payée (cadre B2, S2, M2), le montant payé (BT-113) doit égaler "
       "le total TTC (BT-112)."),
    FR("BR-FR-CO-09_BT-23-2", FR_ROOT,
       "not(fx:one-of(" FR_R_BT23 ", 'B2 S2 M2')) or number(" FR_R_TOTALS
       "/ram:DuePayableAmount) = 0",
       "BT-115",
       "For an already paid invoice (frame B2, S2, M2), the amount due (BT-115) must be 0.",
       "Pour une facture déjà payée (cadre B2, S2, M2), le net à payer (BT-115) doit être 0."),
    FR("BR-FR-CO-09_BT-23-3", FR_ROOT,
       "not(fx:one-of(" FR_R_BT23 ", 'B2 S2 M2')) or string(" FR_R_SETTLEMENT
       "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString) != ''",
       "BT-9",
       "For an already paid invoice (frame B2, S2, M2), the due date (BT-9) must give the "
       "payment date.",
       "Pour une facture déjà payée (cadre B2, S2, M2), la date d'échéance (BT-9) doit "
       "indiquer la date de paiement."),

    SCHEME_RULES("BT-29", SELLER, "BT-29"),
    SCHEME_RULES("BT-46", BUYER, "BT-46"),
    SCHEME_RULES("BT-60", FR_SETTLEMENT "/ram:PayeeTradeParty", "BT-60"),
    SCHEME_RULES("EXT-FR-FE-06", FR_AGREEMENT "/ram:BuyerAgentTradeParty", "EXT-FR-FE-06"),
    SCHEME_RULES("EXT-FR-FE-46", FR_SETTLEMENT "/ram:PayerTradeParty", "EXT-FR-FE-46"),
    SCHEME_RULES("EXT-FR-FE-69", FR_AGREEMENT "/ram:SalesAgentTradeParty", "EXT-FR-FE-69"),
    SCHEME_RULES("EXT-FR-FE-92", FR_SETTLEMENT "/ram:InvoiceeTradeParty", "EXT-FR-FE-92"),
    SCHEME_RULES("EXT-FR-FE-115", FR_SETTLEMENT "/ram:InvoicerTradeParty", "EXT-FR-FE-115"),
    SCHEME_RULES("BT-71", FR_DELIVERY "/ram:ShipToTradeParty", "BT-71"),
    SCHEME_RULES("EXT-FR-FE-146", FR_LINE "/ram:SpecifiedLineTradeDelivery/ram:ShipToTradeParty",
                 "EXT-FR-FE-146"),

    FR("BR-FR-CO-12_BT-5", FR_ROOT,
       "not(" FR_R_SETTLEMENT "/ram:InvoiceCurrencyCode != 'EUR') or (" FR_R_SETTLEMENT
       "/ram:TaxCurrencyCode = 'EUR' and string(" FR_R_TOTALS
       "/ram:TaxTotalAmount[@currencyID = 'EUR']) != '')",
       "BT-5",
       "An invoice in another currency than EUR needs the VAT accounting currency EUR (BT-6) "
       "and the VAT total in EUR (BT-111).",
       "Une facture dans une autre devise que l'EUR doit indiquer la devise de comptabilisation "
       "de la TVA EUR (BT-6) et le total de TVA en EUR (BT-111)."),
    FR("BR-FR-CO-14_BT-29-1", FR_ROOT,
       "not(" FR_R_SELLER "/ram:GlobalID[@schemeID = '0231']) or rsm:ExchangedDocument/"
       "ram:IncludedNote[ram:SubjectCode = 'TXD' and ram:Content = 'MEMBRE_ASSUJETTI_UNIQUE']",
       "BT-29-1",
       "A seller member of a single VAT taxable person (scheme 0231) needs a TXD note "
       "MEMBRE_ASSUJETTI_UNIQUE.",
       "Un vendeur membre d'un assujetti unique (schéma 0231) doit porter une note TXD "
       "MEMBRE_ASSUJETTI_UNIQUE."),
    FR("BR-FR-CO-15_BT-29-1", FR_ROOT,
       "not(" FR_R_SELLER "/ram:GlobalID[@schemeID = '0231']) or (" FR_R_AGREEMENT
       "/ram:SellerTaxRepresentativeTradeParty and string(" FR_R_AGREEMENT
       "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/"
       "ram:ID[@schemeID = 'VA']) != '')",
       "BG-11",
       "A seller member of a single VAT taxable person (scheme 0231) needs the tax "
       "representative (BG-11) with the VAT identifier of the single taxable person (BT-63).",
       "Un vendeur membre d'un assujetti unique (schéma 0231) doit indiquer le représentant "
       "fiscal (BG-11) avec le numéro de TVA de l'assujetti unique (BT-63)."),

    AMOUNT_RULE("BT-92_BT-99", FR_SETTLEMENT "/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount",
                "BT-92/BT-99"),
    AMOUNT_RULE("BT-93_BT-100", FR_SETTLEMENT "/ram:SpecifiedTradeAllowanceCharge/ram:BasisAmount",
                "BT-93/BT-100"),
    AMOUNT_RULE("BT-106", FR_TOTALS "/ram:LineTotalAmount", "BT-106"),
    AMOUNT_RULE("BT-107", FR_TOTALS "/ram:AllowanceTotalAmount", "BT-107"),
    AMOUNT_RULE("BT-108", FR_TOTALS "/ram:ChargeTotalAmount", "BT-108"),
    AMOUNT_RULE("BT-109", FR_TOTALS "/ram:TaxBasisTotalAmount", "BT-109"),
    /* BT-111 shares this context; in the official pattern the first rule
     * matching a node wins, so its rule never fires and is left out */
    AMOUNT_RULE("BT-110", FR_TOTALS "/ram:TaxTotalAmount", "BT-110"),
    AMOUNT_RULE("BT-112", FR_TOTALS "/ram:GrandTotalAmount", "BT-112"),
    AMOUNT_RULE("BT-113", FR_TOTALS "/ram:TotalPrepaidAmount", "BT-113"),
    AMOUNT_RULE("BT-114", FR_TOTALS "/ram:RoundingAmount", "BT-114"),
    AMOUNT_RULE("BT-115", FR_TOTALS "/ram:DuePayableAmount", "BT-115"),
    AMOUNT_RULE("BT-116", FR_SETTLEMENT "/ram:ApplicableTradeTax/ram:BasisAmount", "BT-116"),
    AMOUNT_RULE("BT-117", FR_SETTLEMENT "/ram:ApplicableTradeTax/ram:CalculatedAmount", "BT-117"),
    AMOUNT_RULE("BT-131",
                FR_LINE_SETTLEMENT "/ram:SpecifiedTradeSettlementLineMonetarySummation/"
                                   "ram:LineTotalAmount",
                "BT-131"),
    AMOUNT_RULE("BT-136_BT-141",
                FR_LINE_SETTLEMENT "/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount",
                "BT-136/BT-141"),
    AMOUNT_RULE("BT-137_BT-142",
                FR_LINE_SETTLEMENT "/ram:SpecifiedTradeAllowanceCharge/ram:BasisAmount",
                "BT-137/BT-142"),

    FR_C("BR-FR-DEC-02_BT-129", FR_LINE "/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity",
         fx_fr_quantity_ok, "BT-129",
         "The quantity (BT-129) must have at most 4 decimals after a dot and at most 19 "
         "characters besides the dot.",
         "La quantité (BT-129) doit avoir au plus 4 décimales après un point et au plus 19 "
         "caractères hors le point."),
    FR_C("BR-FR-DEC-02_BT-149",
         FR_LINE "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity",
         fx_fr_quantity_ok, "BT-149",
         "The price base quantity (BT-149) must have at most 4 decimals after a dot and at "
         "most 19 characters besides the dot.",
         "La quantité de base du prix (BT-149) doit avoir au plus 4 décimales après un point "
         "et au plus 19 caractères hors le point."),
    PRICE_RULE("BT-146",
               FR_LINE
               "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount",
               "BT-146"),
    PRICE_RULE("BT-147",
               FR_LINE "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/"
                       "ram:AppliedTradeAllowanceCharge/ram:ActualAmount",
               "BT-147"),
    PRICE_RULE("BT-148",
               FR_LINE
               "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount",
               "BT-148"),
    PERCENT_RULE("BT-96_BT-103",
                 FR_SETTLEMENT "/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax/"
                               "ram:RateApplicablePercent",
                 "BT-96/BT-103"),
    PERCENT_RULE("BT-119", FR_SETTLEMENT "/ram:ApplicableTradeTax/ram:RateApplicablePercent",
                 "BT-119"),
    PERCENT_RULE("BT-152", FR_LINE_SETTLEMENT "/ram:ApplicableTradeTax/ram:RateApplicablePercent",
                 "BT-152"),
};

const fx_ruleset fx_rules_fr_co = {"fr-co", rules, sizeof(rules) / sizeof(rules[0])};
