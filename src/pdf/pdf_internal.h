/*
 * Internal: helpers shared by the PDF container modules (qpdf sessions,
 * object access, dates, XMP, ICC, name trees, issue lists).
 */
#ifndef FX_PDF_INTERNAL_H
#define FX_PDF_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <qpdf/qpdf-c.h>

#include "core/buf.h"
#include "facturx/pdf.h"

/* XMP namespaces of the invoice schemas. */
#define FX_PDF_NS_FACTURX "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
#define FX_PDF_NS_ZUGFERD1 "urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#"
#define FX_PDF_NS_ZUGFERD2 "urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#"

/* Upper bounds used when walking hostile files. */
#define FX_PDF_MAX_TREE_DEPTH 32
#define FX_PDF_MAX_TREE_ENTRIES 100000

/* ---- qpdf sessions (pdf_qpdf.c) ---- */

/* Opens data/len (kept alive by the caller) as a silent qpdf session.
 * source names the input in messages; *needs_password (may be NULL) is set
 * when the failure is a password one. FX_EINVAL with qpdf's message. */
int fx_qpdf_open(const void *data, size_t len, const char *source, qpdf_data *out,
                 int *needs_password);

/* When qpdf recorded an error, turns it into FX_EINVAL "source: what:
 * message" and returns it; returns 0 otherwise. */
int fx_qpdf_check(qpdf_data q, const char *source, const char *what);

/* Discards pending qpdf warnings; returns how many there were. */
int fx_qpdf_drain_warnings(qpdf_data q);

/* Returns the name of oh ("/Type") or NULL when oh is not a name. */
const char *fx_qpdf_name(qpdf_data q, qpdf_oh oh);

/* Returns the name stored under key of dict oh, or NULL. */
const char *fx_qpdf_key_name(qpdf_data q, qpdf_oh dict, const char *key);

/* Returns a malloc'ed UTF-8 copy of string oh (cut at an embedded NUL), or
 * NULL when oh is not a string or on allocation failure (*oom set). */
char *fx_qpdf_text_dup(qpdf_data q, qpdf_oh oh, int *oom);

/* True when key of dict oh is the boolean true. */
int fx_qpdf_key_is_true(qpdf_data q, qpdf_oh dict, const char *key);

/* Collects the keys of dict oh (qpdf's key iterator cannot nest): *keys
 * receives a malloc'ed array of malloc'ed strings, *count its length. */
int fx_qpdf_dict_keys(qpdf_data q, qpdf_oh dict, char ***keys, size_t *count);

/* Frees what fx_qpdf_dict_keys returned. */
void fx_qpdf_keys_free(char **keys, size_t count);

/* Decodes stream oh into a malloc'ed NUL-terminated buffer, refusing data
 * that could decode to more than max bytes. what names the stream. */
int fx_qpdf_stream_read(qpdf_data q, qpdf_oh stream, size_t max, const char *source,
                        const char *what, unsigned char **out, size_t *out_len);

/* ---- visited-object sets (objset.c) ---- */

typedef struct fx_objset {
	uint64_t *slots; /* 0 = empty; else (id << 20 | gen) + 1 */
	size_t cap;
	size_t count;
} fx_objset;

/* Adds object id/gen; returns 1 when added, 0 when already present, or
 * FX_ENOMEM. */
int fx_objset_add(fx_objset *s, int id, int gen);

/* Frees the set's memory. */
void fx_objset_free(fx_objset *s);

/* ---- dates (pdf_date.c) ---- */

/* Checks d's fields; FX_EUSAGE naming the bad one. */
int fx_pdf_date_check(const fx_pdf_date *d);

/* Fills d with the current time in UTC. */
int fx_pdf_date_now(fx_pdf_date *d);

/* Writes d as a PDF date "D:YYYYMMDDHHmmSS+HH'mm'" (or "Z") into out (>= 32). */
void fx_pdf_date_pdf(const fx_pdf_date *d, char *out, size_t size);

/* Writes d as an XMP date "YYYY-MM-DDTHH:mm:SS+HH:mm" (or "Z") into out. */
void fx_pdf_date_xmp(const fx_pdf_date *d, char *out, size_t size);

/* ---- XMP (xmp_write.c, xmp_read.c) ---- */

/* The document description written into the XMP and the Info dict. */
typedef struct fx_pdf_meta {
	const char *title, *author, *subject, *keywords, *creator, *producer;
	const char *level; /* fx:ConformanceLevel */
	char xmp_date[40];
	char pdf_date[40];
} fx_pdf_meta;

/* Builds the XMP packet for m into out. */
int fx_pdf_xmp_build(const fx_pdf_meta *m, fx_buf *out);

/* Finds the invoice ConformanceLevel in an XMP packet: *out receives a
 * malloc'ed trimmed copy. FX_EMISSING when absent, FX_EINVAL if not XML. */
int fx_pdf_xmp_find_level(const unsigned char *xmp, size_t len, char **out);

/* ---- ICC profile (icc.c) ---- */

/** A checked ICC profile, shared through the process-wide cache. */
typedef struct fx_pdf_icc {
	unsigned char *data; /* the profile */
	size_t len;
	fx_buf z; /* the same, Flate-compressed (written as is) */
	struct fx_cache_entry *cache;
} fx_pdf_icc;

/* Gets the sRGB profile: path, else $FX_ICC_PROFILE, else the default,
 * checked to be an RGB display/output ICC profile of version < 5. It is
 * read once per file (again when it changes). out: receives it; give it
 * back with fx_pdf_icc_release. FX_EIO / FX_EINVAL naming the file. */
int fx_pdf_icc_get(const char *path, const fx_pdf_icc **out);

/* Gives a profile back (NULL is ignored). */
void fx_pdf_icc_release(const fx_pdf_icc *icc);

/* ---- name trees (name_tree.c) ---- */

typedef struct fx_name_entry {
	unsigned char *key; /* raw string bytes */
	size_t key_len;
	qpdf_oh value;
} fx_name_entry;

typedef struct fx_name_list {
	fx_name_entry *items;
	size_t count, cap;
} fx_name_list;

/* Appends every (key, value) of the name tree rooted at node to list,
 * bounded in depth and size, loops ignored. */
int fx_name_tree_read(qpdf_data q, qpdf_oh node, fx_name_list *list);

/* Appends one entry (key copied). */
int fx_name_list_add(fx_name_list *list, const unsigned char *key, size_t key_len, qpdf_oh value);

/* Sorts by key bytes (the order of a PDF name tree). */
void fx_name_list_sort(fx_name_list *list);

/* Frees the keys and the array. */
void fx_name_list_free(fx_name_list *list);

/* Returns a single-node name tree dictionary (direct) holding list. */
qpdf_oh fx_name_tree_build(qpdf_data q, const fx_name_list *list);

/* ---- embedded files (embed.c) ---- */

/* One file to embed. */
typedef struct fx_embed_spec {
	const char *name;
	const char *mime_type; /* "text/xml" */
	const char *description;
	const void *data;
	size_t len;
	fx_pdf_relationship relationship;
	const char *pdf_date; /* /Params /ModDate and /CreationDate */
	fx_buf z;             /* data, Flate-compressed (written as is) */
} fx_embed_spec;

/* Fills specs[0] (factur-x.xml) and specs[1..] (the extra files of opts)
 * and compresses their data. n: 1 + opts->attachment_count. Free with
 * fx_embed_specs_free. */
int fx_embed_specs_make(const fx_pdf_assemble_options *opts, fx_pdf_relationship xml_rel,
                        const char *pdf_date, const void *xml, size_t xml_len, fx_embed_spec *specs,
                        size_t n);

/* Frees the compressed data of n specs. */
void fx_embed_specs_free(fx_embed_spec *specs, size_t n);

/* Creates the embedded-file stream and its indirect /Filespec; *filespec
 * receives the file spec. */
int fx_embed_create(qpdf_data q, const fx_embed_spec *spec, qpdf_oh *filespec);

/* Adds the new file specs to the catalog: name tree (merged with the
 * existing one, same names replaced) and /AF array. names[i] is the name
 * of specs[i]. Existing entries get the PDF/A-3 keys they lack. */
int fx_embed_attach(qpdf_data q, const char *const *names, const qpdf_oh *specs, size_t n,
                    const char *source);

/* ---- issue lists (issues.c) ---- */

/* Appends an issue with a formatted message. */
int fx_pdf_issue_add(fx_pdf_issues *list, fx_pdf_issue_code code, fx_pdf_severity sev, int object,
                     int page, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Creates an empty list. */
fx_pdf_issues *fx_pdf_issues_new(void);

/* Runs every check on an open session, appending to list. */
int fx_pdf_check_session(qpdf_data q, const char *source, fx_pdf_issues *list);

/* Same, for a file whose PDF/A output intent has oi_components colour
 * components (0: none, 1 gray, 3 RGB, 4 CMYK): device colour spaces the
 * intent does not cover (and no Default colour space replaces) are issues. */
int fx_pdf_check_conformance(qpdf_data q, const char *source, int oi_components,
                             fx_pdf_issues *list);

/* ---- content streams (content_scan.c) ---- */

#define FX_PDF_USES_GRAY 1
#define FX_PDF_USES_RGB 2
#define FX_PDF_USES_CMYK 4

/* Returns FX_PDF_USES_* bits for the device colour spaces that content
 * operators (g/rg/k, cs with a Device name, inline images) select. */
int fx_pdf_content_colours(const unsigned char *s, size_t n);

/* Maps a relationship name ("/Data" or "Data") to its value; FX_EINVAL
 * without recording an error when it is not one of the five. */
int fx_pdf_relationship_from_name(const char *name, fx_pdf_relationship *out);

#endif
