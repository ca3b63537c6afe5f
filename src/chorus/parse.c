/*
 * Parsers of the token, deposit and structure answers.
 */
#include "chorus/parse.h"

#include <stdlib.h>
#include <string.h>

#include "chorus/json_util.h"
#include "core/error.h"

/* Frees the libelle. */
void fx_ch_ret_clear(fx_ch_ret *r)
{
	free(r->libelle);
	r->libelle = NULL;
	r->code = 0;
}

/* Reads codeRetour/libelle of an already parsed answer. */
static int read_return(const json_t *root, fx_ch_ret *ret)
{
	bool oom = false;
	const json_t *code = json_object_get(root, "codeRetour");
	ret->code = json_is_integer(code) ? (long)json_integer_value(code) : 0;
	if (json_is_string(code))
		ret->code = strtol(json_string_value(code), NULL, 10);
	ret->libelle = fx_cj_text(root, "libelle", &oom);
	return oom ? fx_error_oom() : FX_OK;
}

/* Reads codeRetour/libelle of any answer. */
int fx_ch_parse_return(const char *body, size_t len, fx_ch_ret *ret)
{
	json_t *root = fx_cj_load(body, len, "the request");
	if (!root)
		return FX_ENET;
	int rc = read_return(root, ret);
	json_decref(root);
	return rc;
}

/* Checks that a token is printable ASCII without blanks (it goes in a header). */
static bool token_ok(const char *t)
{
	if (!t[0] || strlen(t) > 8192)
		return false;
	for (const char *p = t; *p; p++)
		if (*p <= 0x20 || *p >= 0x7f)
			return false;
	return true;
}

/* Reads the token answer. */
int fx_ch_parse_token(const char *body, size_t len, char **token, long *expires_in)
{
	json_t *root = fx_cj_load(body, len, "the token request");
	if (!root)
		return FX_ENET;
	const json_t *t = json_object_get(root, "access_token");
	const json_t *e = json_object_get(root, "expires_in");
	int rc = FX_OK;
	if (!json_is_string(t) || !token_ok(json_string_value(t)))
		rc = fx_error_set(FX_ENET, "the token answer has no usable access_token");
	long seconds = 3600;
	if (rc == FX_OK && json_is_integer(e)) {
		json_int_t v = json_integer_value(e);
		seconds = v < 0 ? 0 : v > 86400 * 365 ? 86400 * 365 : (long)v;
	}
	if (rc == FX_OK) {
		char *copy = strdup(json_string_value(t));
		if (!copy)
			rc = fx_error_oom();
		else {
			*token = copy;
			*expires_in = seconds;
		}
	}
	json_decref(root);
	return rc;
}

/* Reads a token error answer. */
int fx_ch_parse_token_error(const char *body, size_t len, char **error, char **description)
{
	json_t *root = fx_cj_load(body, len, "the token request");
	if (!root)
		return FX_ENET;
	bool oom = false;
	*error = fx_cj_text(root, "error", &oom);
	*description = fx_cj_text(root, "error_description", &oom);
	json_decref(root);
	if (oom) {
		free(*error);
		free(*description);
		*error = *description = NULL;
		return fx_error_oom();
	}
	return FX_OK;
}

/* Frees a deposit answer. */
void fx_ch_deposit_clear(fx_ch_deposit *d)
{
	free(d->flow_number);
	free(d->deposit_date);
	free(d->syntax);
	memset(d, 0, sizeof *d);
}

/* Reads the deposer/flux answer. */
int fx_ch_parse_deposit(const char *body, size_t len, fx_ch_ret *ret, fx_ch_deposit *out)
{
	json_t *root = fx_cj_load(body, len, "deposer/flux");
	if (!root)
		return FX_ENET;
	bool oom = false;
	int rc = read_return(root, ret);
	if (rc == FX_OK) {
		out->flow_number = fx_cj_text(root, "numeroFluxDepot", &oom);
		out->deposit_date = fx_cj_text(root, "dateDepot", &oom);
		out->syntax = fx_cj_text(root, "syntaxeFlux", &oom);
		if (oom)
			rc = fx_error_oom();
		else if (ret->code == 0 && (!out->flow_number || !out->flow_number[0]))
			rc = fx_error_set(FX_ENET,
			                  "the answer to deposer/flux has no numeroFluxDepot");
	}
	if (rc != FX_OK) {
		fx_ch_deposit_clear(out);
		fx_ch_ret_clear(ret);
	}
	json_decref(root);
	return rc;
}

/* Frees found structures. */
void fx_ch_found_free(fx_ch_found *found, size_t n)
{
	for (size_t i = 0; found && i < n; i++) {
		free(found[i].identifier);
		free(found[i].identifier_type);
		free(found[i].name);
		free(found[i].status);
	}
	free(found);
}

/* Reads the structures/v1/rechercher answer. */
int fx_ch_parse_structures(const char *body, size_t len, fx_ch_ret *ret, fx_ch_found **out,
                           size_t *n)
{
	json_t *root = fx_cj_load(body, len, "structures/v1/rechercher");
	if (!root)
		return FX_ENET;
	int rc = read_return(root, ret);
	const json_t *list = fx_cj_array(root, "listeStructures");
	size_t count = list ? json_array_size(list) : 0;
	fx_ch_found *found = count ? calloc(count, sizeof *found) : NULL;
	if (rc == FX_OK && count && !found)
		rc = fx_error_oom();
	size_t k = 0;
	bool oom = false;
	for (size_t i = 0; rc == FX_OK && i < count; i++) {
		const json_t *item = json_array_get(list, i);
		if (!json_is_object(item))
			continue;
		fx_ch_found *f = &found[k++];
		if (fx_cj_int64(item, "idStructureCPP", &f->id) != 0)
			f->id = 0;
		f->identifier = fx_cj_text(item, "identifiantStructure", &oom);
		f->identifier_type = fx_cj_text(item, "typeIdentifiantStructure", &oom);
		f->name = fx_cj_text(item, "designationStructure", &oom);
		f->status = fx_cj_text(item, "statut", &oom);
	}
	if (rc == FX_OK && oom)
		rc = fx_error_oom();
	json_decref(root);
	if (rc != FX_OK) {
		fx_ch_found_free(found, k);
		fx_ch_ret_clear(ret);
		return rc;
	}
	*out = found;
	*n = k;
	return FX_OK;
}

/* Replaces *field with the text of member key of obj when present. */
static void take_text(const json_t *obj, const char *key, char **field, bool *oom)
{
	char *v = fx_cj_text(obj, key, oom);
	if (v) {
		free(*field);
		*field = v;
	}
}

/* Reads the structures/v1/consulter answer. */
int fx_ch_parse_structure(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_structure *s)
{
	json_t *root = fx_cj_load(body, len, "structures/v1/consulter");
	if (!root)
		return FX_ENET;
	int rc = read_return(root, ret);
	bool oom = false;
	const json_t *info = json_object_get(root, "informationGenerales");
	if (json_is_object(info)) {
		int64_t id;
		if (fx_cj_int64(info, "idStructureCPP", &id) == 0)
			s->id = id;
		take_text(info, "identifiantStructure", &s->identifier, &oom);
		take_text(info, "typeIdentifiantStructure", &s->identifier_type, &oom);
		take_text(info, "libelleStructure", &s->name, &oom);
		take_text(info, "raisonSocialeStructure", &s->name, &oom);
		take_text(info, "dateExpirationMotPasseCompteTech", &s->password_expiry, &oom);
	}
	const json_t *p = json_object_get(root, "parametres");
	if (json_is_object(p)) {
		s->service_required = fx_cj_bool(p, "codeServiceDoitEtreRenseigne") == 1;
		s->engagement_required = fx_cj_bool(p, "numeroEJDoitEtreRenseigne") == 1;
		s->service_or_engagement = fx_cj_bool(p, "gestionNumeroEJOuCodeService") == 1;
		s->payment_status_hidden = fx_cj_bool(p, "statutMiseEnPaiementNestPasRemonte") == 1;
	} else if (rc == FX_OK && ret->code == 0) {
		rc = fx_error_set(FX_ENET,
		                  "the answer to structures/v1/consulter has no parametres");
	}
	if (rc == FX_OK && oom)
		rc = fx_error_oom();
	if (rc != FX_OK)
		fx_ch_ret_clear(ret);
	json_decref(root);
	return rc;
}

/* Appends one service object to s. */
static int add_service(fx_chorus_structure *s, const json_t *item)
{
	bool oom = false;
	char *code = fx_cj_text(item, "codeService", &oom);
	if (!code)
		return oom ? fx_error_oom() : FX_OK;
	fx_chorus_service *grown = realloc(s->services, (s->n_services + 1) * sizeof *grown);
	if (!grown) {
		free(code);
		return fx_error_oom();
	}
	s->services = grown;
	fx_chorus_service *sv = &grown[s->n_services++];
	memset(sv, 0, sizeof *sv);
	sv->code = code;
	if (fx_cj_int64(item, "idService", &sv->id) != 0)
		sv->id = 0;
	sv->name = fx_cj_text(item, "libelleService", &oom);
	int active = fx_cj_bool(item, "estActif");
	sv->active = active != 0;
	sv->engagement_required = -1;
	return oom ? fx_error_oom() : FX_OK;
}

/* Reads the structures/v1/rechercher/services answer. */
int fx_ch_parse_services(const char *body, size_t len, fx_ch_ret *ret, fx_chorus_structure *s,
                         long *pages)
{
	json_t *root = fx_cj_load(body, len, "structures/v1/rechercher/services");
	if (!root)
		return FX_ENET;
	int rc = read_return(root, ret);
	const json_t *list = fx_cj_array(root, "listeServices");
	for (size_t i = 0; rc == FX_OK && list && i < json_array_size(list); i++) {
		const json_t *item = json_array_get(list, i);
		if (json_is_object(item))
			rc = add_service(s, item);
	}
	int64_t n = 1;
	const json_t *pr = json_object_get(root, "parametresRetour");
	if (!json_is_object(pr) || fx_cj_int64(pr, "pages", &n) != 0 || n < 1)
		n = 1;
	*pages = n > 1000 ? 1000 : (long)n;
	if (rc != FX_OK)
		fx_ch_ret_clear(ret);
	json_decref(root);
	return rc;
}

/* Reads the structures/v1/consulter/service answer. */
int fx_ch_parse_service(const char *body, size_t len, fx_ch_ret *ret, int *engagement_required)
{
	json_t *root = fx_cj_load(body, len, "structures/v1/consulter/service");
	if (!root)
		return FX_ENET;
	int rc = read_return(root, ret);
	const json_t *p = json_object_get(root, "parametres");
	*engagement_required = json_is_object(p) ? fx_cj_bool(p, "numeroEngagement") : -1;
	json_decref(root);
	return rc;
}
