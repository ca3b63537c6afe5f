/*
 * Layer 6: the documents on which the official French schematron stops. The
 * FNFE-MPE rules are XPath 2.0: string(), normalize-space(), number() and
 * their typed functions raise an error on a sequence of several nodes, and
 * the XSLT processor then stops without any BR-FR result. These rules
 * detect the repetitions that cause it, in the conditions under which the
 * official rules read them; the engine then drops every layer-6 finding of
 * the document and reports the rule once, as information
 * (FX_SEVERITY_ABORT, rule.h). Such documents never pass the XSD (layer 3).
 */
#include "validate/rules_fr_checks.h"
#include "validate/rules_fr_paths.h"

/* Relative paths from the root element. */
#define SETTLE FR_R_SETTLEMENT
#define BUYER_SIREN FR_R_BUYER "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002']"
#define SELLER_SIREN FR_R_SELLER "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID = '0002']"
#define IS_B2B FR_R_BAR " = 'B2B'"
#define SELF_BILLED "fx:one-of(" FR_R_TYPE ", '389 501 500 471 473 261 502')"
#define PAID_FRAME "fx:one-of(" FR_R_BT23 ", 'B2 S2 M2')"
#define DUE SETTLE "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"

/* The messages of the rules. */
#define STOP_EN(bt)                                                                                \
	"French rules not applied: an element (" bt ") is repeated where the official rules "      \
	"read a single one, which stops them without any result."
#define STOP_FR(bt)                                                                                 \
	"Règles françaises non appliquées : un élément (" bt ") est répété là où les règles " \
	"officielles en lisent un seul, ce qui les arrête sans résultat."

/* A condition under which the official rules go on (XPath on the invoice
 * element, or a C check) and the business terms it concerns. */
#define GOES_ON(test, bt)                                                                          \
	{                                                                                          \
		"FX-FR-NOT-APPLIED", FX_LAYER_FR, FX_SEVERITY_ABORT, 0, FR_ROOT, test, NULL, bt,   \
		    STOP_EN(bt), STOP_FR(bt)                                                       \
	}
#define GOES_ON_C(check, bt)                                                                       \
	{                                                                                          \
		"FX-FR-NOT-APPLIED", FX_LAYER_FR, FX_SEVERITY_ABORT, 0, FR_ROOT, NULL, check, bt,  \
		    STOP_EN(bt), STOP_FR(bt)                                                       \
	}

/* A repetition that stops the official rules. */
#define STOP(repeated, bt) GOES_ON("not(" repeated ")", bt)

static const fx_rule rules[] = {
    GOES_ON("count(" FR_R_BT23 ") <= 1", "BT-23"),
    GOES_ON("count(" FR_R_SELLER "/ram:URIUniversalCommunication/ram:URIID) <= 1", "BT-34"),
    GOES_ON("count(" FR_R_BUYER "/ram:URIUniversalCommunication/ram:URIID) <= 1", "BT-49"),
    GOES_ON("count(" SELLER_SIREN ") <= 1", "BT-30"),
    GOES_ON_C(fx_fr_siret_parties_single, "BT-29/BT-46"),
    GOES_ON_C(fx_fr_tax_values_single, "BT-95/BT-96/BT-102/BT-103/BT-118/BT-119/BT-151/BT-152"),
    STOP(FR_R_AGREEMENT
         "/ram:AdditionalReferencedDocument[ram:TypeCode = '916'][count(ram:Name) > 1]",
         "BT-123"),
    STOP("rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode = 'BAR'][count(ram:Content) > "
         "1]",
         "BT-22"),
    STOP("count(" DUE ") > 1 or (" DUE " != '' and count(rsm:ExchangedDocument/ram:IssueDateTime/"
         "udt:DateTimeString) > 1 and not(fx:one-of(" FR_R_TYPE
         ", '386 500 503')) and not(" PAID_FRAME "))",
         "BT-2/BT-9"),
    STOP(IS_B2B " and (count(" BUYER_SIREN ") > 1 or (not(" SELF_BILLED ") and count(" FR_R_BUYER
                "/ram:SpecifiedLegalOrganization/ram:ID) > 1) or (" SELF_BILLED
                " and (count(" FR_R_SELLER
                "/ram:SpecifiedLegalOrganization/ram:ID) > 1 or count(" FR_R_SELLER
                "/ram:URIUniversalCommunication/ram:URIID) > 1)))",
         "BT-30/BT-47"),
    STOP(FR_R_TYPE " = '262' and (count(" FR_R_AGREEMENT
                   "/ram:ContractReferencedDocument/ram:IssuerAssignedID) > 1 or count(" SETTLE
                   "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString) > 1 or "
                   "count(" SETTLE
                   "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString) > 1)",
         "BT-12/BT-73/BT-74"),
    STOP(PAID_FRAME " and (count(" FR_R_TOTALS "/ram:TotalPrepaidAmount) > 1 or count(" FR_R_TOTALS
                    "/ram:GrandTotalAmount) > 1 or count(" FR_R_TOTALS
                    "/ram:DuePayableAmount) > 1)",
         "BT-112/BT-113/BT-115"),
    STOP(SETTLE "/ram:InvoiceCurrencyCode != 'EUR' and " SETTLE "/ram:TaxCurrencyCode = 'EUR' and "
                "count(" FR_R_TOTALS "/ram:TaxTotalAmount[@currencyID = 'EUR']) > 1",
         "BT-111"),
    STOP(FR_R_SELLER "/ram:GlobalID[@schemeID = '0231'] and count(" FR_R_AGREEMENT
                     "/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/"
                     "ram:ID[@schemeID = 'VA']) > 1",
         "BT-63"),
};

const fx_ruleset fx_rules_fr_abort = {"fr-abort", rules, sizeof(rules) / sizeof(rules[0])};
