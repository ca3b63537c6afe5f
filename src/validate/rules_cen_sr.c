/*
 * CEN CII syntax rules CII-SR-* (layer 4, CEN CII artefacts release
 * 1.3.16): parts of the CII syntax EN 16931 does not use (warnings) and
 * cardinalities the binding restricts (mostly fatal).
 *
 * The 419 rules that only forbid an element are listed in
 * rules_cen_sr_lists.h by context (a group: the invoice, its line, the
 * header agreement...). They share one context, fx:sr-unused(): a C walk
 * that returns only the group elements (and document context parameters,
 * CII-SR-04/05) below which a forbidden element exists; each rule's C check
 * then tells whether the element is of its group and has its forbidden
 * element. The other rules are XPath tests of the simple forms the engine
 * evaluates in C, or C checks. As in the artefacts, CII-SR-004 and
 * CII-SR-005 are reported as CII-SR-04 and CII-SR-05, CII-SR-282 tests the
 * tax representative's identifier, and CII-SR-464 is a tautology that never
 * fires. CII-SR-474, -475 and -476 (warnings about additional documents of
 * type 130 and 916, new in 1.3.16) are not implemented: their exact tests
 * were not available.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xpathInternals.h>

#include "validate/cii_nodes.h"
#include "validate/cii_scan.h"
#include "validate/functions.h"
#include "validate/rule.h"
#include "validate/rules_cen_paths.h"
#include "validate/rules_cen_sr_lists.h"

#define L4 FX_LAYER_EN16931
#define FATAL FX_SEVERITY_FATAL
#define WARNING FX_SEVERITY_WARNING

/* The context of the rules that forbid an element. */
#define SR_CONTEXT "fx:sr-unused()"

/** The groups: elements at fixed positions the absence rules look below
 * (G_TX has no rule; it is the parent of the line and header groups). */
enum sr_group {
	G_NONE,
	G_INVOICE,
	G_CTX,
	G_DOC,
	G_TX,
	G_LINE,
	G_LINE_DOCUMENT,
	G_PRODUCT,
	G_LINE_AGR,
	G_LINE_DLV,
	G_LINE_SET,
	G_AGR,
	G_DLV,
	G_SET,
	G_TOTALS,
	G_PARAMETER, /* any element whose name ends with DocumentContextParameter */
	G_COUNT
};

/** Where a group is: its element and the group of its parent. */
typedef struct sr_group_info {
	const char *ns;
	const char *name;
	int parent;
} sr_group_info;

static const sr_group_info g_groups[G_COUNT] = {
    [G_INVOICE] = {FX_NS_RSM, "CrossIndustryInvoice", G_NONE},
    [G_CTX] = {FX_NS_RSM, "ExchangedDocumentContext", G_INVOICE},
    [G_DOC] = {FX_NS_RSM, "ExchangedDocument", G_INVOICE},
    [G_TX] = {FX_NS_RSM, "SupplyChainTradeTransaction", G_INVOICE},
    [G_LINE] = {FX_NS_RAM, "IncludedSupplyChainTradeLineItem", G_TX},
    [G_LINE_DOCUMENT] = {FX_NS_RAM, "AssociatedDocumentLineDocument", G_LINE},
    [G_PRODUCT] = {FX_NS_RAM, "SpecifiedTradeProduct", G_LINE},
    [G_LINE_AGR] = {FX_NS_RAM, "SpecifiedLineTradeAgreement", G_LINE},
    [G_LINE_DLV] = {FX_NS_RAM, "SpecifiedLineTradeDelivery", G_LINE},
    [G_LINE_SET] = {FX_NS_RAM, "SpecifiedLineTradeSettlement", G_LINE},
    [G_AGR] = {FX_NS_RAM, "ApplicableHeaderTradeAgreement", G_TX},
    [G_DLV] = {FX_NS_RAM, "ApplicableHeaderTradeDelivery", G_TX},
    [G_SET] = {FX_NS_RAM, "ApplicableHeaderTradeSettlement", G_TX},
    [G_TOTALS] = {FX_NS_RAM, "SpecifiedTradeSettlementHeaderMonetarySummation", G_SET},
};

/* The suffix of the document context parameters (CII-SR-04/05). */
#define PARAMETER_SUFFIX "DocumentContextParameter"

/* The forbidden paths of each group (sorted once, see build_paths). */
#define PATH_OF(C, n, path) path,
static const char *g_doc_context[] = {FX_SR_ABSENT_DOC_CONTEXT(PATH_OF, _)};
static const char *g_exchanged_document[] = {FX_SR_ABSENT_EXCHANGED_DOCUMENT(PATH_OF, _)};
static const char *g_line[] = {FX_SR_ABSENT_LINE(PATH_OF, _)};
static const char *g_line_document[] = {FX_SR_ABSENT_LINE_DOCUMENT(PATH_OF, _)};
static const char *g_product[] = {FX_SR_ABSENT_PRODUCT(PATH_OF, _)};
static const char *g_line_agreement[] = {FX_SR_ABSENT_LINE_AGREEMENT(PATH_OF, _)};
static const char *g_line_delivery[] = {FX_SR_ABSENT_LINE_DELIVERY(PATH_OF, _)};
static const char *g_line_settlement[] = {FX_SR_ABSENT_LINE_SETTLEMENT(PATH_OF, _)};
static const char *g_agreement[] = {FX_SR_ABSENT_AGREEMENT(PATH_OF, _)};
static const char *g_delivery[] = {FX_SR_ABSENT_DELIVERY(PATH_OF, _)};
static const char *g_settlement[] = {FX_SR_ABSENT_SETTLEMENT(PATH_OF, _)};
static const char *g_totals[] = {FX_SR_ABSENT_TOTALS(PATH_OF, _)};
static const char *g_invoice[] = {FX_SR_ABSENT_INVOICE(PATH_OF, _)};
static const char *g_parameter[] = {"SpecifiedDocumentVersion", "Value"};

/* Number of entries of a static array. */
#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/** The forbidden paths of one group. */
typedef struct sr_paths {
	const char **paths;
	size_t count;
} sr_paths;

static const sr_paths g_paths[G_COUNT] = {
    [G_INVOICE] = {g_invoice, COUNT_OF(g_invoice)},
    [G_CTX] = {g_doc_context, COUNT_OF(g_doc_context)},
    [G_DOC] = {g_exchanged_document, COUNT_OF(g_exchanged_document)},
    [G_LINE] = {g_line, COUNT_OF(g_line)},
    [G_LINE_DOCUMENT] = {g_line_document, COUNT_OF(g_line_document)},
    [G_PRODUCT] = {g_product, COUNT_OF(g_product)},
    [G_LINE_AGR] = {g_line_agreement, COUNT_OF(g_line_agreement)},
    [G_LINE_DLV] = {g_line_delivery, COUNT_OF(g_line_delivery)},
    [G_LINE_SET] = {g_line_settlement, COUNT_OF(g_line_settlement)},
    [G_AGR] = {g_agreement, COUNT_OF(g_agreement)},
    [G_DLV] = {g_delivery, COUNT_OF(g_delivery)},
    [G_SET] = {g_settlement, COUNT_OF(g_settlement)},
    [G_TOTALS] = {g_totals, COUNT_OF(g_totals)},
    [G_PARAMETER] = {g_parameter, COUNT_OF(g_parameter)},
};
static fx_path_trie *g_tries[G_COUNT];
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

/* Builds the trie of the paths of every group. */
static void build_paths(void)
{
	for (int g = 0; g < G_COUNT; g++)
		if (g_paths[g].paths)
			g_tries[g] = fx_path_trie_new(g_paths[g].paths, g_paths[g].count);
}

/* True when name ends with the suffix of the document context parameters. */
static bool is_parameter_name(const char *name)
{
	size_t len = strlen(name), n = strlen(PARAMETER_SUFFIX);
	return len >= n && strcmp(name + len - n, PARAMETER_SUFFIX) == 0;
}

/* The group an element name may be (its position aside). */
static unsigned char name_group(const xmlChar *name, const xmlChar *ns)
{
	for (int g = G_INVOICE; ns && g < G_PARAMETER; g++)
		if (name[0] == (xmlChar)g_groups[g].name[0] &&
		    strcmp((const char *)name, g_groups[g].name) == 0 &&
		    strcmp((const char *)ns, g_groups[g].ns) == 0)
			return (unsigned char)g;
	return is_parameter_name((const char *)name) ? G_PARAMETER : G_NONE;
}

/* fx:sr-unused(): the group elements below which an element forbidden
 * for the group exists, in document order. */
static void fn_sr_unused(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 0) {
		xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
		return;
	}
	pthread_once(&g_once, build_paths);
	xmlNodeSetPtr set = xmlXPathNodeSetCreate(NULL);
	xmlDocPtr doc = ctxt->context ? ctxt->context->doc : NULL;
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (set && root) {
		/* The last element found at each group's position: a group
		 * element is at its position when its parent is the last one
		 * found at its parent group's position (every element of a
		 * group is at the same depth). */
		xmlNodePtr found[G_COUNT] = {NULL};
		fx_name_memo memo;
		memset(&memo, 0, sizeof(memo));
		for (xmlNodePtr e = root; e; e = fx_next_element(e)) {
			int g = fx_name_memo_get(&memo, e, name_group);
			if (g == G_NONE)
				continue;
			if (g != G_PARAMETER) {
				int pg = g_groups[g].parent;
				bool placed =
				    pg == G_NONE ? e->parent && e->parent->type == XML_DOCUMENT_NODE
				                 : e->parent && e->parent == found[pg];
				if (!placed)
					continue;
				found[g] = e;
			}
			if (g_paths[g].paths && fx_path_trie_any(g_tries[g], e))
				xmlXPathNodeSetAddUnique(set, e);
		}
	}
	valuePush(ctxt, xmlXPathWrapNodeSet(set));
}

const fx_xpath_function fx_sr_functions[] = {
    {"sr-unused", fn_sr_unused},
    {NULL, NULL},
};

/* True when node (an element fx:sr-unused returned) is of group g. */
static bool in_group(xmlNodePtr node, int g)
{
	if (g == G_PARAMETER)
		return node && node->type == XML_ELEMENT_NODE &&
		       is_parameter_name((const char *)node->name);
	return fx_node_is(node, g_groups[g].ns, g_groups[g].name);
}

/* Defines sr_<n>, the C check of an "element not used" rule of group C:
 * passes unless path exists below the node and the node is of group C. */
#define ABSENT_FN(C, n, path)                                                                      \
	static bool sr_##n(fx_vctx *ctx, xmlNodePtr node)                                          \
	{                                                                                          \
		return !fx_node_path_exists(node, path) || !in_group(node, C);                     \
	}

/* The table entry of an "element not used" rule. */
#define ABSENT_RULE(C, n, path)                                                                    \
	{"CII-SR-" #n,                                                                             \
	 L4,                                                                                       \
	 WARNING,                                                                                  \
	 0,                                                                                        \
	 SR_CONTEXT,                                                                               \
	 NULL,                                                                                     \
	 sr_##n,                                                                                   \
	 NULL,                                                                                     \
	 "The element " path " is not used by EN 16931 and should not be present.",                \
	 "L'élément " path " n'est pas utilisé par l'EN 16931 et ne devrait pas être présent."},

/* One rule with an XPath test. */
#define RULE(id, sev, ctx, test, bt, en, fr)                                                       \
	{                                                                                          \
		id, L4, sev, 0, ctx, test, NULL, bt, en, fr                                        \
	}

/* One rule with a C check. */
#define CHECK(id, sev, ctx, check, bt, en, fr)                                                     \
	{                                                                                          \
		id, L4, sev, 0, ctx, NULL, check, bt, en, fr                                       \
	}

/* Contexts besides the CII_* paths. */
#define CTX_NOTE CII_DOC "/ram:IncludedNote"
#define CTX_LINE_DOCUMENT CII_LINE "/ram:AssociatedDocumentLineDocument"
#define CTX_CHARACTERISTIC CII_LINE_PRODUCT "/ram:ApplicableProductCharacteristic"

/* A fatal "at most once" rule on the document totals. */
#define TOTAL_ONCE(n, name, bt)                                                                    \
	RULE("CII-SR-" #n, FATAL, CII_SUM, "count(ram:" name ") <= 1", bt,                         \
	     "The document totals must not contain " name " more than once.",                      \
	     "Les totaux du document ne doivent pas contenir " name " plus d'une fois.")

FX_SR_ABSENT_DOC_CONTEXT(ABSENT_FN, G_CTX)
FX_SR_ABSENT_EXCHANGED_DOCUMENT(ABSENT_FN, G_DOC)
FX_SR_ABSENT_LINE(ABSENT_FN, G_LINE)
FX_SR_ABSENT_LINE_DOCUMENT(ABSENT_FN, G_LINE_DOCUMENT)
FX_SR_ABSENT_PRODUCT(ABSENT_FN, G_PRODUCT)
FX_SR_ABSENT_LINE_AGREEMENT(ABSENT_FN, G_LINE_AGR)
FX_SR_ABSENT_LINE_DELIVERY(ABSENT_FN, G_LINE_DLV)
FX_SR_ABSENT_LINE_SETTLEMENT(ABSENT_FN, G_LINE_SET)
FX_SR_ABSENT_AGREEMENT(ABSENT_FN, G_AGR)
FX_SR_ABSENT_DELIVERY(ABSENT_FN, G_DLV)
FX_SR_ABSENT_SETTLEMENT(ABSENT_FN, G_SET)
FX_SR_ABSENT_TOTALS(ABSENT_FN, G_TOTALS)
FX_SR_ABSENT_INVOICE(ABSENT_FN, G_INVOICE)

/* CII-SR-04: no Value in a document context parameter. */
static bool sr_04(fx_vctx *ctx, xmlNodePtr node)
{
	return !fx_node_path_exists(node, "Value") || !in_group(node, G_PARAMETER);
}

/* CII-SR-05: no SpecifiedDocumentVersion in a document context parameter. */
static bool sr_05(fx_vctx *ctx, xmlNodePtr node)
{
	return !fx_node_path_exists(node, "SpecifiedDocumentVersion") ||
	       !in_group(node, G_PARAMETER);
}

/* CII-SR-464: a tautology in the artefacts. */
static bool sr_never(fx_vctx *ctx, xmlNodePtr node)
{
	return true;
}

/* True when the first ram child called name of node exists and, white
 * space normalised, is code. */
static bool first_child_normalized_is(xmlNodePtr node, const char *name, const char *code)
{
	return fx_node_text_normalized_is(fx_node_child(node, name), code);
}

/* True when a udt:Indicator below the ram:ChargeIndicator children of ac
 * (an allowance or charge) reads false (xs:boolean "false" or "0"). */
static bool has_false_indicator(xmlNodePtr ac)
{
	for (xmlNodePtr ci = fx_node_child(ac, "ChargeIndicator"); ci; ci = fx_node_next(ci))
		for (xmlNodePtr i = ci->children; i; i = i->next)
			if (fx_node_is(i, FX_NS_UDT, "Indicator") &&
			    (fx_node_text_normalized_is(i, "false") ||
			     fx_node_text_normalized_is(i, "0")))
				return true;
	return false;
}

/* CII-SR-119 on a line agreement: the price discount (BT-147) is an
 * allowance with an amount, or has neither indicator nor amount. */
static bool sr_119(fx_vctx *ctx, xmlNodePtr node)
{
	bool allowance = false;
	for (xmlNodePtr p = fx_node_child(node, "GrossPriceProductTradePrice"); p && !allowance;
	     p = fx_node_next(p))
		for (xmlNodePtr ac = fx_node_child(p, "AppliedTradeAllowanceCharge");
		     ac && !allowance; ac = fx_node_next(ac))
			allowance = has_false_indicator(ac);
	bool amount = fx_node_path_exists(
	    node, "GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/ActualAmount");
	bool indicator = fx_node_path_exists(
	    node, "GrossPriceProductTradePrice/AppliedTradeAllowanceCharge/ChargeIndicator");
	return (allowance && amount) || (!indicator && !amount);
}

/* Defines sr_<n>: passes unless both paths a and b exist below the node. */
#define NOT_BOTH(n, a, b)                                                                          \
	static bool sr_##n(fx_vctx *ctx, xmlNodePtr node)                                          \
	{                                                                                          \
		return !(fx_node_path_exists(node, a) && fx_node_path_exists(node, b));            \
	}

NOT_BOTH(449, "ShipToTradeParty/ID", "ShipToTradeParty/GlobalID")
NOT_BOTH(450, "BuyerTradeParty/ID", "BuyerTradeParty/GlobalID")
NOT_BOTH(451, "PayeeTradeParty/ID", "PayeeTradeParty/GlobalID")
NOT_BOTH(465, "SellerTradeParty/DefinedTradeContact/PersonName",
         "SellerTradeParty/DefinedTradeContact/DepartmentName")
NOT_BOTH(466, "BuyerTradeParty/DefinedTradeContact/PersonName",
         "BuyerTradeParty/DefinedTradeContact/DepartmentName")

/* True when at most one ram:AdditionalReferencedDocument child of node has
 * a ram:TypeCode equal to code. */
static bool one_additional_document(xmlNodePtr node, const char *code)
{
	int n = 0;
	for (xmlNodePtr d = fx_node_child(node, "AdditionalReferencedDocument"); d && n < 2;
	     d = fx_node_next(d))
		for (xmlNodePtr t = fx_node_child(d, "TypeCode"); t; t = fx_node_next(t))
			if (fx_node_text_is(t, code)) {
				n++;
				break;
			}
	return n < 2;
}

/* CII-SR-457: at most one tender or lot reference (type code 50). */
static bool sr_457(fx_vctx *ctx, xmlNodePtr node)
{
	return one_additional_document(node, "50");
}

/* CII-SR-458: at most one invoiced object identifier (type code 130). */
static bool sr_458(fx_vctx *ctx, xmlNodePtr node)
{
	return one_additional_document(node, "130");
}

/** The values seen by a "same value everywhere" rule. */
typedef struct same_values {
	xmlChar *first; /* value of the first node (normalised or not) */
	bool seen;      /* a node was seen */
	bool differ;    /* a node has another value */
	bool normalize; /* compare normalised values */
} same_values;

/* Copy of s with its white space normalised as normalize-space() does. */
static xmlChar *normalized_copy(const xmlChar *s)
{
	size_t n = strlen((const char *)s), k = 0;
	xmlChar *out = xmlMalloc(n + 1);
	if (!out)
		return NULL;
	bool space = false;
	for (const xmlChar *p = s; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = k > 0;
			continue;
		}
		if (space)
			out[k++] = ' ';
		space = false;
		out[k++] = *p;
	}
	out[k] = '\0';
	return out;
}

/* Adds node's value to sv. */
static void same_values_add(same_values *sv, xmlNodePtr node)
{
	if (sv->differ)
		return;
	xmlChar *copy;
	const xmlChar *v = fx_node_text(node, &copy);
	xmlChar *norm = v && sv->normalize ? normalized_copy(v) : NULL;
	const xmlChar *value = sv->normalize ? norm : v;
	if (!sv->seen) {
		sv->seen = true;
		sv->first = value ? xmlStrdup(value) : NULL;
	} else if (!value || !sv->first || strcmp((const char *)value, (const char *)sv->first)) {
		sv->differ = true;
	}
	xmlFree(norm);
	xmlFree(copy);
}

/* Adds the ram:DueDateTypeCode of the ram:ApplicableTradeTax children of
 * settlement to sv. */
static void add_due_date_codes(same_values *sv, xmlNodePtr settlement)
{
	for (xmlNodePtr t = fx_node_child(settlement, "ApplicableTradeTax"); t; t = fx_node_next(t))
		for (xmlNodePtr c = fx_node_child(t, "DueDateTypeCode"); c; c = fx_node_next(c))
			same_values_add(sv, c);
}

/* CII-SR-462: every VAT point date code (BT-8) of the document, header or
 * line, whatever the root and transaction elements, has the value of
 * the first one. */
static bool sr_462(fx_vctx *ctx, xmlNodePtr node)
{
	same_values sv = {NULL, false, false, false};
	xmlNodePtr root = xmlDocGetRootElement(fx_vctx_doc(ctx));
	for (xmlNodePtr tx = root ? root->children : NULL; tx; tx = tx->next) {
		if (tx->type != XML_ELEMENT_NODE)
			continue;
		for (xmlNodePtr c = tx->children; c; c = c->next) {
			if (fx_node_is(c, FX_NS_RAM, "IncludedSupplyChainTradeLineItem")) {
				for (xmlNodePtr s =
				         fx_node_child(c, "SpecifiedLineTradeSettlement");
				     s; s = fx_node_next(s))
					add_due_date_codes(&sv, s);
			} else if (fx_node_is(c, FX_NS_RAM, "ApplicableHeaderTradeSettlement")) {
				add_due_date_codes(&sv, c);
			}
		}
	}
	xmlFree(sv.first);
	return !sv.differ;
}

/* CII-SR-467 (name TypeCode) and CII-SR-468 (name Information): every such
 * child of the payment means of the document (whatever the root and transaction
 * elements) has, normalised, the value of the first one. */
static bool same_payment_means(fx_vctx *ctx, const char *name)
{
	same_values sv = {NULL, false, false, true};
	xmlNodePtr root = xmlDocGetRootElement(fx_vctx_doc(ctx));
	for (xmlNodePtr tx = root ? root->children : NULL; tx; tx = tx->next) {
		if (tx->type != XML_ELEMENT_NODE)
			continue;
		for (xmlNodePtr s = fx_node_child(tx, "ApplicableHeaderTradeSettlement"); s;
		     s = fx_node_next(s))
			for (xmlNodePtr m =
			         fx_node_child(s, "SpecifiedTradeSettlementPaymentMeans");
			     m; m = fx_node_next(m))
				for (xmlNodePtr c = fx_node_child(m, name); c; c = fx_node_next(c))
					same_values_add(&sv, c);
	}
	xmlFree(sv.first);
	return !sv.differ;
}

/* CII-SR-467. */
static bool sr_467(fx_vctx *ctx, xmlNodePtr node)
{
	return same_payment_means(ctx, "TypeCode");
}

/* CII-SR-468. */
static bool sr_468(fx_vctx *ctx, xmlNodePtr node)
{
	return same_payment_means(ctx, "Information");
}

/* CII-SR-470 on the header settlement: a credit transfer (30, 58) gives
 * the payment account (IBAN or proprietary identifier). */
static bool sr_470(fx_vctx *ctx, xmlNodePtr node)
{
	for (xmlNodePtr m = fx_node_child(node, "SpecifiedTradeSettlementPaymentMeans"); m;
	     m = fx_node_next(m)) {
		bool transfer = first_child_normalized_is(m, "TypeCode", "30") ||
		                first_child_normalized_is(m, "TypeCode", "58");
		if (transfer &&
		    !fx_node_path_exists(m, "PayeePartyCreditorFinancialAccount/IBANID") &&
		    !fx_node_path_exists(m, "PayeePartyCreditorFinancialAccount/ProprietaryID"))
			return false;
	}
	return true;
}

static const fx_rule rules[] = {
    /* Payment instructions. */
    CHECK("CII-SR-464", WARNING, SR_CONTEXT, sr_never, "BT-86",
          "Only one payment service provider identifier (BT-86) should be given.",
          "Un seul identifiant de prestataire de paiement (BT-86) devrait être indiqué."),

    /* Document context. */
    FX_SR_ABSENT_DOC_CONTEXT(ABSENT_RULE, CII_CTX)
        RULE("CII-SR-003", WARNING, CII_CTX,
             "count(ram:BusinessProcessSpecifiedDocumentContextParameter) <= 1", "BT-23",
             "The business process (BT-23) should be given at most once.",
             "Le processus métier (BT-23) devrait être indiqué au plus une fois."),
    RULE("CII-SR-009", FATAL, CII_CTX, "count(ram:GuidelineSpecifiedDocumentContextParameter) = 1",
         "BT-24",
         "The document context must contain exactly one GuidelineSpecifiedDocumentContextParameter "
         "(specification identifier, BT-24).",
         "Le contexte du document doit contenir exactement un "
         "GuidelineSpecifiedDocumentContextParameter (identifiant de spécification, BT-24)."),
    RULE("CII-SR-010", FATAL, CII_CTX,
         "count(ram:GuidelineSpecifiedDocumentContextParameter/ram:ID) = 1", "BT-24",
         "The specification identifier (BT-24) must be given exactly once.",
         "L'identifiant de spécification (BT-24) doit être indiqué exactement une fois."),

    /* Exchanged document. */
    FX_SR_ABSENT_EXCHANGED_DOCUMENT(ABSENT_RULE, CII_DOC)
        RULE("CII-SR-014", FATAL, CII_DOC, "count(ram:TypeCode) = 1", "BT-3",
             "The invoice type code (BT-3) must be given exactly once.",
             "Le code de type de facture (BT-3) doit être indiqué exactement une fois."),
    RULE("CII-SR-030", WARNING, CTX_NOTE, "count(ram:Content) <= 1", "BT-22",
         "An invoice note should have at most one Content (BT-22).",
         "Une note de facture devrait avoir au plus un Content (BT-22)."),

    /* Invoice lines. */
    FX_SR_ABSENT_LINE(ABSENT_RULE, CII_LINE)
        FX_SR_ABSENT_LINE_DOCUMENT(ABSENT_RULE, CTX_LINE_DOCUMENT)
            RULE("CII-SR-039", WARNING, CTX_LINE_DOCUMENT, "count(ram:IncludedNote) <= 1", "BT-127",
                 "An invoice line should have at most one note (BT-127).",
                 "Une ligne de facture devrait avoir au plus une note (BT-127)."),
    RULE("CII-SR-040", WARNING, CTX_LINE_DOCUMENT, "count(ram:IncludedNote/ram:Content) <= 1",
         "BT-127", "The note of an invoice line should have at most one Content (BT-127).",
         "La note d'une ligne de facture devrait avoir au plus un Content (BT-127)."),
    FX_SR_ABSENT_PRODUCT(ABSENT_RULE, CII_LINE_PRODUCT)
        RULE("CII-SR-046", FATAL, CII_LINE_PRODUCT, "not(ram:GlobalID) or ram:GlobalID/@schemeID",
             "BT-157-1",
             "The item standard identifier (BT-157) must have a scheme identifier (schemeID).",
             "L'identifiant standard de l'article (BT-157) doit avoir un identifiant de schéma "
             "(schemeID)."),
    RULE("CII-SR-090", FATAL, CII_LINE_PRODUCT,
         "not(ram:OriginTradeCountry) or count(ram:OriginTradeCountry/ram:ID) = 1", "BT-159",
         "The item country of origin (BT-159) must be given exactly once.",
         "Le pays d'origine de l'article (BT-159) doit être indiqué exactement une fois."),
    RULE("CII-SR-069", FATAL, CTX_CHARACTERISTIC, "count(ram:Description) = 1", "BT-160",
         "An item attribute must have exactly one name (BT-160).",
         "Un attribut d'article doit avoir exactement un nom (BT-160)."),
    RULE("CII-SR-072", FATAL, CTX_CHARACTERISTIC, "count(ram:Value) = 1", "BT-161",
         "An item attribute must have exactly one value (BT-161).",
         "Un attribut d'article doit avoir exactement une valeur (BT-161)."),
    FX_SR_ABSENT_LINE_AGREEMENT(ABSENT_RULE, CII_LINE_AGR)
        RULE("CII-SR-439", FATAL, CII_LINE_AGR,
             "count(ram:NetPriceProductTradePrice/ram:ChargeAmount) = 1", "BT-146",
             "An invoice line must have exactly one item net price (BT-146).",
             "Une ligne de facture doit avoir exactement un prix net d'article (BT-146)."),
    RULE("CII-SR-441", FATAL, CII_LINE_AGR,
         "count(ram:NetPriceProductTradePrice/ram:ChargeAmount) <= 1", "BT-146",
         "The item net price (BT-146) must not be given more than once.",
         "Le prix net de l'article (BT-146) ne doit pas être indiqué plus d'une fois."),
    CHECK("CII-SR-119", WARNING, CII_LINE_AGR, sr_119, "BT-147",
          "Only a price discount (an allowance with its amount, BT-147) should be given on the "
          "gross price.",
          "Seul un rabais (remise avec son montant, BT-147) devrait figurer sur le prix brut."),
    RULE("CII-SR-463", FATAL, CII_ANY_AC, "ram:ChargeIndicator", "BG-20, BG-21, BG-27, BG-28",
         "Each allowance or charge must have a charge indicator.",
         "Chaque remise ou frais doit avoir un indicateur de frais (ChargeIndicator)."),
    RULE("CII-SR-471", FATAL, CII_ANY_AC, "count(ram:RateApplicablePercent) <= 1",
         "BG-20, BG-21, BG-27, BG-28",
         "An allowance or charge must not have more than one RateApplicablePercent.",
         "Une remise ou des frais ne doivent pas avoir plus d'un RateApplicablePercent."),
    RULE("CII-SR-472", FATAL, CII_ANY_AC, "count(ram:CategoryTradeTax) <= 1", "BT-95, BT-102",
         "An allowance or charge must not have more than one VAT group (CategoryTradeTax).",
         "Une remise ou des frais ne doivent pas avoir plus d'un groupe de TVA "
         "(CategoryTradeTax)."),
    RULE("CII-SR-473", FATAL, CII_ANY_AC, "count(ram:ActualAmount) <= 1",
         "BT-92, BT-99, BT-136, BT-141",
         "An allowance or charge must not have more than one amount.",
         "Une remise ou des frais ne doivent pas avoir plus d'un montant."),
    RULE("CII-SR-440", FATAL, CII_PRICE_AC, "count(ram:ActualAmount) <= 1", "BT-147",
         "The item price discount (BT-147) must not be given more than once.",
         "Le rabais sur le prix de l'article (BT-147) ne doit pas être indiqué plus d'une fois."),
    FX_SR_ABSENT_LINE_DELIVERY(ABSENT_RULE, CII_LINE_DLV)
        FX_SR_ABSENT_LINE_SETTLEMENT(ABSENT_RULE, CII_LINE_SET) RULE(
            "CII-SR-454", WARNING, CII_LINE_SET, "count(ram:ApplicableTradeTax) = 1", "BG-30",
            "An invoice line should have exactly one VAT group (ApplicableTradeTax).",
            "Une ligne de facture devrait avoir exactement un groupe de TVA (ApplicableTradeTax)."),

    /* Header agreement. */
    FX_SR_ABSENT_AGREEMENT(ABSENT_RULE, CII_AGR)
        CHECK("CII-SR-450", WARNING, CII_AGR, sr_450, "BT-46",
              "Only one buyer identifier should be given (ID or GlobalID).",
              "Un seul identifiant de l'acheteur devrait être indiqué (ID ou GlobalID)."),
    RULE("CII-SR-455", FATAL, CII_AGR, "count(ram:SellerTradeParty/ram:DefinedTradeContact) <= 1",
         "BG-6", "The seller contact (BG-6) must not be given more than once.",
         "Le contact du vendeur (BG-6) ne doit pas être indiqué plus d'une fois."),
    RULE("CII-SR-456", FATAL, CII_AGR, "count(ram:BuyerTradeParty/ram:DefinedTradeContact) <= 1",
         "BG-9", "The buyer contact (BG-9) must not be given more than once.",
         "Le contact de l'acheteur (BG-9) ne doit pas être indiqué plus d'une fois."),
    CHECK("CII-SR-457", WARNING, CII_AGR, sr_457, "BT-17",
          "The tender or lot reference (type code 50, BT-17) should be given at most once.",
          "La référence d'appel d'offres ou de lot (code 50, BT-17) devrait être indiquée au plus "
          "une fois."),
    CHECK("CII-SR-458", WARNING, CII_AGR, sr_458, "BT-18",
          "The invoiced object identifier (type code 130, BT-18) should be given at most once.",
          "L'identifiant de l'objet facturé (code 130, BT-18) devrait être indiqué au plus une "
          "fois."),
    RULE("CII-SR-459", FATAL, CII_AGR,
         "count(ram:SellerTradeParty/ram:URIUniversalCommunication) <= 1", "BT-34",
         "The seller electronic address (BT-34) must not be given more than once.",
         "L'adresse électronique du vendeur (BT-34) ne doit pas être indiquée plus d'une fois."),
    RULE("CII-SR-460", FATAL, CII_AGR,
         "count(ram:BuyerTradeParty/ram:URIUniversalCommunication) <= 1", "BT-49",
         "The buyer electronic address (BT-49) must not be given more than once.",
         "L'adresse électronique de l'acheteur (BT-49) ne doit pas être indiquée plus d'une "
         "fois."),
    CHECK("CII-SR-465", WARNING, CII_AGR, sr_465, "BT-41",
          "The seller contact point (BT-41) should be given only once (a person or a "
          "department).",
          "Le point de contact du vendeur (BT-41) ne devrait être indiqué qu'une fois (une "
          "personne ou un service)."),
    CHECK("CII-SR-466", WARNING, CII_AGR, sr_466, "BT-56",
          "The buyer contact point (BT-56) should be given only once (a person or a "
          "department).",
          "Le point de contact de l'acheteur (BT-56) ne devrait être indiqué qu'une fois (une "
          "personne ou un service)."),

    /* Header delivery. */
    FX_SR_ABSENT_DELIVERY(ABSENT_RULE, CII_DLV)
        CHECK("CII-SR-449", WARNING, CII_DLV, sr_449, "BT-71",
              "Only one deliver to location identifier should be given (ID or GlobalID).",
              "Un seul identifiant du lieu de livraison devrait être indiqué (ID ou GlobalID)."),

    /* Header settlement. */
    FX_SR_ABSENT_SETTLEMENT(ABSENT_RULE, CII_SET)
        CHECK("CII-SR-451", WARNING, CII_SET, sr_451, "BT-60",
              "Only one payee identifier should be given (ID or GlobalID).",
              "Un seul identifiant du bénéficiaire devrait être indiqué (ID ou GlobalID)."),
    RULE("CII-SR-452", WARNING, CII_SET, "count(ram:SpecifiedTradePaymentTerms) <= 1", "BT-20",
         "The payment terms should be given at most once.",
         "Les conditions de paiement devraient être indiquées au plus une fois."),
    RULE("CII-SR-453", WARNING, CII_SET,
         "count(ram:SpecifiedTradePaymentTerms/ram:Description) <= 1", "BT-20",
         "The payment terms text (BT-20) should be given at most once.",
         "Le texte des conditions de paiement (BT-20) devrait être indiqué au plus une fois."),
    RULE("CII-SR-461", FATAL, CII_SET, "count(ram:ApplicableTradeTax/ram:TaxPointDate) <= 1",
         "BT-7", "The VAT point date (BT-7) must not be given more than once.",
         "La date d'exigibilité de la TVA (BT-7) ne doit pas être indiquée plus d'une fois."),
    CHECK("CII-SR-462", FATAL, CII_SET, sr_462, "BT-8",
          "All VAT point date codes (BT-8) must have the same value.",
          "Tous les codes de date d'exigibilité de la TVA (BT-8) doivent avoir la même valeur."),
    CHECK("CII-SR-470", FATAL, CII_SET, sr_470, "BT-84",
          "A credit transfer (payment means 30 or 58) must give the payment account identifier "
          "(IBAN or proprietary identifier, BT-84).",
          "Un virement (moyen de paiement 30 ou 58) doit indiquer l'identifiant du compte de "
          "paiement (IBAN ou identifiant propriétaire, BT-84)."),

    /* Document totals. */
    FX_SR_ABSENT_TOTALS(ABSENT_RULE, CII_SUM) TOTAL_ONCE(477, "LineTotalAmount", "BT-106"),
    TOTAL_ONCE(478, "ChargeTotalAmount", "BT-108"),
    TOTAL_ONCE(479, "AllowanceTotalAmount", "BT-107"),
    TOTAL_ONCE(480, "TaxBasisTotalAmount", "BT-109"),
    TOTAL_ONCE(481, "RoundingAmount", "BT-114"),
    TOTAL_ONCE(482, "GrandTotalAmount", "BT-112"),
    TOTAL_ONCE(483, "InformationAmount", NULL),
    TOTAL_ONCE(484, "TotalPrepaidAmount", "BT-113"),
    TOTAL_ONCE(485, "TotalDiscountAmount", NULL),
    TOTAL_ONCE(486, "TotalAllowanceChargeAmount", NULL),
    TOTAL_ONCE(487, "DuePayableAmount", "BT-115"),
    TOTAL_ONCE(488, "RetailValueExcludingTaxInformationAmount", NULL),
    TOTAL_ONCE(489, "TotalDepositFeeInformationAmount", NULL),
    TOTAL_ONCE(490, "ProductValueExcludingTobaccoTaxInformationAmount", NULL),
    TOTAL_ONCE(491, "TotalRetailValueInformationAmount", NULL),
    TOTAL_ONCE(492, "GrossLineTotalAmount", NULL),
    TOTAL_ONCE(493, "NetLineTotalAmount", NULL),
    TOTAL_ONCE(494, "NetIncludingTaxesLineTotalAmount", NULL),

    /* Whole invoice. */
    FX_SR_ABSENT_INVOICE(ABSENT_RULE, CII_INV)
        CHECK("CII-SR-467", FATAL, CII_INV, sr_467, "BT-81",
              "All payment means type codes (BT-81) must have the same value.",
              "Tous les codes de type de moyen de paiement (BT-81) doivent avoir la même valeur."),
    CHECK("CII-SR-468", FATAL, CII_INV, sr_468, "BT-82",
          "All payment means texts (BT-82) must have the same value.",
          "Tous les libellés de moyen de paiement (BT-82) doivent avoir la même valeur."),
    RULE("CII-SR-469", FATAL, CII_INV, "count(" CII_R_SET "/ram:PaymentReference) <= 1", "BT-83",
         "The remittance information (BT-83) must not be given more than once.",
         "L'avis de paiement (BT-83) ne doit pas être indiqué plus d'une fois."),

    /* Every document context parameter. */
    CHECK("CII-SR-04", WARNING, SR_CONTEXT, sr_04, "BT-23, BT-24",
          "A document context parameter should not have a Value.",
          "Un paramètre de contexte du document ne devrait pas avoir de Value."),
    CHECK("CII-SR-05", WARNING, SR_CONTEXT, sr_05, "BT-23, BT-24",
          "A document context parameter should not have a SpecifiedDocumentVersion.",
          "Un paramètre de contexte du document ne devrait pas avoir de SpecifiedDocumentVersion."),
};

const fx_ruleset fx_rules_cen_sr = {"cen-sr", rules, sizeof(rules) / sizeof(rules[0])};
