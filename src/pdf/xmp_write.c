/*
 * The XMP metadata packet of a Factur-X PDF/A-3b: PDF/A identification,
 * document description (Dublin Core, XMP basic, Adobe PDF schemas), the
 * Factur-X PDF/A extension schema and the fx: values.
 */
#include <string.h>

#include "core/error.h"
#include "core/xml_escape.h"
#include "pdf/pdf_internal.h"

/* The four fx: properties and how the extension schema describes them. */
static const struct {
	const char *name;
	const char *description;
} fx_props[] = {
    {"DocumentFileName", "Name of the embedded XML invoice file"},
    {"DocumentType", "Kind of the embedded XML document (INVOICE)"},
    {"Version", "Version of the Factur-X XML schema"},
    {"ConformanceLevel", "Factur-X profile of the embedded XML invoice"},
};

/* Appends s with the XML special characters and both quotes escaped. */
static void put_escaped(fx_buf *b, const char *s)
{
	fx_xml_escape(b, s, strlen(s), FX_XML_QUOT | FX_XML_APOS);
}

/* Appends <tag>value</tag> (escaped) on its own line. */
static void put_simple(fx_buf *b, const char *tag, const char *value)
{
	fx_buf_printf(b, "   <%s>", tag);
	put_escaped(b, value);
	fx_buf_printf(b, "</%s>\n", tag);
}

/* Appends a language alternative with one x-default item. */
static void put_alt(fx_buf *b, const char *tag, const char *value)
{
	fx_buf_printf(b, "   <%s><rdf:Alt><rdf:li xml:lang=\"x-default\">", tag);
	put_escaped(b, value);
	fx_buf_printf(b, "</rdf:li></rdf:Alt></%s>\n", tag);
}

/* Opens an rdf:Description declaring one namespace. */
static void open_desc(fx_buf *b, const char *prefix, const char *ns)
{
	fx_buf_printf(b, "  <rdf:Description rdf:about=\"\" xmlns:%s=\"%s\">\n", prefix, ns);
}

/* Appends the pdfaExtension description of the fx schema. */
static void put_extension(fx_buf *b)
{
	fx_buf_puts(b,
	            "  <rdf:Description rdf:about=\"\""
	            " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
	            " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
	            " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
	            "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
	            "    <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n"
	            "    <pdfaSchema:namespaceURI>" FX_PDF_NS_FACTURX "</pdfaSchema:namespaceURI>\n"
	            "    <pdfaSchema:prefix>fx</pdfaSchema:prefix>\n"
	            "    <pdfaSchema:property><rdf:Seq>\n");
	for (size_t i = 0; i < sizeof fx_props / sizeof fx_props[0]; i++)
		fx_buf_printf(b,
		              "     <rdf:li rdf:parseType=\"Resource\">"
		              "<pdfaProperty:name>%s</pdfaProperty:name>"
		              "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
		              "<pdfaProperty:category>external</pdfaProperty:category>"
		              "<pdfaProperty:description>%s</pdfaProperty:description>"
		              "</rdf:li>\n",
		              fx_props[i].name, fx_props[i].description);
	fx_buf_puts(b, "    </rdf:Seq></pdfaSchema:property>\n"
	               "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
	               "  </rdf:Description>\n");
}

/* Builds the whole packet. */
int fx_pdf_xmp_build(const fx_pdf_meta *m, fx_buf *b)
{
	/* the packet header carries a UTF-8 byte order mark, as XMP requires */
	fx_buf_puts(b, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
	open_desc(b, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
	put_simple(b, "pdfaid:part", "3");
	put_simple(b, "pdfaid:conformance", "B");
	fx_buf_puts(b, "  </rdf:Description>\n");

	open_desc(b, "dc", "http://purl.org/dc/elements/1.1/");
	put_simple(b, "dc:format", "application/pdf");
	if (m->title)
		put_alt(b, "dc:title", m->title);
	if (m->author) {
		fx_buf_puts(b, "   <dc:creator><rdf:Seq><rdf:li>");
		put_escaped(b, m->author);
		fx_buf_puts(b, "</rdf:li></rdf:Seq></dc:creator>\n");
	}
	if (m->subject)
		put_alt(b, "dc:description", m->subject);
	fx_buf_puts(b, "  </rdf:Description>\n");

	open_desc(b, "xmp", "http://ns.adobe.com/xap/1.0/");
	if (m->creator)
		put_simple(b, "xmp:CreatorTool", m->creator);
	put_simple(b, "xmp:CreateDate", m->xmp_date);
	put_simple(b, "xmp:ModifyDate", m->xmp_date);
	put_simple(b, "xmp:MetadataDate", m->xmp_date);
	fx_buf_puts(b, "  </rdf:Description>\n");

	open_desc(b, "pdf", "http://ns.adobe.com/pdf/1.3/");
	put_simple(b, "pdf:Producer", m->producer);
	if (m->keywords)
		put_simple(b, "pdf:Keywords", m->keywords);
	fx_buf_puts(b, "  </rdf:Description>\n");

	put_extension(b);

	open_desc(b, "fx", FX_PDF_NS_FACTURX);
	put_simple(b, "fx:DocumentType", "INVOICE");
	put_simple(b, "fx:DocumentFileName", FX_PDF_XML_NAME);
	put_simple(b, "fx:Version", "1.0");
	put_simple(b, "fx:ConformanceLevel", m->level);
	fx_buf_puts(b, "  </rdf:Description>\n"
	               " </rdf:RDF>\n"
	               "</x:xmpmeta>\n"
	               "<?xpacket end=\"w\"?>");
	return b->failed ? fx_error_oom() : FX_OK;
}
