/*
 * The validation pipeline: container (PDF) -> secure parse -> structure ->
 * rule layers (engine) -> container/XML consistency.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "validate/engine.h"
#include "validate/facturx.h"
#include "validate/stages.h"

/* Sets the defaults. */
int fx_validate_options_init(fx_validate_options *opts, unsigned version)
{
	if (!opts || version != FX_VALIDATE_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE,
		                    "fx_validate_options_init: NULL options or version "
		                    "%u instead of %u",
		                    version, FX_VALIDATE_OPTIONS_VERSION);
	memset(opts, 0, sizeof(*opts));
	opts->version = version;
	opts->lang = "en";
	opts->layers = FX_LAYERS_ALL;
	opts->french = FX_SWITCH_AUTO;
	opts->chorus = FX_SWITCH_AUTO;
	opts->chorus_service_required = -1;
	opts->chorus_engagement_required = -1;
	opts->max_xml_bytes = 20u * 1024u * 1024u;
	opts->max_depth = 64;
	return FX_OK;
}

/* True when data starts like a PDF (the header within the first 1024 bytes). */
static bool looks_like_pdf(const unsigned char *data, size_t len)
{
	size_t span = len < 1024 ? len : 1024;
	for (size_t i = 0; i + 5 <= span; i++)
		if (memcmp(data + i, "%PDF-", 5) == 0)
			return true;
	return false;
}

/* True when data starts like XML: optional BOM and white space, then '<'. */
static bool looks_like_xml(const unsigned char *data, size_t len)
{
	size_t i = 0;
	if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
		i = 3;
	else if (len >= 2 &&
	         ((data[0] == 0xFE && data[1] == 0xFF) || (data[0] == 0xFF && data[1] == 0xFE)))
		return true;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	return i < len && data[i] == '<';
}

/* Returns the child element of parent named name (any namespace), or NULL. */
static xmlNodePtr child_named(xmlNodePtr parent, const char *name)
{
	for (xmlNodePtr n = parent ? parent->children : NULL; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0)
			return n;
	return NULL;
}

/* Returns BT-24 (malloc'ed), or NULL when absent. */
static char *find_guideline(xmlDocPtr doc)
{
	xmlNodePtr n = xmlDocGetRootElement(doc);
	n = child_named(n, "ExchangedDocumentContext");
	n = child_named(n, "GuidelineSpecifiedDocumentContextParameter");
	n = child_named(n, "ID");
	return n ? (char *)xmlNodeGetContent(n) : NULL;
}

/** What the pipeline found out about the input. */
typedef struct pipeline {
	const fx_validate_options *opts;
	fx_report *r;       /* the caller's report */
	fx_report *scratch; /* findings of layers not asked for */
	bool has_profile;
	fx_profile profile;
	char *level; /* XMP conformance level (PDF input) */
	bool parsed; /* the XML could be parsed */
} pipeline;

/* The report that receives layer l's findings. */
static fx_report *report_for(pipeline *p, fx_layer l)
{
	return (p->opts->layers & FX_LAYER_BIT(l)) ? p->r : p->scratch;
}

/* Whether the French rules (layer 6) run on doc. */
static bool french_on(const pipeline *p, xmlDocPtr doc)
{
	if (p->opts->french != FX_SWITCH_AUTO)
		return p->opts->french == FX_SWITCH_ON;
	return fx_fr_applies(doc, p->has_profile, p->profile);
}

/* Whether the Chorus Pro rules (layer 7) run on doc. */
static bool chorus_on(const pipeline *p, xmlDocPtr doc)
{
	if (p->opts->chorus != FX_SWITCH_AUTO)
		return p->opts->chorus == FX_SWITCH_ON;
	return fx_chorus_applies(doc);
}

/* Runs the XML layers (parse, structure, rules) on xml/len. */
static int validate_xml(pipeline *p, const unsigned char *xml, size_t len)
{
	xmlDocPtr doc = fx_xml_parse_secure(xml, len, p->opts, report_for(p, FX_LAYER_XML));
	if (!doc)
		return FX_OK;
	p->parsed = true;
	char *guideline = find_guideline(doc);
	fx_report_set_guideline(p->r, guideline);
	if (p->opts->force_profile) {
		p->has_profile = true;
		p->profile = p->opts->profile;
	} else {
		p->has_profile =
		    guideline && fx_profile_from_guideline_id(guideline, &p->profile) == FX_OK;
		fx_error_clear();
	}
	free(guideline);
	fx_report_set_profile(p->r, p->has_profile, p->profile);
	if (p->opts->layers & FX_LAYER_BIT(FX_LAYER_STRUCTURE))
		fx_structure_check(doc, p->has_profile, p->profile, p->r);
	unsigned layers =
	    p->opts->layers & (FX_LAYER_BIT(FX_LAYER_EN16931) | FX_LAYER_BIT(FX_LAYER_FACTURX));
	if ((layers & FX_LAYER_BIT(FX_LAYER_FACTURX)) &&
	    !fx_facturx_evaluable(doc, p->has_profile, p->profile, p->r))
		layers &= ~FX_LAYER_BIT(FX_LAYER_FACTURX);
	if ((p->opts->layers & FX_LAYER_BIT(FX_LAYER_FR)) && french_on(p, doc))
		layers |= FX_LAYER_BIT(FX_LAYER_FR);
	if ((p->opts->layers & FX_LAYER_BIT(FX_LAYER_CHORUS)) && chorus_on(p, doc))
		layers |= FX_LAYER_BIT(FX_LAYER_CHORUS);
	int rc = FX_OK;
	if (layers) {
		fx_engine_run_options ro = {layers, p->has_profile, p->profile, p->opts};
		rc = fx_engine_run(doc, &ro, p->r);
	}
	xmlFreeDoc(doc);
	return rc;
}

/* Runs the container layer, then the XML layers on the embedded XML. */
static int validate_pdf(pipeline *p, const void *data, size_t len, const char *source)
{
	unsigned char *xml = NULL;
	size_t xml_len = 0;
	fx_report_set_input_kind(p->r, "pdf");
	int rc = fx_container_check(data, len, source, report_for(p, FX_LAYER_CONTAINER), &xml,
	                            &xml_len, &p->level);
	if (rc != FX_OK)
		return rc;
	if (xml) {
		rc = validate_xml(p, xml, xml_len);
		if (rc == FX_OK && p->parsed)
			fx_container_check_level(p->level, p->has_profile, p->profile,
			                         report_for(p, FX_LAYER_CONTAINER));
	}
	free(xml);
	return rc;
}

/* Validates a PDF or an XML held in memory. */
int fx_validate_memory(const void *data, size_t len, const char *source,
                       const fx_validate_options *opts, fx_report **out)
{
	fx_validate_options defaults;
	if (!data || !out)
		return fx_error_set(FX_EUSAGE, "fx_validate_memory: NULL argument");
	if (!opts) {
		fx_validate_options_init(&defaults, FX_VALIDATE_OPTIONS_VERSION);
		opts = &defaults;
	}
	if (opts->version != FX_VALIDATE_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_validate_options: version %u instead of %u",
		                    opts->version, FX_VALIDATE_OPTIONS_VERSION);
	const char *name = source ? source : "input";
	bool pdf = looks_like_pdf(data, len);
	if (!pdf && !looks_like_xml(data, len))
		return fx_error_set(FX_EINVAL,
		                    "%s: neither a PDF (no %%PDF- header) nor XML "
		                    "(no '<' at the start)",
		                    name);
	bool french = opts->lang && strncmp(opts->lang, "fr", 2) == 0;
	pipeline p = {opts,
	              fx_report_new(source, french),
	              fx_report_new(NULL, french),
	              false,
	              FX_PROFILE_MINIMUM,
	              NULL,
	              false};
	int rc = (p.r && p.scratch) ? FX_OK : fx_error_oom();
	if (rc == FX_OK)
		rc = pdf ? validate_pdf(&p, data, len, name) : validate_xml(&p, data, len);
	free(p.level);
	fx_report_free(p.scratch);
	if (rc != FX_OK) {
		fx_report_free(p.r);
		return rc == FX_EINVAL ? fx_error_prefix("%s", name) : rc;
	}
	fx_report_sort(p.r);
	*out = p.r;
	return FX_OK;
}

/* Validates the file at path. */
int fx_validate_file(const char *path, const fx_validate_options *opts, fx_report **out)
{
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_validate_file: NULL argument");
	char *data = NULL;
	size_t len = 0;
	int rc = fx_file_read(path, &data, &len);
	if (rc != FX_OK)
		return rc;
	rc = fx_validate_memory(data, len, path, opts, out);
	free(data);
	return rc;
}
