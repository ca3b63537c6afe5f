/*
 * When the optional layers run under FX_SWITCH_AUTO (docs/validate.md):
 *   6 (French rules): the seller is French: its country (BT-40) is FR, or
 *     it is identified by a SIREN (BT-30, scheme 0002) or a SIRET (BT-29,
 *     scheme 0009), numbers only French companies have. The French
 *     e-invoicing rules bind sellers established in France. And the profile
 *     validated against (BT-24's, or the one the caller forces) is one the
 *     FNFE-MPE package publishes French rules for: BASIC WL, EN 16931,
 *     EXTENDED (or none: plain CII); the reform does not retain MINIMUM and
 *     BASIC. And BT-23 holds no Chorus Pro cadre (those invoices go to
 *     layer 7; docs/validate-fr.md).
 *   7 (Chorus Pro rules): BT-23 holds a Chorus Pro cadre de facturation
 *     (A1 .. A25), which only invoices to the public sector carry. A buyer
 *     SIRET alone is not enough: the reform uses SIRET numbers between
 *     companies too.
 */
#include <stdlib.h>

#include "validate/engine.h"
#include "validate/stages.h"

/* Evaluates expr on doc as a boolean (false when it cannot). */
static bool doc_test(xmlDocPtr doc, const char *expr)
{
	xmlXPathCompExprPtr comp = fx_engine_compile_cached(expr);
	xmlXPathContextPtr xp = comp && doc ? fx_engine_xpath_context(doc) : NULL;
	if (!xp)
		return false;
	xp->node = (xmlNodePtr)doc;
	int v = xmlXPathCompiledEvalToBoolean(comp, xp);
	xmlXPathFreeContext(xp);
	return v == 1;
}

/* Layer 6 under auto: a French seller, a profile of the reform, and no
 * Chorus Pro cadre in BT-23 (a B2G invoice is checked by layer 7). */
bool fx_fr_applies(xmlDocPtr doc, bool has_profile, fx_profile profile)
{
	bool reform_profile =
	    !has_profile || (profile != FX_PROFILE_MINIMUM && profile != FX_PROFILE_BASIC);
	return reform_profile && !fx_chorus_applies(doc) &&
	       doc_test(doc, "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"
	                     "ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty["
	                     "normalize-space(ram:PostalTradeAddress/ram:CountryID) = 'FR' or "
	                     "ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002'] or "
	                     "ram:GlobalID[@schemeID = '0009']]");
}

/* Layer 7 under auto: a Chorus Pro cadre in BT-23. */
bool fx_chorus_applies(xmlDocPtr doc)
{
	return doc_test(doc, "fx:in(/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/"
	                     "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID, "
	                     "'A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15 A16 A17 A18 "
	                     "A19 A20 A21 A22 A23 A24 A25')");
}
