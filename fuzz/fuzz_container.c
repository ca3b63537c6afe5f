/*
 * Fuzz target for layer 1 of the validator (src/validate/container*.c):
 * any bytes go through fx_container_check (English and French reports),
 * the XMP level through fx_container_check_level, and the whole validation
 * of the PDF through fx_validate_memory. A finding must have a layer-1
 * FX-PDF-* id and a message; an embedded XML comes with its length.
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "facturx/validate.h"
#include "validate/stages.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run (a finding). */
static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_container: %s\n", what);
	abort();
}

/* Checks the findings of report r. */
static void check_findings(const fx_report *r)
{
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (!f || !f->rule_id || !f->message || !*f->message)
			fuzz_fail("finding without id or message");
		if (f->layer != FX_LAYER_CONTAINER || strncmp(f->rule_id, "FX-PDF-", 7) != 0)
			fuzz_fail("layer-1 finding with another layer or id");
	}
}

/* Runs layer 1 in one language. */
static void run_layer(const uint8_t *data, size_t size, bool french)
{
	fx_report *r = fx_report_new("fuzz.pdf", french);
	if (!r)
		return;
	unsigned char *xml = NULL;
	size_t xml_len = 0;
	char *level = NULL;
	int rc = fx_container_check(data, size, "fuzz.pdf", r, &xml, &xml_len, &level);
	if (rc != FX_OK && rc != FX_EINVAL && rc != FX_ENOMEM)
		fuzz_fail("unexpected return code");
	if (rc != FX_OK && (xml || level))
		fuzz_fail("outputs set on failure");
	if (xml && strlen((const char *)xml) > xml_len)
		fuzz_fail("XML longer than its length");
	check_findings(r);
	fx_profile p = (fx_profile)(size % 5);
	fx_container_check_level(level, size % 2 == 0, p, r);
	free(xml);
	free(level);
	fx_report_free(r);
}

/* Layer 1 in both languages, then the whole validation. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	run_layer(data, size, false);
	run_layer(data, size, true);
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.french = FX_SWITCH_ON;
	o.chorus = FX_SWITCH_ON;
	fx_report *r = NULL;
	if (fx_validate_memory(data, size, "fuzz.pdf", &o, &r) == FX_OK) {
		char *text = NULL, *json = NULL;
		size_t tl = 0, jl = 0;
		if (fx_report_to_text(r, &text, &tl) != FX_OK ||
		    fx_report_to_json(r, &json, &jl) != FX_OK)
			fuzz_fail("report not written");
		free(text);
		free(json);
	}
	fx_report_free(r);
	return 0;
}
