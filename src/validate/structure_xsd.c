/*
 * Writes an XSD from the structure model: for one schema (a Factur-X profile
 * or CII D16B), one schema document per namespace (rsm, ram, qdt, udt),
 * holding the types that schema reaches from the document element. Tests
 * run libxml2's XSD engine on it to cross-check the structure check and the
 * official XSDs (docs/validate-structure.md).
 */
#include <stdlib.h>
#include <string.h>

#include "core/xml_escape.h"
#include "facturx/common.h"
#include "validate/structure.h"

/* Marks in reached[] the types of m that schema s reaches from type t. */
static void reach(const fx_st_model *m, int s, const fx_st_type *t, bool *reached)
{
	size_t i = (size_t)(t - m->types);
	if (reached[i])
		return;
	reached[i] = true;
	const fx_st_view *v = &t->view[s];
	for (size_t j = 0; j < v->nelems; j++)
		if (v->elems[j]->type)
			reach(m, s, v->elems[j]->type, reached);
}

/* True for the anonymous type of an element ("owner/element"). */
static bool anonymous(const fx_st_type *t)
{
	return strchr(t->name, '/') != NULL;
}

/* Writes the occurrence attributes of cardinality code. */
static void write_occurs(fx_buf *out, char code)
{
	if (fx_st_min(code) == 0)
		fx_buf_puts(out, " minOccurs=\"0\"");
	unsigned max = fx_st_max(code);
	if (max == 2)
		fx_buf_puts(out, " maxOccurs=\"2\"");
	else if (max > 2)
		fx_buf_puts(out, " maxOccurs=\"unbounded\"");
}

/* Writes a simple type with length facets as an anonymous xs:simpleType. */
static void write_restricted(fx_buf *out, const fx_st_simple *t, const char *indent)
{
	fx_buf_printf(out, "%s<xs:simpleType><xs:restriction base=\"xs:%s\">", indent,
	              fx_st_builtin_name(t->builtin));
	if (t->min_length >= 0)
		fx_buf_printf(out, "<xs:minLength value=\"%d\"/>", t->min_length);
	if (t->max_length >= 0)
		fx_buf_printf(out, "<xs:maxLength value=\"%d\"/>", t->max_length);
	fx_buf_puts(out, "</xs:restriction></xs:simpleType>\n");
}

/* True when simple type t has length facets. */
static bool restricted(const fx_st_simple *t)
{
	return t->min_length >= 0 || t->max_length >= 0;
}

static void write_type_body(fx_buf *out, const fx_st_type *t, int s, const char *indent);

/* Writes one child element declaration of type t in schema s. */
static void write_element(fx_buf *out, const fx_st_item *e, int s, const char *indent)
{
	fx_buf_printf(out, "%s<xs:element name=\"%s\"", indent, e->name);
	if (!e->type) {
		fx_buf_printf(out, " type=\"xs:%s\"", fx_st_builtin_name(e->simple.builtin));
	} else if (!anonymous(e->type)) {
		fx_buf_printf(out, " type=\"%s\"", e->type->name);
	}
	write_occurs(out, e->codes[s]);
	if (e->type && anonymous(e->type)) {
		fx_buf_puts(out, ">\n");
		char inner[80];
		snprintf(inner, sizeof inner, "%.60s  ", indent);
		fx_buf_printf(out, "%s<xs:complexType>\n", inner);
		write_type_body(out, e->type, s, inner);
		fx_buf_printf(out, "%s</xs:complexType>\n%s</xs:element>\n", inner, indent);
	} else {
		fx_buf_puts(out, "/>\n");
	}
}

/* Writes one attribute declaration. */
static void write_attribute(fx_buf *out, const fx_st_item *a, int s, const char *indent)
{
	fx_buf_printf(out, "%s<xs:attribute name=\"%s\"", indent, a->name);
	if (!restricted(&a->simple))
		fx_buf_printf(out, " type=\"xs:%s\"", fx_st_builtin_name(a->simple.builtin));
	if (a->codes[s] == '1')
		fx_buf_puts(out, " use=\"required\"");
	if (a->fixed) {
		fx_buf_puts(out, " fixed=\"");
		fx_xml_escape(out, a->fixed, strlen(a->fixed), FX_XML_QUOT | FX_XML_WS | FX_XML_CR);
		fx_buf_puts(out, "\"");
	}
	if (restricted(&a->simple)) {
		char inner[80];
		snprintf(inner, sizeof inner, "%.60s  ", indent);
		fx_buf_puts(out, ">\n");
		write_restricted(out, &a->simple, inner);
		fx_buf_printf(out, "%s</xs:attribute>\n", indent);
	} else {
		fx_buf_puts(out, "/>\n");
	}
}

/* Writes the content of complex type t (inside xs:complexType). */
static void write_type_body(fx_buf *out, const fx_st_type *t, int s, const char *indent)
{
	const fx_st_view *v = &t->view[s];
	char in1[80], in2[80], in3[80];
	snprintf(in1, sizeof in1, "%.60s  ", indent);
	snprintf(in2, sizeof in2, "%.60s    ", indent);
	snprintf(in3, sizeof in3, "%.60s      ", indent);
	if (t->kind == FX_ST_SIMPLE) {
		fx_buf_printf(out, "%s<xs:simpleContent>\n%s<xs:extension base=\"xs:%s\">\n", in1,
		              in2, fx_st_builtin_name(t->simple.builtin));
		for (size_t i = 0; i < v->nattrs; i++)
			write_attribute(out, v->attrs[i], s, in3);
		fx_buf_printf(out, "%s</xs:extension>\n%s</xs:simpleContent>\n", in2, in1);
		return;
	}
	const char *group = t->kind == FX_ST_CHOICE ? "choice" : "sequence";
	fx_buf_printf(out, "%s<xs:%s>\n", in1, group);
	for (size_t i = 0; i < v->nelems; i++)
		write_element(out, v->elems[i], s, in2);
	fx_buf_printf(out, "%s</xs:%s>\n", in1, group);
	for (size_t i = 0; i < v->nattrs; i++)
		write_attribute(out, v->attrs[i], s, in1);
}

/* Writes the XSD of schema s for namespace ns (see structure.h). */
int fx_st_write_xsd(const fx_st_model *m, int s, int ns, fx_buf *out)
{
	bool *reached = calloc(m->ntypes ? m->ntypes : 1, sizeof *reached);
	if (!reached)
		return FX_ENOMEM;
	reach(m, s, m->root_type, reached);
	fx_buf_printf(out,
	              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	              "<!-- Written by facturx from schemas/cii-structure.txt: the %s structure, "
	              "namespace %s. -->\n"
	              "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"",
	              fx_st_schema_name(s), fx_st_ns_prefix[ns]);
	for (int i = 0; i < FX_ST_NS_COUNT; i++)
		fx_buf_printf(out, "\n    xmlns:%s=\"%s\"", fx_st_ns_prefix[i], fx_st_ns_uri[i]);
	fx_buf_printf(out, "\n    targetNamespace=\"%s\" elementFormDefault=\"qualified\">\n",
	              fx_st_ns_uri[ns]);
	for (int i = 0; i < FX_ST_NS_COUNT; i++)
		if (i != ns)
			fx_buf_printf(out,
			              "  <xs:import namespace=\"%s\" schemaLocation=\"%s.xsd\"/>\n",
			              fx_st_ns_uri[i], fx_st_ns_prefix[i]);
	if (ns == m->root_ns)
		fx_buf_printf(out, "  <xs:element name=\"%s\" type=\"%s\"/>\n", m->root_name,
		              m->root_type->name);
	for (size_t i = 0; i < m->ntypes; i++) {
		const fx_st_type *t = &m->types[i];
		if (!reached[i] || t->ns != ns || anonymous(t))
			continue;
		size_t n = strlen(fx_st_ns_prefix[ns]) + 1;
		fx_buf_printf(out, "  <xs:complexType name=\"%s\">\n", t->name + n);
		write_type_body(out, t, s, "  ");
		fx_buf_puts(out, "  </xs:complexType>\n");
	}
	fx_buf_puts(out, "</xs:schema>\n");
	free(reached);
	return out->failed ? FX_ENOMEM : FX_OK;
}
