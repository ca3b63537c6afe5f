/*
 * The deposit request: file name and body.
 */
#include "chorus/deposit_request.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "chorus/util.h"
#include "core/base64.h"
#include "core/buf.h"
#include "core/error.h"

#define MAX_DERIVED_NAME 50

/* Derives nomFichier. */
char *fx_chorus_file_name(const char *number, const char *source, int is_pdf)
{
	const char *ext = is_pdf ? ".pdf" : ".xml";
	if (number && number[0]) {
		size_t room = MAX_DERIVED_NAME - strlen("factur-x_") - strlen(ext);
		size_t n = strlen(number) < room ? strlen(number) : room;
		char *name = fx_ch_printf("factur-x_%.*s%s", (int)n, number, ext);
		for (char *p = name ? name + strlen("factur-x_") : NULL; p && n > 0; p++, n--) {
			char c = *p;
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
			      (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
				*p = '-';
		}
		return name;
	}
	if (source && strcmp(source, "-") != 0) {
		const char *slash = strrchr(source, '/');
		const char *base = slash ? slash + 1 : source;
		if (base[0] && fx_chorus_check_file_name(base) == FX_OK)
			return fx_ch_strdup(base);
	}
	return fx_ch_strdup(is_pdf ? "factur-x.pdf" : "factur-x.xml");
}

/* Checks a file name given by the caller. */
int fx_chorus_check_file_name(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 100)
		return fx_error_set(FX_EINVAL, "file name '%s': expected 1 to 100 characters",
		                    name);
	for (const char *p = name; *p; p++)
		if (*p == '/' || *p == '\\' || (unsigned char)*p < 0x20 || *p == 0x7f)
			return fx_error_set(FX_EINVAL,
			                    "file name '%s': no folder or control "
			                    "character allowed",
			                    name);
	json_t *utf8 = json_string(name);
	if (!utf8)
		return fx_error_set(FX_EINVAL, "file name: not valid UTF-8");
	json_decref(utf8);
	const char *dot = strrchr(name, '.');
	if (!dot || dot == name || !dot[1])
		return fx_error_set(FX_EINVAL, "file name '%s': an extension is required", name);
	return FX_OK;
}

/* Appends s to b as a JSON string. */
static void append_json_string(fx_buf *b, const char *s)
{
	json_t *v = json_string(s);
	char *text = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
	json_decref(v);
	if (!text) {
		b->failed = 1;
		return;
	}
	fx_buf_puts(b, text);
	free(text);
}

/* Builds the deposer/flux body. */
char *fx_chorus_deposit_body(const void *data, size_t len, const char *file_name,
                             const char *syntax)
{
	fx_buf b = {0};
	fx_buf_puts(&b, "{\"fichierFlux\":\"");
	fx_base64_encode(&b, data, len);
	fx_buf_puts(&b, "\",\"nomFichier\":");
	append_json_string(&b, file_name);
	fx_buf_puts(&b, ",\"syntaxeFlux\":");
	append_json_string(&b, syntax);
	fx_buf_puts(&b, ",\"avecSignature\":false}");
	if (b.failed) {
		fx_buf_free(&b);
		return NULL;
	}
	return fx_buf_detach(&b, NULL);
}
