/*
 * Unit tests of the smaller pieces of the Chorus Pro module: SHA-256, the
 * deposit request (file name, body), the invoice facts read from a
 * Factur-X PDF and XML, time stamps.
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "chorus/deposit_request.h"
#include "chorus/util.h"
#include "core/sha256.h"
#include "facturx.h"
#include "test_support.h"

#define INVOICE FX_SOURCE_DIR "/tests/chorus/data/invoice-public.json"

START_TEST(sha256_vectors)
{
	char hex[65];
	fx_sha256_hex_of("", 0, hex);
	ck_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	fx_sha256_hex_of("abc", 3, hex);
	ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	static const char two_blocks[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	fx_sha256_hex_of(two_blocks, strlen(two_blocks), hex);
	ck_assert_str_eq(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	fx_sha256 s;
	fx_sha256_init(&s);
	char a[1000];
	memset(a, 'a', sizeof a);
	for (int i = 0; i < 1000; i++)
		fx_sha256_update(&s, a, sizeof a);
	unsigned char digest[32];
	fx_sha256_final(&s, digest);
	ck_assert_int_eq(digest[0], 0xcd);
	ck_assert_int_eq(digest[1], 0xc7);
	ck_assert_int_eq(digest[31], 0xd0);
}
END_TEST

START_TEST(file_names)
{
	char *n = fx_chorus_file_name("F-2026/001 bis", "/x/y.pdf", 1);
	ck_assert_str_eq(n, "factur-x_F-2026-001-bis.pdf");
	free(n);
	n = fx_chorus_file_name("0123456789012345678901234567890123456789012345", NULL, 0);
	ck_assert_int_eq(strlen(n), 50);
	ck_assert_str_eq(n + 46, ".xml");
	free(n);
	n = fx_chorus_file_name(NULL, "/some/dir/facture 12.pdf", 1);
	ck_assert_str_eq(n, "facture 12.pdf");
	free(n);
	n = fx_chorus_file_name(NULL, "-", 1);
	ck_assert_str_eq(n, "factur-x.pdf");
	free(n);
	n = fx_chorus_file_name(NULL, "noext", 1);
	ck_assert_str_eq(n, "factur-x.pdf");
	free(n);
	ck_assert_int_eq(fx_chorus_check_file_name("a.pdf"), FX_OK);
	ck_assert_int_eq(fx_chorus_check_file_name("../a.pdf"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_check_file_name("a"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_check_file_name("a\n.pdf"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_check_file_name("\xff.pdf"), FX_EINVAL);
	ck_assert_int_eq(fx_chorus_check_file_name(""), FX_EINVAL);
}
END_TEST

START_TEST(deposit_body)
{
	static const unsigned char pdf[] = {'%', 'P', 'D', 'F', 0, 0xff, '\n'};
	char *body =
	    fx_chorus_deposit_body(pdf, sizeof pdf, "fact\"ure.pdf", "IN_DP_E2_CII_FACTURX");
	ck_assert_ptr_nonnull(body);
	json_error_t err;
	json_t *v = json_loads(body, 0, &err);
	ck_assert_msg(v != NULL, "%s: %s", body, err.text);
	ck_assert_str_eq(json_string_value(json_object_get(v, "fichierFlux")), "JVBERgD/Cg==");
	ck_assert_str_eq(json_string_value(json_object_get(v, "nomFichier")), "fact\"ure.pdf");
	ck_assert_str_eq(json_string_value(json_object_get(v, "syntaxeFlux")),
	                 "IN_DP_E2_CII_FACTURX");
	ck_assert(json_is_false(json_object_get(v, "avecSignature")));
	json_decref(v);
	free(body);
}
END_TEST

/* Reads the test invoice, computed. */
static fx_invoice *test_invoice(void)
{
	fx_invoice *inv = NULL;
	ck_assert_msg(fx_json_read_file(INVOICE, &inv) == FX_OK, "%s", fx_error_last()->message);
	ck_assert_int_eq(fx_invoice_compute(inv, NULL), FX_OK);
	return inv;
}

/* Checks the facts of the test invoice. */
static void check_info(const fx_chorus_invoice_info *info)
{
	ck_assert_msg(info->read_error == NULL, "%s", info->read_error);
	ck_assert_str_eq(info->number, "F-2026-0001");
	ck_assert_str_eq(info->issue_date, "2026-11-02");
	ck_assert_str_eq(info->type_code, "380");
	ck_assert_str_eq(info->buyer_siret, "21690123100011");
	ck_assert_str_eq(info->seller_siret, "26197306900014");
	ck_assert_str_eq(info->service_code, "SERV-INFO");
	ck_assert_ptr_null(info->engagement);
}

START_TEST(invoice_facts)
{
	fx_invoice *inv = test_invoice();
	char *xml = NULL;
	size_t len = 0;
	ck_assert_int_eq(fx_cii_write_memory(inv, NULL, &xml, &len), FX_OK);
	fx_chorus_invoice_info *info = NULL;
	ck_assert_int_eq(fx_chorus_invoice_info_read(xml, len, "t.xml", &info), FX_OK);
	check_info(info);
	char hex[65];
	fx_sha256_hex_of(xml, len, hex);
	ck_assert_str_eq(info->sha256, hex);
	fx_chorus_invoice_info_free(info);
	unsigned char *pdf = NULL;
	size_t pdf_len = 0;
	fx_generate_options opts = FX_GENERATE_OPTIONS_INIT;
	ck_assert_msg(fx_generate_memory(inv, &opts, &pdf, &pdf_len) == FX_OK, "%s",
	              fx_error_last()->message);
	ck_assert_int_eq(fx_chorus_invoice_info_read(pdf, pdf_len, "t.pdf", &info), FX_OK);
	check_info(info);
	fx_chorus_invoice_info_free(info);
	ck_assert_int_eq(fx_chorus_invoice_info_read("%PDF-1.7 broken", 15, "b.pdf", &info), FX_OK);
	ck_assert_ptr_nonnull(info->read_error);
	ck_assert_ptr_null(info->number);
	fx_chorus_invoice_info_free(info);
	free(pdf);
	free(xml);
	fx_invoice_free(inv);
}
END_TEST

START_TEST(time_stamps)
{
	char iso[21];
	fx_ch_iso_time(1795000000, iso);
	ck_assert_str_eq(iso, "2026-11-18T11:06:40Z");
	time_t t;
	ck_assert_int_eq(fx_ch_parse_time(iso, &t), 0);
	ck_assert_int_eq((long long)t, 1795000000LL);
	ck_assert_int_eq(fx_ch_parse_time("2026-11-18 11:06:40", &t), -1);
	ck_assert_int_eq(fx_ch_parse_day("2026-12-04T00:00:00.000+01:00", &t), 0);
	ck_assert_int_eq((long long)t, 1796342400LL);
	ck_assert_int_eq(fx_ch_parse_day("2026-13-01", &t), -1);
	ck_assert(fx_ch_is_siret("21690123100011"));
	ck_assert(!fx_ch_is_siret("2169012310001"));
	ck_assert(!fx_ch_is_siret("2169012310001A"));
}
END_TEST

/* Builds the suite. */
static Suite *misc_suite(void)
{
	Suite *s = suite_create("chorus_misc");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, sha256_vectors);
	tcase_add_test(tc, file_names);
	tcase_add_test(tc, deposit_body);
	tcase_add_test(tc, invoice_facts);
	tcase_add_test(tc, time_stamps);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(misc_suite());
}
