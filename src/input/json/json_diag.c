/*
 * JSON paths, value descriptions, key distances and error messages.
 */
#include "input/json/json_diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/error.h"

#define DIAG_QUOTE_CHARS 40
#define DIAG_MAX_KEY 64

const fx_json_path fx_json_root = {NULL, NULL, 0, (size_t)-1};

/* Appends text to buf at *pos, keeping a NUL and never overflowing. */
static void diag_put(char *buf, size_t size, size_t *pos, const char *text)
{
	size_t n = strlen(text);
	if (*pos + 1 >= size)
		return;
	if (n > size - 1 - *pos)
		n = size - 1 - *pos;
	memcpy(buf + *pos, text, n);
	*pos += n;
	buf[*pos] = '\0';
}

/* True when a key can be written as ".key" in a path. */
static int diag_plain_key(const char *key, size_t len)
{
	if (len == 0)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = key[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '$'))
			return 0;
	}
	return 1;
}

/* Appends the steps from the root down to path. */
static void diag_path_steps(const fx_json_path *path, char *buf, size_t size, size_t *pos)
{
	if (!path || path == &fx_json_root)
		return;
	diag_path_steps(path->parent, buf, size, pos);
	char step[DIAG_MAX_KEY * 6 + 32];
	if (!path->key) {
		snprintf(step, sizeof step, "[%zu]", path->index);
	} else if (diag_plain_key(path->key, path->key_len) && path->key_len <= DIAG_MAX_KEY) {
		snprintf(step, sizeof step, ".%.*s", (int)path->key_len, path->key);
	} else {
		char q[DIAG_MAX_KEY * 6 + 16];
		fx_json_quote(path->key, path->key_len, DIAG_QUOTE_CHARS, q, sizeof q);
		snprintf(step, sizeof step, "[%s]", q);
	}
	diag_put(buf, size, pos, step);
}

/* Formats "$" followed by the steps of path. */
void fx_json_path_format(const fx_json_path *path, char *buf, size_t size)
{
	size_t pos = 0;
	if (size == 0)
		return;
	buf[0] = '\0';
	diag_put(buf, size, &pos, "$");
	diag_path_steps(path, buf, size, &pos);
}

/* Records "source:line:col: path: message" as an FX_EINVAL error. */
int fx_json_error(const char *source, uint32_t line, uint32_t col, const fx_json_path *path,
                  const char *fmt, ...)
{
	char msg[1024];
	char where[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (path)
		fx_json_path_format(path, where, sizeof where);
	const char *src = fx_json_source_name(source);
	if (line && path)
		return fx_error_set(FX_EINVAL, "%s:%u:%u: %s: %s", src, (unsigned)line,
		                    (unsigned)col, where, msg);
	if (line)
		return fx_error_set(FX_EINVAL, "%s:%u:%u: %s", src, (unsigned)line, (unsigned)col,
		                    msg);
	if (path)
		return fx_error_set(FX_EINVAL, "%s: %s: %s", src, where, msg);
	return fx_error_set(FX_EINVAL, "%s: %s", src, msg);
}

/* Length of the UTF-8 character starting with byte c (1 for stray bytes). */
static size_t diag_char_len(unsigned char c)
{
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	return 1;
}

/* Writes a quoted, escaped and possibly shortened string literal. */
void fx_json_quote(const char *s, size_t len, size_t max_chars, char *buf, size_t size)
{
	size_t pos = 0, chars = 0, i = 0;
	if (size == 0)
		return;
	buf[0] = '\0';
	diag_put(buf, size, &pos, "\"");
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		char tmp[16];
		if (chars == max_chars) {
			diag_put(buf, size, &pos, "...");
			break;
		}
		size_t n = diag_char_len(c);
		if (n > len - i)
			n = 1;
		if (c == '"' || c == '\\') {
			snprintf(tmp, sizeof tmp, "\\%c", c);
		} else if (c == '\n') {
			snprintf(tmp, sizeof tmp, "\\n");
		} else if (c == '\t') {
			snprintf(tmp, sizeof tmp, "\\t");
		} else if (c == '\r') {
			snprintf(tmp, sizeof tmp, "\\r");
		} else if (c < 0x20 || (n == 1 && c >= 0x80)) {
			snprintf(tmp, sizeof tmp, c < 0x80 ? "\\u%04x" : "\\x%02X", c);
		} else {
			memcpy(tmp, s + i, n);
			tmp[n] = '\0';
		}
		if (pos + strlen(tmp) + 5 > size) {
			diag_put(buf, size, &pos, "...");
			break;
		}
		diag_put(buf, size, &pos, tmp);
		i += n;
		chars++;
	}
	diag_put(buf, size, &pos, "\"");
}

/* Describes a value for "got ..." in messages. */
void fx_json_describe(const fx_json_value *v, char *buf, size_t size)
{
	switch (v->type) {
	case FX_JSON_NULL:
		snprintf(buf, size, "null");
		break;
	case FX_JSON_FALSE:
		snprintf(buf, size, "false");
		break;
	case FX_JSON_TRUE:
		snprintf(buf, size, "true");
		break;
	case FX_JSON_NUMBER:
		if (v->len > DIAG_QUOTE_CHARS)
			snprintf(buf, size, "%.*s...", DIAG_QUOTE_CHARS, v->str);
		else
			snprintf(buf, size, "%s", v->str);
		break;
	case FX_JSON_STRING:
		fx_json_quote(v->str, v->len, DIAG_QUOTE_CHARS, buf, size);
		break;
	case FX_JSON_ARRAY:
		snprintf(buf, size, "an array");
		break;
	case FX_JSON_OBJECT:
		snprintf(buf, size, "an object");
		break;
	}
}

/* Lower-cases an ASCII letter. */
static char diag_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Optimal string alignment distance, ASCII case-insensitive, computed
 * with three rolling rows. */
size_t fx_json_key_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t rows[3][DIAG_MAX_KEY + 1];
	if (alen > DIAG_MAX_KEY || blen > DIAG_MAX_KEY)
		return (size_t)-1;
	for (size_t j = 0; j <= blen; j++)
		rows[0][j] = j;
	for (size_t i = 1; i <= alen; i++) {
		size_t *cur = rows[i % 3];
		const size_t *up = rows[(i - 1) % 3];
		const size_t *up2 = rows[(i + 1) % 3]; /* row i - 2 */
		cur[0] = i;
		for (size_t j = 1; j <= blen; j++) {
			size_t cost = diag_lower(a[i - 1]) == diag_lower(b[j - 1]) ? 0 : 1;
			size_t best = up[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (up[j - 1] + cost < best)
				best = up[j - 1] + cost;
			if (i > 1 && j > 1 && diag_lower(a[i - 1]) == diag_lower(b[j - 2]) &&
			    diag_lower(a[i - 2]) == diag_lower(b[j - 1]) && up2[j - 2] + 1 < best)
				best = up2[j - 2] + 1;
			cur[j] = best;
		}
	}
	return rows[alen % 3][blen];
}
