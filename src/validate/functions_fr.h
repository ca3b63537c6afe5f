/*
 * Internal: the XPath functions of the French and Chorus Pro rules
 * (functions_fr.c) and the SIRET check (siret.c).
 */
#ifndef FX_VALIDATE_FUNCTIONS_FR_H
#define FX_VALIDATE_FUNCTIONS_FR_H

#include <stdbool.h>

#include "validate/functions.h"

/* fx:one-of, fx:siret; ends with {NULL, NULL}. */
extern const fx_xpath_function fx_fr_functions[];

/* True when s is a SIRET: exactly 14 ASCII digits whose Luhn key is valid;
 * for La Poste (SIREN 356000000) the sum of the digits is a multiple of 5
 * instead. */
bool fx_siret_valid(const char *s);

#endif
