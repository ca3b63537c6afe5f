/*
 * Unit tests of the check before a deposit (fx_chorus_check), offline: the
 * buyer's obligations from the test directory (tests/chorus/data) and the
 * validation with the Chorus Pro layer.
 */
#include "chorus_temp.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "facturx.h"
#include "test_support.h"

#define DATA FX_SOURCE_DIR "/tests/chorus/data/"
#define TOWN "21690123100011"
#define HOSPITAL "26690012500011"
#define UNIVERSITY "19690002100011"
#define CLOSED "19690001300018"

static char *directory;

/* Imports the test directory into a temporary database, once. */
static void import_directory(void)
{
	char *dir = chorus_temp_dir("check");
	directory = fx_test_path(dir, "annuaire.db");
	free(dir);
	const char *files[] = {DATA "annuaire-structures.csv", DATA "annuaire-services.csv"};
	ck_assert_msg(fx_chorus_annuaire_import(directory, files, 2, NULL) == FX_OK, "%s",
	              fx_error_last()->message);
}

/* Returns the CII XML of the test invoice sent to buyer siret with the
 * service code and engagement number given (NULL: none). */
static char *invoice_xml(const char *siret, const char *service, const char *engagement,
                         size_t *len)
{
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_json_read_file(DATA "invoice-public.json", &inv), FX_OK);
	char siren[10];
	memcpy(siren, siret, 9);
	siren[9] = '\0';
	fx_party *b = &inv->buyer;
	ck_assert_int_eq(b->n_identifiers, 1);
	ck_assert_int_eq(fx_invoice_set_text(inv, &b->identifiers[0].id, siret), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &b->legal_id.id, siren), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &b->electronic_address.id, siren), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->buyer_reference, service), FX_OK);
	ck_assert_int_eq(fx_invoice_set_text(inv, &inv->purchase_order_ref, engagement), FX_OK);
	ck_assert_int_eq(fx_invoice_compute(inv, NULL), FX_OK);
	char *xml = NULL;
	ck_assert_int_eq(fx_cii_write_memory(inv, NULL, &xml, len), FX_OK);
	fx_invoice_free(inv);
	return xml;
}

/* Checks the invoice offline; returns the result. */
static fx_chorus_check_result *check(const char *siret, const char *service, const char *engagement,
                                     const char *db)
{
	size_t len = 0;
	char *xml = invoice_xml(siret, service, engagement, &len);
	fx_chorus_check_result *r = NULL;
	ck_assert_msg(fx_chorus_check(NULL, db, xml, len, "t.xml", &r) == FX_OK, "%s",
	              fx_error_last()->message);
	free(xml);
	ck_assert_ptr_nonnull(r->report);
	return r;
}

/* Returns true when r lists the problem code. */
static bool has_problem(const fx_chorus_check_result *r, const char *code)
{
	for (size_t i = 0; i < r->n_problems; i++)
		if (strcmp(r->problems[i].code, code) == 0)
			return true;
	return false;
}

/* Returns true when r's report has the fatal finding rule. */
static bool has_finding(const fx_chorus_check_result *r, const char *rule)
{
	for (size_t i = 0; i < fx_report_count(r->report); i++) {
		const fx_finding *f = fx_report_get(r->report, i);
		if (strcmp(f->rule_id, rule) == 0 && f->severity == FX_SEVERITY_FATAL)
			return true;
	}
	return false;
}

/* Asserts that checking (siret, service, engagement) gives exactly one
 * problem, code. */
static void one_problem(const char *siret, const char *service, const char *engagement,
                        const char *code)
{
	fx_chorus_check_result *r = check(siret, service, engagement, directory);
	ck_assert_msg(r->n_problems == 1 && has_problem(r, code), "%s %s: %zu problems, first %s",
	              siret, service ? service : "-", r->n_problems,
	              r->n_problems ? r->problems[0].code : "none");
	ck_assert(!r->ok);
	fx_chorus_check_result_free(r);
}

START_TEST(ready_invoice)
{
	fx_chorus_check_result *r = check(TOWN, "SERV-INFO", NULL, directory);
	ck_assert_msg(r->ok, "%zu problems, %zu fatal", r->n_problems,
	              fx_report_fatal_count(r->report));
	ck_assert_ptr_nonnull(r->buyer);
	ck_assert_int_eq(r->buyer->source, FX_CHORUS_SOURCE_DIRECTORY);
	ck_assert_ptr_nonnull(strstr(r->lookup_note, "directory"));
	ck_assert_str_eq(r->info->number, "F-2026-0001");
	fx_chorus_check_result_free(r);
	r = check(HOSPITAL, "ACHATS", "EJ-2026-0042", directory);
	ck_assert(r->ok);
	fx_chorus_check_result_free(r);
	r = check(UNIVERSITY, NULL, "EJ-1", directory);
	ck_assert(r->ok);
	fx_chorus_check_result_free(r);
}
END_TEST

START_TEST(obligations_reach_the_validator)
{
	fx_chorus_check_result *r = check(TOWN, NULL, NULL, directory);
	ck_assert(!r->ok);
	ck_assert(has_finding(r, "CHORUS-09"));
	ck_assert(!has_problem(r, "CHORUS-SERVICE-REQUIRED"));
	fx_chorus_check_result_free(r);
	r = check(HOSPITAL, "ACHATS", NULL, directory);
	ck_assert(!r->ok);
	ck_assert(has_finding(r, "CHORUS-10"));
	ck_assert_int_eq(r->n_problems, 0);
	fx_chorus_check_result_free(r);
	r = check(TOWN, "MARCHES", NULL, directory);
	ck_assert(!r->ok);
	ck_assert_msg(has_finding(r, "CHORUS-10"), "the service's engagement number is not asked");
	fx_chorus_check_result_free(r);
}
END_TEST

START_TEST(buyer_problems)
{
	one_problem(TOWN, "NOPE", NULL, "CHORUS-SERVICE-UNKNOWN");
	one_problem(TOWN, "SERV-TECH", NULL, "CHORUS-SERVICE-INACTIVE");
	one_problem(UNIVERSITY, NULL, NULL, "CHORUS-SERVICE-OR-ENGAGEMENT");
	one_problem(CLOSED, NULL, NULL, "CHORUS-BUYER-INACTIVE");
	one_problem("40404040400018", NULL, NULL, "CHORUS-BUYER-UNKNOWN");
	fx_chorus_check_result *r = check(TOWN, "SERV-INFO", NULL, "/nonexistent/annuaire.db");
	ck_assert(has_problem(r, "CHORUS-BUYER-UNCHECKED"));
	ck_assert_ptr_null(r->buyer);
	ck_assert(!r->ok);
	fx_chorus_check_result_free(r);
}
END_TEST

START_TEST(not_an_invoice)
{
	fx_chorus_check_result *r = NULL;
	ck_assert_int_eq(fx_chorus_check(NULL, directory, "hello", 5, "x.txt", &r), FX_EINVAL);
	ck_assert_ptr_null(r);
}
END_TEST

/* Builds the suite. */
static Suite *check_suite(void)
{
	Suite *s = suite_create("chorus_check");
	TCase *tc = tcase_create("core");
	tcase_add_unchecked_fixture(tc, import_directory, NULL);
	tcase_add_test(tc, ready_invoice);
	tcase_add_test(tc, obligations_reach_the_validator);
	tcase_add_test(tc, buyer_problems);
	tcase_add_test(tc, not_an_invoice);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the check tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(check_suite());
}
