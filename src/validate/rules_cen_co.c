/*
 * CEN EN 16931 CII rules BR-CO-03 .. BR-CO-26 (release 1.3.16): conditions
 * and calculations. Amounts are compared with the exact fx: decimal
 * functions; rounding is the artefacts' round(x * 100) div 100 (fx:round).
 * BR-CO-05 .. BR-CO-08 are "true()" in that release and BR-CO-25 / BR-CO-27
 * are not part of it, so none of them is a rule here.
 */
#include "validate/rule.h"
#include "validate/rules_cen_ctx.h"

/* A fatal rule of layer 4 applying to every profile. */
#define CEN(id, ctx, test, bt, en, fr)                                                             \
	{                                                                                          \
		id, FX_LAYER_EN16931, FX_SEVERITY_FATAL, 0, ctx, test, NULL, bt, en, fr            \
	}

/* The sum of the line net amounts (BT-131), seen from the totals. */
#define LINE_NET_SUM                                                                               \
	"fx:sum(../../ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/"      \
	"ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount)"
/* Document level allowances / charges. */
#define DOC_AC FX_HS "/ram:SpecifiedTradeAllowanceCharge"
/* The BT-110 amount in the invoice currency, from the invoice element. */
#define TAX_TOTAL_IN_CURRENCY                                                                      \
	"rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"                     \
	"ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID "      \
	"= " FX_INVOICE_CURRENCY "]"
#define R_TOTALS                                                                                   \
	"rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"                     \
	"ram:SpecifiedTradeSettlementHeaderMonetarySummation"
/* A VAT breakdown of type VAT, its rate, tax and taxable amounts. */
#define IS_VAT "normalize-space(fx:upper(ram:TypeCode)) = 'VAT'"
#define RATE "ram:RateApplicablePercent"
#define TAX "ram:CalculatedAmount"
#define EXPECTED_TAX "fx:round(fx:percent(fx:abs(ram:BasisAmount), " RATE "), 2)"
/* The list of country prefixes BR-CO-09 accepts (ISO 3166-1 alpha-2, EL, XI, 1A). */
#define COUNTRY_PREFIXES                                                                           \
	" 1A AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BL BJ BM " \
	"BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "  \
	"DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL "  \
	"GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO "  \
	"JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG "  \
	"MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ "  \
	"OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI "  \
	"SJ SK SL SM SN SO SR ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA "  \
	"UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW "

static const fx_rule rules[] = {
    CEN("BR-CO-03", FX_CTX_VAT_BREAKDOWN,
        "not(" FX_ANY_HS "/ram:ApplicableTradeTax/ram:TaxPointDate and " FX_ANY_HS
        "/ram:ApplicableTradeTax/ram:DueDateTypeCode)",
        "BT-7 BT-8",
        "The VAT point date (BT-7) and the VAT point date code (BT-8) are mutually exclusive.",
        "La date d'exigibilité de la TVA (BT-7) et son code (BT-8) s'excluent mutuellement."),
    CEN("BR-CO-04", FX_CTX_LINE,
        "ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[fx:upper(ram:TypeCode) = "
        "'VAT']/ram:CategoryCode",
        "BT-151", "Each invoice line (BG-25) shall have an item VAT category code (BT-151).",
        "Chaque ligne de facture (BG-25) doit avoir un code de catégorie de TVA (BT-151)."),
    CEN("BR-CO-09", FX_CTX_VAT_IDENTIFIERS,
        "contains('" COUNTRY_PREFIXES "', concat(' ', substring(., 1, 2), ' '))",
        "BT-31 BT-48 BT-63",
        "A VAT identifier (BT-31, BT-48, BT-63) shall start with an ISO 3166-1 alpha-2 country "
        "prefix (EL for Greece).",
        "Un numéro de TVA (BT-31, BT-48, BT-63) doit commencer par le code pays ISO 3166-1 "
        "alpha-2 (EL pour la Grèce)."),
    CEN("BR-CO-10", FX_CTX_TOTALS, "fx:eq(ram:LineTotalAmount, fx:round(" LINE_NET_SUM ", 2))",
        "BT-106",
        "The sum of the line net amounts (BT-106) shall equal the sum of the invoice line net "
        "amounts (BT-131).",
        "La somme des montants nets des lignes (BT-106) doit être égale au total des montants "
        "nets des lignes (BT-131)."),
    CEN("BR-CO-11", FX_CTX_TOTALS,
        "(not(" DOC_AC FX_IS_ALLOWANCE ") and not(ram:AllowanceTotalAmount)) or "
        "fx:eq(ram:AllowanceTotalAmount, fx:round(fx:sum(" DOC_AC FX_IS_ALLOWANCE
        "/ram:ActualAmount[1]), 2))",
        "BT-107",
        "The sum of the document level allowances (BT-107) shall equal the total of their "
        "amounts (BT-92).",
        "La somme des remises au niveau du document (BT-107) doit être égale au total de leurs "
        "montants (BT-92)."),
    CEN("BR-CO-12", FX_CTX_TOTALS,
        "(not(" DOC_AC FX_IS_CHARGE ") and not(ram:ChargeTotalAmount)) or "
        "fx:eq(ram:ChargeTotalAmount, fx:round(fx:sum(" DOC_AC FX_IS_CHARGE
        "/ram:ActualAmount[1]), 2))",
        "BT-108",
        "The sum of the document level charges (BT-108) shall equal the total of their amounts "
        "(BT-99).",
        "La somme des charges au niveau du document (BT-108) doit être égale au total de leurs "
        "montants (BT-99)."),
    CEN("BR-CO-13", FX_CTX_TOTALS,
        "fx:eq(ram:TaxBasisTotalAmount, fx:round(fx:add(fx:sub(ram:LineTotalAmount, "
        "ram:AllowanceTotalAmount), ram:ChargeTotalAmount), 2)) or (not(ram:ChargeTotalAmount) "
        "and fx:eq(ram:TaxBasisTotalAmount, fx:round(fx:sub(ram:LineTotalAmount, "
        "ram:AllowanceTotalAmount), 2))) or (not(ram:AllowanceTotalAmount) and "
        "fx:eq(ram:TaxBasisTotalAmount, fx:round(fx:add(ram:LineTotalAmount, "
        "ram:ChargeTotalAmount), 2))) or (not(ram:ChargeTotalAmount) and "
        "not(ram:AllowanceTotalAmount) and fx:eq(ram:TaxBasisTotalAmount, "
        "fx:round(ram:LineTotalAmount, 2)))",
        "BT-109",
        "The total without VAT (BT-109) shall equal the line net amounts (BT-106) minus the "
        "allowances (BT-107) plus the charges (BT-108).",
        "Le total hors TVA (BT-109) doit être égal aux montants nets des lignes (BT-106) moins "
        "les remises (BT-107) plus les charges (BT-108)."),
    CEN("BR-CO-14", FX_CTX_TAX_TOTAL,
        "fx:eq(., fx:round(fx:sum(" FX_HS "/ram:ApplicableTradeTax/ram:CalculatedAmount), 2))",
        "BT-110",
        "The total VAT amount (BT-110) shall equal the sum of the VAT category tax amounts "
        "(BT-117).",
        "Le montant total de TVA (BT-110) doit être égal à la somme des montants de TVA par "
        "catégorie (BT-117)."),
    CEN("BR-CO-15", FX_CTX_INVOICE,
        "not(" FX_INVOICE_CURRENCY ") or (count(" TAX_TOTAL_IN_CURRENCY ") = 1 and "
        "fx:eq(" R_TOTALS "/ram:GrandTotalAmount, fx:round(fx:add(" R_TOTALS
        "/ram:TaxBasisTotalAmount, " TAX_TOTAL_IN_CURRENCY "), 2))) or fx:eq(" R_TOTALS
        "/ram:GrandTotalAmount, " R_TOTALS "/ram:TaxBasisTotalAmount)",
        "BT-112",
        "The total with VAT (BT-112) shall equal the total without VAT (BT-109) plus the total "
        "VAT amount (BT-110).",
        "Le total TVA comprise (BT-112) doit être égal au total hors TVA (BT-109) plus le "
        "montant total de TVA (BT-110)."),
    CEN("BR-CO-16", FX_CTX_TOTALS,
        "fx:eq(ram:DuePayableAmount, fx:add(fx:sub(ram:GrandTotalAmount, "
        "ram:TotalPrepaidAmount), ram:RoundingAmount)) or (not(ram:TotalPrepaidAmount) and "
        "fx:eq(ram:DuePayableAmount, fx:add(ram:GrandTotalAmount, ram:RoundingAmount))) or "
        "(not(ram:RoundingAmount) and fx:eq(ram:DuePayableAmount, fx:sub(ram:GrandTotalAmount, "
        "ram:TotalPrepaidAmount))) or (not(ram:TotalPrepaidAmount) and not(ram:RoundingAmount) "
        "and fx:eq(ram:DuePayableAmount, ram:GrandTotalAmount))",
        "BT-115",
        "The amount due (BT-115) shall equal the total with VAT (BT-112) minus the paid amount "
        "(BT-113) plus the rounding amount (BT-114).",
        "Le montant à payer (BT-115) doit être égal au total TVA comprise (BT-112) moins le "
        "montant déjà payé (BT-113) plus l'arrondi (BT-114)."),
    CEN("BR-CO-17", FX_CTX_VAT_BREAKDOWN,
        "(" IS_VAT " and fx:eq(fx:round(" RATE ", 0), 0) and fx:eq(fx:round(" TAX ", 0), 0)) or "
        "(" IS_VAT " and fx:ne(fx:round(" RATE ", 0), 0) and fx:le(fx:sub(fx:abs(" TAX
        "), 1), " EXPECTED_TAX ") and fx:ge(fx:add(fx:abs(" TAX "), 1), " EXPECTED_TAX
        ")) or (not(" IS_VAT " and " RATE ") and fx:eq(fx:round(" TAX ", 0), 0))",
        "BT-117",
        "The VAT category tax amount (BT-117) shall equal the taxable amount (BT-116) times the "
        "rate (BT-119) / 100, rounded to two decimals.",
        "Le montant de TVA de la catégorie (BT-117) doit être égal à la base (BT-116) multipliée "
        "par le taux (BT-119) / 100, arrondi à deux décimales."),
    CEN("BR-CO-18", FX_CTX_LINE,
        "/*/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
        "ram:ApplicableTradeTax",
        "BG-23", "An invoice shall have at least one VAT breakdown (BG-23).",
        "Une facture doit comporter au moins une ventilation de TVA (BG-23)."),
    CEN("BR-CO-19", FX_CTX_INVOICE_PERIOD, "ram:StartDateTime or ram:EndDateTime", "BG-14",
        "An invoicing period (BG-14) shall have a start date (BT-73) or an end date (BT-74).",
        "Une période de facturation (BG-14) doit avoir une date de début (BT-73) ou de fin "
        "(BT-74)."),
    CEN("BR-CO-20", FX_CTX_LINE_PERIOD, "ram:StartDateTime or ram:EndDateTime", "BG-26",
        "An invoice line period (BG-26) shall have a start date (BT-134) or an end date "
        "(BT-135).",
        "Une période de ligne (BG-26) doit avoir une date de début (BT-134) ou de fin "
        "(BT-135)."),
    CEN("BR-CO-21", FX_CTX_DOC_ALLOWANCES, "../ram:Reason or ../ram:ReasonCode", "BT-97 BT-98",
        "Each document level allowance (BG-20) shall contain a reason (BT-97), a reason code "
        "(BT-98), or both.",
        "Chaque remise au niveau du document (BG-20) doit comporter un motif (BT-97), un code de "
        "motif (BT-98), ou les deux."),
    CEN("BR-CO-22", FX_CTX_DOC_CHARGES, "../ram:Reason or ../ram:ReasonCode", "BT-104 BT-105",
        "Each document level charge (BG-21) shall contain a reason (BT-104), a reason code "
        "(BT-105), or both.",
        "Chaque charge au niveau du document (BG-21) doit comporter un motif (BT-104), un code "
        "de motif (BT-105), ou les deux."),
    CEN("BR-CO-23", FX_CTX_LINE_ALLOWANCES, "../ram:Reason or ../ram:ReasonCode", "BT-139 BT-140",
        "Each invoice line allowance (BG-27) shall contain a reason (BT-139), a reason code "
        "(BT-140), or both.",
        "Chaque remise de ligne (BG-27) doit comporter un motif (BT-139), un code de motif "
        "(BT-140), ou les deux."),
    CEN("BR-CO-24", FX_CTX_LINE_CHARGES, "../ram:Reason or ../ram:ReasonCode", "BT-144 BT-145",
        "Each invoice line charge (BG-28) shall contain a reason (BT-144), a reason code "
        "(BT-145), or both.",
        "Chaque charge de ligne (BG-28) doit comporter un motif (BT-144), un code de motif "
        "(BT-145), ou les deux."),
    CEN("BR-CO-26", FX_CTX_SELLER,
        "ram:ID or ram:GlobalID or ram:SpecifiedLegalOrganization/ram:ID or "
        "ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA']",
        "BT-29 BT-30 BT-31",
        "The seller shall be identified by a seller identifier (BT-29), a legal registration "
        "identifier (BT-30) and/or a VAT identifier (BT-31).",
        "Le vendeur doit être identifié par un identifiant (BT-29), un numéro d'immatriculation "
        "(BT-30) et/ou un numéro de TVA (BT-31)."),
};

const fx_ruleset fx_rules_cen_co = {"cen-co", rules, sizeof(rules) / sizeof(rules[0])};
