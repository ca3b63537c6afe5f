/*
 * Internal: reconciling a deposit whose outcome is unknown (the answer was
 * lost: timeout, cut connection, HTTP 5xx, crash) with what the platform
 * shows, before anything is sent again.
 */
#ifndef FX_CHORUS_RECONCILE_H
#define FX_CHORUS_RECONCILE_H

#include <stdint.h>

#include "chorus/client_internal.h"

/** What the platform shows of a deposit of unknown outcome. */
typedef enum fx_reconcile_kind {
	FX_RECONCILE_FOUND,   /* the invoice is on the platform */
	FX_RECONCILE_NOT_YET, /* not shown, but the platform may still be
	                       * processing it: do not send again yet */
	FX_RECONCILE_ABSENT   /* not shown reconcile_grace seconds or more after
	                       * the attempt: it was not received */
} fx_reconcile_kind;

/** The result of a reconciliation. */
typedef struct fx_reconcile_result {
	fx_reconcile_kind kind;
	char *flow_number;  /* FOUND: numeroFluxDepot when the listing gives it */
	char *deposit_date; /* FOUND: dateDepot */
	char *retry_after;  /* NOT_YET: when it may be sent again (UTC) */
} fx_reconcile_result;

/* Searches the supplier's invoices (factures/v1/rechercher/fournisseur)
 * for invoice number deposited to buyer (may be NULL) since the attempt
 * made at sent_at ("YYYY-MM-DDTHH:MM:SSZ"). number may be NULL: nothing can
 * then be searched and only the grace period decides. out: receives the
 * result (clear with fx_reconcile_clear). Returns FX_OK or FX_ENET. */
int fx_chorus_reconcile(fx_chorus_client *c, const char *number, const char *buyer,
                        const char *sent_at, fx_reconcile_result *out);

/* Frees the strings of r. */
void fx_reconcile_clear(fx_reconcile_result *r);

#endif
