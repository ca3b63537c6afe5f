/*
 * The human report of a validation: a header line with the verdict, the
 * findings grouped by layer, then a summary line; English or French.
 */
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "validate/stages.h"

/** The words of the report in one language. */
typedef struct report_words {
	const char *valid, *invalid, *profile, *no_profile, *layer, *line, *advisory, *summary;
	const char *fatal, *warning, *info, *none;
	const char *layers[8];
} report_words;

static const report_words english = {
    "valid",
    "INVALID",
    "profile",
    "no Factur-X profile (CII D16B and EN 16931 rules)",
    "Layer",
    "line",
    "advisory, does not count",
    "Summary",
    "fatal",
    "warning",
    "information",
    "no finding",
    {"", "container (PDF/A-3, Factur-X attachment)", "XML (well-formedness, secure parsing)",
     "structure (Factur-X / CII schema)", "EN 16931 rules (CEN 1.3.16)",
     "Factur-X 1.09.2 profile rules", "French rules (BR-FR)", "Chorus Pro rules"},
};

static const report_words french = {
    "valide",
    "NON VALIDE",
    "profil",
    "aucun profil Factur-X (règles CII D16B et EN 16931)",
    "Couche",
    "ligne",
    "indicatif, ne compte pas",
    "Bilan",
    "bloquant",
    "avertissement",
    "information",
    "aucun constat",
    {"", "conteneur (PDF/A-3, pièce jointe Factur-X)", "XML (syntaxe, lecture sécurisée)",
     "structure (schéma Factur-X / CII)", "règles EN 16931 (CEN 1.3.16)",
     "règles des profils Factur-X 1.09.2", "règles françaises (BR-FR)", "règles Chorus Pro"},
};

/* The word for severity s. */
static const char *severity_word(const report_words *w, fx_severity s)
{
	return s == FX_SEVERITY_FATAL ? w->fatal : s == FX_SEVERITY_WARNING ? w->warning : w->info;
}

/* Writes the header line: source, verdict, input kind and profile. */
static void write_header(fx_buf *b, const fx_report *r, const report_words *w)
{
	const char *source = fx_report_source(r);
	fx_profile p;
	fx_buf_printf(b, "%s: %s (%s, ", source ? source : "-",
	              fx_report_verdict(r) == FX_VERDICT_VALID ? w->valid : w->invalid,
	              fx_report_input_kind(r));
	if (fx_report_profile(r, &p) == FX_OK)
		fx_buf_printf(b, "%s %s", w->profile, fx_profile_name(p));
	else
		fx_buf_puts(b, w->no_profile);
	fx_error_clear();
	fx_buf_puts(b, ")\n");
}

/* Writes one finding (two lines: what and where, then the message). */
static void write_finding(fx_buf *b, const fx_finding *f, const report_words *w)
{
	fx_buf_printf(b, "  %-13s %s", severity_word(w, f->severity), f->rule_id);
	if (f->bt)
		fx_buf_printf(b, " [%s]", f->bt);
	if (!f->counts && f->severity == FX_SEVERITY_FATAL)
		fx_buf_printf(b, " (%s)", w->advisory);
	if (f->line > 0)
		fx_buf_printf(b, " %s %ld", w->line, f->line);
	if (f->xpath)
		fx_buf_printf(b, " %s", f->xpath);
	fx_buf_printf(b, "\n      %s\n", f->message);
}

/* Writes the summary line. */
static void write_summary(fx_buf *b, const fx_report *r, const report_words *w)
{
	size_t counts[3] = {0, 0, 0}, advisory = 0;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->severity == FX_SEVERITY_FATAL && !f->counts)
			advisory++;
		else if ((unsigned)f->severity < 3)
			counts[f->severity]++;
	}
	fx_buf_printf(b, "%s: %zu %s, %zu %s, %zu %s", w->summary, counts[FX_SEVERITY_FATAL],
	              w->fatal, counts[FX_SEVERITY_WARNING], w->warning, counts[FX_SEVERITY_INFO],
	              w->info);
	if (advisory)
		fx_buf_printf(b, ", %zu %s (%s)", advisory, w->fatal, w->advisory);
	fx_buf_printf(b, " -> %s\n",
	              fx_report_verdict(r) == FX_VERDICT_VALID ? w->valid : w->invalid);
}

/* Writes the human report. */
int fx_report_to_text(const fx_report *r, char **out, size_t *out_len)
{
	if (!r || !out)
		return fx_error_set(FX_EUSAGE, "fx_report_to_text: NULL argument");
	const report_words *w = fx_report_is_french(r) ? &french : &english;
	fx_buf b = {0};
	write_header(&b, r, w);
	int last_layer = 0;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if ((int)f->layer != last_layer) {
			last_layer = (int)f->layer;
			fx_buf_printf(&b, "%s %d %s:\n", w->layer, last_layer,
			              (last_layer >= 1 && last_layer <= 7) ? w->layers[last_layer]
			                                                   : "");
		}
		write_finding(&b, f, w);
	}
	if (fx_report_count(r) == 0)
		fx_buf_printf(&b, "  %s\n", w->none);
	write_summary(&b, r, w);
	if (b.failed) {
		fx_buf_free(&b);
		return fx_error_oom();
	}
	size_t len = 0;
	*out = fx_buf_detach(&b, &len);
	if (out_len)
		*out_len = len;
	return FX_OK;
}
