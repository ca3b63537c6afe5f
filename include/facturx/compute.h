/*
 * facturx - EN 16931 computation: line net amounts, VAT breakdown and
 * document totals (BT-106..BT-115), exactly as the EN 16931 business rules
 * (BR-CO-10..17, BR-<category>-08/09, BR-DEC-*) require.
 */
#ifndef FACTURX_COMPUTE_H
#define FACTURX_COMPUTE_H

#include "common.h"
#include "invoice.h"

#ifdef __cplusplus
extern "C" {
#endif

#define FX_COMPUTE_OPTIONS_VERSION 1

/** Options of fx_invoice_compute (zero-initialise, then set version). */
typedef struct fx_compute_options {
	unsigned version;       /* FX_COMPUTE_OPTIONS_VERSION */
	int check_only;         /* non-zero: never fill in, only check */
	int rules_only;         /* non-zero: check only what the EN 16931 business
				 * rules check: a stated BT-131, BT-146 or allowance/
				 * charge amount is trusted, not compared with quantity
				 * x price or base x percentage (no rule does; several
				 * official examples differ), and BT-116 of Z E AE K G
				 * gets the rules' tolerance (< 1.00) */
} fx_compute_options;

#define FX_COMPUTE_OPTIONS_INIT {FX_COMPUTE_OPTIONS_VERSION, 0, 0}

/* Computes what the invoice leaves out and checks what it gives.
 * inv: the invoice, completed in place; opts: options or NULL for defaults.
 * For each line: BT-131 = round2(BT-129 x BT-146 / BT-149) - line allowances
 * + line charges (BT-146 from BT-148 - BT-147 when absent). Document
 * allowances/charges: amount = base x percentage / 100 when absent. VAT
 * breakdown per (category, rate): BT-116 = sum of lines + charges -
 * allowances, BT-117 = round2(BT-116 x BT-119 / 100) (0 for E, AE, K, G, O).
 * Totals BT-106..BT-115 per BR-CO-10..16. Amounts are rounded half up to
 * 2 decimals. A value the invoice already has is kept and compared with the
 * computed one: a difference is FX_EMISMATCH whose message names the field
 * (BT and line) and both values. FX_EINVAL when data needed is missing
 * (e.g. a line without quantity or price), naming the BT. */
FX_EXTERN int fx_invoice_compute(fx_invoice *inv, const fx_compute_options *opts);

#ifdef __cplusplus
}
#endif

#endif
