/*
 * facturx - Factur-X 1.09.2 profiles and their guideline identifiers (BT-24).
 */
#ifndef FACTURX_PROFILE_H
#define FACTURX_PROFILE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The Factur-X profiles, from the smallest to the richest. */
typedef enum fx_profile {
	FX_PROFILE_MINIMUM = 0,
	FX_PROFILE_BASIC_WL,
	FX_PROFILE_BASIC,
	FX_PROFILE_EN16931,
	FX_PROFILE_EXTENDED
} fx_profile;

/* Parses a profile name, case-insensitively: "minimum", "basicwl" (or
 * "basic-wl", "basic_wl", "basic wl"), "basic", "en16931" (or "comfort"),
 * "extended". name: the text; out: receives the profile. FX_EINVAL otherwise. */
FX_EXTERN int fx_profile_parse(const char *name, fx_profile *out);

/* Returns the profile's canonical name: "MINIMUM", "BASIC WL", "BASIC",
 * "EN 16931", "EXTENDED" (the XMP fx:ConformanceLevel value). */
FX_EXTERN const char *fx_profile_name(fx_profile profile);

/* Returns the BT-24 guideline identifier the profile's XML carries, e.g.
 * "urn:cen.eu:en16931:2017" for EN 16931. */
FX_EXTERN const char *fx_profile_guideline_id(fx_profile profile);

/* Recognises a BT-24 value (Factur-X or ZUGFeRD 2 aliases).
 * id: the identifier; out: receives the profile. FX_EINVAL if unknown. */
FX_EXTERN int fx_profile_from_guideline_id(const char *id, fx_profile *out);

#ifdef __cplusplus
}
#endif

#endif
