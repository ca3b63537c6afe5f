/*
 * Every statement of examples/works, written as CII XML in EN 16931 and in
 * EXTENDED, is valid against the official Factur-X 1.09.2 XSD of that
 * profile (needs ../shared: skipped otherwise).
 */
#include <locale.h>

#include <libxml/xmlschemas.h>

#include "test_cii.h"
#include "test_works_support.h"

/** One statement to write: its file and how many titulaire statements come first. */
typedef struct sample {
	const char *path;
	size_t before;
} sample;

static const sample samples[] = {
    {FX_TW_DIR "/titulaire/01-mensuel-2025-01.json", 0},
    {FX_TW_DIR "/titulaire/02-mensuel-2025-02.json", 1},
    {FX_TW_DIR "/titulaire/03-mensuel-2025-03.json", 2},
    {FX_TW_DIR "/titulaire/04-mensuel-2025-04.json", 3},
    {FX_TW_DIR "/titulaire/05-decompte-final.json", 4},
    {FX_TW_DIR "/titulaire/06-dgd.json", 5},
    {FX_TW_COTRAITANT, 0},
    {FX_TW_SOUS_TRAITANT, 0},
};

/* Validates sample _i in both profiles. */
START_TEST(sample_valid)
{
	const sample *x = &samples[_i];
	static const fx_profile profiles[] = {FX_PROFILE_EN16931, FX_PROFILE_EXTENDED};
	for (size_t p = 0; p < 2; p++) {
		fx_works_series *s = fx_tw_series(x->before);
		fx_works_description *d = fx_tw_read(x->path);
		fx_works_statement *st = fx_tw_compute(d, x->before ? s : NULL);
		fx_works_options o;
		fx_works_options_init(&o, FX_WORKS_OPTIONS_VERSION);
		o.profile = (int)profiles[p];
		fx_invoice *inv = NULL;
		ck_assert_int_eq(fx_works_invoice(d, st, &o, &inv), FX_OK);
		fx_cii_options c = FX_CII_OPTIONS_INIT;
		c.profile = profiles[p];
		char *xml = NULL;
		size_t len = 0;
		ck_assert_msg(fx_cii_write_memory(inv, &c, &xml, &len) == FX_OK, "%s",
		              fx_error_last()->message);
		xmlSchemaPtr schema = fx_test_profile_schema(profiles[p]);
		ck_assert_msg(fx_test_validate(schema, xml, len) == 0, "%s (%s):\n%s", x->path,
		              fx_profile_name(profiles[p]), fx_test_schema_messages());
		xmlSchemaFree(schema);
		free(xml);
		fx_invoice_free(inv);
		fx_works_statement_free(st);
		fx_works_description_free(d);
		fx_works_series_free(s);
	}
}
END_TEST

/* The suite. */
static Suite *works_xsd_suite(void)
{
	Suite *s = suite_create("works_xsd");
	TCase *tc = tcase_create("xsd");
	tcase_add_loop_test(tc, sample_valid, 0, (int)(sizeof samples / sizeof samples[0]));
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite (skipped without ../shared). */
int main(void)
{
	setlocale(LC_ALL, "");
	fx_test_require_shared("validating the works statements against the official XSDs");
	return fx_test_run(works_xsd_suite());
}
