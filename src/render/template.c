/*
 * Loading a template: the JSON file (or a built-in one), its labels merged
 * over the built-in labels of its language, and label look-ups. Templates
 * are cached (cache.h): the key is the language, a newline and the path.
 */
#include "render/template.h"

#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "pdf/cache.h"
#include "render/template_parse.h"

/* Parses JSON text (len bytes) named source; *root receives it. */
static int parse_json(const char *text, size_t len, const char *source, json_t **root)
{
	json_error_t err;
	*root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
	if (!*root)
		return fx_error_set(FX_EINVAL, "%s:%d:%d: %s", source, err.line, err.column,
		                    err.text);
	if (!json_is_object(*root)) {
		json_decref(*root);
		return fx_error_set(FX_EINVAL, "%s: $: a template is a JSON object", source);
	}
	return 0;
}

/* Loads the labels of the built-in template of lang into *out (new reference). */
static int builtin_labels(const char *lang, json_t **out)
{
	char name[32];
	snprintf(name, sizeof name, "default-%s.json", lang);
	size_t len;
	const char *text = fx_builtin_file(name, &len);
	if (!text)
		return fx_error_set(FX_EUSAGE, "no built-in template for language \"%s\"", lang);
	json_t *root;
	int rc = parse_json(text, len, name, &root);
	if (rc)
		return rc;
	json_t *labels = json_object_get(root, "labels");
	*out = json_is_object(labels) ? json_deep_copy(labels) : json_object();
	json_decref(root);
	return *out ? 0 : fx_error_oom();
}

/* Returns the folder part of path (malloc'ed), "." when it has none. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return strdup(".");
	size_t n = (size_t)(slash - path);
	char *d = malloc(n + 2);
	if (d) {
		memcpy(d, path, n ? n : 1);
		d[n ? n : 1] = '\0';
	}
	return d;
}

/* Merges the template's labels over the built-in ones of its language. */
static int merge_labels(fx_template *t, json_t *root)
{
	int rc = builtin_labels(t->lang, &t->labels);
	if (rc)
		return rc;
	json_t *own = json_object_get(root, "labels");
	if (own && !json_is_object(own))
		return fx_error_set(FX_EINVAL, "%s: $.labels: expected an object", t->source);
	if (own && json_object_update_recursive(t->labels, own) != 0)
		return fx_error_oom();
	return 0;
}

/* Frees a template for good (also the cache's free function). */
static void destroy(void *v);

/* Reads and parses a template (uncached): the file path, else the built-in
 * template builtin-<lang>.json (builtin NULL: "default"). */
static int load_uncached(const char *path, const char *builtin, const char *lang, fx_template **out)
{
	fx_template *t = calloc(1, sizeof *t);
	if (!t)
		return fx_error_oom();
	char *text = NULL;
	size_t len = 0;
	int rc = 0;
	if (path) {
		t->source = strdup(path);
		t->dir = dir_of(path);
		if (!t->source || !t->dir)
			rc = fx_error_oom();
		else
			rc = fx_file_read(path, &text, &len);
	} else {
		char name[80];
		snprintf(name, sizeof name, "%s-%s.json", builtin ? builtin : "default", lang);
		const char *b = fx_builtin_file(name, &len);
		t->source = strdup(name);
		if (!b)
			rc = fx_error_set(FX_EUSAGE, "no built-in template for language \"%s\"",
			                  lang);
		else if (!t->source || !(text = malloc(len + 1)))
			rc = fx_error_oom();
		else
			memcpy(text, b, len);
	}
	json_t *root = NULL;
	if (!rc)
		rc = parse_json(text, len, t->source, &root);
	free(text);
	if (!rc)
		rc = fx_template_read(t, root, lang);
	if (!rc)
		rc = merge_labels(t, root);
	json_decref(root);
	if (rc) {
		destroy(t);
		return rc;
	}
	*out = t;
	return 0;
}

/* Cache loader: key is "LANG\nPATH" (an empty path: the built-in default
 * template; "@NAME": the built-in template NAME). */
static int load_cached(const char *key, void **value)
{
	char lang[3] = {key[0], key[1], '\0'};
	fx_template *t = NULL;
	const char *rest = key + 3;
	int rc = load_uncached(*rest && *rest != '@' ? rest : NULL, *rest == '@' ? rest + 1 : NULL,
	                       lang, &t);
	if (!rc)
		*value = t;
	return rc;
}

/* Cache hook: a new shared template records its entry. */
static void bind(void *value, fx_cache_entry *entry)
{
	((fx_template *)value)->cache = entry;
}

static const fx_cache_ops template_ops = {"template", load_cached, destroy, bind};

/* Loads a template through the cache. */
int fx_template_load(const char *path, const char *lang, fx_template **out)
{
	if (!lang || strlen(lang) != 2)
		return fx_error_set(FX_EUSAGE, "template language \"%s\": expected two letters",
		                    lang ? lang : "");
	size_t n = 4 + (path ? strlen(path) : 0);
	char *key = malloc(n);
	if (!key)
		return fx_error_oom();
	snprintf(key, n, "%s\n%s", lang, path ? path : "");
	void *v;
	fx_cache_entry *e;
	int rc = fx_cache_get(&template_ops, key, path, &v, &e);
	free(key);
	if (!rc)
		*out = v;
	return rc;
}

/* Loads a built-in template by name through the cache. */
int fx_template_load_builtin(const char *name, const char *lang, fx_template **out)
{
	if (!name || !lang || strlen(lang) != 2 || strlen(name) > 32)
		return fx_error_set(FX_EUSAGE, "built-in template \"%s\" for \"%s\"",
		                    name ? name : "", lang ? lang : "");
	char key[48];
	snprintf(key, sizeof key, "%s\n@%s", lang, name);
	void *v;
	fx_cache_entry *e;
	int rc = fx_cache_get(&template_ops, key, NULL, &v, &e);
	if (!rc)
		*out = v;
	return rc;
}

/* Gives a template back. */
void fx_template_free(fx_template *t)
{
	if (t)
		fx_cache_release(t->cache);
}

/* Frees a template for good. */
static void destroy(void *v)
{
	fx_template *t = v;
	for (size_t i = 0; i < t->n_blocks; i++)
		free(t->blocks[i].cols);
	free(t->blocks);
	free(t->source);
	free(t->dir);
	free(t->font_family);
	free(t->logo_path);
	free(t->date_pattern);
	free(t->footer_text);
	json_decref(t->labels);
	free(t);
}

/* Looks up a label. */
const char *fx_label(const fx_template *t, const char *key)
{
	const char *s = json_string_value(json_object_get(t->labels, key));
	return s ? s : key;
}

/* Looks up a label of a group. */
const char *fx_label_in(const fx_template *t, const char *group, const char *key)
{
	if (!key)
		return NULL;
	return json_string_value(json_object_get(json_object_get(t->labels, group), key));
}
