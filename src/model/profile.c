/*
 * Factur-X 1.09.2 profiles: names, BT-24 guideline identifiers and parsing.
 */
#include "facturx/profile.h"

#include <string.h>

#include "core/error.h"

/* One row per profile, in enum order. */
static const struct {
	const char *key;       /* lower-case name without separators */
	const char *name;      /* canonical name (XMP ConformanceLevel) */
	const char *guideline; /* BT-24 written by the library */
	const char *zugferd;   /* ZUGFeRD 2 alias of BT-24 */
} profiles[] = {
    {"minimum", "MINIMUM", "urn:factur-x.eu:1p0:minimum", "urn:zugferd.de:2p0:minimum"},
    {"basicwl", "BASIC WL", "urn:factur-x.eu:1p0:basicwl", "urn:zugferd.de:2p0:basicwl"},
    {"basic", "BASIC", "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
     "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic"},
    {"en16931", "EN 16931", "urn:cen.eu:en16931:2017", NULL},
    {"extended", "EXTENDED", "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
     "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended"},
};

#define PROFILE_COUNT (sizeof profiles / sizeof profiles[0])

/* True when p is one of the enum values. */
static int profile_valid(fx_profile p)
{
	return (int)p >= 0 && (size_t)p < PROFILE_COUNT;
}

/* Lower-cases name into key, dropping ' ', '-' and '_'; 0 if it does not fit. */
static int profile_key(const char *name, char *key, size_t size)
{
	size_t n = 0;
	for (const char *s = name; *s; s++) {
		char c = *s;
		if (c == ' ' || c == '-' || c == '_')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (n + 1 >= size)
			return 0;
		key[n++] = c;
	}
	key[n] = '\0';
	return 1;
}

/* Parses a profile name. name: the text; out: receives the profile. */
int fx_profile_parse(const char *name, fx_profile *out)
{
	char key[32];
	if (!name || !out)
		return fx_error_set(FX_EUSAGE, "fx_profile_parse: NULL argument");
	if (profile_key(name, key, sizeof key)) {
		if (strcmp(key, "comfort") == 0) {
			*out = FX_PROFILE_EN16931;
			return FX_OK;
		}
		for (size_t i = 0; i < PROFILE_COUNT; i++) {
			if (strcmp(key, profiles[i].key) == 0) {
				*out = (fx_profile)i;
				return FX_OK;
			}
		}
	}
	return fx_error_set(FX_EINVAL,
	                    "unknown profile '%.40s' (expected minimum, basicwl, basic, en16931 "
	                    "or extended)",
	                    name);
}

/* Returns the canonical name of profile ("?" when out of range). */
const char *fx_profile_name(fx_profile profile)
{
	return profile_valid(profile) ? profiles[profile].name : "?";
}

/* Returns the BT-24 identifier of profile ("" when out of range). */
const char *fx_profile_guideline_id(fx_profile profile)
{
	return profile_valid(profile) ? profiles[profile].guideline : "";
}

/* True for XML white space. */
static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Recognises a BT-24 value, ignoring surrounding white space.
 * id: the identifier; out: receives the profile. */
int fx_profile_from_guideline_id(const char *id, fx_profile *out)
{
	if (!id || !out)
		return fx_error_set(FX_EUSAGE, "fx_profile_from_guideline_id: NULL argument");
	const char *start = id;
	while (is_space(*start))
		start++;
	size_t len = strlen(start);
	while (len > 0 && is_space(start[len - 1]))
		len--;
	for (size_t i = 0; i < PROFILE_COUNT; i++) {
		const char *forms[2] = {profiles[i].guideline, profiles[i].zugferd};
		for (int k = 0; k < 2; k++) {
			if (forms[k] && strlen(forms[k]) == len &&
			    memcmp(forms[k], start, len) == 0) {
				*out = (fx_profile)i;
				return FX_OK;
			}
		}
	}
	return fx_error_set(FX_EINVAL, "'%.*s' is not a Factur-X guideline identifier (BT-24)",
	                    (int)(len > 120 ? 120 : len), start);
}
