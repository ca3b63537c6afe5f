/*
 * Names used by the container API: AFRelationship values, invoice
 * attachment flavours, XMP conformance levels.
 */
#include <strings.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"

/* Relationship names in enum order (DEFAULT has none). */
static const char *const rel_names[] = {"",           "Data",       "Source", "Alternative",
                                        "Supplement", "Unspecified"};

#define REL_COUNT (sizeof rel_names / sizeof rel_names[0])

/* The PDF name of rel without its slash. */
const char *fx_pdf_relationship_name(fx_pdf_relationship rel)
{
	return (int)rel >= 0 && (size_t)rel < REL_COUNT ? rel_names[rel] : "";
}

/* Matches name (with or without '/'); no error recorded. */
int fx_pdf_relationship_from_name(const char *name, fx_pdf_relationship *out)
{
	if (!name)
		return FX_EINVAL;
	if (*name == '/')
		name++;
	for (size_t i = 1; i < REL_COUNT; i++) {
		if (strcasecmp(name, rel_names[i]) == 0) {
			*out = (fx_pdf_relationship)i;
			return FX_OK;
		}
	}
	return FX_EINVAL;
}

/* Parses a relationship name for users. */
int fx_pdf_relationship_parse(const char *name, fx_pdf_relationship *out)
{
	if (!name || !out)
		return fx_error_set(FX_EUSAGE, "fx_pdf_relationship_parse: NULL argument");
	if (fx_pdf_relationship_from_name(name, out) == FX_OK)
		return FX_OK;
	return fx_error_set(FX_EINVAL,
	                    "unknown AFRelationship '%.40s' (expected Data, Source, Alternative, "
	                    "Supplement or Unspecified)",
	                    name);
}

/* File names of the flavours, in enum order. */
static const char *const flavour_files[] = {"factur-x.xml", "ZUGFeRD-invoice.xml",
                                            "zugferd-invoice.xml", "xrechnung.xml"};

/* The attachment name of flavour. */
const char *fx_pdf_flavour_file_name(fx_pdf_flavour flavour)
{
	return (int)flavour >= 0 && (size_t)flavour < sizeof flavour_files / sizeof *flavour_files
	           ? flavour_files[flavour]
	           : "";
}

/* Maps an XMP level to a profile. */
int fx_pdf_level_to_profile(const char *level, fx_profile *out)
{
	if (!level || !out)
		return fx_error_set(FX_EUSAGE, "fx_pdf_level_to_profile: NULL argument");
	for (int p = FX_PROFILE_MINIMUM; p <= FX_PROFILE_EXTENDED; p++) {
		if (strcasecmp(level, fx_profile_name((fx_profile)p)) == 0) {
			*out = (fx_profile)p;
			return FX_OK;
		}
	}
	if (strcasecmp(level, "COMFORT") == 0 || strcasecmp(level, "EN16931") == 0) {
		*out = FX_PROFILE_EN16931;
		return FX_OK;
	}
	if (strcasecmp(level, "BASICWL") == 0) {
		*out = FX_PROFILE_BASIC_WL;
		return FX_OK;
	}
	return fx_error_set(FX_EINVAL, "unknown Factur-X conformance level '%.40s'", level);
}
