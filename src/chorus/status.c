/*
 * Following a flow: its detailed report (consulterCRDetaille), then its
 * invoices (rechercher/fournisseur) and their histories
 * (consulter/historique), recorded in the journal.
 */
#include <stdlib.h>
#include <string.h>

#include "chorus/client_internal.h"
#include "chorus/journal.h"
#include "chorus/json_util.h"
#include "chorus/parse.h"
#include "chorus/util.h"
#include "core/error.h"

#define INVOICES_PER_PAGE 100
#define MAX_INVOICE_PAGES 50

/* Calls path with the JSON body v (consumed). */
static int call_json(fx_chorus_client *c, const char *path, json_t *v, fx_http_response *reply)
{
	char *body = fx_cj_dump(v);
	if (!body)
		return fx_error_oom();
	int rc = fx_chorus_call(c, path, body, true, reply, NULL);
	free(body);
	return rc;
}

/* Records that path answered with codeRetour ret about flow. */
static int app_error(const char *path, const char *flow, const fx_ch_ret *ret)
{
	return fx_error_set(FX_EINVAL, "Chorus Pro answered %s for flow %s with code %ld: %s", path,
	                    flow, ret->code, ret->libelle ? ret->libelle : "no libelle");
}

/* Gets the detailed report of flow into s. */
static int get_report(fx_chorus_client *c, const char *flow, fx_chorus_flow_status *s)
{
	fx_http_response r = {0};
	int rc = call_json(c, "transverses/v1/consulterCRDetaille",
	                   json_pack("{s:s}", "numeroFluxDepot", flow), &r);
	if (rc != FX_OK)
		return rc;
	fx_ch_ret ret = {0, NULL};
	rc = fx_ch_parse_report(r.body, r.len, &ret, &s->report);
	fx_http_response_free(&r);
	if (rc == FX_OK && ret.code != 0)
		rc = app_error("consulterCRDetaille", flow, &ret);
	fx_ch_ret_clear(&ret);
	if (rc == FX_OK && !s->report.flow_number && !(s->report.flow_number = fx_ch_strdup(flow)))
		rc = fx_error_oom();
	return rc;
}

/* Lists the invoices of flow into s. */
static int get_invoices(fx_chorus_client *c, const char *flow, fx_chorus_flow_status *s)
{
	long pages = 1;
	int rc = FX_OK;
	for (long page = 1; rc == FX_OK && page <= pages && page <= MAX_INVOICE_PAGES; page++) {
		fx_http_response r = {0};
		rc = call_json(c, "factures/v1/rechercher/fournisseur",
		               json_pack("{s:s,s:{s:i,s:I}}", "numeroFluxDepot", flow,
		                         "rechercheFactureParFournisseur", "nbResultatsParPage",
		                         INVOICES_PER_PAGE, "pageResultatDemandee",
		                         (json_int_t)page),
		               &r);
		if (rc != FX_OK)
			break;
		fx_ch_ret ret = {0, NULL};
		rc =
		    fx_ch_parse_invoices(r.body, r.len, &ret, &s->invoices, &s->n_invoices, &pages);
		fx_http_response_free(&r);
		if (rc == FX_OK && ret.code != 0 && s->n_invoices == 0)
			pages = 0; /* no invoice: the platform may answer with a code */
		fx_ch_ret_clear(&ret);
	}
	return rc;
}

/* Gets the status history of invoice inv. */
static int get_history(fx_chorus_client *c, fx_chorus_invoice *inv)
{
	fx_http_response r = {0};
	int rc = call_json(c, "factures/v1/consulter/historique",
	                   json_pack("{s:I}", "idFacture", (json_int_t)inv->id), &r);
	if (rc != FX_OK)
		return rc;
	fx_ch_ret ret = {0, NULL};
	rc = fx_ch_parse_history(r.body, r.len, &ret, inv);
	fx_http_response_free(&r);
	if (rc == FX_OK && ret.code != 0)
		rc = fx_error_set(FX_EINVAL,
		                  "Chorus Pro answered consulter/historique for invoice "
		                  "%lld with code %ld: %s",
		                  (long long)inv->id, ret.code,
		                  ret.libelle ? ret.libelle : "no libelle");
	fx_ch_ret_clear(&ret);
	return rc;
}

/* Gets the status of a flow. */
int fx_chorus_status(fx_chorus_client *c, fx_chorus_journal *j, const char *flow,
                     fx_chorus_flow_status **out)
{
	if (!c || !flow || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_status: NULL argument");
	fx_chorus_flow_status *s = calloc(1, sizeof *s);
	if (!s)
		return fx_error_oom();
	int rc = get_report(c, flow, s);
	const char *state = s->report.state;
	if (rc == FX_OK && state &&
	    (strcmp(state, "IN_INTEGRE") == 0 || strcmp(state, "IN_INTEGRE_PARTIEL") == 0))
		rc = get_invoices(c, flow, s);
	for (size_t i = 0; rc == FX_OK && i < s->n_invoices; i++)
		if (s->invoices[i].id)
			rc = get_history(c, &s->invoices[i]);
	if (rc == FX_OK && j)
		rc = fx_journal_record_status(j, s);
	if (rc != FX_OK) {
		fx_chorus_flow_status_free(s);
		return rc;
	}
	*out = s;
	return FX_OK;
}

/* Frees a flow status. */
void fx_chorus_flow_status_free(fx_chorus_flow_status *s)
{
	if (!s)
		return;
	fx_ch_report_clear(&s->report);
	for (size_t i = 0; i < s->n_invoices; i++)
		fx_ch_invoice_clear(&s->invoices[i]);
	free(s->invoices);
	free(s);
}
