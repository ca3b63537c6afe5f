/*
 * Fuzz target for the works statements: any input, read as a statement
 * description (with an inline marché) and as a series state, must be read
 * without crashing. An accepted statement is computed, and when that
 * succeeds its invoice and its text are made (they must not fail but for
 * memory or overflow); an accepted state must write and read back to the
 * very same text. Built with libFuzzer (fuzz/CMakeLists.txt) or with
 * replay_main.c.
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
	fprintf(stderr, "fuzz_works: %s: %s\n", what, fx_error_last()->message);
	abort();
}

/* True for the codes an accepted input may still end with. */
static int tolerated(int rc)
{
	return rc == FX_ENOMEM || rc == FX_EOVERFLOW || rc == FX_EINVAL;
}

/* Reads data as a statement and goes as far as it can. */
static void statement(const uint8_t *data, size_t size)
{
	fx_works_description *d = NULL;
	if (fx_works_read_memory((const char *)data, size, "fuzz.json", "/nonexistent", &d) !=
	    FX_OK)
		return;
	fx_works_statement *st = NULL;
	if (fx_works_compute(d, NULL, &st) == FX_OK) {
		fx_invoice *inv = NULL;
		int rc = fx_works_invoice(d, st, NULL, &inv);
		if (rc != FX_OK && !tolerated(rc))
			fuzz_fail("the invoice of a computed statement failed");
		fx_invoice_free(inv);
		char *text = NULL;
		if (fx_works_statement_text(st, "fr", &text) != FX_OK)
			fuzz_fail("the text of a computed statement failed");
		free(text);
		fx_works_series *s = NULL;
		if (fx_works_series_new(&s) == FX_OK && fx_works_series_record(s, st) != FX_OK &&
		    fx_error_last()->code != FX_ENOMEM)
			fuzz_fail("recording statement 1 in an empty series failed");
		fx_works_series_free(s);
	}
	fx_works_statement_free(st);
	fx_works_description_free(d);
}

/* Reads data as a series state; an accepted one writes back identically. */
static void state(const uint8_t *data, size_t size)
{
	fx_works_series *s = NULL;
	if (fx_works_series_read_memory((const char *)data, size, "state.json", &s) != FX_OK)
		return;
	char *a = NULL, *b = NULL;
	size_t alen = 0, blen = 0;
	if (fx_works_series_write_memory(s, &a, &alen) != FX_OK)
		fuzz_fail("writing an accepted state failed");
	fx_works_series *r = NULL;
	if (fx_works_series_read_memory(a, alen, "written.json", &r) != FX_OK)
		fuzz_fail("the written state does not read back");
	if (fx_works_series_write_memory(r, &b, &blen) != FX_OK || alen != blen ||
	    memcmp(a, b, alen) != 0)
		fuzz_fail("writing the re-read state gives another text");
	free(a);
	free(b);
	fx_works_series_free(r);
	fx_works_series_free(s);
}

/* One input: as a statement, then as a series state. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	statement(data, size);
	state(data, size);
	return 0;
}
