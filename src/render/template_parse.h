/*
 * Internal: reading the fields of a template's JSON into fx_template, with
 * errors naming the file and the JSON path of the wrong value.
 */
#ifndef FX_RENDER_TEMPLATE_PARSE_H
#define FX_RENDER_TEMPLATE_PARSE_H

#include <jansson.h>

#include "render/template.h"

/* Fills t (whose source is set) from the JSON object root. lang: the language
 * asked by the caller, used when the template names none. */
int fx_template_read(fx_template *t, json_t *root, const char *lang);

#endif
