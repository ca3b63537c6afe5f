/*
 * Fuzz target for the CII XML reader: any bytes are read as a CII invoice;
 * when accepted, the model is written back as EXTENDED CII and as a JSON
 * description, and the JSON must read again.
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "facturx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run with the library's last message (a finding). */
static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_cii: %s: %s\n", what, fx_error_last()->message);
	abort();
}

/* Reads data as CII, then writes what was read in both formats. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fx_invoice *inv = NULL;
	int profile = -1;
	if (fx_cii_read_memory((const char *)data, size, "fuzz.xml", &inv, &profile) != FX_OK)
		return 0;
	if (profile < -1 || profile > FX_PROFILE_EXTENDED)
		fuzz_fail("profile out of range");
	fx_cii_options opts = FX_CII_OPTIONS_INIT;
	opts.profile = FX_PROFILE_EXTENDED;
	char *xml = NULL;
	size_t xml_len = 0;
	if (fx_cii_write_memory(inv, &opts, &xml, &xml_len) == FX_OK)
		free(xml);
	char *json = NULL;
	size_t json_len = 0;
	if (fx_json_write_memory(inv, &json, &json_len) == FX_OK) {
		fx_invoice *again = NULL;
		if (fx_json_read_memory(json, json_len, "fuzz.json", &again) != FX_OK)
			fuzz_fail("the JSON written from a read CII does not read again");
		fx_invoice_free(again);
		free(json);
	}
	fx_invoice_free(inv);
	return 0;
}
