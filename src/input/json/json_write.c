/*
 * The JSON writer: the inverse of the reader, walking the same key tables
 * (only present fields, keys in table order, 2-space indentation).
 */
#include "facturx/json.h"

#include <stdio.h>
#include <string.h>

#include "core/base64.h"
#include "core/buf.h"
#include "core/error.h"
#include "input/json/json_base64.h"
#include "input/json/json_map.h"

static int write_object(fx_buf *b, const fx_jtable *t, const void *base, int indent);

/* Address of field f inside the struct at base. */
static const void *write_at(const void *base, const fx_jfield *f)
{
	return (const char *)base + f->offset;
}

/* Count stored at offset2 of field f inside the struct at base. */
static size_t write_count(const void *base, const fx_jfield *f)
{
	return *(const size_t *)((const char *)base + f->offset2);
}

/* True when a text is present (empty texts are left out). */
static bool write_has_text(const char *s)
{
	return s && *s;
}

/* True when some element of an array field is written. */
static bool write_array_present(const fx_jfield *f, const void *base)
{
	const char *arr = *(const char *const *)write_at(base, f);
	size_t n = write_count(base, f);
	for (size_t i = 0; arr && i < n; i++) {
		const void *elem = arr + i * f->elem_size;
		if (f->kind == FX_JK_IDENT_ARRAY ? write_has_text(((const fx_identifier *)elem)->id)
		                                 : (!f->keep || f->keep(elem)))
			return true;
	}
	return false;
}

static bool write_table_present(const fx_jtable *t, const void *base);

/* True when field f of the struct at base has something to write. */
static bool write_present(const fx_jfield *f, const void *base)
{
	const void *at = write_at(base, f);
	switch (f->kind) {
	case FX_JK_TEXT:
		return write_has_text(*(char *const *)at);
	case FX_JK_DECIMAL:
		return ((const fx_decimal *)at)->set;
	case FX_JK_DATE:
		return !fx_date_is_absent(*(const fx_date *)at);
	case FX_JK_BOOL:
		return *(const bool *)at;
	case FX_JK_IDENT:
		return write_has_text(((const fx_identifier *)at)->id);
	case FX_JK_PROFILE:
		return *(const bool *)((const char *)base + f->offset2);
	case FX_JK_CATEGORY:
		return *(const fx_operation_category *)at != FX_OPERATION_UNSPECIFIED;
	case FX_JK_DATA:
		return *(unsigned char *const *)at && write_count(base, f) > 0;
	case FX_JK_OBJECT:
		return write_table_present(f->sub, at);
	case FX_JK_ARRAY:
	case FX_JK_IDENT_ARRAY:
		return write_array_present(f, base);
	case FX_JK_IGNORED:
		return false;
	}
	return false;
}

/* True when any field of the table has something to write. */
static bool write_table_present(const fx_jtable *t, const void *base)
{
	for (size_t i = 0; i < t->n_fields; i++)
		if (write_present(&t->fields[i], base))
			return true;
	return false;
}

/* Appends 2 x level spaces. */
static void write_indent(fx_buf *b, int level)
{
	for (int i = 0; i < level; i++)
		fx_buf_append(b, "  ", 2);
}

/* Appends s as a JSON string literal. */
static void write_string(fx_buf *b, const char *s)
{
	fx_buf_append(b, "\"", 1);
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '"' || c == '\\') {
			char esc[2] = {'\\', (char)c};
			fx_buf_append(b, esc, 2);
		} else if (c == '\n') {
			fx_buf_puts(b, "\\n");
		} else if (c == '\r') {
			fx_buf_puts(b, "\\r");
		} else if (c == '\t') {
			fx_buf_puts(b, "\\t");
		} else if (c < 0x20) {
			fx_buf_printf(b, "\\u%04x", c);
		} else {
			fx_buf_append(b, p, 1);
		}
	}
	fx_buf_append(b, "\"", 1);
}

/* Appends an identifier: a string, or an object when it has a scheme. */
static int write_identifier(fx_buf *b, const fx_identifier *id, int indent)
{
	if (!write_has_text(id->scheme)) {
		write_string(b, id->id);
		return FX_OK;
	}
	return write_object(b, &fx_jt_identifier, id, indent);
}

/* Appends the elements of an array field. */
static int write_array(fx_buf *b, const fx_jfield *f, const void *base, int indent)
{
	const char *arr = *(const char *const *)write_at(base, f);
	size_t n = write_count(base, f);
	bool first = true;
	fx_buf_puts(b, "[\n");
	for (size_t i = 0; i < n; i++) {
		const void *elem = arr + i * f->elem_size;
		int rc = FX_OK;
		if (f->kind == FX_JK_IDENT_ARRAY) {
			if (!write_has_text(((const fx_identifier *)elem)->id))
				continue;
		} else if (f->keep && !f->keep(elem)) {
			continue;
		}
		fx_buf_puts(b, first ? "" : ",\n");
		write_indent(b, indent + 1);
		first = false;
		if (f->kind == FX_JK_IDENT_ARRAY)
			rc = write_identifier(b, elem, indent + 1);
		else
			rc = write_object(b, f->sub, elem, indent + 1);
		if (rc < 0)
			return rc;
	}
	fx_buf_puts(b, "\n");
	write_indent(b, indent);
	fx_buf_puts(b, "]");
	return FX_OK;
}

/* Appends a decimal with its scale, as a JSON number. */
static int write_decimal(fx_buf *b, fx_decimal d, const char *key)
{
	char text[FX_DECIMAL_STRLEN];
	int rc = fx_decimal_format(d, text, sizeof text);
	if (rc < 0)
		return fx_error_prefix("%s", key);
	fx_buf_puts(b, text);
	return FX_OK;
}

/* Appends a date as "YYYY-MM-DD". */
static int write_date(fx_buf *b, fx_date d, const char *key)
{
	char text[16];
	int rc = fx_date_format(d, 1, text, sizeof text);
	if (rc < 0)
		return fx_error_prefix("%s", key);
	write_string(b, text);
	return FX_OK;
}

/* Appends the operation category name. */
static int write_category(fx_buf *b, fx_operation_category cat)
{
	static const char *const names[] = {NULL, "goods", "services", "mixed"};
	if ((int)cat < 1 || (int)cat > 3)
		return fx_error_set(FX_EINVAL, "operation_category: invalid value %d", (int)cat);
	write_string(b, names[cat]);
	return FX_OK;
}

/* Appends the value of field f of the struct at base. */
static int write_value(fx_buf *b, const fx_jfield *f, const void *base, int indent)
{
	const void *at = write_at(base, f);
	switch (f->kind) {
	case FX_JK_TEXT:
		write_string(b, *(char *const *)at);
		return FX_OK;
	case FX_JK_DECIMAL:
		return write_decimal(b, *(const fx_decimal *)at, f->key);
	case FX_JK_DATE:
		return write_date(b, *(const fx_date *)at, f->key);
	case FX_JK_BOOL:
		fx_buf_puts(b, "true");
		return FX_OK;
	case FX_JK_IDENT:
		return write_identifier(b, at, indent);
	case FX_JK_PROFILE: {
		fx_profile p = *(const fx_profile *)at;
		if ((int)p < (int)FX_PROFILE_MINIMUM || (int)p > (int)FX_PROFILE_EXTENDED)
			return fx_error_set(FX_EINVAL, "profile: invalid value %d", (int)p);
		write_string(b, fx_profile_name(p));
		return FX_OK;
	}
	case FX_JK_CATEGORY:
		return write_category(b, *(const fx_operation_category *)at);
	case FX_JK_DATA:
		fx_buf_puts(b, "\"");
		fx_base64_encode(b, *(unsigned char *const *)at, write_count(base, f));
		fx_buf_puts(b, "\"");
		return FX_OK;
	case FX_JK_OBJECT:
		return write_object(b, f->sub, at, indent);
	case FX_JK_ARRAY:
	case FX_JK_IDENT_ARRAY:
		return write_array(b, f, base, indent);
	case FX_JK_IGNORED:
		break;
	}
	return FX_OK;
}

/* Appends an object with the present fields of table t. */
static int write_object(fx_buf *b, const fx_jtable *t, const void *base, int indent)
{
	bool first = true;
	fx_buf_puts(b, "{");
	for (size_t i = 0; i < t->n_fields; i++) {
		const fx_jfield *f = &t->fields[i];
		if (!write_present(f, base))
			continue;
		fx_buf_puts(b, first ? "\n" : ",\n");
		first = false;
		write_indent(b, indent + 1);
		write_string(b, f->key);
		fx_buf_puts(b, ": ");
		int rc = write_value(b, f, base, indent + 1);
		if (rc < 0)
			return rc;
	}
	if (!first) {
		fx_buf_puts(b, "\n");
		write_indent(b, indent);
	}
	fx_buf_puts(b, "}");
	return FX_OK;
}

/* Writes the whole description. */
int fx_json_write_memory(const fx_invoice *inv, char **out, size_t *out_len)
{
	if (!inv || !out)
		return fx_error_set(FX_EUSAGE, "fx_json_write_memory: NULL argument");
	fx_buf b = {0};
	int rc = write_object(&b, &fx_jt_invoice, inv, 0);
	fx_buf_puts(&b, "\n");
	if (rc == FX_OK && b.failed)
		rc = fx_error_oom();
	if (rc < 0) {
		fx_buf_free(&b);
		return rc;
	}
	size_t len = 0;
	char *text = fx_buf_detach(&b, &len);
	if (!text)
		return fx_error_oom();
	*out = text;
	if (out_len)
		*out_len = len;
	return FX_OK;
}
