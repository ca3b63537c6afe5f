/*
 * The JSON reader's single values: texts, decimals, dates, booleans,
 * identifiers, the profile, the operation category and base64 data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "input/json/json_base64.h"
#include "input/json/json_read.h"

#define EXPECT_DECIMAL "a decimal number (e.g. 12.5 or \"12.50\")"
#define EXPECT_DATE "a date \"YYYY-MM-DD\""
#define EXPECT_PROFILE                                                                             \
	"a profile (\"MINIMUM\", \"BASIC WL\", \"BASIC\", \"EN 16931\" or \"EXTENDED\")"
#define EXPECT_CATEGORY "\"goods\", \"services\" or \"mixed\""

/* Turns the model's FX_EINVAL into a positioned message (other codes keep
 * the model's message). */
static int values_model_error(const fx_jr_ctx *c, const fx_json_value *v, const fx_json_path *path,
                              int rc)
{
	if (rc != FX_EINVAL)
		return rc;
	char msg[512];
	snprintf(msg, sizeof msg, "%s", fx_error_last()->message);
	return fx_jr_error(c, v, path, "%s", msg);
}

/* Reads a non-empty string into a text field of the model. */
static int values_text(const fx_jr_ctx *c, char **field, const fx_json_value *v,
                       const fx_json_path *path)
{
	if (v->type != FX_JSON_STRING)
		return fx_jr_expected(c, v, path, "a text (a JSON string)");
	if (v->len == 0)
		return fx_jr_expected(c, v, path, "a non-empty text");
	int rc = fx_invoice_set_textn(c->inv, field, v->str, v->len);
	if (rc < 0)
		return values_model_error(c, v, path, rc);
	return FX_OK;
}

/* True when s/len is a plain decimal: optional '-', digits, optional
 * '.' and digits. */
static int values_plain_decimal(const char *s, size_t len)
{
	size_t i = 0, digits = 0;
	if (i < len && s[i] == '-')
		i++;
	while (i < len && s[i] >= '0' && s[i] <= '9') {
		i++;
		digits++;
	}
	if (!digits)
		return 0;
	if (i < len && s[i] == '.') {
		size_t start = ++i;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == start)
			return 0;
	}
	return i == len;
}

/* Reads a JSON number or a string holding a plain decimal, keeping its scale. */
static int values_decimal(const fx_jr_ctx *c, fx_decimal *out, const fx_json_value *v,
                          const fx_json_path *path)
{
	if ((v->type != FX_JSON_NUMBER && v->type != FX_JSON_STRING) ||
	    !values_plain_decimal(v->str, v->len))
		return fx_jr_expected(c, v, path, EXPECT_DECIMAL);
	fx_decimal d;
	int rc = fx_decimal_parse(v->str, v->len, &d);
	if (rc == FX_EOVERFLOW) {
		char got[128];
		fx_json_describe(v, got, sizeof got);
		return fx_jr_error(c, v, path,
		                   "decimal number too large or with too many decimals (at most "
		                   "%d), got %s",
		                   FX_DECIMAL_MAX_SCALE, got);
	}
	if (rc < 0)
		return fx_jr_expected(c, v, path, EXPECT_DECIMAL);
	*out = d;
	return FX_OK;
}

/* True when s/len has the shape "DDDD-DD-DD". */
static int values_date_shape(const char *s, size_t len)
{
	if (len != 10)
		return 0;
	for (size_t i = 0; i < len; i++) {
		int dash = i == 4 || i == 7;
		if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	}
	return 1;
}

/* Reads a "YYYY-MM-DD" string, checking the calendar. */
static int values_date(const fx_jr_ctx *c, fx_date *out, const fx_json_value *v,
                       const fx_json_path *path)
{
	if (v->type != FX_JSON_STRING || !values_date_shape(v->str, v->len))
		return fx_jr_expected(c, v, path, EXPECT_DATE);
	fx_date d;
	if (fx_date_parse(v->str, v->len, &d) < 0 || d.year == 0) {
		char got[64];
		fx_json_describe(v, got, sizeof got);
		return fx_jr_error(c, v, path, "expected %s, got %s (no such day)", EXPECT_DATE,
		                   got);
	}
	*out = d;
	return FX_OK;
}

/* Reads true or false. */
static int values_bool(const fx_jr_ctx *c, bool *out, const fx_json_value *v,
                       const fx_json_path *path)
{
	if (v->type != FX_JSON_TRUE && v->type != FX_JSON_FALSE)
		return fx_jr_expected(c, v, path, "true or false");
	*out = v->type == FX_JSON_TRUE;
	return FX_OK;
}

/* Reads an identifier: a string, or an object with "id" and "scheme". */
int fx_jr_identifier(const fx_jr_ctx *c, fx_identifier *id, const fx_json_value *v,
                     const fx_json_path *path)
{
	if (v->type == FX_JSON_STRING)
		return values_text(c, &id->id, v, path);
	if (v->type != FX_JSON_OBJECT)
		return fx_jr_expected(c, v, path,
		                      "an identifier (a text or {\"id\": ..., \"scheme\": ...})");
	int rc = fx_jr_object(c, &fx_jt_identifier, id, v, path);
	if (rc < 0)
		return rc;
	if (!id->id)
		return fx_jr_error(c, v, path, "missing key 'id'");
	return FX_OK;
}

/* Reads a profile name; the canonical names are always understood. */
static int values_profile(const fx_jr_ctx *c, fx_profile *out, bool *has, const fx_json_value *v,
                          const fx_json_path *path)
{
	if (v->type != FX_JSON_STRING || memchr(v->str, '\0', v->len))
		return fx_jr_expected(c, v, path, EXPECT_PROFILE);
	for (int p = FX_PROFILE_MINIMUM; p <= FX_PROFILE_EXTENDED; p++) {
		const char *name = fx_profile_name((fx_profile)p);
		if (name && strlen(name) == v->len) {
			size_t i = 0;
			while (i < v->len && (v->str[i] | 0x20) == (name[i] | 0x20))
				i++;
			if (i == v->len) {
				*out = (fx_profile)p;
				*has = true;
				return FX_OK;
			}
		}
	}
	fx_profile p;
	if (fx_profile_parse(v->str, &p) < 0)
		return fx_jr_expected(c, v, path, EXPECT_PROFILE);
	*out = p;
	*has = true;
	return FX_OK;
}

/* Reads "goods", "services" or "mixed". */
static int values_category(const fx_jr_ctx *c, fx_operation_category *out, const fx_json_value *v,
                           const fx_json_path *path)
{
	static const struct {
		const char *name;
		fx_operation_category value;
	} names[] = {{"goods", FX_OPERATION_GOODS},
	             {"services", FX_OPERATION_SERVICES},
	             {"mixed", FX_OPERATION_MIXED}};
	if (v->type == FX_JSON_STRING)
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strlen(names[i].name) == v->len &&
			    memcmp(names[i].name, v->str, v->len) == 0) {
				*out = names[i].value;
				return FX_OK;
			}
	return fx_jr_expected(c, v, path, EXPECT_CATEGORY);
}

/* Reads base64 data; a bad character is reported at its own column when
 * the string has no escapes. */
static int values_data(const fx_jr_ctx *c, unsigned char **field, size_t *field_len,
                       const fx_json_value *v, const fx_json_path *path)
{
	if (v->type != FX_JSON_STRING)
		return fx_jr_expected(c, v, path, "base64 data (a JSON string)");
	if (v->len == 0)
		return fx_jr_expected(c, v, path, "non-empty base64 data");
	unsigned char *bytes = NULL;
	size_t n = 0, bad = 0;
	const char *why = NULL;
	int rc = fx_json_base64_decode(v->str, v->len, &bytes, &n, &bad, &why);
	if (rc == FX_EINVAL) {
		uint32_t col = v->col;
		if (!v->escaped && bad <= v->len)
			col = (uint32_t)(v->col + 1 + bad);
		if (bad < v->len && strncmp(why, "invalid", 7) == 0) {
			unsigned char lead = (unsigned char)v->str[bad];
			size_t clen = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
			char shown[16];
			fx_json_quote(v->str + bad, clen <= v->len - bad ? clen : 1, 1, shown,
			              sizeof shown);
			return fx_json_error(c->source, v->line, col, path, "%s %s", why, shown);
		}
		return fx_json_error(c->source, v->line, col, path, "%s", why);
	}
	if (rc < 0)
		return rc;
	rc = fx_invoice_set_data(c->inv, field, field_len, bytes, n);
	free(bytes);
	if (rc < 0)
		return values_model_error(c, v, path, rc);
	return FX_OK;
}

/* Reads a single value of field f into the struct at base. */
int fx_jr_value(const fx_jr_ctx *c, const fx_jfield *f, void *base, const fx_json_value *v,
                const fx_json_path *path)
{
	char *at = (char *)base + f->offset;
	switch (f->kind) {
	case FX_JK_TEXT:
		return values_text(c, (char **)at, v, path);
	case FX_JK_DECIMAL:
		return values_decimal(c, (fx_decimal *)at, v, path);
	case FX_JK_DATE:
		return values_date(c, (fx_date *)at, v, path);
	case FX_JK_BOOL:
		return values_bool(c, (bool *)at, v, path);
	case FX_JK_IDENT:
		return fx_jr_identifier(c, (fx_identifier *)at, v, path);
	case FX_JK_PROFILE:
		return values_profile(c, (fx_profile *)at, (bool *)((char *)base + f->offset2), v,
		                      path);
	case FX_JK_CATEGORY:
		return values_category(c, (fx_operation_category *)at, v, path);
	case FX_JK_DATA:
		return values_data(c, (unsigned char **)at, (size_t *)((char *)base + f->offset2),
		                   v, path);
	case FX_JK_IGNORED:
		if (v->type != FX_JSON_STRING)
			return fx_jr_expected(c, v, path, "a text (a JSON string)");
		return FX_OK;
	default:
		return fx_error_set(FX_ERROR, "internal error: field '%s' is not a single value",
		                    f->key);
	}
}
