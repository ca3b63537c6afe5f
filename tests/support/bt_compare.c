/*
 * Test support: the BT-by-BT comparison of two CII documents, driven by
 * the table of bt_table.c (see bt_compare.h).
 */
#include "bt_compare.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "bt_table.h"
#include "facturx/decimal.h"
#include "facturx/invoice.h"

/** The values of one instance of a group. */
typedef struct bt_inst {
	char **norm;         /* per field: normalised values joined, NULL if absent */
	char **raw;          /* per field: the values as written, for messages */
	char *key;           /* pairing key, NULL when the key terms are absent */
	char *sig;           /* every normalised value, sub-groups included */
	struct bt_set *subs; /* per sub-group */
} bt_inst;

/** The instances of a group under one parent. */
typedef struct bt_set {
	bt_inst *items;
	size_t n;
} bt_set;

/** A parsed document ready for XPath. */
typedef struct bt_doc {
	xmlDocPtr doc;
	xmlXPathContextPtr xp;
} bt_doc;

/* Aborts the test program: the comparator cannot go on without memory. */
static void *must(void *p)
{
	if (!p) {
		fprintf(stderr, "bt_compare: out of memory\n");
		abort();
	}
	return p;
}

/* Returns a malloc'ed printf-formatted string. */
static char *fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	char *s = must(malloc((size_t)n + 1));
	va_start(ap, f);
	vsnprintf(s, (size_t)n + 1, f, ap);
	va_end(ap);
	return s;
}

/* Appends a sentence to the differences. */
static void add_diff(fx_bt_diffs *d, char *sentence)
{
	d->items = must(realloc(d->items, (d->count + 1) * sizeof *d->items));
	d->items[d->count++] = sentence;
}

/* True for XML white space. */
static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Returns a malloc'ed copy of s with white space runs collapsed to one
 * space (collapse) or kept, trimmed at both ends; all removed if strip. */
static char *squeeze(const char *s, bool collapse, bool strip)
{
	size_t n = strlen(s);
	char *out = must(malloc(n + 1));
	size_t o = 0;
	bool pending = false;
	for (; *s; s++) {
		if (is_space(*s) && (collapse || strip)) {
			pending = o > 0 && !strip;
			continue;
		}
		if (pending)
			out[o++] = ' ';
		pending = false;
		out[o++] = *s;
	}
	out[o] = '\0';
	if (!collapse && !strip) {
		size_t b = 0;
		while (out[b] && is_space(out[b]))
			b++;
		size_t e = strlen(out);
		while (e > b && is_space(out[e - 1]))
			e--;
		memmove(out, out + b, e - b);
		out[e - b] = '\0';
	}
	return out;
}

/* Normalises a decimal: its numeric value without trailing zeros. The
 * xs:decimal forms "+1", "1." and ".5" are accepted. */
static char *norm_decimal(const char *t)
{
	fx_decimal d;
	char buf[FX_DECIMAL_STRLEN];
	const char *p = t;
	const char *sign = *p == '-' ? "-" : "";
	if (*p == '+' || *p == '-')
		p++;
	size_t ilen = strspn(p, "0123456789");
	const char *frac = p[ilen] == '.' ? p + ilen + 1 : p + ilen;
	size_t flen = strspn(frac, "0123456789");
	char *plain = fmt("%s%.*s%s%.*s", sign, (int)(ilen ? ilen : 1), ilen ? p : "0",
	                  flen ? "." : "", (int)flen, frac);
	bool lexical = (ilen || flen) && frac[flen] == '\0';
	int rc = lexical ? fx_decimal_parse(plain, strlen(plain), &d) : FX_EINVAL;
	free(plain);
	if (rc != FX_OK || fx_decimal_format(fx_decimal_normalize(d), buf, sizeof buf) != FX_OK)
		return fmt("not a decimal: %s", t);
	return fmt("%s", buf);
}

/* Normalises a date written YYYYMMDD (format 102) to YYYY-MM-DD. */
static char *norm_date(const char *t, const xmlNode *node)
{
	xmlChar *format =
	    node->type == XML_ELEMENT_NODE ? xmlGetProp(node, BAD_CAST "format") : NULL;
	char *res;
	fx_date d;
	char buf[16];
	if (format && strcmp((const char *)format, "102") != 0)
		res = fmt("format %s: %s", (const char *)format, t);
	else if (strlen(t) != 8 || fx_date_parse(t, 8, &d) != FX_OK ||
	         fx_date_format(d, 1, buf, sizeof buf) != FX_OK)
		res = fmt("not a date: %s", t);
	else
		res = fmt("%s", buf);
	xmlFree(format);
	return res;
}

/* Normalises the text t of node for a field of kind k. */
static char *normalise(fx_bt_kind k, const char *t, const xmlNode *node)
{
	char *trimmed = squeeze(t, false, false);
	char *res;
	switch (k) {
	case FX_BT_TEXT:
		res = squeeze(trimmed, true, false);
		break;
	case FX_BT_DECIMAL:
		res = norm_decimal(trimmed);
		break;
	case FX_BT_DATE:
		res = norm_date(trimmed, node);
		break;
	case FX_BT_BINARY:
		res = squeeze(trimmed, false, true);
		break;
	default:
		res = fmt("%s", trimmed);
		break;
	}
	free(trimmed);
	return res;
}

/** One value of a field: normalised and as written. */
typedef struct bt_value {
	char *norm;
	char *raw;
} bt_value;

/* Orders values by their normalised text. */
static int value_cmp(const void *a, const void *b)
{
	return strcmp(((const bt_value *)a)->norm, ((const bt_value *)b)->norm);
}

/* Joins the values (sorted) into *norm and *raw, NULL when none. */
static void join_values(bt_value *v, size_t n, char **norm, char **raw)
{
	*norm = *raw = NULL;
	if (!n)
		return;
	qsort(v, n, sizeof *v, value_cmp);
	size_t ln = 1, lr = 1;
	for (size_t i = 0; i < n; i++) {
		ln += strlen(v[i].norm) + 3;
		lr += strlen(v[i].raw) + 3;
	}
	*norm = must(calloc(1, ln));
	*raw = must(calloc(1, lr));
	for (size_t i = 0; i < n; i++) {
		if (i) {
			strcat(*norm, " | ");
			strcat(*raw, " | ");
		}
		strcat(*norm, v[i].norm);
		strcat(*raw, v[i].raw);
	}
}

/* Evaluates the field's XPath at node and stores its values. */
static void extract_field(bt_doc *d, xmlNode *node, const fx_bt_field *f, char **norm, char **raw)
{
	d->xp->node = node;
	xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST f->xpath, d->xp);
	*norm = *raw = NULL;
	if (!r) {
		*norm = fmt("bad XPath %s", f->xpath);
		*raw = fmt("%s", *norm);
		return;
	}
	bt_value *vals = NULL;
	size_t n = 0;
	if (r->type == XPATH_NODESET && r->nodesetval) {
		vals = must(calloc((size_t)r->nodesetval->nodeNr + 1, sizeof *vals));
		for (int i = 0; i < r->nodesetval->nodeNr; i++) {
			xmlNode *v = r->nodesetval->nodeTab[i];
			xmlChar *c = xmlNodeGetContent(v);
			char *trimmed = squeeze(c ? (const char *)c : "", false, false);
			if (*trimmed) {
				vals[n].norm = normalise(f->kind, trimmed, v);
				vals[n].raw = trimmed;
				/* a date in another format shows it */
				if (f->kind == FX_BT_DATE &&
				    strncmp(vals[n].norm, "format ", 7) == 0) {
					free(trimmed);
					vals[n].raw = fmt("%s", vals[n].norm);
				}
				n++;
			} else {
				free(trimmed);
			}
			xmlFree(c);
		}
	} else if (r->type != XPATH_NODESET) {
		xmlChar *c = xmlXPathCastToString(r);
		if (c && *c) {
			vals = must(calloc(1, sizeof *vals));
			vals[0].norm = fmt("%s", (const char *)c);
			vals[0].raw = fmt("%s", (const char *)c);
			n = 1;
		}
		xmlFree(c);
	}
	join_values(vals, n, norm, raw);
	for (size_t i = 0; i < n; i++) {
		free(vals[i].norm);
		free(vals[i].raw);
	}
	free(vals);
	xmlXPathFreeObject(r);
}

static void extract_set(bt_doc *d, xmlNode *parent, const fx_bt_group *g, bt_set *out);

/* Orders strings (for sorting signatures). */
static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Builds the signature of an instance from its values and sub-groups. */
static char *signature(const fx_bt_group *g, const bt_inst *in)
{
	size_t len = 1;
	for (size_t f = 0; f < g->n_fields; f++)
		len += strlen(g->fields[f].bt) + (in->norm[f] ? strlen(in->norm[f]) : 0) + 3;
	char **subsigs = NULL;
	size_t nsub = 0;
	for (size_t s = 0; s < g->n_subs; s++)
		for (size_t i = 0; i < in->subs[s].n; i++) {
			subsigs = must(realloc(subsigs, (nsub + 1) * sizeof *subsigs));
			subsigs[nsub] = fmt("%zu{%s}", s, in->subs[s].items[i].sig);
			len += strlen(subsigs[nsub++]) + 1;
		}
	if (nsub)
		qsort(subsigs, nsub, sizeof *subsigs, str_cmp);
	char *sig = must(calloc(1, len));
	for (size_t f = 0; f < g->n_fields; f++) {
		if (!in->norm[f])
			continue;
		strcat(sig, g->fields[f].bt);
		strcat(sig, "=");
		strcat(sig, in->norm[f]);
		strcat(sig, ";");
	}
	for (size_t i = 0; i < nsub; i++) {
		strcat(sig, subsigs[i]);
		free(subsigs[i]);
	}
	free(subsigs);
	return sig;
}

/* Builds the pairing key from the key terms (NULL when all are absent). */
static char *make_key(const fx_bt_group *g, const bt_inst *in)
{
	char *key = NULL;
	for (size_t k = 0; k < 3 && g->key[k]; k++) {
		for (size_t f = 0; f < g->n_fields; f++) {
			if (strcmp(g->fields[f].bt, g->key[k]) != 0 || !in->norm[f])
				continue;
			char *next = key ? fmt("%s %s", key, in->norm[f]) : fmt("%s", in->norm[f]);
			free(key);
			key = next;
		}
	}
	return key;
}

/* Extracts one instance of g at node. */
static void extract_inst(bt_doc *d, xmlNode *node, const fx_bt_group *g, bt_inst *in)
{
	in->norm = must(calloc(g->n_fields + 1, sizeof *in->norm));
	in->raw = must(calloc(g->n_fields + 1, sizeof *in->raw));
	for (size_t f = 0; f < g->n_fields; f++)
		extract_field(d, node, &g->fields[f], &in->norm[f], &in->raw[f]);
	in->subs = must(calloc(g->n_subs + 1, sizeof *in->subs));
	for (size_t s = 0; s < g->n_subs; s++)
		extract_set(d, node, &g->subs[s], &in->subs[s]);
	in->key = make_key(g, in);
	in->sig = signature(g, in);
}

/* Extracts every instance of g under parent. */
static void extract_set(bt_doc *d, xmlNode *parent, const fx_bt_group *g, bt_set *out)
{
	d->xp->node = parent;
	xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST g->xpath, d->xp);
	out->items = NULL;
	out->n = 0;
	if (!r || r->type != XPATH_NODESET || !r->nodesetval || r->nodesetval->nodeNr == 0) {
		xmlXPathFreeObject(r);
		return;
	}
	int n = r->nodesetval->nodeNr;
	xmlNode **nodes = must(malloc((size_t)n * sizeof *nodes));
	memcpy(nodes, r->nodesetval->nodeTab, (size_t)n * sizeof *nodes);
	xmlXPathFreeObject(r);
	out->items = must(calloc((size_t)n, sizeof *out->items));
	for (int i = 0; i < n; i++)
		extract_inst(d, nodes[i], g, &out->items[i]);
	out->n = (size_t)n;
	free(nodes);
}

static void free_set(const fx_bt_group *g, bt_set *s);

/* Frees one instance. */
static void free_inst(const fx_bt_group *g, bt_inst *in)
{
	for (size_t f = 0; f < g->n_fields; f++) {
		free(in->norm[f]);
		free(in->raw[f]);
	}
	free(in->norm);
	free(in->raw);
	for (size_t s = 0; s < g->n_subs; s++)
		free_set(&g->subs[s], &in->subs[s]);
	free(in->subs);
	free(in->key);
	free(in->sig);
}

/* Frees a set of instances. */
static void free_set(const fx_bt_group *g, bt_set *s)
{
	for (size_t i = 0; i < s->n; i++)
		free_inst(g, &s->items[i]);
	free(s->items);
}

/* Returns "ctx / name 'key'" (or "#index" when there is no key). */
static char *inst_label(const char *ctx, const fx_bt_group *g, const bt_inst *in, size_t index)
{
	if (!*g->name)
		return fmt("%s", ctx);
	char *own = in->key ? fmt("%s '%s'", g->name, in->key) : fmt("%s #%zu", g->name, index + 1);
	char *label = *ctx ? fmt("%s / %s", ctx, own) : own;
	if (*ctx)
		free(own);
	return label;
}

/* Returns a quoted value or "(absent)". */
static char *shown(const char *v)
{
	return v ? fmt("'%s'", v) : fmt("(absent)");
}

static void compare_sets(const fx_bt_group *g, const bt_set *a, const bt_set *b, const char *ctx,
                         fx_bt_diffs *out);

/* Compares two paired instances field by field, then their sub-groups. */
static void compare_inst(const fx_bt_group *g, const bt_inst *a, const bt_inst *b,
                         const char *label, fx_bt_diffs *out)
{
	for (size_t f = 0; f < g->n_fields; f++) {
		const char *x = a->norm[f], *y = b->norm[f];
		if ((!x && !y) || (x && y && strcmp(x, y) == 0))
			continue;
		char *sx = shown(a->raw[f]), *sy = shown(b->raw[f]);
		add_diff(out, fmt("%s%s%s: official %s, ours %s", g->fields[f].bt,
		                  *label ? " " : "", label, sx, sy));
		free(sx);
		free(sy);
	}
	for (size_t s = 0; s < g->n_subs; s++)
		compare_sets(&g->subs[s], &a->subs[s], &b->subs[s], label, out);
}

/* Compares two sets of instances as multisets: identical instances first,
 * then pairs with the same key, then the rest in order. */
static void compare_sets(const fx_bt_group *g, const bt_set *a, const bt_set *b, const char *ctx,
                         fx_bt_diffs *out)
{
	bool *ua = must(calloc(a->n + 1, sizeof *ua));
	bool *ub = must(calloc(b->n + 1, sizeof *ub));
	for (size_t i = 0; i < a->n; i++)
		for (size_t j = 0; j < b->n && !ua[i]; j++)
			if (!ub[j] && strcmp(a->items[i].sig, b->items[j].sig) == 0)
				ua[i] = ub[j] = true;
	for (size_t i = 0; i < a->n; i++) {
		for (size_t j = 0; j < b->n && !ua[i] && a->items[i].key; j++) {
			if (ub[j] || !b->items[j].key || strcmp(a->items[i].key, b->items[j].key))
				continue;
			char *label = inst_label(ctx, g, &a->items[i], i);
			compare_inst(g, &a->items[i], &b->items[j], label, out);
			free(label);
			ua[i] = ub[j] = true;
		}
	}
	size_t j = 0;
	for (size_t i = 0; i < a->n; i++) {
		if (ua[i])
			continue;
		while (j < b->n && ub[j])
			j++;
		char *label = inst_label(ctx, g, &a->items[i], i);
		if (j < b->n) {
			compare_inst(g, &a->items[i], &b->items[j], label, out);
			ub[j] = true;
		} else {
			add_diff(out, fmt("%s: only in the official file", label));
		}
		ua[i] = true;
		free(label);
	}
	for (j = 0; j < b->n; j++) {
		if (ub[j])
			continue;
		char *label = inst_label(ctx, g, &b->items[j], j);
		add_diff(out, fmt("%s: only in ours", label));
		free(label);
	}
	free(ua);
	free(ub);
}

/* Parses a document (no network, no DTD) and prepares XPath with the
 * CII namespace prefixes. */
static int open_doc(const char *data, size_t len, bt_doc *d)
{
	d->doc = xmlReadMemory(data, (int)len, NULL, NULL,
	                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!d->doc)
		return -1;
	d->xp = must(xmlXPathNewContext(d->doc));
	xmlXPathRegisterNs(d->xp, BAD_CAST "rsm",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
	xmlXPathRegisterNs(d->xp, BAD_CAST "ram",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:"
	                            "ReusableAggregateBusinessInformationEntity:100");
	xmlXPathRegisterNs(d->xp, BAD_CAST "udt",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");
	xmlXPathRegisterNs(d->xp, BAD_CAST "qdt",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:QualifiedDataType:100");
	return 0;
}

/* Frees a parsed document. */
static void close_doc(bt_doc *d)
{
	if (d->xp)
		xmlXPathFreeContext(d->xp);
	xmlFreeDoc(d->doc);
}

/* Compares two CII documents BT by BT. */
int fx_bt_compare_memory(const char *a, size_t alen, const char *b, size_t blen, fx_bt_diffs *out)
{
	bt_doc da = {0}, db = {0};
	out->items = NULL;
	out->count = 0;
	int rc = 0;
	if (open_doc(a, alen, &da) != 0) {
		add_diff(out, fmt("the official document does not parse"));
		rc = -1;
	} else if (open_doc(b, blen, &db) != 0) {
		add_diff(out, fmt("our document does not parse"));
		rc = -1;
	} else {
		const fx_bt_group *root = fx_bt_table_root();
		bt_set sa, sb;
		extract_set(&da, (xmlNode *)da.doc, root, &sa);
		extract_set(&db, (xmlNode *)db.doc, root, &sb);
		compare_sets(root, &sa, &sb, "", out);
		free_set(root, &sa);
		free_set(root, &sb);
	}
	close_doc(&da);
	close_doc(&db);
	return rc;
}

/* Frees the differences. */
void fx_bt_diffs_free(fx_bt_diffs *d)
{
	for (size_t i = 0; i < d->count; i++)
		free(d->items[i]);
	free(d->items);
	d->items = NULL;
	d->count = 0;
}

/* Counts the fields of g and its sub-groups. */
static size_t count_fields(const fx_bt_group *g)
{
	size_t n = g->n_fields;
	for (size_t s = 0; s < g->n_subs; s++)
		n += count_fields(&g->subs[s]);
	return n;
}

/* Returns the number of fields in the table. */
size_t fx_bt_field_count(void)
{
	return count_fields(fx_bt_table_root());
}
