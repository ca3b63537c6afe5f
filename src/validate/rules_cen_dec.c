/*
 * CEN EN 16931 CII rules BR-DEC-01 .. BR-DEC-28 (release 1.3.16): at most
 * two decimals in amounts. The artefacts count the characters after the dot
 * ("12.500" fails), except BR-DEC-13 and BR-DEC-15 which test the value
 * ("12.500" passes) and only look for one suitable BT-110 / BT-111.
 */
#include "validate/rule.h"
#include "validate/rules_cen_ctx.h"

/* A fatal rule of layer 4 applying to every profile. */
#define CEN(id, ctx, test, bt, ...)                                                                \
	{                                                                                          \
		id, FX_LAYER_EN16931, FX_SEVERITY_FATAL, 0, ctx, test, NULL, bt, __VA_ARGS__       \
	}

/* At most two characters after the dot of the (first) node of path. */
#define TWO(path) "string-length(substring-after(" path ", '.')) <= 2"

/* The English and French messages of an amount (name en / fr). */
#define MSG(bt, en, fr)                                                                            \
	"The " en " (" bt ") shall have at most 2 decimals.",                                      \
	    "Le " fr " (" bt ") doit avoir au plus 2 décimales."

static const fx_rule rules[] = {
    CEN("BR-DEC-01", FX_CTX_DOC_ALLOWANCES, TWO("../ram:ActualAmount[1]"), "BT-92",
        MSG("BT-92", "document level allowance amount", "montant de la remise de document")),
    CEN("BR-DEC-02", FX_CTX_DOC_ALLOWANCES, TWO("../ram:BasisAmount"), "BT-93",
        MSG("BT-93", "document level allowance base amount",
            "montant de base de la remise de document")),
    CEN("BR-DEC-05", FX_CTX_DOC_CHARGES, TWO("../ram:ActualAmount[1]"), "BT-99",
        MSG("BT-99", "document level charge amount", "montant de la charge de document")),
    CEN("BR-DEC-06", FX_CTX_DOC_CHARGES, TWO("../ram:BasisAmount"), "BT-100",
        MSG("BT-100", "document level charge base amount",
            "montant de base de la charge de document")),
    CEN("BR-DEC-09", FX_CTX_TOTALS, TWO("ram:LineTotalAmount"), "BT-106",
        MSG("BT-106", "sum of invoice line net amounts", "total des montants nets des lignes")),
    CEN("BR-DEC-10", FX_CTX_TOTALS, TWO("ram:AllowanceTotalAmount"), "BT-107",
        MSG("BT-107", "sum of allowances on document level", "total des remises de document")),
    CEN("BR-DEC-11", FX_CTX_TOTALS, TWO("ram:ChargeTotalAmount"), "BT-108",
        MSG("BT-108", "sum of charges on document level", "total des charges de document")),
    CEN("BR-DEC-12", FX_CTX_TOTALS, TWO("ram:TaxBasisTotalAmount"), "BT-109",
        MSG("BT-109", "invoice total amount without VAT", "montant total hors TVA")),
    CEN("BR-DEC-13", FX_CTX_TOTALS,
        "not(ram:TaxTotalAmount) or ram:TaxTotalAmount[(@currencyID = " FX_INVOICE_CURRENCY
        " and fx:eq(., fx:round(., 2))) or not(@currencyID = " FX_INVOICE_CURRENCY ")]",
        "BT-110", MSG("BT-110", "invoice total VAT amount", "montant total de TVA")),
    CEN("BR-DEC-14", FX_CTX_TOTALS, TWO("ram:GrandTotalAmount"), "BT-112",
        MSG("BT-112", "invoice total amount with VAT", "montant total TVA comprise")),
    CEN("BR-DEC-15", FX_CTX_TOTALS,
        "not(ram:TaxTotalAmount) or ram:TaxTotalAmount[(@currencyID = " FX_TAX_CURRENCY
        " and fx:eq(., fx:round(., 2))) or not(" FX_TAX_CURRENCY ")]",
        "BT-111",
        MSG("BT-111", "invoice total VAT amount in accounting currency",
            "montant total de TVA en devise de comptabilisation")),
    CEN("BR-DEC-16", FX_CTX_TOTALS, TWO("ram:TotalPrepaidAmount"), "BT-113",
        MSG("BT-113", "paid amount", "montant déjà payé")),
    CEN("BR-DEC-17", FX_CTX_TOTALS, TWO("ram:RoundingAmount"), "BT-114",
        MSG("BT-114", "rounding amount", "montant d'arrondi")),
    CEN("BR-DEC-18", FX_CTX_TOTALS, TWO("ram:DuePayableAmount"), "BT-115",
        MSG("BT-115", "amount due for payment", "montant à payer")),
    CEN("BR-DEC-19", FX_CTX_VAT_BREAKDOWN, TWO("ram:BasisAmount"), "BT-116",
        MSG("BT-116", "VAT category taxable amount", "montant de base de la catégorie de TVA")),
    CEN("BR-DEC-20", FX_CTX_VAT_BREAKDOWN, TWO("ram:CalculatedAmount"), "BT-117",
        MSG("BT-117", "VAT category tax amount", "montant de TVA de la catégorie")),
    CEN("BR-DEC-23", FX_CTX_LINE,
        TWO("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/"
            "ram:LineTotalAmount"),
        "BT-131", MSG("BT-131", "invoice line net amount", "montant net de la ligne")),
    CEN("BR-DEC-24", FX_CTX_LINE_ALLOWANCES, TWO("../ram:ActualAmount[1]"), "BT-136",
        MSG("BT-136", "invoice line allowance amount", "montant de la remise de ligne")),
    CEN("BR-DEC-25", FX_CTX_LINE_ALLOWANCES, TWO("../ram:BasisAmount"), "BT-137",
        MSG("BT-137", "invoice line allowance base amount",
            "montant de base de la remise de ligne")),
    CEN("BR-DEC-27", FX_CTX_LINE_CHARGES, TWO("../ram:ActualAmount[1]"), "BT-141",
        MSG("BT-141", "invoice line charge amount", "montant de la charge de ligne")),
    CEN("BR-DEC-28", FX_CTX_LINE_CHARGES, TWO("../ram:BasisAmount"), "BT-142",
        MSG("BT-142", "invoice line charge base amount", "montant de base de la charge de ligne")),
};

const fx_ruleset fx_rules_cen_dec = {"cen-dec", rules, sizeof(rules) / sizeof(rules[0])};
