/*
 * Serialising the assembled document with the qpdf writer, set up for the
 * byte-level rules of PDF/A (ISO 19005-3 6.1).
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/assemble.h"

/* Object numbers looked at by the filter normalisation at most. */
#define NORMALISE_MAX_OBJECTS 1000000

/* Replaces key's one-element array [x] by x (a null x removes the key). */
static void unwrap_single(qpdf_data q, qpdf_oh dict, const char *key)
{
	qpdf_oh v = qpdf_oh_get_key(q, dict, key);
	if (qpdf_oh_is_array(q, v) && qpdf_oh_get_array_n_items(q, v) == 1) {
		qpdf_oh item = qpdf_oh_get_array_item(q, v, 0);
		qpdf_oh_replace_or_remove_key(q, dict, key, item);
		qpdf_oh_release(q, item);
	}
	qpdf_oh_release(q, v);
}

/* Rewrites "/Filter [/FlateDecode]" as "/Filter /FlateDecode" (the same
 * meaning): qpdf copies Flate streams as they are only in the name form and
 * would otherwise inflate and deflate them again, which costs most of the
 * assembly time on a PDF with an embedded font. */
static void normalise_filters(qpdf_data q)
{
	qpdf_oh trailer = qpdf_get_trailer(q);
	qpdf_oh size = qpdf_oh_get_key(q, trailer, "/Size");
	long long n = 0;
	if (!qpdf_oh_get_value_as_longlong(q, size, &n) || n > NORMALISE_MAX_OBJECTS)
		n = n > NORMALISE_MAX_OBJECTS ? NORMALISE_MAX_OBJECTS : 0;
	for (int id = 1; id < n; id++) {
		qpdf_oh o = qpdf_get_object_by_id(q, id, 0);
		if (qpdf_oh_is_stream(q, o)) {
			qpdf_oh d = qpdf_oh_get_dict(q, o);
			qpdf_oh f = qpdf_oh_get_key(q, d, "/Filter");
			if (qpdf_oh_is_array(q, f) && qpdf_oh_get_array_n_items(q, f) == 1) {
				unwrap_single(q, d, "/Filter");
				unwrap_single(q, d, "/DecodeParms");
			}
			qpdf_oh_release(q, f);
			qpdf_oh_release(q, d);
		}
		qpdf_oh_release(q, o);
	}
	qpdf_oh_release(q, size);
	qpdf_oh_release(q, trailer);
	if (qpdf_has_error(q))
		qpdf_get_error(q); /* an unreadable object stays as it is */
}

/* Gives the trailer a /Size when it lacks one (a damaged input's trailer):
 * qpdf's writer updates the value of /Size but does not add the key, and a
 * trailer without it makes readers rebuild the cross-reference table from
 * whatever "N 0 obj" the stream data holds. */
static void ensure_size(qpdf_data q)
{
	qpdf_oh trailer = qpdf_get_trailer(q);
	if (!qpdf_oh_has_key(q, trailer, "/Size")) {
		qpdf_oh zero = qpdf_oh_new_integer(q, 0);
		qpdf_oh_replace_key(q, trailer, "/Size", zero);
		qpdf_oh_release(q, zero);
	}
	qpdf_oh_release(q, trailer);
}

/* Writes the session into a malloc'ed buffer. */
int fx_pdf_write(qpdf_data q, const char *source, unsigned char **out, size_t *out_len)
{
	normalise_filters(q);
	ensure_size(q);
	if (qpdf_init_write_memory(q) & QPDF_ERRORS)
		return fx_qpdf_check(q, source, "preparing the output") ? FX_EINVAL : FX_ERROR;
	/* every object stays a top-level "N 0 obj" (checkable, PDF/A-1 compatible) */
	qpdf_set_object_stream_mode(q, qpdf_o_disable);
	/* 6.1.7.1: an EOL before "endstream" */
	qpdf_set_newline_before_endstream(q, QPDF_TRUE);
	/* 6.1.3: a trailer /ID; derived from the content for reproducible files */
	qpdf_set_deterministic_ID(q, QPDF_TRUE);
	qpdf_set_preserve_encryption(q, QPDF_FALSE);
	/* PDF/A-3 is based on PDF 1.7: the header must not say 2.0 */
	qpdf_force_pdf_version(q, "1.7");
	qpdf_set_compress_streams(q, QPDF_TRUE);
	qpdf_set_suppress_original_object_IDs(q, QPDF_TRUE);
	if (qpdf_write(q) & QPDF_ERRORS)
		return fx_qpdf_check(q, source, "writing the PDF") ? FX_EINVAL : FX_ERROR;
	size_t len = qpdf_get_buffer_length(q);
	const unsigned char *buf = qpdf_get_buffer(q);
	unsigned char *copy = malloc(len ? len : 1);
	if (!copy)
		return fx_error_oom();
	if (len)
		memcpy(copy, buf, len);
	*out = copy;
	*out_len = len;
	return FX_OK;
}
