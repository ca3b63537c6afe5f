/*
 * fx_invoice_compute: runs the computation steps in order (amount decimals,
 * lines, document allowances/charges, VAT groups and breakdown, totals) and
 * writes the results only when every check passed.
 */
#include "compute/compute_internal.h"
#include "core/error.h"

/* Computes what the invoice leaves out and checks what it gives. */
int fx_invoice_compute(fx_invoice *inv, const fx_compute_options *opts)
{
	static const fx_compute_options defaults = FX_COMPUTE_OPTIONS_INIT;
	if (!inv)
		return fx_error_set(FX_EUSAGE, "fx_invoice_compute: inv is NULL");
	if (!opts)
		opts = &defaults;
	if (opts->version != FX_COMPUTE_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE,
		                    "fx_invoice_compute: options version %u, expected %u "
		                    "(initialise with FX_COMPUTE_OPTIONS_INIT)",
		                    opts->version, (unsigned)FX_COMPUTE_OPTIONS_VERSION);
	fx_cx cx;
	int rc = fx_cx_init(&cx, inv, opts);
	if (rc < 0)
		return rc;
	rc = fx_compute_check_decimals(&cx);
	if (rc == FX_OK)
		rc = fx_compute_lines(&cx);
	if (rc == FX_OK)
		rc = fx_compute_document_allowances(&cx);
	if (rc == FX_OK)
		rc = fx_compute_vat_groups(&cx);
	if (rc == FX_OK)
		rc = fx_compute_vat_breakdown(&cx);
	if (rc == FX_OK)
		rc = fx_compute_totals(&cx);
	if (rc == FX_OK && cx.fill)
		rc = fx_compute_commit(&cx);
	fx_cx_free(&cx);
	return rc;
}
