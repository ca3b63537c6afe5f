/*
 * Reads the structure material (schemas/cii-structure.txt, compiled into the
 * library) into the model of structure.h, once per process.
 */
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemastypes.h>

#include "core/error.h"
#include "validate/structure.h"

/* Defined by the file generated from schemas/embed.cmake. */
const char *fx_structure_material(size_t *len);

const char *const fx_st_ns_uri[FX_ST_NS_COUNT] = {
    "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"};
const char *const fx_st_ns_prefix[FX_ST_NS_COUNT] = {"rsm", "ram", "qdt", "udt"};

static const char *const builtin_names[] = {"string", "token", "decimal",  "base64Binary",
                                            "anyURI", "date",  "dateTime", "boolean"};

/** The reader's state: the text split in place, and where it is. */
typedef struct reader {
	fx_st_model *m;
	char *text; /* private copy, tokens end with NUL */
	int line;   /* current line (1-based) */
	char *err;
	size_t err_cap;
	int status;
} reader;

/** The model and the copy of the text its strings point into. */
typedef struct model_block {
	fx_st_model model;
	char *text;
	const fx_st_item **pointers; /* storage of every view */
} model_block;

/* Records the first problem of the material and returns FX_EINVAL. */
static int fail(reader *rd, const char *what, const char *token)
{
	if (rd->status == FX_OK)
		snprintf(rd->err, rd->err_cap, "line %d: %s%s%s", rd->line, what, token ? ": " : "",
		         token ? token : "");
	rd->status = FX_EINVAL;
	return FX_EINVAL;
}

/* Returns the name of built-in b. */
const char *fx_st_builtin_name(fx_st_builtin b)
{
	return builtin_names[b];
}

/* FNV-1a hash of a name. */
unsigned fx_st_hash(const char *name)
{
	unsigned h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = (h ^ *p) * 16777619u;
	return h;
}

/* Least occurrences of a code. */
unsigned fx_st_min(char c)
{
	return (c == '1' || c == '+') ? 1 : 0;
}

/* Greatest occurrences of a code. */
unsigned fx_st_max(char c)
{
	switch (c) {
	case '1':
	case '?':
		return 1;
	case '2':
		return 2;
	case '*':
	case '+':
		return UINT_MAX;
	default:
		return 0;
	}
}

/* The schema index of a profile. */
int fx_st_schema(bool has_profile, fx_profile profile)
{
	return has_profile && (unsigned)profile <= FX_PROFILE_EXTENDED ? (int)profile : FX_ST_D16B;
}

/* The name of a schema for messages. */
const char *fx_st_schema_name(int s)
{
	return s == FX_ST_D16B ? "CII D16B" : fx_profile_name((fx_profile)s);
}

/* Parses "xs:<builtin>" or "xs:<builtin>[min,max]" into out. */
static bool parse_builtin(const char *s, fx_st_simple *out)
{
	if (strncmp(s, "xs:", 3) != 0)
		return false;
	s += 3;
	size_t n = strcspn(s, "[");
	out->min_length = -1;
	out->max_length = -1;
	for (size_t i = 0; i < sizeof builtin_names / sizeof builtin_names[0]; i++) {
		if (strlen(builtin_names[i]) != n || strncmp(s, builtin_names[i], n) != 0)
			continue;
		out->builtin = (fx_st_builtin)i;
		if (s[n] == '\0')
			return true;
		return sscanf(s + n, "[%d,%d]", &out->min_length, &out->max_length) == 2 &&
		       out->min_length >= 0 && out->builtin == FX_XS_TOKEN;
	}
	return false;
}

/* Returns the namespace index of a "pfx:Name", or -1. */
static int ns_of(const char *qname)
{
	for (int i = 0; i < FX_ST_NS_COUNT; i++) {
		size_t n = strlen(fx_st_ns_prefix[i]);
		if (strncmp(qname, fx_st_ns_prefix[i], n) == 0 && qname[n] == ':')
			return i;
	}
	return -1;
}

/* Splits the next whitespace-separated token off *p (NULL at the end). */
static char *next_token(char **p)
{
	char *s = *p;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0')
		return NULL;
	char *start = s;
	while (*s && *s != ' ' && *s != '\t')
		s++;
	if (*s)
		*s++ = '\0';
	*p = s;
	return start;
}

/* True when codes is a valid code string for an element (or attribute). */
static bool valid_codes(const char *codes, bool attribute)
{
	if (strlen(codes) != FX_ST_SCHEMAS)
		return false;
	for (int i = 0; i < FX_ST_SCHEMAS; i++)
		if (!strchr(attribute ? "-?1" : "-1?2*+", codes[i]))
			return false;
	return true;
}

/* Grows an item array by one and returns the new item (NULL: no memory). */
static fx_st_item *push_item(fx_st_item **items, size_t *n)
{
	if ((*n & (*n - 1)) == 0) { /* 0, 1, 2, 4, ...: double the room */
		fx_st_item *grown = realloc(*items, (*n ? *n * 2 : 1) * sizeof **items);
		if (!grown)
			return NULL;
		*items = grown;
	}
	fx_st_item *it = &(*items)[(*n)++];
	memset(it, 0, sizeof *it);
	return it;
}

/* Reads a "type" line (after the keyword) into a new type of rd->m. */
static int read_type_line(reader *rd, char *rest, size_t *cap)
{
	fx_st_model *m = rd->m;
	char *name = next_token(&rest), *kind = next_token(&rest);
	if (!name || !kind || ns_of(name) < 0)
		return fail(rd, "bad type line", name);
	if (m->ntypes == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		fx_st_type *grown = realloc(m->types, ncap * sizeof *grown);
		if (!grown)
			return rd->status = FX_ENOMEM;
		m->types = grown;
		*cap = ncap;
	}
	fx_st_type *t = &m->types[m->ntypes++];
	memset(t, 0, sizeof *t);
	t->name = name;
	t->ns = ns_of(name);
	if (m->ntypes > 1 && strcmp(m->types[m->ntypes - 2].name, name) >= 0)
		return fail(rd, "types not sorted by name at", name);
	if (strcmp(kind, "sequence") == 0) {
		t->kind = FX_ST_SEQUENCE;
	} else if (strcmp(kind, "choice") == 0) {
		t->kind = FX_ST_CHOICE;
	} else if (strcmp(kind, "simple") == 0) {
		t->kind = FX_ST_SIMPLE;
		char *base = next_token(&rest);
		if (!base || !parse_builtin(base, &t->simple))
			return fail(rd, "bad simple type base", base);
	} else {
		return fail(rd, "unknown type kind", kind);
	}
	return next_token(&rest) ? fail(rd, "extra text after type", name) : FX_OK;
}

/* Reads an element or attribute line into the last type. */
static int read_item_line(reader *rd, char *rest)
{
	if (rd->m->ntypes == 0)
		return fail(rd, "element before any type", NULL);
	fx_st_type *t = &rd->m->types[rd->m->ntypes - 1];
	char *fixed = strstr(rest, " fixed=");
	if (fixed) {
		*fixed = '\0';
		fixed += 7;
		size_t n = strlen(fixed);
		while (n > 0 &&
		       (fixed[n - 1] == ' ' || fixed[n - 1] == '\t' || fixed[n - 1] == '\r'))
			fixed[--n] = '\0';
	}
	char *name = next_token(&rest), *type = next_token(&rest), *codes = next_token(&rest);
	if (!name || !type || !codes || next_token(&rest))
		return fail(rd, "bad element line", name);
	bool attribute = name[0] == '@';
	if (!valid_codes(codes, attribute))
		return fail(rd, "bad codes", codes);
	if (!attribute && (t->kind == FX_ST_SIMPLE || fixed))
		return fail(rd, "element in a simple type, or fixed element", name);
	fx_st_item *it =
	    attribute ? push_item(&t->attrs, &t->nattrs) : push_item(&t->elems, &t->nelems);
	if (!it)
		return rd->status = FX_ENOMEM;
	it->name = attribute ? name + 1 : name;
	it->hash = fx_st_hash(it->name);
	it->type_name = type;
	memcpy(it->codes, codes, FX_ST_SCHEMAS);
	it->fixed = fixed;
	if (attribute && !parse_builtin(type, &it->simple))
		return fail(rd, "attribute of a type that is not a built-in", type);
	return FX_OK;
}

/* Compares a name with a type, for bsearch. */
static int cmp_type_name(const void *key, const void *elem)
{
	return strcmp(key, ((const fx_st_type *)elem)->name);
}

/* Finds a type by name. */
static const fx_st_type *find_type(const fx_st_model *m, const char *name)
{
	return bsearch(name, m->types, m->ntypes, sizeof m->types[0], cmp_type_name);
}

/* Resolves the element types and the root, and checks what the model needs. */
static int resolve(reader *rd, const char *root_type)
{
	fx_st_model *m = rd->m;
	rd->line = 0;
	m->root_type = root_type ? find_type(m, root_type) : NULL;
	if (!m->root_type)
		return fail(rd, "missing or unknown root type", root_type);
	for (size_t i = 0; i < m->ntypes; i++) {
		fx_st_type *t = &m->types[i];
		for (size_t j = 0; j < t->nelems; j++) {
			fx_st_item *e = &t->elems[j];
			if (parse_builtin(e->type_name, &e->simple))
				continue;
			e->type = find_type(m, e->type_name);
			if (!e->type)
				return fail(rd, "unknown element type", e->type_name);
		}
	}
	return FX_OK;
}

/* Builds the views of every type; pointers receives their storage. */
static int build_views(fx_st_model *m, const fx_st_item ***pointers)
{
	size_t total = 0;
	for (size_t i = 0; i < m->ntypes; i++)
		total += (m->types[i].nelems + m->types[i].nattrs) * FX_ST_SCHEMAS;
	const fx_st_item **p = calloc(total ? total : 1, sizeof *p);
	if (!p)
		return FX_ENOMEM;
	*pointers = p;
	for (size_t i = 0; i < m->ntypes; i++) {
		fx_st_type *t = &m->types[i];
		for (int s = 0; s < FX_ST_SCHEMAS; s++) {
			fx_st_view *v = &t->view[s];
			v->elems = p;
			for (size_t j = 0; j < t->nelems; j++)
				if (t->elems[j].codes[s] != '-')
					v->elems[v->nelems++] = &t->elems[j];
			p += v->nelems;
			v->attrs = p;
			for (size_t j = 0; j < t->nattrs; j++)
				if (t->attrs[j].codes[s] != '-')
					v->attrs[v->nattrs++] = &t->attrs[j];
			p += v->nattrs;
		}
	}
	return FX_OK;
}

/* Reads the material (see structure.h). */
int fx_st_model_parse(const char *text, size_t len, fx_st_model **out, char *err, size_t err_cap)
{
	model_block *b = calloc(1, sizeof *b);
	char *copy = malloc(len + 1);
	if (!b || !copy) {
		free(b);
		free(copy);
		return fx_error_oom();
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	b->text = copy;
	char msg[256] = "";
	reader rd = {.m = &b->model, .text = copy, .err = msg, .err_cap = sizeof msg};
	size_t cap = 0;
	char *root_type = NULL;
	for (char *line = copy; line && rd.status == FX_OK;) {
		char *end = strchr(line, '\n');
		if (end)
			*end = '\0';
		rd.line++;
		char *rest = line;
		if (line[0] == '\t' || line[0] == ' ') {
			char *probe = rest;
			while (*probe == ' ' || *probe == '\t')
				probe++;
			if (*probe && *probe != '#' && *probe != '\r')
				read_item_line(&rd, rest);
		} else if (line[0] != '#' && line[0] != '\0' && line[0] != '\r') {
			char *keyword = next_token(&rest);
			if (strcmp(keyword, "type") == 0) {
				read_type_line(&rd, rest, &cap);
			} else if (strcmp(keyword, "root") == 0 && !b->model.root_name) {
				char *name = next_token(&rest);
				root_type = next_token(&rest);
				if (!name || !root_type || ns_of(name) < 0)
					fail(&rd, "bad root line", NULL);
				else {
					b->model.root_ns = ns_of(name);
					b->model.root_name = strchr(name, ':') + 1;
				}
			} else {
				fail(&rd, "unknown line", keyword);
			}
		}
		line = end ? end + 1 : NULL;
	}
	if (rd.status == FX_OK)
		resolve(&rd, root_type);
	if (rd.status == FX_OK && build_views(&b->model, &b->pointers) != FX_OK)
		rd.status = FX_ENOMEM;
	if (rd.status != FX_OK) {
		int status = rd.status;
		fx_st_model_free(&b->model);
		if (err && err_cap)
			snprintf(err, err_cap, "%s", msg);
		return status == FX_ENOMEM ? fx_error_oom()
		                           : fx_error_set(FX_EINVAL, "structure material: %s", msg);
	}
	*out = &b->model;
	return FX_OK;
}

/* Frees a model. */
void fx_st_model_free(fx_st_model *m)
{
	if (!m)
		return;
	model_block *b = (model_block *)m; /* the model is the block's first member */
	for (size_t i = 0; i < m->ntypes; i++) {
		free(m->types[i].elems);
		free(m->types[i].attrs);
	}
	free(m->types);
	free(b->pointers);
	free(b->text);
	free(b);
}

static pthread_once_t model_once = PTHREAD_ONCE_INIT;
static fx_st_model *builtin_model;

/* Reads the compiled-in material (once). */
static void load_builtin(void)
{
	xmlSchemaInitTypes();
	size_t len = 0;
	const char *text = fx_structure_material(&len);
	char err[256];
	if (fx_st_model_parse(text, len, &builtin_model, err, sizeof err) != FX_OK)
		builtin_model = NULL;
}

/* The model of the compiled-in material. */
const fx_st_model *fx_st_model_get(void)
{
	pthread_once(&model_once, load_builtin);
	return builtin_model;
}
