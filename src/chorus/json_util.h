/*
 * Internal: reading the platform's JSON answers with Jansson. Strings taken
 * from an answer are copied with their control characters replaced by
 * spaces, so that nothing the platform sends can drive a terminal.
 */
#ifndef FX_CHORUS_JSON_UTIL_H
#define FX_CHORUS_JSON_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

/* Parses body/len as a JSON object. what: the operation, for messages.
 * Returns the object (json_decref it) or NULL with FX_ENET recorded. */
json_t *fx_cj_load(const char *body, size_t len, const char *what);

/* Returns a cleaned malloc'ed copy of member key of obj when it is a
 * string, an integer or a boolean; NULL when absent, null or another type
 * (or out of memory: *oom is then set, when oom is not NULL). */
char *fx_cj_text(const json_t *obj, const char *key, bool *oom);

/* Returns a cleaned malloc'ed copy of s (see above); NULL when out of memory. */
char *fx_cj_clean(const char *s);

/* Reads member key of obj as a 64-bit integer (a JSON integer or a string
 * of digits). Returns 0, or -1 when absent or of another form. */
int fx_cj_int64(const json_t *obj, const char *key, int64_t *out);

/* Reads member key of obj as a boolean (true/false, "true"/"false",
 * "oui"/"non", 1/0). Returns 1, 0, or -1 when absent or of another form. */
int fx_cj_bool(const json_t *obj, const char *key);

/* Returns member key of obj when it is an array: directly, or wrapped in
 * an object as its only array member (some lists come as {"x": [...]});
 * NULL otherwise. */
const json_t *fx_cj_array(const json_t *obj, const char *key);

/* Serialises v compactly into a malloc'ed string (NULL when out of memory);
 * decrefs v in any case. */
char *fx_cj_dump(json_t *v);

#endif
