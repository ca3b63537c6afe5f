/*
 * Options of the container assembly: defaults and validation.
 */
#include <string.h>
#include <strings.h>

#include "core/error.h"
#include "model/text.h"
#include "pdf/assemble.h"

/* Fills opts with defaults. */
int fx_pdf_assemble_options_init(fx_pdf_assemble_options *opts, unsigned version)
{
	if (!opts)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble_options_init: NULL options");
	if (version != FX_PDF_ASSEMBLE_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble_options: unknown version %u",
		                    version);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return FX_OK;
}

/* Checks one optional text option. */
static int check_text(const char *what, const char *s)
{
	if (!s)
		return FX_OK;
	if (fx_text_check_utf8(s, strlen(s)) < 0)
		return fx_error_prefix("PDF option %s", what);
	return FX_OK;
}

/* Checks a MIME type as type/subtype of [A-Za-z0-9.+_-] characters. */
static int mime_ok(const char *m)
{
	const char *slash = strchr(m, '/');
	if (!slash || slash == m || !slash[1] || strlen(m) > 127)
		return 0;
	for (const char *p = m; *p; p++) {
		char c = *p;
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		         (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '_' || c == '-' ||
		         (p == slash);
		if (!ok)
			return 0;
	}
	return 1;
}

/* Checks extra file i against the rules and the earlier ones. */
static int check_extra(const fx_pdf_extra_file *f, size_t i, const fx_pdf_extra_file *all)
{
	if (!f->name || !*f->name)
		return fx_error_set(FX_EUSAGE, "attachment %zu: a file name is required", i + 1);
	if (check_text("attachment name", f->name) < 0 ||
	    check_text("attachment description", f->description) < 0)
		return FX_EUSAGE;
	if (strcasecmp(f->name, FX_PDF_XML_NAME) == 0)
		return fx_error_set(FX_EUSAGE,
		                    "attachment %s: the name is reserved for the invoice", f->name);
	for (size_t j = 0; j < i; j++)
		if (strcmp(all[j].name, f->name) == 0)
			return fx_error_set(FX_EUSAGE, "attachment %s: name given twice", f->name);
	if (f->mime_type && !mime_ok(f->mime_type))
		return fx_error_set(FX_EUSAGE, "attachment %s: bad MIME type '%.60s'", f->name,
		                    f->mime_type);
	if (f->len > 0 && !f->data)
		return fx_error_set(FX_EUSAGE, "attachment %s: NULL data", f->name);
	if ((int)f->relationship < FX_PDF_REL_DEFAULT ||
	    (int)f->relationship > FX_PDF_REL_UNSPECIFIED)
		return fx_error_set(FX_EUSAGE, "attachment %s: bad AFRelationship %d", f->name,
		                    (int)f->relationship);
	return FX_OK;
}

/* The XML relationship the rules give for profile and the requested one. */
static int xml_relationship(fx_profile profile, fx_pdf_relationship req, fx_pdf_relationship *out)
{
	if (profile == FX_PROFILE_MINIMUM || profile == FX_PROFILE_BASIC_WL) {
		*out = FX_PDF_REL_DATA; /* Factur-X: forced for the two smallest profiles */
		return FX_OK;
	}
	switch (req) {
	case FX_PDF_REL_DEFAULT:
		*out = FX_PDF_REL_ALTERNATIVE;
		return FX_OK;
	case FX_PDF_REL_DATA:
	case FX_PDF_REL_SOURCE:
	case FX_PDF_REL_ALTERNATIVE:
		*out = req;
		return FX_OK;
	default:
		return fx_error_set(FX_EUSAGE,
		                    "AFRelationship %s is not allowed for factur-x.xml (Data, "
		                    "Source or Alternative)",
		                    fx_pdf_relationship_name(req));
	}
}

/* Validates everything and resolves the defaults into plan. */
int fx_pdf_assemble_plan(fx_profile profile, const fx_pdf_assemble_options *opts, fx_pdf_plan *plan)
{
	static const fx_pdf_assemble_options defaults = FX_PDF_ASSEMBLE_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != FX_PDF_ASSEMBLE_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble_options: unknown version %u",
		                    opts->version);
	if ((int)profile < FX_PROFILE_MINIMUM || (int)profile > FX_PROFILE_EXTENDED)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble: unknown profile %d", (int)profile);
	const struct {
		const char *what, *value;
	} texts[] = {{"title", opts->title},
	             {"author", opts->author},
	             {"subject", opts->subject},
	             {"keywords", opts->keywords},
	             {"creator", opts->creator},
	             {"producer", opts->producer},
	             {"xml_description", opts->xml_description}};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if (check_text(texts[i].what, texts[i].value) < 0)
			return FX_EUSAGE;
	if (opts->attachment_count > 0 && !opts->attachments)
		return fx_error_set(FX_EUSAGE, "fx_pdf_assemble: attachments is NULL");
	for (size_t i = 0; i < opts->attachment_count; i++)
		if (check_extra(&opts->attachments[i], i, opts->attachments) < 0)
			return FX_EUSAGE;
	int rc = xml_relationship(profile, opts->xml_relationship, &plan->xml_relationship);
	if (rc < 0)
		return rc;
	fx_pdf_date date;
	rc = opts->date ? fx_pdf_date_check(opts->date) : fx_pdf_date_now(&date);
	if (rc < 0)
		return rc;
	if (opts->date)
		date = *opts->date;
	plan->opts = opts;
	plan->profile = profile;
	plan->meta = (fx_pdf_meta){.title = opts->title,
	                           .author = opts->author,
	                           .subject = opts->subject,
	                           .keywords = opts->keywords,
	                           .creator = opts->creator,
	                           .producer = opts->producer,
	                           .level = fx_profile_name(profile)};
	if (!plan->meta.producer)
		plan->meta.producer = "facturx " FX_VERSION_STRING;
	fx_pdf_date_xmp(&date, plan->meta.xmp_date, sizeof plan->meta.xmp_date);
	fx_pdf_date_pdf(&date, plan->meta.pdf_date, sizeof plan->meta.pdf_date);
	return FX_OK;
}
