/*
 * Internal: layer 6 entry points besides the rule tables (rules_fr*.c).
 */
#ifndef FX_VALIDATE_FRENCH_H
#define FX_VALIDATE_FRENCH_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "validate/stages.h"

/* True when the French rules can be applied to doc (rules_fr_guard.c).
 * False when doc repeats an element the official French schematron reads
 * as a single value: the official rules then stop without any result, so
 * layer 6 must not run; an INFO finding FX-FR-NOT-APPLIED is added to r. */
bool fx_fr_evaluable(xmlDocPtr doc, fx_report *r);

#endif
