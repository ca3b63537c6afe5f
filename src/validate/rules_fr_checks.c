/*
 * C checks of the French rules evaluated on many nodes (see
 * rules_fr_checks.h). They read the document with child walks and decide
 * as the official XPath 2.0 tests do: number formats as the regular
 * expressions of BR-FR-DEC-* (\d is any Unicode decimal digit), lists
 * compared exactly, dates compared as strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlstring.h>
#include <unicode/uchar.h>

#include "validate/rules_fr_checks.h"

/* Namespaces of the CII elements read here. */
#define NS_RSM "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
#define NS_RAM "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
#define NS_UDT "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"

/* The French VAT rates, as the official list writes them. */
static const char rates[] =
    " 0 0.0 0.00 10 10.0 10.00 13 13.0 13.00 20 20.0 20.00 8.5 8.50 19.6 19.60 2.1 2.10 5.5 "
    "5.50 7 7.0 7.00 20.6 20.60 1.05 0.9 0.90 1.75 9.2 9.20 9.6 9.60 ";

/* True when n is the element ns:name. */
static bool is(const xmlNode *n, const char *ns, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
	       !strcmp((const char *)n->name, name) && !strcmp((const char *)n->ns->href, ns);
}

/* The first child element ns:name of n, or NULL. */
static xmlNodePtr child(xmlNodePtr n, const char *ns, const char *name)
{
	for (xmlNodePtr k = n ? n->children : NULL; k; k = k->next)
		if (is(k, ns, name))
			return k;
	return NULL;
}

/* The next sibling element ns:name after n, or NULL. */
static xmlNodePtr next(xmlNodePtr n, const char *ns, const char *name)
{
	for (xmlNodePtr k = n ? n->next : NULL; k; k = k->next)
		if (is(k, ns, name))
			return k;
	return NULL;
}

/* True for XML white space. */
static bool white(xmlChar c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* True when the string value of n is exactly one of the words of list
 * (" a b c ", spaces around each word). */
static bool value_in(xmlNodePtr n, const char *list)
{
	xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
	bool found = false;
	if (v && *v && !strchr((const char *)v, ' ')) {
		size_t len = strlen((const char *)v);
		for (const char *p = strstr(list, (const char *)v); p && !found;
		     p = strstr(p + 1, (const char *)v))
			found = p[-1] == ' ' && p[len] == ' ';
	}
	xmlFree(v);
	return found;
}

/* The first BT-23 of the document (..., ID), or NULL. */
static xmlNodePtr frame(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr ctx = child(root, NS_RSM, "ExchangedDocumentContext");
	for (xmlNodePtr p = child(ctx, NS_RAM, "BusinessProcessSpecifiedDocumentContextParameter");
	     p; p = next(p, NS_RAM, "BusinessProcessSpecifiedDocumentContextParameter")) {
		xmlNodePtr id = child(p, NS_RAM, "ID");
		if (id)
			return id;
	}
	return NULL;
}

/* True when normalize-space(BT-23) is S9, B9 or M9 (bidirectional). */
static bool bidirectional(xmlDocPtr doc)
{
	xmlChar *v = xmlNodeGetContent(frame(doc));
	const xmlChar *s = v;
	size_t n = v ? strlen((const char *)v) : 0;
	while (n && white(*s))
		s++, n--;
	while (n && white(s[n - 1]))
		n--;
	bool bd = n == 2 && (s[0] == 'S' || s[0] == 'B' || s[0] == 'M') && s[1] == '9';
	xmlFree(v);
	return bd;
}

/* Reads one decimal digit (any Unicode Nd character) at *s. */
static bool digit(const xmlChar **s)
{
	int len = 4;
	int c = xmlGetUTF8Char(*s, &len);
	if (c < 0 || u_charType(c) != U_DECIMAL_DIGIT_NUMBER)
		return false;
	*s += len;
	return true;
}

/* The format of BR-FR-DEC-*: on normalize-space(value), an optional minus
 * (when sign), 1 to digits digits, optionally a dot and 1 to decimals
 * digits; at most max characters besides the dot. */
static bool number_ok(xmlNodePtr node, bool sign, int digits, int decimals, int max)
{
	xmlChar *v = xmlNodeGetContent(node);
	const xmlChar *s = v;
	while (s && white(*s))
		s++;
	size_t n = s ? strlen((const char *)s) : 0;
	while (n && white(s[n - 1]))
		n--;
	const xmlChar *end = s + n;
	bool ok = s != NULL && n > 0;
	if (ok && sign && *s == '-')
		s++;
	int k = 0;
	while (ok && s < end && k <= digits && digit(&s))
		k++;
	ok = ok && k >= 1 && k <= digits;
	if (ok && s < end && *s == '.') {
		s++;
		k = 0;
		while (s < end && k <= decimals && digit(&s))
			k++;
		ok = k >= 1 && k <= decimals;
	}
	ok = ok && s == end;
	if (ok) {
		int chars = 0;
		for (const xmlChar *p = end - n; p < end; p++)
			chars += (*p & 0xC0) != 0x80 && *p != '.';
		ok = chars <= max;
	}
	xmlFree(v);
	return ok;
}

/* BR-FR-DEC-01. */
bool fx_fr_amount_ok(fx_vctx *ctx, xmlNodePtr node)
{
	(void)ctx;
	return number_ok(node, true, 19, 2, 19);
}

/* BR-FR-DEC-02. */
bool fx_fr_quantity_ok(fx_vctx *ctx, xmlNodePtr node)
{
	(void)ctx;
	return number_ok(node, true, 19, 4, 19);
}

/* BR-FR-DEC-03. */
bool fx_fr_price_ok(fx_vctx *ctx, xmlNodePtr node)
{
	return number_ok(node, bidirectional(fx_vctx_doc(ctx)), 19, 6, 19);
}

/* BR-FR-DEC-04. */
bool fx_fr_percent_ok(fx_vctx *ctx, xmlNodePtr node)
{
	(void)ctx;
	return number_ok(node, false, 4, 2, 4);
}

/* BR-FR-16. */
bool fx_fr_rate_listed(fx_vctx *ctx, xmlNodePtr tax)
{
	(void)ctx;
	xmlNodePtr rate = child(tax, NS_RAM, "RateApplicablePercent");
	xmlChar *v = rate ? xmlNodeGetContent(rate) : NULL;
	bool empty = !v || !*v;
	xmlFree(v);
	return empty || value_in(rate, rates);
}

/* True when one element of the list starting at first (and its siblings of
 * the same name) has the value one of list. */
static bool any_in(xmlNodePtr first, const char *ns, const char *name, const char *list)
{
	for (xmlNodePtr n = first; n; n = next(n, ns, name))
		if (value_in(n, list))
			return true;
	return false;
}

/* The first due date of the payment terms (BT-9), or NULL. */
static xmlNodePtr due_date(xmlNodePtr root)
{
	xmlNodePtr tx = child(root, NS_RSM, "SupplyChainTradeTransaction");
	xmlNodePtr st = child(tx, NS_RAM, "ApplicableHeaderTradeSettlement");
	for (xmlNodePtr t = child(st, NS_RAM, "SpecifiedTradePaymentTerms"); t;
	     t = next(t, NS_RAM, "SpecifiedTradePaymentTerms")) {
		for (xmlNodePtr d = child(t, NS_RAM, "DueDateDateTime"); d;
		     d = next(d, NS_RAM, "DueDateDateTime")) {
			xmlNodePtr s = child(d, NS_UDT, "DateTimeString");
			if (s)
				return s;
		}
	}
	return NULL;
}

/* BR-FR-CO-07. */
bool fx_fr_due_not_before_issue(fx_vctx *ctx, xmlNodePtr root)
{
	xmlChar *due = xmlNodeGetContent(due_date(root));
	xmlNodePtr doc = child(root, NS_RSM, "ExchangedDocument");
	bool ok = !due || !*due ||
	          any_in(child(doc, NS_RAM, "TypeCode"), NS_RAM, "TypeCode", " 386 500 503 ");
	for (xmlNodePtr id = frame(fx_vctx_doc(ctx)); !ok && id; id = next(id, NS_RAM, "ID"))
		ok = value_in(id, " B2 S2 M2 ");
	if (!ok) {
		xmlNodePtr issue =
		    child(child(doc, NS_RAM, "IssueDateTime"), NS_UDT, "DateTimeString");
		xmlChar *when = issue ? xmlNodeGetContent(issue) : NULL;
		ok = when && strcmp((const char *)due, (const char *)when) >= 0;
		xmlFree(when);
	}
	xmlFree(due);
	return ok;
}

/* Counts the documents directly under line whose ReferenceTypeCode is
 * code. */
static int line_objects(xmlNodePtr line, const char *code)
{
	int n = 0;
	for (xmlNodePtr d = child(line, NS_RAM, "AdditionalReferencedDocument"); d;
	     d = next(d, NS_RAM, "AdditionalReferencedDocument"))
		n += any_in(child(d, NS_RAM, "ReferenceTypeCode"), NS_RAM, "ReferenceTypeCode",
		            code);
	return n;
}

/* BR-FR-30. */
bool fx_fr_line_objects_once(fx_vctx *ctx, xmlNodePtr line)
{
	(void)ctx;
	return line_objects(line, " AFL ") <= 1 && line_objects(line, " AVV ") <= 1;
}

/* The number of child elements ns:name of n whose attribute schemeID is
 * scheme (any schemeID when scheme is NULL). */
static int count_scheme(xmlNodePtr n, const char *ns, const char *name, const char *scheme)
{
	int count = 0;
	for (xmlNodePtr k = child(n, ns, name); k; k = next(k, ns, name)) {
		xmlChar *s = scheme ? xmlGetNoNsProp(k, (const xmlChar *)"schemeID") : NULL;
		count += !scheme || (s && !strcmp((const char *)s, scheme));
		xmlFree(s);
	}
	return count;
}

/* The first child ns:name of n with attribute schemeID equal to scheme. */
static xmlNodePtr with_scheme(xmlNodePtr n, const char *ns, const char *name, const char *scheme)
{
	for (xmlNodePtr k = child(n, ns, name); k; k = next(k, ns, name)) {
		xmlChar *s = xmlGetNoNsProp(k, (const xmlChar *)"schemeID");
		bool hit = s && !strcmp((const char *)s, scheme);
		xmlFree(s);
		if (hit)
			return k;
	}
	return NULL;
}

/* True when party (or each element of that name after it) can be read by
 * BR-FR-09: with a SIRET, at most one SIREN; without a SIREN value, at most
 * one SIRET (strict: the buyer, whose rule reads no SIRET prefix). */
static bool siret_party_single(xmlNodePtr party, const char *name, bool strict)
{
	for (xmlNodePtr p = party; p; p = next(p, NS_RAM, name)) {
		int sirets = count_scheme(p, NS_RAM, "GlobalID", "0009");
		if (!sirets)
			continue;
		int sirens = 0;
		xmlNodePtr first = NULL;
		for (xmlNodePtr o = child(p, NS_RAM, "SpecifiedLegalOrganization"); o;
		     o = next(o, NS_RAM, "SpecifiedLegalOrganization")) {
			sirens += count_scheme(o, NS_RAM, "ID", "0002");
			if (!first)
				first = with_scheme(o, NS_RAM, "ID", "0002");
		}
		if (sirens > 1)
			return false;
		xmlChar *v = first ? xmlNodeGetContent(first) : NULL;
		bool no_siren = !v || !*v;
		xmlFree(v);
		if (!strict && sirets > 1 && no_siren)
			return false;
	}
	return true;
}

/* The first child element path a/b/... of n (NULL-terminated names, all
 * in the ram namespace except the first when it starts with "rsm:"). */
static xmlNodePtr walk(xmlNodePtr n, const char *const *names)
{
	for (; n && *names; names++)
		n = !strncmp(*names, "rsm:", 4) ? child(n, NS_RSM, *names + 4)
		                                : child(n, NS_RAM, *names);
	return n;
}

/* The official French rules can read the SIRET and SIREN of every party
 * (FX-FR-NOT-APPLIED, BR-FR-09). */
bool fx_fr_siret_parties_single(fx_vctx *ctx, xmlNodePtr root)
{
	(void)ctx;
	static const char *const tx[] = {"rsm:SupplyChainTradeTransaction", NULL};
	static const char *const agreement[] = {"ApplicableHeaderTradeAgreement", NULL};
	static const char *const settlement[] = {"ApplicableHeaderTradeSettlement", NULL};
	static const char *const delivery[] = {"ApplicableHeaderTradeDelivery", NULL};
	static const char *const line_delivery[] = {"SpecifiedLineTradeDelivery", NULL};
	xmlNodePtr t = walk(root, tx);
	xmlNodePtr a = walk(t, agreement), s = walk(t, settlement), d = walk(t, delivery);
	static const char *const in_agreement[] = {"BuyerAgentTradeParty", "SalesAgentTradeParty"};
	static const char *const in_settlement[] = {"PayeeTradeParty", "PayerTradeParty",
	                                            "InvoiceeTradeParty", "InvoicerTradeParty"};
	bool ok =
	    siret_party_single(child(a, NS_RAM, "BuyerTradeParty"), "BuyerTradeParty", true) &&
	    siret_party_single(child(d, NS_RAM, "ShipToTradeParty"), "ShipToTradeParty", false);
	for (size_t i = 0; ok && i < 2; i++)
		ok = siret_party_single(child(a, NS_RAM, in_agreement[i]), in_agreement[i], false);
	for (size_t i = 0; ok && i < 4; i++)
		ok =
		    siret_party_single(child(s, NS_RAM, in_settlement[i]), in_settlement[i], false);
	for (xmlNodePtr l = child(t, NS_RAM, "IncludedSupplyChainTradeLineItem"); ok && l;
	     l = next(l, NS_RAM, "IncludedSupplyChainTradeLineItem"))
		ok = siret_party_single(child(walk(l, line_delivery), NS_RAM, "ShipToTradeParty"),
		                        "ShipToTradeParty", false);
	return ok;
}

/* True when no VAT element named name under parent (and its siblings of
 * the same name) has two category codes or two rates. */
static bool tax_single(xmlNodePtr first, const char *name)
{
	for (xmlNodePtr t = first; t; t = next(t, NS_RAM, name))
		if (count_scheme(t, NS_RAM, "CategoryCode", NULL) > 1 ||
		    count_scheme(t, NS_RAM, "RateApplicablePercent", NULL) > 1)
			return false;
	return true;
}

/* The official French rules can read the VAT category and rate of every
 * VAT element (FX-FR-NOT-APPLIED, BR-FR-15, BR-FR-16). */
bool fx_fr_tax_values_single(fx_vctx *ctx, xmlNodePtr root)
{
	(void)ctx;
	static const char *const tx[] = {"rsm:SupplyChainTradeTransaction", NULL};
	static const char *const settlement[] = {"ApplicableHeaderTradeSettlement", NULL};
	static const char *const line_settlement[] = {"SpecifiedLineTradeSettlement", NULL};
	xmlNodePtr t = walk(root, tx), s = walk(t, settlement);
	bool ok = tax_single(child(s, NS_RAM, "ApplicableTradeTax"), "ApplicableTradeTax");
	for (xmlNodePtr c = child(s, NS_RAM, "SpecifiedTradeAllowanceCharge"); ok && c;
	     c = next(c, NS_RAM, "SpecifiedTradeAllowanceCharge"))
		ok = tax_single(child(c, NS_RAM, "CategoryTradeTax"), "CategoryTradeTax");
	for (xmlNodePtr l = child(t, NS_RAM, "IncludedSupplyChainTradeLineItem"); ok && l;
	     l = next(l, NS_RAM, "IncludedSupplyChainTradeLineItem"))
		ok = tax_single(child(walk(l, line_settlement), NS_RAM, "ApplicableTradeTax"),
		                "ApplicableTradeTax");
	return ok;
}

/* True when the normalised string value of n is 9 ASCII digits (XSD \d
 * digits of other scripts count too). */
static bool nine_digits(xmlNodePtr n)
{
	xmlChar *v = xmlNodeGetContent(n);
	const xmlChar *s = v;
	while (s && white(*s))
		s++;
	int k = 0;
	while (s && k < 10 && digit(&s))
		k++;
	while (s && white(*s))
		s++;
	bool ok = s && !*s && k == 9;
	xmlFree(v);
	return ok;
}

/* True when the schemeID of n is one of list (" a b "). */
static bool scheme_in(xmlNodePtr n, const char *list)
{
	xmlChar *s = xmlGetNoNsProp(n, (const xmlChar *)"schemeID");
	char word[16];
	bool in = s && strlen((const char *)s) < sizeof word - 2;
	if (in) {
		snprintf(word, sizeof word, " %s ", (const char *)s);
		in = strstr(list, word) != NULL;
	}
	xmlFree(s);
	return in;
}

/* BR-FR-32-LEGALID on a SpecifiedLegalOrganization/ID. */
bool fx_fr_legal_id_ok(fx_vctx *ctx, xmlNodePtr id)
{
	(void)ctx;
	return !scheme_in(id, " 0002 ") || nine_digits(id);
}

/* BR-FR-32-GLOBALID on a GlobalID. */
bool fx_fr_global_id_ok(fx_vctx *ctx, xmlNodePtr id)
{
	(void)ctx;
	return !scheme_in(id, " 0002 0231 ") || nine_digits(id);
}
