/*
 * facturx - the whole Factur-X file in one call: from a computed invoice,
 * the CII XML of the profile, the page a person reads and the PDF/A-3b
 * container that carries the XML as factur-x.xml. The XML and the page are
 * made from the same model in the same call, so they cannot disagree.
 * Also: a Factur-X file from a PDF drawn elsewhere and an existing CII XML.
 * See docs/generate.md.
 */
#ifndef FACTURX_GENERATE_H
#define FACTURX_GENERATE_H

#include "common.h"
#include "invoice.h"
#include "pdf.h"
#include "profile.h"

#ifdef __cplusplus
extern "C" {
#endif

#define FX_GENERATE_OPTIONS_VERSION 1

/* fx_generate_options.profile: the invoice's own profile (its has_profile /
 * profile fields), else EN 16931; for an existing XML: the XML's BT-24. */
#define FX_GENERATE_PROFILE_AUTO (-1)

/** Options of fx_generate_memory, fx_generate_file and fx_generate_embed_memory
 * (initialise with FX_GENERATE_OPTIONS_INIT). Text values are UTF-8. */
typedef struct fx_generate_options {
	unsigned version; /* FX_GENERATE_OPTIONS_VERSION */
	int profile;      /* an fx_profile, or FX_GENERATE_PROFILE_AUTO */
	/* The page (see fx_render_options; not used by fx_generate_embed_memory). */
	const char *language;      /* "fr" (default when NULL), "en", or a locale ("fr_BE");
	                            * also the language of the default title and subject */
	const char *template_path; /* JSON template; NULL: the built-in one of the language */
	const char *logo_path;     /* PNG or JPEG logo; NULL: the template's, if any */
	const char *fonts_path;    /* font configuration; NULL: the built-in one */
	int amount_in_words;       /* -1: as the template says, 0: never, 1: always */
	/* The container (see fx_pdf_assemble_options). */
	fx_pdf_relationship xml_relationship; /* DEFAULT: Data for MINIMUM and BASIC WL
	                                       * (always), Alternative for the others */
	const fx_pdf_extra_file *attachments; /* extra embedded files, may be NULL */
	size_t attachment_count;              /* number of entries in attachments */
	const fx_pdf_date *date; /* creation date of the page and of the container; NULL:
	                          * $SOURCE_DATE_EPOCH when set, else now (UTC) */
	const char *title;       /* NULL: "Facture <BT-1>" / "Invoice <BT-1>" (credit
	                          * note 381: "Avoir <BT-1>" / "Credit note <BT-1>") */
	const char *author;      /* NULL: the seller's name (BT-27) */
	const char *subject;     /* NULL: what, from whom, to whom, for how much */
	const char *keywords;    /* NULL: "Factur-X, <profile>, <BT-1>, ..." */
	const char *creator;     /* the producing application; NULL: "facturx VERSION" */
	int skip_validation;     /* 0 (default): the XML is validated (layers 2 to 6 of
	                          * fx_validate_memory: parsing, structure, EN 16931,
	                          * Factur-X, French rules in auto mode) and a
	                          * non-compliant file is refused
	                          * (FX_EINVAL listing the findings); 1: not checked */
	const struct fx_works_statement *works; /* the page shows this works statement's
	                                         * décompte (see fx_render_options.works) */
} fx_generate_options;

#define FX_GENERATE_OPTIONS_INIT                                                                   \
	{                                                                                          \
		FX_GENERATE_OPTIONS_VERSION, FX_GENERATE_PROFILE_AUTO, NULL, NULL, NULL, NULL, -1, \
		    FX_PDF_REL_DEFAULT, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL       \
	}

/* Makes the Factur-X PDF/A-3b file of an invoice. inv: a computed invoice
 * (fx_invoice_compute: totals and VAT breakdown present); opts: options
 * (NULL: defaults); pdf/len: receive the malloc'ed file (free()). The same
 * invoice, options and date give the same bytes. FX_EMISSING when the
 * invoice is not computed or lacks what the profile requires (the message
 * names the BT); FX_EINVAL for a wrong template or logo, or when the XML
 * does not pass validation (the message lists the fatal findings; see
 * skip_validation); FX_EIO when a
 * template, font, logo or the ICC profile cannot be read; FX_EUSAGE for
 * bad options (the message names the option). */
FX_EXTERN int fx_generate_memory(const fx_invoice *inv, const fx_generate_options *opts,
                                 unsigned char **pdf, size_t *len);

/* Same as fx_generate_memory, written atomically (temporary file + rename:
 * path is left untouched on error). inv, opts: as above; path: the file. */
FX_EXTERN int fx_generate_file(const fx_invoice *inv, const fx_generate_options *opts,
                               const char *path);

/* Makes a Factur-X file from a PDF drawn elsewhere and an existing CII XML.
 * pdf/pdf_len: the visual PDF; xml/xml_len: the CII XML, embedded as it is;
 * xml_source: its name for messages (may be NULL); opts: options (the
 * page options are ignored; NULL: defaults); out/out_len: receive the
 * malloc'ed file. The XML is read (fx_cii_read_memory: FX_EINVAL when it is
 * not a CII invoice) and its amounts checked against the EN 16931 business
 * rules (FX_EMISMATCH). The profile is opts->profile or the XML's BT-24:
 * FX_EMISSING when neither gives one, FX_EINVAL when they disagree. The PDF
 * is refused (FX_EINVAL) when the XML does not pass validation (as for
 * fx_generate_memory, against the profile used; see skip_validation), or
 * (FX_EINVAL) when fx_pdf_check_embeddable finds an error-level
 * issue; call it first to list every reason. Title and author default to
 * the XML's BT-1 and BT-27. */
FX_EXTERN int fx_generate_embed_memory(const void *pdf, size_t pdf_len, const char *xml,
                                       size_t xml_len, const char *xml_source,
                                       const fx_generate_options *opts, unsigned char **out,
                                       size_t *out_len);

/* Resolves a creation date. text: "YYYY-MM-DDTHH:MM:SS", optionally followed
 * by "Z" or an offset "+HH:MM" / "-HH:MM" (no suffix: UTC); NULL: the
 * instant $SOURCE_DATE_EPOCH gives (seconds since 1970, UTC) when it is set,
 * else the current time (UTC). out: receives the date. FX_EUSAGE for a
 * malformed text or SOURCE_DATE_EPOCH (the message quotes it). */
FX_EXTERN int fx_generate_resolve_date(const char *text, fx_pdf_date *out);

#ifdef __cplusplus
}
#endif

#endif
