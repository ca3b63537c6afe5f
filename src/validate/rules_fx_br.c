/*
 * Layer 5: the business rules of the Factur-X 1.09.2 schematron of each
 * profile. Most repeat a CEN EN 16931 rule with the same context and test:
 * those are aliases of the layer-4 rule (FX_SAME_AS, evaluated once for
 * both layers). The rules the Factur-X schematron words differently (its
 * BR-01..BR-11 accept a blank value, BR-45..BR-48 and BR-CO-17 apply to
 * every breakdown whatever its category or tax type, ...) are written out.
 */
#include "validate/rule.h"
#include "validate/rules_cen_ctx.h"

/* Profiles whose schematron repeats (almost) every CEN rule. */
#define EN (FX_P_BASIC | FX_P_EN16931)
/* Every profile but MINIMUM. */
#define WL (FX_P_BASICWL | EN | FX_P_EXTENDED)
/* BASIC WL, BASIC and EN 16931 (EXTENDED replaces the rule by a BR-FXEXT one). */
#define NX (FX_P_BASICWL | EN)
/* Every Factur-X profile. */
#define ALL (FX_P_MINIMUM | WL)

/* A Factur-X copy of the CEN rule id for profiles p. */
#define SAME(id, p)                                                                                \
	{                                                                                          \
		id, FX_LAYER_FACTURX, FX_SEVERITY_FATAL, p, FX_SAME_AS(id), NULL, NULL, NULL,      \
		    NULL, NULL                                                                     \
	}

/* A Factur-X rule of its own. */
#define FXR(id, p, ctx, test, bt, en, fr)                                                          \
	{                                                                                          \
		id, FX_LAYER_FACTURX, FX_SEVERITY_FATAL, p, ctx, test, NULL, bt, en, fr            \
	}

/* Contexts the Factur-X schematron writes with "//" (any namespace above). */
#define ANY_BREAKDOWN FX_ANY_HS "/ram:ApplicableTradeTax"
#define ANY_SETTLEMENT "/*/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"

/* BR-CO-17 as the Factur-X schematron words it (every category). */
#define IS_VAT "normalize-space(fx:upper(ram:TypeCode)) = 'VAT'"
#define RATE "ram:RateApplicablePercent"
#define TAX "ram:CalculatedAmount"
#define EXPECTED_TAX "fx:round(fx:percent(fx:abs(ram:BasisAmount), " RATE "), 2)"
#define CO17_TEST                                                                                  \
	"(" IS_VAT " and fx:eq(fx:round(" RATE ", 0), 0) and fx:eq(fx:round(" TAX ", 0), 0)) or "  \
	"(" IS_VAT " and fx:ne(fx:round(" RATE ", 0), 0) and fx:le(fx:sub(fx:abs(" TAX             \
	"), 1), " EXPECTED_TAX ") and fx:ge(fx:add(fx:abs(" TAX "), 1), " EXPECTED_TAX ")) or "    \
	"(not(" IS_VAT " and " RATE ") and fx:eq(fx:round(" TAX ", 0), 0))"

/* The DETAIL lines (or lines without subtype) of the document. */
#define DETAIL_LINES                                                                               \
	"/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"                               \
	"ram:IncludedSupplyChainTradeLineItem[not(ram:AssociatedDocumentLineDocument/"             \
	"ram:LineStatusReasonCode) or "                                                            \
	"ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode "                             \
	"= 'DETAIL']"
/* The document-level settlement, from the root. */
#define ROOT_SETTLEMENT                                                                            \
	"/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"                               \
	"ram:ApplicableHeaderTradeSettlement"
/* A VAT group not subject to VAT whose exemption reason code and text are
 * $code and $text. */
#define O_WITH_REASON(tax)                                                                         \
	tax "/ram:CategoryCode = 'O' and normalize-space(" tax                                     \
	    "/ram:ExemptionReasonCode) = $code "                                                   \
	    "and normalize-space(" tax "/ram:ExemptionReason) = $text"
#define O_LINES                                                                                    \
	DETAIL_LINES                                                                               \
	    "[" O_WITH_REASON("ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax") "]"
#define O_ALLOWANCES_CHARGES                                                                       \
	ROOT_SETTLEMENT                                                                            \
	    "/ram:SpecifiedTradeAllowanceCharge[" O_WITH_REASON("ram:CategoryTradeTax") "]"
#define O_LOGISTICS                                                                                \
	ROOT_SETTLEMENT                                                                            \
	    "/ram:SpecifiedLogisticsServiceCharge[" O_WITH_REASON("ram:AppliedTradeTax") "]"
/* An indicator equal to false() / true() (xs:boolean lexical forms). */
#define IS_ALLOWANCE                                                                               \
	"ram:ChargeIndicator/udt:Indicator[normalize-space() = 'false' or normalize-space() = "    \
	"'0']"
#define IS_CHARGE                                                                                  \
	"ram:ChargeIndicator/udt:Indicator[normalize-space() = 'true' or normalize-space() = '1']"
/* A sum rounded the way the schematron does: round(sum * 100) div 100. */
#define ROUNDED_SUM(nodes) "fx:round(fx:sum(" nodes "), 2)"
#define O08REV_TEST                                                                                                                                                                                                                            \
	"fx:le(fx:abs(fx:sub(fx:add(fx:sub(ram:BasisAmount, " ROUNDED_SUM(                                                                                                                                                                     \
	    O_LINES                                                                                                                                                                                                                            \
	    "/ram:SpecifiedLineTradeSettlement/"                                                                                                                                                                                               \
	    "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount") "),"                                                                                                                                                      \
	                                                                             " " ROUNDED_SUM(O_ALLOWANCES_CHARGES                                                                                                                      \
	                                                                                             "[" IS_ALLOWANCE                                                                                                                          \
	                                                                                             "]/"                                                                                                                                      \
	                                                                                             "ram:ActualAmount") "), fx:add(" ROUNDED_SUM(O_ALLOWANCES_CHARGES                                                                         \
	                                                                                                                                          "[" IS_CHARGE                                                                                \
	                                                                                                                                          "]/"                                                                                         \
	                                                                                                                                          "ram:ActualAmount") ", " ROUNDED_SUM(O_LOGISTICS                                             \
	                                                                                                                                                                               "/ram:AppliedAmount") "))),"                            \
	                                                                                                                                                                                                     " fx:mul(0.01, count(" O_LINES    \
	                                                                                                                                                                                                     ") + count(" O_ALLOWANCES_CHARGES \
	                                                                                                                                                                                                     ") + count(" O_LOGISTICS          \
	                                                                                                                                                                                                     ")))"

/* BR-FXEXT-O-08rev (EXTENDED, warning): the "not subject to VAT" breakdown's
 * basis equals its lines, allowances, charges and logistics charges with
 * the same exemption reason code and text (tolerance 0.01 per item). */
static bool o08rev(fx_vctx *ctx, xmlNodePtr breakdown)
{
	if (!fx_vctx_bind(ctx, breakdown, "code", "normalize-space(ram:ExemptionReasonCode)"))
		return true;
	bool ok = fx_vctx_bind(ctx, breakdown, "text", "normalize-space(ram:ExemptionReason)")
	              ? fx_vctx_test(ctx, breakdown, O08REV_TEST)
	              : true; /* out of memory: nothing reliable to report */
	fx_vctx_unbind(ctx, "text");
	fx_vctx_unbind(ctx, "code");
	return ok;
}

static const fx_rule rules[] = {
    /* Document level (the Factur-X wording: an element with text, blank included). */
    FXR("BR-01", ALL, FX_ROOT,
        "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID != ''",
        "BT-24", "An invoice shall have a specification identifier (BT-24).",
        "Une facture doit avoir un identifiant de spécification (BT-24)."),
    FXR("BR-02", ALL, FX_ROOT, "rsm:ExchangedDocument/ram:ID != ''", "BT-1",
        "An invoice shall have an invoice number (BT-1).",
        "Une facture doit avoir un numéro de facture (BT-1)."),
    FXR("BR-03", ALL, FX_ROOT,
        "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString[@format = '102'] != ''", "BT-2",
        "An invoice shall have an issue date (BT-2) in format 102.",
        "Une facture doit avoir une date d'émission (BT-2) au format 102."),
    FXR("BR-04", ALL, FX_ROOT, "rsm:ExchangedDocument/ram:TypeCode != ''", "BT-3",
        "An invoice shall have an invoice type code (BT-3).",
        "Une facture doit avoir un code de type de facture (BT-3)."),
    FXR("BR-05", ALL, FX_ROOT,
        "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
        "ram:InvoiceCurrencyCode != ''",
        "BT-5", "An invoice shall have an invoice currency code (BT-5).",
        "Une facture doit avoir un code de devise de facturation (BT-5)."),
    FXR("BR-06", ALL, FX_ROOT,
        "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/"
        "ram:Name != ''",
        "BT-27", "An invoice shall contain the seller name (BT-27).",
        "Une facture doit contenir le nom du vendeur (BT-27)."),
    FXR("BR-07", ALL, FX_ROOT,
        "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/"
        "ram:Name != ''",
        "BT-44", "An invoice shall contain the buyer name (BT-44).",
        "Une facture doit contenir le nom de l'acheteur (BT-44)."),
    FXR("BR-08", ALL, FX_ROOT, "/*/*/*/ram:SellerTradeParty/ram:PostalTradeAddress", "BG-5",
        "An invoice shall contain the seller postal address (BG-5).",
        "Une facture doit contenir l'adresse postale du vendeur (BG-5)."),
    FXR("BR-09", ALL, FX_ROOT,
        "/*/*/*/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID != ''", "BT-40",
        "The seller postal address (BG-5) shall contain a country code (BT-40).",
        "L'adresse postale du vendeur (BG-5) doit contenir un code pays (BT-40)."),
    FXR("BR-10", WL, FX_ROOT, "/*/*/*/ram:BuyerTradeParty/ram:PostalTradeAddress", "BG-8",
        "An invoice shall contain the buyer postal address (BG-8).",
        "Une facture doit contenir l'adresse postale de l'acheteur (BG-8)."),
    FXR("BR-11", WL, FX_ROOT,
        "/*/*/*/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CountryID != ''", "BT-55",
        "The buyer postal address (BG-8) shall contain a country code (BT-55).",
        "L'adresse postale de l'acheteur (BG-8) doit contenir un code pays (BT-55)."),
    FXR("BR-16", EN, FX_ROOT, "/*/*/ram:IncludedSupplyChainTradeLineItem", "BG-25",
        "An invoice shall have at least one invoice line (BG-25).",
        "Une facture doit avoir au moins une ligne (BG-25)."),

    /* VAT breakdown (every breakdown, whatever its tax type). */
    FXR("BR-45", WL, ANY_BREAKDOWN, "ram:BasisAmount", "BT-116",
        "Each VAT breakdown (BG-23) shall have a taxable amount (BT-116).",
        "Chaque ventilation de TVA (BG-23) doit avoir une base imposable (BT-116)."),
    FXR("BR-46", WL, ANY_BREAKDOWN, "ram:CalculatedAmount", "BT-117",
        "Each VAT breakdown (BG-23) shall have a tax amount (BT-117).",
        "Chaque ventilation de TVA (BG-23) doit avoir un montant de taxe (BT-117)."),
    FXR("BR-47", WL, ANY_BREAKDOWN, "ram:CategoryCode", "BT-118",
        "Each VAT breakdown (BG-23) shall have a VAT category code (BT-118).",
        "Chaque ventilation de TVA (BG-23) doit avoir un code de catégorie de TVA (BT-118)."),
    FXR("BR-48", WL, ANY_BREAKDOWN, "ram:RateApplicablePercent or ram:CategoryCode = 'O'", "BT-119",
        "Each VAT breakdown (BG-23) shall have a VAT rate (BT-119) unless not subject to VAT.",
        "Chaque ventilation de TVA (BG-23) doit avoir un taux (BT-119), sauf hors champ de TVA."),
    FXR("BR-CO-03", WL, ANY_BREAKDOWN, "not(ram:TaxPointDate and ram:DueDateTypeCode)",
        "BT-7, BT-8", "The VAT point date (BT-7) and its code (BT-8) exclude each other.",
        "La date d'exigibilité de la TVA (BT-7) et son code (BT-8) s'excluent."),
    FXR("BR-CO-17", NX, ANY_BREAKDOWN, CO17_TEST, "BT-117",
        "The VAT category tax amount (BT-117) shall be the taxable amount (BT-116) times the rate "
        "(BT-119), rounded to two decimals (tolerance 1).",
        "Le montant de TVA (BT-117) doit être la base (BT-116) multipliée par le taux (BT-119), "
        "arrondi à deux décimales (tolérance 1)."),
    FXR("BR-CO-18", WL, ANY_SETTLEMENT, "ram:ApplicableTradeTax", "BG-23",
        "An invoice shall have at least one VAT breakdown (BG-23).",
        "Une facture doit avoir au moins une ventilation de TVA (BG-23)."),

    /* Syntax rules the Factur-X schematron states as business rules. */
    FXR("CII-SR-463", WL,
        "/*/*/*/ram:SpecifiedTradeAllowanceCharge | /*/*/*/*/ram:SpecifiedTradeAllowanceCharge",
        "ram:ChargeIndicator", "BG-20, BG-21",
        "Each allowance or charge shall have a charge indicator.",
        "Chaque remise ou charge doit avoir un indicateur de charge."),
    FXR("CII-SR-465", WL, FX_HA,
        "not(ram:SellerTradeParty/ram:DefinedTradeContact/ram:PersonName and "
        "ram:SellerTradeParty/ram:DefinedTradeContact/ram:DepartmentName)",
        "BT-41", "The seller contact point (BT-41) shall be given only once.",
        "Le point de contact du vendeur (BT-41) ne doit figurer qu'une fois."),
    FXR("CII-SR-466", WL, FX_HA,
        "not(ram:BuyerTradeParty/ram:DefinedTradeContact/ram:PersonName and "
        "ram:BuyerTradeParty/ram:DefinedTradeContact/ram:DepartmentName)",
        "BT-56", "The buyer contact point (BT-56) shall be given only once.",
        "Le point de contact de l'acheteur (BT-56) ne doit figurer qu'une fois."),
    FXR("CII-SR-470", WL,
        FX_HS "/ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) = '30' or "
              "normalize-space(ram:TypeCode) = '58']",
        "(ram:PayeePartyCreditorFinancialAccount/ram:IBANID or "
        "ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID) and "
        "not(ram:PayeePartyCreditorFinancialAccount/ram:IBANID and "
        "ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID)",
        "BT-84", "A credit transfer shall give either an IBAN or a proprietary account id (BT-84).",
        "Un virement doit indiquer soit un IBAN soit un identifiant de compte propriétaire "
        "(BT-84)."),

    /* Payment means consistency (added by the 1.09.2 release). */
    FXR("CII-SR-467", WL, FX_ROOT,
        "not(/*/*/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/"
        "ram:TypeCode[normalize-space(.) != normalize-space((/*/*/"
        "ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/"
        "ram:TypeCode)[1])])",
        "BT-81", "Every payment means type code (BT-81) shall have the same value.",
        "Tous les codes de type de moyen de paiement (BT-81) doivent avoir la même valeur."),
    FXR("CII-SR-468", WL, FX_ROOT,
        "not(/*/*/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/"
        "ram:Information[normalize-space(.) != normalize-space((/*/*/"
        "ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/"
        "ram:Information)[1])])",
        "BT-82", "Every payment means text (BT-82) shall have the same value.",
        "Tous les libellés de moyen de paiement (BT-82) doivent avoir la même valeur."),
    FXR("CII-SR-469", WL, FX_ROOT,
        "count(/*/*/ram:ApplicableHeaderTradeSettlement/ram:PaymentReference) <= 1", "BT-83",
        "The remittance information (BT-83) shall be given at most once.",
        "L'avis de paiement (BT-83) ne doit figurer qu'une fois au plus."),

    /* EXTENDED: BR-CO-15 with a tolerance of 0.01 per line, allowance, charge and logistics
     * service charge, and without the escape for an invoice without VAT total. */
    FXR("BR-FXEXT-CO-15", FX_P_EXTENDED, FX_TOTALS,
        "fx:le(fx:abs(fx:sub(fx:sub(ram:GrandTotalAmount, ram:TaxBasisTotalAmount), "
        "ram:TaxTotalAmount[@currencyID = ../../ram:InvoiceCurrencyCode])), fx:mul(0.01, "
        "count(../../ram:IncludedSupplyChainTradeLineItem) + "
        "count(../ram:SpecifiedTradeAllowanceCharge) + "
        "count(../ram:SpecifiedLogisticsServiceCharge)))",
        "BT-112",
        "The total with VAT (BT-112) shall equal the total without VAT (BT-109) plus the "
        "VAT total (BT-110), within 0.01 per line, allowance and charge.",
        "Le total TTC (BT-112) doit être égal au total HT (BT-109) plus le total de TVA (BT-110), "
        "à 0,01 près par ligne, remise et charge."),

    {"BR-FXEXT-O-08rev", FX_LAYER_FACTURX, FX_SEVERITY_WARNING, FX_P_EXTENDED,
     "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = 'O']"
     "[fx:upper(ram:TypeCode) = 'VAT']",
     NULL, o08rev, "BT-116",
     "With an exemption reason, the taxable amount (BT-116) of the \"not subject to VAT\" "
     "breakdown shall equal its lines' net amounts minus allowances plus charges and logistics "
     "charges having the same exemption reason code and text, within 0.01 per item.",
     "Avec un motif d'exonération, la base (BT-116) de la ventilation « non soumis à la TVA » "
     "doit être égale aux montants nets des lignes, moins les remises, plus les charges et frais "
     "logistiques ayant le même code et le même texte de motif d'exonération, à 0,01 près par "
     "élément."},

    /* Copies of the CEN rules. */
    SAME("BR-12", WL),
    SAME("BR-13", ALL),
    SAME("BR-14", ALL),
    SAME("BR-15", ALL),
    SAME("BR-17", WL),
    SAME("BR-18", WL),
    SAME("BR-19", WL),
    SAME("BR-20", WL),
    SAME("BR-21", EN),
    SAME("BR-22", EN),
    SAME("BR-23", EN),
    SAME("BR-24", EN),
    SAME("BR-25", EN),
    SAME("BR-26", EN),
    SAME("BR-27", EN),
    SAME("BR-28", EN),
    SAME("BR-29", WL),
    SAME("BR-30", EN),
    SAME("BR-31", WL),
    SAME("BR-32", WL),
    SAME("BR-33", WL),
    SAME("BR-36", WL),
    SAME("BR-37", WL),
    SAME("BR-38", WL),
    SAME("BR-41", EN),
    SAME("BR-42", EN),
    SAME("BR-43", EN),
    SAME("BR-44", EN),
    SAME("BR-49", WL),
    SAME("BR-50", WL),
    SAME("BR-51", EN),
    SAME("BR-52", EN),
    SAME("BR-53", WL),
    SAME("BR-54", EN),
    SAME("BR-55", WL),
    SAME("BR-56", WL),
    SAME("BR-57", WL),
    SAME("BR-61", WL),
    SAME("BR-62", WL),
    SAME("BR-63", WL),
    SAME("BR-64", EN),
    SAME("BR-65", EN),
    SAME("BR-CO-04", EN),
    SAME("BR-CO-09", ALL),
    SAME("BR-CO-10", EN),
    SAME("BR-CO-11", NX),
    SAME("BR-CO-12", NX),
    SAME("BR-CO-13", NX),
    SAME("BR-CO-14", NX),
    SAME("BR-CO-15", NX),
    SAME("BR-CO-16", NX),
    SAME("BR-CO-19", EN),
    SAME("BR-CO-20", EN),
    SAME("BR-CO-21", WL),
    SAME("BR-CO-22", WL),
    SAME("BR-CO-23", EN),
    SAME("BR-CO-24", EN),
    SAME("BR-CO-26", ALL),
    SAME("BR-DEC-01", WL),
    SAME("BR-DEC-02", WL),
    SAME("BR-DEC-05", WL),
    SAME("BR-DEC-06", WL),
    SAME("BR-DEC-09", WL),
    SAME("BR-DEC-10", WL),
    SAME("BR-DEC-11", WL),
    SAME("BR-DEC-12", ALL),
    SAME("BR-DEC-13", ALL),
    SAME("BR-DEC-14", ALL),
    SAME("BR-DEC-15", WL),
    SAME("BR-DEC-16", WL),
    SAME("BR-DEC-17", WL),
    SAME("BR-DEC-18", ALL),
    SAME("BR-DEC-19", WL),
    SAME("BR-DEC-20", WL),
    SAME("BR-DEC-23", EN),
    SAME("BR-DEC-24", EN),
    SAME("BR-DEC-25", EN),
    SAME("BR-DEC-27", EN),
    SAME("BR-DEC-28", EN),
    SAME("BR-AE-01", EN),
    SAME("BR-AE-02", EN),
    SAME("BR-AE-03", WL),
    SAME("BR-AE-04", WL),
    SAME("BR-AE-05", EN),
    SAME("BR-AE-06", WL),
    SAME("BR-AE-07", WL),
    SAME("BR-AE-08", EN),
    SAME("BR-AE-09", WL),
    SAME("BR-AE-10", WL),
    SAME("BR-AF-01", EN),
    SAME("BR-AF-02", EN),
    SAME("BR-AF-03", WL),
    SAME("BR-AF-04", WL),
    SAME("BR-AF-05", EN),
    SAME("BR-AF-06", WL),
    SAME("BR-AF-07", WL),
    SAME("BR-AF-08", EN),
    SAME("BR-AF-09", WL),
    SAME("BR-AF-10", WL),
    SAME("BR-AG-01", EN),
    SAME("BR-AG-02", EN),
    SAME("BR-AG-03", WL),
    SAME("BR-AG-04", WL),
    SAME("BR-AG-05", EN),
    SAME("BR-AG-06", WL),
    SAME("BR-AG-07", WL),
    SAME("BR-AG-08", EN),
    SAME("BR-AG-09", WL),
    SAME("BR-AG-10", WL),
    SAME("BR-B-01", EN),
    SAME("BR-B-02", EN),
    SAME("BR-E-01", EN),
    SAME("BR-E-02", EN),
    SAME("BR-E-03", WL),
    SAME("BR-E-04", WL),
    SAME("BR-E-05", EN),
    SAME("BR-E-06", WL),
    SAME("BR-E-07", WL),
    SAME("BR-E-08", EN),
    SAME("BR-E-09", WL),
    SAME("BR-E-10", WL),
    SAME("BR-G-01", EN),
    SAME("BR-G-02", EN),
    SAME("BR-G-03", WL),
    SAME("BR-G-04", WL),
    SAME("BR-G-05", EN),
    SAME("BR-G-06", WL),
    SAME("BR-G-07", WL),
    SAME("BR-G-08", EN),
    SAME("BR-G-09", WL),
    SAME("BR-G-10", WL),
    SAME("BR-IC-01", EN),
    SAME("BR-IC-02", EN),
    SAME("BR-IC-03", WL),
    SAME("BR-IC-04", WL),
    SAME("BR-IC-05", EN),
    SAME("BR-IC-06", WL),
    SAME("BR-IC-07", WL),
    SAME("BR-IC-08", EN),
    SAME("BR-IC-09", WL),
    SAME("BR-IC-10", WL),
    SAME("BR-IC-11", WL),
    SAME("BR-IC-12", WL),
    SAME("BR-O-01", EN),
    SAME("BR-O-02", EN),
    SAME("BR-O-03", WL),
    SAME("BR-O-04", WL),
    SAME("BR-O-05", EN),
    SAME("BR-O-06", WL),
    SAME("BR-O-07", WL),
    SAME("BR-O-08", EN),
    SAME("BR-O-09", WL),
    SAME("BR-O-10", WL),
    SAME("BR-O-11", WL),
    SAME("BR-O-12", EN),
    SAME("BR-O-13", WL),
    SAME("BR-O-14", WL),
    SAME("BR-S-01", EN),
    SAME("BR-S-02", EN),
    SAME("BR-S-03", WL),
    SAME("BR-S-04", WL),
    SAME("BR-S-05", EN),
    SAME("BR-S-06", WL),
    SAME("BR-S-07", WL),
    SAME("BR-S-08", EN),
    SAME("BR-S-09", NX),
    SAME("BR-S-10", WL),
    SAME("BR-Z-01", EN),
    SAME("BR-Z-02", EN),
    SAME("BR-Z-03", WL),
    SAME("BR-Z-04", WL),
    SAME("BR-Z-05", EN),
    SAME("BR-Z-06", WL),
    SAME("BR-Z-07", WL),
    SAME("BR-Z-08", EN),
    SAME("BR-Z-09", WL),
    SAME("BR-Z-10", WL),
};

const fx_ruleset fx_rules_facturx_br = {"facturx-br", rules, sizeof(rules) / sizeof(rules[0])};
