/*
 * Fuzz target for the whole validation of an XML invoice: any bytes go
 * through fx_validate_memory with every layer (French and Chorus Pro rules
 * switched on), in English and in French, and both report formats are
 * written. Invariants: the call either refuses the input (FX_EINVAL, not
 * XML) or returns a report; an invalid verdict comes with a fatal finding
 * that counts; every finding has a rule id, a message and a known layer;
 * the JSON report parses back. The fast C paths of the rule engine are
 * checked against libxml2's XPath on every input (fx_engine_set_verify).
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "facturx.h"
#include "validate/engine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run on a broken invariant. */
static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_validate: %s\n", what);
	abort();
}

/* Checks the invariants of report r. */
static void check_report(const fx_report *r)
{
	bool counted_fatal = false;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (!f || !f->rule_id || !f->rule_id[0] || !f->message)
			fuzz_fail("finding without id or message");
		if (f->layer < FX_LAYER_CONTAINER || f->layer > FX_LAYER_CHORUS)
			fuzz_fail("finding of an unknown layer");
		counted_fatal = counted_fatal || (f->severity == FX_SEVERITY_FATAL && f->counts);
	}
	if ((fx_report_verdict(r) == FX_VERDICT_INVALID) != counted_fatal)
		fuzz_fail("verdict and fatal findings disagree");
	char *text = NULL;
	if (fx_report_to_text(r, &text, NULL) != FX_OK)
		fuzz_fail("text report failed");
	free(text);
	if (fx_report_to_json(r, &text, NULL) != FX_OK)
		fuzz_fail("JSON report failed");
	json_error_t err;
	json_t *back = json_loads(text, 0, &err);
	if (!back)
		fuzz_fail("JSON report does not parse");
	json_decref(back);
	free(text);
}

/* Validates data as XML in both languages. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fx_engine_set_verify(true);
	size_t before = fx_engine_verify_mismatches();
	static const char *const langs[] = {"en", "fr"};
	for (int l = 0; l < 2; l++) {
		fx_validate_options o;
		fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
		o.lang = langs[l];
		o.french = FX_SWITCH_ON;
		o.chorus = FX_SWITCH_ON;
		o.max_xml_bytes = 1u << 20;
		fx_report *r = NULL;
		int rc = fx_validate_memory(data, size, "fuzz.xml", &o, &r);
		if (rc == FX_OK)
			check_report(r);
		else if (rc != FX_EINVAL || r)
			fuzz_fail("unexpected error code");
		fx_report_free(r);
	}
	if (fx_engine_verify_mismatches() != before)
		fuzz_fail("a fast path differs from XPath");
	return 0;
}
