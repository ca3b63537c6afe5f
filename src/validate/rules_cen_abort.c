/*
 * The documents on which the official CEN EN 16931 XSLT (release 1.3.16,
 * XPath 2.0) stops with a dynamic error instead of reporting: a value the
 * core rules read as a single item occurs twice (normalize-space(),
 * substring-after(), xs:decimal() of a sequence), or an amount they
 * convert to a number is not one (xs:decimal(''), sum() of 'abc'). The
 * official result then has no EN 16931 id at all; the engine reproduces it
 * (FX_SEVERITY_ABORT, rule.h): every layer-4 finding is dropped and this
 * rule is reported once, as information. Such documents never pass the
 * XSD (layer 3), so the verdict is unchanged.
 */
#include "validate/rule.h"
#include "validate/rules_cen_ctx.h"

/* An abort condition of layer 4 (test true = the XSLT goes on). */
#define ABORT(ctx, test, en, fr)                                                                   \
	{                                                                                          \
		"CEN-XSLT-ERROR", FX_LAYER_EN16931, FX_SEVERITY_ABORT, 0, ctx, test, NULL, NULL,   \
		    en, fr                                                                         \
	}

/* The common part of the messages. */
#define EN_STOP "The official EN 16931 validation artefacts stop with an error on this invoice ("
#define EN_END "): they report no EN 16931 rule, and neither does this layer."
#define FR_STOP "Les artefacts officiels de validation EN 16931 s'arrêtent sur une erreur ("
#define FR_END ") : ils ne donnent aucune règle EN 16931, cette couche non plus."

/* Paths from the invoice element. */
#define R_DOC "rsm:ExchangedDocument"
#define R_HA "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
#define R_HS "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"

/* An optional total that must read as xs:decimal. */
#define DECIMAL_OR_ABSENT(x) "(not(" x ") or fx:is-decimal(" x "))"

/* The totals BR-CO-13, BR-CO-15 and BR-CO-16 read with xs:decimal(). */
#define TOTALS_ARE_DECIMALS                                                                                                 \
	DECIMAL_OR_ABSENT("ram:LineTotalAmount")                                                                            \
	" and " DECIMAL_OR_ABSENT("ram:AllowanceTotalAmount") " and " DECIMAL_OR_ABSENT(                                    \
	    "ram:"                                                                                                          \
	    "ChargeTo"                                                                                                      \
	    "talAmoun"                                                                                                      \
	    "t") " an"                                                                                                      \
	         "d"                                                                                                        \
	         " " DECIMAL_OR_ABSENT("ram:TaxBasisTotalAmount") " and " DECIMAL_OR_ABSENT("ram:"                          \
	                                                                                    "Gran"                          \
	                                                                                    "dTot"                          \
	                                                                                    "alAm"                          \
	                                                                                    "oun"                           \
	                                                                                    "t") " and " DECIMAL_OR_ABSENT( \
	             "ram:TotalPrepaidAmount") " and " DECIMAL_OR_ABSENT("ram:RoundingAmount") " "                          \
	                                                                                       "a"                          \
	                                                                                       "n"                          \
	                                                                                       "d"                          \
	                                                                                       " " DECIMAL_OR_ABSENT("ram:DuePayableAmount") " and fx:is-double(ram:TaxTotalAmount)"

static const fx_rule rules[] = {
    ABORT(FX_CTX_INVOICE,
          "count(rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/"
          "ram:ID) <= 1 and count(" R_DOC "/ram:ID) <= 1 and count(" R_DOC
          "/ram:TypeCode) <= 1 and count(" R_HS "/ram:InvoiceCurrencyCode) <= 1 and count(" R_HA
          "/ram:SellerTradeParty/ram:Name) <= 1 and count(" R_HA
          "/ram:BuyerTradeParty/ram:Name) <= 1 and count(" R_HA
          "/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID) <= 1 and count(" R_HA
          "/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CountryID) <= 1",
          EN_STOP "BT-24, BT-1, BT-3, BT-5, BT-27, BT-44, BT-40 or BT-55 given twice" EN_END,
          FR_STOP "BT-24, BT-1, BT-3, BT-5, BT-27, BT-44, BT-40 ou BT-55 en double" FR_END),
    ABORT(FX_CTX_INVOICE,
          "count(" R_DOC "/ram:IssueDateTime/udt:DateTimeString[@format = '102']) <= 1",
          EN_STOP "two issue dates (BT-2)" EN_END, FR_STOP "deux dates d'émission (BT-2)" FR_END),
    ABORT(FX_CTX_TOTALS,
          "count(ram:LineTotalAmount) <= 1 and count(ram:AllowanceTotalAmount) <= 1 and "
          "count(ram:ChargeTotalAmount) <= 1 and count(ram:TaxBasisTotalAmount) <= 1 and "
          "count(ram:GrandTotalAmount) <= 1 and count(ram:TotalPrepaidAmount) <= 1 and "
          "count(ram:RoundingAmount) <= 1 and count(ram:DuePayableAmount) <= 1",
          EN_STOP "a document total (BT-106 .. BT-115) given twice" EN_END,
          FR_STOP "un total du document (BT-106 .. BT-115) en double" FR_END),
    ABORT(FX_CTX_TOTALS, TOTALS_ARE_DECIMALS,
          EN_STOP "a document total (BT-106 .. BT-115) that is not a number" EN_END,
          FR_STOP "un total du document (BT-106 .. BT-115) qui n'est pas un nombre" FR_END),
    ABORT(FX_CTX_INVOICE,
          "fx:is-double(" FX_LINE "/ram:SpecifiedLineTradeSettlement/"
          "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount) and "
          "fx:is-double(" FX_HS "/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount[1]) and "
          "fx:is-double(" FX_HS "/ram:ApplicableTradeTax/ram:CalculatedAmount) and "
          "fx:is-double(" FX_LINE "/ram:SpecifiedLineTradeAgreement/"
          "ram:NetPriceProductTradePrice/ram:ChargeAmount) and fx:is-double(" FX_LINE
          "/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount)",
          EN_STOP "a line amount, price, allowance or VAT amount that is not a number" EN_END,
          FR_STOP "un montant de ligne, un prix, une remise ou un montant de TVA qui n'est pas "
                  "un nombre" FR_END),
    ABORT(FX_CTX_VAT_BREAKDOWN,
          DECIMAL_OR_ABSENT("ram:RateApplicablePercent") " and " DECIMAL_OR_ABSENT(
              "ram:CalculatedAmount") " and " DECIMAL_OR_ABSENT("ram:BasisAmount"),
          EN_STOP "a VAT breakdown amount or rate (BT-116, BT-117, BT-119) that is not a "
                  "number" EN_END,
          FR_STOP "un montant ou un taux de ventilation de TVA (BT-116, BT-117, BT-119) qui "
                  "n'est pas un nombre" FR_END),
};

const fx_ruleset fx_rules_cen_abort = {"cen-abort", rules, sizeof(rules) / sizeof(rules[0])};
