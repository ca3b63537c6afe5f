/*
 * Fuzz target for validation layers 2 and 3: any bytes go through the
 * secure parse (small limits, so that depth and size refusals are reached
 * too) and, when a document comes out, through the structure check of every
 * schema (five profiles and CII D16B). An invalid verdict must come with a
 * fatal finding. Short inputs are also checked as decimal and base64 values,
 * where the structure check must agree with libxml2's own check.
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemastypes.h>

#include "facturx.h"
#include "validate/stages.h"
#include "validate/structure.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run on a broken invariant. */
static void fuzz_fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_xml_secure: %s: %s\n", what, detail);
	abort();
}

/* Checks data as a decimal and as base64 against libxml2's verdict. */
static void check_values(const uint8_t *data, size_t size)
{
	char text[80];
	if (size >= sizeof text || !fx_st_model_get())
		return;
	memcpy(text, data, size);
	text[size] = '\0';
	static const struct {
		fx_st_builtin ours;
		xmlSchemaValType theirs;
	} types[] = {{FX_XS_DECIMAL, XML_SCHEMAS_DECIMAL},
	             {FX_XS_BASE64, XML_SCHEMAS_BASE64BINARY}};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
		fx_st_simple t = {types[i].ours, -1, -1};
		bool ours = fx_st_value_valid(&t, text);
		bool theirs =
		    xmlSchemaValidatePredefinedType(xmlSchemaGetBuiltInType(types[i].theirs),
		                                    (const xmlChar *)text, NULL) == 0;
		if (ours != theirs)
			fuzz_fail(types[i].ours == FX_XS_DECIMAL ? "decimal verdict differs"
			                                         : "base64 verdict differs",
			          text);
	}
}

/* Parses data securely, then checks its structure against every schema. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_values(data, size);
	fx_validate_options opts;
	fx_validate_options_init(&opts, FX_VALIDATE_OPTIONS_VERSION);
	opts.max_xml_bytes = 1u << 20;
	opts.max_depth = 32;
	fx_report *r = fx_report_new("fuzz.xml", size % 2 == 1);
	if (!r)
		return 0;
	xmlDocPtr doc = fx_xml_parse_secure(data, size, &opts, r);
	if (!doc && fx_report_fatal_count(r) == 0)
		fuzz_fail("document refused", "no fatal layer-2 finding");
	for (int s = 0; doc && s < FX_ST_SCHEMAS; s++) {
		fx_report *sr = fx_report_new("fuzz.xml", s % 2 == 0);
		if (!sr)
			break;
		if (!fx_structure_check(doc, s != FX_ST_D16B, (fx_profile)s, sr) &&
		    fx_report_fatal_count(sr) == 0)
			fuzz_fail("structure invalid", "no fatal layer-3 finding");
		fx_report_free(sr);
	}
	xmlFreeDoc(doc);
	fx_report_free(r);
	return 0;
}
