/*
 * Choosing the font files of a family from the font configuration. The
 * configuration is parsed once (cached, see cache.h), the fonts come from the
 * font cache; the candidate files are still looked up on every call.
 */
#include "render/fonts.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/error.h"
#include "core/file.h"
#include "pdf/cache.h"
#include "render/template.h"

#define BUILTIN_KEY "fonts.json (built in)"

/* Loads the first existing file of the candidates array list (face: "regular"
 * or "bold", for messages; src: the configuration's name) into *out. */
static int load_face(json_t *list, const char *src, const char *family, const char *face,
                     fx_ttf **out)
{
	if (!json_is_array(list) || json_array_size(list) == 0)
		return fx_error_set(FX_EINVAL,
		                    "%s: $.families.%s.%s: expected an array of "
		                    "font file paths",
		                    src, family, face);
	fx_buf tried = {0};
	for (size_t i = 0; i < json_array_size(list); i++) {
		const char *path = json_string_value(json_array_get(list, i));
		if (!path) {
			fx_buf_free(&tried);
			return fx_error_set(FX_EINVAL,
			                    "%s: $.families.%s.%s[%zu]: expected a "
			                    "string",
			                    src, family, face, i);
		}
		if (access(path, R_OK) == 0) {
			fx_buf_free(&tried);
			return fx_ttf_get(path, out);
		}
		fx_buf_printf(&tried, "%s%s", i ? ", " : "", path);
	}
	int rc = fx_error_set(FX_EIO,
	                      "font family \"%s\" (%s): none of these files exists: %s "
	                      "(install the font package, see docs/rendering.md)",
	                      family, face, tried.data ? tried.data : "");
	fx_buf_free(&tried);
	return rc;
}

/* Cache loader: parses the configuration named key (a path or BUILTIN_KEY). */
static int load_config(const char *key, void **value)
{
	json_error_t err;
	json_t *root;
	size_t len;
	if (strcmp(key, BUILTIN_KEY) != 0) {
		char *text = NULL;
		int rc = fx_file_read(key, &text, &len);
		if (rc)
			return rc;
		root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
		free(text);
	} else {
		const char *b = fx_builtin_file("fonts.json", &len);
		if (!b)
			return fx_error_set(FX_ERROR, "the built-in fonts.json is missing");
		root = json_loadb(b, len, JSON_REJECT_DUPLICATES, &err);
	}
	if (!root)
		return fx_error_set(FX_EINVAL, "%s:%d:%d: %s", key, err.line, err.column, err.text);
	*value = root;
	return 0;
}

/* Cache hook: frees a parsed configuration. */
static void free_config(void *v)
{
	json_decref(v);
}

static const fx_cache_ops config_ops = {"fonts.json", load_config, free_config, NULL};

/* Loads a family. */
int fx_fonts_load(const char *config, const char *family, fx_ttf *fonts[2])
{
	const char *src = config ? config : BUILTIN_KEY;
	void *v;
	fx_cache_entry *entry;
	int rc = fx_cache_get(&config_ops, src, config, &v, &entry);
	if (rc)
		return rc;
	/* read only from here: jansson look-ups do not modify the shared tree */
	json_t *fam = json_object_get(json_object_get(v, "families"), family);
	if (!json_is_object(fam))
		rc = fx_error_set(FX_EINVAL, "%s: $.families.%s: no such font family", src, family);
	else
		rc = load_face(json_object_get(fam, "regular"), src, family, "regular", &fonts[0]);
	if (!rc) {
		rc = load_face(json_object_get(fam, "bold"), src, family, "bold", &fonts[1]);
		if (rc)
			fx_ttf_free(fonts[0]);
	}
	fx_cache_release(entry);
	return rc;
}
