/*
 * The validation report: findings, verdict and what was validated.
 */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/error.h"
#include "validate/stages.h"

struct fx_report {
	fx_arena *arena; /* the strings of the findings */
	fx_finding *findings;
	size_t count;
	size_t cap;
	size_t fatal;
	bool french;
	bool failed;
	bool has_profile;
	fx_profile profile;
	const char *kind;
	char *source;
	char *guideline;
};

/* Copies s into the report's arena (NULL stays NULL). */
static const char *report_strdup(fx_report *r, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = fx_arena_alloc(r->arena, n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* Creates an empty report. */
fx_report *fx_report_new(const char *source, bool french)
{
	fx_report *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->arena = fx_arena_new(8192);
	r->french = french;
	r->kind = "xml";
	if (!r->arena || (source && !(r->source = strdup(source)))) {
		fx_report_free(r);
		return NULL;
	}
	return r;
}

/* Adds a finding (strings copied). */
int fx_report_add(fx_report *r, fx_layer layer, fx_severity severity, bool counts,
                  const char *rule_id, const char *bt, const char *xpath, long line,
                  const char *message)
{
	if (!r || !rule_id)
		return fx_error_set(FX_EUSAGE, "fx_report_add: NULL argument");
	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		fx_finding *f = realloc(r->findings, cap * sizeof(*f));
		if (!f) {
			r->failed = true;
			return fx_error_oom();
		}
		r->findings = f;
		r->cap = cap;
	}
	fx_finding *f = &r->findings[r->count];
	f->layer = layer;
	f->severity = severity;
	f->counts = counts;
	f->rule_id = report_strdup(r, rule_id);
	f->bt = report_strdup(r, bt);
	f->xpath = report_strdup(r, xpath);
	f->line = line;
	f->message = report_strdup(r, message ? message : "");
	if (!f->rule_id || (bt && !f->bt) || (xpath && !f->xpath) || !f->message) {
		r->failed = true;
		return fx_error_oom();
	}
	r->count++;
	if (severity == FX_SEVERITY_FATAL && counts)
		r->fatal++;
	return FX_OK;
}

/* True when messages are French. */
bool fx_report_is_french(const fx_report *r)
{
	return r && r->french;
}

/* Records the input kind. */
void fx_report_set_input_kind(fx_report *r, const char *kind)
{
	if (r && kind)
		r->kind = kind;
}

/* Records BT-24. */
void fx_report_set_guideline(fx_report *r, const char *guideline)
{
	if (!r)
		return;
	free(r->guideline);
	r->guideline = guideline ? strdup(guideline) : NULL;
	if (guideline && !r->guideline)
		r->failed = true;
}

/* Records the profile. */
void fx_report_set_profile(fx_report *r, bool has_profile, fx_profile profile)
{
	if (!r)
		return;
	r->has_profile = has_profile;
	r->profile = profile;
}

/* Marks the report as incomplete. */
void fx_report_set_failed(fx_report *r)
{
	if (r)
		r->failed = true;
}

/* True when a finding of rule_id is in r. */
bool fx_report_has(const fx_report *r, fx_layer layer, const char *rule_id)
{
	if (!r || !rule_id)
		return false;
	for (size_t i = 0; i < r->count; i++)
		if ((layer == 0 || r->findings[i].layer == layer) &&
		    strcmp(r->findings[i].rule_id, rule_id) == 0)
			return true;
	return false;
}

/* The verdict: invalid when a fatal finding counts. */
fx_verdict fx_report_verdict(const fx_report *r)
{
	return (!r || r->fatal > 0 || r->failed) ? FX_VERDICT_INVALID : FX_VERDICT_VALID;
}

/* Number of findings. */
size_t fx_report_count(const fx_report *r)
{
	return r ? r->count : 0;
}

/* Finding i. */
const fx_finding *fx_report_get(const fx_report *r, size_t i)
{
	return (r && i < r->count) ? &r->findings[i] : NULL;
}

/* Number of fatal findings that count. */
size_t fx_report_fatal_count(const fx_report *r)
{
	return r ? r->fatal : 0;
}

/* "pdf" or "xml". */
const char *fx_report_input_kind(const fx_report *r)
{
	return r ? r->kind : NULL;
}

/* The profile validated against. */
int fx_report_profile(const fx_report *r, fx_profile *out)
{
	if (!r || !out)
		return fx_error_set(FX_EUSAGE, "fx_report_profile: NULL argument");
	if (!r->has_profile)
		return fx_error_set(FX_EMISSING, "no Factur-X profile applies (BT-24)");
	*out = r->profile;
	return FX_OK;
}

/* BT-24 as found. */
const char *fx_report_guideline(const fx_report *r)
{
	return r ? r->guideline : NULL;
}

/* The source name. */
const char *fx_report_source(const fx_report *r)
{
	return r ? r->source : NULL;
}

/* English name of a layer. */
const char *fx_layer_name(fx_layer l)
{
	switch (l) {
	case FX_LAYER_CONTAINER:
		return "container";
	case FX_LAYER_XML:
		return "xml";
	case FX_LAYER_STRUCTURE:
		return "structure";
	case FX_LAYER_EN16931:
		return "en16931";
	case FX_LAYER_FACTURX:
		return "facturx";
	case FX_LAYER_FR:
		return "fr";
	case FX_LAYER_CHORUS:
		return "chorus";
	}
	return "unknown";
}

/* Name of a severity. */
const char *fx_severity_name(fx_severity s)
{
	switch (s) {
	case FX_SEVERITY_FATAL:
		return "fatal";
	case FX_SEVERITY_WARNING:
		return "warning";
	case FX_SEVERITY_INFO:
		return "information";
	}
	return "unknown";
}

/* Removes the findings of layer l added after the first `from`. */
void fx_report_drop_layer(fx_report *r, fx_layer l, size_t from)
{
	if (!r)
		return;
	size_t kept = from;
	for (size_t i = from; i < r->count; i++) {
		fx_finding *f = &r->findings[i];
		if (f->layer == l) {
			if (f->severity == FX_SEVERITY_FATAL && f->counts)
				r->fatal--;
			continue;
		}
		r->findings[kept++] = *f;
	}
	r->count = kept;
}

/* Orders findings by layer, then line, then insertion (a stable sort). */
static int cmp_findings(const void *a, const void *b)
{
	const fx_finding *x = *(const fx_finding *const *)a, *y = *(const fx_finding *const *)b;
	if (x->layer != y->layer)
		return x->layer < y->layer ? -1 : 1;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Sorts the findings by layer, then line. */
void fx_report_sort(fx_report *r)
{
	if (!r || r->count < 2)
		return;
	const fx_finding **order = malloc(r->count * sizeof(*order));
	fx_finding *sorted = malloc(r->count * sizeof(*sorted));
	if (order && sorted) {
		for (size_t i = 0; i < r->count; i++)
			order[i] = &r->findings[i];
		qsort(order, r->count, sizeof(*order), cmp_findings);
		for (size_t i = 0; i < r->count; i++)
			sorted[i] = *order[i];
		memcpy(r->findings, sorted, r->count * sizeof(*sorted));
	}
	free(order);
	free(sorted);
}

/* Frees a report. */
void fx_report_free(fx_report *r)
{
	if (!r)
		return;
	fx_arena_free(r->arena);
	free(r->findings);
	free(r->source);
	free(r->guideline);
	free(r);
}
