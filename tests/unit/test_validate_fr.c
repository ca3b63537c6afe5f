/*
 * Layer 6 of the validator (src/validate/rules_fr*.c): the French BR-FR
 * rules. A French invoice of the project (examples/fr/b2b-2026-reform.json,
 * written as CII) passes; each mutation makes exactly the expected rules
 * fire. Multi-vendor rules run on a small hand-made invoice with GROUP and
 * DETAIL lines. Also: every French example passes layer 6, when layer 6
 * runs in auto mode, and the documents on which the official schematron
 * stops (FX-FR-NOT-APPLIED).
 */
#include <dirent.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "facturx/validate.h"
#include "test_support.h"
#include "validate/stages.h"

#define EXAMPLES FX_SOURCE_DIR "/examples/fr"

/* The CII XML (EN 16931) of an example description (malloc'ed). */
static char *example_xml(const char *path)
{
	fx_invoice *inv = NULL;
	ck_assert_msg(fx_json_read_file(path, &inv) == FX_OK, "%s", fx_error_last()->message);
	ck_assert_msg(fx_invoice_compute(inv, NULL) == FX_OK, "%s", fx_error_last()->message);
	fx_cii_options o = FX_CII_OPTIONS_INIT;
	if (inv->has_profile)
		o.profile = inv->profile;
	char *xml = NULL;
	size_t len = 0;
	ck_assert_msg(fx_cii_write_memory(inv, &o, &xml, &len) == FX_OK, "%s",
	              fx_error_last()->message);
	fx_invoice_free(inv);
	return xml;
}

/* The base invoice of the mutations. */
static char *base(void)
{
	return example_xml(EXAMPLES "/b2b-2026-reform.json");
}

/* Replaces the first (or, when all, every) occurrence of from in xml (freed)
 * by to; fails when from is absent. */
static char *subst(char *xml, const char *from, const char *to, int all)
{
	size_t fl = strlen(from), tl = strlen(to), n = 0;
	for (const char *p = strstr(xml, from); p; p = all ? strstr(p + fl, from) : NULL)
		n++;
	ck_assert_msg(n > 0, "'%s' not found", from);
	char *out = malloc(strlen(xml) + n * tl + 1);
	ck_assert_ptr_nonnull(out);
	char *o = out;
	const char *p = xml;
	for (size_t k = 0; k < n; k++) {
		const char *hit = strstr(p, from);
		memcpy(o, p, (size_t)(hit - p));
		o += hit - p;
		memcpy(o, to, tl);
		o += tl;
		p = hit + fl;
	}
	strcpy(o, p);
	free(xml);
	return out;
}

/* Validates xml with only the layers in mask, French rules on; returns the
 * sorted, comma-separated, distinct fatal ids of layer that start with
 * prefix (NULL: all), malloc'ed. keep: receives the report (may be NULL). */
static char *fatal_ids(const char *xml, unsigned mask, fx_layer layer,
                       const fx_validate_options *base_opts, const char *prefix, fx_report **keep)
{
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	if (base_opts)
		o = *base_opts;
	o.layers = mask;
	o.french = FX_SWITCH_ON;
	fx_report *r = NULL;
	ck_assert_msg(fx_validate_memory(xml, strlen(xml), "test.xml", &o, &r) == FX_OK, "%s",
	              fx_error_last()->message);
	const char *ids[256];
	size_t n = 0;
	for (size_t i = 0; i < fx_report_count(r) && n < 256; i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->layer != layer || f->severity != FX_SEVERITY_FATAL ||
		    (prefix && strncmp(f->rule_id, prefix, strlen(prefix))))
			continue;
		size_t k = 0;
		while (k < n && strcmp(ids[k], f->rule_id) < 0)
			k++;
		if (k < n && !strcmp(ids[k], f->rule_id))
			continue;
		memmove(ids + k + 1, ids + k, (n - k) * sizeof *ids);
		ids[k] = f->rule_id;
		n++;
	}
	char *out = calloc(1, 8192);
	ck_assert_ptr_nonnull(out);
	for (size_t k = 0; k < n; k++)
		snprintf(out + strlen(out), 8192 - strlen(out), "%s%s", k ? "," : "", ids[k]);
	if (!n)
		strcpy(out, "-");
	if (keep)
		*keep = r;
	else
		fx_report_free(r);
	return out;
}

/* The fatal French ids of xml (layer 6 alone). */
static char *fr_ids(const char *xml)
{
	return fatal_ids(xml, FX_LAYER_BIT(FX_LAYER_FR), FX_LAYER_FR, NULL, NULL, NULL);
}

/* The fatal multi-vendor and bidirectional ids of xml. */
static char *mv_ids(const char *xml)
{
	char *mv = fatal_ids(xml, FX_LAYER_BIT(FX_LAYER_FR), FX_LAYER_FR, NULL, "BR-FR-MV", NULL);
	char *bd = fatal_ids(xml, FX_LAYER_BIT(FX_LAYER_FR), FX_LAYER_FR, NULL, "BR-FR-BD", NULL);
	ck_assert_str_eq(bd, "-");
	free(bd);
	return mv;
}

/* One mutation of the base invoice and the French ids it must give. */
typedef struct mutation {
	const char *name;
	const char *from[3], *to[3];
	int all; /* replace every occurrence */
	const char *ids;
} mutation;

/* Markers of the base invoice. */
#define NUMBER "<ram:ID>FA-2026-11-0087</ram:ID>"
#define TYPE "<ram:TypeCode>380</ram:TypeCode>"
#define FRAME "<ram:ID>M1</ram:ID>"
#define FIRST_NOTE "<ram:IncludedNote>"
#define SELLER_NAME "<ram:Name>Brasserie Artisanale du Vercors SAS</ram:Name>"
#define SELLER_SIREN "<ram:ID schemeID=\"0002\">823456789</ram:ID>"
#define BUYER_SIREN "<ram:ID schemeID=\"0002\">434567890</ram:ID>"
#define SELLER_URI "<ram:URIID schemeID=\"0225\">823456789</ram:URIID>"
#define BUYER_URI "<ram:URIID schemeID=\"0225\">434567890</ram:URIID>"
#define ORDER "</ram:BuyerOrderReferencedDocument>"
#define BAR_NOTE(v)                                                                                \
	"<ram:IncludedNote><ram:Content>" v "</ram:Content><ram:SubjectCode>BAR</ram:SubjectCode>" \
	"</ram:IncludedNote>"
#define BAR(v) BAR_NOTE(v) FIRST_NOTE
#define ATTACHMENT(name)                                                                           \
	"<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>PJ-1</ram:IssuerAssignedID>"      \
	"<ram:TypeCode>916</ram:TypeCode><ram:Name>" name "</ram:Name>"                            \
	"</ram:AdditionalReferencedDocument>"

static const mutation mutations[] = {
    {"base", {NULL}, {NULL}, 0, "-"},
    {"number too long, with a space",
     {NUMBER},
     {"<ram:ID>FA 2026-11-0087-00000000000000000000000</ram:ID>"},
     0,
     "BR-FR-01_BT-1,BR-FR-02_BT-1"},
    {"number with a comma", {NUMBER}, {"<ram:ID>FA,2026</ram:ID>"}, 0, "BR-FR-02_BT-1"},
    {"issue date of 1999", {">20261124<"}, {">19991124<"}, 0, "BR-FR-03_BT-2"},
    {"issue date 31 February", {">20261124<"}, {">20260231<"}, 0, "BR-FR-03_BT-2"},
    {"type code 751", {TYPE}, {"<ram:TypeCode>751</ram:TypeCode>"}, 0, "BR-FR-04_BT-3"},
    {"PMT note missing, PMD twice",
     {"<ram:SubjectCode>PMT</ram:SubjectCode>"},
     {"<ram:SubjectCode>PMD</ram:SubjectCode>"},
     0,
     "BR-FR-05_BT-22_PMT,BR-FR-06_BT-21_PMD"},
    {"billing frame A1 (Chorus Pro cadre)", {FRAME}, {"<ram:ID>A1</ram:ID>"}, 0, "BR-FR-08_BT-23"},
    {"billing frame with spaces", {FRAME}, {"<ram:ID> M1</ram:ID>"}, 0, "BR-FR-08_BT-23"},
    {"SIRET of another company",
     {SELLER_NAME},
     {"<ram:GlobalID schemeID=\"0009\">12345678900012</ram:GlobalID>" SELLER_NAME},
     0,
     "BR-FR-09_BT-29"},
    {"SIRET of the seller",
     {SELLER_NAME},
     {"<ram:GlobalID schemeID=\"0009\">82345678900012</ram:GlobalID>" SELLER_NAME},
     0,
     "-"},
    {"seller SIREN of 8 digits",
     {SELLER_SIREN},
     {"<ram:ID schemeID=\"0002\">82345678</ram:ID>"},
     0,
     "BR-FR-10_BT-30,BR-FR-32-LEGALID"},
    {"B2B without buyer SIREN",
     {FIRST_NOTE, BUYER_SIREN},
     {BAR("B2B"), "<ram:ID schemeID=\"0001\">434567890</ram:ID>"},
     0,
     "BR-FR-11_BT-47"},
    {"B2B with the buyer's address", {FIRST_NOTE}, {BAR("B2B")}, 0, "-"},
    {"B2B, buyer address not starting with its SIREN",
     {FIRST_NOTE, BUYER_URI},
     {BAR("B2B"), "<ram:URIID schemeID=\"0225\">999999999</ram:URIID>"},
     0,
     "BR-FR-21_BT-49"},
    {"B2B self-billed, seller address of another scheme",
     {FIRST_NOTE, TYPE, SELLER_URI},
     {BAR("B2B"), "<ram:TypeCode>389</ram:TypeCode>",
      "<ram:URIID schemeID=\"0088\">823456789</ram:URIID>"},
     0,
     "BR-FR-22_BT-34"},
    {"unknown BAR treatment", {FIRST_NOTE}, {BAR("B2G")}, 0, "BR-FR-20_BT-21"},
    {"two BAR treatments", {FIRST_NOTE}, {BAR_NOTE("B2B") BAR("B2C")}, 0, "BR-FR-31_BT-21"},
    {"buyer address missing", {BUYER_URI}, {""}, 0, "BR-FR-12_BT-49"},
    {"seller address missing", {SELLER_URI}, {""}, 0, "BR-FR-13_BT-34"},
    {"seller address with @",
     {SELLER_URI},
     {"<ram:URIID schemeID=\"0225\">823456789@x</ram:URIID>"},
     0,
     "BR-FR-23_BT-34"},
    {"rate 20.000",
     {"<ram:RateApplicablePercent>20</ram:RateApplicablePercent>"},
     {"<ram:RateApplicablePercent>20.000</ram:RateApplicablePercent>"},
     1,
     "BR-FR-16_BT-119,BR-FR-16_BT-152,BR-FR-16_BT-96_BT-103,BR-FR-DEC-04_BT-119,"
     "BR-FR-DEC-04_BT-152,BR-FR-DEC-04_BT-96_BT-103"},
    {"VAT category L",
     {"<ram:CategoryCode>S</ram:CategoryCode>"},
     {"<ram:CategoryCode>L</ram:CategoryCode>"},
     1,
     "BR-FR-15_BT-95_BT-102,BR-FR-15_BT-95_BT-102_LM,BR-FR-15_BT-95_BT-118,"
     "BR-FR-15_BT-95_BT-118_LM,BR-FR-15_BT-95_BT-151,BR-FR-15_BT-95_BT-151_LM"},
    {"attachment code unknown", {ORDER}, {ORDER ATTACHMENT("FACTURE")}, 0, "BR-FR-17_BT-123"},
    {"two LISIBLE attachments",
     {ORDER},
     {ORDER ATTACHMENT("LISIBLE") ATTACHMENT("LISIBLE")},
     0,
     "BR-FR-18_BT-123"},
    {"global discount credit note without contract",
     {TYPE},
     {"<ram:TypeCode>262</ram:TypeCode>"},
     0,
     "BR-FR-CO-03_BT-3"},
    {"corrective invoice without reference",
     {TYPE},
     {"<ram:TypeCode>384</ram:TypeCode>"},
     0,
     "BR-FR-CO-04_BT-4"},
    {"credit note without reference",
     {TYPE},
     {"<ram:TypeCode>381</ram:TypeCode>"},
     0,
     "BR-FR-CO-05_BT-3"},
    {"due date before the issue date", {">20261224<"}, {">20261001<"}, 0, "BR-FR-CO-07_BT-9"},
    {"down payment invoice due before",
     {">20261224<", TYPE},
     {">20261001<", "<ram:TypeCode>386</ram:TypeCode>"},
     0,
     "-"},
    {"final invoice after down payment typed as down payment",
     {FRAME, TYPE},
     {"<ram:ID>M4</ram:ID>", "<ram:TypeCode>386</ram:TypeCode>"},
     0,
     "BR-FR-CO-08_BT-23"},
    {"already paid frame, nothing paid",
     {FRAME},
     {"<ram:ID>M2</ram:ID>"},
     0,
     "BR-FR-CO-09_BT-23-1,BR-FR-CO-09_BT-23-2"},
    {"two global ids of one scheme",
     {SELLER_NAME},
     {"<ram:GlobalID schemeID=\"0088\">1</ram:GlobalID><ram:GlobalID "
      "schemeID=\"0088\">2</ram:GlobalID>" SELLER_NAME},
     0,
     "BR-FR-CO-10_BT-29-2"},
    {"global id without scheme",
     {SELLER_NAME},
     {"<ram:GlobalID>1</ram:GlobalID>" SELLER_NAME},
     0,
     "BR-FR-CO-10_BT-29-1"},
    {"invoice in USD", {"EUR"}, {"USD"}, 1, "BR-FR-CO-12_BT-5"},
    {"member of a single taxable person",
     {SELLER_NAME},
     {"<ram:GlobalID schemeID=\"0231\">823456789</ram:GlobalID>" SELLER_NAME},
     0,
     "BR-FR-CO-14_BT-29-1,BR-FR-CO-15_BT-29-1"},
    {"global id 0002 of 5 digits",
     {SELLER_NAME},
     {"<ram:GlobalID schemeID=\"0002\">12345</ram:GlobalID>" SELLER_NAME},
     0,
     "BR-FR-32-GLOBALID"},
    {"quantity with 5 decimals",
     {"<ram:BilledQuantity unitCode=\"C62\">48</ram:BilledQuantity>"},
     {"<ram:BilledQuantity unitCode=\"C62\">48.00000</ram:BilledQuantity>"},
     0,
     "BR-FR-DEC-02_BT-129"},
    {"net price with a plus sign",
     {"<ram:ChargeAmount>3.05</ram:ChargeAmount>"},
     {"<ram:ChargeAmount>+3.05</ram:ChargeAmount>"},
     0,
     "BR-FR-DEC-03_BT-146"},
    {"multi-vendor frame on ordinary lines",
     {FRAME},
     {"<ram:ID>M8</ram:ID>"},
     0,
     "BR-FR-MV-02_EXT-FR-FE-163,BR-FR-MV-06_EXT-FR-FE-167,BR-FR-MV-07_BT-128"},
    {"bidirectional frame on an ordinary invoice",
     {FRAME},
     {"<ram:ID>S9</ram:ID>"},
     0,
     "BR-FR-BD-02_BT-31,BR-FR-BD-02_BT-47,BR-FR-BD-02_EXT-FR-FE-163,BR-FR-BD-13_BT-3,"
     "BR-FR-MV-06_EXT-FR-FE-167,BR-FR-MV-07_BT-128"},
};

/* Each mutation of the base invoice gives exactly its French ids. */
START_TEST(mutations_fire_their_rules)
{
	const mutation *m = &mutations[_i];
	char *xml = base();
	for (size_t k = 0; k < 3 && m->from[k]; k++)
		xml = subst(xml, m->from[k], m->to[k], m->all);
	char *ids = fr_ids(xml);
	ck_assert_msg(!strcmp(ids, m->ids), "%s: got %s, want %s", m->name, ids, m->ids);
	free(ids);
	free(xml);
}
END_TEST

/* A multi-vendor invoice (B8): one GROUP line of the main seller and its
 * DETAIL line; %s are the GROUP line's totals and the breakdown's VAT. */
static char *multi_vendor(const char *group_net, const char *group_vat, const char *group_gross,
                          const char *vat)
{
	static const char fmt[] =
	    "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:"
	    "CrossIndustryInvoice:100\" xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
	    "ReusableAggregateBusinessInformationEntity:100\" xmlns:udt=\"urn:un:unece:uncefact:"
	    "data:standard:UnqualifiedDataType:100\" xmlns:qdt=\"urn:un:unece:uncefact:data:"
	    "standard:QualifiedDataType:100\">"
	    "<rsm:ExchangedDocumentContext><ram:BusinessProcessSpecifiedDocumentContextParameter>"
	    "<ram:ID>B8</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>"
	    "</rsm:ExchangedDocumentContext>"
	    "<rsm:ExchangedDocument><ram:ID>F1</ram:ID><ram:TypeCode>380</ram:TypeCode>"
	    "</rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction>"
	    "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
	    "<ram:LineID>1</ram:LineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>"
	    "</ram:AssociatedDocumentLineDocument><ram:SpecifiedLineTradeAgreement>"
	    "<ram:ItemSellerTradeParty><ram:Name>Main</ram:Name><ram:SpecifiedLegalOrganization>"
	    "<ram:ID schemeID=\"0002\">111111111</ram:ID></ram:SpecifiedLegalOrganization>"
	    "<ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>"
	    "</ram:ItemSellerTradeParty></ram:SpecifiedLineTradeAgreement>"
	    "<ram:SpecifiedLineTradeSettlement><ram:AdditionalReferencedDocument>"
	    "<ram:IssuerAssignedID>F1</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode>"
	    "<ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument>"
	    "<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>%s"
	    "</ram:LineTotalAmount><ram:TaxTotalAmount currencyID=\"EUR\">%s</ram:TaxTotalAmount>"
	    "<ram:GrandTotalAmount>%s</ram:GrandTotalAmount>"
	    "</ram:SpecifiedTradeSettlementLineMonetarySummation></"
	    "ram:SpecifiedLineTradeSettlement>"
	    "</ram:IncludedSupplyChainTradeLineItem>"
	    "<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
	    "<ram:LineID>2</ram:LineID><ram:ParentLineID>1</ram:ParentLineID>"
	    "<ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>"
	    "</ram:AssociatedDocumentLineDocument><ram:SpecifiedLineTradeAgreement>"
	    "<ram:ItemSellerTradeParty><ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">"
	    "111111111</ram:ID></ram:SpecifiedLegalOrganization></ram:ItemSellerTradeParty>"
	    "</ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeSettlement>"
	    "<ram:ApplicableTradeTax><ram:ExemptionReason>#F1# sub-invoice</ram:ExemptionReason>"
	    "</ram:ApplicableTradeTax><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>F1"
	    "</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>AFL"
	    "</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument>"
	    "<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>100.00"
	    "</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
	    "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
	    "<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:"
	    "SpecifiedLegalOrganization>"
	    "<ram:ID schemeID=\"0002\">111111111</ram:ID></ram:SpecifiedLegalOrganization>"
	    "</ram:SellerTradeParty></ram:ApplicableHeaderTradeAgreement>"
	    "<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR"
	    "</ram:InvoiceCurrencyCode><ram:ApplicableTradeTax><ram:CalculatedAmount>%s"
	    "</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:ExemptionReason>#F1# VAT"
	    "</ram:ExemptionReason></ram:ApplicableTradeTax></ram:ApplicableHeaderTradeSettlement>"
	    "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>";
	char *xml = malloc(sizeof fmt + 64);
	ck_assert_ptr_nonnull(xml);
	snprintf(xml, sizeof fmt + 64, fmt, group_net, group_vat, group_gross, vat);
	return xml;
}

/* The multi-vendor rules comparing a GROUP line with related lines and
 * breakdowns (C checks with an XPath variable). */
START_TEST(multi_vendor_totals)
{
	static const struct {
		const char *net, *vat, *gross, *breakdown, *ids;
	} cases[] = {
	    {"100.00", "20.00", "120.00", "20.00", "-"},
	    {"100.01", "20.00", "120.01", "20.00", "-"}, /* within 0.01 per child line */
	    {"100.02", "20.00", "120.02", "20.00", "BR-FR-MV-05_EXT-FR-FE-BG-12"},
	    {"100.00", "20.00", "120.00", "19.98", "BR-FR-MV-09_EXT-FR-FE-181"},
	    {"100.00", "20.00", "120.05", "20.00", "BR-FR-MV-10_EXT-FR-FE-184"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *xml =
		    multi_vendor(cases[i].net, cases[i].vat, cases[i].gross, cases[i].breakdown);
		char *ids = mv_ids(xml);
		ck_assert_msg(!strcmp(ids, cases[i].ids), "case %zu: got %s, want %s", i, ids,
		              cases[i].ids);
		free(ids);
		free(xml);
	}
	/* the DETAIL line's seller and number must be its parent's */
	char *xml = multi_vendor("100.00", "20.00", "120.00", "20.00");
	xml =
	    subst(xml,
	          "111111111</ram:ID></ram:SpecifiedLegalOrganization></ram:ItemSellerTradeParty></"
	          "ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeSettlement><ram:"
	          "ApplicableTradeTax>",
	          "222222222</ram:ID></ram:SpecifiedLegalOrganization></ram:ItemSellerTradeParty></"
	          "ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeSettlement><ram:"
	          "ApplicableTradeTax>",
	          0);
	xml = subst(xml, "<ram:ExemptionReason>#F1# sub-invoice",
	            "<ram:ExemptionReason>#F2# sub-invoice", 0);
	char *ids = mv_ids(xml);
	ck_assert_str_eq(ids, "BR-FR-MV-06_EXT-FR-FE-167,BR-FR-MV-08_BT-128");
	free(ids);
	free(xml);
}
END_TEST

/* Every French example of the project passes layer 6, except the one whose
 * billing frame is the Chorus Pro cadre A1 (reported: the reform wants
 * B1/S1/M1 in BT-23; see the h5 report). */
START_TEST(french_examples_pass)
{
	DIR *d = opendir(EXAMPLES);
	ck_assert_ptr_nonnull(d);
	size_t seen = 0;
	for (struct dirent *e; (e = readdir(d));) {
		size_t n = strlen(e->d_name);
		if (n < 6 || strcmp(e->d_name + n - 5, ".json"))
			continue;
		char *path = fx_test_path(EXAMPLES, e->d_name);
		char *xml = example_xml(path);
		char *ids = fr_ids(xml);
		const char *want =
		    strcmp(e->d_name, "b2g-chorus-pro.json") ? "-" : "BR-FR-08_BT-23";
		ck_assert_msg(!strcmp(ids, want), "%s: %s", e->d_name, ids);
		free(ids);
		free(xml);
		free(path);
		seen++;
	}
	closedir(d);
	ck_assert_uint_ge(seen, 5);
}
END_TEST

/* Parses xml for the auto decisions. */
static xmlDocPtr parse(const char *xml)
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	return doc;
}

/* The number formats of BR-FR-DEC-01 and BR-FR-DEC-04, as the official
 * regular expressions read them (on normalize-space, \d any Unicode digit). */
START_TEST(number_formats)
{
	static const struct {
		const char *value;
		int fires;
	} amounts[] =
	    {
	        {" 146.40\n", 0},
	        {"-146.40", 0},
	        {"123456789012345678.1", 0},
	        {"\xd9\xa1\xd9\xa4\xd9\xa6.\xd9\xa4\xd9\xa0", 0}, /* Arabic-Indic digits */
	        {"146.400", 1},
	        {"+146.40", 1},
	        {"146.", 1},
	        {".5", 1},
	        {"146,40", 1},
	        {"1234567890123456789.12", 1},
	        {"", 1},
	    },
	  rates[] = {{"100.5", 0}, {"1000.5", 1}, {"-5", 1}, {"5.555", 1}};
	for (size_t i = 0; i < sizeof amounts / sizeof *amounts; i++) {
		char to[128];
		snprintf(to, sizeof to, "<ram:LineTotalAmount>%s</ram:LineTotalAmount>",
		         amounts[i].value);
		char *xml =
		    subst(base(), "<ram:LineTotalAmount>146.40</ram:LineTotalAmount>", to, 0);
		char *ids = fr_ids(xml);
		ck_assert_msg((strstr(ids, "BR-FR-DEC-01_BT-131") != NULL) == amounts[i].fires,
		              "'%s': %s", amounts[i].value, ids);
		free(ids);
		free(xml);
	}
	for (size_t i = 0; i < sizeof rates / sizeof *rates; i++) {
		char to[128];
		snprintf(to, sizeof to, "<ram:RateApplicablePercent>%s</ram:RateApplicablePercent>",
		         rates[i].value);
		char *xml = subst(
		    base(), "<ram:RateApplicablePercent>20</ram:RateApplicablePercent>", to, 0);
		char *ids = fr_ids(xml);
		ck_assert_msg((strstr(ids, "BR-FR-DEC-04_BT-152") != NULL) == rates[i].fires,
		              "'%s': %s", rates[i].value, ids);
		free(ids);
		free(xml);
	}
}
END_TEST

/* Layer 6 under auto: a seller with FR, a SIREN or a SIRET, a reform profile. */
START_TEST(auto_mode)
{
	static const struct {
		const char *from, *to;
		int applies;
	} cases[] = {
	    {"<ram:CountryID>FR</ram:CountryID>", "<ram:CountryID>FR</ram:CountryID>", 1},
	    /* a Belgian seller with a SIREN is still French-registered */
	    {"<ram:CountryID>FR</ram:CountryID>", "<ram:CountryID>BE</ram:CountryID>", 1},
	};
	for (size_t i = 0; i < 2; i++) {
		char *xml = subst(base(), cases[i].from, cases[i].to, 0);
		xmlDocPtr doc = parse(xml);
		ck_assert_int_eq(fx_fr_applies(doc, true, FX_PROFILE_EN16931), cases[i].applies);
		xmlFreeDoc(doc);
		free(xml);
	}
	/* no FR country, no SIREN, no SIRET: not French */
	char *xml = subst(base(), "<ram:CountryID>FR</ram:CountryID>",
	                  "<ram:CountryID>BE</ram:CountryID>", 0);
	xml = subst(xml, SELLER_SIREN, "<ram:ID schemeID=\"0208\">0123456789</ram:ID>", 0);
	xmlDocPtr doc = parse(xml);
	ck_assert(!fx_fr_applies(doc, true, FX_PROFILE_EN16931));
	xmlFreeDoc(doc);
	/* a SIRET alone makes it French */
	xml = subst(xml, SELLER_NAME,
	            "<ram:GlobalID schemeID=\"0009\">82345678900012</ram:GlobalID>" SELLER_NAME, 0);
	doc = parse(xml);
	ck_assert(fx_fr_applies(doc, true, FX_PROFILE_EN16931));
	xmlFreeDoc(doc);
	free(xml);
	/* MINIMUM and BASIC: no French rules published, not applied in auto */
	xml = subst(base(), "urn:cen.eu:en16931:2017", "urn:factur-x.eu:1p0:minimum", 0);
	doc = parse(xml);
	ck_assert(!fx_fr_applies(doc, true, FX_PROFILE_MINIMUM));
	xmlFreeDoc(doc);
	free(xml);
	xml = subst(base(), "urn:cen.eu:en16931:2017",
	            "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", 0);
	doc = parse(xml);
	ck_assert(fx_fr_applies(doc, true, FX_PROFILE_EXTENDED));
	xmlFreeDoc(doc);
	free(xml);
	/* in auto mode, a foreign invoice gets no French finding */
	xml = subst(base(), "<ram:CountryID>FR</ram:CountryID>",
	            "<ram:CountryID>BE</ram:CountryID>", 0);
	xml = subst(xml, SELLER_SIREN, "<ram:ID schemeID=\"0208\">0123456789</ram:ID>", 0);
	xml = subst(xml, FRAME, "<ram:ID>A1</ram:ID>", 0);
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(xml, strlen(xml), "t.xml", &o, &r), FX_OK);
	ck_assert(!fx_report_has(r, FX_LAYER_FR, "BR-FR-08_BT-23"));
	fx_report_free(r);
	free(xml);
}
END_TEST

/* The findings of layer 6 on xml (French rules on, layer 6 alone). */
static fx_report *fr_report(const char *xml)
{
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.layers = FX_LAYER_BIT(FX_LAYER_FR);
	o.french = FX_SWITCH_ON;
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(xml, strlen(xml), "t.xml", &o, &r), FX_OK);
	return r;
}

/* Repeated single values stop the official rules: no BR-FR finding, one
 * FX-FR-NOT-APPLIED information naming the business term. */
START_TEST(official_schematron_stops)
{
	static const char *const repeats[][5] = {
	    {SELLER_URI, SELLER_URI SELLER_URI, NULL, NULL, "BT-34"},
	    {FRAME, FRAME FRAME, NULL, NULL, "BT-23"},
	    {"<ram:RateApplicablePercent>20</ram:RateApplicablePercent>",
	     "<ram:RateApplicablePercent>20</ram:RateApplicablePercent>"
	     "<ram:RateApplicablePercent>20</ram:RateApplicablePercent>",
	     NULL, NULL, "BT-95/BT-96/BT-102/BT-103/BT-118/BT-119/BT-151/BT-152"},
	    {"<ram:Name>Les Caves Dauphinoises SARL</ram:Name>",
	     "<ram:GlobalID schemeID=\"0009\">43456789000011</ram:GlobalID>"
	     "<ram:Name>Les Caves Dauphinoises SARL</ram:Name>",
	     BUYER_SIREN, BUYER_SIREN BUYER_SIREN, "BT-29/BT-46"},
	};
	for (size_t i = 0; i < sizeof repeats / sizeof *repeats; i++) {
		/* PMT missing as well: its finding must be dropped */
		char *xml = subst(base(), repeats[i][0], repeats[i][1], 0);
		if (repeats[i][2])
			xml = subst(xml, repeats[i][2], repeats[i][3], 0);
		xml = subst(xml, "<ram:SubjectCode>PMT</ram:SubjectCode>",
		            "<ram:SubjectCode>PMD</ram:SubjectCode>", 0);
		fx_report *r = fr_report(xml);
		ck_assert_uint_eq(fx_report_count(r), 1);
		const fx_finding *f = fx_report_get(r, 0);
		ck_assert_str_eq(f->rule_id, "FX-FR-NOT-APPLIED");
		ck_assert_int_eq(f->severity, FX_SEVERITY_INFO);
		ck_assert_str_eq(f->bt, repeats[i][4]);
		fx_report_free(r);
		free(xml);
	}
	/* without the repetition, the rules run */
	char *xml = subst(base(), "<ram:SubjectCode>PMT</ram:SubjectCode>",
	                  "<ram:SubjectCode>PMD</ram:SubjectCode>", 0);
	fx_report *r = fr_report(xml);
	ck_assert(fx_report_has(r, FX_LAYER_FR, "BR-FR-05_BT-22_PMT"));
	ck_assert(!fx_report_has(r, FX_LAYER_FR, "FX-FR-NOT-APPLIED"));
	fx_report_free(r);
	free(xml);
}
END_TEST

/* French messages. */
START_TEST(french_messages)
{
	char *xml = subst(base(), FRAME, "<ram:ID>A1</ram:ID>", 0);
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.lang = "fr";
	fx_report *r = NULL;
	char *ids = fatal_ids(xml, FX_LAYER_BIT(FX_LAYER_FR), FX_LAYER_FR, &o, NULL, &r);
	ck_assert_str_eq(ids, "BR-FR-08_BT-23");
	const fx_finding *f = fx_report_get(r, 0);
	ck_assert_ptr_nonnull(strstr(f->message, "cadre de facturation"));
	ck_assert_str_eq(f->bt, "BT-23");
	ck_assert_str_eq(f->xpath, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext");
	ck_assert_int_gt(f->line, 0);
	fx_report_free(r);
	free(ids);
	free(xml);
}
END_TEST

/* The test suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("validate_fr");
	TCase *tc = tcase_create("fr");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, mutations_fire_their_rules, 0,
	                    (int)(sizeof mutations / sizeof *mutations));
	tcase_add_test(tc, multi_vendor_totals);
	tcase_add_test(tc, number_formats);
	tcase_add_test(tc, french_examples_pass);
	tcase_add_test(tc, auto_mode);
	tcase_add_test(tc, official_schematron_stops);
	tcase_add_test(tc, french_messages);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
