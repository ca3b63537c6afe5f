/*
 * Embedded files as PDF/A-3 associated files: the EmbeddedFile stream, its
 * /Filespec, the catalog's /Names /EmbeddedFiles tree and /AF array.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"
#include "pdf/flate.h"

/* Sets dict[key] to the name value (with its leading slash). */
static void set_name(qpdf_data q, qpdf_oh dict, const char *key, const char *value)
{
	qpdf_oh v = qpdf_oh_new_name(q, value);
	qpdf_oh_replace_key(q, dict, key, v);
	qpdf_oh_release(q, v);
}

/* Sets dict[key] to a text string (PDFDocEncoding or UTF-16BE). */
static void set_text(qpdf_data q, qpdf_oh dict, const char *key, const char *utf8)
{
	qpdf_oh v = qpdf_oh_new_unicode_string(q, utf8);
	qpdf_oh_replace_key(q, dict, key, v);
	qpdf_oh_release(q, v);
}

/* Makes the stream's /Params: dates and size. */
static void set_params(qpdf_data q, qpdf_oh sdict, const fx_embed_spec *spec)
{
	qpdf_oh params = qpdf_oh_new_dictionary(q);
	qpdf_oh size = qpdf_oh_new_integer(q, (long long)spec->len);
	qpdf_oh_replace_key(q, params, "/Size", size);
	set_text(q, params, "/CreationDate", spec->pdf_date);
	set_text(q, params, "/ModDate", spec->pdf_date);
	qpdf_oh_replace_key(q, sdict, "/Params", params);
	qpdf_oh_release(q, size);
	qpdf_oh_release(q, params);
}

/* Prepares and compresses the files to embed. */
int fx_embed_specs_make(const fx_pdf_assemble_options *o, fx_pdf_relationship xml_rel,
                        const char *pdf_date, const void *xml, size_t xml_len, fx_embed_spec *specs,
                        size_t n)
{
	memset(specs, 0, n * sizeof *specs);
	for (size_t i = 0; i < n; i++) {
		fx_embed_spec *s = &specs[i];
		if (i == 0) {
			*s = (fx_embed_spec){FX_PDF_XML_NAME,
			                     "text/xml",
			                     o->xml_description ? o->xml_description
			                                        : "Factur-X invoice",
			                     xml,
			                     xml_len,
			                     xml_rel,
			                     pdf_date,
			                     {0}};
		} else {
			const fx_pdf_extra_file *f = &o->attachments[i - 1];
			*s = (fx_embed_spec){
			    f->name,
			    f->mime_type ? f->mime_type : "application/octet-stream",
			    f->description,
			    f->data,
			    f->len,
			    f->relationship ? f->relationship : FX_PDF_REL_SUPPLEMENT,
			    pdf_date,
			    {0}};
		}
		int rc = fx_flate(s->len ? s->data : "", s->len, FX_FLATE_FAST, &s->z);
		if (rc < 0) {
			fx_embed_specs_free(specs, n);
			return rc;
		}
	}
	return FX_OK;
}

/* Frees the compressed data. */
void fx_embed_specs_free(fx_embed_spec *specs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fx_buf_free(&specs[i].z);
}

/* Creates stream + file spec for one file. */
int fx_embed_create(qpdf_data q, const fx_embed_spec *spec, qpdf_oh *filespec)
{
	char subtype[160];
	snprintf(subtype, sizeof subtype, "/%s", spec->mime_type);
	qpdf_oh stream = qpdf_oh_new_stream(q);
	qpdf_oh null = qpdf_oh_new_null(q);
	qpdf_oh flate = qpdf_oh_new_name(q, "/FlateDecode");
	qpdf_oh_replace_stream_data(q, stream, (const unsigned char *)spec->z.data, spec->z.len,
	                            flate, null);
	qpdf_oh_release(q, flate);
	qpdf_oh sdict = qpdf_oh_get_dict(q, stream);
	set_name(q, sdict, "/Type", "/EmbeddedFile");
	set_name(q, sdict, "/Subtype", subtype);
	set_params(q, sdict, spec);

	qpdf_oh ef = qpdf_oh_new_dictionary(q);
	qpdf_oh_replace_key(q, ef, "/F", stream);
	qpdf_oh_replace_key(q, ef, "/UF", stream);
	qpdf_oh fs = qpdf_oh_new_dictionary(q);
	set_name(q, fs, "/Type", "/Filespec");
	set_text(q, fs, "/F", spec->name);
	set_text(q, fs, "/UF", spec->name);
	if (spec->description)
		set_text(q, fs, "/Desc", spec->description);
	char rel[32];
	snprintf(rel, sizeof rel, "/%s", fx_pdf_relationship_name(spec->relationship));
	set_name(q, fs, "/AFRelationship", rel);
	qpdf_oh_replace_key(q, fs, "/EF", ef);
	qpdf_oh ind = qpdf_make_indirect_object(q, fs);
	qpdf_oh_release(q, fs);
	qpdf_oh_release(q, ef);
	qpdf_oh_release(q, sdict);
	qpdf_oh_release(q, null);
	qpdf_oh_release(q, stream);
	if (qpdf_has_error(q)) {
		fx_qpdf_check(q, NULL, "creating the embedded file");
		return fx_error_prefix("%s", spec->name);
	}
	*filespec = ind;
	return FX_OK;
}

/* True when the file spec names one of the new files (by /UF or /F). */
static int names_new_file(qpdf_data q, qpdf_oh fs, const char *const *names, size_t n)
{
	static const char *const keys[] = {"/UF", "/F"};
	for (size_t k = 0; k < 2; k++) {
		qpdf_oh v = qpdf_oh_get_key(q, fs, keys[k]);
		char *t = fx_qpdf_text_dup(q, v, NULL);
		qpdf_oh_release(q, v);
		if (!t)
			continue;
		int hit = 0;
		for (size_t i = 0; i < n && !hit; i++)
			hit = strcmp(t, names[i]) == 0;
		free(t);
		if (hit)
			return 1;
	}
	return 0;
}

/* Gives an existing file spec the PDF/A-3 keys it lacks. */
static void complete_existing(qpdf_data q, qpdf_oh fs, const fx_name_entry *e)
{
	if (!qpdf_oh_has_key(q, fs, "/Type"))
		set_name(q, fs, "/Type", "/Filespec");
	if (!qpdf_oh_has_key(q, fs, "/AFRelationship"))
		set_name(q, fs, "/AFRelationship", "/Unspecified");
	if (!qpdf_oh_has_key(q, fs, "/UF") || !qpdf_oh_has_key(q, fs, "/F")) {
		const char *other = qpdf_oh_has_key(q, fs, "/UF") ? "/UF" : "/F";
		qpdf_oh v = qpdf_oh_get_key(q, fs, other);
		if (qpdf_oh_is_string(q, v)) {
			qpdf_oh_replace_key(q, fs, strcmp(other, "/F") ? "/F" : "/UF", v);
		} else {
			qpdf_oh k = qpdf_oh_new_binary_string(q, (const char *)e->key, e->key_len);
			qpdf_oh_replace_key(q, fs, "/F", k);
			qpdf_oh_replace_key(q, fs, "/UF", k);
			qpdf_oh_release(q, k);
		}
		qpdf_oh_release(q, v);
	}
	qpdf_oh ef = qpdf_oh_get_key(q, fs, "/EF");
	static const char *const keys[] = {"/F", "/UF"};
	for (size_t i = 0; i < 2; i++) {
		qpdf_oh s = qpdf_oh_get_key_if_dict(q, ef, keys[i]);
		if (qpdf_oh_is_stream(q, s)) {
			qpdf_oh d = qpdf_oh_get_dict(q, s);
			if (!fx_qpdf_key_name(q, d, "/Subtype"))
				set_name(q, d, "/Subtype", "/application/octet-stream");
			qpdf_oh_release(q, d);
		}
		qpdf_oh_release(q, s);
	}
	qpdf_oh_release(q, ef);
}

/* The catalog's /Names dictionary, created when absent. */
static qpdf_oh catalog_names(qpdf_data q, qpdf_oh root)
{
	qpdf_oh names = qpdf_oh_get_key(q, root, "/Names");
	if (qpdf_oh_is_dictionary(q, names))
		return names;
	qpdf_oh_release(q, names);
	names = qpdf_oh_new_dictionary(q);
	qpdf_oh_replace_key(q, root, "/Names", names);
	return names;
}

/* True when oh is an indirect object listed in drop (object ids). */
static int in_ids(qpdf_data q, qpdf_oh oh, const int *ids, size_t n)
{
	if (!qpdf_oh_is_indirect(q, oh))
		return 0;
	int id = qpdf_oh_get_object_id(q, oh);
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return 1;
	return 0;
}

/* Rebuilds the catalog /AF: old entries but the dropped ones, then the
 * kept tree entries it lacked, then the new file specs. */
static void rebuild_af(qpdf_data q, qpdf_oh root, const int *dropped, size_t ndropped,
                       const fx_name_list *kept, const qpdf_oh *specs, size_t n)
{
	qpdf_oh old = qpdf_oh_get_key(q, root, "/AF");
	qpdf_oh af = qpdf_oh_new_array(q);
	int *listed = NULL;
	size_t nlisted = 0;
	int m = qpdf_oh_is_array(q, old) ? qpdf_oh_get_array_n_items(q, old) : 0;
	if (m > 0)
		listed = malloc((size_t)m * sizeof *listed);
	for (int i = 0; i < m; i++) {
		qpdf_oh it = qpdf_oh_get_array_item(q, old, i);
		if (qpdf_oh_is_dictionary(q, it) && !in_ids(q, it, dropped, ndropped)) {
			qpdf_oh_append_item(q, af, it);
			if (listed && qpdf_oh_is_indirect(q, it))
				listed[nlisted++] = qpdf_oh_get_object_id(q, it);
		}
		qpdf_oh_release(q, it);
	}
	for (size_t i = 0; i < kept->count; i++) {
		qpdf_oh v = kept->items[i].value;
		if (qpdf_oh_is_dictionary(q, v) && !in_ids(q, v, listed, nlisted))
			qpdf_oh_append_item(q, af, v);
	}
	for (size_t i = 0; i < n; i++)
		qpdf_oh_append_item(q, af, specs[i]);
	qpdf_oh_replace_key(q, root, "/AF", af);
	free(listed);
	qpdf_oh_release(q, af);
	qpdf_oh_release(q, old);
}

/* Splits the existing entries: kept (completed, made indirect) or dropped. */
static int sort_existing(qpdf_data q, fx_name_list *old, const char *const *names, size_t n,
                         fx_name_list *kept, int **dropped, size_t *ndropped)
{
	*dropped = malloc((old->count + 1) * sizeof **dropped);
	if (!*dropped)
		return fx_error_oom();
	*ndropped = 0;
	for (size_t i = 0; i < old->count; i++) {
		fx_name_entry *e = &old->items[i];
		int same_key = 0;
		for (size_t j = 0; j < n && !same_key; j++)
			same_key = e->key_len == strlen(names[j]) &&
			           memcmp(e->key, names[j], e->key_len) == 0;
		if (same_key ||
		    (qpdf_oh_is_dictionary(q, e->value) && names_new_file(q, e->value, names, n))) {
			if (qpdf_oh_is_indirect(q, e->value))
				(*dropped)[(*ndropped)++] = qpdf_oh_get_object_id(q, e->value);
			continue;
		}
		qpdf_oh v = e->value;
		if (qpdf_oh_is_dictionary(q, v)) {
			complete_existing(q, v, e);
			if (!qpdf_oh_is_indirect(q, v))
				v = qpdf_make_indirect_object(q, v);
		}
		int rc = fx_name_list_add(kept, e->key, e->key_len, v);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}

/* Adds keys of the new files to list. */
static int add_new(qpdf_data q, const char *const *names, const qpdf_oh *specs, size_t n,
                   fx_name_list *list)
{
	for (size_t i = 0; i < n; i++) {
		qpdf_oh k = qpdf_oh_new_unicode_string(q, names[i]);
		size_t klen = 0;
		const char *kb = qpdf_oh_get_binary_string_value(q, k, &klen);
		int rc = kb ? fx_name_list_add(list, (const unsigned char *)kb, klen, specs[i])
		            : fx_error_set(FX_ERROR, "%s: cannot encode the name", names[i]);
		qpdf_oh_release(q, k);
		if (rc < 0)
			return rc;
	}
	return FX_OK;
}

/* Adds the new file specs to the name tree and the /AF array. */
int fx_embed_attach(qpdf_data q, const char *const *names, const qpdf_oh *specs, size_t n,
                    const char *source)
{
	fx_name_list old = {0}, list = {0};
	int *dropped = NULL;
	size_t ndropped = 0;
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh cnames = catalog_names(q, root);
	qpdf_oh tree = qpdf_oh_get_key(q, cnames, "/EmbeddedFiles");
	int rc = qpdf_oh_is_dictionary(q, tree) ? fx_name_tree_read(q, tree, &old) : FX_OK;
	if (rc >= 0)
		rc = sort_existing(q, &old, names, n, &list, &dropped, &ndropped);
	if (rc >= 0) {
		/* list holds only the kept entries here */
		rebuild_af(q, root, dropped, ndropped, &list, specs, n);
		rc = add_new(q, names, specs, n, &list);
	}
	if (rc >= 0) {
		fx_name_list_sort(&list);
		qpdf_oh node = fx_name_tree_build(q, &list);
		qpdf_oh ind = qpdf_make_indirect_object(q, node);
		qpdf_oh_replace_key(q, cnames, "/EmbeddedFiles", ind);
		qpdf_oh_release(q, ind);
		qpdf_oh_release(q, node);
		if (fx_qpdf_check(q, source, "updating the embedded files"))
			rc = FX_EINVAL;
	}
	free(dropped);
	fx_name_list_free(&old);
	fx_name_list_free(&list);
	qpdf_oh_release(q, tree);
	qpdf_oh_release(q, cnames);
	qpdf_oh_release(q, root);
	return rc;
}
