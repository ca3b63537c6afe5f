/*
 * Unit tests of the CII writer: exact output per profile against files
 * written by hand (tests/data/expected), escaping, determinism, compact
 * mode, missing data errors, dropped fields, options, files, locale.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "cii/write.h"
#include "facturx/cii.h"
#include "test_cii_write_fixtures.h"
#include "test_cii.h"
#include "test_support.h"

/* Writes inv in profile (indented), failing the test on error. */
static char *write_ok(const fx_invoice *inv, fx_profile profile)
{
	fx_cii_options o = FX_CII_OPTIONS_INIT;
	o.profile = profile;
	char *xml = NULL;
	size_t len = 0;
	int rc = fx_cii_write_memory(inv, &o, &xml, &len);
	ck_assert_msg(rc == 0, "write failed: %s", fx_error_last()->message);
	ck_assert_ptr_nonnull(xml);
	ck_assert_uint_eq(strlen(xml), len);
	return xml;
}

/* Writes inv in profile expecting failure rc; returns the message. */
static const char *write_fails(const fx_invoice *inv, fx_profile profile, int rc)
{
	fx_cii_options o = FX_CII_OPTIONS_INIT;
	o.profile = profile;
	char *xml = (char *)"untouched";
	size_t len = 12345;
	int got = fx_cii_write_memory(inv, &o, &xml, &len);
	ck_assert_int_eq(got, rc);
	ck_assert_str_eq(xml, "untouched");
	ck_assert_uint_eq(len, 12345);
	return fx_error_last()->message;
}

/* Compares got with the hand-written file, reporting the first
 * differing line. */
static void assert_expected(const char *got, const char *name)
{
	char *path = fx_test_path(FX_SOURCE_DIR "/tests/data/expected", name);
	char *want = fx_test_read(path, NULL);
	if (strcmp(got, want) != 0) {
		const char *g = got, *w = want;
		int line = 1;
		while (*g && *g == *w) {
			if (*g == '\n')
				line++;
			g++;
			w++;
		}
		const char *ge = strchr(g, '\n'), *we = strchr(w, '\n');
		ck_abort_msg("%s differs at line %d:\n got: %.*s\nwant: %.*s", name, line,
		             (int)(ge ? ge - g : (long)strlen(g)), g,
		             (int)(we ? we - w : (long)strlen(w)), w);
	}
	free(want);
	free(path);
}

/* Writes the fixture of level in profile and compares with file name. */
static void check_profile_output(int level, fx_profile profile, const char *name)
{
	fx_invoice *inv = fixture_new(level);
	char *xml = write_ok(inv, profile);
	assert_expected(xml, name);
	free(xml);
	fx_invoice_free(inv);
}

/* MINIMUM output of the small invoice, byte for byte. */
START_TEST(test_minimum_exact)
{
	check_profile_output(0, FX_PROFILE_MINIMUM, "cii_minimum.xml");
}
END_TEST

/* BASIC WL output of the small invoice (no lines), byte for byte. */
START_TEST(test_basicwl_exact)
{
	check_profile_output(0, FX_PROFILE_BASIC_WL, "cii_basicwl.xml");
}
END_TEST

/* BASIC output of the small invoice, byte for byte. */
START_TEST(test_basic_exact)
{
	check_profile_output(0, FX_PROFILE_BASIC, "cii_basic.xml");
}
END_TEST

/* EN 16931 output of the medium invoice, byte for byte. */
START_TEST(test_en16931_exact)
{
	check_profile_output(1, FX_PROFILE_EN16931, "cii_en16931.xml");
}
END_TEST

/* EXTENDED output of the works invoice, byte for byte. */
START_TEST(test_extended_exact)
{
	check_profile_output(2, FX_PROFILE_EXTENDED, "cii_extended.xml");
}
END_TEST

/* Same data, written twice: same bytes; the compact form is the indented
 * one without the line breaks and indentation. */
START_TEST(test_deterministic_and_compact)
{
	fx_invoice *inv = fixture_new(3);
	for (int p = FX_PROFILE_MINIMUM; p <= FX_PROFILE_EXTENDED; p++) {
		char *a = write_ok(inv, (fx_profile)p);
		char *b = write_ok(inv, (fx_profile)p);
		ck_assert_str_eq(a, b);
		fx_cii_options o = FX_CII_OPTIONS_INIT;
		o.profile = (fx_profile)p;
		o.compact = 1;
		char *c = NULL;
		ck_assert_int_eq(fx_cii_write_memory(inv, &o, &c, NULL), 0);
		/* Drop "\n" + indentation after the root start tag. */
		const char *body = strstr(a, "<rsm:CrossIndustryInvoice");
		ck_assert_ptr_nonnull(body);
		char *stripped = malloc(strlen(a) + 1);
		size_t n = (size_t)(body - a);
		memcpy(stripped, a, n);
		for (const char *s = body; *s; s++) {
			if (*s == '\n' && s[1] != '\0') {
				while (s[1] == ' ')
					s++;
				continue;
			}
			stripped[n++] = *s;
		}
		stripped[n] = '\0';
		ck_assert_str_eq(stripped, c);
		ck_assert_ptr_null(strstr(strstr(c, "<rsm:"), "\n<"));
		free(stripped);
		free(c);
		free(a);
		free(b);
	}
	fx_invoice_free(inv);
}
END_TEST

/* Markup characters are escaped in text and attributes, and parse back. */
START_TEST(test_escaping)
{
	fx_invoice *inv = fixture_new(0);
	const char *name = "A & B <C> \"D\" 'E' ]]> é";
	FX_SET(inv, inv->seller.name, name);
	FX_SET(inv, inv->seller.electronic_address.scheme, "0\"1&<");
	FX_SET(inv, inv->notes[0].content, "ligne 1\r\nligne 2\tfin");
	char *xml = write_ok(inv, FX_PROFILE_EN16931);
	ck_assert_ptr_nonnull(
	    strstr(xml, "<ram:Name>A &amp; B &lt;C&gt; \"D\" 'E' ]]&gt; é</ram:Name>"));
	ck_assert_ptr_nonnull(strstr(xml, "schemeID=\"0&quot;1&amp;&lt;\""));
	ck_assert_ptr_nonnull(strstr(xml, "<ram:Content>ligne 1&#13;\nligne 2\tfin</ram:Content>"));
	/* A parser gives back exactly the original values. */
	char *got = fx_test_xpath(xml, strlen(xml), "string(//ram:SellerTradeParty/ram:Name)");
	ck_assert_str_eq(got, name);
	free(got);
	got = fx_test_xpath(xml, strlen(xml),
	                    "string(//ram:SellerTradeParty/ram:URIUniversalCommunication/"
	                    "ram:URIID/@schemeID)");
	ck_assert_str_eq(got, "0\"1&<");
	free(got);
	got = fx_test_xpath(xml, strlen(xml),
	                    "string(//rsm:ExchangedDocument/ram:IncludedNote/ram:Content)");
	ck_assert_str_eq(got, "ligne 1\r\nligne 2\tfin");
	free(got);
	free(xml);
	fx_invoice_free(inv);
}
END_TEST

/* Text that is not valid UTF-8 or holds control characters is refused. */
START_TEST(test_invalid_text_refused)
{
	fx_invoice *inv = fixture_new(0);
	/* Programs may fill the struct directly: bad UTF-8 must not pass. */
	char *name = inv->seller.name;
	char bad[] = "Caf\xc3";
	inv->seller.name = bad;
	const char *msg = write_fails(inv, FX_PROFILE_EN16931, FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(msg, "ram:Name"));
	inv->seller.name = name;
	char ctrl[] = "a\x01z";
	inv->buyer.legal_id.scheme = ctrl;
	msg = write_fails(inv, FX_PROFILE_MINIMUM, FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(msg, "ram:ID"));
	fx_invoice_free(inv);
}
END_TEST

/* A missing BT-1 is reported, naming the BT and the profile. */
START_TEST(test_missing_invoice_number)
{
	fx_invoice *inv = fixture_new(0);
	FX_SET(inv, inv->number, NULL);
	for (int p = FX_PROFILE_MINIMUM; p <= FX_PROFILE_EXTENDED; p++) {
		const char *msg = write_fails(inv, (fx_profile)p, FX_EMISSING);
		char want[128];
		snprintf(want, sizeof want, "BT-1 invoice number is required (profile %s)",
		         fx_profile_name((fx_profile)p));
		ck_assert_str_eq(msg, want);
	}
	fx_invoice_free(inv);
}
END_TEST

/* Expects writing inv in profile to fail with FX_EMISSING naming bt. */
static void assert_missing(fx_invoice *inv, fx_profile profile, const char *bt, const char *context)
{
	const char *msg = write_fails(inv, profile, FX_EMISSING);
	ck_assert_msg(strstr(msg, bt) != NULL, "'%s' does not name %s", msg, bt);
	ck_assert_msg(strstr(msg, fx_profile_name(profile)) != NULL, "'%s' lacks the profile", msg);
	if (context)
		ck_assert_msg(strstr(msg, context) != NULL, "'%s' lacks '%s'", msg, context);
}

/* Data required by a profile is reported missing only in that profile. */
START_TEST(test_missing_data_per_profile)
{
	fx_invoice *inv = fixture_new(1);
	/* Lines are required from BASIC; an item name in every line. */
	inv->lines[1].item_name = NULL;
	assert_missing(inv, FX_PROFILE_BASIC, "BT-153", "line 2");
	char *xml = write_ok(inv, FX_PROFILE_BASIC_WL); /* no lines in BASIC WL */
	free(xml);
	FX_SET(inv, inv->lines[1].item_name, "Enduit");
	inv->lines[0].net_amount.set = false;
	assert_missing(inv, FX_PROFILE_EN16931, "BT-131", "line 1");
	inv->lines[0].net_amount = fx_dec("1000.00");
	size_t n_lines = inv->n_lines;
	inv->n_lines = 0;
	assert_missing(inv, FX_PROFILE_BASIC, "BG-25", NULL);
	inv->n_lines = n_lines;
	/* The VAT breakdown from BASIC WL, not in MINIMUM. */
	size_t n_vat = inv->n_vat_breakdown;
	inv->n_vat_breakdown = 0;
	assert_missing(inv, FX_PROFILE_BASIC_WL, "BG-23", NULL);
	xml = write_ok(inv, FX_PROFILE_MINIMUM);
	free(xml);
	inv->n_vat_breakdown = n_vat;
	/* Seller country in every profile; buyer country from BASIC WL. */
	FX_SET(inv, inv->seller.address.country, NULL);
	assert_missing(inv, FX_PROFILE_MINIMUM, "BT-40", NULL);
	FX_SET(inv, inv->seller.address.country, "FR");
	FX_SET(inv, inv->buyer.address.country, NULL);
	assert_missing(inv, FX_PROFILE_BASIC_WL, "BT-55", NULL);
	xml = write_ok(inv, FX_PROFILE_MINIMUM);
	free(xml);
	FX_SET(inv, inv->buyer.address.country, "FR");
	/* Totals. */
	inv->totals.grand_total.set = false;
	assert_missing(inv, FX_PROFILE_MINIMUM, "BT-112", NULL);
	inv->totals.grand_total = fx_dec("1860.00");
	inv->totals.line_total.set = false;
	assert_missing(inv, FX_PROFILE_BASIC_WL, "BT-106", NULL);
	xml = write_ok(inv, FX_PROFILE_MINIMUM);
	free(xml);
	inv->totals.line_total = fx_dec("1500.00");
	/* A document level charge needs its VAT category. */
	FX_SET(inv, inv->allowances_charges[0].vat_category, NULL);
	assert_missing(inv, FX_PROFILE_BASIC_WL, "BT-102", "document allowance/charge 1");
	FX_SET(inv, inv->allowances_charges[0].vat_category, "S");
	/* An attached file needs its MIME code. */
	FX_SET(inv, inv->attachments[0].mime_code, NULL);
	assert_missing(inv, FX_PROFILE_EN16931, "BT-125-1", "attachment 1");
	xml = write_ok(inv, FX_PROFILE_BASIC); /* no attachments in BASIC */
	free(xml);
	FX_SET(inv, inv->attachments[0].mime_code, "text/plain");
	/* BT-147 needs BT-148 to be written. */
	inv->lines[1].gross_price.set = false;
	assert_missing(inv, FX_PROFILE_BASIC, "BT-148", "line 2");
	fx_invoice_free(inv);
}
END_TEST

/* Incomplete EXTENDED groups are reported, naming the group. */
START_TEST(test_missing_extended_data)
{
	fx_invoice *inv = fixture_new(2);
	FX_SET(inv, inv->financial_adjustments[0].reason, NULL);
	assert_missing(inv, FX_PROFILE_EXTENDED, "financial adjustment reason",
	               "financial adjustment 1");
	char *xml = write_ok(inv, FX_PROFILE_EN16931); /* dropped below EXTENDED */
	free(xml);
	FX_SET(inv, inv->financial_adjustments[0].reason, "Retenue");
	inv->advance_payments[0].n_taxes = 0;
	assert_missing(inv, FX_PROFILE_EXTENDED, "advance payment included VAT",
	               "advance payment 1");
	fx_invoice_free(inv);
}
END_TEST

/* True when list has label. */
static bool dropped_has(const fx_cii_dropped *d, const char *label)
{
	for (size_t i = 0; i < d->count; i++)
		if (strcmp(d->items[i], label) == 0)
			return true;
	return false;
}

/* The fields a profile leaves out are listed once each. */
START_TEST(test_dropped_fields)
{
	fx_invoice *inv = fixture_new(3);
	fx_cii_dropped d;
	ck_assert_int_eq(fx_cii_dropped_fields(inv, FX_PROFILE_EXTENDED, &d), 0);
	ck_assert_uint_eq(d.count, 0);

	ck_assert_int_eq(fx_cii_dropped_fields(inv, FX_PROFILE_EN16931, &d), 0);
	ck_assert_uint_eq(d.count, 3);
	ck_assert(dropped_has(&d, "preceding invoice type code (EXTENDED)"));
	ck_assert(dropped_has(&d, "financial adjustments (EXTENDED)"));
	ck_assert(dropped_has(&d, "advance payments (EXTENDED)"));

	ck_assert_int_eq(fx_cii_dropped_fields(inv, FX_PROFILE_BASIC_WL, &d), 0);
	ck_assert(dropped_has(&d, "BG-25 invoice lines"));
	ck_assert(dropped_has(&d, "BT-86 payment service provider identifier"));
	ck_assert(dropped_has(&d, "BG-6 seller contact"));
	ck_assert(!dropped_has(&d, "BT-20 payment terms"));
	ck_assert(!dropped_has(&d, "BT-86 payment service provider identifier (x)"));

	ck_assert_int_eq(fx_cii_dropped_fields(inv, FX_PROFILE_MINIMUM, &d), 0);
	ck_assert(dropped_has(&d, "BT-20 payment terms"));
	ck_assert(dropped_has(&d, "BG-8 buyer postal address"));
	ck_assert(dropped_has(&d, "BG-5 seller postal address"));
	ck_assert(dropped_has(&d, "BT-106 sum of invoice line net amounts"));
	ck_assert(!dropped_has(&d, "BT-31 seller VAT identifier"));
	/* Each label once. */
	for (size_t i = 0; i < d.count; i++)
		for (size_t k = i + 1; k < d.count; k++)
			ck_assert_str_ne(d.items[i], d.items[k]);

	/* Missing data is not an error when listing. */
	FX_SET(inv, inv->number, NULL);
	ck_assert_int_eq(fx_cii_dropped_fields(inv, FX_PROFILE_BASIC, &d), 0);
	ck_assert(dropped_has(&d, "BG-24 additional supporting documents"));
	ck_assert_int_eq(fx_cii_dropped_fields(inv, (fx_profile)9, &d), FX_EUSAGE);
	fx_invoice_free(inv);
}
END_TEST

/* IBANs go to IBANID, other account identifiers to ProprietaryID. */
START_TEST(test_account_identifiers)
{
	fx_invoice *inv = fixture_new(0);
	fx_credit_transfer *ct;
	ck_assert_int_eq(fx_invoice_add_credit_transfer(inv, &ct), 0);
	FX_SET(inv, ct->account_id, "FR76 3000 6000 0112 3456 7890 189");
	ck_assert_int_eq(fx_invoice_add_credit_transfer(inv, &ct), 0);
	FX_SET(inv, ct->account_id, "FR7630006000011234567890188"); /* bad check digits */
	ck_assert_int_eq(fx_invoice_add_credit_transfer(inv, &ct), 0);
	FX_SET(inv, ct->account_id, "CAISSE-7");
	char *xml = write_ok(inv, FX_PROFILE_EN16931);
	ck_assert_ptr_nonnull(strstr(xml, "<ram:IBANID>FR7630006000011234567890189</ram:IBANID>"));
	ck_assert_ptr_nonnull(
	    strstr(xml, "<ram:IBANID>FR76 3000 6000 0112 3456 7890 189</ram:IBANID>"));
	ck_assert_ptr_nonnull(
	    strstr(xml, "<ram:ProprietaryID>FR7630006000011234567890188</ram:ProprietaryID>"));
	ck_assert_ptr_nonnull(strstr(xml, "<ram:ProprietaryID>CAISSE-7</ram:ProprietaryID>"));
	/* One payment means per account, each with the type code. */
	size_t means = 0;
	for (const char *s = xml; (s = strstr(s, "<ram:TypeCode>58</ram:TypeCode>")); s++)
		means++;
	ck_assert_uint_eq(means, 4);
	free(xml);
	fx_invoice_free(inv);
}
END_TEST

/* BT-8 codes are written in their CII form; BT-7 excludes a derived code. */
START_TEST(test_vat_point_codes)
{
	fx_invoice *inv = fixture_new(0);
	FX_SET(inv, inv->tax_point_date_code, "432");
	char *xml = write_ok(inv, FX_PROFILE_BASIC_WL);
	ck_assert_ptr_nonnull(strstr(xml, "<ram:DueDateTypeCode>72</ram:DueDateTypeCode>"));
	free(xml);
	FX_SET(inv, inv->vat_breakdown[0].due_date_code, "35");
	xml = write_ok(inv, FX_PROFILE_EN16931);
	ck_assert_ptr_nonnull(strstr(xml, "<ram:DueDateTypeCode>29</ram:DueDateTypeCode>"));
	free(xml);
	FX_SET(inv, inv->vat_breakdown[0].due_date_code, NULL);
	FX_SET(inv, inv->tax_point_date_code, NULL);
	inv->vat_on_debits = true;
	xml = write_ok(inv, FX_PROFILE_EN16931);
	ck_assert_ptr_nonnull(strstr(xml, "<ram:DueDateTypeCode>5</ram:DueDateTypeCode>"));
	free(xml);
	/* A VAT point date (EN 16931 and up) excludes the code. */
	inv->tax_point_date = fx_day(2024, 3, 2);
	xml = write_ok(inv, FX_PROFILE_EN16931);
	ck_assert_ptr_null(strstr(xml, "DueDateTypeCode"));
	ck_assert_ptr_nonnull(strstr(xml, "<ram:TaxPointDate>\n"
	                                  "          <udt:DateString format=\"102\">20240302"));
	free(xml);
	xml = write_ok(inv, FX_PROFILE_BASIC);
	ck_assert_ptr_null(strstr(xml, "TaxPointDate"));
	free(xml);
	fx_invoice_free(inv);
}
END_TEST

/* Default options and misuse of the API. */
START_TEST(test_options)
{
	fx_invoice *inv = fixture_new(1);
	char *xml = NULL;
	ck_assert_int_eq(fx_cii_write_memory(inv, NULL, &xml, NULL), 0);
	ck_assert_ptr_nonnull(strstr(xml, "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>"));
	ck_assert_ptr_nonnull(
	    strstr(xml, "\n    <ram:GuidelineSpecifiedDocumentContextParameter>"));
	free(xml);
	fx_cii_options o = FX_CII_OPTIONS_INIT;
	o.version = 0;
	xml = NULL;
	ck_assert_int_eq(fx_cii_write_memory(inv, &o, &xml, NULL), FX_EUSAGE);
	ck_assert_ptr_null(xml);
	o.version = FX_CII_OPTIONS_VERSION;
	o.profile = (fx_profile)7;
	ck_assert_int_eq(fx_cii_write_memory(inv, &o, &xml, NULL), FX_EUSAGE);
	ck_assert_int_eq(fx_cii_write_memory(NULL, NULL, &xml, NULL), FX_EUSAGE);
	ck_assert_int_eq(fx_cii_write_memory(inv, NULL, NULL, NULL), FX_EUSAGE);
	ck_assert_int_eq(fx_cii_write_file(inv, NULL, NULL), FX_EUSAGE);
	ck_assert_ptr_null(xml);
	fx_invoice_free(inv);
}
END_TEST

/* Files are written atomically and only on success. */
START_TEST(test_write_file)
{
	char dir[] = "/tmp/fx_cii_write_XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof path, "%s/factur-x.xml", dir);
	fx_invoice *inv = fixture_new(2);
	fx_cii_options o = FX_CII_OPTIONS_INIT;
	o.profile = FX_PROFILE_EXTENDED;
	ck_assert_int_eq(fx_cii_write_file(inv, &o, path), 0);
	char *mem = write_ok(inv, FX_PROFILE_EXTENDED);
	size_t len = 0;
	char *disk = fx_test_read(path, &len);
	ck_assert_uint_eq(len, strlen(mem));
	ck_assert_str_eq(disk, mem);
	free(disk);
	/* A missing BT leaves the existing file untouched. */
	FX_SET(inv, inv->number, NULL);
	ck_assert_int_eq(fx_cii_write_file(inv, &o, path), FX_EMISSING);
	disk = fx_test_read(path, NULL);
	ck_assert_str_eq(disk, mem);
	free(disk);
	FX_SET(inv, inv->number, "FA-2");
	char bad[300];
	snprintf(bad, sizeof bad, "%s/missing/dir/f.xml", dir);
	ck_assert_int_lt(fx_cii_write_file(inv, &o, bad), 0);
	ck_assert_int_eq(access(bad, F_OK), -1);
	ck_assert_int_eq(unlink(path), 0);
	ck_assert_int_eq(rmdir(dir), 0);
	free(mem);
	fx_invoice_free(inv);
}
END_TEST

/* With a decimal-comma locale active (when one is installed), amounts
 * keep their dot: the output is the same bytes. */
START_TEST(test_locale_independent)
{
	static const char *const names[] = {"fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8", "fr_FR",
	                                    NULL};
	fx_invoice *inv = fixture_new(1);
	char *before = write_ok(inv, FX_PROFILE_EN16931);
	char *saved = strdup(setlocale(LC_ALL, NULL));
	for (int i = 0; names[i]; i++)
		if (setlocale(LC_ALL, names[i]))
			break;
	char *after = write_ok(inv, FX_PROFILE_EN16931);
	setlocale(LC_ALL, saved);
	free(saved);
	ck_assert_str_eq(before, after);
	ck_assert_ptr_nonnull(
	    strstr(after, "<ram:GrandTotalAmount>1860.00</ram:GrandTotalAmount>"));
	assert_expected(after, "cii_en16931.xml");
	free(before);
	free(after);
	fx_invoice_free(inv);
}
END_TEST

/* Builds the suite. */
static Suite *cii_write_suite(void)
{
	Suite *s = suite_create("cii_write");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_minimum_exact);
	tcase_add_test(tc, test_basicwl_exact);
	tcase_add_test(tc, test_basic_exact);
	tcase_add_test(tc, test_en16931_exact);
	tcase_add_test(tc, test_extended_exact);
	tcase_add_test(tc, test_deterministic_and_compact);
	tcase_add_test(tc, test_escaping);
	tcase_add_test(tc, test_invalid_text_refused);
	tcase_add_test(tc, test_missing_invoice_number);
	tcase_add_test(tc, test_missing_data_per_profile);
	tcase_add_test(tc, test_missing_extended_data);
	tcase_add_test(tc, test_dropped_fields);
	tcase_add_test(tc, test_account_identifiers);
	tcase_add_test(tc, test_vat_point_codes);
	tcase_add_test(tc, test_options);
	tcase_add_test(tc, test_write_file);
	tcase_add_test(tc, test_locale_independent);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite under the environment's locale (e.g. LC_ALL=fr_FR.UTF-8). */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(cii_write_suite());
}
