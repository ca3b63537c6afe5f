/*
 * The check of a generated (or embedded) invoice XML: the validator's XML
 * layers 2 to 6 (parsing, structure, EN 16931, Factur-X, and the French
 * rules when the invoice calls for them); a file with a fatal finding that
 * counts is refused with the findings listed.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "generate/generate_internal.h"
#include "facturx/validate.h"

/* Most findings listed in the error message. */
#define MAX_LISTED 20

/* Appends the fatal findings that count of r to b, one line each. */
static size_t list_findings(const fx_report *r, fx_buf *b)
{
	size_t n = 0;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->severity != FX_SEVERITY_FATAL || !f->counts)
			continue;
		if (n++ < MAX_LISTED) {
			fx_buf_printf(b, "\n  %s %s", fx_layer_name(f->layer), f->rule_id);
			if (f->bt)
				fx_buf_printf(b, " [%s]", f->bt);
			if (f->line > 0)
				fx_buf_printf(b, " line %ld", f->line);
			fx_buf_printf(b, ": %s", f->message);
		}
	}
	if (n > MAX_LISTED)
		fx_buf_printf(b, "\n  ... and %zu more", n - MAX_LISTED);
	return n;
}

/* Validates xml; FX_EINVAL with the findings when it does not pass. */
int fx_gen_validate_xml(const char *xml, size_t len, const char *source, int profile,
                        const fx_generate_options *opts)
{
	if (opts && opts->skip_validation)
		return FX_OK;
	fx_validate_options v;
	fx_validate_options_init(&v, FX_VALIDATE_OPTIONS_VERSION);
	v.layers = FX_LAYER_BIT(FX_LAYER_XML) | FX_LAYER_BIT(FX_LAYER_STRUCTURE) |
	           FX_LAYER_BIT(FX_LAYER_EN16931) | FX_LAYER_BIT(FX_LAYER_FACTURX) |
	           FX_LAYER_BIT(FX_LAYER_FR);
	v.french = FX_SWITCH_AUTO;
	v.chorus = FX_SWITCH_OFF;
	if (profile >= 0) {
		v.force_profile = true;
		v.profile = (fx_profile)profile;
	}
	fx_report *r = NULL;
	int rc = fx_validate_memory(xml, len, source, &v, &r);
	if (rc != FX_OK)
		return rc;
	if (fx_report_verdict(r) == FX_VERDICT_VALID) {
		fx_report_free(r);
		return FX_OK;
	}
	fx_buf b = {0};
	size_t n = list_findings(r, &b);
	fx_report_free(r);
	rc = fx_error_set(FX_EINVAL,
	                  "%s does not pass validation (%zu fatal finding%s; nothing written; "
	                  "skip_validation / --no-validate to write it anyway):%s",
	                  source, n, n == 1 ? "" : "s", b.data ? b.data : "");
	fx_buf_free(&b);
	return rc;
}
