/*
 * Unit tests of the profiles (include/facturx/profile.h): names, parsing,
 * BT-24 guideline identifiers both ways.
 */
#include <string.h>

#include "facturx/profile.h"
#include "test_support.h"

/* Profile names parse in their usual spellings; others are refused. */
START_TEST(test_parse_names)
{
	static const struct {
		const char *text;
		fx_profile want;
	} ok[] = {
	    {"minimum", FX_PROFILE_MINIMUM},   {"MINIMUM", FX_PROFILE_MINIMUM},
	    {"basicwl", FX_PROFILE_BASIC_WL},  {"basic-wl", FX_PROFILE_BASIC_WL},
	    {"Basic_WL", FX_PROFILE_BASIC_WL}, {"BASIC WL", FX_PROFILE_BASIC_WL},
	    {"basic", FX_PROFILE_BASIC},       {"en16931", FX_PROFILE_EN16931},
	    {"EN 16931", FX_PROFILE_EN16931},  {"comfort", FX_PROFILE_EN16931},
	    {"Extended", FX_PROFILE_EXTENDED},
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		fx_profile p = (fx_profile)-1;
		ck_assert_msg(fx_profile_parse(ok[i].text, &p) == 0, "%s refused", ok[i].text);
		ck_assert_int_eq(p, ok[i].want);
	}
	static const char *const bad[] = {
	    "",          "basics",   "en",
	    "xrechnung", "minimum2", "a very long name that does not fit in the key buffer"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		fx_profile p = FX_PROFILE_BASIC;
		ck_assert_int_eq(fx_profile_parse(bad[i], &p), FX_EINVAL);
		ck_assert_int_eq(p, FX_PROFILE_BASIC);
		ck_assert_ptr_nonnull(strstr(fx_error_last()->message, "unknown profile"));
	}
	fx_profile p;
	ck_assert_int_eq(fx_profile_parse(NULL, &p), FX_EUSAGE);
	ck_assert_int_eq(fx_profile_parse("basic", NULL), FX_EUSAGE);
}
END_TEST

/* Canonical names and BT-24 identifiers round-trip. */
START_TEST(test_names_and_guidelines)
{
	ck_assert_str_eq(fx_profile_name(FX_PROFILE_MINIMUM), "MINIMUM");
	ck_assert_str_eq(fx_profile_name(FX_PROFILE_BASIC_WL), "BASIC WL");
	ck_assert_str_eq(fx_profile_name(FX_PROFILE_BASIC), "BASIC");
	ck_assert_str_eq(fx_profile_name(FX_PROFILE_EN16931), "EN 16931");
	ck_assert_str_eq(fx_profile_name(FX_PROFILE_EXTENDED), "EXTENDED");
	ck_assert_str_eq(fx_profile_guideline_id(FX_PROFILE_MINIMUM),
	                 "urn:factur-x.eu:1p0:minimum");
	ck_assert_str_eq(fx_profile_guideline_id(FX_PROFILE_BASIC_WL),
	                 "urn:factur-x.eu:1p0:basicwl");
	ck_assert_str_eq(fx_profile_guideline_id(FX_PROFILE_BASIC),
	                 "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic");
	ck_assert_str_eq(fx_profile_guideline_id(FX_PROFILE_EN16931), "urn:cen.eu:en16931:2017");
	ck_assert_str_eq(fx_profile_guideline_id(FX_PROFILE_EXTENDED),
	                 "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended");
	/* Every canonical name parses back to its profile. */
	for (int i = FX_PROFILE_MINIMUM; i <= FX_PROFILE_EXTENDED; i++) {
		fx_profile p;
		ck_assert_int_eq(fx_profile_parse(fx_profile_name((fx_profile)i), &p), 0);
		ck_assert_int_eq(p, i);
		ck_assert_int_eq(
		    fx_profile_from_guideline_id(fx_profile_guideline_id((fx_profile)i), &p), 0);
		ck_assert_int_eq(p, i);
	}
	ck_assert_str_eq(fx_profile_name((fx_profile)42), "?");
	ck_assert_str_eq(fx_profile_guideline_id((fx_profile)-1), "");
}
END_TEST

/* ZUGFeRD 2 aliases of BT-24 are recognised; other identifiers are not. */
START_TEST(test_guideline_aliases)
{
	static const struct {
		const char *id;
		fx_profile want;
	} ok[] = {
	    {"urn:zugferd.de:2p0:minimum", FX_PROFILE_MINIMUM},
	    {"urn:zugferd.de:2p0:basicwl", FX_PROFILE_BASIC_WL},
	    {"urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic", FX_PROFILE_BASIC},
	    {"urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended", FX_PROFILE_EXTENDED},
	    {"  urn:cen.eu:en16931:2017\n", FX_PROFILE_EN16931},
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		fx_profile p = (fx_profile)-1;
		ck_assert_msg(fx_profile_from_guideline_id(ok[i].id, &p) == 0, "%s refused",
		              ok[i].id);
		ck_assert_int_eq(p, ok[i].want);
	}
	static const char *const bad[] = {
	    "urn:ferd:CrossIndustryDocument:invoice:1p0:comfort",
	    "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
	    "URN:CEN.EU:EN16931:2017", "urn:cen.eu:en16931:2017x", ""};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		fx_profile p = FX_PROFILE_MINIMUM;
		ck_assert_int_eq(fx_profile_from_guideline_id(bad[i], &p), FX_EINVAL);
		ck_assert_int_eq(p, FX_PROFILE_MINIMUM);
	}
	fx_profile p;
	ck_assert_int_eq(fx_profile_from_guideline_id(NULL, &p), FX_EUSAGE);
}
END_TEST

/* Builds the suite. */
static Suite *profile_suite(void)
{
	Suite *s = suite_create("profile");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_parse_names);
	tcase_add_test(tc, test_names_and_guidelines);
	tcase_add_test(tc, test_guideline_aliases);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(profile_suite());
}
