/*
 * Helpers shared by the functional tests (see functional_support.h).
 */
#include "functional_support.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "bt_compare.h"

const char *const fx_ft_examples[] = {
    "CII-BR-CO-10-RoundingIssue.xml",
    "CII_business_example_01.xml",
    "CII_business_example_02.xml",
    "CII_business_example_Z.xml",
    "CII_example1.xml",
    "CII_example2.xml",
    "CII_example3.xml",
    "CII_example4.xml",
    "CII_example5.xml",
    "CII_example6.xml",
    "CII_example7.xml",
    "CII_example8.xml",
    "CII_example9.xml",
    "XRechnung-O.xml",
    "huf_example_cii.xml",
};
const size_t fx_ft_example_count = sizeof fx_ft_examples / sizeof fx_ft_examples[0];

/** A difference from the official file that is expected, and why. */
typedef struct accepted {
	int computed;     /* 1: only when fx_invoice_compute filled the invoice */
	const char *file; /* example file name */
	const char *diff; /* the exact sentence of the comparator */
	const char *why;  /* the explanation printed by the tests */
} accepted;

#define OLD_BT24 "urn:ferd:CrossIndustryDocument:invoice:1p0:comfort"
#define WHY_BT24                                                                                   \
	"the official file declares the old ZUGFeRD 1 guideline; we write the Factur-X EN 16931 "  \
	"one (the file is valid EN16931 with that BT-24, see official-verdicts.tsv)"
#define WHY_ARD                                                                                    \
	"the official header AdditionalReferencedDocument has no TypeCode (not valid Factur-X, "   \
	"FX-NOT-USED); it is read as a BG-24 supporting document and written with TypeCode 916"

#define WHY_GROSS_BASE                                                                             \
	"EN 16931 has one BT-149 item price base quantity (the net price's); the official file "   \
	"gives the gross price a different BasisQuantity, which has no place in the model, so "    \
	"we write BT-149 for both prices"

#define WHY_O_TAX                                                                                  \
	"the official invoice (VAT category O only) leaves BT-110 out; fx_invoice_compute fills "  \
	"the absent total with 0.00 in the invoice currency (BT-110 is optional, BR-CO-14 holds)"

static const accepted accepted_diffs[] = {
    {0, "CII-BR-CO-10-RoundingIssue.xml",
     "BT-24: official '" OLD_BT24 "', ours 'urn:cen.eu:en16931:2017'", WHY_BT24},
    {0, "CII_business_example_02.xml",
     "BT-24: official '" OLD_BT24 "', ours 'urn:cen.eu:en16931:2017'", WHY_BT24},
    {0, "CII_business_example_Z.xml",
     "BT-24: official '" OLD_BT24 "', ours 'urn:cen.eu:en16931:2017'", WHY_BT24},
    {0, "CII_example5.xml",
     "BG-24 TypeCode supporting document 'Lot567': official (absent), "
     "ours '916'",
     WHY_ARD},
    {0, "CII_example5.xml",
     "BG-24 TypeCode supporting document 'OBJ999': official (absent), "
     "ours '916'",
     WHY_ARD},
    {0, "huf_example_cii.xml",
     "BG-24 TypeCode supporting document '21620198615006': official (absent), ours '916'", WHY_ARD},
    {0, "XRechnung-O.xml",
     "BT-121 VAT breakdown 'O 0': official 'vatex-eu-132-1a', ours 'VATEX-EU-132-1A'",
     "the official VATEX code is lower case (FX-SCH-A-000616); the reader writes the code "
     "list's upper-case form"},
    {0, "XRechnung-O.xml", "BT-128 TypeCode line '1': official (absent), ours '130'",
     "the official line AdditionalReferencedDocument has no TypeCode (FX-SCH-A-000589); it "
     "is BT-128 and Factur-X requires TypeCode 130"},
    {0, "XRechnung-O.xml", "BT-128 TypeCode line '2': official (absent), ours '130'",
     "same as line 1 (FX-SCH-A-000589)"},
    {0, "XRechnung-O.xml", "BT-49-1: official 'EM', ours (absent)",
     "the official buyer electronic address (BT-49) is an empty URIID with only a schemeID: "
     "a scheme without identifier identifies nothing and is not written"},
    {0, "CII_example2.xml", "BT-149 (gross price) line '1': official '1498', ours '1273'",
     WHY_GROSS_BASE},
    {0, "CII_example2.xml", "BT-149 (gross price) line '3': official '2.75', ours '2.48'",
     WHY_GROSS_BASE},
    {0, "CII_business_example_01.xml",
     "BT-149 (gross price) line '1': official '1498', ours '1273'", WHY_GROSS_BASE},
    {0, "CII_business_example_01.xml",
     "BT-149 (gross price) line '3': official '2.75', ours '2.48'", WHY_GROSS_BASE},
    {0, "CII_example5.xml", "BT-149 (gross price) line '1': official '1.1', ours '1'",
     WHY_GROSS_BASE},
    {0, "CII_example5.xml", "BT-82 payment means 'A': official (absent), ours 'Half prepaid'",
     "EN 16931 has one BT-82 payment means text for the invoice (BG-16) and CII one payment "
     "means per account (BG-17); the official file gives the text on the first of its two "
     "means only, we repeat it on both"},
    {1, "CII_example7.xml", "BT-110: official (absent), ours '0.00'", WHY_O_TAX},
    {1, "CII_example7.xml", "BT-110-1: official (absent), ours 'SEK'", WHY_O_TAX},
};

/** A compute mismatch the official data is known to have. */
typedef struct known_mismatch {
	const char *file;     /* example file name */
	const char *fragment; /* text the first fx_invoice_compute message contains */
	const char *why;      /* the explanation printed by the tests */
} known_mismatch;

#define WHY_BASE_IS_PRICE                                                                          \
	"the official file gives BT-149 item price base quantity equal to the price itself, so "   \
	"BT-129 x BT-146 / BT-149 is not the stated BT-131 (no EN 16931 rule checks BT-131 "       \
	"against the price, so the official verdict is valid)"

static const known_mismatch known_mismatches[] = {
    {"CII_business_example_01.xml", "line 1: BT-131 line net amount is 1273", WHY_BASE_IS_PRICE},
    {"CII_example2.xml", "line 1: BT-131 line net amount is 1273", WHY_BASE_IS_PRICE},
    {"CII_example8.xml", "line 1: BT-131 line net amount is 140.80", WHY_BASE_IS_PRICE},
    {"CII_example9.xml", "line 1: BT-131 line net amount is 147", WHY_BASE_IS_PRICE},
    {"CII_business_example_Z.xml", "line 16: BT-131 line net amount is 177.41",
     "line 16 bills 1 x 1.50 but states a net amount of 177.41 (a surcharge line whose "
     "amount is not quantity x price)"},
    {"CII_example1.xml", "line 20: BT-131 line net amount is -109.98",
     "line 20 (a return) has a positive quantity and price but a negative net amount"},
    {"CII_example5.xml", "line 1: BT-146 item net price is 1",
     "line 1 has gross price 1.1 and a price discount of 10, which cannot give the net "
     "price 1"},
    {"huf_example_cii.xml", "line 1: BT-131 line net amount is 23440.00",
     "64 x 36109.00 / 100 plus a 330.00 charge is 23439.76; the file states the whole "
     "forint amount 23440.00"},
    {"XRechnung-O.xml", "line 1: BT-141 line charge amount is 15894.27",
     "the line charge is 19 % of 83654.15, i.e. 15894.29, but the file states 15894.27"},
};

/* Returns the known compute mismatch of an example, or NULL. */
const char *fx_ft_known_compute_mismatch(const char *name, const char **why)
{
	for (size_t i = 0; i < sizeof known_mismatches / sizeof known_mismatches[0]; i++) {
		if (strcmp(known_mismatches[i].file, name) == 0) {
			*why = known_mismatches[i].why;
			return known_mismatches[i].fragment;
		}
	}
	*why = NULL;
	return NULL;
}

/* Returns a malloc'ed path "<shared>/reference/examples/en16931-cii/<name>". */
char *fx_ft_example_path(const char *shared, const char *name)
{
	const char *mid = "/reference/examples/en16931-cii/";
	size_t n = strlen(shared) + strlen(mid) + strlen(name) + 1;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s%s%s", shared, mid, name);
	return p;
}

/** Collects the first validation error message. */
typedef struct first_error {
	char *buf;
	size_t size;
	int seen;
} first_error;

/* Structured error callback: keeps the first message with its line. */
static void keep_first(void *ctx, xmlErrorPtr e)
{
	first_error *fe = ctx;
	if (fe->seen || !e)
		return;
	fe->seen = 1;
	snprintf(fe->buf, fe->size, "line %d: %s", e->line, e->message ? e->message : "?");
	size_t n = strlen(fe->buf);
	while (n && fe->buf[n - 1] == '\n')
		fe->buf[--n] = '\0';
}

/* Validates against FACTUR-X_EN16931.xsd (schema parsed once). */
int fx_ft_validate_en16931(const char *shared, const char *xml, size_t len, char *err, size_t size)
{
	static xmlSchemaPtr schema;
	first_error fe = {err, size, 0};
	err[0] = '\0';
	if (!schema) {
		const char *rel = "/reference/xsd/facturx-1.09.2/EN16931/FACTUR-X_EN16931.xsd";
		char path[4096];
		snprintf(path, sizeof path, "%s%s", shared, rel);
		xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(path);
		schema = pc ? xmlSchemaParse(pc) : NULL;
		xmlSchemaFreeParserCtxt(pc);
		if (!schema) {
			snprintf(err, size, "cannot load %s", path);
			return -1;
		}
	}
	xmlDocPtr doc = xmlReadMemory(xml, (int)len, NULL, NULL,
	                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		snprintf(err, size, "not well-formed XML");
		return -1;
	}
	xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
	xmlSchemaSetValidStructuredErrors(vc, keep_first, &fe);
	int rc = xmlSchemaValidateDoc(vc, doc);
	xmlSchemaFreeValidCtxt(vc);
	xmlFreeDoc(doc);
	if (rc != 0 && !fe.seen)
		snprintf(err, size, "XSD validation failed (code %d)", rc);
	return rc == 0 ? 0 : -1;
}

/* Appends printf-style text to a malloc'ed report. */
static void report_add(char **report, const char *f, ...)
{
	char line[2048];
	va_list ap;
	va_start(ap, f);
	vsnprintf(line, sizeof line, f, ap);
	va_end(ap);
	size_t old = *report ? strlen(*report) : 0;
	char *p = realloc(*report, old + strlen(line) + 2);
	if (!p)
		abort();
	strcpy(p + old, line);
	strcat(p + old, "\n");
	*report = p;
}

/* True when accepted difference k applies to a comparison of name. */
static int applies(size_t k, const char *name, int computed)
{
	return strcmp(accepted_diffs[k].file, name) == 0 &&
	       (!accepted_diffs[k].computed || computed);
}

/* Compares with the official file, allowing exactly the accepted list. */
int fx_ft_compare_with_official(const char *name, int computed, const char *official, size_t olen,
                                const char *ours, size_t ulen, char **report)
{
	const size_t n_acc = sizeof accepted_diffs / sizeof accepted_diffs[0];
	int used[sizeof accepted_diffs / sizeof accepted_diffs[0]] = {0};
	fx_bt_diffs d;
	int problems = 0;
	*report = NULL;
	if (fx_bt_compare_memory(official, olen, ours, ulen, &d) != 0) {
		report_add(report, "%s: %s", name, d.count ? d.items[0] : "comparison failed");
		fx_bt_diffs_free(&d);
		return 1;
	}
	for (size_t i = 0; i < d.count; i++) {
		size_t k = 0;
		for (; k < n_acc; k++)
			if (applies(k, name, computed) && !used[k] &&
			    strcmp(accepted_diffs[k].diff, d.items[i]) == 0)
				break;
		if (k < n_acc) {
			used[k] = 1;
			printf("  %s: accepted difference: %s\n    because %s\n", name, d.items[i],
			       accepted_diffs[k].why);
			continue;
		}
		report_add(report, "%s: unexpected difference: %s", name, d.items[i]);
		problems++;
	}
	for (size_t k = 0; k < n_acc; k++) {
		if (!applies(k, name, computed) || used[k])
			continue;
		report_add(report, "%s: expected difference did not occur: %s", name,
		           accepted_diffs[k].diff);
		problems++;
	}
	fx_bt_diffs_free(&d);
	return problems;
}
