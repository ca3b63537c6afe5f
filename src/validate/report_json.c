/*
 * The JSON form of a validation report (format in docs/validate.md).
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/error.h"
#include "validate/stages.h"

/* A JSON string for s (null when s is NULL, "?" when not valid UTF-8). */
static json_t *string_or_null(const char *s)
{
	if (!s)
		return json_null();
	json_t *v = json_string(s);
	return v ? v : json_string("?");
}

/* Sets key of obj to v (v is stolen); returns false when out of memory. */
static bool set(json_t *obj, const char *key, json_t *v)
{
	return v && json_object_set_new(obj, key, v) == 0;
}

/* The JSON object of one finding, or NULL when out of memory. */
static json_t *finding_json(const fx_finding *f)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	bool ok = set(o, "layer", json_integer(f->layer)) &&
	          set(o, "layer_name", json_string(fx_layer_name(f->layer))) &&
	          set(o, "severity", json_string(fx_severity_name(f->severity))) &&
	          set(o, "counts", json_boolean(f->counts)) &&
	          set(o, "rule", string_or_null(f->rule_id)) &&
	          set(o, "bt", string_or_null(f->bt)) &&
	          set(o, "xpath", string_or_null(f->xpath)) &&
	          set(o, "line", f->line > 0 ? json_integer(f->line) : json_null()) &&
	          set(o, "message", string_or_null(f->message));
	if (!ok) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* Counts the findings by severity ("advisory": fatal ones that do not count). */
static json_t *counts_json(const fx_report *r)
{
	json_int_t fatal = 0, warning = 0, info = 0, advisory = 0;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->severity == FX_SEVERITY_FATAL)
			*(f->counts ? &fatal : &advisory) += 1;
		else if (f->severity == FX_SEVERITY_WARNING)
			warning++;
		else
			info++;
	}
	return json_pack("{sIsIsIsI}", "fatal", fatal, "warning", warning, "information", info,
	                 "advisory", advisory);
}

/* The JSON object of report r, or NULL when out of memory. */
static json_t *report_json(const fx_report *r)
{
	json_t *o = json_object(), *list = json_array();
	fx_profile p;
	bool has_profile = fx_report_profile(r, &p) == FX_OK;
	fx_error_clear();
	bool ok =
	    o && list && set(o, "source", string_or_null(fx_report_source(r))) &&
	    set(o, "input", json_string(fx_report_input_kind(r))) &&
	    set(o, "profile", has_profile ? json_string(fx_profile_name(p)) : json_null()) &&
	    set(o, "guideline", string_or_null(fx_report_guideline(r))) &&
	    set(o, "verdict",
	        json_string(fx_report_verdict(r) == FX_VERDICT_VALID ? "valid" : "invalid")) &&
	    set(o, "lang", json_string(fx_report_is_french(r) ? "fr" : "en")) &&
	    set(o, "counts", counts_json(r));
	for (size_t i = 0; ok && i < fx_report_count(r); i++) {
		json_t *f = finding_json(fx_report_get(r, i));
		ok = f && json_array_append_new(list, f) == 0;
	}
	if (ok) {
		if (json_object_set_new(o, "findings", list) == 0)
			return o;
		list = NULL;
	}
	json_decref(o);
	json_decref(list);
	return NULL;
}

/* Writes report r as JSON. */
int fx_report_to_json(const fx_report *r, char **out, size_t *out_len)
{
	if (!r || !out)
		return fx_error_set(FX_EUSAGE, "fx_report_to_json: NULL argument");
	json_t *o = report_json(r);
	char *text = o ? json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
	json_decref(o);
	if (!text)
		return fx_error_oom();
	size_t len = strlen(text);
	char *copy = malloc(len + 2);
	if (!copy) {
		free(text);
		return fx_error_oom();
	}
	memcpy(copy, text, len);
	copy[len] = '\n';
	copy[len + 1] = 0;
	free(text);
	*out = copy;
	if (out_len)
		*out_len = len + 1;
	return FX_OK;
}
