/*
 * EN 16931 code list rules BR-CL-01..26 (layer 4, CEN CII artefacts
 * release 1.3.16): each value is checked against the lists of
 * codelists_data.c, as fx:in-list does.
 *
 * Every rule has the same context, fx:cl-violations(): one C walk over the
 * document finds, for each element, the rules whose official context
 * selects it (by its name, its position and its attributes) and returns
 * the elements whose value one of those rules refuses; the C check of each
 * rule then tells whether the element is in its context and refused. As in
 * the official pattern, BR-CL-15 leaves out the origin country identifiers
 * with a scheme identifier (the earlier BR-CL-11 takes them). BR-CL-02, -09
 * and -12 do not exist in the CII artefacts.
 */
#include <stdint.h>
#include <string.h>

#include <libxml/xpathInternals.h>

#include "validate/cii_nodes.h"
#include "validate/cii_scan.h"
#include "validate/codelists.h"
#include "validate/functions.h"
#include "validate/rule.h"
#include "validate/rules_cen_paths.h"

/* The context of every rule. */
#define CL_CONTEXT "fx:cl-violations()"

/* The bit of rule BR-CL-<n> in a set of rules. */
#define BIT(n) (UINT32_C(1) << (n))

/** The element names the contexts select. */
enum cl_name {
	N_NONE,
	N_TYPE_CODE,
	N_TAX_TOTAL,
	N_INVOICE_CURRENCY,
	N_TAX_CURRENCY,
	N_DUE_DATE_CODE,
	N_REFERENCE_TYPE,
	N_SUBJECT_CODE,
	N_GLOBAL_ID,
	N_ID,
	N_CLASS_CODE,
	N_COUNTRY_ID,
	N_CATEGORY_CODE,
	N_REASON_CODE,
	N_EXEMPTION_CODE,
	N_QUANTITY,
	N_ATTACHMENT,
	N_URIID
};

/* The ram names of enum cl_name, from N_TYPE_CODE. */
static const char *const g_names[] = {
    "TypeCode",
    "TaxTotalAmount",
    "InvoiceCurrencyCode",
    "TaxCurrencyCode",
    "DueDateTypeCode",
    "ReferenceTypeCode",
    "SubjectCode",
    "GlobalID",
    "ID",
    "ClassCode",
    "CountryID",
    "CategoryCode",
    "ReasonCode",
    "ExemptionReasonCode",
    "BilledQuantity",
    "AttachmentBinaryObject",
    "URIID",
};

/* The class of an element name (BasisQuantity counts as BilledQuantity). */
static unsigned char name_class(const xmlChar *name, const xmlChar *ns)
{
	if (!ns || strcmp((const char *)ns, FX_NS_RAM) != 0)
		return N_NONE;
	if (strcmp((const char *)name, "BasisQuantity") == 0)
		return N_QUANTITY;
	for (size_t i = 0; i < sizeof(g_names) / sizeof(g_names[0]); i++)
		if (name[0] == (xmlChar)g_names[i][0] &&
		    strcmp((const char *)name, g_names[i]) == 0)
			return (unsigned char)(i + 1);
	return N_NONE;
}

/* True when e has the attribute name (no namespace). */
static bool has_attribute(xmlNodePtr e, const char *name)
{
	return xmlHasNsProp(e, (const xmlChar *)name, NULL) != NULL;
}

/* True when the parent of e is a ram:name element. */
static bool parent_is(xmlNodePtr e, const char *name)
{
	return fx_node_is(e->parent, FX_NS_RAM, name);
}

/* True when allowance or charge ac has a udt:Indicator below a
 * ram:ChargeIndicator whose normalised value is one of a and b. */
static bool indicator_is(xmlNodePtr ac, const char *a, const char *b)
{
	for (xmlNodePtr ci = fx_node_child(ac, "ChargeIndicator"); ci; ci = fx_node_next(ci))
		for (xmlNodePtr i = ci->children; i; i = i->next)
			if (fx_node_is(i, FX_NS_UDT, "Indicator") &&
			    (fx_node_text_normalized_is(i, a) || fx_node_text_normalized_is(i, b)))
				return true;
	return false;
}

/* True when e is an allowance or charge of the document or of a line. */
static bool is_allowance_charge(xmlNodePtr e)
{
	return fx_node_at(e, CII_DOC_AC) || fx_node_at(e, CII_LINE_AC);
}

/* The rules whose context selects element e of name class nc (a set of
 * BIT(n)). */
static uint32_t rules_of(xmlNodePtr e, int nc)
{
	switch (nc) {
	case N_TYPE_CODE:
		if (fx_node_is(e->parent, FX_NS_RSM, "ExchangedDocument"))
			return fx_node_at(e, "/*/rsm:ExchangedDocument/ram:TypeCode") ? BIT(1) : 0;
		if (parent_is(e, "SpecifiedTradeSettlementPaymentMeans"))
			return fx_node_at(e, CII_R_SET "/ram:SpecifiedTradeSettlementPaymentMeans/"
			                               "ram:TypeCode")
			           ? BIT(16)
			           : 0;
		return 0;
	case N_TAX_TOTAL:
		return has_attribute(e, "currencyID") &&
		               (fx_node_at(e, CII_R_SET
		                           "/ram:"
		                           "SpecifiedTradeSettlementHeaderMonetarySummation/"
		                           "ram:TaxTotalAmount") ||
		                fx_node_at(e, CII_R_LINE_SET
		                           "/ram:SpecifiedTradeSettlementLineMonetarySummation/"
		                           "ram:TaxTotalAmount"))
		           ? BIT(3)
		           : 0;
	case N_INVOICE_CURRENCY:
		return fx_node_at(e, CII_R_SET "/ram:InvoiceCurrencyCode") ? BIT(4) : 0;
	case N_TAX_CURRENCY:
		return fx_node_at(e, CII_R_SET "/ram:TaxCurrencyCode") ? BIT(5) : 0;
	case N_DUE_DATE_CODE:
		return fx_node_at(e, CII_R_HDR_TAX "/ram:DueDateTypeCode") ||
		               fx_node_at(e, CII_R_LINE_TAX "/ram:DueDateTypeCode")
		           ? BIT(6)
		           : 0;
	case N_REFERENCE_TYPE:
		return BIT(7);
	case N_SUBJECT_CODE:
		return BIT(8);
	case N_GLOBAL_ID:
		if (!has_attribute(e, "schemeID"))
			return 0;
		if (!fx_node_has_ancestor(e, FX_NS_RAM, "SpecifiedTradeProduct") &&
		    !fx_node_has_ancestor(e, FX_NS_RAM, "ShipToTradeParty"))
			return BIT(10);
		if (fx_node_at(e, CII_R_LINE_PRODUCT "/ram:GlobalID"))
			return BIT(21);
		return fx_node_at(e, CII_R_DLV "/ram:ShipToTradeParty/ram:GlobalID") ? BIT(26) : 0;
	case N_ID:
		if (has_attribute(e, "schemeID"))
			return fx_node_has_ancestor(e, FX_NS_RAM, "SpecifiedTaxRegistration")
			           ? 0
			           : BIT(11);
		return parent_is(e, "OriginTradeCountry") &&
		               fx_node_at(e, CII_R_LINE_PRODUCT "/ram:OriginTradeCountry/ram:ID")
		           ? BIT(15)
		           : 0;
	case N_CLASS_CODE:
		return has_attribute(e, "listID") ? BIT(13) : 0;
	case N_COUNTRY_ID:
		return BIT(14);
	case N_CATEGORY_CODE:
		if (parent_is(e, "CategoryTradeTax"))
			return fx_node_at(e, CII_DOC_AC "/ram:CategoryTradeTax/ram:CategoryCode") ||
			               fx_node_at(e, CII_LINE_AC
			                          "/ram:CategoryTradeTax/ram:CategoryCode") ||
			               fx_node_at(e, CII_PRICE_AC
			                          "/ram:CategoryTradeTax/ram:CategoryCode")
			           ? BIT(17)
			           : 0;
		if (parent_is(e, "ApplicableTradeTax"))
			return fx_node_at(e, CII_R_HDR_TAX "/ram:CategoryCode") ||
			               fx_node_at(e, CII_R_LINE_TAX "/ram:CategoryCode")
			           ? BIT(18)
			           : 0;
		return 0;
	case N_REASON_CODE:
		if (!parent_is(e, "SpecifiedTradeAllowanceCharge") ||
		    !is_allowance_charge(e->parent))
			return 0;
		return (indicator_is(e->parent, "false", "0") ? BIT(19) : 0) |
		       (indicator_is(e->parent, "true", "1") ? BIT(20) : 0);
	case N_EXEMPTION_CODE:
		return BIT(22);
	case N_QUANTITY:
		return has_attribute(e, "unitCode") ? BIT(23) : 0;
	case N_ATTACHMENT:
		return has_attribute(e, "mimeCode") ? BIT(24) : 0;
	case N_URIID:
		return parent_is(e, "URIUniversalCommunication") && has_attribute(e, "schemeID")
		           ? BIT(25)
		           : 0;
	default:
		return 0;
	}
}

/* The rules whose context selects node (for the checks). */
static uint32_t rules_of_node(xmlNodePtr node)
{
	if (!node || node->type != XML_ELEMENT_NODE)
		return 0;
	return rules_of(node, name_class(node->name, node->ns ? node->ns->href : NULL));
}

/** What rule BR-CL-<n> checks: the list, and the attribute holding the
 * code (NULL: the element's value). */
typedef struct cl_test {
	fx_codelist_id list;
	const char *attribute;
} cl_test;

static const cl_test g_tests[27] = {
    [1] = {FX_CL_UNTDID1001, NULL},     [3] = {FX_CL_ISO4217, "currencyID"},
    [4] = {FX_CL_ISO4217, NULL},        [5] = {FX_CL_ISO4217, NULL},
    [6] = {FX_CL_UNTDID2475, NULL},     [7] = {FX_CL_UNTDID1153, NULL},
    [8] = {FX_CL_UNTDID4451, NULL},     [10] = {FX_CL_ISO6523, "schemeID"},
    [11] = {FX_CL_ISO6523, "schemeID"}, [13] = {FX_CL_UNTDID7143, "listID"},
    [14] = {FX_CL_ISO3166, NULL},       [15] = {FX_CL_ISO3166, NULL},
    [16] = {FX_CL_UNTDID4461, NULL},    [17] = {FX_CL_UNTDID5305, NULL},
    [18] = {FX_CL_UNTDID5305, NULL},    [19] = {FX_CL_UNTDID5189, NULL},
    [20] = {FX_CL_UNTDID7161, NULL},    [21] = {FX_CL_ISO6523, "schemeID"},
    [22] = {FX_CL_VATEX, NULL},         [23] = {FX_CL_REC20, "unitCode"},
    [24] = {FX_CL_MIME, "mimeCode"},    [25] = {FX_CL_EAS, "schemeID"},
    [26] = {FX_CL_ISO6523, "schemeID"},
};

/* True when rule BR-CL-<n> accepts the value of node (fx:in-list on the
 * element's or the attribute's string value, "" when the attribute is
 * missing). */
static bool accepted(int n, xmlNodePtr node)
{
	const cl_test *t = &g_tests[n];
	xmlNodePtr target = node;
	if (t->attribute) {
		target = (xmlNodePtr)xmlHasNsProp(node, (const xmlChar *)t->attribute, NULL);
		if (!target)
			return fx_codelist_accepts(t->list, "", 0);
	}
	xmlChar *copy;
	const xmlChar *v = fx_node_text(target, &copy);
	bool ok = v && fx_codelist_accepts(t->list, (const char *)v, strlen((const char *)v));
	xmlFree(copy);
	return ok;
}

/* fx:cl-violations(): the elements whose code a BR-CL rule of their
 * context refuses, in document order. */
static void fn_cl_violations(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 0) {
		xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
		return;
	}
	xmlNodeSetPtr set = xmlXPathNodeSetCreate(NULL);
	xmlDocPtr doc = ctxt->context ? ctxt->context->doc : NULL;
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (set && root) {
		fx_name_memo memo;
		memset(&memo, 0, sizeof(memo));
		for (xmlNodePtr e = root; e; e = fx_next_element(e)) {
			int nc = fx_name_memo_get(&memo, e, name_class);
			uint32_t rules = nc == N_NONE ? 0 : rules_of(e, nc);
			for (int n = 1; n < 27 && rules; n++) {
				if (!(rules & BIT(n)))
					continue;
				rules &= ~BIT(n);
				if (!accepted(n, e)) {
					xmlXPathNodeSetAddUnique(set, e);
					break;
				}
			}
		}
	}
	valuePush(ctxt, xmlXPathWrapNodeSet(set));
}

const fx_xpath_function fx_cl_functions[] = {
    {"cl-violations", fn_cl_violations},
    {NULL, NULL},
};

/* Defines cl_<id>, the check of BR-CL-<id> (rule number n): passes when
 * the value is accepted or the node is not in the rule's context. */
#define CL_CHECK(id, n)                                                                            \
	static bool cl_##id(fx_vctx *c, xmlNodePtr node)                                           \
	{                                                                                          \
		return accepted(n, node) || !(rules_of_node(node) & BIT(n));                       \
	}

CL_CHECK(01, 1)
CL_CHECK(03, 3)
CL_CHECK(04, 4)
CL_CHECK(05, 5)
CL_CHECK(06, 6)
CL_CHECK(07, 7)
CL_CHECK(08, 8)
CL_CHECK(10, 10)
CL_CHECK(11, 11)
CL_CHECK(13, 13)
CL_CHECK(14, 14)
CL_CHECK(15, 15)
CL_CHECK(16, 16)
CL_CHECK(17, 17)
CL_CHECK(18, 18)
CL_CHECK(19, 19)
CL_CHECK(20, 20)
CL_CHECK(21, 21)
CL_CHECK(22, 22)
CL_CHECK(23, 23)
CL_CHECK(24, 24)
CL_CHECK(25, 25)
CL_CHECK(26, 26)

/* One fatal layer-4 code list rule. */
#define CL(id, check, bt, en, fr)                                                                  \
	{                                                                                          \
		id, FX_LAYER_EN16931, FX_SEVERITY_FATAL, 0, CL_CONTEXT, NULL, check, bt, en, fr    \
	}

static const fx_rule rules[] = {
    CL("BR-CL-01", cl_01, "BT-3",
       "The invoice type code must be an invoice or credit note code of UNTDID 1001.",
       "Le code de type de facture doit être un code de facture ou d'avoir de l'UNTDID 1001."),
    CL("BR-CL-03", cl_03, "BT-5, BT-6",
       "The currency identifier (currencyID) must be an ISO 4217 alpha-3 code.",
       "L'identifiant de devise (currencyID) doit être un code ISO 4217 alpha-3."),
    CL("BR-CL-04", cl_04, "BT-5", "The invoice currency code must be an ISO 4217 alpha-3 code.",
       "Le code de la devise de facturation doit être un code ISO 4217 alpha-3."),
    CL("BR-CL-05", cl_05, "BT-6",
       "The VAT accounting currency code must be an ISO 4217 alpha-3 code.",
       "Le code de la devise de comptabilisation de la TVA doit être un code ISO 4217 alpha-3."),
    CL("BR-CL-06", cl_06, "BT-8",
       "The VAT point date code must be 5, 29 or 72 (restriction of UNTDID 2475).",
       "Le code de date d'exigibilité de la TVA doit être 5, 29 ou 72 (restriction de l'UNTDID "
       "2475)."),
    CL("BR-CL-07", cl_07, "BT-18-1",
       "The scheme of an object identifier must be a code of UNTDID 1153.",
       "Le schéma d'un identifiant d'objet doit être un code de l'UNTDID 1153."),
    CL("BR-CL-08", cl_08, "BT-21", "The subject code of a note must be a code of UNTDID 4451.",
       "Le code de sujet d'une note doit être un code de l'UNTDID 4451."),
    CL("BR-CL-10", cl_10, "BT-29-1, BT-46-1, BT-60-1",
       "The scheme of a global identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma d'un identifiant global doit être un code ICD de l'ISO/CEI 6523."),
    CL("BR-CL-11", cl_11, "BT-30-1, BT-47-1, BT-61-1",
       "The scheme of a registration identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma d'un identifiant d'immatriculation doit être un code ICD de l'ISO/CEI 6523."),
    CL("BR-CL-13", cl_13, "BT-158-1",
       "The scheme of an item classification identifier must be a code of UNTDID 7143.",
       "Le schéma d'un identifiant de classification d'article doit être un code de l'UNTDID "
       "7143."),
    CL("BR-CL-14", cl_14, "BT-40, BT-55, BT-69, BT-80",
       "A country code must be an ISO 3166-1 alpha-2 code.",
       "Un code pays doit être un code ISO 3166-1 alpha-2."),
    CL("BR-CL-15", cl_15, "BT-159",
       "The country of origin of an item must be an ISO 3166-1 alpha-2 code.",
       "Le pays d'origine d'un article doit être un code ISO 3166-1 alpha-2."),
    CL("BR-CL-16", cl_16, "BT-81", "The payment means code must be a code of UNTDID 4461.",
       "Le code de moyen de paiement doit être un code de l'UNTDID 4461."),
    CL("BR-CL-17", cl_17, "BT-95, BT-102",
       "The VAT category code of an allowance or charge must be one of AE, L, M, E, S, Z, G, O, K "
       "and B (UNTDID 5305).",
       "Le code de catégorie de TVA d'une remise ou de frais doit être AE, L, M, E, S, Z, G, O, K "
       "ou B (UNTDID 5305)."),
    CL("BR-CL-18", cl_18, "BT-118, BT-151",
       "The VAT category code must be one of AE, L, M, E, S, Z, G, O, K and B (UNTDID 5305).",
       "Le code de catégorie de TVA doit être AE, L, M, E, S, Z, G, O, K ou B (UNTDID 5305)."),
    CL("BR-CL-19", cl_19, "BT-98, BT-140",
       "An allowance reason code must be a code of UNTDID 5189.",
       "Un code de motif de remise doit être un code de l'UNTDID 5189."),
    CL("BR-CL-20", cl_20, "BT-105, BT-145", "A charge reason code must be a code of UNTDID 7161.",
       "Un code de motif de frais doit être un code de l'UNTDID 7161."),
    CL("BR-CL-21", cl_21, "BT-157-1",
       "The scheme of an item standard identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma de l'identifiant standard d'un article doit être un code ICD de l'ISO/CEI 6523."),
    CL("BR-CL-22", cl_22, "BT-121",
       "The VAT exemption reason code must be a code of the VATEX list.",
       "Le code de motif d'exonération de TVA doit être un code de la liste VATEX."),
    CL("BR-CL-23", cl_23, "BT-130, BT-150",
       "A unit of measure must be a code of UN/ECE Recommendation 20 or 21.",
       "Une unité de mesure doit être un code de la recommandation 20 ou 21 de la CEE-ONU."),
    CL("BR-CL-24", cl_24, "BT-125-1",
       "The MIME type of an attached document must be application/pdf, image/png, image/jpeg, "
       "text/csv, an Excel (xlsx) or an OpenDocument spreadsheet (ods).",
       "Le type MIME d'un document joint doit être application/pdf, image/png, image/jpeg, "
       "text/csv, un classeur Excel (xlsx) ou OpenDocument (ods)."),
    CL("BR-CL-25", cl_25, "BT-34-1, BT-49-1",
       "The scheme of an electronic address must be a code of the EAS list.",
       "Le schéma d'une adresse électronique doit être un code de la liste EAS."),
    CL("BR-CL-26", cl_26, "BT-71-1",
       "The scheme of a delivery location identifier must be an ISO/IEC 6523 ICD code.",
       "Le schéma de l'identifiant du lieu de livraison doit être un code ICD de l'ISO/CEI 6523."),
};

const fx_ruleset fx_rules_cen_cl = {"cen-cl", rules, sizeof(rules) / sizeof(rules[0])};
