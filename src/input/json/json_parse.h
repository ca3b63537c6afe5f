/*
 * Internal: the project's own JSON parser. It builds a small tree (DOM) in
 * which every value knows its line and column, numbers keep their exact
 * source text and strings are decoded to UTF-8. Syntax errors, duplicate
 * keys, invalid UTF-8, nesting deeper than FX_JSON_MAX_DEPTH and input larger
 * than FX_JSON_MAX_INPUT are reported as FX_EINVAL with "source:line:col".
 */
#ifndef FX_INPUT_JSON_PARSE_H
#define FX_INPUT_JSON_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FX_JSON_MAX_DEPTH 64
#define FX_JSON_MAX_INPUT ((size_t)64 * 1024 * 1024)

typedef enum fx_json_type {
	FX_JSON_NULL,
	FX_JSON_FALSE,
	FX_JSON_TRUE,
	FX_JSON_NUMBER,
	FX_JSON_STRING,
	FX_JSON_ARRAY,
	FX_JSON_OBJECT
} fx_json_type;

struct fx_json_member;

/** A JSON value with its position (1-based line, column in characters). */
typedef struct fx_json_value {
	fx_json_type type;
	uint32_t line;
	uint32_t col;
	bool escaped; /* STRING: the source used backslash escapes */
	size_t len;   /* STRING/NUMBER: length of str; ARRAY/OBJECT: element count */
	union {
		const char
		    *str; /* STRING: decoded UTF-8; NUMBER: source text (both NUL-terminated) */
		struct fx_json_value *items;    /* ARRAY: the elements */
		struct fx_json_member *members; /* OBJECT: the members, in source order */
	};
} fx_json_value;

/** An object member: its key (decoded), the key's position and the value. */
typedef struct fx_json_member {
	const char *key; /* NUL-terminated (may also contain NUL bytes: use key_len) */
	size_t key_len;
	uint32_t line;
	uint32_t col;
	fx_json_value value;
} fx_json_member;

/** A parsed document: the root value and the memory that holds the tree. */
typedef struct fx_json_doc {
	fx_json_value root;
	struct fx_arena *arena;
} fx_json_doc;

/* Parses a JSON text into a tree. data/len: the text (need not be
 * NUL-terminated); source: name put in front of error messages (NULL gives
 * "<memory>"); out: receives the document, to release with fx_json_doc_free.
 * Returns FX_OK, FX_EINVAL (message "source:line:col: path: what") or
 * FX_ENOMEM. */
int fx_json_parse(const char *data, size_t len, const char *source, fx_json_doc *out);

/* Releases the memory of a document. doc: a parsed document (may be zeroed). */
void fx_json_doc_free(fx_json_doc *doc);

/* Finds the member named key (a NUL-terminated key) of an object value.
 * obj: an OBJECT value; key: the key. Returns NULL when absent. */
const fx_json_member *fx_json_find(const fx_json_value *obj, const char *key);

/* Returns the name used for a source in messages. source: may be NULL. */
const char *fx_json_source_name(const char *source);

#endif
