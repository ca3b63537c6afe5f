/*
 * The CII reader's tree helpers: namespace-aware lookup and typed values.
 */
#include "cii/read_xml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"

/* Longest step ("prefix:LocalName") a path may contain. */
#define STEP_MAX 128

/* Returns the namespace URI of a path prefix, or NULL if unknown. */
static const char *prefix_uri(const char *prefix, size_t len)
{
	static const struct {
		const char *prefix;
		const char *uri;
	} map[] = {{"rsm", FX_CII_NS_RSM},
	           {"ram", FX_CII_NS_RAM},
	           {"udt", FX_CII_NS_UDT},
	           {"qdt", FX_CII_NS_QDT}};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strlen(map[i].prefix) == len && memcmp(map[i].prefix, prefix, len) == 0)
			return map[i].uri;
	return NULL;
}

/* True when the element is in namespace ns with local name name. */
bool fx_cii_is(const xmlNode *node, const char *ns, const char *name)
{
	if (!node || node->type != XML_ELEMENT_NODE || !node->ns || !node->ns->href)
		return false;
	return strcmp((const char *)node->name, name) == 0 &&
	       strcmp((const char *)node->ns->href, ns) == 0;
}

/* Returns the first element child of parent named ns:name. */
static xmlNode *first_child(const xmlNode *parent, const char *ns, const char *name)
{
	for (xmlNode *c = parent->children; c; c = c->next)
		if (fx_cii_is(c, ns, name))
			return c;
	return NULL;
}

/* Follows a "prefix:Name/prefix:Name" path from node. */
xmlNode *fx_cii_find(const xmlNode *node, const char *path)
{
	xmlNode *cur = (xmlNode *)node;
	const char *p = path ? path : "";
	while (cur && *p) {
		const char *end = strchr(p, '/');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		const char *colon = memchr(p, ':', len);
		char name[STEP_MAX];
		if (!colon || len - (size_t)(colon - p) - 1 >= sizeof name)
			return NULL;
		const char *uri = prefix_uri(p, (size_t)(colon - p));
		if (!uri)
			return NULL;
		size_t nlen = len - (size_t)(colon - p) - 1;
		memcpy(name, colon + 1, nlen);
		name[nlen] = '\0';
		cur = first_child(cur, uri, name);
		p = end ? end + 1 : p + len;
	}
	return cur;
}

/* Returns the next sibling with the same expanded name. */
xmlNode *fx_cii_next(const xmlNode *node)
{
	if (!node || !node->ns || !node->ns->href)
		return NULL;
	for (xmlNode *c = node->next; c; c = c->next)
		if (fx_cii_is(c, (const char *)node->ns->href, (const char *)node->name))
			return c;
	return NULL;
}

/* Returns an attribute value without namespace. */
const char *fx_cii_attr(const xmlNode *node, const char *name)
{
	if (!node || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttr *a = node->properties; a; a = a->next) {
		if (a->ns || strcmp((const char *)a->name, name) != 0)
			continue;
		xmlNode *t = a->children;
		return t && t->type == XML_TEXT_NODE && t->content ? (const char *)t->content : "";
	}
	return NULL;
}

/* True for the XML white space characters. */
static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Returns a malloc'ed trimmed copy of s[0..len), NULL when empty. */
static char *trimmed_copy(const char *s, size_t len, bool *oom)
{
	while (len && is_space(*s)) {
		s++;
		len--;
	}
	while (len && is_space(s[len - 1]))
		len--;
	if (!len)
		return NULL;
	char *copy = malloc(len + 1);
	if (!copy) {
		*oom = true;
		return NULL;
	}
	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

/* Concatenates the text and CDATA children of node, then trims. */
char *fx_cii_node_text(const xmlNode *node, bool *oom)
{
	*oom = false;
	if (!node)
		return NULL;
	size_t total = 0;
	const xmlNode *only = NULL;
	int pieces = 0;
	for (const xmlNode *c = node->children; c; c = c->next) {
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
			total += strlen((const char *)c->content);
			only = c;
			pieces++;
		}
	}
	if (pieces == 0)
		return NULL;
	if (pieces == 1)
		return trimmed_copy((const char *)only->content, total, oom);
	char *all = malloc(total + 1);
	if (!all) {
		*oom = true;
		return NULL;
	}
	size_t at = 0;
	for (const xmlNode *c = node->children; c; c = c->next) {
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
			size_t n = strlen((const char *)c->content);
			memcpy(all + at, c->content, n);
			at += n;
		}
	}
	char *res = trimmed_copy(all, at, oom);
	free(all);
	return res;
}

/* Records a located message. */
int fx_cii_fail(const fx_cii_reader *r, const xmlNode *node, int code, const char *what,
                const char *detail)
{
	char copy[1024];
	snprintf(copy, sizeof copy, "%s", detail);
	long line = node ? xmlGetLineNo((xmlNode *)node) : -1;
	if (line > 0)
		return fx_error_set(code, "%s:%ld: %s: %s", r->source, line, what, copy);
	return fx_error_set(code, "%s: %s: %s", r->source, what, copy);
}

/* Stores text s into *field, locating any failure at node. */
static int store_text(fx_cii_reader *r, const xmlNode *node, const char *what, char **field,
                      const char *s)
{
	int rc = fx_invoice_set_text(r->inv, field, s);
	if (rc == FX_ENOMEM)
		return rc;
	if (rc)
		return fx_cii_fail(r, node, rc, what, fx_error_last()->message);
	return FX_OK;
}

/* Reads an element's text into a field. */
int fx_cii_text(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                char **field)
{
	xmlNode *el = fx_cii_find(node, path);
	bool oom;
	char *s = fx_cii_node_text(el, &oom);
	if (oom)
		return fx_error_oom();
	if (!s)
		return FX_OK;
	int rc = store_text(r, el, what, field, s);
	free(s);
	return rc;
}

/* Reads an attribute's text into a field. */
int fx_cii_attr_text(fx_cii_reader *r, const xmlNode *node, const char *path, const char *attr,
                     const char *what, char **field)
{
	xmlNode *el = fx_cii_find(node, path);
	const char *v = fx_cii_attr(el, attr);
	if (!v)
		return FX_OK;
	bool oom = false;
	char *s = trimmed_copy(v, strlen(v), &oom);
	if (oom)
		return fx_error_oom();
	if (!s)
		return FX_OK;
	int rc = store_text(r, el, what, field, s);
	free(s);
	return rc;
}

/* Quotes at most 60 bytes of s for a message. */
static void quote(char *buf, size_t size, const char *s)
{
	size_t n = strlen(s);
	if (n > 60)
		snprintf(buf, size, "'%.60s...'", s);
	else
		snprintf(buf, size, "'%s'", s);
}

/* Rewrites an xs:decimal lexical form ("+1", "100.", ".5") as the plain
 * form fx_decimal_parse reads ("1", "100", "0.5") into buf; other text is
 * copied unchanged so that the parser reports it. */
static void plain_decimal(const char *s, char *buf, size_t size)
{
	const char *p = s;
	bool neg = false;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	size_t int_len = strspn(p, "0123456789");
	const char *frac = p + int_len;
	size_t frac_len = 0;
	if (*frac == '.')
		frac_len = strspn(frac + 1, "0123456789");
	bool ok = (int_len || frac_len) && frac[*frac == '.' ? frac_len + 1 : 0] == '\0';
	if (!ok || strlen(s) + 3 > size) {
		snprintf(buf, size, "%s", s);
		return;
	}
	snprintf(buf, size, "%s%.*s%s%.*s", neg ? "-" : "", (int)(int_len ? int_len : 1),
	         int_len ? p : "0", frac_len ? "." : "", (int)frac_len, frac + 1);
}

/* Reads a decimal value. */
int fx_cii_decimal(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                   fx_decimal *out)
{
	xmlNode *el = fx_cii_find(node, path);
	if (!el)
		return FX_OK;
	bool oom;
	char *s = fx_cii_node_text(el, &oom);
	if (oom)
		return fx_error_oom();
	char got[80], detail[160], plain[128];
	fx_decimal d;
	if (s)
		plain_decimal(s, plain, sizeof plain);
	int rc = s ? fx_decimal_parse(plain, strlen(plain), &d) : FX_EINVAL;
	if (rc) {
		quote(got, sizeof got, s ? s : "");
		if (rc == FX_EOVERFLOW)
			snprintf(detail, sizeof detail, "decimal number %s is too long", got);
		else
			snprintf(detail, sizeof detail, "expected a decimal number, got %s", got);
		free(s);
		return fx_cii_fail(r, el, rc == FX_EOVERFLOW ? FX_EOVERFLOW : FX_EINVAL, what,
		                   detail);
	}
	free(s);
	*out = d;
	return FX_OK;
}

/* True when s is exactly 8 ASCII digits. */
static bool eight_digits(const char *s)
{
	if (strlen(s) != 8)
		return false;
	for (int i = 0; i < 8; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Reads a format-102 date. */
int fx_cii_date(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                fx_date *out)
{
	xmlNode *el = fx_cii_find(node, path);
	if (!el)
		return FX_OK;
	char got[80], detail[200];
	const char *format = fx_cii_attr(el, "format");
	if (format && strcmp(format, "102") != 0) {
		quote(got, sizeof got, format);
		snprintf(detail, sizeof detail,
		         "expected date format 102 (YYYYMMDD), got format %s", got);
		return fx_cii_fail(r, el, FX_EINVAL, what, detail);
	}
	bool oom;
	char *s = fx_cii_node_text(el, &oom);
	if (oom)
		return fx_error_oom();
	fx_date d;
	if (!s || !eight_digits(s) || fx_date_parse(s, 8, &d) != FX_OK) {
		quote(got, sizeof got, s ? s : "");
		snprintf(detail, sizeof detail, "expected a date as YYYYMMDD (format 102), got %s",
		         got);
		free(s);
		return fx_cii_fail(r, el, FX_EINVAL, what, detail);
	}
	free(s);
	*out = d;
	return FX_OK;
}

/* Reads an identifier and its scheme (a scheme without identifier is
 * ignored: it identifies nothing). */
int fx_cii_identifier(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                      fx_identifier *out)
{
	int rc = fx_cii_text(r, node, path, what, &out->id);
	if (rc || !out->id)
		return rc;
	return fx_cii_attr_text(r, node, path, "schemeID", what, &out->scheme);
}

/* Reads a boolean indicator. */
int fx_cii_indicator(fx_cii_reader *r, const xmlNode *node, const char *path, const char *what,
                     bool *out, bool *found)
{
	xmlNode *el = fx_cii_find(node, path);
	*found = false;
	if (!el)
		return FX_OK;
	bool oom;
	char *s = fx_cii_node_text(el, &oom);
	if (oom)
		return fx_error_oom();
	bool v;
	if (s && (strcmp(s, "true") == 0 || strcmp(s, "1") == 0)) {
		v = true;
	} else if (s && (strcmp(s, "false") == 0 || strcmp(s, "0") == 0)) {
		v = false;
	} else {
		char got[80], detail[160];
		quote(got, sizeof got, s ? s : "");
		snprintf(detail, sizeof detail, "expected 'true' or 'false', got %s", got);
		free(s);
		return fx_cii_fail(r, el, FX_EINVAL, what, detail);
	}
	free(s);
	*out = v;
	*found = true;
	return FX_OK;
}
