/*
 * facturx - the Factur-X PDF/A-3b container: assembling it from a visual PDF
 * and the CII XML, checking whether a third party's PDF can become one, and
 * reading Factur-X (and legacy ZUGFeRD / XRechnung) PDFs.
 *
 * See docs/pdf-container.md for what the container holds and why.
 */
#ifndef FACTURX_PDF_H
#define FACTURX_PDF_H

#include "common.h"
#include "profile.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The Factur-X XML attachment's file name (also fx:DocumentFileName). */
#define FX_PDF_XML_NAME "factur-x.xml"

/* Default path of the sRGB ICC profile (Debian package icc-profiles-free);
 * overridden by fx_pdf_assemble_options.icc_profile_path, then by the
 * environment variable FX_ICC_PROFILE. */
#define FX_PDF_DEFAULT_ICC_PATH "/usr/share/color/icc/sRGB.icc"

/** AFRelationship of an embedded file (ISO 32000-2, PDF/A-3 6.8). */
typedef enum fx_pdf_relationship {
	FX_PDF_REL_DEFAULT = 0, /* assembly: let the library choose; reading: absent/unknown */
	FX_PDF_REL_DATA,
	FX_PDF_REL_SOURCE,
	FX_PDF_REL_ALTERNATIVE,
	FX_PDF_REL_SUPPLEMENT,
	FX_PDF_REL_UNSPECIFIED
} fx_pdf_relationship;

/** A date and time with its offset from UTC (for reproducible output). */
typedef struct fx_pdf_date {
	int year;               /* 1000..9999 */
	int month;              /* 1..12 */
	int day;                /* 1..31 (checked against the month) */
	int hour;               /* 0..23 */
	int minute;             /* 0..59 */
	int second;             /* 0..59 */
	int utc_offset_minutes; /* -720..840, e.g. 60 for Paris in winter */
} fx_pdf_date;

/** An extra embedded file (BG-24 supporting document, ...). */
typedef struct fx_pdf_extra_file {
	const char *name;                 /* file name, UTF-8, not "factur-x.xml" */
	const char *mime_type;            /* e.g. "application/pdf"; NULL: octet-stream */
	const char *description;          /* /Desc, UTF-8; may be NULL */
	const void *data;                 /* the bytes (may be NULL when len is 0) */
	size_t len;                       /* number of bytes */
	fx_pdf_relationship relationship; /* DEFAULT: Supplement */
} fx_pdf_extra_file;

#define FX_PDF_ASSEMBLE_OPTIONS_VERSION 1

/** Options of fx_pdf_assemble (initialise with FX_PDF_ASSEMBLE_OPTIONS_INIT
 * or fx_pdf_assemble_options_init). Text values are UTF-8; NULL leaves the
 * entry out of both the XMP and the Info dictionary. */
typedef struct fx_pdf_assemble_options {
	unsigned version; /* FX_PDF_ASSEMBLE_OPTIONS_VERSION */
	/* AFRelationship of factur-x.xml. MINIMUM and BASIC WL always use Data
	 * (Factur-X rule; any other value is overridden). BASIC, EN 16931 and
	 * EXTENDED accept Data, Source or Alternative; DEFAULT = Alternative. */
	fx_pdf_relationship xml_relationship;
	const char *xml_description; /* /Desc of factur-x.xml; NULL: "Factur-X invoice" */
	const char *title;           /* dc:title and /Title */
	const char *author;          /* dc:creator and /Author */
	const char *subject;         /* dc:description and /Subject */
	const char *keywords;        /* pdf:Keywords and /Keywords */
	const char *creator;         /* xmp:CreatorTool and /Creator (the producing app) */
	const char *producer;        /* pdf:Producer and /Producer; NULL: "facturx VERSION" */
	const fx_pdf_date *date;     /* creation = modification date; NULL: now (UTC) */
	const fx_pdf_extra_file *attachments; /* extra embedded files, may be NULL */
	size_t attachment_count;              /* number of entries in attachments */
	const char *icc_profile_path;         /* NULL: $FX_ICC_PROFILE, then the default */
	/* non-zero: run fx_pdf_check_embeddable on the input and refuse it
	 * (FX_EINVAL) when it reports an error-level issue (for third-party
	 * PDFs; the library's own visual PDFs do not need it). */
	int check_input;
} fx_pdf_assemble_options;

#define FX_PDF_ASSEMBLE_OPTIONS_INIT                                                               \
	{                                                                                          \
		FX_PDF_ASSEMBLE_OPTIONS_VERSION, FX_PDF_REL_DEFAULT, NULL, NULL, NULL, NULL, NULL, \
		    NULL, NULL, NULL, NULL, 0, NULL, 0                                             \
	}

/* Fills opts with the defaults. opts: the options to fill; version:
 * FX_PDF_ASSEMBLE_OPTIONS_VERSION. FX_EUSAGE for an unknown version. */
FX_EXTERN int fx_pdf_assemble_options_init(fx_pdf_assemble_options *opts, unsigned version);

/* Makes a PDF/A-3b Factur-X file. pdf/pdf_len: the visual PDF (kept alive
 * by the caller during the call; it must not be encrypted); xml/xml_len:
 * the CII XML, embedded as factur-x.xml; profile: the XML's profile (for
 * fx:ConformanceLevel and the AFRelationship rule); opts: options (NULL:
 * defaults); out/out_len: receive a malloc'ed PDF to free(). FX_EINVAL when
 * the input PDF cannot be used (damaged, encrypted), FX_EIO when the ICC
 * profile cannot be read, FX_EUSAGE for bad arguments or options. */
FX_EXTERN int fx_pdf_assemble(const void *pdf, size_t pdf_len, const void *xml, size_t xml_len,
                              fx_profile profile, const fx_pdf_assemble_options *opts,
                              unsigned char **out, size_t *out_len);

/* Same as fx_pdf_assemble, written atomically (temporary file + rename) to
 * path. pdf..opts: as for fx_pdf_assemble; path: the destination file. */
FX_EXTERN int fx_pdf_assemble_file(const void *pdf, size_t pdf_len, const void *xml, size_t xml_len,
                                   fx_profile profile, const fx_pdf_assemble_options *opts,
                                   const char *path);

/* Returns the PDF name of rel without the slash ("Data", ...), or "" for
 * FX_PDF_REL_DEFAULT. rel: the relationship. */
FX_EXTERN const char *fx_pdf_relationship_name(fx_pdf_relationship rel);

/* Parses "Data", "Source", "Alternative", "Supplement" or "Unspecified"
 * (case-insensitive, optional leading '/'). name: the text; out: receives
 * the value. FX_EINVAL otherwise. */
FX_EXTERN int fx_pdf_relationship_parse(const char *name, fx_pdf_relationship *out);

/* ---- checking a third party's PDF ------------------------------------ */

/** Why a PDF cannot become PDF/A-3b as it is (clauses of ISO 19005-3). */
typedef enum fx_pdf_issue_code {
	FX_PDF_ISSUE_ENCRYPTED = 1,      /* 6.1.3 encryption (or needs a password) */
	FX_PDF_ISSUE_DAMAGED,            /* 6.1.4 qpdf had to repair the file (warning) */
	FX_PDF_ISSUE_VERSION,            /* the file declares PDF 2.0 (warning) */
	FX_PDF_ISSUE_TOO_MANY_OBJECTS,   /* 6.1.13 more than 8388607 objects */
	FX_PDF_ISSUE_FONT_NOT_EMBEDDED,  /* 6.2.11.4.1 font program missing */
	FX_PDF_ISSUE_FONT_STRUCTURE,     /* 6.2.11.3 Type0 / CIDFontType2 structure */
	FX_PDF_ISSUE_FONT_NO_TOUNICODE,  /* 6.2.11.7.2 no ToUnicode (warning for 3b) */
	FX_PDF_ISSUE_ACTION,             /* 6.5.1 JavaScript, Launch, ... action */
	FX_PDF_ISSUE_ADDITIONAL_ACTIONS, /* 6.5.2 /AA on catalog, page or widget */
	FX_PDF_ISSUE_FILTER,             /* 6.1.7.2 LZWDecode or Crypt filter */
	FX_PDF_ISSUE_EXTERNAL_STREAM,    /* 6.1.7.1 stream with /F, /FFilter, /FDecodeParms */
	FX_PDF_ISSUE_IMAGE,              /* 6.2.8 Alternates, OPI, Interpolate true */
	FX_PDF_ISSUE_XOBJECT,            /* 6.2.9 PostScript or reference XObject */
	FX_PDF_ISSUE_EXTGSTATE,          /* 6.2.5 / 6.2.10 TR, HTP, TR2, blend mode */
	FX_PDF_ISSUE_ANNOTATION,         /* 6.3 forbidden subtype or flags */
	FX_PDF_ISSUE_DEVICE_COLOUR,      /* 6.2.4.3 DeviceCMYK with the sRGB intent */
	FX_PDF_ISSUE_FORM,               /* 6.4 XFA, NeedAppearances */
	FX_PDF_ISSUE_MISC,               /* 6.10 / 6.11 presentation steps, ... */
	FX_PDF_ISSUE_EXISTING_INVOICE    /* holds an invoice XML already (warning) */
} fx_pdf_issue_code;

/** How serious an issue is. */
typedef enum fx_pdf_severity {
	FX_PDF_SEVERITY_ERROR = 0, /* the file cannot be made conformant as it is */
	FX_PDF_SEVERITY_WARNING    /* allowed for PDF/A-3b, but worth knowing */
} fx_pdf_severity;

/** One reason. */
typedef struct fx_pdf_issue {
	fx_pdf_issue_code code;
	fx_pdf_severity severity;
	int object;          /* object number concerned, 0 when none or direct */
	int page;            /* 1-based page number, 0 when not bound to a page */
	const char *message; /* English text, e.g. "font Helvetica is not embedded" */
} fx_pdf_issue;

/** A list of issues (opaque). */
typedef struct fx_pdf_issues fx_pdf_issues;

/* Inspects a PDF for what keeps it from becoming PDF/A-3b. pdf/len: the
 * file; source: name for messages (may be NULL); out: receives the list
 * (free with fx_pdf_issues_free), also when it is empty. An encrypted file
 * gives an ENCRYPTED issue, not an error. FX_EINVAL when the bytes are not
 * a PDF at all. */
FX_EXTERN int fx_pdf_check_embeddable(const void *pdf, size_t len, const char *source,
                                      fx_pdf_issues **out);

/* Returns the number of issues. list: the list. */
FX_EXTERN size_t fx_pdf_issues_count(const fx_pdf_issues *list);

/* Returns how many issues have FX_PDF_SEVERITY_ERROR. list: the list. */
FX_EXTERN size_t fx_pdf_issues_error_count(const fx_pdf_issues *list);

/* Returns issue number index (0-based), or NULL when out of range. list:
 * the list; index: the position. Valid until the list is freed. */
FX_EXTERN const fx_pdf_issue *fx_pdf_issues_get(const fx_pdf_issues *list, size_t index);

/* Frees a list (NULL is ignored). list: the list. */
FX_EXTERN void fx_pdf_issues_free(fx_pdf_issues *list);

/* Returns a stable identifier of code, e.g. "font-not-embedded". code: the
 * issue code. */
FX_EXTERN const char *fx_pdf_issue_code_name(fx_pdf_issue_code code);

/* ---- reading --------------------------------------------------------- */

#define FX_PDF_READ_OPTIONS_VERSION 1
#define FX_PDF_DEFAULT_MAX_INPUT ((size_t)256 << 20)     /* 256 MiB */
#define FX_PDF_DEFAULT_MAX_ATTACHMENT ((size_t)64 << 20) /* 64 MiB, decoded */

/** Options of the reader (0 = default for every limit). */
typedef struct fx_pdf_read_options {
	unsigned version;           /* FX_PDF_READ_OPTIONS_VERSION */
	size_t max_input_size;      /* largest PDF accepted */
	size_t max_attachment_size; /* largest decoded attachment or XMP packet */
} fx_pdf_read_options;

#define FX_PDF_READ_OPTIONS_INIT                                                                   \
	{                                                                                          \
		FX_PDF_READ_OPTIONS_VERSION, 0, 0                                                  \
	}

/** Which kind of invoice XML a PDF carries (by its attachment name). */
typedef enum fx_pdf_flavour {
	FX_PDF_FLAVOUR_FACTURX = 0, /* factur-x.xml (Factur-X, ZUGFeRD >= 2.1) */
	FX_PDF_FLAVOUR_ZUGFERD1,    /* ZUGFeRD-invoice.xml (ZUGFeRD 1.0) */
	FX_PDF_FLAVOUR_ZUGFERD2,    /* zugferd-invoice.xml (ZUGFeRD 2.0) */
	FX_PDF_FLAVOUR_XRECHNUNG    /* xrechnung.xml (ZUGFeRD XRECHNUNG profile) */
} fx_pdf_flavour;

/** What the reader knows of one embedded file. Strings are UTF-8, never
 * NULL ("" when absent), owned by the reader. */
typedef struct fx_pdf_attachment {
	const char *name;                 /* /UF, else /F, else the name-tree key */
	const char *mime_type;            /* "text/xml" (the /Subtype), or "" */
	const char *description;          /* /Desc */
	const char *relationship_name;    /* the /AFRelationship name as written */
	fx_pdf_relationship relationship; /* DEFAULT when absent or not standard */
	long long size;                   /* /Params /Size (declared), -1 when absent */
	int in_catalog_af;                /* non-zero: listed in the catalog /AF */
	int object;                       /* object number of the file spec, 0 if direct */
} fx_pdf_attachment;

/** An open PDF (opaque). */
typedef struct fx_pdf_reader fx_pdf_reader;

/* Opens a PDF from memory (the bytes are copied). data/len: the file;
 * source: name for messages (may be NULL); opts: limits (NULL: defaults);
 * out: receives the reader (free with fx_pdf_reader_free). FX_EINVAL with
 * qpdf's message when the file cannot be parsed. */
FX_EXTERN int fx_pdf_reader_open_memory(const void *data, size_t len, const char *source,
                                        const fx_pdf_read_options *opts, fx_pdf_reader **out);

/* Opens a PDF file. path: the file; opts and out: as above. FX_EIO when
 * the file cannot be read. */
FX_EXTERN int fx_pdf_reader_open_file(const char *path, const fx_pdf_read_options *opts,
                                      fx_pdf_reader **out);

/* Closes a reader (NULL is ignored). r: the reader. */
FX_EXTERN void fx_pdf_reader_free(fx_pdf_reader *r);

/* Returns the number of embedded files of the document-level name tree.
 * r: the reader. */
FX_EXTERN size_t fx_pdf_reader_attachment_count(const fx_pdf_reader *r);

/* Returns embedded file number index (name-tree order), or NULL when out
 * of range. r: the reader; index: 0-based position. */
FX_EXTERN const fx_pdf_attachment *fx_pdf_reader_attachment(const fx_pdf_reader *r, size_t index);

/* Decodes embedded file number index. r: the reader; index: its position;
 * out/out_len: receive a malloc'ed copy (NUL-terminated, to free()).
 * FX_EINVAL when it cannot be decoded or exceeds max_attachment_size. */
FX_EXTERN int fx_pdf_reader_extract(fx_pdf_reader *r, size_t index, unsigned char **out,
                                    size_t *out_len);

/* Finds the invoice XML: factur-x.xml first, then ZUGFeRD-invoice.xml,
 * zugferd-invoice.xml, xrechnung.xml. r: the reader; index: receives its
 * position; flavour: receives which name matched (may be NULL).
 * FX_EMISSING when the PDF carries none. */
FX_EXTERN int fx_pdf_reader_find_invoice(const fx_pdf_reader *r, size_t *index,
                                         fx_pdf_flavour *flavour);

/* Finds and decodes the invoice XML. r: the reader; out/out_len: as for
 * fx_pdf_reader_extract; flavour: receives which name matched (may be
 * NULL). FX_EMISSING when there is none. */
FX_EXTERN int fx_pdf_reader_extract_invoice(fx_pdf_reader *r, unsigned char **out, size_t *out_len,
                                            fx_pdf_flavour *flavour);

/* Gives the catalog's XMP metadata packet as stored. r: the reader;
 * data/len: receive bytes owned by the reader. FX_EMISSING when there is
 * no /Metadata stream, FX_EINVAL when it cannot be decoded. */
FX_EXTERN int fx_pdf_reader_xmp(fx_pdf_reader *r, const unsigned char **data, size_t *len);

/* Reads fx:ConformanceLevel from the XMP (also the ZUGFeRD 1.0 and 2.0
 * namespaces). r: the reader; level: receives the trimmed value (owned by
 * the reader), e.g. "EN 16931". FX_EMISSING when absent, FX_EINVAL when the
 * XMP is not well-formed XML. */
FX_EXTERN int fx_pdf_reader_conformance_level(fx_pdf_reader *r, const char **level);

/* Maps an XMP conformance level ("MINIMUM", "BASIC WL", "BASIC",
 * "EN 16931", "EXTENDED"; also ZUGFeRD's "COMFORT") to a profile. level:
 * the text; out: receives the profile. FX_EINVAL otherwise. */
FX_EXTERN int fx_pdf_level_to_profile(const char *level, fx_profile *out);

/* Returns the attachment name of a flavour, e.g. "zugferd-invoice.xml".
 * flavour: the flavour. */
FX_EXTERN const char *fx_pdf_flavour_file_name(fx_pdf_flavour flavour);

#ifdef __cplusplus
}
#endif

#endif
