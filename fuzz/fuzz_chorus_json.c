/*
 * Fuzz target for the parsers of the Chorus Pro answers (PISTE token,
 * deposit, structures, services, flow report, invoices, history): any bytes
 * go through every parser. Strings taken from an answer must come out
 * without control characters (they reach the terminal and the journal).
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/parse.h"
#include "facturx/chorus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run when s holds a control character (a finding). */
static void clean_or_abort(const char *s, const char *what)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		if (*p < 0x20 || *p == 0x7f) {
			fprintf(stderr, "fuzz_chorus_json: control character in %s\n", what);
			abort();
		}
}

/* Runs the token parsers. */
static void tokens(const char *body, size_t len)
{
	char *token = NULL, *error = NULL, *description = NULL;
	long expires = -1;
	if (fx_ch_parse_token(body, len, &token, &expires) == FX_OK) {
		if (!token[0] || strchr(token, ' ') || expires < 0)
			abort();
		free(token);
	}
	if (fx_ch_parse_token_error(body, len, &error, &description) == FX_OK) {
		clean_or_abort(error, "error");
		clean_or_abort(description, "error_description");
		free(error);
		free(description);
	}
}

/* Runs the deposit and structure parsers. */
static void structures(const char *body, size_t len)
{
	fx_ch_ret ret = {0, NULL};
	fx_ch_deposit d = {0};
	if (fx_ch_parse_deposit(body, len, &ret, &d) == FX_OK) {
		clean_or_abort(d.flow_number, "numeroFluxDepot");
		fx_ch_deposit_clear(&d);
		fx_ch_ret_clear(&ret);
	}
	fx_ch_found *found = NULL;
	size_t n = 0;
	if (fx_ch_parse_structures(body, len, &ret, &found, &n) == FX_OK) {
		for (size_t i = 0; i < n; i++)
			clean_or_abort(found[i].name, "designationStructure");
		fx_ch_found_free(found, n);
		fx_ch_ret_clear(&ret);
	}
	fx_chorus_structure *s = calloc(1, sizeof *s);
	long pages = 0;
	int engagement = 0;
	if (s && fx_ch_parse_structure(body, len, &ret, s) == FX_OK)
		fx_ch_ret_clear(&ret);
	if (s && fx_ch_parse_services(body, len, &ret, s, &pages) == FX_OK) {
		if (pages < 1)
			abort();
		for (size_t i = 0; i < s->n_services; i++)
			clean_or_abort(s->services[i].code, "codeService");
		fx_ch_ret_clear(&ret);
	}
	if (fx_ch_parse_service(body, len, &ret, &engagement) == FX_OK)
		fx_ch_ret_clear(&ret);
	fx_chorus_structure_free(s);
}

/* Runs the follow-up parsers. */
static void follow_up(const char *body, size_t len)
{
	fx_ch_ret ret = {0, NULL};
	fx_chorus_flow_report r = {0};
	if (fx_ch_parse_report(body, len, &ret, &r) == FX_OK) {
		clean_or_abort(r.state, "etatCourantDepotFlux");
		for (size_t i = 0; i < r.n_dp_errors; i++)
			clean_or_abort(r.dp_errors[i].message, "libelleErreurDP");
		fx_chorus_flow_state_text(r.state);
		fx_ch_report_clear(&r);
		fx_ch_ret_clear(&ret);
	}
	fx_chorus_invoice *items = NULL;
	size_t n = 0;
	long pages = 0;
	if (fx_ch_parse_invoices(body, len, &ret, &items, &n, &pages) == FX_OK)
		fx_ch_ret_clear(&ret);
	fx_chorus_invoice inv = {0};
	if (fx_ch_parse_history(body, len, &ret, &inv) == FX_OK) {
		for (size_t i = 1; i < inv.n_history; i++)
			if (inv.history[i - 1].date && inv.history[i].date &&
			    strcmp(inv.history[i - 1].date, inv.history[i].date) > 0)
				abort();
		fx_ch_ret_clear(&ret);
	}
	fx_ch_invoice_clear(&inv);
	for (size_t i = 0; i < n; i++)
		fx_ch_invoice_clear(&items[i]);
	free(items);
}

/* Feeds data to every parser. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *body = (const char *)data;
	tokens(body, size);
	structures(body, size);
	follow_up(body, size);
	return 0;
}
