/*
 * The names of roles and kinds in JSON, and the Chorus Pro cadre de
 * facturation (BT-23) of each kind and role.
 */
#include <string.h>

#include "works/works_internal.h"

static const char *const role_names[] = {"titulaire", "mandataire", "cotraitant", "sous-traitant"};
static const char *const kind_names[] = {"monthly", "final", "dgd"};

/* Returns the JSON name of a role. */
const char *fx_wk_role_name(fx_works_role r)
{
	return (unsigned)r < 4 ? role_names[r] : "?";
}

/* Returns the JSON name of a kind. */
const char *fx_wk_kind_name(fx_works_kind k)
{
	return (unsigned)k < 3 ? kind_names[k] : "?";
}

/* Parses a role name. */
int fx_wk_role_parse(const char *s, fx_works_role *out)
{
	for (int i = 0; s && i < 4; i++)
		if (strcmp(s, role_names[i]) == 0) {
			*out = (fx_works_role)i;
			return 0;
		}
	return -1;
}

/* Parses a kind name. */
int fx_wk_kind_parse(const char *s, fx_works_kind *out)
{
	for (int i = 0; s && i < 3; i++)
		if (strcmp(s, kind_names[i]) == 0) {
			*out = (fx_works_kind)i;
			return 0;
		}
	return -1;
}

/* The cadre de facturation of a kind of statement and a depositor. */
const char *fx_works_cadre(fx_works_kind kind, fx_works_role role)
{
	static const char *const table[4][3] = {
	    {"A4", "A7", "A8"},   /* titulaire */
	    {"A4", "A7", "A8"},   /* mandataire */
	    {"A13", "A14", NULL}, /* cotraitant */
	    {"A10", "A11", NULL}, /* sous-traitant */
	};
	if ((unsigned)kind > 2 || (unsigned)role > 3)
		return NULL;
	return table[role][kind];
}
