/*
 * Unit tests of the offline directory (fx_chorus_annuaire_*) and of the CSV
 * reader behind it (the CSV reader of include/facturx/csv.h).
 */
#include "chorus_temp.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "facturx/chorus.h"
#include "test_support.h"

#define DATA FX_SOURCE_DIR "/tests/chorus/data/"

/* Returns a malloc'ed path in a new private folder. */
static char *temp_path(const char *name)
{
	char *dir = chorus_temp_dir("annuaire");
	char *path = fx_test_path(dir, name);
	free(dir);
	return path;
}

/* Writes text to a new temporary file; returns its malloc'ed path. */
static char *temp_file(const char *name, const char *text)
{
	char *path = temp_path(name);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Imports files into db or fails. */
static fx_chorus_import_stats import(const char *db, const char *const *files, size_t n)
{
	fx_chorus_import_stats st;
	ck_assert_msg(fx_chorus_annuaire_import(db, files, n, &st) == FX_OK, "%s",
	              fx_error_last()->message);
	return st;
}

START_TEST(import_and_lookup)
{
	char *db = temp_path("sub/annuaire.db");
	const char *files[] = {DATA "annuaire-structures.csv", DATA "annuaire-services.csv"};
	fx_chorus_import_stats st = import(db, files, 2);
	ck_assert_int_eq(st.structures, 5);
	ck_assert_int_eq(st.services, 6);
	ck_assert_int_eq(st.latin1_files, 0);
	fx_chorus_structure *s = NULL;
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "26690012500011", &s), FX_OK);
	ck_assert_int_eq(s->source, FX_CHORUS_SOURCE_DIRECTORY);
	ck_assert_str_eq(s->name, "CENTRE HOSPITALIER EXEMPLE; SITE NORD");
	ck_assert(s->active && s->engagement_required && !s->service_required);
	ck_assert_ptr_nonnull(s->directory_date);
	ck_assert_int_eq(s->n_services, 1);
	ck_assert_str_eq(s->services[0].code, "ACHATS");
	ck_assert_int_eq(s->services[0].engagement_required, 1);
	fx_chorus_structure_free(s);
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "21690123100011", &s), FX_OK);
	ck_assert(s->service_required && !s->engagement_required && !s->payment_status_hidden);
	ck_assert_int_eq(s->n_services, 4);
	ck_assert(!fx_chorus_structure_service(s, "SERV-TECH")->active);
	ck_assert_str_eq(fx_chorus_structure_service(s, "SERV-TECH")->name,
	                 "Services techniques (fermé)");
	fx_chorus_structure_free(s);
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "19690002100011", &s), FX_OK);
	ck_assert(s->service_or_engagement && s->payment_status_hidden);
	fx_chorus_structure_free(s);
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "19690001300018", &s), FX_OK);
	ck_assert(!s->active);
	fx_chorus_structure_free(s);
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "99999999999999", &s), FX_EMISSING);
	free(db);
}
END_TEST

START_TEST(import_replaces_and_failures_keep_the_previous)
{
	char *db = temp_path("annuaire.db");
	const char *files[] = {DATA "annuaire-structures.csv", DATA "annuaire-services.csv"};
	import(db, files, 2);
	char *small = temp_file("small.csv", "Identifiant,RaisonSociale,GestionEngagement\n"
	                                     "11111111111111,ONE,oui\n");
	const char *one[] = {small};
	fx_chorus_import_stats st = import(db, one, 1);
	ck_assert_int_eq(st.structures, 1);
	fx_chorus_structure *s = NULL;
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "26690012500011", &s), FX_EMISSING);
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "11111111111111", &s), FX_OK);
	ck_assert(s->engagement_required && s->active);
	fx_chorus_structure_free(s);
	char *bad = temp_file("bad.csv", "Identifiant;GestionService\n"
	                                 "22222222222222;true\n"
	                                 "33333333333333;peut-être\n");
	const char *both[] = {files[0], bad};
	ck_assert_int_eq(fx_chorus_annuaire_import(db, both, 2, NULL), FX_EINVAL);
	char expected[4200];
	snprintf(expected, sizeof expected,
	         "%s:3: column GestionService: expected a yes/no value (true, false, oui, non, 1, "
	         "0), got 'peut-être'",
	         bad);
	ck_assert_str_eq(fx_error_last()->message, expected);
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "11111111111111", &s), FX_OK);
	fx_chorus_structure_free(s);
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "26690012500011", &s), FX_EMISSING);
	free(small);
	free(bad);
	free(db);
}
END_TEST

START_TEST(unrecognised_and_latin1_files)
{
	char *db = temp_path("annuaire.db");
	char *other = temp_file("other.csv", "Nom;Prenom\nA;B\n");
	const char *files[] = {other};
	ck_assert_int_eq(fx_chorus_annuaire_import(db, files, 1, NULL), FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "other.csv:1: the header names"));
	char *empty = temp_file("empty.csv", "");
	files[0] = empty;
	ck_assert_int_eq(fx_chorus_annuaire_import(db, files, 1, NULL), FX_EINVAL);
	char *latin1 = temp_file("latin1.csv", "Identifiant;Raison Sociale;Structure active\n"
	                                       "44444444444444;LYC\xC9"
	                                       "E \xC9TOILE;non\n");
	files[0] = latin1;
	fx_chorus_import_stats st = import(db, files, 1);
	ck_assert_int_eq(st.latin1_files, 1);
	fx_chorus_structure *s = NULL;
	ck_assert_int_eq(fx_chorus_annuaire_lookup(db, "44444444444444", &s), FX_OK);
	ck_assert_str_eq(s->name, "LYCÉE ÉTOILE");
	ck_assert(!s->active);
	fx_chorus_structure_free(s);
	char *absent = temp_path("none.db");
	ck_assert_int_eq(fx_chorus_annuaire_lookup(absent, "44444444444444", &s), FX_EMISSING);
	ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "annuaire import"));
	ck_assert_int_ne(access(absent, F_OK), 0);
	files[0] = "/nonexistent/file.csv";
	ck_assert_int_eq(fx_chorus_annuaire_import(db, files, 1, NULL), FX_EIO);
	free(absent);
	free(other);
	free(empty);
	free(latin1);
	free(db);
}
END_TEST

/* Builds the suite. */
static Suite *annuaire_suite(void)
{
	Suite *s = suite_create("chorus_annuaire");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, import_and_lookup);
	tcase_add_test(tc, import_replaces_and_failures_keep_the_previous);
	tcase_add_test(tc, unrecognised_and_latin1_files);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the directory tests. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(annuaire_suite());
}
