/*
 * Layer 6: documents on which the official French schematron stops. The
 * FNFE-MPE rules are XPath 2.0: string(), normalize-space(), number() and
 * their typed functions raise an error on a sequence of several nodes, and
 * the XSLT processor then stops with no result at all. The official verdict
 * on such a document has no BR-FR finding; this module detects the
 * repetitions that cause it (in the rules' evaluation conditions) so that
 * the French rules are not applied and one INFO finding says why.
 */
#include <stdio.h>

#include "validate/engine.h"
#include "validate/french.h"
#include "validate/rules_fr_paths.h"
#include "validate/stages.h"

/* Relative paths from the root element. */
#define SETTLE FR_R_SETTLEMENT
#define BUYER_SIREN FR_R_BUYER "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002']"
#define SELLER_SIREN FR_R_SELLER "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002']"
#define IS_B2B FR_R_BAR " = 'B2B'"
#define SELF_BILLED "fx:one-of(" FR_R_TYPE ", '389 501 500 471 473 261 502')"
#define PAID_FRAME "fx:one-of(" FR_R_BT23 ", 'B2 S2 M2')"
#define DUE SETTLE "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"

/* A party whose SIRET check (BR-FR-09) reads one SIREN, or one SIRET when
 * it has no SIREN. */
#define SIRET_PARTY(p)                                                                             \
	p "[ram:GlobalID[@schemeID = '0009'] and (count(ram:SpecifiedLegalOrganization/ram:ID["    \
	  "@schemeID = '0002']) > 1 or (count(ram:GlobalID[@schemeID = '0009']) > 1 and "          \
	  "not(string(ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002']))))]"

/* A repetition that stops the official rules, and the terms it concerns. */
static const struct {
	const char *test; /* XPath on the root element, true = the rules stop */
	const char *what;
} stops
    [] =
        {
            {"count(" FR_R_BT23 ") > 1", "BT-23"},
            {"count(" FR_R_SELLER "/ram:URIUniversalCommunication/ram:URIID) > 1", "BT-34"},
            {"count(" FR_R_BUYER "/ram:URIUniversalCommunication/ram:URIID) > 1", "BT-49"},
            {"count(" SELLER_SIREN ") > 1", "BT-30"},
            {FR_R_BUYER "[ram:GlobalID[@schemeID = '0009'] and count("
                        "ram:SpecifiedLegalOrganization/"
                        "ram:ID[@schemeID = '0002']) > 1] | " SIRET_PARTY(SETTLE "/ram:"
                                                                                 "PayeeTradeParty") " | " SIRET_PARTY(FR_R_AGREEMENT "/ram:BuyerAgentTradeParty") " | " SIRET_PARTY(SETTLE "/ram:PayerTradeParty") " | " SIRET_PARTY(
                            FR_R_AGREEMENT
                            "/ram:SalesAgentTradeParty") " | " SIRET_PARTY(SETTLE "/ram:"
                                                                                  "InvoiceeTradePar"
                                                                                  "ty") " |"
                                                                                        " " SIRET_PARTY(SETTLE
                                                                                                        "/ram:InvoicerTradeParty") " | " SIRET_PARTY(FR_R_TX
                                                                                                                                                     "/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty") " | " SIRET_PARTY(FR_R_TX
                                                                                                                                                                                                                                  "/ram:IncludedSupplyChainTradeLineItem/"
                                                                                                                                                                                                                                  "ram:SpecifiedLineTradeDelivery/ram:ShipToTradeParty"),
             "BT-29/BT-46"},
            {SETTLE "/ram:ApplicableTradeTax[count(ram:CategoryCode) > 1 or "
                    "count(ram:RateApplicablePercent) > 1] | " SETTLE
                    "/ram:SpecifiedTradeAllowanceCharge/"
                    "ram:CategoryTradeTax[count(ram:CategoryCode) > 1 or "
                    "count(ram:RateApplicablePercent) > 1] | " FR_R_TX
                    "/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/"
                    "ram:ApplicableTradeTax[count(ram:CategoryCode) > 1 or "
                    "count(ram:RateApplicablePercent) > 1]",
             "BT-95/BT-96/BT-102/BT-103/BT-118/BT-119/BT-151/BT-152"},
            {FR_R_AGREEMENT
             "/ram:AdditionalReferencedDocument[ram:TypeCode = '916'][count(ram:Name) > 1]",
             "BT-123"},
            {"rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode = 'BAR'][count(ram:Content) > "
             "1]",
             "BT-22"},
            {"count(" DUE ") > 1 or (" DUE
             " != '' and count(rsm:ExchangedDocument/ram:IssueDateTime/"
             "udt:DateTimeString) > 1 and not(fx:one-of(" FR_R_TYPE
             ", '386 500 503')) and not(" PAID_FRAME "))",
             "BT-2/BT-9"},
            {IS_B2B " and (count(" BUYER_SIREN ") > 1 or (not(" SELF_BILLED
                    ") and count(" FR_R_BUYER
                    "/ram:SpecifiedLegalOrganization/ram:ID) > 1) or (" SELF_BILLED
                    " and (count(" FR_R_SELLER
                    "/ram:SpecifiedLegalOrganization/ram:ID) > 1 or count(" FR_R_SELLER
                    "/ram:URIUniversalCommunication/ram:URIID) > 1)))",
             "BT-30/BT-47"},
            {FR_R_TYPE " = '262' and (count(" FR_R_AGREEMENT
                       "/ram:ContractReferencedDocument/ram:IssuerAssignedID) > 1 or count(" SETTLE
                       "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString) > 1 or "
                       "count(" SETTLE
                       "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString) > 1)",
             "BT-12/BT-73/BT-74"},
            {PAID_FRAME
             " and (count(" FR_R_TOTALS "/ram:TotalPrepaidAmount) > 1 or count(" FR_R_TOTALS
             "/ram:GrandTotalAmount) > 1 or count(" FR_R_TOTALS "/ram:DuePayableAmount) > 1)",
             "BT-112/BT-113/BT-115"},
            {SETTLE "/ram:InvoiceCurrencyCode != 'EUR' and " SETTLE
                    "/ram:TaxCurrencyCode = 'EUR' and "
                    "count(" FR_R_TOTALS "/ram:TaxTotalAmount[@currencyID = 'EUR']) > 1",
             "BT-111"},
            {FR_R_SELLER "/ram:GlobalID[@schemeID = '0231'] and count(" FR_R_AGREEMENT
                         "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/"
                         "ram:ID[@schemeID = 'VA']) > 1",
             "BT-63"},
};

/* True when the French rules can be applied to doc; otherwise adds an
 * INFO finding to r naming the repeated terms. */
bool fx_fr_evaluable(xmlDocPtr doc, fx_report *r)
{
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	xmlXPathContextPtr xp = root ? fx_engine_xpath_context(doc) : NULL;
	if (!xp)
		return true;
	const char *what = NULL;
	for (size_t i = 0; i < sizeof stops / sizeof *stops && !what; i++) {
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
		snprintf(
		    msg, sizeof msg,
		    "Règles françaises non appliquées : un élément (%s) est répété là où elles en "
		    "lisent un seul, ce qui arrête le schématron officiel sans résultat.",
		    what);
	else
		snprintf(msg, sizeof msg,
		         "French rules not applied: an element (%s) is repeated where they read a "
		         "single one, which stops the official schematron without any result.",
		         what);
	fx_report_add(r, FX_LAYER_FR, FX_SEVERITY_INFO, false, "FX-FR-NOT-APPLIED", what, NULL, 0,
	              msg);
	return false;
}
