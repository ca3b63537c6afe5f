/*
 * Fuzz target for the JSON invoice description: any input must be read
 * without crashing; when it is accepted, writing it must succeed and the
 * written text must read back and write again to the very same text.
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run with the library's last message (a finding). */
static void fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz_json: %s: %s\n", what, fx_error_last()->message);
	abort();
}

/* Writes inv; aborts on any failure but running out of memory. */
static char *fuzz_write(const fx_invoice *inv, size_t *len)
{
	char *out = NULL;
	int rc = fx_json_write_memory(inv, &out, len);
	if (rc == FX_ENOMEM)
		return NULL;
	if (rc != FX_OK)
		fuzz_fail("writing an accepted description failed");
	return out;
}

/* One input: read, and for accepted ones check the write/read round trip. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fx_invoice *inv = NULL;
	if (fx_json_read_memory((const char *)data, size, "fuzz.json", &inv) != FX_OK)
		return 0;
	size_t len1 = 0, len2 = 0;
	char *w1 = fuzz_write(inv, &len1);
	fx_invoice_free(inv);
	if (!w1)
		return 0;
	fx_invoice *again = NULL;
	int rc = fx_json_read_memory(w1, len1, "written.json", &again);
	if (rc == FX_ENOMEM) {
		free(w1);
		return 0;
	}
	if (rc != FX_OK)
		fuzz_fail("the written description does not read back");
	char *w2 = fuzz_write(again, &len2);
	fx_invoice_free(again);
	if (w2 && (len1 != len2 || memcmp(w1, w2, len1) != 0))
		fuzz_fail("writing the re-read description gives another text");
	free(w2);
	free(w1);
	return 0;
}
