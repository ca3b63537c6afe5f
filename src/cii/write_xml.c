/*
 * The CII writer's XML emitting helpers: indentation, escaping, leaves,
 * decimals, dates, indicators, base64 content, profile guards.
 */
#include <string.h>

#include "cii/write_ctx.h"
#include "core/base64.h"
#include "core/error.h"
#include "core/xml_escape.h"
#include "model/text.h"

/* Two spaces per level; deeper levels repeat the run. */
static const char spaces[] = "                                                                ";

/* Appends len bytes unless an error is already recorded. */
static void put(fx_cw *w, const char *s, size_t len)
{
	if (w->rc)
		return;
	if (fx_buf_append(&w->buf, s, len))
		w->rc = FX_ENOMEM;
}

/* Appends a C string. */
static void puts_(fx_cw *w, const char *s)
{
	put(w, s, strlen(s));
}

/* Appends raw markup. */
void fx_cw_raw(fx_cw *w, const char *s)
{
	puts_(w, s);
}

/* Starts a line at the current depth (nothing in compact mode). */
static void indent(fx_cw *w)
{
	if (w->compact)
		return;
	size_t n = (size_t)w->depth * 2;
	while (n > 0) {
		size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
		put(w, spaces, k);
		n -= k;
	}
}

/* Ends a line (nothing in compact mode). */
static void newline(fx_cw *w)
{
	if (!w->compact)
		put(w, "\n", 1);
}

/* Records rc as the writer's error unless one is already recorded. */
void fx_cw_fail(fx_cw *w, int rc)
{
	if (!w->rc)
		w->rc = rc;
}

/* Adds what to the dropped list once. */
void fx_cw_drop(fx_cw *w, const char *what)
{
	fx_cii_dropped *d = w->dropped;
	if (!d)
		return;
	for (size_t i = 0; i < d->count; i++)
		if (d->items[i] == what || strcmp(d->items[i], what) == 0)
			return;
	if (d->count < FX_CII_DROPPED_MAX)
		d->items[d->count++] = what;
}

/* Guards an optional field by profile, recording drops. */
bool fx_cw_allow(fx_cw *w, fx_profile min, bool present, const char *what)
{
	if (!present)
		return false;
	if (w->profile >= min)
		return true;
	fx_cw_drop(w, what);
	return false;
}

/* Requires a field, naming it in the error. */
bool fx_cw_require(fx_cw *w, bool present, const char *what)
{
	if (present || w->lenient || w->rc)
		return present;
	const char *profile = fx_profile_name(w->profile);
	if (w->where[0])
		w->rc = fx_error_set(FX_EMISSING, "%s is required (%s, profile %s)", what, w->where,
		                     profile);
	else
		w->rc = fx_error_set(FX_EMISSING, "%s is required (profile %s)", what, profile);
	return false;
}

/* Appends s escaped for XML text (attr false) or a double-quoted attribute
 * value (attr true), after checking it is valid UTF-8. tag names the
 * element in the error message. */
static void put_escaped(fx_cw *w, const char *tag, const char *s, bool attr)
{
	if (w->rc || !s)
		return;
	size_t len = strlen(s);
	int rc = fx_text_check_utf8(s, len);
	if (rc) {
		w->rc = fx_error_prefix("cannot write <%s>", tag);
		return;
	}
	if (fx_xml_escape(&w->buf, s, len, attr ? FX_XML_CR | FX_XML_QUOT | FX_XML_WS : FX_XML_CR))
		w->rc = FX_ENOMEM;
}

/* Writes an opening tag line and descends. */
void fx_cw_open(fx_cw *w, const char *tag)
{
	indent(w);
	put(w, "<", 1);
	puts_(w, tag);
	put(w, ">", 1);
	newline(w);
	w->depth++;
}

/* Ascends and writes a closing tag line. */
void fx_cw_close(fx_cw *w, const char *tag)
{
	w->depth--;
	indent(w);
	put(w, "</", 2);
	puts_(w, tag);
	put(w, ">", 1);
	newline(w);
}

/* Writes an empty element. */
void fx_cw_empty(fx_cw *w, const char *tag)
{
	indent(w);
	put(w, "<", 1);
	puts_(w, tag);
	put(w, "/>", 2);
	newline(w);
}

/* Writes one attribute when its value is given. */
static void put_attr(fx_cw *w, const char *tag, const char *name, const char *value)
{
	if (!name || !fx_cw_has(value))
		return;
	put(w, " ", 1);
	puts_(w, name);
	put(w, "=\"", 2);
	put_escaped(w, tag, value, true);
	put(w, "\"", 1);
}

/* Writes a leaf element with up to two attributes. */
void fx_cw_leaf(fx_cw *w, const char *tag, const char *a1, const char *v1, const char *a2,
                const char *v2, const char *text)
{
	indent(w);
	put(w, "<", 1);
	puts_(w, tag);
	put_attr(w, tag, a1, v1);
	if (a1)
		put_attr(w, tag, a2, v2);
	put(w, ">", 1);
	put_escaped(w, tag, text, false);
	put(w, "</", 2);
	puts_(w, tag);
	put(w, ">", 1);
	newline(w);
}

/* Writes a text leaf. */
void fx_cw_text(fx_cw *w, const char *tag, const char *text)
{
	fx_cw_leaf(w, tag, NULL, NULL, NULL, NULL, text);
}

/* Writes a text leaf guarded by profile. */
void fx_cw_opt(fx_cw *w, fx_profile min, const char *tag, const char *text, const char *what)
{
	if (fx_cw_allow(w, min, fx_cw_has(text), what))
		fx_cw_text(w, tag, text);
}

/* Writes a decimal leaf. */
void fx_cw_decimal(fx_cw *w, const char *tag, fx_decimal d, const char *attr, const char *val)
{
	char text[FX_DECIMAL_STRLEN];
	if (w->rc || !d.set)
		return;
	int rc = fx_decimal_format(d, text, sizeof text);
	if (rc) {
		w->rc = fx_error_prefix("cannot write <%s>", tag);
		return;
	}
	fx_cw_leaf(w, tag, attr, val, NULL, NULL, text);
}

/* Writes a format-102 date group. */
void fx_cw_date(fx_cw *w, const char *tag, const char *inner, fx_date d)
{
	char text[16];
	if (w->rc || fx_date_is_absent(d))
		return;
	int rc = fx_date_format(d, 0, text, sizeof text);
	if (rc) {
		w->rc = fx_error_prefix("cannot write <%s>", tag);
		return;
	}
	fx_cw_open(w, tag);
	fx_cw_leaf(w, inner, "format", "102", NULL, NULL, text);
	fx_cw_close(w, tag);
}

/* Writes an indicator group. */
void fx_cw_indicator(fx_cw *w, const char *tag, bool value)
{
	fx_cw_open(w, tag);
	fx_cw_text(w, "udt:Indicator", value ? "true" : "false");
	fx_cw_close(w, tag);
}

/* Writes a binary object leaf. */
void fx_cw_binary(fx_cw *w, const char *tag, const unsigned char *data, size_t len,
                  const char *mime, const char *filename)
{
	indent(w);
	put(w, "<", 1);
	puts_(w, tag);
	put_attr(w, tag, "mimeCode", mime);
	put_attr(w, tag, "filename", filename);
	put(w, ">", 1);
	if (data)
		if (!w->rc && fx_base64_encode(&w->buf, data, len))
			w->rc = FX_ENOMEM;
	put(w, "</", 2);
	puts_(w, tag);
	put(w, ">", 1);
	newline(w);
}
