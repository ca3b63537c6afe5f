/*
 * Looking a structure up on Chorus Pro: structures/v1/rechercher, consulter,
 * rechercher/services and consulter/service.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/client_internal.h"
#include "chorus/json_util.h"
#include "chorus/parse.h"
#include "chorus/util.h"
#include "core/error.h"

#define SERVICES_PER_PAGE 1000

/* Calls path with the JSON body v (consumed); reply receives the answer. */
static int call_json(fx_chorus_client *c, const char *path, json_t *v, fx_http_response *reply)
{
	char *body = fx_cj_dump(v);
	if (!body)
		return fx_error_oom();
	int rc = fx_chorus_call(c, path, body, true, reply, NULL);
	free(body);
	return rc;
}

/* Records that operation path answered codeRetour ret (not 0). */
static int app_error(const char *path, const fx_ch_ret *ret)
{
	return fx_error_set(FX_EINVAL, "Chorus Pro answered %s with code %ld: %s", path, ret->code,
	                    ret->libelle ? ret->libelle : "(no libelle)");
}

/* Searches the structure whose SIRET is siret; fills id, name, active. */
static int search(fx_chorus_client *c, const char *siret, fx_chorus_structure *s)
{
	fx_http_response r = {0};
	int rc = call_json(c, "structures/v1/rechercher",
	                   json_pack("{s:{s:s,s:s}}", "structure", "identifiantStructure", siret,
	                             "typeIdentifiantStructure", "SIRET"),
	                   &r);
	if (rc != FX_OK)
		return rc;
	fx_ch_ret ret = {0, NULL};
	fx_ch_found *found = NULL;
	size_t n = 0;
	rc = fx_ch_parse_structures(r.body, r.len, &ret, &found, &n);
	fx_http_response_free(&r);
	if (rc != FX_OK)
		return rc;
	const fx_ch_found *match = NULL;
	for (size_t i = 0; i < n; i++)
		if (found[i].identifier && strcmp(found[i].identifier, siret) == 0 && found[i].id)
			match = &found[i];
	if (!match && ret.code != 0)
		rc = fx_error_set(FX_EMISSING,
		                  "no structure with SIRET %s on Chorus Pro (code %ld: %s)", siret,
		                  ret.code, ret.libelle ? ret.libelle : "no libelle");
	else if (!match)
		rc = fx_error_set(FX_EMISSING, "no structure with SIRET %s on Chorus Pro", siret);
	else {
		s->id = match->id;
		s->identifier = fx_ch_strdup(siret);
		s->identifier_type =
		    fx_ch_strdup(match->identifier_type ? match->identifier_type : "SIRET");
		s->name = fx_ch_strdup(match->name);
		s->active = !match->status || strcmp(match->status, "INACTIVE") != 0;
		if (!s->identifier || !s->identifier_type || (match->name && !s->name))
			rc = fx_error_oom();
	}
	fx_ch_found_free(found, n);
	fx_ch_ret_clear(&ret);
	return rc;
}

/* Consults structure s: its obligations and the password expiry. */
static int consult(fx_chorus_client *c, fx_chorus_structure *s)
{
	fx_http_response r = {0};
	int rc = call_json(c, "structures/v1/consulter",
	                   json_pack("{s:I}", "idStructureCPP", (json_int_t)s->id), &r);
	if (rc != FX_OK)
		return rc;
	fx_ch_ret ret = {0, NULL};
	rc = fx_ch_parse_structure(r.body, r.len, &ret, s);
	fx_http_response_free(&r);
	if (rc == FX_OK && ret.code != 0)
		rc = app_error("structures/v1/consulter", &ret);
	fx_ch_ret_clear(&ret);
	if (rc == FX_OK && s->password_expiry)
		fx_chorus_note_password_expiry(c, s->password_expiry);
	return rc;
}

/* Lists the services of s, page after page. */
static int list_services(fx_chorus_client *c, fx_chorus_structure *s)
{
	long pages = 1;
	int rc = FX_OK;
	for (long page = 1; rc == FX_OK && page <= pages; page++) {
		fx_http_response r = {0};
		rc = call_json(c, "structures/v1/rechercher/services",
		               json_pack("{s:I,s:{s:i,s:I}}", "idStructure", (json_int_t)s->id,
		                         "parametresRechercherServicesStructure",
		                         "nbResultatsParPage", SERVICES_PER_PAGE,
		                         "pageResultatDemandee", (json_int_t)page),
		               &r);
		if (rc != FX_OK)
			break;
		fx_ch_ret ret = {0, NULL};
		rc = fx_ch_parse_services(r.body, r.len, &ret, s, &pages);
		fx_http_response_free(&r);
		if (rc == FX_OK && ret.code != 0 && s->n_services == 0 && page == 1)
			pages = 0; /* no service: the platform may answer with a code */
		fx_ch_ret_clear(&ret);
	}
	return rc;
}

/* Consults service sv of s: whether it requires an engagement number. */
static int consult_service(fx_chorus_client *c, const fx_chorus_structure *s, fx_chorus_service *sv)
{
	fx_http_response r = {0};
	int rc = call_json(c, "structures/v1/consulter/service",
	                   json_pack("{s:I,s:I}", "idStructure", (json_int_t)s->id, "idService",
	                             (json_int_t)sv->id),
	                   &r);
	if (rc != FX_OK)
		return rc;
	fx_ch_ret ret = {0, NULL};
	int required = -1;
	rc = fx_ch_parse_service(r.body, r.len, &ret, &required);
	fx_http_response_free(&r);
	if (rc == FX_OK && ret.code != 0)
		rc = app_error("structures/v1/consulter/service", &ret);
	else if (rc == FX_OK)
		sv->engagement_required = required;
	fx_ch_ret_clear(&ret);
	return rc;
}

/* Looks a structure up. */
int fx_chorus_lookup(fx_chorus_client *c, const char *siret, const char *service_code,
                     fx_chorus_structure **out)
{
	if (!c || !siret || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_lookup: NULL argument");
	if (!fx_ch_is_siret(siret))
		return fx_error_set(FX_EINVAL, "'%s' is not a SIRET (14 digits)", siret);
	fx_chorus_structure *s = calloc(1, sizeof *s);
	if (!s)
		return fx_error_oom();
	s->source = FX_CHORUS_SOURCE_API;
	int rc = search(c, siret, s);
	if (rc == FX_OK)
		rc = consult(c, s);
	if (rc == FX_OK)
		rc = list_services(c, s);
	fx_chorus_service *sv = (fx_chorus_service *)fx_chorus_structure_service(s, service_code);
	if (rc == FX_OK && sv && sv->id)
		rc = consult_service(c, s, sv);
	if (rc != FX_OK) {
		fx_chorus_structure_free(s);
		return rc;
	}
	*out = s;
	return FX_OK;
}
