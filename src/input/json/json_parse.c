/*
 * The JSON parser: values, objects and arrays with positions, limits and
 * duplicate keys (strings are decoded by json_parse_string.c).
 */
#include "input/json/json_parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/utf8.h"
#include "input/json/json_parse_state.h"

static int parse_value(fx_jp_state *st, const fx_json_path *path, int depth, fx_json_value *out);

/* Returns the name used for a source in messages. */
const char *fx_json_source_name(const char *source)
{
	return source && *source ? source : "<memory>";
}

/* Brings the column up to byte at and returns the position. */
void fx_jp_where(fx_jp_state *st, const unsigned char *at, uint32_t *line, uint32_t *col)
{
	while (st->sync < at) {
		if ((*st->sync & 0xC0) != 0x80)
			st->col++;
		st->sync++;
	}
	*line = st->line;
	*col = st->col;
}

/* Records an error at byte at with the path. */
int fx_jp_error(fx_jp_state *st, const unsigned char *at, const fx_json_path *path, const char *fmt,
                ...)
{
	char msg[768];
	uint32_t line, col;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fx_jp_where(st, at, &line, &col);
	return fx_json_error(st->source, line, col, path, "%s", msg);
}

/* Describes the character at st->p for "got ..." ("'x'", "end of input"). */
static void parse_got(const fx_jp_state *st, char *buf, size_t size)
{
	const unsigned char *q = st->p;
	if (q >= st->end) {
		snprintf(buf, size, "end of input");
	} else if (*q >= 0x20 && *q < 0x7F) {
		snprintf(buf, size, "'%c'", *q);
	} else if (*q >= 0x80 && fx_utf8_valid_len(q, (size_t)(st->end - q))) {
		snprintf(buf, size, "'%.*s'", (int)fx_utf8_valid_len(q, (size_t)(st->end - q)),
			 (const char *)q);
	} else {
		snprintf(buf, size, "byte 0x%02X", *q);
	}
}

/* Skips spaces, tabs and line breaks, counting lines. */
static void parse_skip_ws(fx_jp_state *st)
{
	while (st->p < st->end) {
		unsigned char c = *st->p;
		if (c == '\n') {
			st->p++;
			st->line++;
			st->col = 1;
			st->sync = st->p;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			st->p++;
		} else {
			break;
		}
	}
}

/* Records "expected <what>, got <char>" at the current byte. */
static int parse_expected(fx_jp_state *st, const fx_json_path *path, const char *what)
{
	char got[32];
	parse_got(st, got, sizeof got);
	return fx_jp_error(st, st->p, path, "expected %s, got %s", what, got);
}

/* True when c may appear in a number token. */
static int parse_numchar(unsigned char c)
{
	return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/* Checks the RFC 8259 number grammar on s/len. */
static int parse_number_ok(const unsigned char *s, size_t len)
{
	size_t i = 0;
	if (i < len && s[i] == '-')
		i++;
	if (i < len && s[i] == '0') {
		i++;
	} else if (i < len && s[i] >= '1' && s[i] <= '9') {
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	} else {
		return 0;
	}
	if (i < len && s[i] == '.') {
		size_t start = ++i;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == start)
			return 0;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		size_t start = i;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == start)
			return 0;
	}
	return i == len;
}

/* Parses a number token, keeping its text. */
static int parse_number(fx_jp_state *st, const fx_json_path *path, fx_json_value *out)
{
	const unsigned char *start = st->p;
	while (st->p < st->end && parse_numchar(*st->p))
		st->p++;
	size_t len = (size_t)(st->p - start);
	if (!parse_number_ok(start, len)) {
		char shown[64];
		snprintf(shown, sizeof shown, "%.*s%s", len > 40 ? 40 : (int)len,
		         (const char *)start, len > 40 ? "..." : "");
		return fx_jp_error(st, start, path, "invalid number '%s'", shown);
	}
	char *text = fx_arena_alloc(st->arena, len + 1);
	if (!text)
		return fx_error_oom();
	memcpy(text, start, len);
	text[len] = '\0';
	out->type = FX_JSON_NUMBER;
	out->str = text;
	out->len = len;
	return FX_OK;
}

/* Parses true, false or null. */
static int parse_literal(fx_jp_state *st, const fx_json_path *path, fx_json_value *out)
{
	static const struct {
		const char *word;
		fx_json_type type;
	} words[] = {{"true", FX_JSON_TRUE}, {"false", FX_JSON_FALSE}, {"null", FX_JSON_NULL}};
	size_t avail = (size_t)(st->end - st->p);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t n = strlen(words[i].word);
		if (avail >= n && memcmp(st->p, words[i].word, n) == 0) {
			st->p += n;
			out->type = words[i].type;
			return FX_OK;
		}
	}
	size_t n = 0;
	while (n < avail && n < 40 &&
	       ((st->p[n] >= 'a' && st->p[n] <= 'z') || (st->p[n] >= 'A' && st->p[n] <= 'Z')))
		n++;
	return fx_jp_error(st, st->p, path, "invalid literal '%.*s' (expected a value)", (int)n,
	                   (const char *)st->p);
}

/* Pushes a member on the scratch stack. */
static int parse_push_member(fx_jp_state *st, const fx_json_member *m)
{
	if (st->n_mems == st->cap_mems) {
		size_t cap = st->cap_mems ? st->cap_mems * 2 : 64;
		fx_json_member *p = realloc(st->mems, cap * sizeof *p);
		if (!p)
			return fx_error_oom();
		st->mems = p;
		st->cap_mems = cap;
	}
	st->mems[st->n_mems++] = *m;
	return FX_OK;
}

/* Pushes an array element on the scratch stack. */
static int parse_push_value(fx_jp_state *st, const fx_json_value *v)
{
	if (st->n_vals == st->cap_vals) {
		size_t cap = st->cap_vals ? st->cap_vals * 2 : 64;
		fx_json_value *p = realloc(st->vals, cap * sizeof *p);
		if (!p)
			return fx_error_oom();
		st->vals = p;
		st->cap_vals = cap;
	}
	st->vals[st->n_vals++] = *v;
	return FX_OK;
}

/* Orders member pointers by key, then by position in the source. */
static int parse_member_cmp(const void *a, const void *b)
{
	const fx_json_member *x = *(const fx_json_member *const *)a;
	const fx_json_member *y = *(const fx_json_member *const *)b;
	size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
	int c = memcmp(x->key, y->key, n);
	if (c)
		return c;
	if (x->key_len != y->key_len)
		return x->key_len < y->key_len ? -1 : 1;
	return x < y ? -1 : (x > y ? 1 : 0);
}

/* True when two members have the same key. */
static int parse_same_key(const fx_json_member *a, const fx_json_member *b)
{
	return a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0;
}

/* Reports the first repeated key (in source order) among n members. */
static int parse_check_duplicates(fx_jp_state *st, const fx_json_path *path,
                                  const fx_json_member *m, size_t n)
{
	const fx_json_member *dup = NULL, *first = NULL;
	if (n <= 16) {
		for (size_t j = 1; j < n && !dup; j++)
			for (size_t i = 0; i < j && !dup; i++)
				if (parse_same_key(&m[i], &m[j])) {
					dup = &m[j];
					first = &m[i];
				}
	} else {
		const fx_json_member **idx = malloc(n * sizeof *idx);
		if (!idx)
			return fx_error_oom();
		for (size_t i = 0; i < n; i++)
			idx[i] = &m[i];
		qsort(idx, n, sizeof *idx, parse_member_cmp);
		size_t group = 0;
		for (size_t i = 1; i < n; i++) {
			if (!parse_same_key(idx[i], idx[group])) {
				group = i;
			} else if (!dup || idx[i] < dup) {
				dup = idx[i];
				first = idx[group];
			}
		}
		free(idx);
	}
	if (!dup)
		return FX_OK;
	fx_json_path step = {path, dup->key, dup->key_len, 0};
	return fx_json_error(st->source, dup->line, dup->col, &step,
	                     "duplicate key (first given at %u:%u)", (unsigned)first->line,
	                     (unsigned)first->col);
}

/* Parses one "key": value member into m. */
static int parse_member(fx_jp_state *st, const fx_json_path *path, int depth, fx_json_member *m)
{
	bool escaped;
	fx_jp_where(st, st->p, &m->line, &m->col);
	int rc = fx_jp_string(st, path, &m->key, &m->key_len, &escaped);
	if (rc < 0)
		return rc;
	fx_json_path step = {path, m->key, m->key_len, 0};
	parse_skip_ws(st);
	if (st->p >= st->end || *st->p != ':')
		return parse_expected(st, &step, "':' after the key");
	st->p++;
	return parse_value(st, &step, depth, &m->value);
}

/* Parses an object (st->p at '{'). */
static int parse_object(fx_jp_state *st, const fx_json_path *path, int depth, fx_json_value *out)
{
	size_t base = st->n_mems;
	int rc = FX_OK;
	st->p++;
	parse_skip_ws(st);
	if (st->p < st->end && *st->p == '}') {
		st->p++;
	} else {
		for (;;) {
			fx_json_member m;
			parse_skip_ws(st);
			if (st->p < st->end && *st->p == '}' && st->n_mems > base)
				return fx_jp_error(st, st->p, path, "trailing comma before '}'");
			if (st->p >= st->end || *st->p != '"')
				return parse_expected(st, path, "a key in double quotes");
			if ((rc = parse_member(st, path, depth, &m)) < 0 ||
			    (rc = parse_push_member(st, &m)) < 0)
				return rc;
			parse_skip_ws(st);
			if (st->p < st->end && *st->p == ',') {
				st->p++;
				continue;
			}
			if (st->p < st->end && *st->p == '}') {
				st->p++;
				break;
			}
			return parse_expected(st, path, "',' or '}' after an object member");
		}
	}
	size_t n = st->n_mems - base;
	if (n && (rc = parse_check_duplicates(st, path, st->mems + base, n)) < 0)
		return rc;
	out->members = fx_arena_alloc(st->arena, n * sizeof(fx_json_member));
	if (!out->members)
		return fx_error_oom();
	if (n)
		memcpy(out->members, st->mems + base, n * sizeof(fx_json_member));
	out->type = FX_JSON_OBJECT;
	out->len = n;
	st->n_mems = base;
	return FX_OK;
}

/* Parses an array (st->p at '['). */
static int parse_array(fx_jp_state *st, const fx_json_path *path, int depth, fx_json_value *out)
{
	size_t base = st->n_vals;
	int rc;
	st->p++;
	parse_skip_ws(st);
	if (st->p < st->end && *st->p == ']') {
		st->p++;
	} else {
		for (;;) {
			fx_json_value v;
			fx_json_path step = {path, NULL, 0, st->n_vals - base};
			parse_skip_ws(st);
			if (st->p < st->end && *st->p == ']' && st->n_vals > base)
				return fx_jp_error(st, st->p, path, "trailing comma before ']'");
			if ((rc = parse_value(st, &step, depth, &v)) < 0 ||
			    (rc = parse_push_value(st, &v)) < 0)
				return rc;
			parse_skip_ws(st);
			if (st->p < st->end && *st->p == ',') {
				st->p++;
				continue;
			}
			if (st->p < st->end && *st->p == ']') {
				st->p++;
				break;
			}
			return parse_expected(st, path, "',' or ']' after an array element");
		}
	}
	size_t n = st->n_vals - base;
	out->items = fx_arena_alloc(st->arena, n * sizeof(fx_json_value));
	if (!out->items)
		return fx_error_oom();
	if (n)
		memcpy(out->items, st->vals + base, n * sizeof(fx_json_value));
	out->type = FX_JSON_ARRAY;
	out->len = n;
	st->n_vals = base;
	return FX_OK;
}

/* Parses any value at the current position; depth counts open containers. */
static int parse_value(fx_jp_state *st, const fx_json_path *path, int depth, fx_json_value *out)
{
	memset(out, 0, sizeof *out);
	parse_skip_ws(st);
	if (st->p >= st->end)
		return parse_expected(st, path, "a value");
	fx_jp_where(st, st->p, &out->line, &out->col);
	unsigned char c = *st->p;
	if (c == '{' || c == '[') {
		if (depth >= FX_JSON_MAX_DEPTH)
			return fx_jp_error(st, st->p, path, "nesting deeper than %d levels",
			                   FX_JSON_MAX_DEPTH);
		return c == '{' ? parse_object(st, path, depth + 1, out)
		                : parse_array(st, path, depth + 1, out);
	}
	if (c == '"') {
		out->type = FX_JSON_STRING;
		return fx_jp_string(st, path, &out->str, &out->len, &out->escaped);
	}
	if (c == '-' || (c >= '0' && c <= '9'))
		return parse_number(st, path, out);
	if (c >= 'a' && c <= 'z')
		return parse_literal(st, path, out);
	return parse_expected(st, path, "a value");
}

/* Parses the whole text: one value, then nothing but white space. */
static int parse_document(fx_jp_state *st, fx_json_value *root)
{
	static const unsigned char bom[] = {0xEF, 0xBB, 0xBF};
	if (st->end - st->p >= 3 && memcmp(st->p, bom, 3) == 0) {
		st->p += 3;
		st->sync = st->p;
	}
	parse_skip_ws(st);
	if (st->p >= st->end)
		return fx_jp_error(st, st->p, NULL, "empty input (expected a JSON object)");
	int rc = parse_value(st, &fx_json_root, 0, root);
	if (rc < 0)
		return rc;
	parse_skip_ws(st);
	if (st->p < st->end) {
		char got[32];
		parse_got(st, got, sizeof got);
		return fx_jp_error(st, st->p, NULL, "unexpected %s after the end of the JSON value",
		                   got);
	}
	return FX_OK;
}

/* Parses a JSON text into a tree held by an arena. */
int fx_json_parse(const char *data, size_t len, const char *source, fx_json_doc *out)
{
	if (!out || (!data && len))
		return fx_error_set(FX_EUSAGE, "fx_json_parse: NULL argument");
	if (len > FX_JSON_MAX_INPUT)
		return fx_json_error(source, 0, 0, NULL,
		                     "input too large (%zu bytes; the limit is 64 MiB)", len);
	fx_jp_state st;
	memset(&st, 0, sizeof st);
	st.source = source;
	st.p = (const unsigned char *)(data ? data : "");
	st.end = st.p + len;
	st.sync = st.p;
	st.line = 1;
	st.col = 1;
	st.arena = fx_arena_new((size_t)64 * 1024);
	if (!st.arena)
		return fx_error_oom();
	fx_json_value root;
	int rc = parse_document(&st, &root);
	free(st.vals);
	free(st.mems);
	if (rc < 0) {
		fx_arena_free(st.arena);
		return rc;
	}
	out->root = root;
	out->arena = st.arena;
	return FX_OK;
}

/* Frees a document's arena. */
void fx_json_doc_free(fx_json_doc *doc)
{
	if (!doc)
		return;
	fx_arena_free(doc->arena);
	doc->arena = NULL;
}

/* Looks a key up among an object's members. */
const fx_json_member *fx_json_find(const fx_json_value *obj, const char *key)
{
	if (!obj || obj->type != FX_JSON_OBJECT)
		return NULL;
	size_t n = strlen(key);
	for (size_t i = 0; i < obj->len; i++)
		if (obj->members[i].key_len == n && memcmp(obj->members[i].key, key, n) == 0)
			return &obj->members[i];
	return NULL;
}
