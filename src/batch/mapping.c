/*
 * The public mapping functions: reading a mapping file, the CSV template of
 * a mapping, freeing.
 */
#include <stdlib.h>
#include <string.h>

#include "batch/batch_mapping.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/file.h"

/* Reads a mapping file; a relative seller path is taken from its folder. */
int fx_batch_mapping_read_file(const char *path, fx_batch_mapping **out)
{
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_batch_mapping_read_file: NULL argument");
	char *text = NULL;
	size_t len = 0;
	int rc = fx_file_read(path, &text, &len);
	if (rc < 0)
		return rc;
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : NULL;
	if (slash && !dir) {
		free(text);
		return fx_error_oom();
	}
	rc = fx_bm_parse(text, len, path, dir, out);
	free(dir);
	free(text);
	return rc;
}

/* Reads a mapping held in memory. */
int fx_batch_mapping_read_memory(const char *data, size_t len, const char *source,
                                 fx_batch_mapping **out)
{
	if ((!data && len) || !out)
		return fx_error_set(FX_EUSAGE, "fx_batch_mapping_read_memory: NULL argument");
	return fx_bm_parse(data, len, source, NULL, out);
}

/* Appends name as a CSV field (quoted when it needs to be). */
static void put_field(fx_buf *b, const char *name, char sep)
{
	bool quote = strchr(name, sep) || strchr(name, '"') || strchr(name, '\n');
	if (!quote) {
		fx_buf_puts(b, name);
		return;
	}
	fx_buf_puts(b, "\"");
	for (const char *p = name; *p; p++) {
		if (*p == '"')
			fx_buf_puts(b, "\"\"");
		else
			fx_buf_append(b, p, 1);
	}
	fx_buf_puts(b, "\"");
}

/* Writes the header row of a CSV with the mapping's columns. */
int fx_batch_mapping_template_csv(const fx_batch_mapping *m, char separator, char **out,
                                  size_t *out_len)
{
	if (!m || !out || !out_len)
		return fx_error_set(FX_EUSAGE, "fx_batch_mapping_template_csv: NULL argument");
	char sep = separator ? separator : ';';
	fx_buf b = {0};
	fx_buf_puts(&b, "\xEF\xBB\xBF");
	size_t written = 0;
	for (size_t i = 0; i < m->n_columns; i++) {
		bool alias = false;
		for (size_t k = 0; k < i && !alias; k++)
			alias = strcmp(m->columns[k].target.path, m->columns[i].target.path) == 0;
		if (alias)
			continue;
		if (written++)
			fx_buf_append(&b, &sep, 1);
		put_field(&b, m->columns[i].name, sep);
	}
	fx_buf_puts(&b, "\r\n");
	if (b.failed) {
		fx_buf_free(&b);
		return fx_error_oom();
	}
	*out = fx_buf_detach(&b, out_len);
	return FX_OK;
}

/* Frees a mapping. */
void fx_batch_mapping_free(fx_batch_mapping *m)
{
	if (m)
		fx_arena_free(m->arena);
}
