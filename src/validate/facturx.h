/*
 * Internal: layer 5 entry points besides the rule tables (rules_fx*.c).
 */
#ifndef FX_VALIDATE_FACTURX_H
#define FX_VALIDATE_FACTURX_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "facturx/profile.h"
#include "validate/stages.h"

/* True when the Factur-X rules of profile (has_profile false: none) can be
 * applied to doc (rules_fx_guard.c). False when doc holds an amount the
 * official schematron casts to a decimal and that is empty, not a number or
 * repeated: the official rules then stop without any result, so layer 5
 * must not run; an INFO finding FX-NOT-APPLIED is added to r. */
bool fx_facturx_evaluable(xmlDocPtr doc, bool has_profile, fx_profile profile, fx_report *r);

#endif
