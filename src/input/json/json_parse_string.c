/*
 * JSON string literals: escapes (\uXXXX with surrogate pairs), strict UTF-8
 * and control characters.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/error.h"
#include "core/utf8.h"
#include "input/json/json_parse_state.h"

/* Value of a hexadecimal digit, or -1. */
static int str_hex(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads the four hex digits after "\u" at q (q points at the backslash);
 * returns the code unit or -1 when they are missing or wrong. */
static long str_u4(const unsigned char *q, const unsigned char *end)
{
	if (end - q < 6 || q[0] != '\\' || q[1] != 'u')
		return -1;
	long v = 0;
	for (int i = 2; i < 6; i++) {
		int h = str_hex(q[i]);
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* Writes code point cp as UTF-8 at o; returns the number of bytes. */
static size_t str_put_utf8(unsigned char *o, uint32_t cp)
{
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Decodes one escape sequence at q (a backslash) into o; sets *used to the
 * source bytes consumed and *written to the bytes produced. */
static int str_escape(fx_jp_state *st, const fx_json_path *path, const unsigned char *q,
                      unsigned char *o, size_t *used, size_t *written)
{
	static const char simple_in[] = "\"\\/bfnrt";
	static const char simple_out[] = "\"\\/\b\f\n\r\t";
	if (st->end - q < 2)
		return fx_jp_error(st, q, path, "unterminated string");
	unsigned char e = q[1];
	const char *hit = e ? memchr(simple_in, e, sizeof simple_in - 1) : NULL;
	if (hit) {
		*o = (unsigned char)simple_out[hit - simple_in];
		*used = 2;
		*written = 1;
		return FX_OK;
	}
	if (e != 'u') {
		if (e > 0x20 && e < 0x7F)
			return fx_jp_error(st, q, path, "invalid escape '\\%c' in a string", e);
		return fx_jp_error(st, q, path, "invalid escape in a string");
	}
	long u = str_u4(q, st->end);
	if (u < 0)
		return fx_jp_error(st, q, path,
		                   "invalid \\u escape (expected 4 hexadecimal digits)");
	if (u >= 0xDC00 && u <= 0xDFFF)
		return fx_jp_error(st, q, path, "lone surrogate \\u%04lX in a string", u);
	if (u >= 0xD800 && u <= 0xDBFF) {
		long lo = str_u4(q + 6, st->end);
		if (lo < 0xDC00 || lo > 0xDFFF)
			return fx_jp_error(st, q, path,
			                   "lone surrogate \\u%04lX in a string (a high surrogate "
			                   "must be followed by a low one)",
			                   u);
		uint32_t cp = 0x10000 + (((uint32_t)u - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
		*used = 12;
		*written = str_put_utf8(o, cp);
		return FX_OK;
	}
	*used = 6;
	*written = str_put_utf8(o, (uint32_t)u);
	return FX_OK;
}

/* Returns where the literal starting at q ends (its closing quote) or end. */
static const unsigned char *str_extent(const unsigned char *q, const unsigned char *end)
{
	q++;
	while (q < end && *q != '"') {
		if (*q == '\\' && end - q >= 2)
			q++;
		q++;
	}
	return q < end ? q : end;
}

/* Decodes a string literal at st->p into the arena. */
int fx_jp_string(fx_jp_state *st, const fx_json_path *path, const char **out, size_t *out_len,
                 bool *escaped)
{
	const unsigned char *open = st->p;
	const unsigned char *stop = str_extent(open, st->end);
	/* Escapes never produce more bytes than they take, so this is enough. */
	unsigned char *buf = fx_arena_alloc(st->arena, (size_t)(stop - open) + 1);
	if (!buf)
		return fx_error_oom();
	size_t n = 0;
	bool esc = false;
	const unsigned char *q = open + 1;
	for (;;) {
		if (q >= st->end)
			return fx_jp_error(st, open, path, "unterminated string");
		/* Copies a run of plain printable ASCII in one go. */
		const unsigned char *r = q;
		while (r < st->end && *r >= 0x20 && *r < 0x80 && *r != '"' && *r != '\\')
			r++;
		if (r > q) {
			memcpy(buf + n, q, (size_t)(r - q));
			n += (size_t)(r - q);
			q = r;
			continue;
		}
		unsigned char c = *q;
		if (c == '"')
			break;
		if (c == '\\') {
			size_t used = 0, written = 0;
			int rc = str_escape(st, path, q, buf + n, &used, &written);
			if (rc < 0)
				return rc;
			q += used;
			n += written;
			esc = true;
		} else if (c == '\n' || c == '\r') {
			return fx_jp_error(st, q, path,
			                   "line break inside a string (write it as \\n)");
		} else if (c < 0x20) {
			return fx_jp_error(st, q, path,
			                   "control character U+%04X inside a string (escape it "
			                   "as \\u%04X)",
			                   c, c);
		} else if (c < 0x80) {
			buf[n++] = c;
			q++;
		} else {
			size_t len = fx_utf8_valid_len(q, (size_t)(st->end - q));
			if (!len)
				return fx_jp_error(st, q, path,
				                   "invalid UTF-8 in a string (byte 0x%02X)", c);
			memcpy(buf + n, q, len);
			n += len;
			q += len;
		}
	}
	buf[n] = '\0';
	st->p = q + 1;
	*out = (const char *)buf;
	*out_len = n;
	*escaped = esc;
	return FX_OK;
}
