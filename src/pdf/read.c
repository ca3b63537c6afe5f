/*
 * Reading Factur-X PDFs: opening (from memory or a file, with size limits)
 * and listing the embedded files of the document name tree.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/error.h"
#include "core/file.h"
#include "pdf/read.h"

/* Duplicates s, or "" when NULL (never NULL unless out of memory). */
static char *dup_or_empty(char *s)
{
	return s ? s : strdup("");
}

/* The UTF-8 text of key of dict, or "" (malloc'ed). */
static char *key_text(qpdf_data q, qpdf_oh dict, const char *key)
{
	qpdf_oh v = qpdf_oh_get_key_if_dict(q, dict, key);
	char *t = fx_qpdf_text_dup(q, v, NULL);
	qpdf_oh_release(q, v);
	return t;
}

/* The embedded stream of a file spec (/EF /UF, else /EF /F), or 0. */
qpdf_oh fx_reader_ef_stream(qpdf_data q, qpdf_oh fs)
{
	qpdf_oh ef = qpdf_oh_get_key_if_dict(q, fs, "/EF");
	qpdf_oh s = qpdf_oh_get_key_if_dict(q, ef, "/UF");
	if (!qpdf_oh_is_stream(q, s)) {
		qpdf_oh_release(q, s);
		s = qpdf_oh_get_key_if_dict(q, ef, "/F");
	}
	qpdf_oh_release(q, ef);
	if (qpdf_oh_is_stream(q, s))
		return s;
	qpdf_oh_release(q, s);
	return 0;
}

/* MIME type and declared size from the embedded stream. */
static char *stream_facts(qpdf_data q, qpdf_oh fs, long long *size)
{
	char *mime = NULL;
	*size = -1;
	qpdf_oh s = fx_reader_ef_stream(q, fs);
	if (!s)
		return NULL;
	qpdf_oh d = qpdf_oh_get_dict(q, s);
	const char *sub = fx_qpdf_key_name(q, d, "/Subtype");
	if (sub)
		mime = strdup(sub + 1);
	qpdf_oh params = qpdf_oh_get_key_if_dict(q, d, "/Params");
	qpdf_oh sz = qpdf_oh_get_key_if_dict(q, params, "/Size");
	long long v;
	if (qpdf_oh_get_value_as_longlong(q, sz, &v) && v >= 0)
		*size = v;
	qpdf_oh handles[] = {sz, params, d, s};
	for (size_t i = 0; i < 4; i++)
		qpdf_oh_release(q, handles[i]);
	return mime;
}

/* True when fs is listed (by object number) in the catalog /AF. */
static int in_catalog_af(qpdf_data q, qpdf_oh fs)
{
	if (!qpdf_oh_is_indirect(q, fs))
		return 0;
	int id = qpdf_oh_get_object_id(q, fs), found = 0;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh af = qpdf_oh_get_key(q, root, "/AF");
	int n = qpdf_oh_is_array(q, af) ? qpdf_oh_get_array_n_items(q, af) : 0;
	for (int i = 0; i < n && !found; i++) {
		qpdf_oh it = qpdf_oh_get_array_item(q, af, i);
		found = qpdf_oh_is_indirect(q, it) && qpdf_oh_get_object_id(q, it) == id;
		qpdf_oh_release(q, it);
	}
	qpdf_oh_release(q, af);
	qpdf_oh_release(q, root);
	return found;
}

/* The name tree key as UTF-8 (it may be UTF-16 in the file). */
static char *entry_key_text(qpdf_data q, const fx_name_entry *e)
{
	qpdf_oh k = qpdf_oh_new_binary_string(q, (const char *)e->key, e->key_len);
	char *t = fx_qpdf_text_dup(q, k, NULL);
	qpdf_oh_release(q, k);
	return t;
}

/* Fills one attachment description from a file spec. */
static int describe(fx_pdf_reader *r, const fx_name_entry *e, fx_pdf_attachment *a)
{
	qpdf_data q = r->q;
	qpdf_oh fs = e->value;
	char *name = key_text(q, fs, "/UF");
	if (!name || !*name) {
		free(name);
		name = key_text(q, fs, "/F");
	}
	if (!name || !*name) {
		free(name);
		name = entry_key_text(q, e);
	}
	const char *rel = fx_qpdf_key_name(q, fs, "/AFRelationship");
	a->relationship = FX_PDF_REL_DEFAULT;
	if (rel)
		fx_pdf_relationship_from_name(rel, &a->relationship);
	a->relationship_name = strdup(rel ? rel + 1 : "");
	a->name = dup_or_empty(name);
	a->description = dup_or_empty(key_text(q, fs, "/Desc"));
	a->mime_type = dup_or_empty(stream_facts(q, fs, &a->size));
	a->in_catalog_af = in_catalog_af(q, fs);
	a->object = qpdf_oh_is_indirect(q, fs) ? qpdf_oh_get_object_id(q, fs) : 0;
	if (!a->name || !a->description || !a->mime_type || !a->relationship_name)
		return fx_error_oom();
	return FX_OK;
}

/* Reads the document name tree into r->items. */
static int list_attachments(fx_pdf_reader *r)
{
	qpdf_data q = r->q;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh names = qpdf_oh_get_key(q, root, "/Names");
	qpdf_oh tree = qpdf_oh_get_key_if_dict(q, names, "/EmbeddedFiles");
	fx_name_list list = {0};
	int rc = qpdf_oh_is_dictionary(q, tree) ? fx_name_tree_read(q, tree, &list) : FX_OK;
	if (rc >= 0 && list.count > 0) {
		r->items = calloc(list.count, sizeof *r->items);
		r->specs = calloc(list.count, sizeof *r->specs);
		if (!r->items || !r->specs)
			rc = fx_error_oom();
	}
	for (size_t i = 0; i < list.count && rc >= 0; i++) {
		if (!qpdf_oh_is_dictionary(q, list.items[i].value))
			continue;
		r->specs[r->count] = list.items[i].value;
		rc = describe(r, &list.items[i], &r->items[r->count]);
		r->count++;
	}
	fx_name_list_free(&list);
	qpdf_oh_release(q, tree);
	qpdf_oh_release(q, names);
	qpdf_oh_release(q, root);
	if (qpdf_has_error(q))
		qpdf_get_error(q); /* damaged entries are skipped, not fatal */
	return rc;
}

/* Opens a reader over data it takes ownership of. */
static int open_owned(unsigned char *data, size_t len, const char *source,
                      const fx_pdf_read_options *opts, fx_pdf_reader **out)
{
	fx_pdf_reader *r = calloc(1, sizeof *r);
	if (!r) {
		free(data);
		return fx_error_oom();
	}
	r->data = data;
	r->len = len;
	r->max_attachment = opts && opts->max_attachment_size ? opts->max_attachment_size
	                                                      : FX_PDF_DEFAULT_MAX_ATTACHMENT;
	r->source = strdup(source && *source ? source : "PDF");
	int rc = r->source ? fx_qpdf_open(r->data, r->len, r->source, &r->q, NULL) : fx_error_oom();
	if (rc >= 0)
		rc = list_attachments(r);
	if (rc < 0) {
		fx_pdf_reader_free(r);
		return rc;
	}
	*out = r;
	return FX_OK;
}

/* Checks the options and returns the input size limit. */
static int input_limit(const fx_pdf_read_options *opts, size_t *max)
{
	if (opts && opts->version != FX_PDF_READ_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_pdf_read_options: unknown version %u",
		                    opts->version);
	*max = opts && opts->max_input_size ? opts->max_input_size : FX_PDF_DEFAULT_MAX_INPUT;
	return FX_OK;
}

/* Opens a PDF held in memory (copied). */
int fx_pdf_reader_open_memory(const void *data, size_t len, const char *source,
                              const fx_pdf_read_options *opts, fx_pdf_reader **out)
{
	size_t max = 0;
	if (!data || !out)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_open_memory: NULL argument");
	int rc = input_limit(opts, &max);
	if (rc < 0)
		return rc;
	if (len > max)
		return fx_error_set(FX_EINVAL, "%s: %zu bytes exceeds the limit of %zu bytes",
		                    source ? source : "PDF", len, max);
	unsigned char *copy = malloc(len ? len : 1);
	if (!copy)
		return fx_error_oom();
	if (len)
		memcpy(copy, data, len);
	return open_owned(copy, len, source, opts, out);
}

/* Opens a PDF file. */
int fx_pdf_reader_open_file(const char *path, const fx_pdf_read_options *opts, fx_pdf_reader **out)
{
	size_t max = 0, len = 0;
	char *data;
	struct stat st;
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_pdf_reader_open_file: NULL argument");
	int rc = input_limit(opts, &max);
	if (rc < 0)
		return rc;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max)
		return fx_error_set(FX_EINVAL, "%s: %lld bytes exceeds the limit of %zu bytes",
		                    path, (long long)st.st_size, max);
	rc = fx_file_read(path, &data, &len);
	if (rc < 0)
		return rc;
	if (len > max) {
		free(data);
		return fx_error_set(FX_EINVAL, "%s: exceeds the limit of %zu bytes", path, max);
	}
	return open_owned((unsigned char *)data, len, path, opts, out);
}

/* Frees a reader. */
void fx_pdf_reader_free(fx_pdf_reader *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->count; i++) {
		free((char *)r->items[i].name);
		free((char *)r->items[i].mime_type);
		free((char *)r->items[i].description);
		free((char *)r->items[i].relationship_name);
	}
	free(r->items);
	free(r->specs);
	if (r->q)
		qpdf_cleanup(&r->q);
	free(r->xmp);
	free(r->level);
	free(r->data);
	free(r->source);
	free(r);
}

/* Number of embedded files. */
size_t fx_pdf_reader_attachment_count(const fx_pdf_reader *r)
{
	return r ? r->count : 0;
}

/* One embedded file's description. */
const fx_pdf_attachment *fx_pdf_reader_attachment(const fx_pdf_reader *r, size_t index)
{
	return r && index < r->count ? &r->items[index] : NULL;
}
