/*
 * Reading a template's JSON: every value checked, unknown keys refused, each
 * error naming the file and the JSON path ("$.blocks[3].columns[1].width").
 */
#include "render/template_parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"

#define FX_MM 2.8346457f /* points per millimetre */

/** Reading context: the file name for messages. */
typedef struct tp {
	const char *source;
} tp;

/* Records an error at JSON path for template p; fmt: what is wrong. */
static int fail(const tp *p, const char *path, const char *what)
{
	return fx_error_set(FX_EINVAL, "%s: %s: %s", p->source, path, what);
}

/* Refuses keys of obj (at path) that are not in the NULL-terminated list allowed. */
static int check_keys(const tp *p, json_t *obj, const char *path, const char *const *allowed)
{
	const char *key;
	json_t *v;
	json_object_foreach(obj, key, v)
	{
		size_t i = 0;
		while (allowed[i] && strcmp(allowed[i], key) != 0)
			i++;
		if (!allowed[i]) {
			char msg[256];
			snprintf(msg, sizeof msg, "unknown key \"%s\" (see docs/templates.md)",
			         key);
			return fail(p, path, msg);
		}
	}
	return 0;
}

/* Reads number key of obj into *out if present, checking min..max; path: obj's path. */
static int get_num(const tp *p, json_t *obj, const char *path, const char *key, double min,
                   double max, float *out)
{
	json_t *v = json_object_get(obj, key);
	if (!v)
		return 0;
	char at[256], msg[128];
	snprintf(at, sizeof at, "%s.%s", path, key);
	if (!json_is_number(v) || json_number_value(v) < min || json_number_value(v) > max) {
		snprintf(msg, sizeof msg, "expected a number from %g to %g", min, max);
		return fail(p, at, msg);
	}
	*out = (float)json_number_value(v);
	return 0;
}

/* Reads string key of obj into *out (malloc'ed) if present; null clears it. */
static int get_str(const tp *p, json_t *obj, const char *path, const char *key, char **out)
{
	json_t *v = json_object_get(obj, key);
	if (!v)
		return 0;
	char at[256];
	snprintf(at, sizeof at, "%s.%s", path, key);
	free(*out);
	*out = NULL;
	if (json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return fail(p, at, "expected a string or null");
	*out = strdup(json_string_value(v));
	return *out ? 0 : fx_error_oom();
}

/* Reads boolean key of obj into *out if present. */
static int get_bool(const tp *p, json_t *obj, const char *path, const char *key, int *out)
{
	json_t *v = json_object_get(obj, key);
	if (!v)
		return 0;
	char at[256];
	snprintf(at, sizeof at, "%s.%s", path, key);
	if (!json_is_boolean(v))
		return fail(p, at, "expected true or false");
	*out = json_is_true(v);
	return 0;
}

/* Returns the index of s in the NULL-terminated list names, or -1. */
static int pick(const char *s, const char *const *names)
{
	for (int i = 0; s && names[i]; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* Reads enumerated string key of obj (one of names) into *out if present. */
static int get_enum(const tp *p, json_t *obj, const char *path, const char *key,
                    const char *const *names, int *out)
{
	json_t *v = json_object_get(obj, key);
	if (!v)
		return 0;
	int i = pick(json_string_value(v), names);
	if (i < 0) {
		char at[256], msg[512] = "expected one of:";
		snprintf(at, sizeof at, "%s.%s", path, key);
		for (int k = 0; names[k]; k++) {
			strncat(msg, " ", sizeof msg - strlen(msg) - 1);
			strncat(msg, names[k], sizeof msg - strlen(msg) - 1);
		}
		return fail(p, at, msg);
	}
	*out = i;
	return 0;
}

/* Reads colour key ("#RRGGBB") of obj into *out if present. */
static int get_color(const tp *p, json_t *obj, const char *path, const char *key, fx_rgb *out)
{
	json_t *v = json_object_get(obj, key);
	if (!v)
		return 0;
	const char *s = json_string_value(v);
	unsigned r, g, b;
	char end;
	if (!s || strlen(s) != 7 || sscanf(s, "#%2x%2x%2x%c", &r, &g, &b, &end) != 3) {
		char at[256];
		snprintf(at, sizeof at, "%s.%s", path, key);
		return fail(p, at, "expected a colour \"#RRGGBB\"");
	}
	*out = (fx_rgb){(uint8_t)r, (uint8_t)g, (uint8_t)b};
	return 0;
}

/* Returns obj's member key when it is an object (or absent: NULL); *rc set on error. */
static json_t *get_obj(const tp *p, json_t *obj, const char *path, const char *key, int *rc)
{
	json_t *v = json_object_get(obj, key);
	if (v && !json_is_object(v)) {
		char at[256];
		snprintf(at, sizeof at, "%s.%s", path, key);
		*rc = fail(p, at, "expected an object");
		return NULL;
	}
	return v;
}

/* Reads $.page: size and margins. */
static int read_page(const tp *p, fx_template *t, json_t *page)
{
	static const char *const keys[] = {"size", "margins_mm", NULL};
	static const char *const sizes[] = {"A4", "Letter", NULL};
	static const char *const mkeys[] = {"top", "right", "bottom", "left", NULL};
	int rc = check_keys(p, page, "$.page", keys), size = 0;
	if (!rc)
		rc = get_enum(p, page, "$.page", "size", sizes, &size);
	if (rc)
		return rc;
	t->page_w = size ? 612.0f : 595.28f;
	t->page_h = size ? 792.0f : 841.89f;
	json_t *m = get_obj(p, page, "$.page", "margins_mm", &rc);
	if (rc || !m)
		return rc;
	float v[4] = {t->m_top / FX_MM, t->m_right / FX_MM, t->m_bottom / FX_MM, t->m_left / FX_MM};
	rc = check_keys(p, m, "$.page.margins_mm", mkeys);
	for (int i = 0; i < 4 && !rc; i++)
		rc = get_num(p, m, "$.page.margins_mm", mkeys[i], 0, 60, &v[i]);
	t->m_top = v[0] * FX_MM;
	t->m_right = v[1] * FX_MM;
	t->m_bottom = v[2] * FX_MM;
	t->m_left = v[3] * FX_MM;
	return rc;
}

/* Reads $.colors. */
static int read_colors(const tp *p, fx_template *t, json_t *c)
{
	static const char *const keys[] = {"text", "muted", "accent", "accent_text",
	                                   "rule", "fill",  NULL};
	fx_rgb *dst[] = {&t->colors.text,        &t->colors.muted, &t->colors.accent,
	                 &t->colors.accent_text, &t->colors.rule,  &t->colors.fill};
	int rc = check_keys(p, c, "$.colors", keys);
	for (int i = 0; keys[i] && !rc; i++)
		rc = get_color(p, c, "$.colors", keys[i], dst[i]);
	return rc;
}

/* Reads $.logo. */
static int read_logo(const tp *p, fx_template *t, json_t *l)
{
	static const char *const keys[] = {"path", "max_width_mm", "max_height_mm", NULL};
	float w = t->logo_max_w / FX_MM, h = t->logo_max_h / FX_MM;
	int rc = check_keys(p, l, "$.logo", keys);
	if (!rc)
		rc = get_str(p, l, "$.logo", "path", &t->logo_path);
	if (!rc)
		rc = get_num(p, l, "$.logo", "max_width_mm", 5, 200, &w);
	if (!rc)
		rc = get_num(p, l, "$.logo", "max_height_mm", 5, 100, &h);
	t->logo_max_w = w * FX_MM;
	t->logo_max_h = h * FX_MM;
	return rc;
}

/* Reads the columns of a lines block at path into b. */
static int read_columns(const tp *p, fx_block *b, json_t *cols, const char *path)
{
	static const char *const keys[] = {"field", "width", "align", NULL};
	static const char *const fields[] = {"id",         "ref", "designation", "quantity", "unit",
	                                     "unit_price", "vat", "amount",      NULL};
	static const char *const aligns[] = {"left", "center", "right", NULL};
	char at[256];
	snprintf(at, sizeof at, "%s.columns", path);
	if (!json_is_array(cols) || json_array_size(cols) == 0 || json_array_size(cols) > 12)
		return fail(p, at, "expected an array of 1 to 12 columns");
	b->cols = calloc(json_array_size(cols), sizeof *b->cols);
	if (!b->cols)
		return fx_error_oom();
	int has_designation = 0;
	for (size_t i = 0; i < json_array_size(cols); i++) {
		json_t *c = json_array_get(cols, i);
		snprintf(at, sizeof at, "%s.columns[%zu]", path, i);
		if (!json_is_object(c))
			return fail(p, at, "expected an object");
		fx_column *col = &b->cols[b->n_cols++];
		int field = -1, align = FX_ALIGN_LEFT;
		col->weight = 10;
		int rc = check_keys(p, c, at, keys);
		if (!rc)
			rc = get_enum(p, c, at, "field", fields, &field);
		if (!rc && field < 0)
			rc = fail(p, at, "\"field\" is required");
		if (!rc)
			rc = get_num(p, c, at, "width", 1, 100, &col->weight);
		if (!rc)
			rc = get_enum(p, c, at, "align", aligns, &align);
		if (rc)
			return rc;
		col->field = (fx_col_field)field;
		col->align = (fx_align)align;
		has_designation |= field == FX_COL_DESIGNATION;
	}
	snprintf(at, sizeof at, "%s.columns", path);
	return has_designation ? 0 : fail(p, at, "a \"designation\" column is required");
}

/* Reads block number i (JSON object o) into b. */
static int read_block(const tp *p, fx_block *b, json_t *o, size_t i)
{
	static const char *const keys[] = {"type",      "position", "share", "gap_mm",
	                                   "height_mm", "columns",  NULL};
	static const char *const types[] = {"seller",
	                                    "title",
	                                    "buyer",
	                                    "references",
	                                    "delivery",
	                                    "lines",
	                                    "allowances_charges",
	                                    "vat_breakdown",
	                                    "totals",
	                                    "amount_in_words",
	                                    "payment",
	                                    "notes",
	                                    "spacer",
	                                    "works_contract",
	                                    "works_decompte",
	                                    "works_words",
	                                    "works_revision",
	                                    "works_items",
	                                    NULL};
	static const char *const positions[] = {"full", "left", "right", NULL};
	char at[64];
	snprintf(at, sizeof at, "$.blocks[%zu]", i);
	if (!json_is_object(o))
		return fail(p, at, "expected an object");
	int type = -1, pos = FX_POS_FULL;
	float share = 0.5f, gap = 3.5f, height = 5;
	int rc = check_keys(p, o, at, keys);
	if (!rc)
		rc = get_enum(p, o, at, "type", types, &type);
	if (!rc && type < 0)
		rc = fail(p, at, "\"type\" is required");
	if (!rc)
		rc = get_enum(p, o, at, "position", positions, &pos);
	if (!rc)
		rc = get_num(p, o, at, "share", 0.2, 0.8, &share);
	if (!rc)
		rc = get_num(p, o, at, "gap_mm", 0, 50, &gap);
	if (!rc)
		rc = get_num(p, o, at, "height_mm", 0, 200, &height);
	if (rc)
		return rc;
	b->type = (fx_block_type)type;
	b->pos = (fx_block_pos)pos;
	b->share = share;
	b->gap = gap * FX_MM;
	b->height = height * FX_MM;
	json_t *cols = json_object_get(o, "columns");
	if (type == FX_BLOCK_LINES && cols)
		return read_columns(p, b, cols, at);
	if (cols)
		return fail(p, at, "\"columns\" is only for a \"lines\" block");
	if (type == FX_BLOCK_LINES)
		return fail(p, at, "a \"lines\" block needs \"columns\"");
	if (pos != FX_POS_FULL && (type == FX_BLOCK_LINES || type == FX_BLOCK_NOTES ||
	                           type == FX_BLOCK_WORKS_REVISION || type == FX_BLOCK_WORKS_ITEMS))
		return fail(p, at,
		            "\"lines\", \"notes\", \"works_revision\" and \"works_items\" blocks "
		            "take the full width");
	return 0;
}

/* Reads $.blocks. */
static int read_blocks(const tp *p, fx_template *t, json_t *blocks)
{
	if (!json_is_array(blocks) || json_array_size(blocks) == 0)
		return fail(p, "$.blocks", "expected a non-empty array of blocks");
	t->blocks = calloc(json_array_size(blocks), sizeof *t->blocks);
	if (!t->blocks)
		return fx_error_oom();
	for (size_t i = 0; i < json_array_size(blocks); i++) {
		int rc = read_block(p, &t->blocks[i], json_array_get(blocks, i), i);
		t->n_blocks = i + 1;
		if (rc)
			return rc;
	}
	return 0;
}

/* Reads $.footer. */
static int read_footer(const tp *p, fx_template *t, json_t *f)
{
	static const char *const keys[] = {"text", "page_numbers", NULL};
	int rc = check_keys(p, f, "$.footer", keys);
	if (!rc)
		rc = get_str(p, f, "$.footer", "text", &t->footer_text);
	if (!rc)
		rc = get_bool(p, f, "$.footer", "page_numbers", &t->page_numbers);
	return rc;
}

/* Sets the values a template may leave out. */
static int set_defaults(fx_template *t, const char *lang)
{
	snprintf(t->lang, sizeof t->lang, "%s", lang);
	t->page_w = 595.28f;
	t->page_h = 841.89f;
	t->m_top = t->m_right = t->m_left = 15 * FX_MM;
	t->m_bottom = 14 * FX_MM;
	t->font_size = 8.5f;
	t->colors = (fx_colors){{30, 30, 30},    {100, 108, 118}, {31, 78, 121},
	                        {255, 255, 255}, {200, 208, 216}, {236, 241, 246}};
	t->logo_max_w = 45 * FX_MM;
	t->logo_max_h = 20 * FX_MM;
	t->amount_in_words = 1;
	t->page_numbers = 1;
	t->font_family = strdup("sans");
	return t->font_family ? 0 : fx_error_oom();
}

/* Reads the top-level scalars: version, language, fonts, date pattern. */
static int read_top(const tp *p, fx_template *t, json_t *root)
{
	static const char *const langs[] = {"fr", "en", NULL};
	float version = 0;
	int lang = pick(t->lang, langs);
	int rc = get_num(p, root, "$", "template_version", 1, 1, &version);
	if (!rc && version != 1)
		rc = fail(p, "$.template_version", "required, must be 1");
	if (!rc)
		rc = get_enum(p, root, "$", "language", langs, &lang);
	if (!rc && lang >= 0)
		snprintf(t->lang, sizeof t->lang, "%s", langs[lang]);
	if (!rc)
		rc = get_str(p, root, "$", "font_family", &t->font_family);
	if (!rc && !t->font_family)
		rc = fail(p, "$.font_family", "must name a family of the font configuration");
	if (!rc)
		rc = get_num(p, root, "$", "font_size", 6, 14, &t->font_size);
	if (!rc)
		rc = get_str(p, root, "$", "date_pattern", &t->date_pattern);
	if (!rc)
		rc = get_bool(p, root, "$", "amount_in_words", &t->amount_in_words);
	return rc;
}

/* Fills t from root. */
int fx_template_read(fx_template *t, json_t *root, const char *lang)
{
	static const char *const keys[] = {"template_version",
	                                   "language",
	                                   "page",
	                                   "font_family",
	                                   "font_size",
	                                   "colors",
	                                   "logo",
	                                   "date_pattern",
	                                   "amount_in_words",
	                                   "blocks",
	                                   "footer",
	                                   "labels",
	                                   NULL};
	tp p = {t->source};
	int rc = set_defaults(t, lang);
	if (!rc)
		rc = check_keys(&p, root, "$", keys);
	if (!rc)
		rc = read_top(&p, t, root);
	json_t *o;
	if (!rc && (o = get_obj(&p, root, "$", "page", &rc)))
		rc = read_page(&p, t, o);
	if (!rc && (o = get_obj(&p, root, "$", "colors", &rc)))
		rc = read_colors(&p, t, o);
	if (!rc && (o = get_obj(&p, root, "$", "logo", &rc)))
		rc = read_logo(&p, t, o);
	if (!rc && (o = get_obj(&p, root, "$", "footer", &rc)))
		rc = read_footer(&p, t, o);
	if (!rc)
		rc = read_blocks(&p, t, json_object_get(root, "blocks"));
	return rc;
}
