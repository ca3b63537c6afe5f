/*
 * Computation state: allocation, and the small helpers every step uses
 * (texts for messages, rounding to cents).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compute/compute_internal.h"
#include "core/error.h"

/* Longest identifier or reason quoted in a label. */
#define FX_LABEL_QUOTE 40

/* Length of s cut to at most FX_LABEL_QUOTE bytes without splitting a UTF-8
 * sequence. s: the text. */
static int quote_len(const char *s)
{
	size_t n = strlen(s);
	if (n <= FX_LABEL_QUOTE)
		return (int)n;
	n = FX_LABEL_QUOTE;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

/* calloc that never returns NULL for a zero count (n: elements; size: bytes each). */
static void *alloc_array(size_t n, size_t size)
{
	return calloc(n ? n : 1, size);
}

/* Allocates the per-line, per-allowance and per-group arrays. */
int fx_cx_init(fx_cx *cx, fx_invoice *inv, const fx_compute_options *opts)
{
	memset(cx, 0, sizeof *cx);
	cx->inv = inv;
	cx->fill = !opts->check_only;
	cx->strict = !opts->rules_only;
	cx->groups_known = true;
	size_t n_line_ac = 0;
	for (size_t i = 0; i < inv->n_lines; i++)
		n_line_ac += inv->lines[i].n_allowances_charges;
	size_t max_groups = inv->n_lines + inv->n_allowances_charges;
	size_t max_rows = max_groups > inv->n_vat_breakdown ? max_groups : inv->n_vat_breakdown;
	cx->line_net = alloc_array(inv->n_lines, sizeof *cx->line_net);
	cx->line_price = alloc_array(inv->n_lines, sizeof *cx->line_price);
	cx->line_ac = alloc_array(n_line_ac, sizeof *cx->line_ac);
	cx->line_ac_start = alloc_array(inv->n_lines, sizeof *cx->line_ac_start);
	cx->doc_ac = alloc_array(inv->n_allowances_charges, sizeof *cx->doc_ac);
	cx->groups = alloc_array(max_groups, sizeof *cx->groups);
	cx->rows = alloc_array(max_rows, sizeof *cx->rows);
	if (!cx->line_net || !cx->line_price || !cx->line_ac || !cx->line_ac_start || !cx->doc_ac ||
	    !cx->groups || !cx->rows) {
		fx_cx_free(cx);
		return fx_error_oom();
	}
	size_t next = 0;
	for (size_t i = 0; i < inv->n_lines; i++) {
		cx->line_ac_start[i] = next;
		next += inv->lines[i].n_allowances_charges;
	}
	return FX_OK;
}

/* Frees the arrays of cx. */
void fx_cx_free(fx_cx *cx)
{
	free(cx->line_net);
	free(cx->line_price);
	free(cx->line_ac);
	free(cx->line_ac_start);
	free(cx->doc_ac);
	free(cx->groups);
	free(cx->rows);
	memset(cx, 0, sizeof *cx);
}

/* Formats d, or "absent". */
fx_num_text fx_cx_num(fx_decimal d)
{
	fx_num_text t;
	if (!d.set || fx_decimal_format(d, t.s, sizeof t.s) != FX_OK)
		snprintf(t.s, sizeof t.s, "absent");
	return t;
}

/* Names line i by its BT-126 identifier, or by its position. */
fx_label fx_cx_line_label(const fx_cx *cx, size_t i)
{
	fx_label l;
	const char *id = cx->inv->lines[i].id;
	if (id && *id)
		snprintf(l.s, sizeof l.s, "line %.*s", quote_len(id), id);
	else
		snprintf(l.s, sizeof l.s, "line #%zu (no BT-126 identifier)", i + 1);
	return l;
}

/* Names document allowance/charge i by kind, rank and reason. */
fx_label fx_cx_doc_ac_label(const fx_cx *cx, size_t i)
{
	fx_label l;
	const fx_allowance_charge *acs = cx->inv->allowances_charges;
	size_t rank = 0;
	for (size_t k = 0; k <= i; k++)
		rank += acs[k].charge == acs[i].charge;
	const char *reason = acs[i].reason ? acs[i].reason : acs[i].reason_code;
	if (reason && *reason)
		snprintf(l.s, sizeof l.s, "document %s %zu (\"%.*s\")",
		         acs[i].charge ? "charge" : "allowance", rank, quote_len(reason), reason);
	else
		snprintf(l.s, sizeof l.s, "document %s %zu", acs[i].charge ? "charge" : "allowance",
		         rank);
	return l;
}

/* Rounds half up to cents. */
int fx_cx_round2(fx_decimal v, fx_decimal *out)
{
	return fx_decimal_round(v, 2, FX_ROUND_HALF_UP, out);
}

/* round2(a x b / c) with a single rounding. */
int fx_cx_mul_div2(fx_decimal a, fx_decimal b, fx_decimal c, fx_decimal *out)
{
	fx_decimal product;
	int rc = fx_decimal_mul(a, b, &product);
	if (rc < 0)
		return rc;
	return fx_decimal_div(product, c, 2, FX_ROUND_HALF_UP, out);
}
