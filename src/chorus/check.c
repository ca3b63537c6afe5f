/*
 * The check before a deposit: the full validation with the Chorus Pro
 * layer, then the buyer's obligations as Chorus Pro (or the imported
 * directory) knows them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/util.h"
#include "core/error.h"
#include "facturx/chorus.h"
#include "facturx/validate.h"

/* Adds a problem to r; message is printf-formatted. */
static int add(fx_chorus_check_result *r, const char *code, const char *bt, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Adds a problem to r. */
static int add(fx_chorus_check_result *r, const char *code, const char *bt, const char *fmt, ...)
{
	fx_chorus_problem *grown = realloc(r->problems, (r->n_problems + 1) * sizeof *grown);
	if (!grown)
		return fx_error_oom();
	r->problems = grown;
	char text[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	fx_chorus_problem *p = &grown[r->n_problems];
	p->code = code;
	p->bt = bt;
	if (!(p->message = fx_ch_strdup(text)))
		return fx_error_oom();
	r->n_problems++;
	return FX_OK;
}

/* Records how the buyer was (not) looked up. */
static int note(fx_chorus_check_result *r, const char *fmt, ...)
{
	char text[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	free(r->lookup_note);
	r->lookup_note = fx_ch_strdup(text);
	return r->lookup_note ? FX_OK : fx_error_oom();
}

/* Looks the buyer siret up: API first (when c), else or when the API
 * fails the directory. Returns FX_OK, FX_EMISSING (not found), FX_ENET
 * (could not be looked up at all), FX_ENOMEM; r->lookup_note says how. */
static int find_buyer(fx_chorus_client *c, const char *annuaire, const char *siret,
                      const char *service, fx_chorus_check_result *r)
{
	char why[512] = "API not used";
	if (c) {
		int rc = fx_chorus_lookup(c, siret, service, &r->buyer);
		if (rc == FX_OK)
			return note(r, "looked up on Chorus Pro (%s)", fx_chorus_client_api_url(c));
		if (rc == FX_ENOMEM)
			return rc;
		if (rc == FX_EMISSING)
			return note(r, "not found on Chorus Pro") == FX_OK ? FX_EMISSING
			                                                   : FX_ENOMEM;
		snprintf(why, sizeof why, "%s", fx_error_last()->message);
	}
	int rc = annuaire ? fx_chorus_annuaire_lookup(annuaire, siret, &r->buyer) : FX_EMISSING;
	if (rc == FX_OK)
		return note(r, "%s: looked up in the directory imported %s", why,
		            r->buyer->directory_date ? r->buyer->directory_date : "(date unknown)");
	if (rc == FX_ENOMEM)
		return rc;
	bool no_directory = !annuaire || rc != FX_EMISSING ||
	                    strstr(fx_error_last()->message, "no Chorus Pro directory");
	if (no_directory)
		return note(r, "%s, and no usable directory", why) == FX_OK ? FX_ENET : FX_ENOMEM;
	return note(r, "%s: not in the imported directory", why) == FX_OK ? FX_EMISSING : FX_ENOMEM;
}

/* Adds the problems about who the buyer is. Returns FX_OK or FX_ENOMEM. */
static int buyer_problems(fx_chorus_client *c, const char *annuaire, fx_chorus_check_result *r)
{
	const fx_chorus_invoice_info *info = r->info;
	if (!info->buyer_siret)
		return add(r, "CHORUS-BUYER-SIRET", "BT-46",
		           "the buyer has no SIRET (BT-46 with scheme 0009, or a 14-digit BT-47): "
		           "Chorus Pro identifies public buyers by SIRET");
	int rc = find_buyer(c, annuaire, info->buyer_siret, info->service_code, r);
	if (rc == FX_EMISSING)
		return add(r, "CHORUS-BUYER-UNKNOWN", "BT-46",
		           "buyer SIRET %s is not a structure on "
		           "Chorus Pro",
		           info->buyer_siret);
	if (rc == FX_ENET)
		return add(r, "CHORUS-BUYER-UNCHECKED", "BT-46",
		           "the buyer's obligations could not be checked: %s", r->lookup_note);
	if (rc != FX_OK)
		return rc;
	if (!r->buyer->active)
		return add(r, "CHORUS-BUYER-INACTIVE", "BT-46",
		           "buyer SIRET %s is not active on Chorus Pro", info->buyer_siret);
	return FX_OK;
}

/* Tells whether report has a counting fatal finding of the chorus layer
 * about bt. */
static bool reported(const fx_report *report, const char *bt)
{
	for (size_t i = 0; report && i < fx_report_count(report); i++) {
		const fx_finding *f = fx_report_get(report, i);
		if (f->layer == FX_LAYER_CHORUS && f->severity == FX_SEVERITY_FATAL && f->counts &&
		    f->bt && strstr(f->bt, bt))
			return true;
	}
	return false;
}

/* Adds the problems about the service code and the engagement number. */
static int obligation_problems(fx_chorus_check_result *r)
{
	const fx_chorus_structure *b = r->buyer;
	const fx_chorus_invoice_info *info = r->info;
	const char *name = b->name ? b->name : b->identifier;
	int rc = FX_OK;
	if (b->service_required && !info->service_code && !reported(r->report, "BT-10"))
		rc = add(r, "CHORUS-SERVICE-REQUIRED", "BT-10",
		         "%s requires a service code (BT-10 buyer reference); the invoice has none",
		         name);
	if (rc == FX_OK && b->engagement_required && !info->engagement &&
	    !reported(r->report, "BT-13"))
		rc = add(r, "CHORUS-ENGAGEMENT-REQUIRED", "BT-13",
		         "%s requires an engagement number (BT-13 purchase order reference); the "
		         "invoice has none",
		         name);
	if (rc == FX_OK && b->service_or_engagement && !info->service_code && !info->engagement)
		rc = add(r, "CHORUS-SERVICE-OR-ENGAGEMENT", "BT-10",
		         "%s requires a service code (BT-10) or an engagement number (BT-13); the "
		         "invoice has neither",
		         name);
	const fx_chorus_service *sv = fx_chorus_structure_service(b, info->service_code);
	bool services_known = b->source == FX_CHORUS_SOURCE_API || b->n_services > 0;
	if (rc == FX_OK && info->service_code && !sv && services_known)
		rc = add(r, "CHORUS-SERVICE-UNKNOWN", "BT-10", "%s has no service '%s'", name,
		         info->service_code);
	if (rc == FX_OK && sv && !sv->active)
		rc = add(r, "CHORUS-SERVICE-INACTIVE", "BT-10", "service '%s' of %s is not active",
		         sv->code, name);
	if (rc == FX_OK && sv && sv->engagement_required == 1 && !info->engagement &&
	    !b->engagement_required && !reported(r->report, "BT-13"))
		rc =
		    add(r, "CHORUS-SERVICE-ENGAGEMENT", "BT-13",
		        "service '%s' of %s requires an engagement number (BT-13); the invoice has "
		        "none",
		        sv->code, name);
	return rc;
}

/* Validates the file with the chorus layer on and the obligations known. */
static int validate(const void *data, size_t len, const char *source, fx_chorus_check_result *r)
{
	fx_validate_options opts;
	int rc = fx_validate_options_init(&opts, FX_VALIDATE_OPTIONS_VERSION);
	if (rc != FX_OK)
		return rc;
	opts.chorus = FX_SWITCH_ON;
	if (r->buyer) {
		const fx_chorus_service *sv =
		    fx_chorus_structure_service(r->buyer, r->info->service_code);
		opts.chorus_service_required = r->buyer->service_required ? 1 : 0;
		opts.chorus_engagement_required =
		    r->buyer->engagement_required || (sv && sv->engagement_required == 1) ? 1 : 0;
	}
	return fx_validate_memory(data, len, source, &opts, &r->report);
}

/* Consults the seller's structure once, for the password expiry date the
 * platform gives with it (failures are of no consequence here). */
static void consult_seller(fx_chorus_client *c, const char *siret)
{
	const char *date;
	long days;
	if (!c || !siret || fx_chorus_client_password_expiry(c, &date, &days) == FX_OK)
		return;
	fx_chorus_structure *s = NULL;
	if (fx_chorus_lookup(c, siret, NULL, &s) == FX_OK)
		fx_chorus_structure_free(s);
	fx_error_clear();
}

/* Checks a file before its deposit. */
int fx_chorus_check(fx_chorus_client *c, const char *annuaire_path, const void *data, size_t len,
                    const char *source, fx_chorus_check_result **out)
{
	if (!data || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_check: NULL argument");
	fx_chorus_check_result *r = calloc(1, sizeof *r);
	if (!r)
		return fx_error_oom();
	int rc = fx_chorus_invoice_info_read(data, len, source, &r->info);
	if (rc == FX_OK && !r->info->read_error)
		rc = buyer_problems(c, annuaire_path, r);
	if (rc == FX_OK)
		rc = validate(data, len, source, r);
	if (rc == FX_OK && r->buyer)
		rc = obligation_problems(r);
	if (rc == FX_OK)
		consult_seller(c, r->info->seller_siret);
	if (rc != FX_OK) {
		fx_chorus_check_result_free(r);
		return rc;
	}
	r->ok = fx_report_verdict(r->report) == FX_VERDICT_VALID && r->n_problems == 0;
	*out = r;
	return FX_OK;
}

/* Frees a check result. */
void fx_chorus_check_result_free(fx_chorus_check_result *r)
{
	if (!r)
		return;
	fx_report_free(r->report);
	fx_chorus_invoice_info_free(r->info);
	fx_chorus_structure_free(r->buyer);
	for (size_t i = 0; i < r->n_problems; i++)
		free(r->problems[i].message);
	free(r->problems);
	free(r->lookup_note);
	free(r);
}
