/*
 * CEN CII data type rules CII-DT-* (layer 4, CEN CII artefacts release
 * 1.3.16): attributes and children of the CII data types that EN 16931
 * does not use, the VAT type code, and the format of dates (102).
 *
 * The official contexts select elements by name anywhere in the document
 * (`//ram:*[ends-with(name(), 'ID')]` and the like). Every rule here has the
 * same context, fx:dt-violations(): one C walk over the document sorts each
 * element into the class of the official context that selects it and
 * returns only the elements that break a rule of their class; the C check
 * of each rule then tells whether the element is in its class and breaks
 * it. As in the official pattern, the four identifiers of CII-DT-001..007
 * are not checked by CII-DT-101..104 (an element goes to its first
 * matching rule), and the invoice type code is taken by the rule on every
 * ram:TypeCode (CII-DT-008/009), so CII-DT-010..012 never fire.
 */
#include <pthread.h>
#include <string.h>

#include <libxml/xmlregexp.h>
#include <libxml/xpathInternals.h>

#include "validate/cii_nodes.h"
#include "validate/cii_scan.h"
#include "validate/engine.h"
#include "validate/functions.h"
#include "validate/rule.h"
#include "validate/rules_cen_paths.h"

#define L4 FX_LAYER_EN16931
#define FATAL FX_SEVERITY_FATAL
#define WARNING FX_SEVERITY_WARNING

/* The context of every rule. */
#define DT_CONTEXT "fx:dt-violations()"

/** The classes of elements, one per official context. */
enum dt_class {
	DT_NONE,
	DT_ROOT,                /* /rsm:CrossIndustryInvoice */
	DT_SCOPED_ID,           /* BT-24, BT-1, BT-126 and BT-155 */
	DT_OTHER_ID,            /* every other ram:*ID */
	DT_TYPE_CODE,           /* every ram:TypeCode */
	DT_LINE_CATEGORY,       /* VAT category code of a line (BT-151) */
	DT_REFERENCED_DOCUMENT, /* ram:*ReferencedDocument */
	DT_AMOUNT,              /* ram:*Amount but ram:TaxTotalAmount */
	DT_QUANTITY,            /* ram:*Quantity */
	DT_TRADE_TAX,           /* ram:*TradeTax */
	DT_PERIOD,              /* ram:BillingSpecifiedPeriod */
	DT_ADDRESS,             /* ram:PostalTradeAddress */
	DT_DATE,                /* udt:DateTimeString with format 102 */
	DT_CLASSES
};

/* The rules that only forbid a child or an attribute: X(number, severity,
 * class, path), path in the syntax of fx_node_path_exists. */
#define DT_ABSENT(X)                                                                               \
	X(013, FATAL, ROOT, "@languageID")                                                         \
	X(014, FATAL, ROOT, "@languageLocaleID")                                                   \
	X(001, FATAL, SCOPED_ID, "@schemeName")                                                    \
	X(002, FATAL, SCOPED_ID, "@schemeAgencyName")                                              \
	X(003, FATAL, SCOPED_ID, "@schemeDataURI")                                                 \
	X(004, FATAL, SCOPED_ID, "@schemeURI")                                                     \
	X(005, FATAL, SCOPED_ID, "@schemeID")                                                      \
	X(006, FATAL, SCOPED_ID, "@schemeAgencyID")                                                \
	X(007, FATAL, SCOPED_ID, "@schemeVersionID")                                               \
	X(101, FATAL, OTHER_ID, "@schemeName")                                                     \
	X(102, FATAL, OTHER_ID, "@schemeAgencyName")                                               \
	X(103, FATAL, OTHER_ID, "@schemeDataURI")                                                  \
	X(104, FATAL, OTHER_ID, "@schemeURI")                                                      \
	X(008, FATAL, TYPE_CODE, "@name")                                                          \
	X(009, FATAL, TYPE_CODE, "@listURI")                                                       \
	X(045, WARNING, LINE_CATEGORY, "@listID")                                                  \
	X(046, WARNING, LINE_CATEGORY, "@listAgencyID")                                            \
	X(047, WARNING, LINE_CATEGORY, "@listVersionID")                                           \
	X(048, WARNING, LINE_CATEGORY, "@listURI")                                                 \
	X(016, FATAL, REFERENCED_DOCUMENT, "StatusCode")                                           \
	X(017, FATAL, REFERENCED_DOCUMENT, "CopyIndicator")                                        \
	X(019, FATAL, REFERENCED_DOCUMENT, "GlobalID")                                             \
	X(020, FATAL, REFERENCED_DOCUMENT, "RevisionID")                                           \
	X(023, FATAL, REFERENCED_DOCUMENT, "Information")                                          \
	X(025, FATAL, REFERENCED_DOCUMENT, "SectionName")                                          \
	X(026, FATAL, REFERENCED_DOCUMENT, "PreviousRevisionID")                                   \
	X(028, FATAL, REFERENCED_DOCUMENT, "EffectiveSpecifiedPeriod")                             \
	X(029, FATAL, REFERENCED_DOCUMENT, "IssuerTradeParty")                                     \
	X(030, FATAL, REFERENCED_DOCUMENT, "AttachedSpecifiedBinaryFile")                          \
	X(031, FATAL, AMOUNT, "@currencyID")                                                       \
	X(032, FATAL, AMOUNT, "@currencyCodeListVersionID")                                        \
	X(034, FATAL, QUANTITY, "@unitCodeListID")                                                 \
	X(035, FATAL, QUANTITY, "@unitCodeListAgencyID")                                           \
	X(036, FATAL, QUANTITY, "@unitCodeListAgencyName")                                         \
	X(038, WARNING, TRADE_TAX, "CalculatedRate")                                               \
	X(039, WARNING, TRADE_TAX, "CalculationSequenceNumeric")                                   \
	X(040, WARNING, TRADE_TAX, "BasisQuantity")                                                \
	X(042, WARNING, TRADE_TAX, "UnitBasisAmount")                                              \
	X(043, WARNING, TRADE_TAX, "LineTotalBasisAmount")                                         \
	X(044, WARNING, TRADE_TAX, "AllowanceChargeBasisAmount")                                   \
	X(049, WARNING, TRADE_TAX, "CurrencyCode")                                                 \
	X(050, WARNING, TRADE_TAX, "Jurisdiction")                                                 \
	X(051, WARNING, TRADE_TAX, "CustomsDutyIndicator")                                         \
	X(053, WARNING, TRADE_TAX, "TaxBasisAllowanceRate")                                        \
	X(055, WARNING, TRADE_TAX, "Type")                                                         \
	X(056, WARNING, TRADE_TAX, "InformationAmount")                                            \
	X(057, WARNING, TRADE_TAX, "CategoryName")                                                 \
	X(059, WARNING, TRADE_TAX, "RateApplicablePercent/@format")                                \
	X(060, WARNING, TRADE_TAX, "SpecifiedTradeAccountingAccount")                              \
	X(061, WARNING, TRADE_TAX, "ServiceSupplyTradeCountry")                                    \
	X(062, WARNING, TRADE_TAX, "BuyerRepayableTaxSpecifiedTradeAccountingAccount")             \
	X(063, WARNING, TRADE_TAX, "SellerPayableTaxSpecifiedTradeAccountingAccount")              \
	X(064, WARNING, TRADE_TAX, "SellerRefundableTaxSpecifiedTradeAccountingAccount")           \
	X(065, WARNING, TRADE_TAX, "BuyerDeductibleTaxSpecifiedTradeAccountingAccount")            \
	X(066, WARNING, TRADE_TAX, "BuyerNonDeductibleTaxSpecifiedTradeAccountingAccount")         \
	X(067, WARNING, TRADE_TAX, "PlaceApplicableTradeLocation")                                 \
	X(068, FATAL, PERIOD, "StartDateTime/udt:DateTime")                                        \
	X(069, FATAL, PERIOD, "DurationMeasure")                                                   \
	X(070, FATAL, PERIOD, "InclusiveIndicator")                                                \
	X(071, FATAL, PERIOD, "Description")                                                       \
	X(072, FATAL, PERIOD, "EndDateTime/udt:DateTime")                                          \
	X(073, FATAL, PERIOD, "CompleteDateTime")                                                  \
	X(074, FATAL, PERIOD, "OpenIndicator")                                                     \
	X(075, FATAL, PERIOD, "SeasonCode")                                                        \
	X(076, FATAL, PERIOD, "ID")                                                                \
	X(077, FATAL, PERIOD, "Name")                                                              \
	X(078, FATAL, PERIOD, "SequenceNumeric")                                                   \
	X(079, FATAL, PERIOD, "StartDateFlexibilityCode")                                          \
	X(080, FATAL, PERIOD, "ContinuousIndicator")                                               \
	X(081, FATAL, PERIOD, "PurposeCode")                                                       \
	X(082, FATAL, ADDRESS, "ID")                                                               \
	X(083, FATAL, ADDRESS, "PostOfficeBox")                                                    \
	X(084, FATAL, ADDRESS, "BuildingName")                                                     \
	X(086, FATAL, ADDRESS, "LineFour")                                                         \
	X(087, FATAL, ADDRESS, "LineFive")                                                         \
	X(088, FATAL, ADDRESS, "StreetName")                                                       \
	X(089, FATAL, ADDRESS, "CitySubDivisionName")                                              \
	X(090, FATAL, ADDRESS, "CountryName")                                                      \
	X(091, FATAL, ADDRESS, "CountrySubDivisionID")                                             \
	X(092, FATAL, ADDRESS, "AttentionOf")                                                      \
	X(093, FATAL, ADDRESS, "CareOf")                                                           \
	X(094, FATAL, ADDRESS, "BuildingNumber")                                                   \
	X(095, FATAL, ADDRESS, "DepartmentName")                                                   \
	X(096, FATAL, ADDRESS, "AdditionalStreetName")

/* Most paths of one class. */
#define DT_MAX_PATHS 32

/* CII-DT-097: YYYYMMDD, month 01-12, day 01-31, white space around. */
#define DATE_102_REGEX "\\s*\\d{4}(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])\\s*"

/* The absence paths of each class, and their tries (built once). */
static const char *g_paths[DT_CLASSES][DT_MAX_PATHS];
static size_t g_count[DT_CLASSES];
static fx_path_trie *g_tries[DT_CLASSES];
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

/* Adds one absence rule's path to its class (X of DT_ABSENT). */
#define ADD_PATH(n, sev, cls, path)                                                                \
	if (g_count[DT_##cls] < DT_MAX_PATHS)                                                      \
		g_paths[DT_##cls][g_count[DT_##cls]++] = path;

/* Fills g_paths and builds g_tries. */
static void build_paths(void)
{
	DT_ABSENT(ADD_PATH)
	for (int c = 0; c < DT_CLASSES; c++)
		if (g_count[c] > 0)
			g_tries[c] = fx_path_trie_new(g_paths[c], g_count[c]);
}

/* True when a ram name ends with suffix. */
static bool ends_with(const char *name, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);
	return len >= n && memcmp(name + len - n, suffix, n) == 0;
}

/* The class an element name may have (before its position is looked at):
 * DT_ROOT, DT_OTHER_ID (any ram:*ID), DT_LINE_CATEGORY (any
 * ram:CategoryCode), DT_DATE (any udt:DateTimeString) or the class. */
static unsigned char name_class(const xmlChar *xname, const xmlChar *ns)
{
	const char *name = (const char *)xname;
	if (!ns)
		return DT_NONE;
	if (strcmp((const char *)ns, FX_NS_RAM) != 0) {
		if (strcmp(name, "CrossIndustryInvoice") == 0 &&
		    strcmp((const char *)ns, FX_NS_RSM) == 0)
			return DT_ROOT;
		if (strcmp(name, "DateTimeString") == 0 && strcmp((const char *)ns, FX_NS_UDT) == 0)
			return DT_DATE;
		return DT_NONE;
	}
	size_t len = strlen(name);
	if (strcmp(name, "TypeCode") == 0)
		return DT_TYPE_CODE;
	if (strcmp(name, "CategoryCode") == 0)
		return DT_LINE_CATEGORY;
	if (strcmp(name, "BillingSpecifiedPeriod") == 0)
		return DT_PERIOD;
	if (strcmp(name, "PostalTradeAddress") == 0)
		return DT_ADDRESS;
	if (ends_with(name, len, "ID"))
		return DT_OTHER_ID;
	if (ends_with(name, len, "ReferencedDocument"))
		return DT_REFERENCED_DOCUMENT;
	if (ends_with(name, len, "Amount"))
		return strcmp(name, "TaxTotalAmount") == 0 ? DT_NONE : DT_AMOUNT;
	if (ends_with(name, len, "Quantity"))
		return DT_QUANTITY;
	if (ends_with(name, len, "TradeTax"))
		return DT_TRADE_TAX;
	return DT_NONE;
}

/* True when an identifier element is one of the four of CII-DT-001..007. */
static bool scoped_id(xmlNodePtr e)
{
	const char *name = (const char *)e->name;
	if (strcmp(name, "ID") == 0)
		return fx_node_at(e, CII_CTX
		                  "/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID") ||
		       fx_node_at(e, CII_DOC "/ram:ID");
	if (strcmp(name, "LineID") == 0)
		return fx_node_at(e, CII_LINE "/ram:AssociatedDocumentLineDocument/ram:LineID");
	if (strcmp(name, "SellerAssignedID") == 0)
		return fx_node_at(e, CII_LINE_PRODUCT "/ram:SellerAssignedID");
	return false;
}

/* True when element e has the attribute name (no namespace) with the
 * value value. */
static bool attribute_is(xmlNodePtr e, const char *name, const char *value)
{
	xmlAttrPtr a = xmlHasNsProp(e, (const xmlChar *)name, NULL);
	return a && fx_node_text_is((xmlNodePtr)a, value);
}

/* The class of element e, given the class of its name. */
static int refine_class(xmlNodePtr e, int cls)
{
	switch (cls) {
	case DT_ROOT:
		return e->parent && e->parent->type == XML_DOCUMENT_NODE ? DT_ROOT : DT_NONE;
	case DT_OTHER_ID:
		return scoped_id(e) ? DT_SCOPED_ID : DT_OTHER_ID;
	case DT_LINE_CATEGORY:
		return fx_node_at(e, CII_LINE_TAX "/ram:CategoryCode") ? DT_LINE_CATEGORY : DT_NONE;
	case DT_DATE:
		return attribute_is(e, "format", "102") ? DT_DATE : DT_NONE;
	default:
		return cls;
	}
}

/* The class of element node (for the checks). */
static int class_of(xmlNodePtr node)
{
	if (!node || node->type != XML_ELEMENT_NODE)
		return DT_NONE;
	return refine_class(node, name_class(node->name, node->ns ? node->ns->href : NULL));
}

/* True for the classes whose rules only look at attributes. */
static bool attributes_only(int cls)
{
	return cls == DT_ROOT || cls == DT_OTHER_ID || cls == DT_TYPE_CODE ||
	       cls == DT_LINE_CATEGORY || cls == DT_AMOUNT || cls == DT_QUANTITY;
}

/* True when a ram:TypeCode child of node has the value code. */
static bool type_code_is(xmlNodePtr node, const char *code)
{
	for (xmlNodePtr c = fx_node_child(node, "TypeCode"); c; c = fx_node_next(c))
		if (fx_node_text_is(c, code))
			return true;
	return false;
}

/* True when node is an additional referenced document with type code
 * code. */
static bool additional_with_type(xmlNodePtr node, const char *code)
{
	return fx_node_is(node, FX_NS_RAM, "AdditionalReferencedDocument") &&
	       type_code_is(node, code);
}

/* CII-DT-015, 021, 022: child only in an additional supporting document. */
static bool fails_only_in_916(xmlNodePtr node, const char *child)
{
	return fx_node_child(node, child) && !additional_with_type(node, "916");
}

/* CII-DT-015. */
static bool fails_015(xmlNodePtr node)
{
	return fails_only_in_916(node, "URIID");
}

/* CII-DT-018. */
static bool fails_018(xmlNodePtr node)
{
	return fx_node_child(node, "TypeCode") &&
	       !(fx_node_is(node, FX_NS_RAM, "AdditionalReferencedDocument") &&
	         (type_code_is(node, "50") || type_code_is(node, "130") ||
	          type_code_is(node, "916")));
}

/* CII-DT-021. */
static bool fails_021(xmlNodePtr node)
{
	return fails_only_in_916(node, "Name");
}

/* CII-DT-022. */
static bool fails_022(xmlNodePtr node)
{
	return fails_only_in_916(node, "AttachmentBinaryObject");
}

/* CII-DT-024. */
static bool fails_024(xmlNodePtr node)
{
	return fx_node_child(node, "ReferenceTypeCode") && !additional_with_type(node, "130");
}

/* CII-DT-027. */
static bool fails_027(xmlNodePtr node)
{
	return fx_node_child(node, "FormattedIssueDateTime") &&
	       !fx_node_is(node, FX_NS_RAM, "InvoiceReferencedDocument");
}

/* True when a line's invoiced quantity has a unit code (absolute path of
 * CII-DT-033). */
static bool billed_unit_exists(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	return fx_node_is(root, FX_NS_RSM, "CrossIndustryInvoice") &&
	       fx_node_path_exists(root,
	                           "rsm:SupplyChainTradeTransaction/"
	                           "IncludedSupplyChainTradeLineItem/SpecifiedLineTradeDelivery/"
	                           "BilledQuantity/@unitCode");
}

/* CII-DT-033. */
static bool fails_033(xmlNodePtr node)
{
	return xmlHasNsProp(node, (const xmlChar *)"unitCode", NULL) &&
	       !billed_unit_exists(node->doc);
}

/* CII-DT-037. */
static bool fails_037(xmlNodePtr node)
{
	return fx_node_child(node, "TypeCode") && !type_code_is(node, "VAT");
}

/* CII-DT-041, 054, 058: child only in the header settlement. */
static bool fails_only_in_header(xmlNodePtr node, const char *child)
{
	return fx_node_child(node, child) &&
	       !fx_node_has_ancestor(node, FX_NS_RAM, "ApplicableHeaderTradeSettlement");
}

/* CII-DT-041. */
static bool fails_041(xmlNodePtr node)
{
	return fails_only_in_header(node, "BasisAmount");
}

/* CII-DT-054. */
static bool fails_054(xmlNodePtr node)
{
	return fails_only_in_header(node, "TaxPointDate");
}

/* CII-DT-058. */
static bool fails_058(xmlNodePtr node)
{
	return fails_only_in_header(node, "DueDateTypeCode");
}

/* CII-DT-052. */
static bool fails_052(xmlNodePtr node)
{
	return fx_node_child(node, "ExemptionReasonCode") &&
	       !fx_node_is(node, FX_NS_RAM, "ApplicableTradeTax");
}

/* CII-DT-098. */
static bool fails_098(xmlNodePtr node)
{
	return fx_node_child(node, "ExemptionReason") &&
	       !fx_node_is(node, FX_NS_RAM, "ApplicableTradeTax");
}

/* True for the white space of XML Schema regular expressions (\s). */
static bool xsd_space(xmlChar c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Two ASCII digits at s as a number, or -1. */
static int two_digits(const xmlChar *s)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* DATE_102_REGEX on an ASCII string s. */
static bool date_102_ascii(const xmlChar *s)
{
	while (xsd_space(*s))
		s++;
	for (int i = 0; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	int month = two_digits(s + 4);
	int day = month < 0 ? -1 : two_digits(s + 6);
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return false;
	s += 8;
	while (xsd_space(*s))
		s++;
	return *s == '\0';
}

/* CII-DT-097 (the regular expression itself when the value is not ASCII,
 * since \d also matches other decimal digits). */
static bool fails_097(xmlNodePtr node)
{
	xmlChar *copy;
	const xmlChar *v = fx_node_text(node, &copy);
	bool ascii = true;
	for (const xmlChar *p = v; p && *p && ascii; p++)
		ascii = *p < 0x80;
	bool ok = false;
	if (v && ascii) {
		ok = date_102_ascii(v);
	} else if (v) {
		xmlRegexpPtr re = fx_engine_regexp(DATE_102_REGEX);
		ok = re && xmlRegexpExec(re, v) == 1;
	}
	xmlFree(copy);
	return !ok;
}

/* True when element e of class cls breaks one of its class's rules. */
static bool breaks_a_rule(xmlNodePtr e, int cls)
{
	if (g_count[cls] > 0 && fx_path_trie_any(g_tries[cls], e))
		return true;
	switch (cls) {
	case DT_REFERENCED_DOCUMENT:
		return fails_015(e) || fails_018(e) || fails_021(e) || fails_022(e) ||
		       fails_024(e) || fails_027(e);
	case DT_QUANTITY:
		return fails_033(e);
	case DT_TRADE_TAX:
		return fails_037(e) || fails_041(e) || fails_054(e) || fails_058(e) ||
		       fails_052(e) || fails_098(e);
	case DT_DATE:
		return fails_097(e);
	default:
		return false;
	}
}

/* fx:dt-violations(): the elements that break a CII-DT rule, in document
 * order. */
static void fn_dt_violations(xmlXPathParserContextPtr ctxt, int nargs)
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
		fx_name_memo memo;
		memset(&memo, 0, sizeof(memo));
		for (xmlNodePtr e = root; e; e = fx_next_element(e)) {
			int cls = fx_name_memo_get(&memo, e, name_class);
			if (cls == DT_NONE || (attributes_only(cls) && !e->properties))
				continue;
			cls = refine_class(e, cls);
			if (cls != DT_NONE && breaks_a_rule(e, cls))
				xmlXPathNodeSetAddUnique(set, e);
		}
	}
	valuePush(ctxt, xmlXPathWrapNodeSet(set));
}

const fx_xpath_function fx_dt_functions[] = {
    {"dt-violations", fn_dt_violations},
    {NULL, NULL},
};

/* Generates dt_<n>, the C check of an absence rule: passes unless node is
 * of the rule's class and path exists below it. */
#define ABSENT_FN(n, sev, cls, path)                                                               \
	static bool dt_##n(fx_vctx *c, xmlNodePtr node)                                            \
	{                                                                                          \
		return class_of(node) != DT_##cls || !fx_node_path_exists(node, path);             \
	}

/* The table entry of such a rule. */
#define ABSENT_RULE(n, sev, cls, path)                                                             \
	{"CII-DT-" #n,                                                                             \
	 L4,                                                                                       \
	 sev,                                                                                      \
	 0,                                                                                        \
	 DT_CONTEXT,                                                                               \
	 NULL,                                                                                     \
	 dt_##n,                                                                                   \
	 NULL,                                                                                     \
	 "The EN 16931 binding of CII does not use " path " here.",                                \
	 "La syntaxe CII de l'EN 16931 n'utilise pas " path " ici."},

DT_ABSENT(ABSENT_FN)

/* Generates dt_<n>, the C check of a rule with its own test fails_<n> on
 * class cls. */
#define SPECIAL_FN(n, cls)                                                                         \
	static bool dt_##n(fx_vctx *c, xmlNodePtr node)                                            \
	{                                                                                          \
		return class_of(node) != cls || !fails_##n(node);                                  \
	}

SPECIAL_FN(015, DT_REFERENCED_DOCUMENT)
SPECIAL_FN(018, DT_REFERENCED_DOCUMENT)
SPECIAL_FN(021, DT_REFERENCED_DOCUMENT)
SPECIAL_FN(022, DT_REFERENCED_DOCUMENT)
SPECIAL_FN(024, DT_REFERENCED_DOCUMENT)
SPECIAL_FN(027, DT_REFERENCED_DOCUMENT)
SPECIAL_FN(033, DT_QUANTITY)
SPECIAL_FN(037, DT_TRADE_TAX)
SPECIAL_FN(041, DT_TRADE_TAX)
SPECIAL_FN(052, DT_TRADE_TAX)
SPECIAL_FN(054, DT_TRADE_TAX)
SPECIAL_FN(058, DT_TRADE_TAX)
SPECIAL_FN(098, DT_TRADE_TAX)
SPECIAL_FN(097, DT_DATE)

/* CII-DT-010..012: never fire (see the top of this file). */
static bool dt_never(fx_vctx *c, xmlNodePtr node)
{
	return true;
}

/* A rule with its own C check. */
#define RULE(id, sev, check, bt, en, fr)                                                           \
	{                                                                                          \
		id, L4, sev, 0, DT_CONTEXT, NULL, check, bt, en, fr                                \
	}

static const fx_rule rules[] = {
    DT_ABSENT(ABSENT_RULE) RULE("CII-DT-010", FATAL, dt_never, "BT-3",
                                "The invoice type code must not have a listID attribute.",
                                "Le code de type de facture ne doit pas avoir d'attribut listID."),
    RULE("CII-DT-011", FATAL, dt_never, "BT-3",
         "The invoice type code must not have a listAgencyID attribute.",
         "Le code de type de facture ne doit pas avoir d'attribut listAgencyID."),
    RULE("CII-DT-012", FATAL, dt_never, "BT-3",
         "The invoice type code must not have a listVersionID attribute.",
         "Le code de type de facture ne doit pas avoir d'attribut listVersionID."),
    RULE("CII-DT-015", FATAL, dt_015, "BT-124",
         "Only an additional supporting document (type code 916) may have an external location "
         "(URIID).",
         "Seul un justificatif additionnel (code 916) peut avoir une adresse externe (URIID)."),
    RULE("CII-DT-018", FATAL, dt_018, "BT-17, BT-18",
         "Only an additional referenced document may have a type code, and only 50, 130 or 916.",
         "Seul un document référencé additionnel peut avoir un code de type, et seulement 50, 130 "
         "ou 916."),
    RULE("CII-DT-021", FATAL, dt_021, "BT-123",
         "Only an additional supporting document (type code 916) may have a description (Name).",
         "Seul un justificatif additionnel (code 916) peut avoir une description (Name)."),
    RULE("CII-DT-022", FATAL, dt_022, "BT-125",
         "Only an additional supporting document (type code 916) may have an attached document.",
         "Seul un justificatif additionnel (code 916) peut avoir un document joint."),
    RULE("CII-DT-024", FATAL, dt_024, "BT-18-1",
         "Only an invoiced object identifier (type code 130) may have a scheme identifier "
         "(ReferenceTypeCode).",
         "Seul un identifiant d'objet facturé (code 130) peut avoir un identifiant de schéma "
         "(ReferenceTypeCode)."),
    RULE("CII-DT-027", FATAL, dt_027, "BT-26",
         "Only a preceding invoice reference may have an issue date (FormattedIssueDateTime).",
         "Seule une référence à une facture antérieure peut avoir une date d'émission "
         "(FormattedIssueDateTime)."),
    RULE("CII-DT-033", FATAL, dt_033, "BT-130",
         "A quantity may have a unit code only when the invoiced quantities have one.",
         "Une quantité ne peut avoir un code d'unité que si les quantités facturées en ont un."),
    RULE("CII-DT-037", FATAL, dt_037, "BT-118-0, BT-151-0", "The tax type code must be VAT.",
         "Le code de type de taxe doit être VAT."),
    RULE("CII-DT-041", WARNING, dt_041, "BT-116",
         "A VAT group should have a taxable amount (BasisAmount) only in the VAT breakdown.",
         "Un groupe de TVA ne devrait avoir de base imposable (BasisAmount) que dans la "
         "ventilation de la TVA."),
    RULE("CII-DT-052", WARNING, dt_052, "BT-121",
         "Only an ApplicableTradeTax should have an exemption reason code.",
         "Seul un ApplicableTradeTax devrait avoir un code de motif d'exonération."),
    RULE("CII-DT-098", WARNING, dt_098, "BT-120",
         "Only an ApplicableTradeTax should have an exemption reason.",
         "Seul un ApplicableTradeTax devrait avoir un motif d'exonération."),
    RULE("CII-DT-054", WARNING, dt_054, "BT-7",
         "A VAT group should have a VAT point date only in the VAT breakdown.",
         "Un groupe de TVA ne devrait avoir de date d'exigibilité que dans la ventilation de la "
         "TVA."),
    RULE("CII-DT-058", WARNING, dt_058, "BT-8",
         "A VAT group should have a VAT point date code only in the VAT breakdown.",
         "Un groupe de TVA ne devrait avoir de code de date d'exigibilité que dans la "
         "ventilation de la TVA."),
    RULE("CII-DT-097", FATAL, dt_097, "BT-2, BT-7, BT-9, BT-26, BT-72",
         "A date in format 102 must be written YYYYMMDD.",
         "Une date au format 102 doit être écrite AAAAMMJJ."),
};

const fx_ruleset fx_rules_cen_dt = {"cen-dt", rules, sizeof(rules) / sizeof(rules[0])};
