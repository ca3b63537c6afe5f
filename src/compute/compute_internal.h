/*
 * Internal: the state shared by the steps of fx_invoice_compute (line
 * amounts, allowances and charges, VAT groups and breakdown, totals) and
 * their helpers. Every step works on this state only; the invoice is written
 * once at the end (commit), when every check passed.
 */
#ifndef FX_COMPUTE_INTERNAL_H
#define FX_COMPUTE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "facturx/compute.h"

/** Text of a number for messages (valid until the end of the full expression). */
typedef struct fx_num_text {
	char s[FX_DECIMAL_STRLEN];
} fx_num_text;

/** Text naming an invoice element in messages ("line 3", "document charge 1"). */
typedef struct fx_label {
	char s[128];
} fx_label;

/** The business terms of one kind of allowance or charge (for messages). */
typedef struct fx_ac_terms {
	const char *kind;    /* "line allowance", "document charge", ... */
	const char *amount;  /* "BT-136" */
	const char *base;    /* "BT-137" */
	const char *percent; /* "BT-138" */
} fx_ac_terms;

/** Lines, allowances and charges sharing one VAT category and rate. */
typedef struct fx_vat_group {
	const char *category; /* BT-118 (points into the invoice) */
	fx_decimal rate;      /* BT-119 as first met; absent for category O */
	fx_decimal basis;     /* exact sum of the amounts (BT-116 before rounding) */
	bool unknown;         /* an amount of the group is unknown (check only) */
	long entry;           /* index of the matching BG-23 entry, -1 if none */
} fx_vat_group;

/** One row of the final VAT breakdown (stated or computed values). */
typedef struct fx_vat_row {
	fx_decimal basis; /* BT-116; set == false: unknown */
	fx_decimal tax;   /* BT-117; set == false: unknown */
} fx_vat_row;

/** The computation state. Decimals with set == false are unknown. */
typedef struct fx_cx {
	fx_invoice *inv;
	bool fill;              /* write the values the invoice leaves out */
	bool strict;            /* also check stated line amounts, prices and allowances */
	fx_decimal *line_net;   /* [n_lines] BT-131, stated or computed */
	fx_decimal *line_price; /* [n_lines] BT-146 computed from BT-148 - BT-147 */
	fx_decimal *line_ac;    /* line allowance/charge amounts, all lines in a row */
	size_t *line_ac_start;  /* [n_lines] index of each line's first in line_ac */
	fx_decimal *doc_ac;     /* [n_allowances_charges] BT-92 / BT-99 amounts */
	fx_vat_group *groups;   /* VAT groups in order of first appearance */
	size_t n_groups;
	bool groups_known; /* every line/allowance/charge has a category and rate */
	fx_vat_row *rows;  /* final breakdown: one per BG-23 entry, else per group */
	size_t n_rows;
	bool rows_known;  /* rows lists every VAT group (false: check only, and
	                   * some category or rate is missing) */
	fx_totals totals; /* BT-106..BT-115 as computed (set == false: unknown) */
} fx_cx;

/* Prepares cx for inv. opts: the options (already validated).
 * Returns FX_OK or FX_ENOMEM. */
int fx_cx_init(fx_cx *cx, fx_invoice *inv, const fx_compute_options *opts);

/* Frees what fx_cx_init allocated. cx: the state. */
void fx_cx_free(fx_cx *cx);

/* Returns d as text ("absent" when d is not set). d: the value. */
fx_num_text fx_cx_num(fx_decimal d);

/* Returns "line <BT-126>" for line index i, or "line #<i+1>" without an id.
 * cx: the state; i: the line index. */
fx_label fx_cx_line_label(const fx_cx *cx, size_t i);

/* Returns "document allowance <n>" / "document charge <n>" (n counts that
 * kind from 1), with the reason when there is one. cx: the state; i: index in
 * inv->allowances_charges. */
fx_label fx_cx_doc_ac_label(const fx_cx *cx, size_t i);

/* Rounds v half up to 2 decimals (zero-extending when it has fewer).
 * v: the value; out: the result. FX_EOVERFLOW when it does not fit. */
int fx_cx_round2(fx_decimal v, fx_decimal *out);

/* out = round2(a x b / c), computed exactly then rounded once (half up).
 * a, b: factors; c: the divisor (non-zero); out: the result. */
int fx_cx_mul_div2(fx_decimal a, fx_decimal b, fx_decimal c, fx_decimal *out);

/* Checks the BR-DEC rules on every amount the invoice states (at most 2
 * decimals). cx: the state. FX_EINVAL naming the BT and the rule. */
int fx_compute_check_decimals(const fx_cx *cx);

/* Final amount of an allowance or charge: the stated one (checked against
 * base x percentage / 100 when strict) or one computed from them.
 * cx: the state; ac: the allowance or charge; where: its label; t: its BTs;
 * out: the amount, set == false when unknown (check only).
 * FX_EINVAL when it is missing and cannot be computed while filling. */
int fx_compute_ac_amount(const fx_cx *cx, const fx_allowance_charge *ac, const char *where,
                         const fx_ac_terms *t, fx_decimal *out);

/* Document-level allowances and charges (BT-92 / BT-99). cx: the state. */
int fx_compute_document_allowances(fx_cx *cx);

/* Line net prices (BT-146), line allowances/charges and net amounts (BT-131).
 * cx: the state. */
int fx_compute_lines(fx_cx *cx);

/* Groups lines and document allowances/charges by VAT category and rate.
 * cx: the state. */
int fx_compute_vat_groups(fx_cx *cx);

/* Matches, checks and completes the VAT breakdown (BG-23). cx: the state. */
int fx_compute_vat_breakdown(fx_cx *cx);

/* Computes and checks the document totals BT-106..BT-115. cx: the state. */
int fx_compute_totals(fx_cx *cx);

/* Writes every computed value the invoice leaves out. cx: the state.
 * On failure (out of memory) the invoice is left as it was. */
int fx_compute_commit(fx_cx *cx);

/* True for a VAT category whose tax is always zero (Z E AE K G O).
 * category: the code. */
bool fx_vat_zero_tax(const char *category);

/* True for category O (outside the scope of VAT: no rate). category: the code. */
bool fx_vat_no_rate(const char *category);

/* The EN 16931 rule prefix of a category ("BR-S", "BR-IC" for K...), or NULL.
 * category: the code. */
const char *fx_vat_rule_prefix(const char *category);

/* The rule checking the BT-116 of category ("BR-S-08"), or NULL when the
 * code is not an EN 16931 category. category: the code. */
const char *fx_vat_basis_rule(const char *category);

/* True when (category a, rate ra) and (category b, rate rb) are the same VAT
 * group: same code and, except for O, the same rate (absent counts as 0). */
bool fx_vat_same_group(const char *a, fx_decimal ra, const char *b, fx_decimal rb);

/* "category S rate 19" (or "category O") for messages. category, rate: the key. */
fx_label fx_vat_key_text(const char *category, fx_decimal rate);

/* The BT-117 of a group: 0 for Z E AE K G O, else round2(basis x rate / 100).
 * category, rate, basis: the group; out: the tax. */
int fx_vat_expected_tax(const char *category, fx_decimal rate, fx_decimal basis, fx_decimal *out);

/* True when a stated BT-117 is accepted for the expected one, with the
 * tolerance of the official EN 16931 artefacts; rule receives the rule id
 * that decides. category, rate: the group; stated, expected: the values. */
bool fx_vat_tax_accepted(const char *category, fx_decimal rate, fx_decimal stated,
                         fx_decimal expected, const char **rule);

/* True when a stated BT-116 is accepted for the computed one: exactly equal,
 * or (not strict) within the official tolerance of the category's rule -08.
 * cx: the state; category: the group; stated, computed: the values. */
bool fx_vat_basis_accepted(const fx_cx *cx, const char *category, fx_decimal stated,
                           fx_decimal computed);

#endif
