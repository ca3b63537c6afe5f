/*
 * Amounts in words (ICU rule-based spell-out), with the currency units and
 * the French and English grammar around them ("un euro", "deux millions
 * d'euros", "one euro and one cent").
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "core/buf.h"
#include "core/error.h"
#include "pdf/cache.h"
#include "facturx/render.h"

/** Names of a currency's units in one language. */
typedef struct unit_names {
	const char *lang, *code;
	const char *one, *many;             /* major unit */
	const char *minor_one, *minor_many; /* minor unit */
	bool feminine;                      /* French gender of the major unit */
} unit_names;

static const unit_names UNITS[] = {
    {"fr", "EUR", "euro", "euros", "centime", "centimes", false},
    {"fr", "USD", "dollar", "dollars", "cent", "cents", false},
    {"fr", "CAD", "dollar canadien", "dollars canadiens", "cent", "cents", false},
    {"fr", "CHF", "franc suisse", "francs suisses", "centime", "centimes", false},
    {"fr", "GBP", "livre sterling", "livres sterling", "penny", "pence", true},
    {"en", "EUR", "euro", "euros", "cent", "cents", false},
    {"en", "USD", "US dollar", "US dollars", "cent", "cents", false},
    {"en", "CAD", "Canadian dollar", "Canadian dollars", "cent", "cents", false},
    {"en", "CHF", "Swiss franc", "Swiss francs", "centime", "centimes", false},
    {"en", "GBP", "pound sterling", "pounds sterling", "penny", "pence", false},
};

/* Pool hook: closes an idle spell-out formatter. */
static void close_speller(void *nf)
{
	unum_close(nf);
}

/* Opens the spell-out formatter of lang with rule set rules (pooled, see cache.h). */
static UNumberFormat *open_speller(const char *lang, const char *rules, UErrorCode *st)
{
	UNumberFormat *nf = unum_open(UNUM_SPELLOUT, NULL, 0, lang, NULL, st);
	if (U_FAILURE(*st))
		return NULL;
	UChar r[40];
	int32_t rlen = 0;
	u_strFromUTF8(r, 40, &rlen, rules, -1, st);
	UErrorCode st2 = *st;
	unum_setTextAttribute(nf, UNUM_DEFAULT_RULESET, r, rlen, &st2); /* kept if unknown */
	return nf;
}

/* Spells the integer v with ICU in language lang (feminine: French feminine forms)
 * and appends it to b. */
static int spell(fx_buf *b, const char *lang, int64_t v, bool feminine)
{
	const char *rules = strcmp(lang, "fr") == 0 ? (feminine ? "%spellout-cardinal-feminine"
	                                                        : "%spellout-cardinal-masculine")
	                                            : "%spellout-cardinal";
	char key[64];
	snprintf(key, sizeof key, "rbnf|%s|%s", lang, rules);
	UErrorCode st = U_ZERO_ERROR;
	UNumberFormat *nf = fx_pool_take(key);
	if (!nf)
		nf = open_speller(lang, rules, &st);
	if (U_FAILURE(st) || !nf) {
		if (nf)
			unum_close(nf);
		return fx_error_set(FX_EINVAL, "ICU: no spell-out rules for \"%s\": %s", lang,
		                    u_errorName(st));
	}
	UChar out[512];
	int32_t n = unum_formatInt64(nf, v, out, 512, NULL, &st);
	fx_pool_give(key, nf, close_speller);
	char text[1024];
	int32_t tlen = 0;
	if (U_SUCCESS(st))
		u_strToUTF8(text, sizeof text, &tlen, out, n, &st);
	if (U_FAILURE(st))
		return fx_error_set(FX_EINVAL, "ICU: spelling out failed: %s", u_errorName(st));
	return fx_buf_append(b, text, (size_t)tlen);
}

/* True when the French word w starts with a vowel sound letter (for "d'"). */
static bool starts_with_vowel(const char *w)
{
	return strchr("aeiouyAEIOUY", w[0]) != NULL || strncmp(w, "\xC3\xA9", 2) == 0;
}

/* Appends "<number> <unit>" for the major part v (French grammar when fr). */
static int major_part(fx_buf *b, const char *lang, const unit_names *u, const char *code, int64_t v)
{
	bool fr = strcmp(lang, "fr") == 0;
	int rc = spell(b, lang, v, u && u->feminine);
	if (rc)
		return rc;
	if (!u)
		return fx_buf_printf(b, " %s", code);
	/* French: singular below 2 ("zéro euro", "un euro"); English: only for one */
	const char *name = (fr ? v < 2 : v == 1) ? u->one : u->many;
	if (fr && v >= 1000000 && v % 1000000 == 0)
		return fx_buf_printf(b, " %s%s", starts_with_vowel(name) ? "d'" : "de ", name);
	return fx_buf_printf(b, " %s", name);
}

/* Spells the rounded amount into b. */
static int spell_amount(fx_buf *b, const char *lang, const char *code, fx_decimal cents)
{
	const unit_names *u = NULL;
	for (size_t i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++)
		if (strcmp(UNITS[i].lang, lang) == 0 && strcmp(UNITS[i].code, code) == 0)
			u = &UNITS[i];
	bool fr = strcmp(lang, "fr") == 0;
	int64_t c = cents.coef < 0 ? -cents.coef : cents.coef;
	int64_t major = c / 100, minor = c % 100;
	if (cents.coef < 0)
		fx_buf_puts(b, fr ? "moins " : "minus ");
	int rc = 0;
	if (major > 0 || minor == 0 || !u)
		rc = major_part(b, lang, u, code, major);
	if (rc || minor == 0)
		return rc;
	if (!u)
		return fx_buf_printf(b, " %s %02d/100", fr ? "et" : "and", (int)minor);
	if (major > 0)
		fx_buf_puts(b, fr ? " et " : " and ");
	rc = spell(b, lang, minor, false);
	if (rc)
		return rc;
	return fx_buf_printf(b, " %s", minor == 1 ? u->minor_one : u->minor_many);
}

/* Spells an amount in words (public). */
int fx_render_amount_in_words(fx_decimal amount, const char *currency, const char *language,
                              char **out)
{
	if (!out || !amount.set || !currency || strlen(currency) != 3)
		return fx_error_set(FX_EUSAGE, "fx_render_amount_in_words: amount, currency "
		                               "(3 letters) and out are required");
	char lang[3] = "fr";
	if (language && strlen(language) >= 2) {
		lang[0] = language[0];
		lang[1] = language[1];
	}
	if (strcmp(lang, "fr") != 0 && strcmp(lang, "en") != 0)
		return fx_error_set(FX_EUSAGE,
		                    "amount in words: language \"%s\" is not "
		                    "supported (fr, en)",
		                    language);
	fx_decimal cents;
	int rc = fx_decimal_round(amount, 2, FX_ROUND_HALF_UP, &cents);
	if (rc)
		return rc;
	fx_buf b = {0};
	rc = spell_amount(&b, lang, currency, cents);
	if (!rc && b.failed)
		rc = fx_error_oom();
	if (rc) {
		fx_buf_free(&b);
		return rc;
	}
	*out = fx_buf_detach(&b, NULL);
	return 0;
}
