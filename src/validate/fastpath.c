/*
 * C evaluation of the simplest rule tests and contexts (see fastpath.h).
 */
#include "validate/fastpath.h"

#include <stdlib.h>
#include <string.h>

#define MAX_STEPS 12
#define MAX_ATOMS 8

/** The kinds of a path step. */
enum { STEP_CHILD, STEP_ANY_CHILD, STEP_PARENT, STEP_SELF, STEP_ATTR };

/** One step: its kind, the element's namespace URI and local name. */
typedef struct step {
	unsigned char kind;
	const char *ns;
	char *name;
} step;

/** A path of steps, from the context node or (absolute) the document. */
typedef struct path {
	bool absolute;
	unsigned char n;
	step steps[MAX_STEPS];
} path;

/** What an atom tests of its path. */
enum {
	ATOM_EXISTS,   /* P */
	ATOM_MISSING,  /* not(P) */
	ATOM_TEXT,     /* normalize-space(P) != '' */
	ATOM_COUNT_LE, /* count(P) <= N */
	ATOM_COUNT_EQ, /* count(P) = N */
	ATOM_GE_ZERO,  /* P >= 0 */
	ATOM_EQ_TEXT,  /* P = 'literal' */
	ATOM_DECIMALS  /* string-length(substring-after(P, '.')) <= N */
};

/** One atom of a test. */
typedef struct atom {
	unsigned char kind;
	unsigned number; /* N of the count and decimals forms */
	char *literal;   /* the literal of ATOM_EQ_TEXT */
	path p;
} atom;

struct fx_fast_expr {
	bool is_and;
	unsigned char n;
	atom atoms[MAX_ATOMS];
};

/* Returns the namespace URI of a known prefix (len bytes), or NULL. */
static const char *prefix_uri(const char *p, size_t len)
{
	static const char *const map[][2] = {
	    {"rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"},
	    {"ram", "urn:un:unece:uncefact:data:standard:"
	            "ReusableAggregateBusinessInformationEntity:100"},
	    {"udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"},
	    {"qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"},
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (len == 3 && memcmp(p, map[i][0], 3) == 0)
			return map[i][1];
	return NULL;
}

/* True for a character of an XML name as the rules write them. */
static bool name_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-';
}

/* Parses one step text s (len bytes) into st; false when not simple. */
static bool parse_step(const char *s, size_t len, bool last, step *st)
{
	if (len == 2 && memcmp(s, "..", 2) == 0) {
		st->kind = STEP_PARENT;
		return true;
	}
	if (len == 1 && s[0] == '.') {
		st->kind = STEP_SELF;
		return true;
	}
	if (len == 1 && s[0] == '*') {
		st->kind = STEP_ANY_CHILD;
		return true;
	}
	size_t start = 0;
	if (s[0] == '@') {
		if (!last)
			return false;
		st->kind = STEP_ATTR;
		start = 1;
	} else {
		const char *colon = memchr(s, ':', len);
		if (!colon || !(st->ns = prefix_uri(s, (size_t)(colon - s))))
			return false;
		st->kind = STEP_CHILD;
		start = (size_t)(colon - s) + 1;
	}
	if (start >= len)
		return false;
	for (size_t i = start; i < len; i++)
		if (!name_char(s[i]))
			return false;
	st->name = strndup(s + start, len - start);
	return st->name != NULL;
}

/* Parses path text s (len bytes) into p; false when not simple. */
static bool parse_path(const char *s, size_t len, path *p)
{
	memset(p, 0, sizeof(*p));
	if (len > 0 && s[0] == '/') {
		p->absolute = true;
		s++;
		len--;
	}
	bool went_down = false;
	while (len > 0) {
		const char *slash = memchr(s, '/', len);
		size_t seg = slash ? (size_t)(slash - s) : len;
		if (seg == 0 || p->n == MAX_STEPS)
			return false;
		step *st = &p->steps[p->n];
		if (!parse_step(s, seg, slash == NULL, st))
			return false;
		p->n++;
		if (st->kind == STEP_PARENT && (went_down || p->absolute))
			return false;
		if (st->kind == STEP_CHILD || st->kind == STEP_ANY_CHILD)
			went_down = true;
		s += seg + (slash ? 1 : 0);
		len -= seg + (slash ? 1 : 0);
		if (slash && len == 0)
			return false;
	}
	return p->n > 0;
}

/* Trims spaces and one pair of parentheses wrapping all of s/len. */
static void trim(const char **s, size_t *len)
{
	for (;;) {
		while (*len > 0 && **s == ' ')
			(*s)++, (*len)--;
		while (*len > 0 && (*s)[*len - 1] == ' ')
			(*len)--;
		if (*len < 2 || (*s)[0] != '(' || (*s)[*len - 1] != ')')
			return;
		int depth = 0;
		for (size_t i = 0; i < *len; i++) {
			depth += (*s)[i] == '(' ? 1 : (*s)[i] == ')' ? -1 : 0;
			if (depth == 0 && i + 1 < *len)
				return; /* "(a) or (b)": the parentheses do not wrap it all */
		}
		(*s)++;
		*len -= 2;
	}
}

/* True when s/len starts with prefix. */
static bool starts(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && memcmp(s, prefix, n) == 0;
}

/* Reads a small unsigned integer (all of s/len); false otherwise. */
static bool small_number(const char *s, size_t len, unsigned *out)
{
	while (len && s[0] == ' ')
		s++, len--;
	if (len == 0 || len > 3)
		return false;
	unsigned v = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	*out = v;
	return true;
}

/* Splits "count(P) <= N" / "count(P) = N" / "string-length(substring-after(
 * P, '.')) <= N" / "P >= 0" / "P = 'lit'" into a and the path text; false
 * when s is none of them. */
static bool parse_compare(const char **s, size_t *len, atom *a)
{
	const char *t = *s;
	size_t n = *len;
	const char *op = NULL;
	for (size_t i = 0; i + 1 < n && !op; i++) {
		if (t[i] == '\'') {
			const char *q = memchr(t + i + 1, '\'', n - i - 1);
			if (!q)
				return false;
			i = (size_t)(q - t);
		} else if (t[i] == ' ' && (t[i + 1] == '=' || t[i + 1] == '<' || t[i + 1] == '>')) {
			op = t + i;
		}
	}
	if (!op)
		return false;
	const char *rhs = op + 1;
	size_t lhs_len = (size_t)(op - t);
	bool le = strncmp(rhs, "<= ", 3) == 0, ge = strncmp(rhs, ">= ", 3) == 0,
	     eq = strncmp(rhs, "= ", 2) == 0;
	const char *value = rhs + (eq ? 2 : 3);
	size_t vlen = n - (size_t)(value - t);
	if (starts(t, lhs_len, "count(") && t[lhs_len - 1] == ')' && (le || eq) &&
	    small_number(value, vlen, &a->number)) {
		a->kind = le ? ATOM_COUNT_LE : ATOM_COUNT_EQ;
		*s = t + 6;
		*len = lhs_len - 7;
		return true;
	}
	static const char dec_start[] = "string-length(substring-after(", dec_end[] = ", '.'))";
	size_t ds = sizeof(dec_start) - 1, de = sizeof(dec_end) - 1;
	if (le && lhs_len > ds + de && starts(t, lhs_len, dec_start) &&
	    memcmp(t + lhs_len - de, dec_end, de) == 0 && small_number(value, vlen, &a->number)) {
		a->kind = ATOM_DECIMALS;
		*s = t + ds;
		*len = lhs_len - ds - de;
		return true;
	}
	if (ge && vlen == 1 && value[0] == '0') {
		a->kind = ATOM_GE_ZERO;
		*len = lhs_len;
		return true;
	}
	if (eq && vlen >= 2 && value[0] == '\'' && value[vlen - 1] == '\'' &&
	    !memchr(value + 1, '\'', vlen - 2)) {
		a->kind = ATOM_EQ_TEXT;
		a->literal = strndup(value + 1, vlen - 2);
		*len = lhs_len;
		return a->literal != NULL;
	}
	return false;
}

/* Parses one atom; false when not simple. */
static bool parse_atom(const char *s, size_t len, atom *a)
{
	trim(&s, &len);
	static const char text_end[] = ") != ''";
	size_t te = sizeof(text_end) - 1;
	if (starts(s, len, "not(") && s[len - 1] == ')') {
		a->kind = ATOM_MISSING;
		s += 4;
		len -= 5;
		trim(&s, &len);
	} else if (starts(s, len, "normalize-space(") && len > 16 + te &&
	           memcmp(s + len - te, text_end, te) == 0) {
		a->kind = ATOM_TEXT;
		s += 16;
		len -= 16 + te;
	} else if (!parse_compare(&s, &len, a)) {
		a->kind = ATOM_EXISTS;
	}
	for (size_t i = 0; i < len; i++)
		if (!name_char(s[i]) && s[i] != ':' && s[i] != '/' && s[i] != '.' && s[i] != '@' &&
		    s[i] != '*')
			return false;
	return parse_path(s, len, &a->p);
}

/* Finds the next top-level (outside parentheses and quotes) occurrence of
 * op in s/len from position from; returns its index or len. */
static size_t find_top(const char *s, size_t len, size_t from, const char *op)
{
	size_t n = strlen(op);
	int depth = 0;
	char quote = 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (quote) {
			quote = c == quote ? 0 : quote;
			continue;
		}
		if (c == '\'' || c == '"')
			quote = c;
		depth += c == '(' ? 1 : c == ')' ? -1 : 0;
		if (i >= from && depth == 0 && i + n <= len && memcmp(s + i, op, n) == 0)
			return i;
	}
	return len;
}

/* Compiles a simple test. */
fx_fast_expr *fx_fast_compile_test(const char *expr)
{
	if (!expr)
		return NULL;
	const char *s = expr;
	size_t len = strlen(expr);
	trim(&s, &len);
	bool has_or = find_top(s, len, 0, " or ") < len;
	bool has_and = find_top(s, len, 0, " and ") < len;
	if (has_or && has_and)
		return NULL;
	fx_fast_expr *e = calloc(1, sizeof(*e));
	if (!e)
		return NULL;
	e->is_and = has_and;
	const char *op = has_and ? " and " : " or ";
	size_t pos = 0;
	while (pos <= len) {
		size_t end = find_top(s, len, pos, op);
		if (e->n == MAX_ATOMS || !parse_atom(s + pos, end - pos, &e->atoms[e->n])) {
			fx_fast_free(e);
			return NULL;
		}
		e->n++;
		pos = end + strlen(op);
	}
	return e;
}

/* True when element node matches a child step. */
static bool step_matches(const step *st, xmlNodePtr n)
{
	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (st->kind == STEP_ANY_CHILD)
		return true;
	return n->ns && n->name[0] == st->name[0] && strcmp((const char *)n->name, st->name) == 0 &&
	       strcmp((const char *)n->ns->href, st->ns) == 0;
}

/* The first node (document order) that p selects from node's step i, or
 * NULL. */
static xmlNodePtr first_match(const path *p, unsigned i, xmlNodePtr node)
{
	if (!node)
		return NULL;
	if (i == p->n)
		return node;
	const step *st = &p->steps[i];
	switch (st->kind) {
	case STEP_PARENT:
		return node->type == XML_DOCUMENT_NODE ? NULL : first_match(p, i + 1, node->parent);
	case STEP_SELF:
		return first_match(p, i + 1, node);
	case STEP_ATTR:
		return node->type == XML_ELEMENT_NODE
		           ? (xmlNodePtr)xmlHasNsProp(node, (const xmlChar *)st->name, NULL)
		           : NULL;
	default:
		if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE)
			return NULL;
		for (xmlNodePtr c = node->children; c; c = c->next) {
			if (!step_matches(st, c))
				continue;
			xmlNodePtr m = first_match(p, i + 1, c);
			if (m)
				return m;
		}
		return NULL;
	}
}

/** What a walk over every match accumulates. */
typedef struct visit {
	const atom *a;
	size_t count;
	bool found;
} visit;

/* Appends the string value of node to b (text and CDATA under it). */
static void string_value(xmlNodePtr node, xmlChar **b)
{
	xmlChar *v = xmlNodeGetContent(node);
	*b = v;
}

/* True when text t is an XPath 1.0 number that is >= 0 (XPath number():
 * optional white space, optional '-', digits with an optional '.'). */
static bool number_ge_zero(const xmlChar *t)
{
	while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
		t++;
	bool negative = *t == '-', nonzero = false, digits = false, dot = false;
	if (negative)
		t++;
	for (; (*t >= '0' && *t <= '9') || (*t == '.' && !dot); t++) {
		if (*t == '.') {
			dot = true;
			continue;
		}
		digits = true;
		nonzero = nonzero || *t != '0';
	}
	while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
		t++;
	return *t == 0 && digits && (!negative || !nonzero);
}

/* Number of characters after the first '.' of t (UTF-8 aware). */
static unsigned chars_after_dot(const xmlChar *t)
{
	const xmlChar *dot = (const xmlChar *)strchr((const char *)t, '.');
	unsigned n = 0;
	for (const xmlChar *p = dot ? dot + 1 : (const xmlChar *)""; *p; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

/* Visits every node p selects from node's step i (document order); stops
 * when v->found is set. */
static void visit_all(const path *p, unsigned i, xmlNodePtr node, visit *v)
{
	if (!node || v->found)
		return;
	if (i == p->n) {
		v->count++;
		xmlChar *text = NULL;
		switch (v->a->kind) {
		case ATOM_GE_ZERO:
			string_value(node, &text);
			v->found = text && number_ge_zero(text);
			break;
		case ATOM_EQ_TEXT:
			string_value(node, &text);
			v->found = text && strcmp((const char *)text, v->a->literal) == 0;
			break;
		default:
			break;
		}
		xmlFree(text);
		return;
	}
	const step *st = &p->steps[i];
	switch (st->kind) {
	case STEP_PARENT:
		if (node->type != XML_DOCUMENT_NODE)
			visit_all(p, i + 1, node->parent, v);
		return;
	case STEP_SELF:
		visit_all(p, i + 1, node, v);
		return;
	case STEP_ATTR:
		if (node->type == XML_ELEMENT_NODE)
			visit_all(p, i + 1,
			          (xmlNodePtr)xmlHasNsProp(node, (const xmlChar *)st->name, NULL),
			          v);
		return;
	default:
		if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE)
			return;
		for (xmlNodePtr c = node->children; c && !v->found; c = c->next)
			if (step_matches(st, c))
				visit_all(p, i + 1, c, v);
	}
}

/* True when the character data under n holds something other than XML
 * white space (an entity reference counts as such). */
static bool has_text(xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			for (const xmlChar *t = c->content; t && *t; t++)
				if (*t != ' ' && *t != '\t' && *t != '\n' && *t != '\r')
					return true;
		} else if (c->type == XML_ELEMENT_NODE) {
			if (has_text(c))
				return true;
		} else if (c->type == XML_ENTITY_REF_NODE) {
			return true;
		}
	}
	return false;
}

/* Evaluates one atom on node. */
static bool atom_true(const atom *a, xmlNodePtr node)
{
	xmlNodePtr start = a->p.absolute ? (xmlNodePtr)node->doc : node;
	if (a->kind >= ATOM_COUNT_LE && a->kind != ATOM_DECIMALS) {
		visit v = {a, 0, false};
		visit_all(&a->p, 0, start, &v);
		if (a->kind == ATOM_COUNT_LE)
			return v.count <= a->number;
		if (a->kind == ATOM_COUNT_EQ)
			return v.count == a->number;
		return v.found;
	}
	xmlNodePtr m = first_match(&a->p, 0, start);
	if (a->kind == ATOM_DECIMALS) {
		if (!m)
			return true;
		xmlChar *text = xmlNodeGetContent(m);
		bool ok = !text || chars_after_dot(text) <= a->number;
		xmlFree(text);
		return ok;
	}
	switch (a->kind) {
	case ATOM_MISSING:
		return m == NULL;
	case ATOM_TEXT:
		return m && has_text(m);
	default:
		return m != NULL;
	}
}

/* Evaluates a compiled test. */
bool fx_fast_test(const fx_fast_expr *e, xmlNodePtr node)
{
	for (unsigned i = 0; i < e->n; i++) {
		bool v = atom_true(&e->atoms[i], node);
		if (e->is_and && !v)
			return false;
		if (!e->is_and && v)
			return true;
	}
	return e->is_and;
}

/* Appends node to out. */
void fx_fast_push(fx_fast_nodes *out, xmlNodePtr node)
{
	if (out->count == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 16;
		xmlNodePtr *p = realloc(out->nodes, cap * sizeof(*p));
		if (!p) {
			out->failed = true;
			return;
		}
		out->nodes = p;
		out->cap = cap;
	}
	out->nodes[out->count++] = node;
}

/* Frees a compiled expression. */
void fx_fast_free(fx_fast_expr *e)
{
	if (!e)
		return;
	for (unsigned a = 0; a < MAX_ATOMS; a++) {
		free(e->atoms[a].literal);
		for (unsigned i = 0; i < MAX_STEPS; i++)
			free(e->atoms[a].p.steps[i].name);
	}
	free(e);
}
