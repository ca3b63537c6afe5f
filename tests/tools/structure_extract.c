/*
 * Reads the official XSDs (Factur-X 1.09.2, five profiles, and the CII D16B
 * uncoupled schema, from the shared folder) and prints the element tree they
 * describe in the format of schemas/cii-structure.txt (docs/
 * validate-structure.md): one merged description, one cardinality column
 * per schema.
 *
 * Usage: structure_extract SHARED_DIR             prints the description
 *        structure_extract SHARED_DIR --check FILE compares it with FILE
 *                                                  (comments, blank lines and
 *                                                  runs of spaces ignored)
 * Exit status: 0 same (or printed), 1 different or error, 77 no shared folder.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#define NSETS 6
#define MAX_TYPES 512
#define MAX_ITEMS 96
#define MAX_FILES 8

/* The schemas, in the order of the cardinality columns. */
static const char *const set_main[NSETS] = {
    "reference/xsd/facturx-1.09.2/MINIMUM/FACTUR-X_MINIMUM.xsd",
    "reference/xsd/facturx-1.09.2/BASICWL/FACTUR-X_BASICWL.xsd",
    "reference/xsd/facturx-1.09.2/BASIC/FACTUR-X_BASIC.xsd",
    "reference/xsd/facturx-1.09.2/EN16931/FACTUR-X_EN16931.xsd",
    "reference/xsd/facturx-1.09.2/EXTENDED/FACTUR-X_EXTENDED.xsd",
    "reference/xsd/cii-d16b-uncoupled/CII/uncefact/data/standard/"
    "CrossIndustryInvoice_100pD16B.xsd"};

/* Namespace URIs and the prefixes the description uses for them. */
static const char *const ns_uri[] = {
    "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "http://www.w3.org/2001/XMLSchema"};
static const char *const ns_prefix[] = {"rsm", "ram", "qdt", "udt", "xs"};

/** One element of a content model, or one attribute. */
typedef struct item {
	char *name;
	char *type;  /* "pfx:Name" (a type of the description or xs:builtin) */
	int min;     /* elements: minOccurs; attributes: 1 when required */
	int max;     /* elements: maxOccurs, -1 unbounded */
	char *fixed; /* attributes: fixed value or NULL */
} item;

/** One complex type (or named simple type) of one schema. */
typedef struct xtype {
	char *name;      /* "pfx:Name", anonymous: "pfx:Owner/Element" */
	char kind;       /* 's' sequence, 'c' choice, 't' simple content, 'b' simple type */
	char *base;      /* 't', 'b': the base type as written */
	char facets[32]; /* 'b': "[min,max]" length facets, or "" */
	item elems[MAX_ITEMS];
	int nelems;
	item attrs[MAX_ITEMS];
	int nattrs;
	bool reachable;
} xtype;

/** All types of one schema. */
typedef struct xset {
	xtype types[MAX_TYPES];
	int ntypes;
	char *root_name; /* the global element */
	char *root_type;
} xset;

static xset sets[NSETS];
static bool failed;

/* Reports a problem of the official files and marks the run failed. */
static void problem(const char *what, const char *name)
{
	fprintf(stderr, "structure_extract: %s: %s\n", what, name);
	failed = true;
}

/* Returns a malloc'ed copy of s. */
static char *dup(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* Returns the prefix of the description for namespace uri, or NULL. */
static const char *prefix_of(const xmlChar *uri)
{
	for (size_t i = 0; uri && i < sizeof ns_uri / sizeof ns_uri[0]; i++)
		if (strcmp((const char *)uri, ns_uri[i]) == 0)
			return ns_prefix[i];
	return NULL;
}

/* Resolves the QName attribute attr of node to "pfx:Local" (malloc'ed). */
static char *qname_attr(xmlNodePtr node, const char *attr)
{
	xmlChar *v = xmlGetProp(node, BAD_CAST attr);
	if (!v)
		return NULL;
	const char *colon = strchr((const char *)v, ':');
	xmlChar *pfx = colon ? xmlStrndup(v, (int)(colon - (const char *)v)) : NULL;
	xmlNsPtr ns = xmlSearchNs(node->doc, node, pfx);
	const char *p = ns ? prefix_of(ns->href) : NULL;
	char out[512];
	if (!p)
		problem("unknown namespace prefix in", (const char *)v);
	snprintf(out, sizeof out, "%s:%s", p ? p : "?", colon ? colon + 1 : (const char *)v);
	xmlFree(pfx);
	xmlFree(v);
	return strdup(out);
}

/* Returns the integer attribute attr of node, def when absent, -1 when
 * "unbounded". */
static int occurs(xmlNodePtr node, const char *attr, int def)
{
	xmlChar *v = xmlGetProp(node, BAD_CAST attr);
	if (!v)
		return def;
	int n = strcmp((const char *)v, "unbounded") == 0 ? -1 : atoi((const char *)v);
	xmlFree(v);
	return n;
}

/* True when node is the XSD element local. */
static bool is_xs(xmlNodePtr node, const char *local)
{
	return node->type == XML_ELEMENT_NODE && node->ns &&
	       strcmp((const char *)node->ns->href, ns_uri[4]) == 0 &&
	       strcmp((const char *)node->name, local) == 0;
}

/* Returns the string attribute attr of node, malloc'ed, or NULL. */
static char *str_attr(xmlNodePtr node, const char *attr)
{
	xmlChar *v = xmlGetProp(node, BAD_CAST attr);
	char *s = dup((const char *)v);
	xmlFree(v);
	return s;
}

static xtype *add_complex(xset *set, const char *name, xmlNodePtr node);

/* Reads the attribute declaration node into the type t. */
static void read_attribute(xtype *t, xmlNodePtr node)
{
	if (t->nattrs >= MAX_ITEMS) {
		problem("too many attributes in", t->name);
		return;
	}
	item *a = &t->attrs[t->nattrs++];
	a->name = str_attr(node, "name");
	a->type = qname_attr(node, "type");
	char *use = str_attr(node, "use");
	a->min = use && strcmp(use, "required") == 0;
	free(use);
	a->fixed = str_attr(node, "fixed");
	if (!a->name || !a->type)
		problem("attribute without name or type in", t->name);
}

/* Reads the element particles of the model group node into t. */
static void read_group(xset *set, xtype *t, xmlNodePtr group)
{
	for (xmlNodePtr c = group->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || is_xs(c, "annotation"))
			continue;
		if (!is_xs(c, "element")) {
			problem("unsupported particle in", t->name);
			continue;
		}
		if (t->nelems >= MAX_ITEMS) {
			problem("too many elements in", t->name);
			return;
		}
		item *e = &t->elems[t->nelems++];
		e->name = str_attr(c, "name");
		e->min = occurs(c, "minOccurs", 1);
		e->max = occurs(c, "maxOccurs", 1);
		e->type = qname_attr(c, "type");
		if (!e->type) {
			xmlNodePtr anon = c->children;
			while (anon && !is_xs(anon, "complexType"))
				anon = anon->next;
			char name[512];
			snprintf(name, sizeof name, "%s/%s", t->name, e->name);
			if (!anon)
				problem("element without type in", t->name);
			else
				add_complex(set, name, anon);
			e->type = strdup(name);
		}
	}
}

/* Reads the complexType node named name into set and returns it. */
static xtype *add_complex(xset *set, const char *name, xmlNodePtr node)
{
	if (set->ntypes >= MAX_TYPES) {
		problem("too many types, at", name);
		return NULL;
	}
	xtype *t = &set->types[set->ntypes++];
	t->name = strdup(name);
	t->kind = 's';
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (is_xs(c, "sequence") || is_xs(c, "choice")) {
			t->kind = is_xs(c, "choice") ? 'c' : 's';
			if (occurs(c, "minOccurs", 1) != 1 || occurs(c, "maxOccurs", 1) != 1)
				problem("repeated model group in", name);
			read_group(set, t, c);
		} else if (is_xs(c, "simpleContent")) {
			t->kind = 't';
			xmlNodePtr ext = c->children;
			while (ext && !is_xs(ext, "extension"))
				ext = ext->next;
			if (!ext) {
				problem("simple content without extension in", name);
				continue;
			}
			t->base = qname_attr(ext, "base");
			for (xmlNodePtr a = ext->children; a; a = a->next)
				if (is_xs(a, "attribute"))
					read_attribute(t, a);
				else if (a->type == XML_ELEMENT_NODE)
					problem("unsupported extension content in", name);
		} else if (is_xs(c, "attribute")) {
			read_attribute(t, c);
		} else if (c->type == XML_ELEMENT_NODE && !is_xs(c, "annotation")) {
			problem("unsupported complex type content in", name);
		}
	}
	xmlChar *mixed = xmlGetProp(node, BAD_CAST "mixed");
	if (mixed)
		problem("mixed content in", name);
	xmlFree(mixed);
	return t;
}

/* Reads the simpleType node named name (a restriction without facets). */
static void add_simple(xset *set, const char *name, xmlNodePtr node)
{
	if (set->ntypes >= MAX_TYPES) {
		problem("too many types, at", name);
		return;
	}
	xtype *t = &set->types[set->ntypes++];
	t->name = strdup(name);
	t->kind = 'b';
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (is_xs(c, "restriction")) {
			t->base = qname_attr(c, "base");
			int lo = -1, hi = -1;
			for (xmlNodePtr f = c->children; f; f = f->next)
				if (is_xs(f, "minLength"))
					lo = occurs(f, "value", -1);
				else if (is_xs(f, "maxLength"))
					hi = occurs(f, "value", -1);
				else if (f->type == XML_ELEMENT_NODE && !is_xs(f, "annotation"))
					problem("unsupported facet in simple type", name);
			if (lo >= 0 || hi >= 0)
				snprintf(t->facets, sizeof t->facets, "[%d,%d]", lo < 0 ? 0 : lo,
				         hi);
		} else if (c->type == XML_ELEMENT_NODE && !is_xs(c, "annotation")) {
			problem("unsupported simple type", name);
		}
	}
	if (!t->base)
		problem("simple type without base", name);
}

/* Loads the schema file path (and, recursively, the files it imports). */
static void load_file(xset *set, const char *path, char loaded[][4096], int *nloaded)
{
	for (int i = 0; i < *nloaded; i++)
		if (strcmp(loaded[i], path) == 0)
			return;
	if (*nloaded >= MAX_FILES) {
		problem("too many schema files, at", path);
		return;
	}
	snprintf(loaded[(*nloaded)++], 4096, "%s", path);
	xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
	if (!doc) {
		problem("cannot read", path);
		return;
	}
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlChar *tns = xmlGetProp(root, BAD_CAST "targetNamespace");
	const char *pfx = prefix_of(tns);
	xmlFree(tns);
	if (!pfx) {
		problem("unknown target namespace in", path);
		xmlFreeDoc(doc);
		return;
	}
	for (xmlNodePtr c = root->children; c; c = c->next) {
		char *local =
		    is_xs(c, "complexType") || is_xs(c, "simpleType") || is_xs(c, "element")
		        ? str_attr(c, "name")
		        : NULL;
		char name[512];
		snprintf(name, sizeof name, "%s:%s", pfx, local ? local : "");
		if (is_xs(c, "import")) {
			char *loc = str_attr(c, "schemaLocation");
			char dir[4096];
			snprintf(dir, sizeof dir, "%s", path);
			char *slash = strrchr(dir, '/');
			if (slash)
				*slash = '\0';
			char next[8300];
			snprintf(next, sizeof next, "%s/%s", dir, loc ? loc : "");
			free(loc);
			load_file(set, next, loaded, nloaded);
		} else if (is_xs(c, "complexType")) {
			add_complex(set, name, c);
		} else if (is_xs(c, "simpleType")) {
			add_simple(set, name, c);
		} else if (is_xs(c, "element")) {
			if (set->root_name)
				problem("second global element", name);
			set->root_name = strdup(name);
			set->root_type = qname_attr(c, "type");
		} else if (c->type == XML_ELEMENT_NODE && !is_xs(c, "annotation")) {
			problem("unsupported top-level declaration in", path);
		}
		free(local);
	}
	xmlFreeDoc(doc);
}

/* Returns the type named name in set, or NULL. */
static xtype *find_type(xset *set, const char *name)
{
	for (int i = 0; i < set->ntypes; i++)
		if (strcmp(set->types[i].name, name) == 0)
			return &set->types[i];
	return NULL;
}

/* Resolves a simple type name to its XSD built-in ("xs:token"), followed by
 * its length facets ("xs:token[1,3]"; max -1: none). */
static const char *builtin_of(xset *set, const char *name)
{
	static char out[8][96];
	static int next;
	const char *facets = "";
	for (int depth = 0; name && depth < 16; depth++) {
		if (strncmp(name, "xs:", 3) == 0) {
			if (!*facets)
				return name;
			char *o = out[next++ % 8];
			snprintf(o, sizeof out[0], "%s%s", name, facets);
			return o;
		}
		xtype *t = find_type(set, name);
		if (!t || t->kind != 'b')
			break;
		if (*t->facets && *facets)
			problem("length facets on two levels in", name);
		if (*t->facets)
			facets = t->facets;
		name = t->base;
	}
	problem("cannot resolve simple type", name ? name : "?");
	return "xs:?";
}

/* Marks the types reachable from type name in set. */
static void mark(xset *set, const char *name)
{
	xtype *t = find_type(set, name);
	if (!t || t->reachable)
		return;
	t->reachable = true;
	for (int i = 0; i < t->nelems; i++)
		mark(set, t->elems[i].type);
	if (t->kind == 't' && t->base && strncmp(t->base, "xs:", 3) != 0) {
		xtype *b = find_type(set, t->base);
		if (b && b->kind != 'b')
			problem("simple content derived from a complex type in", name);
	}
}

/* Returns the type an element or attribute refers to, simple types resolved
 * to their built-in. */
static const char *ref_type(xset *set, const char *name)
{
	xtype *t = find_type(set, name);
	if (t && t->kind == 'b')
		return builtin_of(set, name);
	if (!t && strncmp(name, "xs:", 3) != 0)
		problem("unknown type", name);
	return name;
}

/* Returns the cardinality code of an element (see the description's header). */
static char elem_code(const item *e)
{
	if (e->min == 1 && e->max == 1)
		return '1';
	if (e->min == 0 && e->max == 1)
		return '?';
	if (e->min == 0 && e->max == 2)
		return '2';
	if (e->min == 0 && e->max == -1)
		return '*';
	if (e->min == 1 && e->max == -1)
		return '+';
	problem("unsupported cardinality of", e->name);
	return '!';
}

/** A merged list of element or attribute names. */
typedef struct merged {
	const char *names[MAX_ITEMS * 2];
	int n;
} merged;

/* Returns the index of name in m, or -1. */
static int merged_find(const merged *m, const char *name)
{
	for (int i = 0; i < m->n; i++)
		if (strcmp(m->names[i], name) == 0)
			return i;
	return -1;
}

/* Merges the names of list (n items) into m, keeping the order of both. */
static void merge_list(merged *m, const item *list, int n, const char *owner)
{
	int after = -1; /* position in m of the last name of list seen */
	for (int i = 0; i < n; i++) {
		int at = merged_find(m, list[i].name);
		if (at >= 0) {
			if (at < after)
				problem("element order differs between schemas in", owner);
			after = at;
			continue;
		}
		if (m->n >= MAX_ITEMS * 2) {
			problem("too many names in", owner);
			return;
		}
		memmove(&m->names[after + 2], &m->names[after + 1],
		        (size_t)(m->n - after - 1) * sizeof m->names[0]);
		m->names[after + 1] = list[i].name;
		m->n++;
		after++;
	}
}

/* Returns the item named name in list, or NULL. */
static const item *find_item(const item *list, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(list[i].name, name) == 0)
			return &list[i];
	return NULL;
}

/* Compares two type names for sorting. */
static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Prints the merged description of type name to out. */
static void print_type(FILE *out, const char *name)
{
	xtype *per[NSETS];
	char kind = 0;
	const char *base = NULL;
	for (int s = 0; s < NSETS; s++) {
		xtype *t = find_type(&sets[s], name);
		per[s] = t && t->reachable ? t : NULL;
		/* a type without content (no model group) agrees with any group */
		if (!per[s] || (per[s]->kind == 's' && per[s]->nelems == 0 && !per[s]->nattrs))
			continue;
		char k = per[s]->kind;
		const char *b = k == 't' ? ref_type(&sets[s], per[s]->base) : NULL;
		if (kind && k != kind)
			problem("kind differs between schemas for", name);
		if (base && b && strcmp(base, b) != 0)
			problem("base type differs between schemas for", name);
		kind = k;
		if (b)
			base = b;
	}
	if (kind == 't')
		fprintf(out, "type %s simple %s\n", name, base);
	else
		fprintf(out, "type %s %s\n", name, kind == 'c' ? "choice" : "sequence");
	for (int pass = 0; pass < 2; pass++) {
		merged m = {.n = 0};
		for (int s = NSETS - 1; s >= 0; s--)
			if (per[s])
				merge_list(&m, pass ? per[s]->attrs : per[s]->elems,
				           pass ? per[s]->nattrs : per[s]->nelems, name);
		for (int i = 0; i < m.n; i++) {
			char codes[NSETS + 1] = {0};
			const char *type = NULL;
			const char *fixed = NULL;
			for (int s = 0; s < NSETS; s++) {
				const item *it = NULL;
				if (per[s])
					it = pass ? find_item(per[s]->attrs, per[s]->nattrs,
					                      m.names[i])
					          : find_item(per[s]->elems, per[s]->nelems,
					                      m.names[i]);
				if (!it) {
					codes[s] = '-';
					continue;
				}
				codes[s] = pass ? (it->min ? '1' : '?') : elem_code(it);
				const char *ty = ref_type(&sets[s], it->type);
				if (type && strcmp(type, ty) != 0)
					problem("type differs between schemas for", m.names[i]);
				type = ty;
				if (it->fixed && fixed && strcmp(fixed, it->fixed) != 0)
					problem("fixed value differs between schemas for",
					        m.names[i]);
				if (it->fixed)
					fixed = it->fixed;
			}
			char label[128];
			snprintf(label, sizeof label, "%s%s", pass ? "@" : "", m.names[i]);
			fprintf(out, "\t%-52s %-46s %s", label, type, codes);
			if (fixed)
				fprintf(out, " fixed=%s", fixed);
			fprintf(out, "\n");
		}
	}
}

/* Prints the whole description to out. */
static void print_all(FILE *out)
{
	fprintf(out, "root %s %s\n", sets[0].root_name, sets[0].root_type);
	const char *names[MAX_TYPES * NSETS];
	int n = 0;
	for (int s = 0; s < NSETS; s++)
		for (int i = 0; i < sets[s].ntypes; i++) {
			xtype *t = &sets[s].types[i];
			bool seen = false;
			for (int j = 0; j < n && !seen; j++)
				seen = strcmp(names[j], t->name) == 0;
			if (t->reachable && !seen)
				names[n++] = t->name;
		}
	qsort(names, (size_t)n, sizeof names[0], cmp_names);
	for (int i = 0; i < n; i++)
		print_type(out, names[i]);
}

/* Appends line (comments and blank lines dropped, spaces collapsed) to out. */
static void normalise_line(const char *line, char *out, size_t cap)
{
	size_t n = strlen(out);
	while (*line == ' ' || *line == '\t')
		line++;
	if (*line == '#' || *line == '\n' || *line == '\0')
		return;
	bool space = false;
	for (; *line && *line != '\n' && n + 2 < cap; line++) {
		if (*line == ' ' || *line == '\t') {
			space = true;
			continue;
		}
		if (space)
			out[n++] = ' ';
		space = false;
		out[n++] = *line;
	}
	out[n++] = '\n';
	out[n] = '\0';
}

/* Normalises the whole text of f into a malloc'ed string. */
static char *normalise_file(FILE *f)
{
	size_t cap = 1 << 20;
	char *out = calloc(1, cap);
	char line[4096];
	while (out && fgets(line, sizeof line, f))
		normalise_line(line, out, cap);
	return out;
}

/* Prints the first line where a and b differ. */
static void show_difference(const char *a, const char *b)
{
	int line = 1;
	while (*a && *a == *b) {
		if (*a == '\n')
			line++;
		a++;
		b++;
	}
	while (line > 1 && a[-1] != '\n') {
		a--;
		b--;
	}
	fprintf(stderr,
	        "first difference at significant line %d:\n  official: %.*s\n  file:     %.*s\n",
	        line, (int)strcspn(a, "\n"), a, (int)strcspn(b, "\n"), b);
}

/* Extracts the description and prints or checks it. */
int main(int argc, char **argv)
{
	if (argc != 2 && !(argc == 4 && strcmp(argv[2], "--check") == 0)) {
		fprintf(stderr, "usage: %s SHARED_DIR [--check FILE]\n", argv[0]);
		return 1;
	}
	struct stat st;
	char probe[4200];
	snprintf(probe, sizeof probe, "%s/reference/xsd", argv[1]);
	if (stat(probe, &st) != 0) {
		fprintf(stderr, "%s: no shared folder, skipped\n", probe);
		return 77;
	}
	for (int s = 0; s < NSETS; s++) {
		char path[4200];
		snprintf(path, sizeof path, "%s/%s", argv[1], set_main[s]);
		static char loaded[MAX_FILES][4096];
		int nloaded = 0;
		load_file(&sets[s], path, loaded, &nloaded);
		if (!sets[s].root_type) {
			problem("no global element in", path);
			return 1;
		}
		mark(&sets[s], sets[s].root_type);
		if (s && (strcmp(sets[s].root_name, sets[0].root_name) != 0 ||
		          strcmp(sets[s].root_type, sets[0].root_type) != 0))
			problem("root element differs in", path);
	}
	if (argc == 2) {
		print_all(stdout);
		return failed ? 1 : 0;
	}
	FILE *tmp = tmpfile();
	FILE *mine = fopen(argv[3], "r");
	if (!tmp || !mine) {
		fprintf(stderr, "cannot open %s\n", argv[3]);
		return 1;
	}
	print_all(tmp);
	rewind(tmp);
	char *official = normalise_file(tmp);
	char *file = normalise_file(mine);
	fclose(tmp);
	fclose(mine);
	bool same = official && file && strcmp(official, file) == 0;
	if (!same && official && file)
		show_difference(official, file);
	else if (same)
		printf("%s describes the official XSDs exactly\n", argv[3]);
	free(official);
	free(file);
	return same && !failed ? 0 : 1;
}
