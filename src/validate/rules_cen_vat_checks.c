/*
 * C checks of the EN 16931 VAT category rules: which VAT groups a rule
 * looks at, the identifiers and rates of a category, the "-01" rules that
 * count a category across lines, allowances/charges and breakdowns, and the
 * split payment rules BR-B-01/02. Each follows the official CII test
 * (release 1.3.16), including its quirks.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xpathInternals.h>

#include "validate/cii_nodes.h"
#include "validate/cii_scan.h"
#include "validate/functions.h"
#include "validate/rules_cen_vat.h"

/* Iterates over the ram children called name of parent. */
#define FOR_CHILD(var, parent, name)                                                               \
	for (xmlNodePtr var = fx_node_child((parent), (name)); var; var = fx_node_next(var))

/* The transaction element of doc, or NULL when the root is not an
 * rsm:CrossIndustryInvoice. */
static xmlNodePtr transaction_of(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (!fx_node_is(root, FX_NS_RSM, "CrossIndustryInvoice"))
		return NULL;
	for (xmlNodePtr c = root->children; c; c = c->next)
		if (fx_node_is(c, FX_NS_RSM, "SupplyChainTradeTransaction"))
			return c;
	return NULL;
}

/* The transaction element of the document. */
xmlNodePtr fx_vat_transaction(fx_vctx *ctx)
{
	return transaction_of(fx_vctx_doc(ctx));
}

/* True when a category code of tax is cat. */
bool fx_vat_has_category(xmlNodePtr tax, const char *cat)
{
	FOR_CHILD(code, tax, "CategoryCode")
	{
		if (fx_node_text_is(code, cat))
			return true;
	}
	return false;
}

/** How often a VAT category occurs in the document. */
typedef struct category_count {
	int lines;      /* line VAT groups (BG-30) */
	int breakdowns; /* VAT breakdowns (BG-23) */
	int allowances; /* VAT groups of allowances and charges */
} category_count;

/* The categories of the "-01" rules, in the order of category_counts. */
static const char *const g_categories[] = {"S", "L", "M", "Z", "E", "AE", "K", "G", "O"};
#define CATEGORY_COUNT (sizeof(g_categories) / sizeof(g_categories[0]))

/** The counts of every category of g_categories. */
typedef struct category_counts {
	category_count c[CATEGORY_COUNT];
} category_counts;

/** Which counter of a category_count a VAT group adds to. */
typedef enum count_kind { COUNT_LINE, COUNT_BREAKDOWN, COUNT_ALLOWANCE } count_kind;

/* Adds the VAT group tax to the counts of each category it has (once per
 * category, as fx_vat_has_category counts it). */
static void count_group(category_counts *cc, xmlNodePtr tax, count_kind kind)
{
	for (size_t k = 0; k < CATEGORY_COUNT; k++) {
		if (!fx_vat_has_category(tax, g_categories[k]))
			continue;
		category_count *c = &cc->c[k];
		int *n = kind == COUNT_LINE        ? &c->lines
		         : kind == COUNT_BREAKDOWN ? &c->breakdowns
		                                   : &c->allowances;
		(*n)++;
	}
}

/* Adds the ram:CategoryTradeTax of the allowances/charges called name of
 * parent. */
static void count_ac_groups(category_counts *cc, xmlNodePtr parent, const char *name)
{
	FOR_CHILD(ac, parent, name)
	{
		FOR_CHILD(tax, ac, "CategoryTradeTax")
		{
			count_group(cc, tax, COUNT_ALLOWANCE);
		}
	}
}

/* Counts every category in the line VAT groups, the breakdowns and the
 * VAT groups of allowances and charges (document, line and price level)
 * of transaction tx (NULL: nothing). */
static category_counts count_categories(xmlNodePtr tx)
{
	category_counts cc;
	memset(&cc, 0, sizeof(cc));
	FOR_CHILD(line, tx, "IncludedSupplyChainTradeLineItem")
	{
		FOR_CHILD(set, line, "SpecifiedLineTradeSettlement")
		{
			FOR_CHILD(tax, set, "ApplicableTradeTax")
			{
				count_group(&cc, tax, COUNT_LINE);
			}
			count_ac_groups(&cc, set, "SpecifiedTradeAllowanceCharge");
		}
		FOR_CHILD(agr, line, "SpecifiedLineTradeAgreement")
		{
			FOR_CHILD(price, agr, "GrossPriceProductTradePrice")
			{
				count_ac_groups(&cc, price, "AppliedTradeAllowanceCharge");
			}
		}
	}
	FOR_CHILD(set, tx, "ApplicableHeaderTradeSettlement")
	{
		FOR_CHILD(tax, set, "ApplicableTradeTax")
		{
			count_group(&cc, tax, COUNT_BREAKDOWN);
		}
		count_ac_groups(&cc, set, "SpecifiedTradeAllowanceCharge");
	}
	return cc;
}

/* The counts of category cat (one of g_categories) in the document. */
static category_count count_category(fx_vctx *ctx, const char *cat)
{
	category_counts cc = count_categories(fx_vat_transaction(ctx));
	for (size_t k = 0; k < CATEGORY_COUNT; k++)
		if (strcmp(g_categories[k], cat) == 0)
			return cc.c[k];
	return (category_count){0, 0, 0};
}

/* The "at least one breakdown" test of BR-S-01, BR-AF-01 and BR-AG-01. */
static bool at_least_one_ok(category_count c)
{
	return (c.lines + c.breakdowns >= 2 || c.lines == 0) &&
	       (c.allowances + c.breakdowns >= 2 || c.allowances == 0);
}

/* The "exactly one breakdown" test of BR-Z-01, BR-E-01, BR-AE-01, BR-IC-01
 * and BR-G-01. */
static bool exactly_one_ok(category_count c)
{
	return (c.breakdowns == 0 && c.lines == 0 && c.allowances == 0) ||
	       (c.breakdowns == 1 && (c.lines > 0 || c.allowances > 0));
}

/* The test of BR-O-01: unlike the others, lines of category O without a
 * breakdown pass. */
static bool o_ok(category_count c)
{
	return c.breakdowns == 0 || (c.breakdowns == 1 && (c.lines > 0 || c.allowances > 0));
}

/* The test of the "-01" rule of category g_categories[k]. */
static bool category_ok(size_t k, category_count c)
{
	switch (g_categories[k][0]) {
	case 'S':
	case 'L':
	case 'M':
		return at_least_one_ok(c);
	case 'O':
		return o_ok(c);
	default:
		return exactly_one_ok(c);
	}
}

/* BR-S-01. */
bool fx_vat_check_s01(fx_vctx *ctx, xmlNodePtr node)
{
	return at_least_one_ok(count_category(ctx, "S"));
}

/* BR-AF-01. */
bool fx_vat_check_af01(fx_vctx *ctx, xmlNodePtr node)
{
	return at_least_one_ok(count_category(ctx, "L"));
}

/* BR-AG-01. */
bool fx_vat_check_ag01(fx_vctx *ctx, xmlNodePtr node)
{
	return at_least_one_ok(count_category(ctx, "M"));
}

/* BR-Z-01. */
bool fx_vat_check_z01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_ok(count_category(ctx, "Z"));
}

/* BR-E-01. */
bool fx_vat_check_e01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_ok(count_category(ctx, "E"));
}

/* BR-AE-01. */
bool fx_vat_check_ae01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_ok(count_category(ctx, "AE"));
}

/* BR-IC-01. */
bool fx_vat_check_ic01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_ok(count_category(ctx, "K"));
}

/* BR-G-01. */
bool fx_vat_check_g01(fx_vctx *ctx, xmlNodePtr node)
{
	return exactly_one_ok(count_category(ctx, "G"));
}

/* BR-O-01. */
bool fx_vat_check_o01(fx_vctx *ctx, xmlNodePtr node)
{
	return o_ok(count_category(ctx, "O"));
}

/** What the split payment rules look for in the whole document. */
typedef struct split_scan {
	bool split;    /* a ram:CategoryCode is B */
	bool standard; /* a ram:CategoryCode is S */
	bool foreign;  /* a ram:CountryID is not IT */
} split_scan;

/* Names the split payment scan looks at: 1 ram:CategoryCode, 2
 * ram:CountryID, 0 any other. */
static unsigned char split_name(const xmlChar *name, const xmlChar *ns)
{
	if (!ns || strcmp((const char *)ns, FX_NS_RAM) != 0)
		return 0;
	if (strcmp((const char *)name, "CategoryCode") == 0)
		return 1;
	return strcmp((const char *)name, "CountryID") == 0 ? 2 : 0;
}

/* Looks at every element below node (the artefacts use // here). */
static split_scan scan_split(xmlNodePtr node)
{
	split_scan s = {false, false, false};
	fx_name_memo *memo = calloc(1, sizeof(*memo));
	for (xmlNodePtr c = node ? fx_next_element(node) : NULL; c; c = fx_next_element(c)) {
		int kind = memo ? fx_name_memo_get(memo, c, split_name)
		                : split_name(c->name, c->ns ? c->ns->href : NULL);
		if (kind == 1) {
			s.split = s.split || fx_node_text_is(c, "B");
			s.standard = s.standard || fx_node_text_is(c, "S");
		} else if (kind == 2) {
			s.foreign = s.foreign || !fx_node_text_is(c, "IT");
		}
	}
	free(memo);
	return s;
}

/* BR-B-01. */
bool fx_vat_check_b01(fx_vctx *ctx, xmlNodePtr node)
{
	split_scan s = scan_split(node);
	return !s.split || !s.foreign;
}

/* BR-B-02. */
bool fx_vat_check_b02(fx_vctx *ctx, xmlNodePtr node)
{
	split_scan s = scan_split(node);
	return !s.split || !s.standard;
}

/* fx:vat-document(): the invoice element when one of the document-wide
 * rules (BR-S-01 ... BR-O-01, BR-B-01/02) fails, else nothing: their
 * context, so that they run only when one of them fails. */
static void fn_vat_document(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 0) {
		xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
		return;
	}
	xmlNodeSetPtr set = xmlXPathNodeSetCreate(NULL);
	xmlDocPtr doc = ctxt->context ? ctxt->context->doc : NULL;
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (set && fx_node_is(root, FX_NS_RSM, "CrossIndustryInvoice")) {
		category_counts cc = count_categories(transaction_of(doc));
		bool ok = true;
		for (size_t k = 0; k < CATEGORY_COUNT && ok; k++)
			ok = category_ok(k, cc.c[k]);
		split_scan s = ok ? scan_split(root) : (split_scan){false, false, false};
		if (!ok || (s.split && (s.foreign || s.standard)))
			xmlXPathNodeSetAddUnique(set, root);
	}
	valuePush(ctxt, xmlXPathWrapNodeSet(set));
}

const fx_xpath_function fx_vat_functions[] = {
    {"vat-document", fn_vat_document},
    {NULL, NULL},
};

/* True when one udt:Indicator of ac's charge indicator reads as charge. */
bool fx_vat_indicator_is(xmlNodePtr ac, bool charge)
{
	FOR_CHILD(ci, ac, "ChargeIndicator")
	{
		for (xmlNodePtr i = ci->children; i; i = i->next) {
			if (!fx_node_is(i, FX_NS_UDT, "Indicator"))
				continue;
			if (fx_node_text_normalized_is(i, charge ? "true" : "false") ||
			    fx_node_text_normalized_is(i, charge ? "1" : "0"))
				return true;
		}
	}
	return false;
}

/* upper-case(ram:TypeCode) = 'VAT' on the first type code of tax. */
static bool type_is_vat(xmlNodePtr tax)
{
	xmlNodePtr code = fx_node_child(tax, "TypeCode");
	return code && (fx_node_text_is(code, "VAT") || fx_node_text_upper_is(code, "VAT"));
}

/* True when node is a VAT group of scope with category cat. */
bool fx_vat_is_group(xmlNodePtr node, fx_vat_scope scope, const char *cat)
{
	if (!fx_vat_has_category(node, cat))
		return false;
	switch (scope) {
	case FX_VAT_BREAKDOWN_ANY_TYPE:
		return true;
	case FX_VAT_BREAKDOWN:
		/* //rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement */
		return type_is_vat(node) && node->parent &&
		       fx_node_is(node->parent->parent, FX_NS_RSM, "SupplyChainTradeTransaction");
	case FX_VAT_ALLOWANCE:
	case FX_VAT_CHARGE:
		return type_is_vat(node) &&
		       fx_vat_indicator_is(node->parent, scope == FX_VAT_CHARGE);
	default:
		return type_is_vat(node);
	}
}

/* True when attribute name of node is exactly value. */
static bool attr_is(xmlNodePtr node, const char *name, const char *value)
{
	xmlAttrPtr a = xmlHasNsProp(node, (const xmlChar *)name, NULL);
	return a && fx_node_text_is((xmlNodePtr)a, value);
}

/* True when a tax registration identifier of party (a child of the header
 * agreement) has scheme s1 or s2 (s2 may be NULL). */
static bool party_tax_id(xmlNodePtr tx, const char *party, const char *s1, const char *s2)
{
	FOR_CHILD(agr, tx, "ApplicableHeaderTradeAgreement")
	{
		FOR_CHILD(p, agr, party)
		{
			FOR_CHILD(reg, p, "SpecifiedTaxRegistration")
			{
				FOR_CHILD(id, reg, "ID")
				{
					if (attr_is(id, "schemeID", s1) ||
					    (s2 && attr_is(id, "schemeID", s2)))
						return true;
				}
			}
		}
	}
	return false;
}

/* True when the buyer has a legal registration identifier (BT-47). */
static bool buyer_legal_id(xmlNodePtr tx)
{
	FOR_CHILD(agr, tx, "ApplicableHeaderTradeAgreement")
	{
		if (fx_node_path_exists(agr, "BuyerTradeParty/SpecifiedLegalOrganization/ID"))
			return true;
	}
	return false;
}

/* True when the identifiers need asks for are there. */
bool fx_vat_ids_ok(fx_vctx *ctx, fx_vat_ids need)
{
	xmlNodePtr tx = fx_vat_transaction(ctx);
	bool seller_vat = party_tax_id(tx, "SellerTradeParty", "VA", NULL);
	bool rep_vat = party_tax_id(tx, "SellerTaxRepresentativeTradeParty", "VA", NULL);
	switch (need) {
	case FX_VAT_IDS_SELLER:
		return party_tax_id(tx, "SellerTradeParty", "VA", "FC") || rep_vat;
	case FX_VAT_IDS_REVERSE:
		return (party_tax_id(tx, "SellerTradeParty", "VA", "FC") || rep_vat) &&
		       (party_tax_id(tx, "BuyerTradeParty", "VA", NULL) || buyer_legal_id(tx));
	case FX_VAT_IDS_INTRA:
		return (seller_vat || rep_vat) && party_tax_id(tx, "BuyerTradeParty", "VA", NULL);
	case FX_VAT_IDS_EXPORT:
		return seller_vat || rep_vat;
	default:
		return !seller_vat && !rep_vat && !party_tax_id(tx, "BuyerTradeParty", "VA", NULL);
	}
}

/* True when the rate of tax is as need says (XPath compares each rate). */
bool fx_vat_rate_ok(xmlNodePtr tax, fx_vat_rate need)
{
	if (need == FX_VAT_RATE_ABSENT)
		return !fx_node_child(tax, "RateApplicablePercent");
	FOR_CHILD(r, tax, "RateApplicablePercent")
	{
		fx_decimal v;
		if (!fx_node_decimal(r, &v))
			continue;
		int sign = fx_decimal_cmp(v, fx_decimal_from_int(0));
		if ((need == FX_VAT_RATE_POSITIVE && sign > 0) ||
		    (need == FX_VAT_RATE_ZERO && sign == 0) ||
		    (need == FX_VAT_RATE_NOT_NEGATIVE && sign >= 0))
			return true;
	}
	return false;
}

/* True when a tax amount of tax is 0. */
bool fx_vat_tax_is_zero(xmlNodePtr tax)
{
	FOR_CHILD(a, tax, "CalculatedAmount")
	{
		fx_decimal v;
		if (fx_node_decimal(a, &v) && fx_decimal_is_zero(v))
			return true;
	}
	return false;
}

/* True when tax has an exemption reason or reason code. */
bool fx_vat_has_exemption(xmlNodePtr tax)
{
	return fx_node_child(tax, "ExemptionReason") || fx_node_child(tax, "ExemptionReasonCode");
}

/* BR-IC-11. */
bool fx_vat_ic11(fx_vctx *ctx, xmlNodePtr tax)
{
	FOR_CHILD(dlv, fx_vat_transaction(ctx), "ApplicableHeaderTradeDelivery")
	{
		if (fx_node_path_exists(
		        dlv,
		        "ActualDeliverySupplyChainEvent/OccurrenceDateTime/udt:DateTimeString"))
			return true;
	}
	return fx_node_path_exists(tax->parent, "BillingSpecifiedPeriod/StartDateTime") ||
	       fx_node_path_exists(tax->parent, "BillingSpecifiedPeriod/EndDateTime");
}

/* BR-IC-12. */
bool fx_vat_ic12(fx_vctx *ctx)
{
	FOR_CHILD(dlv, fx_vat_transaction(ctx), "ApplicableHeaderTradeDelivery")
	{
		if (fx_node_path_exists(dlv, "ShipToTradeParty/PostalTradeAddress/CountryID"))
			return true;
	}
	return false;
}

/* True when a category code of group is not O. */
static bool other_than_o(xmlNodePtr group)
{
	FOR_CHILD(code, group, "CategoryCode")
	{
		if (!fx_node_text_is(code, "O"))
			return true;
	}
	return false;
}

/* True when no group called name under an element called holder of parent
 * (holder NULL: parent itself) has a category other than O. */
static bool only_o_under(xmlNodePtr parent, const char *holder, const char *name)
{
	if (!holder) {
		FOR_CHILD(g, parent, name)
		{
			if (other_than_o(g))
				return false;
		}
		return true;
	}
	FOR_CHILD(h, parent, holder)
	{
		if (!only_o_under(h, NULL, name))
			return false;
	}
	return true;
}

/* BR-O-11/12. */
bool fx_vat_only_o_taxes(fx_vctx *ctx)
{
	xmlNodePtr tx = fx_vat_transaction(ctx);
	if (!only_o_under(tx, "ApplicableHeaderTradeSettlement", "ApplicableTradeTax"))
		return false;
	FOR_CHILD(line, tx, "IncludedSupplyChainTradeLineItem")
	{
		if (!only_o_under(line, "SpecifiedLineTradeSettlement", "ApplicableTradeTax"))
			return false;
	}
	return true;
}

/* True when no allowance/charge called name of parent has a VAT group of
 * another category than O. */
static bool only_o_ac(xmlNodePtr parent, const char *name)
{
	FOR_CHILD(ac, parent, name)
	{
		if (!only_o_under(ac, NULL, "CategoryTradeTax"))
			return false;
	}
	return true;
}

/* BR-O-13/14. */
bool fx_vat_only_o_ac_taxes(fx_vctx *ctx)
{
	xmlNodePtr tx = fx_vat_transaction(ctx);
	FOR_CHILD(set, tx, "ApplicableHeaderTradeSettlement")
	{
		if (!only_o_ac(set, "SpecifiedTradeAllowanceCharge"))
			return false;
	}
	FOR_CHILD(line, tx, "IncludedSupplyChainTradeLineItem")
	{
		FOR_CHILD(set, line, "SpecifiedLineTradeSettlement")
		{
			if (!only_o_ac(set, "SpecifiedTradeAllowanceCharge"))
				return false;
		}
		FOR_CHILD(agr, line, "SpecifiedLineTradeAgreement")
		{
			FOR_CHILD(price, agr, "GrossPriceProductTradePrice")
			{
				if (!only_o_ac(price, "AppliedTradeAllowanceCharge"))
					return false;
			}
		}
	}
	return true;
}
