/*
 * Layer 5: documents on which the official Factur-X schematron stops. Its
 * business rules are XPath 2.0 and cast amounts with xs:decimal(): an amount
 * that is not a decimal (an empty GrandTotalAmount) or a repeated one read
 * as a single value (two LineTotalAmount in the document totals) raises a
 * dynamic error, and the XSLT processor stops with no result at all. The
 * official verdict on such a document has no Factur-X finding; this module
 * detects the cases so that layer 5 is not applied and one INFO finding says
 * why.
 */
#include <stdio.h>

#include "validate/engine.h"
#include "validate/facturx.h"
#include "validate/stages.h"

/* Paths from the root element, any namespace above the settlement as the
 * schematron's "//" contexts. */
#define SETTLE "*/ram:ApplicableHeaderTradeSettlement"
#define TOTALS SETTLE "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
#define NOT_DECIMAL "[not(fx:is-decimal(.))]"
#define VAT_TOTAL "ram:TaxTotalAmount[@currencyID = ../../ram:InvoiceCurrencyCode]"

/* A value or repetition that stops the official rules, the profiles whose
 * schematron casts it, and the terms it concerns. */
static const struct {
	unsigned profiles;
	const char *test; /* XPath on the root element, true = the rules stop */
	const char *what;
} stops[] = {
    /* BR-CO-10 casts the sum of the line net amounts without [1]. */
    {FX_P_BASIC | FX_P_EN16931, TOTALS "[count(ram:LineTotalAmount) > 1]", "BT-106"},
    /* BR-CO-13, BR-CO-15 and BR-CO-16 cast the first of each total. */
    {FX_P_BASICWL | FX_P_BASIC | FX_P_EN16931,
     TOTALS
     "/ram:LineTotalAmount[1]" NOT_DECIMAL " | " TOTALS "/ram:TaxBasisTotalAmount[1]" NOT_DECIMAL
     " | " TOTALS "/ram:GrandTotalAmount[1]" NOT_DECIMAL " | " TOTALS
     "/ram:DuePayableAmount[1]" NOT_DECIMAL " | " TOTALS "/ram:AllowanceTotalAmount[1]" NOT_DECIMAL
     " | " TOTALS "/ram:ChargeTotalAmount[1]" NOT_DECIMAL " | " TOTALS
     "/ram:TotalPrepaidAmount[1]" NOT_DECIMAL " | " TOTALS "/ram:RoundingAmount[1]" NOT_DECIMAL
     " | " TOTALS "[count(" VAT_TOTAL ") = 1]/" VAT_TOTAL NOT_DECIMAL,
     "BT-106/BT-107/BT-108/BT-109/BT-110/BT-112/BT-113/BT-114/BT-115"},
    /* BR-CO-17 casts the tax amount and, for VAT, the rate of each breakdown. */
    {FX_P_BASICWL | FX_P_BASIC | FX_P_EN16931,
     SETTLE "/ram:ApplicableTradeTax[count(ram:CalculatedAmount) > 1 or "
            "ram:CalculatedAmount" NOT_DECIMAL " or (normalize-space(fx:upper(ram:TypeCode)) = "
            "'VAT' and (count(ram:RateApplicablePercent) > 1 or "
            "ram:RateApplicablePercent" NOT_DECIMAL "))]",
     "BT-117/BT-119"},
};

/* True when the Factur-X rules can be applied to doc. */
bool fx_facturx_evaluable(xmlDocPtr doc, bool has_profile, fx_profile profile, fx_report *r)
{
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!has_profile || !root)
		return true;
	xmlXPathContextPtr xp = fx_engine_xpath_context(doc);
	if (!xp)
		return true;
	const char *what = NULL;
	for (size_t i = 0; i < sizeof stops / sizeof *stops && !what; i++) {
		if (!(stops[i].profiles & (1u << profile)))
			continue;
		xmlXPathCompExprPtr comp = fx_engine_compile_cached(stops[i].test);
		xp->node = root;
		if (comp && xmlXPathCompiledEvalToBoolean(comp, xp) == 1)
			what = stops[i].what;
	}
	xmlXPathFreeContext(xp);
	if (!what)
		return true;
	char msg[512];
	if (fx_report_is_french(r))
		snprintf(msg, sizeof msg,
		         "Règles Factur-X non appliquées : un montant (%s) est vide, n'est pas un "
		         "nombre ou est répété là où elles en lisent un seul, ce qui arrête le "
		         "schématron officiel sans résultat.",
		         what);
	else
		snprintf(
		    msg, sizeof msg,
		    "Factur-X rules not applied: an amount (%s) is empty, not a number or "
		    "repeated where they read a single one, which stops the official schematron "
		    "without any result.",
		    what);
	fx_report_add(r, FX_LAYER_FACTURX, FX_SEVERITY_INFO, false, "FX-NOT-APPLIED", what, NULL, 0,
	              msg);
	return false;
}
