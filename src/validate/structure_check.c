/*
 * Layer 3: the structure check. Walks the document once against the view
 * of the structure model (structure.h) for the profile, the way an XSD
 * validator does: document element, child elements in order with their
 * cardinalities, attributes, and the text of simple types. Each violation
 * is one finding (rule ids XSD-*, listed in docs/validate-structure.md);
 * after an error in a content model the rest of that element's children
 * are still checked inside, not against the model, to avoid a cascade.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "validate/engine.h"
#include "validate/stages.h"
#include "validate/structure.h"

/* Findings listed per document; the rest are counted. */
#define MAX_FINDINGS 100
#define NS_CACHE 8
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

/** The state of one structure check. */
typedef struct checker {
	const fx_st_model *m;
	int s; /* schema index (profile or FX_ST_D16B) */
	fx_report *r;
	bool french;
	bool valid;
	size_t findings;
	const xmlNs *ns_seen[NS_CACHE]; /* namespace declarations already identified */
	int ns_index[NS_CACHE];
	int ns_next;
} checker;

/* Returns the namespace index of node (-1: none of the CII namespaces). */
static int ns_of(checker *c, xmlNodePtr node)
{
	const xmlNs *ns = node->ns;
	if (!ns || !ns->href)
		return -1;
	for (int i = 0; i < NS_CACHE; i++)
		if (c->ns_seen[i] == ns)
			return c->ns_index[i];
	int found = -1;
	for (int i = 0; i < FX_ST_NS_COUNT && found < 0; i++)
		if (strcmp((const char *)ns->href, fx_st_ns_uri[i]) == 0)
			found = i;
	c->ns_seen[c->ns_next] = ns;
	c->ns_index[c->ns_next] = found;
	c->ns_next = (c->ns_next + 1) % NS_CACHE;
	return found;
}

/* Writes how node is named in messages: "ram:Name", or "Name" with its
 * namespace when it is not a CII one. */
static const char *label(checker *c, xmlNodePtr node, char *buf, size_t cap)
{
	int ns = ns_of(c, node);
	if (ns >= 0)
		snprintf(buf, cap, "%s:%s", fx_st_ns_prefix[ns], (const char *)node->name);
	else if (node->ns && node->ns->href)
		snprintf(buf, cap, "%s {%s}", (const char *)node->name,
		         (const char *)node->ns->href);
	else
		snprintf(buf, cap, "%s", (const char *)node->name);
	return buf;
}

/* Writes "pfx:name" of a child element of type t. */
static const char *item_label(const fx_st_type *t, const fx_st_item *it, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s:%s", fx_st_ns_prefix[t->ns], it->name);
	return buf;
}

/* Adds a finding of rule id about node; en/fr: printf formats taking the
 * same arguments. */
static void report(checker *c, const char *id, xmlNodePtr node, const char *en, const char *fr, ...)
{
	c->valid = false;
	if (++c->findings > MAX_FINDINGS)
		return;
	char msg[1024];
	va_list ap;
	va_start(ap, fr);
	vsnprintf(msg, sizeof msg, c->french ? fr : en, ap);
	va_end(ap);
	char *xpath = fx_node_xpath(node);
	if (fx_report_add(c->r, FX_LAYER_STRUCTURE, FX_SEVERITY_FATAL, true, id, NULL, xpath,
	                  fx_node_line(node), msg) != FX_OK)
		fx_report_set_failed(c->r);
	free(xpath);
}

/* Writes the schemas where code string codes allows the item, except
 * schema s ("EN 16931, EXTENDED"). */
static const char *allowed_in(const char *codes, int s, char *buf, size_t cap)
{
	buf[0] = '\0';
	for (int i = 0; i < FX_ST_SCHEMAS; i++) {
		if (i == s || codes[i] == '-')
			continue;
		size_t n = strlen(buf);
		snprintf(buf + n, cap - n, "%s%s", n ? ", " : "", fx_st_schema_name(i));
	}
	return buf;
}

/* Returns the word before the schema name in messages ("profile ", none
 * for CII D16B). */
static const char *profile_word(const checker *c)
{
	if (c->s == FX_ST_D16B)
		return "";
	return c->french ? "profil " : "profile ";
}

/* True when s holds only XSD white space. */
static bool blank(const xmlChar *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

/* Copies value into buf for a message: white space runs shown as one
 * space, none at the ends, shortened when long. */
static const char *excerpt(const char *value, char *buf, size_t cap)
{
	size_t n = 0;
	bool space = false;
	for (const char *p = value; *p && n + 4 < cap; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = n > 0;
			continue;
		}
		if (space)
			buf[n++] = ' ';
		space = false;
		buf[n++] = *p;
	}
	buf[n] = '\0';
	if (strlen(value) > n && n + 4 >= cap) {
		while (n > 0 && ((unsigned char)buf[n] & 0xC0) == 0x80)
			n--; /* do not cut a UTF-8 sequence */
		strcpy(buf + n, "...");
	}
	return buf;
}

/* Reports value (of element or attribute node) invalid for type t. */
static void bad_value(checker *c, xmlNodePtr node, const fx_st_simple *t, const char *value)
{
	char where[160], cut[80];
	label(c, node->type == XML_ATTRIBUTE_NODE ? node->parent : node, where, sizeof where);
	const char *shown = excerpt(value, cut, sizeof cut);
	if (t->builtin == FX_XS_TOKEN)
		report(c, "XSD-VALUE", node, "%s%s%s: '%s' must be %d to %d characters long",
		       "%s%s%s : '%s' doit compter de %d à %d caractères", where,
		       node->type == XML_ATTRIBUTE_NODE ? "/@" : "",
		       node->type == XML_ATTRIBUTE_NODE ? (const char *)node->name : "", shown,
		       t->min_length, t->max_length);
	else
		report(c, "XSD-VALUE", node, "%s%s%s: '%s' is not a valid xs:%s",
		       "%s%s%s : '%s' n'est pas un xs:%s valide", where,
		       node->type == XML_ATTRIBUTE_NODE ? "/@" : "",
		       node->type == XML_ATTRIBUTE_NODE ? (const char *)node->name : "", shown,
		       fx_st_builtin_name(t->builtin));
}

/* True when a and b are the same after whitespace collapsing (the value of
 * a fixed xs:token attribute). */
static bool same_token(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
			a++;
		while (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r')
			b++;
		size_t na = strcspn(a, " \t\n\r"), nb = strcspn(b, " \t\n\r");
		if (na != nb || strncmp(a, b, na) != 0)
			return false;
		if (na == 0)
			return true;
		a += na;
		b += nb;
	}
}

/* Returns the text of attribute a, malloc'ed (NULL: no memory). */
static char *attr_value(xmlAttrPtr a)
{
	xmlNodePtr t = a->children;
	if (t && !t->next && t->type == XML_TEXT_NODE)
		return strdup((const char *)t->content);
	xmlChar *v = xmlNodeListGetString(a->doc, a->children, 1);
	char *s = strdup(v ? (const char *)v : "");
	xmlFree(v);
	return s;
}

/* Checks an xsi: attribute of node, declared with type (NULL: a built-in). */
static void check_xsi(checker *c, xmlNodePtr node, xmlAttrPtr a, const fx_st_type *type)
{
	char where[160];
	label(c, node, where, sizeof where);
	const char *name = (const char *)a->name;
	if (strcmp(name, "schemaLocation") == 0 || strcmp(name, "noNamespaceSchemaLocation") == 0)
		return;
	if (strcmp(name, "type") == 0 && type) {
		char *v = attr_value(a);
		const char *local = v ? strchr(v, ':') : NULL;
		bool same = false;
		if (v && local) {
			xmlChar *pfx = xmlStrndup((const xmlChar *)v, (int)(local - v));
			xmlNsPtr ns = xmlSearchNs(node->doc, node, pfx);
			xmlFree(pfx);
			size_t n = strlen(fx_st_ns_prefix[type->ns]);
			same = ns && strcmp((const char *)ns->href, fx_st_ns_uri[type->ns]) == 0 &&
			       strcmp(local + 1, type->name + n + 1) == 0;
		}
		free(v);
		if (same)
			return;
	}
	report(c, "XSD-ATTRIBUTE", (xmlNodePtr)a, "%s: attribute xsi:%s is not allowed here",
	       "%s : l'attribut xsi:%s n'est pas admis ici", where, name);
}

/* Reports attribute a, which the view of type does not declare. */
static void unknown_attribute(checker *c, xmlNodePtr node, xmlAttrPtr a, const fx_st_type *type)
{
	char where[160], list[160];
	label(c, node, where, sizeof where);
	for (size_t i = 0; type && !a->ns && i < type->nattrs; i++) {
		const fx_st_item *it = &type->attrs[i];
		if (strcmp(it->name, (const char *)a->name) == 0) {
			report(c, "XSD-PROFILE", (xmlNodePtr)a,
			       "%s: attribute %s is not allowed in %s%s (allowed in %s)",
			       "%s : l'attribut %s n'est pas admis en %s%s (admis en %s)", where,
			       it->name, profile_word(c), fx_st_schema_name(c->s),
			       allowed_in(it->codes, c->s, list, sizeof list));
			return;
		}
	}
	report(c, "XSD-ATTRIBUTE", (xmlNodePtr)a, "%s: attribute %s%s%s is not allowed",
	       "%s : l'attribut %s%s%s n'est pas admis", where,
	       a->ns && a->ns->prefix ? (const char *)a->ns->prefix : "",
	       a->ns && a->ns->prefix ? ":" : "", (const char *)a->name);
}

/* Checks the attributes of node against type (NULL: none allowed). */
static void check_attributes(checker *c, xmlNodePtr node, const fx_st_type *type)
{
	const fx_st_view *v = type ? &type->view[c->s] : NULL;
	for (xmlAttrPtr a = node->properties; a; a = a->next) {
		if (a->ns && a->ns->href && strcmp((const char *)a->ns->href, XSI_NS) == 0) {
			check_xsi(c, node, a, type);
			continue;
		}
		const fx_st_item *decl = NULL;
		for (size_t i = 0; v && !a->ns && i < v->nattrs && !decl; i++)
			if (strcmp(v->attrs[i]->name, (const char *)a->name) == 0)
				decl = v->attrs[i];
		if (!decl) {
			unknown_attribute(c, node, a, type);
			continue;
		}
		char *value = attr_value(a);
		if (!value) {
			fx_report_set_failed(c->r);
			continue;
		}
		if (!fx_st_value_valid(&decl->simple, value)) {
			bad_value(c, (xmlNodePtr)a, &decl->simple, value);
		} else if (decl->fixed && !same_token(value, decl->fixed)) {
			char where[160], cut[80];
			report(c, "XSD-ATTRIBUTE", (xmlNodePtr)a,
			       "%s: attribute %s must be '%s', not '%s'",
			       "%s : l'attribut %s doit valoir '%s' et non '%s'",
			       label(c, node, where, sizeof where), decl->name, decl->fixed,
			       excerpt(value, cut, sizeof cut));
		}
		free(value);
	}
	for (size_t i = 0; v && i < v->nattrs; i++) {
		const fx_st_item *decl = v->attrs[i];
		if (decl->codes[c->s] == '1' && !xmlHasNsProp(node, BAD_CAST decl->name, NULL)) {
			char where[160];
			report(c, "XSD-ATTRIBUTE", node, "%s: attribute %s is missing",
			       "%s : l'attribut %s est absent", label(c, node, where, sizeof where),
			       decl->name);
		}
	}
}

/* Checks an element of simple type t: text only, valid for t. */
static void check_simple(checker *c, xmlNodePtr node, const fx_st_simple *t)
{
	xmlNodePtr first = node->children;
	if (first && !first->next && first->type == XML_TEXT_NODE) {
		if (!fx_st_value_valid(t, (const char *)first->content))
			bad_value(c, node, t, (const char *)first->content);
		return;
	}
	fx_buf text = {0};
	fx_buf_puts(&text, "");
	for (xmlNodePtr ch = first; ch; ch = ch->next) {
		if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
			fx_buf_puts(&text, (const char *)ch->content);
		} else if (ch->type == XML_ELEMENT_NODE) {
			char where[160], what[160];
			report(
			    c, "XSD-CONTENT", ch, "%s: contains element %s, only text is allowed",
			    "%s : contient l'élément %s, seul du texte est admis",
			    label(c, node, where, sizeof where), label(c, ch, what, sizeof what));
			fx_buf_free(&text);
			return;
		}
	}
	if (text.failed)
		fx_report_set_failed(c->r);
	else if (!fx_st_value_valid(t, text.data))
		bad_value(c, node, t, text.data);
	fx_buf_free(&text);
}

static void check_node(checker *c, xmlNodePtr node, const fx_st_type *type,
                       const fx_st_simple *builtin);

/* Returns the element of view v named like node (in the type's namespace),
 * searching from index from; v->nelems when none. hash: fx_st_hash of the
 * node's name. */
static size_t find_hashed(const fx_st_view *v, size_t from, xmlNodePtr node, unsigned hash)
{
	for (size_t j = from; j < v->nelems; j++)
		if (v->elems[j]->hash == hash &&
		    strcmp(v->elems[j]->name, (const char *)node->name) == 0)
			return j;
	return v->nelems;
}

/* Same as find_hashed, hashing the node's name. */
static size_t find_in_view(const fx_st_view *v, size_t from, xmlNodePtr node)
{
	return find_hashed(v, from, node, fx_st_hash((const char *)node->name));
}

/* Reports child ch of node, which the view of type has no place for. */
static void unexpected(checker *c, xmlNodePtr node, xmlNodePtr ch, const fx_st_type *type, int ns,
                       const fx_st_item *current)
{
	char what[160], where[160], other[160], list[160];
	label(c, ch, what, sizeof what);
	label(c, node, where, sizeof where);
	const fx_st_view *v = &type->view[c->s];
	if (ns == type->ns && current && find_in_view(v, 0, ch) < v->nelems) {
		report(c, "XSD-ORDER", ch, "%s is out of order: it must come before %s",
		       "%s n'est pas à sa place : il doit précéder %s", what,
		       item_label(type, current, other, sizeof other));
		return;
	}
	for (size_t i = 0; ns == type->ns && i < type->nelems; i++) {
		const fx_st_item *it = &type->elems[i];
		if (strcmp(it->name, (const char *)ch->name) == 0) {
			report(c, "XSD-PROFILE", ch,
			       "%s is not allowed in %s in %s%s (allowed in %s)",
			       "%s n'est pas admis dans %s en %s%s (admis en %s)", what, where,
			       profile_word(c), fx_st_schema_name(c->s),
			       allowed_in(it->codes, c->s, list, sizeof list));
			return;
		}
	}
	for (size_t i = 0; ns != type->ns && i < v->nelems; i++) {
		if (strcmp(v->elems[i]->name, (const char *)ch->name) == 0) {
			report(c, "XSD-NAMESPACE", ch,
			       "%s is in the wrong namespace: %s expected (%s)",
			       "%s n'est pas dans le bon espace de noms : %s attendu (%s)", what,
			       item_label(type, v->elems[i], other, sizeof other),
			       fx_st_ns_uri[type->ns]);
			return;
		}
	}
	report(c, "XSD-ELEMENT", ch, "%s is not allowed in %s", "%s n'est pas admis dans %s", what,
	       where);
}

/* Returns the next sibling of ch that is element it of type, or NULL. */
static xmlNodePtr later_sibling(checker *c, xmlNodePtr ch, const fx_st_type *type,
                                const fx_st_item *it)
{
	for (xmlNodePtr n = ch ? ch->next : NULL; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, it->name) == 0 &&
		    ns_of(c, n) == type->ns)
			return n;
	return NULL;
}

/* Reports the mandatory element it of type missing in node, before ch
 * (NULL: at the end), or out of order when it comes later. */
static void missing(checker *c, xmlNodePtr node, xmlNodePtr ch, const fx_st_type *type,
                    const fx_st_item *it)
{
	char what[160], where[160], next[160];
	item_label(type, it, what, sizeof what);
	label(c, node, where, sizeof where);
	xmlNodePtr later = later_sibling(c, ch, type, it);
	if (later)
		report(c, "XSD-ORDER", later, "%s is out of order: it must come before %s",
		       "%s n'est pas à sa place : il doit précéder %s", what,
		       label(c, ch, next, sizeof next));
	else if (ch)
		report(c, "XSD-MISSING", ch, "%s is missing in %s (expected before %s)",
		       "%s est absent de %s (attendu avant %s)", what, where,
		       label(c, ch, next, sizeof next));
	else
		report(c, "XSD-MISSING", node, "%s is missing in %s", "%s est absent de %s", what,
		       where);
}

/* Reports text found in element-only content (once per element). */
static void text_in_elements(checker *c, xmlNodePtr node, xmlNodePtr text)
{
	char where[160], cut[60];
	if (text->type == XML_CDATA_SECTION_NODE) {
		report(c, "XSD-CONTENT", node,
		       "%s contains a CDATA section, only elements are allowed",
		       "%s contient une section CDATA, seuls des éléments sont admis",
		       label(c, node, where, sizeof where));
		return;
	}
	const char *shown = (const char *)text->content;
	while (*shown == ' ' || *shown == '\n' || *shown == '\t' || *shown == '\r')
		shown++;
	report(c, "XSD-CONTENT", node, "%s contains text ('%s'), only elements are allowed",
	       "%s contient du texte ('%s'), seuls des éléments sont admis",
	       label(c, node, where, sizeof where), excerpt(shown, cut, sizeof cut));
}

/* Checks the children of node against the sequence type. */
static void check_sequence(checker *c, xmlNodePtr node, const fx_st_type *type)
{
	const fx_st_view *v = &type->view[c->s];
	size_t at = v->nelems; /* particle matched last (v->nelems: none yet) */
	unsigned count = 0;
	bool broken = false, text_seen = false;
	for (xmlNodePtr ch = node->children; ch; ch = ch->next) {
		if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
			/* libxml2 refuses any CDATA section here, even a blank one */
			if (!text_seen &&
			    (!blank(ch->content) || ch->type == XML_CDATA_SECTION_NODE)) {
				text_seen = true;
				text_in_elements(c, node, ch);
			}
			continue;
		}
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		int ns = ns_of(c, ch);
		unsigned hash = fx_st_hash((const char *)ch->name);
		const fx_st_item *it = NULL;
		if (!broken) {
			size_t from = at == v->nelems ? 0 : at;
			size_t j = ns == type->ns ? find_hashed(v, from, ch, hash) : v->nelems;
			if (j == v->nelems) {
				unexpected(c, node, ch, type, ns,
				           at == v->nelems ? NULL : v->elems[at]);
				broken = true;
			} else if (j == at) {
				unsigned max = fx_st_max(v->elems[j]->codes[c->s]);
				if (count < max) {
					count++;
					it = v->elems[j];
				} else {
					char what[160];
					report(c, "XSD-COUNT", ch, "%s appears more than %u time%s",
					       "%s apparaît plus de %u fois",
					       label(c, ch, what, sizeof what), max,
					       max > 1 ? "s" : "");
					broken = true;
				}
			} else {
				for (size_t k = from + (at == v->nelems ? 0 : 1); k < j && !broken;
				     k++)
					if (fx_st_min(v->elems[k]->codes[c->s]) > 0) {
						missing(c, node, ch, type, v->elems[k]);
						broken = true;
					}
				if (!broken) {
					at = j;
					count = 1;
					it = v->elems[j];
				}
			}
		}
		if (!it && broken && ns == type->ns) {
			size_t j = find_hashed(v, 0, ch, hash);
			it = j < v->nelems ? v->elems[j] : NULL;
		}
		if (it)
			check_node(c, ch, it->type, &it->simple);
	}
	if (broken)
		return;
	for (size_t k = at == v->nelems ? 0 : at + 1; k < v->nelems; k++)
		if (fx_st_min(v->elems[k]->codes[c->s]) > 0)
			missing(c, node, NULL, type, v->elems[k]);
}

/* Checks the children of node against the choice type: exactly one. */
static void check_choice(checker *c, xmlNodePtr node, const fx_st_type *type)
{
	const fx_st_view *v = &type->view[c->s];
	xmlNodePtr chosen = NULL;
	bool text_seen = false;
	for (xmlNodePtr ch = node->children; ch; ch = ch->next) {
		if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
			/* libxml2 refuses any CDATA section here, even a blank one */
			if (!text_seen &&
			    (!blank(ch->content) || ch->type == XML_CDATA_SECTION_NODE)) {
				text_seen = true;
				text_in_elements(c, node, ch);
			}
			continue;
		}
		if (ch->type != XML_ELEMENT_NODE)
			continue;
		char what[160];
		int ns = ns_of(c, ch);
		size_t j = ns == type->ns ? find_in_view(v, 0, ch) : v->nelems;
		if (chosen) {
			report(c, "XSD-COUNT", ch, "%s: only one child element is allowed here",
			       "%s : un seul élément fils est admis ici",
			       label(c, ch, what, sizeof what));
		} else if (j == v->nelems) {
			unexpected(c, node, ch, type, ns, NULL);
		} else {
			check_node(c, ch, v->elems[j]->type, &v->elems[j]->simple);
		}
		chosen = ch;
	}
	if (!chosen && v->nelems > 0) {
		char where[160], what[160] = "";
		for (size_t i = 0; i < v->nelems; i++) {
			size_t n = strlen(what);
			snprintf(what + n, sizeof what - n, "%s%s:%s", i ? " | " : "",
			         fx_st_ns_prefix[type->ns], v->elems[i]->name);
		}
		report(c, "XSD-MISSING", node, "%s is missing in %s", "%s est absent de %s", what,
		       label(c, node, where, sizeof where));
	}
}

/* Checks node against its declaration: type, or the built-in when NULL. */
static void check_node(checker *c, xmlNodePtr node, const fx_st_type *type,
                       const fx_st_simple *builtin)
{
	check_attributes(c, node, type);
	if (!type) {
		check_simple(c, node, builtin);
		return;
	}
	switch (type->kind) {
	case FX_ST_SIMPLE:
		check_simple(c, node, &type->simple);
		break;
	case FX_ST_SEQUENCE:
		check_sequence(c, node, type);
		break;
	case FX_ST_CHOICE:
		check_choice(c, node, type);
		break;
	}
}

/* Checks doc against the structure of the profile (see stages.h). */
bool fx_structure_check(xmlDocPtr doc, bool has_profile, fx_profile profile, fx_report *r)
{
	checker c = {.m = fx_st_model_get(),
	             .s = fx_st_schema(has_profile, profile),
	             .r = r,
	             .french = fx_report_is_french(r),
	             .valid = true};
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!c.m) {
		fx_report_add(r, FX_LAYER_STRUCTURE, FX_SEVERITY_FATAL, true, "XSD-INTERNAL", NULL,
		              NULL, 0,
		              c.french ? "la description de structure intégrée est illisible"
		                       : "the built-in structure description cannot be read");
		fx_report_set_failed(r);
		return false;
	}
	if (!root || ns_of(&c, root) != c.m->root_ns ||
	    strcmp((const char *)root->name, c.m->root_name) != 0) {
		char what[160] = "(none)";
		if (root)
			label(&c, root, what, sizeof what);
		report(&c, "XSD-ROOT", root, "the document element is %s, %s:%s expected",
		       "l'élément racine est %s, %s:%s attendu", what,
		       fx_st_ns_prefix[c.m->root_ns], c.m->root_name);
		return false;
	}
	check_node(&c, root, c.m->root_type, NULL);
	if (c.findings > MAX_FINDINGS) {
		char en[128], fr[128];
		snprintf(en, sizeof en, "%zu further structure errors not listed",
		         c.findings - MAX_FINDINGS);
		snprintf(fr, sizeof fr, "%zu autres erreurs de structure non listées",
		         c.findings - MAX_FINDINGS);
		fx_report_add(r, FX_LAYER_STRUCTURE, FX_SEVERITY_INFO, true, "XSD-MORE", NULL, NULL,
		              0, c.french ? fr : en);
	}
	return c.valid;
}
