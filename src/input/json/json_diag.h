/*
 * Internal: JSON paths ("$.lines[2].quantity") and the error messages of the
 * JSON reader and parser ("source:line:col: path: what").
 */
#ifndef FX_INPUT_JSON_DIAG_H
#define FX_INPUT_JSON_DIAG_H

#include <stddef.h>
#include <stdint.h>

#include "input/json/json_parse.h"

/** One step of a path, linked to its parent (the root has parent NULL). */
typedef struct fx_json_path {
	const struct fx_json_path *parent;
	const char *key; /* object member name, or NULL for an array element */
	size_t key_len;
	size_t index; /* array element index when key is NULL */
} fx_json_path;

/* The path of the document's root value: "$" with no step. */
extern const fx_json_path fx_json_root;

/* Writes a path such as "$.seller.address" or "$.lines[2]" to buf.
 * path: the last step (NULL for the root "$"); buf/size: destination,
 * always NUL-terminated, truncated if too small. */
void fx_json_path_format(const fx_json_path *path, char *buf, size_t size);

/* Records an FX_EINVAL error "source:line:col: path: message" and returns
 * FX_EINVAL. source: as given to the reader (may be NULL); line/col: the
 * position (line 0: no position); path: where (NULL: no path);
 * fmt: printf-style message. */
int fx_json_error(const char *source, uint32_t line, uint32_t col, const fx_json_path *path,
                  const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Writes s (len bytes of UTF-8) as a JSON string literal with quotes,
 * shortened to max_chars characters followed by "..." if longer.
 * buf/size: destination, always NUL-terminated. */
void fx_json_quote(const char *s, size_t len, size_t max_chars, char *buf, size_t size);

/* Describes a value for "got ..." in messages: a quoted string, a number's
 * text, true/false/null, "an object" or "an array". v: the value;
 * buf/size: destination. */
void fx_json_describe(const fx_json_value *v, char *buf, size_t size);

/* Edit distance between two keys (insertions, deletions, substitutions and
 * swaps of neighbours, ASCII case ignored). a/alen, b/blen: the keys.
 * Returns the distance, or a large value for very long keys. */
size_t fx_json_key_distance(const char *a, size_t alen, const char *b, size_t blen);

#endif
