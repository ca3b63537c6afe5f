/*
 * Layer 1, XMP metadata: the catalog /Metadata stream (ISO 19005-3
 * 6.6.2.1), pdfaid:part and pdfaid:conformance (6.6.4), the PDF/A
 * extension schema describing the Factur-X properties (6.6.2.3, Factur-X
 * 1.0 hybrid rules) and their values: DocumentType, DocumentFileName,
 * Version, ConformanceLevel. Legacy ZUGFeRD files are read in their own
 * namespace.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "pdf/pdf_internal.h"
#include "validate/container_internal.h"

/* The XMP namespace and expectations of each flavour. */
static const struct {
	const char *ns;            /* namespace of the invoice properties */
	const char *prefix;        /* prefix the extension schema must declare, or NULL */
	const char *const *levels; /* accepted ConformanceLevel values */
} flavours[] = {
    [FX_PDF_FLAVOUR_FACTURX] = {FX_PDF_NS_FACTURX, "fx",
                                (const char *const[]){"MINIMUM", "BASIC WL", "BASIC", "EN 16931",
                                                      "EXTENDED", "XRECHNUNG", NULL}},
    [FX_PDF_FLAVOUR_ZUGFERD1] = {FX_PDF_NS_ZUGFERD1, NULL,
                                 (const char *const[]){"BASIC", "COMFORT", "EXTENDED", NULL}},
    [FX_PDF_FLAVOUR_ZUGFERD2] = {FX_PDF_NS_ZUGFERD2, NULL,
                                 (const char *const[]){"MINIMUM", "BASIC WL", "BASIC", "EN 16931",
                                                       "EXTENDED", "XRECHNUNG", NULL}},
    [FX_PDF_FLAVOUR_XRECHNUNG] = {FX_PDF_NS_FACTURX, "fx",
                                  (const char *const[]){"XRECHNUNG", NULL}},
};

/* The four properties the extension schema must describe. */
static const char *const fx_properties[] = {"DocumentFileName", "DocumentType", "Version",
                                            "ConformanceLevel"};

/* The flavour whose namespace the XMP uses: the attachment's, else the
 * first namespace carrying a ConformanceLevel. */
static fx_pdf_flavour xmp_flavour(fx_cont *c)
{
	if (c->has_invoice)
		return c->flavour;
	for (int f = FX_PDF_FLAVOUR_FACTURX; f <= FX_PDF_FLAVOUR_ZUGFERD2; f++) {
		char *v = fx_xmp_value(c->xmp, flavours[f].ns, "ConformanceLevel");
		free(v);
		if (v)
			return (fx_pdf_flavour)f;
	}
	return FX_PDF_FLAVOUR_FACTURX;
}

/* Reads the /Metadata stream and parses it; findings when it cannot. */
static void load_xmp(fx_cont *c)
{
	qpdf_data q = c->reader->q;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh md = qpdf_oh_get_key(q, root, "/Metadata");
	bool stream = qpdf_oh_is_stream(q, md);
	qpdf_oh dict = stream ? qpdf_oh_get_dict(q, md) : 0;
	/* a name is valid until the next qpdf call: compare it at once */
	const char *type = stream ? fx_qpdf_key_name(q, dict, "/Type") : NULL;
	bool typed = type && !strcmp(type, "/Metadata");
	const char *sub = stream ? fx_qpdf_key_name(q, dict, "/Subtype") : NULL;
	typed = typed && sub && !strcmp(sub, "/XML");
	if (dict)
		qpdf_oh_release(q, dict);
	qpdf_oh_release(q, md);
	qpdf_oh_release(q, root);
	if (qpdf_has_error(q))
		qpdf_get_error(q);
	if (!stream) {
		fx_cont_add(c, "FX-PDF-XMP", FX_SEVERITY_FATAL,
		            "the document catalog has no XMP /Metadata stream (PDF/A-3 6.6.2.1)",
		            "le catalogue du document n'a pas de flux de métadonnées XMP /Metadata "
		            "(PDF/A-3 6.6.2.1)");
		return;
	}
	if (!typed)
		fx_cont_add(c, "FX-PDF-XMP", FX_SEVERITY_FATAL,
		            "the /Metadata stream is not marked /Type /Metadata /Subtype /XML",
		            "le flux /Metadata n'est pas marqué /Type /Metadata /Subtype /XML");
	const unsigned char *data;
	size_t len;
	if (fx_pdf_reader_xmp(c->reader, &data, &len) < 0) {
		fx_cont_add(c, "FX-PDF-XMP", FX_SEVERITY_FATAL,
		            "the XMP metadata stream cannot be decoded: %s",
		            "le flux de métadonnées XMP ne peut pas être décodé : %s",
		            fx_error_last()->message);
		return;
	}
	if (len > 0 && len <= INT_MAX)
		c->xmp = xmlReadMemory((const char *)data, (int)len, "xmp", NULL,
		                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!c->xmp)
		fx_cont_add(c, "FX-PDF-XMP", FX_SEVERITY_FATAL,
		            "the XMP metadata is not well-formed XML (PDF/A-3 6.6.2.1)",
		            "les métadonnées XMP ne sont pas un XML bien formé (PDF/A-3 6.6.2.1)");
}

/* pdfaid:part must be 3 and pdfaid:conformance A, B or U. */
static void check_pdfaid(fx_cont *c)
{
	char *part = fx_xmp_value(c->xmp, FX_XMP_NS_PDFAID, "part");
	char *conf = fx_xmp_value(c->xmp, FX_XMP_NS_PDFAID, "conformance");
	if (!part || strcmp(part, "3"))
		fx_cont_add(c, "FX-PDF-PDFAID", FX_SEVERITY_FATAL,
		            "the XMP does not declare PDF/A-3: pdfaid:part is \"%s\" (Factur-X "
		            "requires PDF/A-3)",
		            "le XMP ne déclare pas PDF/A-3 : pdfaid:part vaut « %s » (Factur-X "
		            "exige PDF/A-3)",
		            part ? part : "");
	if (conf && strlen(conf) == 1 && strchr("ABU", conf[0]))
		c->pdfa_level = conf[0];
	else
		fx_cont_add(c, "FX-PDF-PDFAID", FX_SEVERITY_FATAL,
		            "the XMP pdfaid:conformance is \"%s\"; PDF/A-3 allows A, B or U",
		            "le pdfaid:conformance du XMP vaut « %s » ; PDF/A-3 autorise A, B ou U",
		            conf ? conf : "");
	free(part);
	free(conf);
}

/* Checks one property description: Text, external, with a description. */
static bool property_ok(xmlNodePtr prop)
{
	char *type = fx_xmp_field(prop, FX_XMP_NS_PROPERTY, "valueType");
	char *cat = fx_xmp_field(prop, FX_XMP_NS_PROPERTY, "category");
	char *desc = fx_xmp_field(prop, FX_XMP_NS_PROPERTY, "description");
	bool ok = type && !strcmp(type, "Text") && cat && !strcmp(cat, "external") && desc && *desc;
	free(type);
	free(cat);
	free(desc);
	return ok;
}

/* The extension schema of the flavour's namespace: prefix, properties. */
static void check_schema(fx_cont *c, fx_pdf_flavour f)
{
	xmlNodePtr schema = fx_xmp_find_schema(c->xmp, flavours[f].ns);
	if (!schema) {
		fx_cont_add(c, "FX-PDF-XMP-SCHEMA", FX_SEVERITY_FATAL,
		            "the XMP has no PDF/A extension schema describing the namespace %s "
		            "(PDF/A-3 6.6.2.3)",
		            "le XMP n'a pas de schéma d'extension PDF/A décrivant l'espace de noms "
		            "%s (PDF/A-3 6.6.2.3)",
		            flavours[f].ns);
		return;
	}
	char *prefix = fx_xmp_field(schema, FX_XMP_NS_SCHEMA, "prefix");
	if (flavours[f].prefix && (!prefix || strcmp(prefix, flavours[f].prefix)))
		fx_cont_add(
		    c, "FX-PDF-XMP-SCHEMA", FX_SEVERITY_FATAL,
		    "the extension schema of %s declares the prefix \"%s\" instead of "
		    "\"%s\"",
		    "le schéma d'extension de %s déclare le préfixe « %s » au lieu de « %s »",
		    flavours[f].ns, prefix ? prefix : "", flavours[f].prefix);
	free(prefix);
	for (size_t i = 0; i < sizeof fx_properties / sizeof *fx_properties; i++) {
		xmlNodePtr prop = fx_xmp_find_property(schema, fx_properties[i]);
		if (!prop)
			fx_cont_add(c, "FX-PDF-XMP-SCHEMA", FX_SEVERITY_FATAL,
			            "the extension schema does not describe the property %s",
			            "le schéma d'extension ne décrit pas la propriété %s",
			            fx_properties[i]);
		else if (!property_ok(prop))
			fx_cont_add(c, "FX-PDF-XMP-SCHEMA", FX_SEVERITY_FATAL,
			            "the description of the property %s is not valueType Text, "
			            "category external, with a description",
			            "la description de la propriété %s n'est pas valueType Text, "
			            "category external, avec une description",
			            fx_properties[i]);
	}
}

/* The expected attachment name of the file. */
static const char *expected_name(fx_cont *c, fx_pdf_flavour f)
{
	if (c->has_invoice)
		return fx_pdf_reader_attachment(c->reader, c->invoice)->name;
	return fx_pdf_flavour_file_name(f);
}

/* DocumentType, DocumentFileName and Version. */
static void check_values(fx_cont *c, fx_pdf_flavour f)
{
	const char *ns = flavours[f].ns;
	char *type = fx_xmp_value(c->xmp, ns, "DocumentType");
	char *name = fx_xmp_value(c->xmp, ns, "DocumentFileName");
	char *version = fx_xmp_value(c->xmp, ns, "Version");
	if (!type || strcmp(type, "INVOICE"))
		fx_cont_add(c, "FX-PDF-XMP-VALUES", FX_SEVERITY_FATAL,
		            "DocumentType in the XMP is \"%s\" instead of INVOICE",
		            "DocumentType vaut « %s » dans le XMP au lieu de INVOICE",
		            type ? type : "");
	const char *want = expected_name(c, f);
	if (!name || strcmp(name, want))
		fx_cont_add(c, "FX-PDF-XMP-VALUES", FX_SEVERITY_FATAL,
		            "DocumentFileName in the XMP is \"%s\" instead of the attachment's "
		            "name %s",
		            "DocumentFileName vaut « %s » dans le XMP au lieu du nom de la pièce "
		            "jointe %s",
		            name ? name : "", want);
	if (!version)
		fx_cont_add(c, "FX-PDF-XMP-VALUES", FX_SEVERITY_FATAL,
		            "the XMP has no Version property",
		            "le XMP n'a pas de propriété Version");
	else if (f == FX_PDF_FLAVOUR_FACTURX && strcmp(version, "1.0"))
		fx_cont_add(c, "FX-PDF-XMP-VALUES", FX_SEVERITY_WARNING,
		            "Version in the XMP is \"%s\"; Factur-X keeps 1.0",
		            "Version vaut « %s » dans le XMP ; Factur-X garde 1.0", version);
	free(type);
	free(name);
	free(version);
}

/* ConformanceLevel: present and one of the flavour's values. */
static void check_level(fx_cont *c, fx_pdf_flavour f)
{
	c->level = fx_xmp_value(c->xmp, flavours[f].ns, "ConformanceLevel");
	if (!c->level) {
		fx_cont_add(c, "FX-PDF-LEVEL", FX_SEVERITY_FATAL,
		            "the XMP has no ConformanceLevel in the namespace %s",
		            "le XMP n'a pas de ConformanceLevel dans l'espace de noms %s",
		            flavours[f].ns);
		return;
	}
	for (const char *const *l = flavours[f].levels; *l; l++)
		if (!strcmp(*l, c->level))
			return;
	fx_cont_add(c, "FX-PDF-LEVEL", FX_SEVERITY_FATAL,
	            "ConformanceLevel \"%s\" in the XMP is not a known level",
	            "ConformanceLevel « %s » dans le XMP n'est pas un niveau connu", c->level);
}

/* The XMP rules. */
void fx_cont_check_xmp(fx_cont *c)
{
	load_xmp(c);
	if (!c->xmp)
		return;
	check_pdfaid(c);
	fx_pdf_flavour f = xmp_flavour(c);
	check_schema(c, f);
	check_values(c, f);
	check_level(c, f);
}
