/*
 * Document-level PDF/A parts: the XMP metadata stream, the Info dictionary
 * (kept equal to the XMP) and the sRGB OutputIntent.
 */
#include <string.h>

#include "core/error.h"
#include "pdf/assemble.h"

/* Sets dict[key] = text string when value is not NULL. */
static void put_text(qpdf_data q, qpdf_oh dict, const char *key, const char *value)
{
	if (!value)
		return;
	qpdf_oh v = qpdf_oh_new_unicode_string(q, value);
	qpdf_oh_replace_key(q, dict, key, v);
	qpdf_oh_release(q, v);
}

/* Sets dict[key] = name. */
static void put_name(qpdf_data q, qpdf_oh dict, const char *key, const char *name)
{
	qpdf_oh v = qpdf_oh_new_name(q, name);
	qpdf_oh_replace_key(q, dict, key, v);
	qpdf_oh_release(q, v);
}

/* Returns a new indirect stream holding data (its dictionary via *dict). */
static qpdf_oh new_stream(qpdf_data q, const void *data, size_t len, qpdf_oh *dict)
{
	qpdf_oh s = qpdf_oh_new_stream(q);
	qpdf_oh null = qpdf_oh_new_null(q);
	qpdf_oh_replace_stream_data(q, s, data, len, null, null);
	qpdf_oh_release(q, null);
	*dict = qpdf_oh_get_dict(q, s);
	return s;
}

/* Removes a catalog /Version above 1.7 (the header says 1.7). */
static void drop_high_version(qpdf_data q, qpdf_oh root)
{
	const char *v = fx_qpdf_key_name(q, root, "/Version");
	if (v && strcmp(v, "/1.7") > 0)
		qpdf_oh_remove_key(q, root, "/Version");
}

/* XMP stream + Info dictionary. */
int fx_pdf_set_metadata(qpdf_data q, const fx_pdf_plan *plan)
{
	const fx_pdf_meta *m = &plan->meta;
	fx_buf xmp = {0};
	int rc = fx_pdf_xmp_build(m, &xmp);
	if (rc < 0) {
		fx_buf_free(&xmp);
		return rc;
	}
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh dict;
	qpdf_oh s = new_stream(q, xmp.data, xmp.len, &dict);
	fx_buf_free(&xmp);
	put_name(q, dict, "/Type", "/Metadata");
	put_name(q, dict, "/Subtype", "/XML");
	qpdf_oh_replace_key(q, root, "/Metadata", s);
	drop_high_version(q, root);

	qpdf_oh info = qpdf_oh_new_dictionary(q);
	put_text(q, info, "/Title", m->title);
	put_text(q, info, "/Author", m->author);
	put_text(q, info, "/Subject", m->subject);
	put_text(q, info, "/Keywords", m->keywords);
	put_text(q, info, "/Creator", m->creator);
	put_text(q, info, "/Producer", m->producer);
	put_text(q, info, "/CreationDate", m->pdf_date);
	put_text(q, info, "/ModDate", m->pdf_date);
	qpdf_oh ind = qpdf_make_indirect_object(q, info);
	qpdf_oh trailer = qpdf_get_trailer(q);
	qpdf_oh_replace_key(q, trailer, "/Info", ind);
	qpdf_oh handles[] = {root, dict, s, info, ind, trailer};
	for (size_t i = 0; i < sizeof handles / sizeof handles[0]; i++)
		qpdf_oh_release(q, handles[i]);
	return fx_qpdf_check(q, NULL, "writing the metadata") ? FX_EINVAL : FX_OK;
}

/* One sRGB GTS_PDFA1 output intent. */
int fx_pdf_set_output_intent(qpdf_data q, const fx_pdf_icc *icc)
{
	static const char *const ident = "sRGB IEC61966-2.1";
	qpdf_oh dict;
	qpdf_oh s = qpdf_oh_new_stream(q);
	qpdf_oh null = qpdf_oh_new_null(q), flate = qpdf_oh_new_name(q, "/FlateDecode");
	qpdf_oh_replace_stream_data(q, s, (const unsigned char *)icc->z.data, icc->z.len, flate,
	                            null);
	qpdf_oh_release(q, null);
	qpdf_oh_release(q, flate);
	dict = qpdf_oh_get_dict(q, s);
	qpdf_oh n = qpdf_oh_new_integer(q, 3);
	qpdf_oh_replace_key(q, dict, "/N", n);
	qpdf_oh oi = qpdf_oh_new_dictionary(q);
	put_name(q, oi, "/Type", "/OutputIntent");
	put_name(q, oi, "/S", "/GTS_PDFA1");
	put_text(q, oi, "/OutputConditionIdentifier", ident);
	put_text(q, oi, "/Info", ident);
	put_text(q, oi, "/RegistryName", "http://www.color.org");
	qpdf_oh_replace_key(q, oi, "/DestOutputProfile", s);
	qpdf_oh ind = qpdf_make_indirect_object(q, oi);
	qpdf_oh arr = qpdf_oh_new_array(q);
	qpdf_oh_append_item(q, arr, ind);
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh_replace_key(q, root, "/OutputIntents", arr);
	qpdf_oh handles[] = {dict, s, n, oi, ind, arr, root};
	for (size_t i = 0; i < sizeof handles / sizeof handles[0]; i++)
		qpdf_oh_release(q, handles[i]);
	return fx_qpdf_check(q, NULL, "writing the output intent") ? FX_EINVAL : FX_OK;
}
