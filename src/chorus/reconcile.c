/*
 * Reconciliation of a deposit whose outcome is unknown. The platform lists
 * an invoice only once its flow is integrated, so "not found" proves
 * nothing at first: the file is sent again only when the invoice is still
 * absent reconcile_grace seconds after the attempt (docs/chorus-pro.md).
 */
#include "chorus/reconcile.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chorus/json_util.h"
#include "chorus/parse.h"
#include "chorus/util.h"
#include "core/error.h"

/* Writes the UTC day of t shifted by days as YYYY-MM-DD. */
static void day_text(time_t t, int days, char out[11])
{
	char iso[21];
	fx_ch_iso_time(t + (time_t)days * 86400, iso);
	memcpy(out, iso, 10);
	out[10] = '\0';
}

/* Searches the invoice; *list receives the invoices found. */
static int search(fx_chorus_client *c, const char *number, time_t sent, fx_chorus_invoice **list,
                  size_t *n)
{
	char from[11], to[11];
	day_text(sent, -1, from);
	day_text(time(NULL), 1, to);
	char *body = fx_cj_dump(json_pack("{s:s,s:s,s:s,s:{s:i,s:i}}", "numeroFacture", number,
	                                  "periodeDateDepotDu", from, "periodeDateDepotAu", to,
	                                  "rechercheFactureParFournisseur", "nbResultatsParPage",
	                                  100, "pageResultatDemandee", 1));
	if (!body)
		return fx_error_oom();
	fx_http_response r = {0};
	int rc = fx_chorus_call(c, "factures/v1/rechercher/fournisseur", body, true, &r, NULL);
	free(body);
	if (rc != FX_OK)
		return rc;
	fx_ch_ret ret = {0, NULL};
	long pages = 1;
	rc = fx_ch_parse_invoices(r.body, r.len, &ret, list, n, &pages);
	fx_http_response_free(&r);
	fx_ch_ret_clear(&ret);
	return rc;
}

/* Takes what a found invoice says about its flow. */
static int take_found(const fx_chorus_invoice *inv, fx_reconcile_result *out)
{
	out->kind = FX_RECONCILE_FOUND;
	out->flow_number = fx_ch_strdup(inv->flow_number);
	out->deposit_date = fx_ch_strdup(inv->deposit_date);
	if ((inv->flow_number && !out->flow_number) || (inv->deposit_date && !out->deposit_date))
		return fx_error_oom();
	return FX_OK;
}

/* Reconciles a deposit of unknown outcome. */
int fx_chorus_reconcile(fx_chorus_client *c, const char *number, const char *buyer,
                        const char *sent_at, fx_reconcile_result *out)
{
	memset(out, 0, sizeof *out);
	time_t sent;
	if (!sent_at || fx_ch_parse_time(sent_at, &sent) != 0)
		sent = time(NULL);
	fx_chorus_invoice *list = NULL;
	size_t n = 0;
	int rc = FX_OK;
	if (number)
		rc = search(c, number, sent, &list, &n);
	const fx_chorus_invoice *match = NULL;
	for (size_t i = 0; rc == FX_OK && i < n && !match; i++)
		if (list[i].number && strcmp(list[i].number, number) == 0 &&
		    (!buyer || !list[i].recipient || strcmp(list[i].recipient, buyer) == 0))
			match = &list[i];
	if (rc == FX_OK && match) {
		rc = take_found(match, out);
	} else if (rc == FX_OK) {
		time_t after = sent + c->reconcile_grace_s;
		if (time(NULL) >= after) {
			out->kind = FX_RECONCILE_ABSENT;
		} else {
			out->kind = FX_RECONCILE_NOT_YET;
			char iso[21];
			fx_ch_iso_time(after, iso);
			if (!(out->retry_after = fx_ch_strdup(iso)))
				rc = fx_error_oom();
		}
	}
	for (size_t i = 0; i < n; i++)
		fx_ch_invoice_clear(&list[i]);
	free(list);
	fx_chorus_log(c, "reconciliation of %s: %s", number ? number : "(no number)",
	              rc != FX_OK                        ? "failed"
	              : out->kind == FX_RECONCILE_FOUND  ? "found on the platform"
	              : out->kind == FX_RECONCILE_ABSENT ? "not received"
	                                                 : "not shown yet");
	if (rc != FX_OK)
		fx_reconcile_clear(out);
	return rc;
}

/* Frees a reconciliation result. */
void fx_reconcile_clear(fx_reconcile_result *r)
{
	free(r->flow_number);
	free(r->deposit_date);
	free(r->retry_after);
	memset(r, 0, sizeof *r);
}
