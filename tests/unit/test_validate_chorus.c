/*
 * Layer 7 of the validator (src/validate/rules_chorus.c): the Chorus Pro
 * rules, each firing and not firing on the project's public-sector invoice
 * (examples/fr/b2g-chorus-pro.json, written as CII); the structure
 * parameters (service code, engagement number); the SIRET check (Luhn key,
 * La Poste); when the layer runs in auto mode.
 */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "facturx/validate.h"
#include "test_support.h"
#include "validate/functions_fr.h"
#include "validate/stages.h"

#define EXAMPLE FX_SOURCE_DIR "/examples/fr/b2g-chorus-pro.json"

/* A seller SIRET whose key is wrong and the example's valid one. */
#define BAD_SIRET "51234567800024"
#define GOOD_SIRET "51234567800027"

/* Replaces the first (or every) occurrence of from in xml (freed) by to. */
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

/* The CII XML of the example (malloc'ed). */
static char *base(void)
{
	fx_invoice *inv = NULL;
	ck_assert_msg(fx_json_read_file(EXAMPLE, &inv) == FX_OK, "%s", fx_error_last()->message);
	ck_assert_int_eq(fx_invoice_compute(inv, NULL), FX_OK);
	char *xml = NULL;
	size_t len = 0;
	ck_assert_int_eq(fx_cii_write_memory(inv, NULL, &xml, &len), FX_OK);
	fx_invoice_free(inv);
	ck_assert_ptr_nonnull(strstr(xml, GOOD_SIRET));
	return xml;
}

/* Runs layer 7 alone (Chorus rules on) on xml with the structure
 * parameters service / engagement; returns the sorted distinct ids of
 * findings of severity sev (malloc'ed, "-" for none). */
static char *chorus_ids(const char *xml, int service, int engagement, fx_severity sev)
{
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.layers = FX_LAYER_BIT(FX_LAYER_CHORUS);
	o.chorus = FX_SWITCH_ON;
	o.chorus_service_required = service;
	o.chorus_engagement_required = engagement;
	fx_report *r = NULL;
	ck_assert_msg(fx_validate_memory(xml, strlen(xml), "t.xml", &o, &r) == FX_OK, "%s",
	              fx_error_last()->message);
	char *out = calloc(1, 4096);
	ck_assert_ptr_nonnull(out);
	for (int id = 1; id <= 20; id++) {
		char want[16];
		snprintf(want, sizeof want, "CHORUS-%02d", id);
		for (size_t i = 0; i < fx_report_count(r); i++) {
			const fx_finding *f = fx_report_get(r, i);
			if (f->layer == FX_LAYER_CHORUS && f->severity == sev &&
			    !strcmp(f->rule_id, want)) {
				snprintf(out + strlen(out), 4096 - strlen(out), "%s%s",
				         *out ? "," : "", want);
				break;
			}
		}
	}
	if (!*out)
		strcpy(out, "-");
	fx_report_free(r);
	return out;
}

/* One mutation, the structure parameters, and the fatal ids expected. */
typedef struct mutation {
	const char *name;
	const char *from[2], *to[2];
	int service, engagement;
	const char *ids;
} mutation;

#define NUMBER "<ram:ID>F2026-0142</ram:ID>"
#define FRAME "<ram:ID>A1</ram:ID>"
#define SERVICE "<ram:BuyerReference>SERV-TECH-01</ram:BuyerReference>"
#define ENGAGEMENT "<ram:IssuerAssignedID>EJ-1100452218</ram:IssuerAssignedID>"
#define BUYER_SIRET "<ram:ID schemeID=\"0009\">21690266800013</ram:ID>"
#define MEANS "<ram:TypeCode>30</ram:TypeCode>"
#define ORDER_END "</ram:BuyerOrderReferencedDocument>"
#define ATTACHMENT(file)                                                                           \
	"<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>PJ-1</ram:IssuerAssignedID>"      \
	"<ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject "                             \
	"mimeCode=\"application/pdf\" "                                                            \
	"filename=\"" file                                                                         \
	"\">JVBERi0=</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument>"

static const mutation mutations[] = {
    {"base", {NULL}, {NULL}, -1, -1, "-"},
    {"number of 20 characters", {NUMBER}, {"<ram:ID>F2026-0142-012345678</ram:ID>"}, -1, -1, "-"},
    {"number of 21 characters",
     {NUMBER},
     {"<ram:ID>F2026-0142-01234567890</ram:ID>"},
     -1,
     -1,
     "CHORUS-01"},
    {"service code of 101 characters",
     {SERVICE},
     {"<ram:BuyerReference>"
      "S0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567"
      "890123456789</ram:BuyerReference>"},
     -1,
     -1,
     "CHORUS-02"},
    {"engagement of 51 characters",
     {ENGAGEMENT},
     {"<ram:IssuerAssignedID>EJ-012345678901234567890123456789012345678901234567</"
      "ram:IssuerAssignedID>"},
     -1,
     -1,
     "CHORUS-03"},
    {"type code 261",
     {"<ram:TypeCode>380</ram:TypeCode>"},
     {"<ram:TypeCode>261</ram:TypeCode>"},
     -1,
     -1,
     "CHORUS-04"},
    {"type code 751",
     {"<ram:TypeCode>380</ram:TypeCode>"},
     {"<ram:TypeCode>751</ram:TypeCode>"},
     -1,
     -1,
     "CHORUS-04"},
    {"SEPA credit transfer code 58",
     {MEANS},
     {"<ram:TypeCode>58</ram:TypeCode>"},
     -1,
     -1,
     "CHORUS-05"},
    {"SEPA direct debit code 59",
     {MEANS},
     {"<ram:TypeCode>59</ram:TypeCode>"},
     -1,
     -1,
     "CHORUS-05"},
    {"works cadre A4", {FRAME}, {"<ram:ID>A4</ram:ID>"}, -1, -1, "-"},
    {"reform frame S1", {FRAME}, {"<ram:ID>S1</ram:ID>"}, -1, -1, "-"},
    {"cadre A26", {FRAME}, {"<ram:ID>A26</ram:ID>"}, -1, -1, "CHORUS-06"},
    {"buyer SIREN only",
     {BUYER_SIRET},
     {"<ram:ID schemeID=\"0002\">216902668</ram:ID>"},
     -1,
     -1,
     "CHORUS-07"},
    {"buyer SIRET as global id",
     {BUYER_SIRET, "<ram:Name>Commune de Villeurbanne</ram:Name>"},
     {"<ram:ID schemeID=\"0002\">216902668</ram:ID>",
      "<ram:GlobalID schemeID=\"0009\">21690266800013</ram:GlobalID>"
      "<ram:Name>Commune de Villeurbanne</ram:Name>"},
     -1,
     -1,
     "-"},
    {"buyer SIRET with a wrong key",
     {BUYER_SIRET},
     {"<ram:ID schemeID=\"0009\">21690266800014</ram:ID>"},
     -1,
     -1,
     "CHORUS-08"},
    {"seller SIRET with a wrong key", {GOOD_SIRET}, {BAD_SIRET}, -1, -1, "CHORUS-08"},
    {"buyer SIRET of 13 digits in scheme 0002",
     {BUYER_SIRET},
     {"<ram:ID schemeID=\"0002\">2169026680001</ram:ID>"},
     -1,
     -1,
     "CHORUS-07,CHORUS-08"},
    {"service code required and given", {NULL}, {NULL}, 1, 1, "-"},
    {"service code required, absent", {SERVICE}, {""}, 1, -1, "CHORUS-09"},
    {"service code not required, absent", {SERVICE}, {""}, 0, -1, "-"},
    {"engagement required, absent", {ENGAGEMENT}, {""}, -1, 1, "CHORUS-10"},
    {"engagement unknown, absent", {ENGAGEMENT}, {""}, -1, -1, "-"},
    {"attachment releve.pdf", {ORDER_END}, {ORDER_END ATTACHMENT("releve.pdf")}, -1, -1, "-"},
    {"attachment with an executable",
     {ORDER_END},
     {ORDER_END ATTACHMENT("releve.exe")},
     -1,
     -1,
     "CHORUS-11"},
    {"attachment without extension",
     {ORDER_END},
     {ORDER_END ATTACHMENT("releve")},
     -1,
     -1,
     "CHORUS-11"},
    {"attachment name of 51 characters",
     {ORDER_END},
     {ORDER_END ATTACHMENT("releve-0123456789-0123456789-0123456789-0123456.PDF")},
     -1,
     -1,
     "CHORUS-11"},
};

/* Each mutation of the public-sector invoice gives exactly its ids. */
START_TEST(mutations_fire_their_rules)
{
	const mutation *m = &mutations[_i];
	char *xml = base();
	for (size_t k = 0; k < 2 && m->from[k]; k++)
		xml = subst(xml, m->from[k], m->to[k], 0);
	char *ids = chorus_ids(xml, m->service, m->engagement, FX_SEVERITY_FATAL);
	ck_assert_msg(!strcmp(ids, m->ids), "%s: got %s, want %s", m->name, ids, m->ids);
	free(ids);
	free(xml);
}
END_TEST

/* The warnings: BIC format, second currency. */
START_TEST(warnings)
{
	char *xml = base();
	char *ids = chorus_ids(xml, -1, -1, FX_SEVERITY_WARNING);
	ck_assert_str_eq(ids, "-");
	free(ids);
	xml = subst(xml, "BDFEFRPPCCT", "bdfe fr pp", 0);
	xml = subst(xml, "</ram:InvoiceCurrencyCode>",
	            "</ram:InvoiceCurrencyCode><ram:TaxCurrencyCode>USD</ram:TaxCurrencyCode>", 0);
	ids = chorus_ids(xml, -1, -1, FX_SEVERITY_WARNING);
	ck_assert_str_eq(ids, "CHORUS-12,CHORUS-13");
	free(ids);
	free(xml);
}
END_TEST

/* SIRET keys: Luhn, La Poste, lengths, characters. */
START_TEST(siret_check)
{
	static const struct {
		const char *siret;
		bool valid;
	} cases[] = {
	    {"21690266800013", true},
	    {"51234567800027", true},
	    {"51234567800024", false},
	    {"35600000000048", true}, /* La Poste, valid Luhn key */
	    {"35600000049837", true}, /* La Poste: digit sum 45, not a Luhn key */
	    {"35600000049838", false},
	    {"2169026680001", false},
	    {"216902668000130", false},
	    {"2169026680001A", false},
	    {"", false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		ck_assert_msg(fx_siret_valid(cases[i].siret) == cases[i].valid, "%s",
		              cases[i].siret);
	ck_assert(!fx_siret_valid(NULL));
}
END_TEST

/* Layer 7 under auto: only with a Chorus Pro cadre in BT-23. */
START_TEST(auto_mode)
{
	char *xml = base();
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
	ck_assert(fx_chorus_applies(doc));
	xmlFreeDoc(doc);
	xml = subst(xml, FRAME, "<ram:ID>S1</ram:ID>", 0);
	doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
	ck_assert(!fx_chorus_applies(doc));
	xmlFreeDoc(doc);
	/* in auto mode an invoice without a Chorus cadre gets no layer-7 finding */
	xml = subst(xml, "<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>751</ram:TypeCode>", 0);
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.layers = FX_LAYER_BIT(FX_LAYER_CHORUS);
	fx_report *r = NULL;
	ck_assert_int_eq(fx_validate_memory(xml, strlen(xml), "t.xml", &o, &r), FX_OK);
	ck_assert(!fx_report_has(r, FX_LAYER_CHORUS, "CHORUS-04"));
	fx_report_free(r);
	free(xml);
}
END_TEST

/* The test suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("validate_chorus");
	TCase *tc = tcase_create("chorus");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, mutations_fire_their_rules, 0,
	                    (int)(sizeof mutations / sizeof *mutations));
	tcase_add_test(tc, warnings);
	tcase_add_test(tc, siret_check);
	tcase_add_test(tc, auto_mode);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(suite());
}
