/*
 * Parsers of the follow-up answers: the detailed flow report, the
 * supplier's invoice search and an invoice's status history.
 */
#include <stdlib.h>
#include <string.h>

#include "chorus/json_util.h"
#include "chorus/parse.h"
#include "core/error.h"

/* Frees the report's strings and lists. */
void fx_ch_report_clear(fx_chorus_flow_report *r)
{
	free(r->flow_number);
	free(r->state);
	free(r->state_date);
	free(r->deposit_date);
	free(r->file_name);
	free(r->interface_code);
	for (size_t i = 0; i < r->n_dp_errors; i++) {
		free(r->dp_errors[i].supplier);
		free(r->dp_errors[i].recipient);
		free(r->dp_errors[i].invoice_number);
		free(r->dp_errors[i].message);
	}
	free(r->dp_errors);
	for (size_t i = 0; i < r->n_technical_errors; i++) {
		free(r->technical_errors[i].code);
		free(r->technical_errors[i].message);
		free(r->technical_errors[i].nature);
	}
	free(r->technical_errors);
	memset(r, 0, sizeof *r);
}

/* Reads listeErreurDP into r. */
static int read_dp_errors(const json_t *root, fx_chorus_flow_report *r, bool *oom)
{
	const json_t *list = fx_cj_array(root, "listeErreurDP");
	size_t n = list ? json_array_size(list) : 0;
	if (!n)
		return FX_OK;
	r->dp_errors = calloc(n, sizeof *r->dp_errors);
	if (!r->dp_errors)
		return fx_error_oom();
	for (size_t i = 0; i < n; i++) {
		const json_t *e = json_array_get(list, i);
		if (!json_is_object(e))
			continue;
		fx_chorus_dp_error *d = &r->dp_errors[r->n_dp_errors++];
		d->supplier = fx_cj_text(e, "identifiantFournisseur", oom);
		d->recipient = fx_cj_text(e, "identifiantDestinataire", oom);
		d->invoice_number = fx_cj_text(e, "numeroDP", oom);
		d->message = fx_cj_text(e, "libelleErreurDP", oom);
	}
	return FX_OK;
}

/* Reads listeErreurTechnique into r. */
static int read_technical_errors(const json_t *root, fx_chorus_flow_report *r, bool *oom)
{
	const json_t *list = fx_cj_array(root, "listeErreurTechnique");
	size_t n = list ? json_array_size(list) : 0;
	if (!n)
		return FX_OK;
	r->technical_errors = calloc(n, sizeof *r->technical_errors);
	if (!r->technical_errors)
		return fx_error_oom();
	for (size_t i = 0; i < n; i++) {
		const json_t *e = json_array_get(list, i);
		if (!json_is_object(e))
			continue;
		fx_chorus_technical_error *t = &r->technical_errors[r->n_technical_errors++];
		t->code = fx_cj_text(e, "codeErreur", oom);
		t->message = fx_cj_text(e, "libelleErreur", oom);
		t->nature = fx_cj_text(e, "natureErreur", oom);
	}
	return FX_OK;
}

/* Reads the consulterCRDetaille answer. */
int fx_ch_parse_report(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_flow_report *r)
{
	json_t *root = fx_cj_load(body, len, "consulterCRDetaille");
	if (!root)
		return FX_ENET;
	bool oom = false;
	const json_t *code = json_object_get(root, "codeRetour");
	ret->code = json_is_integer(code) ? (long)json_integer_value(code) : 0;
	ret->libelle = fx_cj_text(root, "libelle", &oom);
	r->flow_number = fx_cj_text(root, "numeroFluxDepot", &oom);
	r->state = fx_cj_text(root, "etatCourantDepotFlux", &oom);
	r->state_date = fx_cj_text(root, "dateHeureEtatCourantFlux", &oom);
	r->deposit_date = fx_cj_text(root, "dateDepotFlux", &oom);
	r->file_name = fx_cj_text(root, "nomFichier", &oom);
	r->interface_code = fx_cj_text(root, "codeInterfaceDepotFlux", &oom);
	int rc = read_dp_errors(root, r, &oom);
	if (rc == FX_OK)
		rc = read_technical_errors(root, r, &oom);
	if (rc == FX_OK && oom)
		rc = fx_error_oom();
	if (rc == FX_OK && ret->code == 0 && !r->state)
		rc = fx_error_set(FX_ENET, "the answer to consulterCRDetaille has no "
		                           "etatCourantDepotFlux");
	if (rc != FX_OK) {
		fx_ch_report_clear(r);
		fx_ch_ret_clear(ret);
	}
	json_decref(root);
	return rc;
}

/* Frees an invoice's strings and history. */
void fx_ch_invoice_clear(fx_chorus_invoice *inv)
{
	free(inv->number);
	free(inv->status);
	free(inv->flow_number);
	free(inv->deposit_date);
	free(inv->invoice_date);
	free(inv->recipient);
	free(inv->recipient_name);
	for (size_t i = 0; i < inv->n_history; i++) {
		free(inv->history[i].status);
		free(inv->history[i].date);
		free(inv->history[i].comment);
	}
	free(inv->history);
	memset(inv, 0, sizeof *inv);
}

/* Fills inv from one listeFactures entry. */
static void read_invoice(const json_t *e, fx_chorus_invoice *inv, bool *oom)
{
	if (fx_cj_int64(e, "identifiantFactureCPP", &inv->id) != 0)
		inv->id = 0;
	inv->number = fx_cj_text(e, "numeroFacture", oom);
	inv->status = fx_cj_text(e, "statut", oom);
	inv->flow_number = fx_cj_text(e, "numeroFluxDepot", oom);
	inv->deposit_date = fx_cj_text(e, "dateDepot", oom);
	inv->invoice_date = fx_cj_text(e, "dateFacture", oom);
	inv->recipient = fx_cj_text(e, "codeDestinataire", oom);
	inv->recipient_name = fx_cj_text(e, "designationDestinataire", oom);
}

/* Reads the rechercher/fournisseur answer. */
int fx_ch_parse_invoices(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_invoice **items,
                         size_t *n, long *pages)
{
	json_t *root = fx_cj_load(body, len, "factures/v1/rechercher/fournisseur");
	if (!root)
		return FX_ENET;
	bool oom = false;
	const json_t *code = json_object_get(root, "codeRetour");
	ret->code = json_is_integer(code) ? (long)json_integer_value(code) : 0;
	ret->libelle = fx_cj_text(root, "libelle", &oom);
	const json_t *list = fx_cj_array(root, "listeFactures");
	size_t count = list ? json_array_size(list) : 0;
	int rc = FX_OK;
	if (count) {
		fx_chorus_invoice *grown = realloc(*items, (*n + count) * sizeof *grown);
		if (!grown)
			rc = fx_error_oom();
		else
			*items = grown;
	}
	for (size_t i = 0; rc == FX_OK && i < count; i++) {
		const json_t *e = json_array_get(list, i);
		if (!json_is_object(e))
			continue;
		fx_chorus_invoice *inv = &(*items)[(*n)++];
		memset(inv, 0, sizeof *inv);
		read_invoice(e, inv, &oom);
	}
	int64_t p = 1;
	const json_t *pr = json_object_get(root, "parametresRetour");
	if (!json_is_object(pr) || fx_cj_int64(pr, "pages", &p) != 0 || p < 1)
		p = 1;
	*pages = p > 1000 ? 1000 : (long)p;
	if (rc == FX_OK && oom)
		rc = fx_error_oom();
	if (rc != FX_OK)
		fx_ch_ret_clear(ret);
	json_decref(root);
	return rc;
}

/* Orders status changes by date, oldest first (stable; undated last). */
static int by_date(const void *a, const void *b)
{
	const fx_chorus_status_change *x = a, *y = b;
	if (!x->date || !y->date)
		return (x->date == NULL) - (y->date == NULL);
	return strcmp(x->date, y->date);
}

/* Reads historiquesDesStatuts into inv. */
static int read_changes(const json_t *root, fx_chorus_invoice *inv, bool *oom)
{
	const json_t *list = fx_cj_array(root, "historiquesDesStatuts");
	size_t count = list ? json_array_size(list) : 0;
	if (!count)
		return FX_OK;
	inv->history = calloc(count, sizeof *inv->history);
	if (!inv->history)
		return fx_error_oom();
	for (size_t i = 0; i < count; i++) {
		const json_t *e = json_array_get(list, i);
		if (!json_is_object(e))
			continue;
		char *status = fx_cj_text(e, "histoStatutCode", oom);
		if (!status)
			continue;
		fx_chorus_status_change *c = &inv->history[inv->n_history++];
		c->status = status;
		c->date = fx_cj_text(e, "histoStatutDatePassage", oom);
		c->comment = fx_cj_text(e, "histoStatutCommentaire", oom);
	}
	for (size_t i = 1; i < inv->n_history; i++) {
		fx_chorus_status_change key = inv->history[i];
		size_t j = i;
		while (j > 0 && by_date(&inv->history[j - 1], &key) > 0) {
			inv->history[j] = inv->history[j - 1];
			j--;
		}
		inv->history[j] = key;
	}
	return FX_OK;
}

/* Reads the consulter/historique answer. */
int fx_ch_parse_history(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_invoice *inv)
{
	json_t *root = fx_cj_load(body, len, "factures/v1/consulter/historique");
	if (!root)
		return FX_ENET;
	bool oom = false;
	const json_t *code = json_object_get(root, "codeRetour");
	ret->code = json_is_integer(code) ? (long)json_integer_value(code) : 0;
	ret->libelle = fx_cj_text(root, "libelle", &oom);
	char *current = fx_cj_text(root, "statutCourantCode", &oom);
	if (current) {
		free(inv->status);
		inv->status = current;
	}
	if (!inv->number)
		inv->number = fx_cj_text(root, "numeroFacture", &oom);
	for (size_t i = 0; i < inv->n_history; i++) {
		free(inv->history[i].status);
		free(inv->history[i].date);
		free(inv->history[i].comment);
	}
	free(inv->history);
	inv->history = NULL;
	inv->n_history = 0;
	int rc = read_changes(root, inv, &oom);
	if (rc == FX_OK && oom)
		rc = fx_error_oom();
	if (rc != FX_OK)
		fx_ch_ret_clear(ret);
	json_decref(root);
	return rc;
}
