/*
 * Internal: the parts of layer 1 (the Factur-X PDF container), shared by
 * container*.c. The rule ids (FX-PDF-*) are listed in docs/validate.md.
 */
#ifndef FX_VALIDATE_CONTAINER_INTERNAL_H
#define FX_VALIDATE_CONTAINER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "facturx/pdf.h"
#include "pdf/read.h"
#include "validate/stages.h"

/* XMP namespaces the container rules read. */
#define FX_XMP_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define FX_XMP_NS_PDFAID "http://www.aiim.org/pdfa/ns/id/"
#define FX_XMP_NS_SCHEMA "http://www.aiim.org/pdfa/ns/schema#"
#define FX_XMP_NS_PROPERTY "http://www.aiim.org/pdfa/ns/property#"

/* The state of one container check. */
typedef struct fx_cont {
	fx_report *report;
	const char *source;
	const unsigned char *pdf; /* the file's bytes */
	size_t len;
	fx_pdf_reader *reader; /* NULL when the file could not be opened */
	xmlDocPtr xmp;         /* the parsed XMP packet, or NULL */
	char pdfa_level;       /* pdfaid:conformance 'A', 'B', 'U', or 0 */
	int oi_components;     /* components of the PDF/A output intent (0: none) */
	bool has_invoice;      /* an invoice attachment was found */
	size_t invoice;        /* its index in the reader */
	fx_pdf_flavour flavour;
	char *level; /* ConformanceLevel from the XMP (malloc'ed), or NULL */
	int rc;      /* first allocation failure (FX_ENOMEM), else FX_OK */
} fx_cont;

/* Adds a layer-1 finding: rule id, severity, and the message formatted
 * with en (English) or fr (French) and the same arguments in the same
 * order. */
void fx_cont_add(fx_cont *c, const char *id, fx_severity sev, const char *en, const char *fr, ...);

/* Adds a layer-1 finding whose message is already in the report's
 * language. */
void fx_cont_add_text(fx_cont *c, const char *id, fx_severity sev, const char *msg);

/* File-level rules on the raw bytes and the trailer: header, end of file,
 * /ID (container_file.c). */
void fx_cont_check_file(fx_cont *c);

/* The lexical rules on the raw bytes: object headers, stream keywords,
 * /Length, endstream (container_syntax.c). */
void fx_cont_check_syntax(fx_cont *c);

/* The XMP rules: metadata stream, well-formedness, pdfaid, the Factur-X
 * (or legacy) extension schema and values; sets c->level, c->pdfa_level
 * (container_xmp.c). */
void fx_cont_check_xmp(fx_cont *c);

/* Finds the invoice attachment (c->has_invoice, c->invoice, c->flavour);
 * reports a missing one and legacy ZUGFeRD names (container_attach.c). */
void fx_cont_find_invoice(fx_cont *c);

/* The invoice attachment and the other embedded files (PDF/A-3 6.8, the
 * Factur-X names, MIME type, AFRelationship, /AF), legacy ZUGFeRD
 * (container_attach.c). */
void fx_cont_check_attachments(fx_cont *c);

/* The output intent (6.2.3); sets c->oi_components (container_pdfa.c). */
void fx_cont_check_output_intent(fx_cont *c);

/* The PDF/A object rules of the src/pdf check (fonts, actions, filters,
 * device colour, ...) as findings (container_pdfa.c). */
void fx_cont_check_objects(fx_cont *c);

/* ---- XMP reading helpers (container_xmp_read.c) ---- */

/* The trimmed text of ns:local on node: an attribute of node or a child
 * element of it (malloc'ed), or NULL. */
char *fx_xmp_field(xmlNodePtr node, const char *ns, const char *local);

/* The value of property ns:local in the XMP document doc, looked up on
 * every rdf:Description of the rdf:RDF element (malloc'ed), or NULL. */
char *fx_xmp_value(xmlDocPtr doc, const char *ns, const char *local);

/* The node describing the PDF/A extension schema of namespace ns_uri (the
 * owner of its pdfaSchema:namespaceURI), or NULL when none does. */
xmlNodePtr fx_xmp_find_schema(xmlDocPtr doc, const char *ns_uri);

/* The node describing property name in extension schema schema (the owner
 * of its pdfaProperty:name), or NULL. */
xmlNodePtr fx_xmp_find_property(xmlNodePtr schema, const char *name);

#endif
