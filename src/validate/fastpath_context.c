/*
 * C selection of rule contexts (see fastpath.h): unions of absolute paths,
 * "//" steps and fx:elements / fx:elements-ending calls, with predicates
 * evaluated by XPath on each candidate.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xpathInternals.h>

#include "validate/fastpath.h"

#define MAX_PATHS 12
#define MAX_STEPS 12
#define MAX_PREDICATES 4

/** The kinds of a context step. */
enum { CS_CHILD, CS_ANY_CHILD, CS_DESCENDANT, CS_ELEMENTS, CS_ENDING };

/** One step and its predicates. */
typedef struct ctx_step {
	unsigned char kind;
	unsigned char npred;
	const char *ns; /* namespace URI; NULL: any (fx:elements with '*') */
	char *name;     /* local name, space-separated names or suffix */
	xmlXPathCompExprPtr pred[MAX_PREDICATES];
	fx_fast_expr *fast_pred[MAX_PREDICATES]; /* the predicate in C, when simple */
} ctx_step;

/** One path of the union. */
typedef struct ctx_path {
	unsigned char n;
	ctx_step steps[MAX_STEPS];
} ctx_path;

struct fx_fast_context {
	unsigned char n;
	bool document;  /* the context "/": the document node */
	ctx_step whole; /* predicates on the whole union: "(a | b)[p]" */
	ctx_path tail;  /* child steps after it: "(a | b)[p]/c[q]" */
	ctx_path paths[MAX_PATHS];
};

/* Namespace URI of prefix p (len bytes): "" when unknown, NULL for "*". */
static const char *uri_of(const char *p, size_t len)
{
	static const char *const map[][2] = {
	    {"rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"},
	    {"ram", "urn:un:unece:uncefact:data:standard:"
	            "ReusableAggregateBusinessInformationEntity:100"},
	    {"udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"},
	    {"qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"},
	};
	if (len == 1 && p[0] == '*')
		return NULL;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (len == 3 && memcmp(p, map[i][0], 3) == 0)
			return map[i][1];
	return "";
}

/* Index just after the bracket/parenthesis group opening at s[i], or 0. */
static size_t skip_group(const char *s, size_t len, size_t i)
{
	int depth = 0;
	char quote = 0;
	for (; i < len; i++) {
		char c = s[i];
		if (quote) {
			quote = c == quote ? 0 : quote;
			continue;
		}
		if (c == '\'' || c == '"')
			quote = c;
		else if (c == '[' || c == '(')
			depth++;
		else if ((c == ']' || c == ')') && --depth == 0)
			return i + 1;
	}
	return 0;
}

/* True for a name character. */
static bool name_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-';
}

/* Parses the predicates at s[*i] onto st; false on error. */
static bool parse_predicates(const char *s, size_t len, size_t *i, ctx_step *st,
                             xmlXPathCompExprPtr (*compile)(const char *))
{
	while (*i < len && s[*i] == '[') {
		size_t end = skip_group(s, len, *i);
		if (!end || st->npred == MAX_PREDICATES)
			return false;
		char *text = strndup(s + *i + 1, end - *i - 2);
		xmlXPathCompExprPtr c = text ? compile(text) : NULL;
		st->fast_pred[st->npred] = c ? fx_fast_compile_test(text) : NULL;
		free(text);
		if (!c)
			return false;
		st->pred[st->npred++] = c;
		*i = end;
	}
	return true;
}

/* Parses a name test "prefix:Name" or "*" at s[*i] into st. */
static bool parse_name_test(const char *s, size_t len, size_t *i, ctx_step *st)
{
	if (*i < len && s[*i] == '*') {
		st->kind = st->kind == CS_DESCENDANT ? CS_DESCENDANT : CS_ANY_CHILD;
		(*i)++;
		return st->kind == CS_ANY_CHILD;
	}
	size_t start = *i;
	while (*i < len && (name_char(s[*i]) || s[*i] == ':'))
		(*i)++;
	const char *colon = memchr(s + start, ':', *i - start);
	if (!colon)
		return false;
	st->ns = uri_of(s + start, (size_t)(colon - (s + start)));
	if (!st->ns || !*st->ns || (size_t)(colon - s) + 1 >= *i)
		return false;
	st->name = strndup(colon + 1, (size_t)(s + *i - colon - 1));
	return st->name != NULL;
}

/* Parses "fx:elements('p', 'x')" or "fx:elements-ending('p', 'x')". */
static bool parse_call(const char *s, size_t len, size_t *i, ctx_step *st)
{
	static const char el[] = "fx:elements(", en[] = "fx:elements-ending(";
	size_t skip;
	if (len - *i > sizeof(en) - 1 && memcmp(s + *i, en, sizeof(en) - 1) == 0) {
		st->kind = CS_ENDING;
		skip = sizeof(en) - 1;
	} else if (len - *i > sizeof(el) - 1 && memcmp(s + *i, el, sizeof(el) - 1) == 0) {
		st->kind = CS_ELEMENTS;
		skip = sizeof(el) - 1;
	} else {
		return false;
	}
	size_t end = skip_group(s, len, *i + skip - 1);
	if (!end)
		return false;
	const char *a = s + *i + skip, *stop = s + end - 1;
	const char *q1 = memchr(a, '\'', (size_t)(stop - a));
	const char *q2 = q1 ? memchr(q1 + 1, '\'', (size_t)(stop - q1 - 1)) : NULL;
	const char *q3 = q2 ? memchr(q2 + 1, '\'', (size_t)(stop - q2 - 1)) : NULL;
	const char *q4 = q3 ? memchr(q3 + 1, '\'', (size_t)(stop - q3 - 1)) : NULL;
	if (!q4)
		return false;
	st->ns = uri_of(q1 + 1, (size_t)(q2 - q1 - 1));
	if (st->ns && !*st->ns)
		return false;
	st->name = strndup(q3 + 1, (size_t)(q4 - q3 - 1));
	*i = end;
	return st->name != NULL;
}

/* Parses one path of the union (s/len, spaces trimmed) into p. */
static bool parse_path(const char *s, size_t len, ctx_path *p,
                       xmlXPathCompExprPtr (*compile)(const char *))
{
	size_t i = 0;
	if (len > 2 && s[0] == '/' && s[1] == '/') {
		ctx_step *st = &p->steps[p->n++];
		st->kind = CS_DESCENDANT;
		i = 2;
		if (!parse_name_test(s, len, &i, st) ||
		    !parse_predicates(s, len, &i, st, compile) || st->npred > 1)
			return false;
	} else if (s[0] == 'f') {
		ctx_step *st = &p->steps[p->n++];
		if (!parse_call(s, len, &i, st) || !parse_predicates(s, len, &i, st, compile))
			return false;
	} else if (s[0] != '/') {
		return false;
	}
	while (i < len) {
		if (s[i] != '/' || i + 1 >= len || s[i + 1] == '/' || p->n == MAX_STEPS)
			return false;
		i++;
		ctx_step *st = &p->steps[p->n++];
		st->kind = CS_CHILD;
		if (!parse_name_test(s, len, &i, st) || !parse_predicates(s, len, &i, st, compile))
			return false;
	}
	return p->n > 0;
}

/* Trims spaces and parentheses wrapping the whole of s/len. */
static void trim(const char **s, size_t *len)
{
	for (;;) {
		while (*len && **s == ' ')
			(*s)++, (*len)--;
		while (*len && (*s)[*len - 1] == ' ')
			(*len)--;
		if (*len < 2 || **s != '(' || skip_group(*s, *len, 0) != *len)
			return;
		(*s)++;
		*len -= 2;
	}
}

/* Compiles a context. */
fx_fast_context *fx_fast_compile_context(const char *expr,
                                         xmlXPathCompExprPtr (*compile)(const char *))
{
	if (!expr)
		return NULL;
	fx_fast_context *c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	const char *s = expr;
	size_t len = strlen(expr);
	trim(&s, &len);
	if (len == 1 && s[0] == '/') {
		c->document = true;
		return c;
	}
	size_t group = len > 2 && s[0] == '(' ? skip_group(s, len, 0) : 0;
	if (group > 0 && group < len && (s[group] == '[' || s[group] == '/')) {
		size_t i = group;
		bool ok = parse_predicates(s, len, &i, &c->whole, compile);
		while (ok && i < len) {
			ctx_step *st = &c->tail.steps[c->tail.n];
			ok = s[i] == '/' && i + 1 < len && s[i + 1] != '/' && c->tail.n < MAX_STEPS;
			i++;
			c->tail.n++;
			st->kind = CS_CHILD;
			ok = ok && parse_name_test(s, len, &i, st) &&
			     parse_predicates(s, len, &i, st, compile);
		}
		if (!ok) {
			fx_fast_context_free(c);
			return NULL;
		}
		s++;
		len = group - 2;
	}
	size_t start = 0;
	bool ok = true;
	while (ok && start < len) {
		size_t end = start;
		while (end < len && s[end] != '|') {
			if (s[end] == '[' || s[end] == '(' || s[end] == '\'' || s[end] == '"') {
				size_t g = s[end] == '\'' || s[end] == '"'
				               ? (size_t)((const char *)memchr(s + end + 1, s[end],
				                                               len - end - 1) -
				                          s) +
				                     1
				               : skip_group(s, len, end);
				if (!g || g > len) {
					ok = false;
					break;
				}
				end = g;
			} else {
				end++;
			}
		}
		const char *part = s + start;
		size_t plen = end - start;
		trim(&part, &plen);
		ok = ok && plen > 0 && c->n < MAX_PATHS &&
		     parse_path(part, plen, &c->paths[c->n++], compile);
		start = end + 1;
	}
	if (!ok || c->n == 0) {
		fx_fast_context_free(c);
		return NULL;
	}
	return c;
}

/* Frees a compiled context. */
void fx_fast_context_free(fx_fast_context *c)
{
	if (!c)
		return;
	for (unsigned k = 0; k < c->whole.npred; k++) {
		xmlXPathFreeCompExpr(c->whole.pred[k]);
		fx_fast_free(c->whole.fast_pred[k]);
	}
	for (unsigned i = 0; i < MAX_STEPS; i++) {
		free(c->tail.steps[i].name);
		for (unsigned k = 0; k < c->tail.steps[i].npred; k++) {
			xmlXPathFreeCompExpr(c->tail.steps[i].pred[k]);
			fx_fast_free(c->tail.steps[i].fast_pred[k]);
		}
	}
	for (unsigned p = 0; p < MAX_PATHS; p++)
		for (unsigned i = 0; i < MAX_STEPS; i++) {
			ctx_step *st = &c->paths[p].steps[i];
			free(st->name);
			for (unsigned k = 0; k < st->npred; k++) {
				xmlXPathFreeCompExpr(st->pred[k]);
				fx_fast_free(st->fast_pred[k]);
			}
		}
	free(c);
}

/* True when element e has namespace ns (NULL: any). */
static bool in_ns(xmlNodePtr e, const char *ns)
{
	return !ns || (e->ns && strcmp((const char *)e->ns->href, ns) == 0);
}

/* True when name is one of the space-separated words of list. */
static bool in_words(const char *name, const char *list)
{
	size_t n = strlen(name);
	for (const char *p = list; *p;) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w == n && w > 0 && memcmp(p, name, n) == 0)
			return true;
		p += w;
	}
	return false;
}

/* True when element e passes the name test of st. */
static bool name_ok(const ctx_step *st, xmlNodePtr e)
{
	if (e->type != XML_ELEMENT_NODE)
		return false;
	const char *name = (const char *)e->name;
	switch (st->kind) {
	case CS_ANY_CHILD:
		return true;
	case CS_ELEMENTS:
		return in_ns(e, st->ns) && in_words(name, st->name);
	case CS_ENDING: {
		size_t n = strlen(name), k = strlen(st->name);
		return in_ns(e, st->ns) && n >= k && strcmp(name + n - k, st->name) == 0;
	}
	default:
		return name[0] == st->name[0] && strcmp(name, st->name) == 0 && in_ns(e, st->ns);
	}
}

/* Evaluates predicate pred on node at position pos of size; true when kept. */
static bool predicate_true(fx_fast_run *run, xmlXPathCompExprPtr pred, xmlNodePtr node, int pos,
                           int size)
{
	xmlXPathContextPtr x = run->xpath;
	int old_pos = x->proximityPosition, old_size = x->contextSize;
	x->node = node;
	x->proximityPosition = pos;
	x->contextSize = size;
	xmlXPathObjectPtr r = xmlXPathCompiledEval(pred, x);
	x->proximityPosition = old_pos;
	x->contextSize = old_size;
	bool keep = false;
	if (!r)
		run->error = true;
	else if (r->type == XPATH_NUMBER)
		keep = r->floatval == (double)pos;
	else
		keep = xmlXPathCastToBoolean(r);
	xmlXPathFreeObject(r);
	return keep;
}

/* Filters in[from..count) (one candidate set, in order) through the
 * predicates of st, compacting the kept ones in place; returns the new count. */
static size_t filter(fx_fast_run *run, const ctx_step *st, fx_fast_nodes *set, size_t from)
{
	for (unsigned k = 0; k < st->npred; k++) {
		size_t size = set->count - from, kept = from;
		for (size_t i = 0; i < size; i++) {
			xmlNodePtr n = set->nodes[from + i];
			if (st->fast_pred[k]
			        ? fx_fast_test(st->fast_pred[k], n)
			        : predicate_true(run, st->pred[k], n, (int)i + 1, (int)size))
				set->nodes[kept++] = n;
		}
		set->count = kept;
	}
	return set->count;
}

/* Collects every element of run->doc in document order (once). */
static void index_elements(fx_fast_run *run)
{
	if (run->elements->count > 0 || run->elements->failed)
		return;
	xmlNodePtr n = xmlDocGetRootElement(run->doc);
	while (n) {
		fx_fast_push(run->elements, n);
		if (n->children) {
			xmlNodePtr c = n->children;
			while (c && c->type != XML_ELEMENT_NODE)
				c = c->next;
			if (c) {
				n = c;
				continue;
			}
		}
		while (n) {
			xmlNodePtr next = n->next;
			while (next && next->type != XML_ELEMENT_NODE)
				next = next->next;
			if (next) {
				n = next;
				break;
			}
			n = n->parent;
			if (n && n->type != XML_ELEMENT_NODE)
				n = NULL;
		}
	}
}

/* Position and size of e among its siblings passing st's name test. */
static void sibling_position(const ctx_step *st, xmlNodePtr e, int *pos, int *size)
{
	*pos = 1;
	*size = 1;
	for (xmlNodePtr s = e->prev; s; s = s->prev)
		if (name_ok(st, s))
			(*pos)++, (*size)++;
	for (xmlNodePtr s = e->next; s; s = s->next)
		if (name_ok(st, s))
			(*size)++;
}

/* The first step of a path from the document: into out. */
static void first_step(fx_fast_run *run, const ctx_step *st, fx_fast_nodes *out)
{
	if (st->kind == CS_CHILD || st->kind == CS_ANY_CHILD) {
		for (xmlNodePtr c = run->doc->children; c; c = c->next)
			if (name_ok(st, c))
				fx_fast_push(out, c);
		filter(run, st, out, 0);
		return;
	}
	index_elements(run);
	for (size_t i = 0; i < run->elements->count; i++) {
		xmlNodePtr e = run->elements->nodes[i];
		if (!name_ok(st, e))
			continue;
		if (st->kind == CS_DESCENDANT && st->npred == 1) {
			int pos = 0, size = 0;
			if (st->fast_pred[0] && !fx_fast_test(st->fast_pred[0], e))
				continue;
			if (!st->fast_pred[0]) {
				sibling_position(st, e, &pos, &size);
				if (!predicate_true(run, st->pred[0], e, pos, size))
					continue;
			}
		}
		fx_fast_push(out, e);
	}
	if (st->kind != CS_DESCENDANT)
		filter(run, st, out, 0);
}

/* Applies the child steps p->steps[first..] to the nodes of cur (which it
 * takes over) and appends the result to out. */
static void child_steps(fx_fast_run *run, const ctx_path *p, unsigned first, fx_fast_nodes cur,
                        fx_fast_nodes *out)
{
	fx_fast_nodes next = {0};
	for (unsigned s = first; s < p->n && cur.count > 0; s++) {
		const ctx_step *st = &p->steps[s];
		next.count = 0;
		for (size_t i = 0; i < cur.count; i++) {
			size_t from = next.count;
			for (xmlNodePtr c = cur.nodes[i]->children; c; c = c->next)
				if (name_ok(st, c))
					fx_fast_push(&next, c);
			filter(run, st, &next, from);
		}
		fx_fast_nodes t = cur;
		cur = next;
		next = t;
	}
	for (size_t i = 0; i < cur.count; i++)
		fx_fast_push(out, cur.nodes[i]);
	out->failed = out->failed || cur.failed || next.failed;
	free(cur.nodes);
	free(next.nodes);
}

/* Selects the nodes of one path into out (appended, document order). */
static void select_path(fx_fast_run *run, const ctx_path *p, fx_fast_nodes *out)
{
	fx_fast_nodes cur = {0};
	first_step(run, &p->steps[0], &cur);
	child_steps(run, p, 1, cur, out);
}

/* Orders nodes in document order for qsort. */
static int cmp_doc_order(const void *a, const void *b)
{
	return -xmlXPathCmpNodes(*(xmlNodePtr const *)a, *(xmlNodePtr const *)b);
}

/* Sorts out[from..] in document order and removes duplicates. */
static void sort_unique(fx_fast_nodes *out, size_t from)
{
	if (out->count - from < 2)
		return;
	qsort(out->nodes + from, out->count - from, sizeof(xmlNodePtr), cmp_doc_order);
	size_t kept = from + 1;
	for (size_t i = from + 1; i < out->count; i++)
		if (out->nodes[i] != out->nodes[kept - 1])
			out->nodes[kept++] = out->nodes[i];
	out->count = kept;
}

/* Selects the nodes of c. */
void fx_fast_select(const fx_fast_context *c, fx_fast_run *run, fx_fast_nodes *out)
{
	size_t from = out->count;
	if (c->document) {
		fx_fast_push(out, (xmlNodePtr)run->doc);
		return;
	}
	for (unsigned p = 0; p < c->n; p++)
		select_path(run, &c->paths[p], out);
	if (c->n > 1)
		sort_unique(out, from);
	filter(run, &c->whole, out, from);
	if (c->tail.n == 0)
		return;
	fx_fast_nodes cur = {0};
	for (size_t i = from; i < out->count; i++)
		fx_fast_push(&cur, out->nodes[i]);
	out->count = from;
	child_steps(run, &c->tail, 0, cur, out);
	sort_unique(out, from);
}
