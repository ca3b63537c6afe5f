/*
 * Reading the platform's JSON answers: typed, tolerant member access and
 * cleaned strings.
 */
#include "chorus/json_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"

/* Parses a JSON object. */
json_t *fx_cj_load(const char *body, size_t len, const char *what)
{
	json_error_t err;
	json_t *root = json_loadb(body, len, 0, &err);
	if (!root) {
		fx_error_set(FX_ENET, "the answer to %s is not valid JSON (line %d, column %d: %s)",
		             what, err.line, err.column, err.text);
		return NULL;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		fx_error_set(FX_ENET, "the answer to %s is not a JSON object", what);
		return NULL;
	}
	return root;
}

/* Copies s, replacing C0/C1 control characters and DEL with spaces. */
char *fx_cj_clean(const char *s)
{
	size_t n = strlen(s);
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f) {
			p[i] = ' ';
		} else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		           (unsigned char)s[i + 1] <= 0x9F) {
			p[i] = ' ';
			p[i + 1] = ' ';
			i++;
		} else {
			p[i] = (char)c;
		}
	}
	p[n] = '\0';
	return p;
}

/* Copies a string, integer or boolean member as text. */
char *fx_cj_text(const json_t *obj, const char *key, bool *oom)
{
	const json_t *v = json_object_get(obj, key);
	char num[32];
	const char *text = NULL;
	if (json_is_string(v))
		text = json_string_value(v);
	else if (json_is_integer(v)) {
		snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		text = num;
	} else if (json_is_boolean(v))
		text = json_is_true(v) ? "true" : "false";
	if (!text)
		return NULL;
	char *copy = fx_cj_clean(text);
	if (!copy && oom)
		*oom = true;
	return copy;
}

/* Reads a 64-bit integer member. */
int fx_cj_int64(const json_t *obj, const char *key, int64_t *out)
{
	const json_t *v = json_object_get(obj, key);
	if (json_is_integer(v)) {
		*out = (int64_t)json_integer_value(v);
		return 0;
	}
	if (!json_is_string(v))
		return -1;
	const char *s = json_string_value(v);
	if (!s[0] || strlen(s) > 18)
		return -1;
	int64_t n = 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		n = n * 10 + (*p - '0');
	}
	*out = n;
	return 0;
}

/* Reads a boolean member. */
int fx_cj_bool(const json_t *obj, const char *key)
{
	const json_t *v = json_object_get(obj, key);
	if (json_is_boolean(v))
		return json_is_true(v) ? 1 : 0;
	if (json_is_integer(v) && (json_integer_value(v) == 0 || json_integer_value(v) == 1))
		return (int)json_integer_value(v);
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		if (strcmp(s, "true") == 0 || strcmp(s, "oui") == 0 || strcmp(s, "OUI") == 0)
			return 1;
		if (strcmp(s, "false") == 0 || strcmp(s, "non") == 0 || strcmp(s, "NON") == 0)
			return 0;
	}
	return -1;
}

/* Finds an array member, possibly wrapped in a one-array object. */
const json_t *fx_cj_array(const json_t *obj, const char *key)
{
	const json_t *v = json_object_get(obj, key);
	if (json_is_array(v))
		return v;
	if (!json_is_object(v))
		return NULL;
	const char *k;
	const json_t *member;
	const json_t *found = NULL;
	json_object_foreach((json_t *)v, k, member)
	{
		if (json_is_array(member)) {
			if (found)
				return NULL;
			found = member;
		}
	}
	return found;
}

/* Serialises and releases a JSON value. */
char *fx_cj_dump(json_t *v)
{
	if (!v)
		return NULL;
	char *s = json_dumps(v, JSON_COMPACT);
	json_decref(v);
	return s;
}
