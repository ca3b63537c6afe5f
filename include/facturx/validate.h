/*
 * facturx - validation of Factur-X PDFs and CII XML invoices, rule by rule.
 *
 * A validation produces a report: a list of findings (data, not errors) and
 * a verdict. Findings are grouped by layer:
 *   1 container  - the PDF/A-3 and Factur-X container (PDF input only)
 *   2 xml        - well-formedness and the secure-parsing limits
 *   3 structure  - the Factur-X 1.09.2 XSD of the declared profile
 *   4 en16931    - the CEN EN 16931 CII rules (release 1.3.16)
 *   5 facturx    - the Factur-X 1.09.2 profile rules
 *   6 fr         - the French 2026 rules (BR-FR, XP Z12-012 V1.4)
 *   7 chorus     - the Chorus Pro rules
 * A validation fails (returns an error code) only when the input cannot be
 * read at all (I/O error, neither a PDF nor XML, a PDF that cannot be
 * opened); a hostile or broken file gives findings, never a crash or a hang.
 */
#ifndef FACTURX_VALIDATE_H
#define FACTURX_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "profile.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The layers of a validation (see the top of this header). */
typedef enum fx_layer {
	FX_LAYER_CONTAINER = 1,
	FX_LAYER_XML = 2,
	FX_LAYER_STRUCTURE = 3,
	FX_LAYER_EN16931 = 4,
	FX_LAYER_FACTURX = 5,
	FX_LAYER_FR = 6,
	FX_LAYER_CHORUS = 7
} fx_layer;

/** Bit of layer l in fx_validate_options.layers. */
#define FX_LAYER_BIT(l) (1u << (unsigned)(l))
/** Every layer. */
#define FX_LAYERS_ALL 0xFEu

/** Severity of a finding. Only fatal findings that count make a file invalid. */
typedef enum fx_severity {
	FX_SEVERITY_FATAL = 0,   /* the official validators reject the file */
	FX_SEVERITY_WARNING = 1, /* reported, does not change the verdict */
	FX_SEVERITY_INFO = 2     /* information (e.g. legacy ZUGFeRD recognised) */
} fx_severity;

/** One finding of a validation. Strings are owned by the report. */
typedef struct fx_finding {
	fx_layer layer;
	fx_severity severity;
	bool counts;         /* false: reported but does not count for the verdict
	                      * (CEN rules on MINIMUM, BASIC WL and EXTENDED) */
	const char *rule_id; /* official id ("BR-CO-10", "FX-SCH-A-000595",
	                      * "BR-FR-12") or the project's ("FX-PDF-AF", ...) */
	const char *bt;      /* business term(s), e.g. "BT-106", or NULL */
	const char *xpath;   /* location of the node, or NULL */
	long line;           /* line in the XML (1-based), 0 when unknown */
	const char *message; /* in the report's language */
} fx_finding;

/** Verdict of a validation. */
typedef enum fx_verdict {
	FX_VERDICT_VALID = 0,
	FX_VERDICT_INVALID = 1
} fx_verdict;

/** Whether an optional rule layer runs. */
typedef enum fx_switch {
	FX_SWITCH_AUTO = 0, /* when the invoice calls for it (fr: French seller,
	                     * a reform profile, no Chorus Pro cadre; chorus:
	                     * a Chorus Pro cadre A1..A25 in BT-23) */
	FX_SWITCH_ON = 1,
	FX_SWITCH_OFF = 2
} fx_switch;

/** A report (opaque). */
typedef struct fx_report fx_report;

#define FX_VALIDATE_OPTIONS_VERSION 1

/** Options of a validation; initialise with fx_validate_options_init. */
typedef struct fx_validate_options {
	unsigned version;      /* FX_VALIDATE_OPTIONS_VERSION */
	const char *lang;      /* "en" (default) or "fr": language of messages */
	unsigned layers;       /* FX_LAYER_BIT mask of layers to run (default all) */
	fx_switch french;      /* layer 6 (default auto) */
	fx_switch chorus;      /* layer 7 (default auto) */
	bool force_profile;    /* validate as `profile` instead of BT-24's */
	fx_profile profile;    /* used when force_profile */
	int chorus_service_required;    /* buyer's structure requires a service
	                                 * code (BT-10): 1 yes, 0 no, -1 unknown */
	int chorus_engagement_required; /* ... an engagement number (BT-13) */
	size_t max_xml_bytes;  /* refuse larger XML (default 20 MB) */
	unsigned max_depth;    /* refuse deeper XML (default 64) */
} fx_validate_options;

/* Sets opts to the defaults. opts: the options; version:
 * FX_VALIDATE_OPTIONS_VERSION. Returns FX_OK or FX_EUSAGE. */
FX_EXTERN int fx_validate_options_init(fx_validate_options *opts, unsigned version);

/* Validates a Factur-X PDF or a CII XML invoice held in memory (the kind is
 * detected from the content). data/len: the file; source: its name for
 * messages (may be NULL); opts: NULL for the defaults; out: receives the
 * report (free with fx_report_free). Returns FX_OK, FX_EINVAL when the input
 * is neither PDF nor XML or a PDF cannot be opened, FX_ENOMEM. */
FX_EXTERN int fx_validate_memory(const void *data, size_t len, const char *source,
                                 const fx_validate_options *opts, fx_report **out);

/* Same as fx_validate_memory for the file at path (FX_EIO when unreadable). */
FX_EXTERN int fx_validate_file(const char *path, const fx_validate_options *opts,
                               fx_report **out);

/* Returns the verdict of report r. */
FX_EXTERN fx_verdict fx_report_verdict(const fx_report *r);

/* Returns the number of findings of report r. */
FX_EXTERN size_t fx_report_count(const fx_report *r);

/* Returns finding i (0-based, < fx_report_count) of report r, or NULL. */
FX_EXTERN const fx_finding *fx_report_get(const fx_report *r, size_t i);

/* Returns the number of fatal findings that count in report r. */
FX_EXTERN size_t fx_report_fatal_count(const fx_report *r);

/* Returns what report r was made from: "pdf" or "xml". */
FX_EXTERN const char *fx_report_input_kind(const fx_report *r);

/* Gets the profile the XML was validated against. r: the report; out:
 * receives it. Returns FX_OK, or FX_EMISSING when no profile applies
 * (BT-24 missing or not a Factur-X profile; CII D16B rules were used). */
FX_EXTERN int fx_report_profile(const fx_report *r, fx_profile *out);

/* Returns BT-24 as found in the XML, or NULL. */
FX_EXTERN const char *fx_report_guideline(const fx_report *r);

/* Returns the source name given to the validation, or NULL. */
FX_EXTERN const char *fx_report_source(const fx_report *r);

/* Returns the English name of layer l ("container", "xml", "structure",
 * "en16931", "facturx", "fr", "chorus"). */
FX_EXTERN const char *fx_layer_name(fx_layer l);

/* Returns "fatal", "warning" or "information". */
FX_EXTERN const char *fx_severity_name(fx_severity s);

/* Writes report r as a human report grouped by layer (language of the
 * report). out/out_len: receive a malloc'ed NUL-terminated text. */
FX_EXTERN int fx_report_to_text(const fx_report *r, char **out, size_t *out_len);

/* Writes report r as JSON (docs/validate.md describes the format).
 * out/out_len: receive a malloc'ed NUL-terminated text. */
FX_EXTERN int fx_report_to_json(const fx_report *r, char **out, size_t *out_len);

/* Frees report r (NULL is allowed). */
FX_EXTERN void fx_report_free(fx_report *r);

#ifdef __cplusplus
}
#endif

#endif
