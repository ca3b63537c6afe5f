/*
 * fx_generate_embed_memory: a Factur-X file from a PDF drawn elsewhere and
 * an existing CII XML, embedded as it is once read and checked.
 */
#include <stdlib.h>

#include "core/error.h"
#include "facturx/cii.h"
#include "facturx/compute.h"
#include "generate/generate_internal.h"

/* Chooses the profile: the option's or the XML's BT-24 (bt24: a profile or
 * -1), refusing a disagreement. source: the XML's name; out: the profile. */
static int pick_profile(const fx_generate_options *o, int bt24, const char *source, fx_profile *out)
{
	int asked = o ? o->profile : FX_GENERATE_PROFILE_AUTO;
	if (asked == FX_GENERATE_PROFILE_AUTO) {
		if (bt24 < 0)
			return fx_error_set(FX_EMISSING,
			                    "%s: BT-24 specification identifier is not that of a "
			                    "Factur-X profile: say which profile the XML follows "
			                    "(--profile)",
			                    source);
		*out = (fx_profile)bt24;
		return FX_OK;
	}
	if (bt24 >= 0 && bt24 != asked)
		return fx_error_set(FX_EINVAL,
		                    "%s: BT-24 specification identifier is %s (%s) but profile %s "
		                    "was asked: the PDF's conformance level must be the XML's",
		                    source, fx_profile_guideline_id((fx_profile)bt24),
		                    fx_profile_name((fx_profile)bt24),
		                    fx_profile_name((fx_profile)asked));
	*out = (fx_profile)asked;
	return FX_OK;
}

/* Reads the XML and checks its amounts. xml/len/source: the XML; o: the
 * options; inv/profile: receive the model and the profile. */
static int read_xml(const char *xml, size_t len, const char *source, const fx_generate_options *o,
                    fx_invoice **inv, fx_profile *profile)
{
	fx_invoice *model = NULL;
	int bt24 = -1;
	int rc = fx_cii_read_memory(xml, len, source, &model, &bt24);
	if (rc)
		return rc;
	rc = pick_profile(o, bt24, source, profile);
	if (!rc) {
		fx_compute_options c = FX_COMPUTE_OPTIONS_INIT;
		c.check_only = 1;
		c.rules_only = 1;
		rc = fx_invoice_compute(model, &c);
		if (rc)
			fx_error_prefix("%s", source);
	}
	if (rc) {
		fx_invoice_free(model);
		return rc;
	}
	*inv = model;
	return FX_OK;
}

/* Makes a Factur-X file from a visual PDF and an existing CII XML. */
int fx_generate_embed_memory(const void *pdf, size_t pdf_len, const char *xml, size_t xml_len,
                             const char *xml_source, const fx_generate_options *opts,
                             unsigned char **out, size_t *out_len)
{
	if (!pdf || !xml || !out || !out_len)
		return fx_error_set(FX_EUSAGE,
		                    "fx_generate_embed_memory: pdf, xml, out and out_len are "
		                    "required");
	int rc = fx_gen_check_options(opts, "fx_generate_embed_memory");
	if (rc)
		return rc;
	const char *source = xml_source ? xml_source : "<xml>";
	fx_pdf_date date;
	if (opts && opts->date)
		date = *opts->date; /* checked by the assembly */
	else if (fx_generate_resolve_date(NULL, &date) != FX_OK)
		return FX_EUSAGE;
	fx_invoice *inv = NULL;
	fx_profile profile = FX_PROFILE_EN16931;
	rc = read_xml(xml, xml_len, source, opts, &inv, &profile);
	if (rc)
		return rc;
	fx_gen_meta meta = {0};
	rc = fx_gen_validate_xml(xml, xml_len, source, (int)profile, opts);
	if (!rc)
		rc = fx_gen_meta_build(inv, profile, opts ? opts->language : NULL, &meta);
	if (!rc) {
		fx_pdf_assemble_options a;
		fx_gen_assemble_options(opts, inv, &meta, &date, &a);
		a.check_input = 1;
		rc = fx_pdf_assemble(pdf, pdf_len, xml, xml_len, profile, &a, out, out_len);
	}
	fx_gen_meta_free(&meta);
	fx_invoice_free(inv);
	return rc;
}
