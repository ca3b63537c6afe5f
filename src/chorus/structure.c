/*
 * The structure data type shared by the API look-up and the directory.
 */
#include <stdlib.h>
#include <string.h>

#include "facturx/chorus.h"

/* Finds a service by code. */
const fx_chorus_service *fx_chorus_structure_service(const fx_chorus_structure *s, const char *code)
{
	if (!s || !code)
		return NULL;
	for (size_t i = 0; i < s->n_services; i++)
		if (s->services[i].code && strcmp(s->services[i].code, code) == 0)
			return &s->services[i];
	return NULL;
}

/* Frees a structure and its services. */
void fx_chorus_structure_free(fx_chorus_structure *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_services; i++) {
		free(s->services[i].code);
		free(s->services[i].name);
	}
	free(s->services);
	free(s->identifier);
	free(s->identifier_type);
	free(s->name);
	free(s->password_expiry);
	free(s->directory_date);
	free(s);
}
