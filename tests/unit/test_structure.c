/*
 * Layer 3, the structure check, without the official files: the compiled-in
 * material reads and has the expected shape; broken material is refused
 * with its line; the project's mutations (tests/corpus/structure) give the
 * rule ids of verdicts.tsv for every schema; findings name the element,
 * where it is and what was expected, in English and French; the built-in
 * values are checked like libxml2 does; every example description written
 * as CII is valid in its profile; the XSD written from the material gives
 * the same verdicts as the structure check. (test_structure_official
 * compares all of this with the official XSDs.)
 */
#include <dirent.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlschemas.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlschemastypes.h>

#include "core/buf.h"
#include "facturx.h"
#include "test_support.h"
#include "validate/stages.h"
#include "validate/structure.h"
#include "../support/example_dirs.h"

#define CORPUS FX_SOURCE_DIR "/tests/corpus/structure"

/* Returns the type named name of the built-in model (fails when absent). */
static const fx_st_type *type_named(const char *name)
{
	const fx_st_model *m = fx_st_model_get();
	ck_assert_ptr_nonnull(m);
	for (size_t i = 0; i < m->ntypes; i++)
		if (strcmp(m->types[i].name, name) == 0)
			return &m->types[i];
	ck_abort_msg("no type %s", name);
	return NULL;
}

/* Checks doc text xml as schema s; returns the report (findings). */
static fx_report *check_text(const char *xml, int s, bool french, bool *valid)
{
	fx_report *r = fx_report_new("t.xml", french);
	ck_assert_ptr_nonnull(r);
	xmlDocPtr doc = fx_xml_parse_secure(xml, strlen(xml), NULL, r);
	ck_assert_msg(doc != NULL, "not well-formed: %s", xml);
	*valid = fx_structure_check(doc, s != FX_ST_D16B, (fx_profile)s, r);
	xmlFreeDoc(doc);
	return r;
}

/* Returns the first finding of report r (fails when none). */
static const fx_finding *first(fx_report *r)
{
	ck_assert_uint_gt(fx_report_count(r), 0);
	return fx_report_get(r, 0);
}

/* The compiled-in material reads into the expected model. */
START_TEST(material_shape)
{
	const fx_st_model *m = fx_st_model_get();
	ck_assert_ptr_nonnull(m);
	ck_assert_ptr_eq(m, fx_st_model_get());
	ck_assert_str_eq(m->root_name, "CrossIndustryInvoice");
	ck_assert_int_eq(m->root_ns, 0);
	ck_assert_str_eq(m->root_type->name, "rsm:CrossIndustryInvoiceType");
	ck_assert_uint_ge(m->ntypes, 150);
	const fx_st_type *party = type_named("ram:TradePartyType");
	ck_assert_int_eq(party->kind, FX_ST_SEQUENCE);
	ck_assert_int_eq(party->ns, 1);
	const fx_st_view *min = &party->view[FX_PROFILE_MINIMUM];
	ck_assert_uint_eq(min->nelems, 4);
	ck_assert_str_eq(min->elems[0]->name, "Name");
	ck_assert_int_eq(min->elems[0]->codes[FX_PROFILE_MINIMUM], '1');
	ck_assert_str_eq(min->elems[3]->name, "SpecifiedTaxRegistration");
	ck_assert_uint_eq(fx_st_max(min->elems[3]->codes[FX_PROFILE_MINIMUM]), 2);
	ck_assert_uint_gt(party->view[FX_ST_D16B].nelems, party->view[FX_PROFILE_EN16931].nelems);
	const fx_st_type *amount = type_named("udt:AmountType");
	ck_assert_int_eq(amount->kind, FX_ST_SIMPLE);
	ck_assert_int_eq(amount->simple.builtin, FX_XS_DECIMAL);
	const fx_st_type *date = type_named("udt:DateTimeType");
	ck_assert_int_eq(date->kind, FX_ST_CHOICE);
	ck_assert_uint_eq(date->view[FX_PROFILE_BASIC].nelems, 1);
	ck_assert_uint_eq(date->view[FX_ST_D16B].nelems, 2);
	const fx_st_type *currency = type_named("qdt:CurrencyCodeType");
	ck_assert_uint_eq(currency->view[FX_PROFILE_EXTENDED].nattrs, 0);
	ck_assert_str_eq(currency->view[FX_ST_D16B].attrs[0]->fixed, "ISO 4217 3A");
	ck_assert_str_eq(fx_st_schema_name(FX_ST_D16B), "CII D16B");
	ck_assert_int_eq(fx_st_schema(false, FX_PROFILE_BASIC), FX_ST_D16B);
	ck_assert_int_eq(fx_st_schema(true, FX_PROFILE_BASIC_WL), 1);
}
END_TEST

/* Broken material is refused with the line of the problem. */
START_TEST(material_errors)
{
	static const struct {
		const char *text;
		const char *error;
	} cases[] = {
	    {"root rsm:R rsm:T\ntype rsm:T sequence\n\tA xs:token 111111\n", NULL},
	    {"root rsm:R rsm:T\ntype rsm:T sequence\n\tA xs:token 11111\n", "line 3: bad codes"},
	    {"root rsm:R rsm:T\ntype rsm:T sequence\n\tA xs:token 11111x\n", "line 3: bad codes"},
	    {"root rsm:R rsm:T\ntype rsm:T bag\n", "line 2: unknown type kind"},
	    {"root rsm:R rsm:T\ntype rsm:T sequence\n\tA ram:U 111111\n", "unknown element type"},
	    {"root rsm:R rsm:X\ntype rsm:T sequence\n", "unknown root type"},
	    {"type rsm:T sequence\n", "missing or unknown root type"},
	    {"root rsm:R rsm:T\ntype rsm:U sequence\ntype rsm:T sequence\n",
	     "line 3: types not sorted"},
	    {"root rsm:R rsm:T\ntype rsm:T simple xs:float\n", "line 2: bad simple type base"},
	    {"root rsm:R rsm:T\ntype rsm:T simple xs:token\n\t@a ram:U ??????\n",
	     "line 3: attribute of a type"},
	    {"root rsm:R rsm:T\ntype rsm:T simple xs:token\n\tA xs:token 111111\n",
	     "line 3: element in a simple type"},
	    {"root rsm:R rsm:T\nbogus\n", "line 2: unknown line"},
	    {"root rsm:R rsm:T\n\tA xs:token 111111\n", "line 2: element before any type"},
	    {"root rsm:R rsm:T\ntype rsm:T simple xs:decimal[1,3]\n", "bad simple type base"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fx_st_model *m = NULL;
		char err[256];
		int rc =
		    fx_st_model_parse(cases[i].text, strlen(cases[i].text), &m, err, sizeof err);
		if (!cases[i].error) {
			ck_assert_int_eq(rc, FX_OK);
			ck_assert_uint_eq(m->ntypes, 1);
			fx_st_model_free(m);
			continue;
		}
		ck_assert_msg(rc == FX_EINVAL, "case %zu accepted", i);
		ck_assert_ptr_null(m);
		ck_assert_msg(strstr(err, cases[i].error) != NULL, "case %zu: '%s'", i, err);
	}
}
END_TEST

/* Returns the sorted distinct rule ids of r, comma-separated ("valid"
 * when valid). */
static void rule_ids(fx_report *r, bool valid, char *out, size_t cap)
{
	if (valid) {
		snprintf(out, cap, "valid");
		return;
	}
	const char *ids[64];
	size_t n = 0;
	for (size_t i = 0; i < fx_report_count(r) && n < 64; i++) {
		const char *id = fx_report_get(r, i)->rule_id;
		size_t at = 0;
		while (at < n && strcmp(ids[at], id) < 0)
			at++;
		if (at < n && strcmp(ids[at], id) == 0)
			continue;
		memmove(&ids[at + 1], &ids[at], (n - at) * sizeof ids[0]);
		ids[at] = id;
		n++;
	}
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(out);
		snprintf(out + len, cap - len, "%s%s", i ? "," : "", ids[i]);
	}
}

/* The mutations give the rule ids of verdicts.tsv, for every schema. */
START_TEST(corpus_rule_ids)
{
	char *tsv = fx_test_read(CORPUS "/verdicts.tsv", NULL);
	int files = 0, invalid = 0;
	char *save = NULL;
	for (char *line = strtok_r(tsv, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || strncmp(line, "file\t", 5) == 0)
			continue;
		char *cols[8];
		int n = 0;
		for (char *p = line; n < 8; n++) {
			cols[n] = p;
			p = strchr(p, '\t');
			if (!p) {
				n++;
				break;
			}
			*p++ = '\0';
		}
		ck_assert_msg(n == 8, "verdicts.tsv: bad line for %s", cols[0]);
		char *path = fx_test_path(CORPUS, cols[0]);
		size_t len = 0;
		char *xml = fx_test_read(path, &len);
		for (int s = 0; s < FX_ST_SCHEMAS; s++) {
			fx_report *r = fx_report_new(cols[0], false);
			xmlDocPtr doc = fx_xml_parse_secure(xml, len, NULL, r);
			ck_assert_msg(doc != NULL, "%s is not well-formed", cols[0]);
			bool valid = fx_structure_check(doc, s != FX_ST_D16B, (fx_profile)s, r);
			char got[512];
			rule_ids(r, valid, got, sizeof got);
			ck_assert_msg(strcmp(got, cols[2 + s]) == 0, "%s as %s: %s, expected %s",
			              cols[0], fx_st_schema_name(s), got, cols[2 + s]);
			invalid += !valid;
			xmlFreeDoc(doc);
			fx_report_free(r);
		}
		free(xml);
		free(path);
		files++;
	}
	free(tsv);
	printf("%d mutations x 6 schemas checked, %d invalid verdicts\n", files, invalid);
	ck_assert_int_ge(files, 50);
}
END_TEST

#define DOC_START                                                                                  \
	"<?xml version=\"1.0\"?>\n"                                                                \
	"<rsm:CrossIndustryInvoice "                                                               \
	"xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "              \
	"xmlns:ram=\"urn:un:unece:uncefact:data:standard:"                                         \
	"ReusableAggregateBusinessInformationEntity:100\" "                                        \
	"xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n"             \
	"<rsm:ExchangedDocumentContext>\n"                                                         \
	"<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:factur-x.eu:1p0:minimum"      \
	"</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>\n"                             \
	"</rsm:ExchangedDocumentContext>\n"                                                        \
	"<rsm:ExchangedDocument><ram:ID>1</ram:ID><ram:TypeCode>380</ram:TypeCode>\n"              \
	"<ram:IssueDateTime><udt:DateTimeString format=\"102\">20260101</udt:DateTimeString>"      \
	"</ram:IssueDateTime></rsm:ExchangedDocument>\n"                                           \
	"<rsm:SupplyChainTradeTransaction>\n"                                                      \
	"<ram:ApplicableHeaderTradeAgreement>\n"
#define PARTIES                                                                                    \
	"<ram:SellerTradeParty><ram:Name>S</ram:Name></ram:SellerTradeParty>\n"                    \
	"<ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty>\n"
#define DOC_END                                                                                    \
	"</ram:ApplicableHeaderTradeAgreement>\n"                                                  \
	"<ram:ApplicableHeaderTradeDelivery/>\n"                                                   \
	"<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR"                        \
	"</ram:InvoiceCurrencyCode>\n"                                                             \
	"<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"                                    \
	"<ram:TaxBasisTotalAmount>1</ram:TaxBasisTotalAmount>"                                     \
	"<ram:GrandTotalAmount>1</ram:GrandTotalAmount>"                                           \
	"<ram:DuePayableAmount>1</ram:DuePayableAmount>"                                           \
	"</ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n"                                 \
	"</ram:ApplicableHeaderTradeSettlement>\n"                                                 \
	"</rsm:SupplyChainTradeTransaction>\n"                                                     \
	"</rsm:CrossIndustryInvoice>\n"

/* Asserts the first finding of xml checked as schema s. */
static void expect_first(const char *xml, int s, const char *id, long line, const char *xpath,
                         const char *en, const char *fr)
{
	bool valid;
	fx_report *r = check_text(xml, s, false, &valid);
	ck_assert(!valid);
	const fx_finding *f = first(r);
	ck_assert_str_eq(f->rule_id, id);
	ck_assert_int_eq(f->layer, FX_LAYER_STRUCTURE);
	ck_assert_int_eq(f->severity, FX_SEVERITY_FATAL);
	ck_assert_int_eq(f->line, line);
	ck_assert_str_eq(f->xpath, xpath);
	ck_assert_str_eq(f->message, en);
	fx_report_free(r);
	r = check_text(xml, s, true, &valid);
	ck_assert_str_eq(first(r)->message, fr);
	fx_report_free(r);
}

#define AGREEMENT                                                                                  \
	"/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"                               \
	"ram:ApplicableHeaderTradeAgreement"

/* Findings name the element, its place and what was expected. */
START_TEST(messages)
{
	bool valid;
	fx_report *r = check_text(DOC_START PARTIES DOC_END, FX_PROFILE_MINIMUM, false, &valid);
	ck_assert_msg(valid, "the sample is not valid MINIMUM");
	ck_assert_uint_eq(fx_report_count(r), 0);
	fx_report_free(r);
	expect_first(
	    DOC_START
	    "<ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty>\n"
	    "<ram:SellerTradeParty><ram:Name>S</ram:Name></ram:SellerTradeParty>\n" DOC_END,
	    FX_PROFILE_MINIMUM, "XSD-ORDER", 11, AGREEMENT "/ram:SellerTradeParty",
	    "ram:SellerTradeParty is out of order: it must come before ram:BuyerTradeParty",
	    "ram:SellerTradeParty n'est pas à sa place : il doit précéder "
	    "ram:BuyerTradeParty");
	expect_first(DOC_START
	             "<ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty>\n" DOC_END,
	             FX_PROFILE_BASIC_WL, "XSD-MISSING", 10, AGREEMENT "/ram:BuyerTradeParty",
	             "ram:SellerTradeParty is missing in ram:ApplicableHeaderTradeAgreement "
	             "(expected before ram:BuyerTradeParty)",
	             "ram:SellerTradeParty est absent de ram:ApplicableHeaderTradeAgreement "
	             "(attendu avant ram:BuyerTradeParty)");
	expect_first(DOC_START
	             "<ram:SellerTradeParty><ram:Name>S</ram:Name>"
	             "<ram:DefinedTradeContact/></ram:SellerTradeParty>\n"
	             "<ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty>\n" DOC_END,
	             FX_PROFILE_BASIC_WL, "XSD-PROFILE", 10,
	             AGREEMENT "/ram:SellerTradeParty/ram:DefinedTradeContact",
	             "ram:DefinedTradeContact is not allowed in ram:SellerTradeParty in profile "
	             "BASIC WL (allowed in EN 16931, EXTENDED, CII D16B)",
	             "ram:DefinedTradeContact n'est pas admis dans ram:SellerTradeParty en profil "
	             "BASIC WL (admis en EN 16931, EXTENDED, CII D16B)");
	expect_first(
	    DOC_START
	    "<ram:SellerTradeParty><ram:Name>S</ram:Name></ram:SellerTradeParty>\n" PARTIES DOC_END,
	    FX_ST_D16B, "XSD-COUNT", 11, AGREEMENT "/ram:SellerTradeParty[2]",
	    "ram:SellerTradeParty appears more than 1 time",
	    "ram:SellerTradeParty apparaît plus de 1 fois");
	expect_first(DOC_START "<ram:Seller/>" PARTIES DOC_END, FX_PROFILE_MINIMUM, "XSD-ELEMENT",
	             10, AGREEMENT "/ram:Seller",
	             "ram:Seller is not allowed in ram:ApplicableHeaderTradeAgreement",
	             "ram:Seller n'est pas admis dans ram:ApplicableHeaderTradeAgreement");
	expect_first(
	    DOC_START "<rsm:SellerTradeParty/>" PARTIES DOC_END, FX_PROFILE_MINIMUM,
	    "XSD-NAMESPACE", 10, AGREEMENT "/rsm:SellerTradeParty",
	    "rsm:SellerTradeParty is in the wrong namespace: ram:SellerTradeParty expected "
	    "(urn:un:unece:uncefact:data:standard:"
	    "ReusableAggregateBusinessInformationEntity:100)",
	    "rsm:SellerTradeParty n'est pas dans le bon espace de noms : "
	    "ram:SellerTradeParty attendu (urn:un:unece:uncefact:data:standard:"
	    "ReusableAggregateBusinessInformationEntity:100)");
	expect_first(DOC_START PARTIES "<ram:BuyerOrderReferencedDocument>x"
	                               "</ram:BuyerOrderReferencedDocument>" DOC_END,
	             FX_PROFILE_MINIMUM, "XSD-CONTENT", 12,
	             AGREEMENT "/ram:BuyerOrderReferencedDocument",
	             "ram:BuyerOrderReferencedDocument contains text ('x'), only elements are "
	             "allowed",
	             "ram:BuyerOrderReferencedDocument contient du texte ('x'), seuls des éléments "
	             "sont admis");
	const char *bad_amount = strstr(DOC_END, "<ram:GrandTotalAmount>1<");
	ck_assert_ptr_nonnull(bad_amount);
	char xml[4096];
	snprintf(xml, sizeof xml, "%s%s%.*s<ram:GrandTotalAmount>1,5%s", DOC_START, PARTIES,
	         (int)(bad_amount - DOC_END), DOC_END, bad_amount + 23);
	expect_first(xml, FX_PROFILE_MINIMUM, "XSD-VALUE", 15,
	             "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"
	             "ram:ApplicableHeaderTradeSettlement/"
	             "ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount",
	             "ram:GrandTotalAmount: '1,5' is not a valid xs:decimal",
	             "ram:GrandTotalAmount : '1,5' n'est pas un xs:decimal valide");
	expect_first(
	    DOC_START "<ram:SellerTradeParty lang=\"fr\"><ram:Name>S</ram:Name>"
	              "</ram:SellerTradeParty>"
	              "<ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty>\n" DOC_END,
	    FX_PROFILE_MINIMUM, "XSD-ATTRIBUTE", 10, AGREEMENT "/ram:SellerTradeParty/@lang",
	    "ram:SellerTradeParty: attribute lang is not allowed",
	    "ram:SellerTradeParty : l'attribut lang n'est pas admis");
	expect_first("<rsm:Invoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:"
	             "CrossIndustryInvoice:100\"/>",
	             FX_PROFILE_MINIMUM, "XSD-ROOT", 1, "/rsm:Invoice",
	             "the document element is rsm:Invoice, rsm:CrossIndustryInvoice expected",
	             "l'élément racine est rsm:Invoice, rsm:CrossIndustryInvoice attendu");
}
END_TEST

/* Values quoted in messages are shortened without overflow and without
 * cutting a UTF-8 sequence, whatever their length and spacing. */
START_TEST(long_values_in_messages)
{
	static const char *const pieces[] = {"x ", "\xC3\xA9", "\xE2\x82\xAC ", " \t\n", "ab"};
	for (size_t k = 0; k < sizeof pieces / sizeof pieces[0]; k++) {
		for (int reps = 1; reps < 120; reps++) {
			fx_buf b = {0};
			fx_buf_puts(&b, DOC_START PARTIES
			            "</ram:ApplicableHeaderTradeAgreement>\n"
			            "<ram:ApplicableHeaderTradeDelivery/>\n"
			            "<ram:ApplicableHeaderTradeSettlement>"
			            "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
			            "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
			            "<ram:TaxBasisTotalAmount>z");
			for (int i = 0; i < reps; i++)
				fx_buf_puts(&b, pieces[k]);
			fx_buf_puts(&b, strstr(DOC_END, "</ram:TaxBasisTotalAmount>"));
			bool valid;
			fx_report *r = check_text(b.data, FX_PROFILE_MINIMUM, false, &valid);
			ck_assert(!valid);
			const char *msg = first(r)->message;
			ck_assert_msg(xmlCheckUTF8((const unsigned char *)msg), "not UTF-8: %s",
			              msg);
			ck_assert_uint_lt(strlen(msg), 200);
			fx_report_free(r);
			fx_buf_free(&b);
		}
	}
}
END_TEST

/* At most 100 findings are listed, then one says how many more. */
START_TEST(many_findings)
{
	fx_buf b = {0};
	fx_buf_puts(&b, DOC_START PARTIES);
	for (int i = 0; i < 150; i++)
		fx_buf_puts(&b,
		            "<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>1</ram:Issuer"
		            "AssignedID><ram:X/></ram:BuyerOrderReferencedDocument>\n");
	fx_buf_puts(&b, DOC_END);
	bool valid;
	fx_report *r = check_text(b.data, FX_ST_D16B, false, &valid);
	ck_assert(!valid);
	ck_assert_uint_eq(fx_report_count(r), 101);
	const fx_finding *last = fx_report_get(r, 100);
	ck_assert_str_eq(last->rule_id, "XSD-MORE");
	ck_assert_int_eq(last->severity, FX_SEVERITY_INFO);
	ck_assert_msg(strstr(last->message, "further structure errors") != NULL, "%s",
	              last->message);
	fx_report_free(r);
	fx_buf_free(&b);
}
END_TEST

/* Built-in values are checked as libxml2's XSD engine does. */
START_TEST(values)
{
	fx_st_simple dec = {FX_XS_DECIMAL, -1, -1};
	const char *good[] = {"1", "-1.50", "+0.5", ".5", "5.", " 12 ", "\n12.0\t", "007"};
	const char *bad[] = {"", " ", "1,5", "1e3", "1 2", "--1", ".", "NaN", "0x10"};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		ck_assert_msg(fx_st_value_valid(&dec, good[i]), "'%s' refused", good[i]);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(!fx_st_value_valid(&dec, bad[i]), "'%s' accepted", bad[i]);
	fx_st_simple unit = {FX_XS_TOKEN, 1, 3};
	ck_assert(fx_st_value_valid(&unit, "KGM"));
	ck_assert(fx_st_value_valid(&unit, "  KG  "));
	ck_assert(fx_st_value_valid(&unit, "\xC3\xA9t\xC3\xA9"));
	ck_assert(!fx_st_value_valid(&unit, "KGMX"));
	ck_assert(!fx_st_value_valid(&unit, "  "));
	ck_assert(!fx_st_value_valid(&unit, "A  B C"));
	fx_st_simple token = {FX_XS_TOKEN, -1, -1};
	ck_assert(fx_st_value_valid(&token, ""));
	fx_st_simple date = {FX_XS_DATE, -1, -1};
	ck_assert(fx_st_value_valid(&date, "2026-02-28"));
	ck_assert(!fx_st_value_valid(&date, "20260228"));
	ck_assert(!fx_st_value_valid(&date, "2026-02-30"));
	fx_st_simple boolean = {FX_XS_BOOLEAN, -1, -1};
	ck_assert(fx_st_value_valid(&boolean, "true"));
	ck_assert(fx_st_value_valid(&boolean, "0"));
	ck_assert(!fx_st_value_valid(&boolean, "yes"));
	fx_st_simple b64 = {FX_XS_BASE64, -1, -1};
	ck_assert(fx_st_value_valid(&b64, "QUJD"));
	ck_assert(fx_st_value_valid(&b64, ""));
	ck_assert(!fx_st_value_valid(&b64, "@@@="));
	fx_st_simple string = {FX_XS_STRING, -1, -1};
	ck_assert(fx_st_value_valid(&string, ""));
}
END_TEST

/* Ignores the messages of libxml2's XSD engine. */
static void quiet(void *data, xmlErrorPtr err)
{
	(void)data;
	(void)err;
}

/* Returns the next number of a fixed pseudo-random sequence. */
static unsigned next_random(unsigned *state)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 16) & 0x7fff;
}

/* Decimals and base64 (checked without libxml2) are accepted exactly when
 * libxml2's own check accepts them: fixed cases, then random strings. */
START_TEST(values_like_libxml2)
{
	static const char *const decimals[] = {"0",
	                                       "00.",
	                                       ".",
	                                       "-.5",
	                                       "+.5",
	                                       "-",
	                                       "+",
	                                       " ",
	                                       "1 ",
	                                       " 1",
	                                       "1.2.3",
	                                       "1..2",
	                                       "123456789012345678901234",
	                                       "1234567890123456789012345",
	                                       "123456789012345678901234.0",
	                                       "12345678901234567890123.4",
	                                       "0000000000000000000000000000001.5",
	                                       "0.000000000000000000000001",
	                                       "0.0000000000000000000000001",
	                                       "1.00000000000000000000000",
	                                       "1.000000000000000000000000",
	                                       "\t-0\n",
	                                       "1e5",
	                                       "Infinity",
	                                       "１"};
	static const char *const base64s[] = {
	    "",      "A",      "AA",   "AAA",  "AAAA",  "AA==",     "AQ==",  "AB==",
	    "AAA=",  "AAE=",   "AAB=", "A===", "AAAA=", "AAAA====", "QU JD", "QU@JD",
	    "Q=UJD", "QUJD\n", "=",    "==",   "QQ=",   "QQ"};
	xmlSchemaTypePtr dec_type = xmlSchemaGetBuiltInType(XML_SCHEMAS_DECIMAL);
	xmlSchemaTypePtr b64_type = xmlSchemaGetBuiltInType(XML_SCHEMAS_BASE64BINARY);
	fx_st_simple dec = {FX_XS_DECIMAL, -1, -1}, b64 = {FX_XS_BASE64, -1, -1};
	for (size_t i = 0; i < sizeof decimals / sizeof decimals[0]; i++)
		ck_assert_msg(fx_st_value_valid(&dec, decimals[i]) ==
		                  (xmlSchemaValidatePredefinedType(dec_type, BAD_CAST decimals[i],
		                                                   NULL) == 0),
		              "decimal '%s'", decimals[i]);
	for (size_t i = 0; i < sizeof base64s / sizeof base64s[0]; i++)
		ck_assert_msg(
		    fx_st_value_valid(&b64, base64s[i]) ==
		        (xmlSchemaValidatePredefinedType(b64_type, BAD_CAST base64s[i], NULL) == 0),
		    "base64 '%s'", base64s[i]);
	static const char dec_chars[] = "0123456789.-+ \t\ne";
	static const char b64_chars[] = "AQgw+/=9 @\n";
	unsigned state = 42;
	int accepted[2] = {0, 0};
	for (int round = 0; round < 200000; round++) {
		bool is_dec = round % 2 == 0;
		const char *chars = is_dec ? dec_chars : b64_chars;
		size_t nchars = strlen(chars), len = next_random(&state) % (is_dec ? 30 : 12);
		char s[40];
		for (size_t k = 0; k < len; k++)
			s[k] = chars[next_random(&state) % nchars];
		s[len] = '\0';
		bool ours = fx_st_value_valid(is_dec ? &dec : &b64, s);
		bool theirs = xmlSchemaValidatePredefinedType(is_dec ? dec_type : b64_type,
		                                              BAD_CAST s, NULL) == 0;
		ck_assert_msg(ours == theirs, "%s '%s': ours %d, libxml2 %d",
		              is_dec ? "decimal" : "base64", s, ours, theirs);
		accepted[is_dec] += ours;
	}
	ck_assert_int_gt(accepted[0], 1000);
	ck_assert_int_gt(accepted[1], 1000);
}
END_TEST

/* Collects the example descriptions under dir, written as CII. */
static void write_examples(const char *dir, char **xml, fx_profile *profile, int *n, int cap)
{
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	struct dirent *e;
	while ((e = readdir(d)) != NULL && *n < cap) {
		if (e->d_name[0] == '.')
			continue;
		char path[PATH_MAX];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		size_t len = strlen(e->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (fx_test_invoice_example_dir(e->d_name))
				write_examples(path, xml, profile, n, cap);
			continue;
		}
		if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
			continue;
		fx_invoice *inv = NULL;
		ck_assert_int_eq(fx_json_read_file(path, &inv), FX_OK);
		fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
		copts.rules_only = strstr(path, "/examples/cen/") != NULL;
		ck_assert_int_eq(fx_invoice_compute(inv, &copts), FX_OK);
		fx_cii_options opts = FX_CII_OPTIONS_INIT;
		opts.profile = inv->has_profile ? inv->profile : FX_PROFILE_EN16931;
		ck_assert_int_eq(fx_cii_write_memory(inv, &opts, &xml[*n], NULL), FX_OK);
		profile[(*n)++] = opts.profile;
		fx_invoice_free(inv);
	}
	closedir(d);
}

/* Every example is valid in its profile, and the XSD written from the
 * material agrees with the structure check on them and on the mutations. */
START_TEST(examples_and_written_xsd)
{
	char *xml[128];
	fx_profile profile[128];
	int n = 0;
	write_examples(FX_SOURCE_DIR "/examples", xml, profile, &n, 128);
	ck_assert_int_ge(n, 20);
	char tmpl[] = "/tmp/fx-structure-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	const fx_st_model *m = fx_st_model_get();
	int compared = 0;
	for (int s = 0; s < FX_ST_SCHEMAS; s++) {
		for (int ns = 0; ns < FX_ST_NS_COUNT; ns++) {
			fx_buf b = {0};
			ck_assert_int_eq(fx_st_write_xsd(m, s, ns, &b), FX_OK);
			char path[128];
			snprintf(path, sizeof path, "%s/%s.xsd", tmpl, fx_st_ns_prefix[ns]);
			FILE *f = fopen(path, "w");
			ck_assert_ptr_nonnull(f);
			fwrite(b.data, 1, b.len, f);
			fclose(f);
			fx_buf_free(&b);
		}
		char main_xsd[128];
		snprintf(main_xsd, sizeof main_xsd, "%s/rsm.xsd", tmpl);
		xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(main_xsd);
		xmlSchemaPtr schema = xmlSchemaParse(pctx);
		xmlSchemaFreeParserCtxt(pctx);
		ck_assert_msg(schema != NULL, "written XSD of %s does not parse",
		              fx_st_schema_name(s));
		for (int i = 0; i < n; i++) {
			fx_report *r = fx_report_new(NULL, false);
			xmlDocPtr doc = fx_xml_parse_secure(xml[i], strlen(xml[i]), NULL, r);
			ck_assert_ptr_nonnull(doc);
			bool ours = fx_structure_check(doc, s != FX_ST_D16B, (fx_profile)s, r);
			if (s == (int)profile[i])
				ck_assert_msg(ours, "example %d not valid in its profile %s", i,
				              fx_st_schema_name(s));
			xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema);
			xmlSchemaSetValidStructuredErrors(v, quiet, NULL);
			bool theirs = xmlSchemaValidateDoc(v, doc) == 0;
			xmlSchemaFreeValidCtxt(v);
			ck_assert_msg(ours == theirs, "example %d as %s: check %d, written XSD %d",
			              i, fx_st_schema_name(s), ours, theirs);
			compared++;
			xmlFreeDoc(doc);
			fx_report_free(r);
		}
		xmlSchemaFree(schema);
		for (int ns = 0; ns < FX_ST_NS_COUNT; ns++) {
			char path[128];
			snprintf(path, sizeof path, "%s/%s.xsd", tmpl, fx_st_ns_prefix[ns]);
			unlink(path);
		}
	}
	rmdir(tmpl);
	for (int i = 0; i < n; i++)
		free(xml[i]);
	printf("%d example x schema verdicts agree with the written XSD\n", compared);
}
END_TEST

/* Runs the structure tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	Suite *s = suite_create("structure");
	TCase *tc = tcase_create("check");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, material_shape);
	tcase_add_test(tc, material_errors);
	tcase_add_test(tc, corpus_rule_ids);
	tcase_add_test(tc, messages);
	tcase_add_test(tc, long_values_in_messages);
	tcase_add_test(tc, many_findings);
	tcase_add_test(tc, values);
	tcase_add_test(tc, values_like_libxml2);
	tcase_add_test(tc, examples_and_written_xsd);
	suite_add_tcase(s, tc);
	return fx_test_run(s);
}
