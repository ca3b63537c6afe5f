/*
 * Choosing the font files of a family from the font configuration.
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
#include "render/template.h"

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
			return fx_ttf_load(path, out);
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

/* Loads a family. */
int fx_fonts_load(const char *config, const char *family, fx_ttf *fonts[2])
{
	char *text = NULL;
	size_t len;
	const char *src = config ? config : "fonts.json (built in)";
	json_error_t err;
	json_t *root;
	if (config) {
		int rc = fx_file_read(config, &text, &len);
		if (rc)
			return rc;
		root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
		free(text);
	} else {
		const char *b = fx_builtin_file("fonts.json", &len);
		root = b ? json_loadb(b, len, JSON_REJECT_DUPLICATES, &err) : NULL;
		if (!b)
			return fx_error_set(FX_ERROR, "the built-in fonts.json is missing");
	}
	if (!root)
		return fx_error_set(FX_EINVAL, "%s:%d:%d: %s", src, err.line, err.column, err.text);
	json_t *fam = json_object_get(json_object_get(root, "families"), family);
	int rc;
	if (!json_is_object(fam))
		rc = fx_error_set(FX_EINVAL, "%s: $.families.%s: no such font family", src, family);
	else
		rc = load_face(json_object_get(fam, "regular"), src, family, "regular", &fonts[0]);
	if (!rc) {
		rc = load_face(json_object_get(fam, "bold"), src, family, "bold", &fonts[1]);
		if (rc)
			fx_ttf_free(fonts[0]);
	}
	json_decref(root);
	return rc;
}
