/*
 * qpdf sessions: opening silently, turning qpdf errors into fx errors, and
 * small object accessors over the qpdf C API.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/flate.h"
#include "pdf/pdf_internal.h"

/* Returns source or a generic name for messages. */
static const char *src_name(const char *source)
{
	return source && *source ? source : "PDF";
}

/* Opens data as a qpdf session that reports instead of printing. */
int fx_qpdf_open(const void *data, size_t len, const char *source, qpdf_data *out,
                 int *needs_password)
{
	if (needs_password)
		*needs_password = 0;
	if (!data || len == 0)
		return fx_error_set(FX_EINVAL, "%s: empty input: not a PDF", src_name(source));
	qpdf_data q = qpdf_init();
	if (!q)
		return fx_error_oom();
	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	QPDF_ERROR_CODE rc =
	    qpdf_read_memory(q, src_name(source), (const char *)data, (unsigned long long)len, "");
	if (rc & QPDF_ERRORS) {
		qpdf_error e = qpdf_get_error(q);
		int pw = e && qpdf_get_error_code(q, e) == qpdf_e_password;
		if (pw)
			fx_error_set(FX_EINVAL,
			             "%s: the PDF is encrypted and needs a password; PDF/A "
			             "forbids encryption",
			             src_name(source));
		else
			fx_error_set(FX_EINVAL, "%s: not a readable PDF: %s", src_name(source),
			             e ? qpdf_get_error_full_text(q, e) : "unknown qpdf error");
		if (needs_password)
			*needs_password = pw;
		qpdf_cleanup(&q);
		return FX_EINVAL;
	}
	qpdf_oh root = qpdf_get_root(q);
	int ok = !qpdf_has_error(q) && qpdf_oh_is_dictionary(q, root);
	qpdf_oh_release(q, root);
	if (!ok) {
		qpdf_error e = qpdf_has_error(q) ? qpdf_get_error(q) : NULL;
		fx_error_set(FX_EINVAL, "%s: not a readable PDF: no document catalog%s%s",
		             src_name(source), e ? ": " : "",
		             e ? qpdf_get_error_full_text(q, e) : "");
		qpdf_cleanup(&q);
		return FX_EINVAL;
	}
	*out = q;
	return FX_OK;
}

/* Converts a pending qpdf error into FX_EINVAL. */
int fx_qpdf_check(qpdf_data q, const char *source, const char *what)
{
	if (!qpdf_has_error(q))
		return 0;
	qpdf_error e = qpdf_get_error(q);
	return fx_error_set(FX_EINVAL, "%s: %s: %s", src_name(source), what,
	                    e ? qpdf_get_error_full_text(q, e) : "unknown qpdf error");
}

/* Drops the pending warnings and counts them. */
int fx_qpdf_drain_warnings(qpdf_data q)
{
	int n = 0;
	while (qpdf_more_warnings(q)) {
		qpdf_next_warning(q);
		n++;
	}
	return n;
}

/* Name of oh, or NULL. */
const char *fx_qpdf_name(qpdf_data q, qpdf_oh oh)
{
	const char *v;
	size_t len;
	if (oh && qpdf_oh_get_value_as_name(q, oh, &v, &len))
		return v;
	return NULL;
}

/* Name stored under key, or NULL. */
const char *fx_qpdf_key_name(qpdf_data q, qpdf_oh dict, const char *key)
{
	if (!qpdf_oh_is_dictionary(q, dict) && !qpdf_oh_is_stream(q, dict))
		return NULL;
	qpdf_oh v = qpdf_oh_get_key(q, dict, key);
	const char *n = fx_qpdf_name(q, v);
	qpdf_oh_release(q, v);
	return n;
}

/* UTF-8 copy of a string object. */
char *fx_qpdf_text_dup(qpdf_data q, qpdf_oh oh, int *oom)
{
	const char *v;
	size_t len;
	if (oom)
		*oom = 0;
	if (!oh || !qpdf_oh_get_value_as_utf8(q, oh, &v, &len))
		return NULL;
	const char *nul = memchr(v, '\0', len);
	if (nul)
		len = (size_t)(nul - v);
	char *r = malloc(len + 1);
	if (!r) {
		if (oom)
			*oom = 1;
		fx_error_oom();
		return NULL;
	}
	memcpy(r, v, len);
	r[len] = '\0';
	return r;
}

/* True when dict[key] is true. */
int fx_qpdf_key_is_true(qpdf_data q, qpdf_oh dict, const char *key)
{
	QPDF_BOOL b = QPDF_FALSE;
	qpdf_oh v = qpdf_oh_get_key(q, dict, key);
	int r = qpdf_oh_get_value_as_bool(q, v, &b) && b;
	qpdf_oh_release(q, v);
	return r;
}

/* Frees a key array. */
void fx_qpdf_keys_free(char **keys, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(keys[i]);
	free(keys);
}

/* Collects dict keys into an owned array. */
int fx_qpdf_dict_keys(qpdf_data q, qpdf_oh dict, char ***keys, size_t *count)
{
	char **arr = NULL;
	size_t n = 0, cap = 0;
	qpdf_oh_begin_dict_key_iter(q, dict);
	while (qpdf_oh_dict_more_keys(q)) {
		const char *k = qpdf_oh_dict_next_key(q);
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 16;
			char **p = realloc(arr, nc * sizeof *p);
			if (!p)
				goto oom;
			arr = p;
			cap = nc;
		}
		arr[n] = strdup(k ? k : "");
		if (!arr[n])
			goto oom;
		n++;
	}
	*keys = arr;
	*count = n;
	return FX_OK;
oom:
	fx_qpdf_keys_free(arr, n);
	/* finish the iteration so that qpdf holds no stale iterator */
	while (qpdf_oh_dict_more_keys(q))
		qpdf_oh_dict_next_key(q);
	return fx_error_oom();
}

/* Upper bound of the decoded/stored size ratio of one filter; 0 if qpdf
 * cannot decode it at the generalized level. */
static unsigned long filter_ratio(const char *f)
{
	if (!f)
		return 0;
	if (!strcmp(f, "/FlateDecode") || !strcmp(f, "/Fl"))
		return 1032;
	if (!strcmp(f, "/LZWDecode") || !strcmp(f, "/LZW"))
		return 2800;
	if (!strcmp(f, "/RunLengthDecode") || !strcmp(f, "/RL"))
		return 64;
	if (!strcmp(f, "/ASCII85Decode") || !strcmp(f, "/A85"))
		return 2;
	if (!strcmp(f, "/ASCIIHexDecode") || !strcmp(f, "/AHx"))
		return 1;
	return 0;
}

/* Bound of the decoded size of stream with stored size raw; 0 = cannot
 * decode. *has_filter tells whether any filter is declared. */
static size_t decoded_bound(qpdf_data q, qpdf_oh dict, size_t raw, int *has_filter)
{
	qpdf_oh f = qpdf_oh_get_key(q, dict, "/Filter");
	size_t bound = raw ? raw : 1;
	int ok = 1;
	*has_filter = 0;
	if (qpdf_oh_is_array(q, f)) {
		*has_filter = qpdf_oh_get_array_n_items(q, f) > 0;
		int n = qpdf_oh_get_array_n_items(q, f);
		for (int i = 0; i < n && ok; i++) {
			qpdf_oh it = qpdf_oh_get_array_item(q, f, i);
			unsigned long r = filter_ratio(fx_qpdf_name(q, it));
			qpdf_oh_release(q, it);
			if (r == 0 || bound > SIZE_MAX / r)
				ok = 0;
			else
				bound *= r;
		}
	} else if (!qpdf_oh_is_null(q, f)) {
		*has_filter = 1;
		unsigned long r = filter_ratio(fx_qpdf_name(q, f));
		if (r == 0 || bound > SIZE_MAX / r)
			ok = 0;
		else
			bound *= r;
	}
	qpdf_oh_release(q, f);
	return ok ? bound : 0;
}

/* True when dict declares exactly one /FlateDecode filter and no
 * /DecodeParms (no predictor). */
static int is_plain_flate(qpdf_data q, qpdf_oh dict)
{
	qpdf_oh f = qpdf_oh_get_key(q, dict, "/Filter");
	qpdf_oh item = 0;
	int plain = 0;
	if (qpdf_oh_is_array(q, f) && qpdf_oh_get_array_n_items(q, f) == 1)
		item = qpdf_oh_get_array_item(q, f, 0);
	const char *name = fx_qpdf_name(q, item ? item : f);
	plain = name && (!strcmp(name, "/FlateDecode") || !strcmp(name, "/Fl"));
	if (item)
		qpdf_oh_release(q, item);
	qpdf_oh_release(q, f);
	if (plain && qpdf_oh_has_key(q, dict, "/DecodeParms")) {
		qpdf_oh p = qpdf_oh_get_key(q, dict, "/DecodeParms");
		plain = qpdf_oh_is_null(q, p);
		qpdf_oh_release(q, p);
	}
	return plain;
}

/* Decodes a stream with a size limit. */
int fx_qpdf_stream_read(qpdf_data q, qpdf_oh stream, size_t max, const char *source,
                        const char *what, unsigned char **out, size_t *out_len)
{
	unsigned char *raw = NULL, *dec = NULL;
	size_t raw_len = 0, dec_len = 0;
	int has_filter;
	QPDF_BOOL filtered = QPDF_FALSE;
	if (!qpdf_oh_is_stream(q, stream))
		return fx_error_set(FX_EINVAL, "%s: %s is not a stream", src_name(source), what);
	qpdf_oh dict = qpdf_oh_get_dict(q, stream);
	if (qpdf_oh_get_stream_data(q, stream, qpdf_dl_none, NULL, &raw, &raw_len) & QPDF_ERRORS) {
		qpdf_oh_release(q, dict);
		free(raw);
		return fx_qpdf_check(q, source, what)
		           ? FX_EINVAL
		           : fx_error_set(FX_EINVAL, "%s: %s: unreadable", src_name(source), what);
	}
	/* The usual case, one /FlateDecode without parameters: inflate here,
	 * stopping at the limit, whatever the compression ratio. */
	if (is_plain_flate(q, dict)) {
		qpdf_oh_release(q, dict);
		int rc = fx_inflate_limited(raw, raw_len, max, out, out_len);
		free(raw);
		if (rc != FX_OK)
			return fx_error_prefix("%s: %s", src_name(source), what);
		return FX_OK;
	}
	free(raw);
	size_t bound = decoded_bound(q, dict, raw_len, &has_filter);
	qpdf_oh_release(q, dict);
	if (bound == 0)
		return fx_error_set(FX_EINVAL, "%s: %s: unsupported stream filter",
		                    src_name(source), what);
	if (bound > max)
		return fx_error_set(FX_EINVAL,
		                    "%s: %s: %zu stored bytes could decode to more than the "
		                    "limit of %zu bytes",
		                    src_name(source), what, raw_len, max);
	if (qpdf_oh_get_stream_data(q, stream, qpdf_dl_generalized, &filtered, &dec, &dec_len) &
	    QPDF_ERRORS) {
		free(dec);
		fx_qpdf_check(q, source, what);
		return FX_EINVAL;
	}
	if (!filtered && has_filter) {
		free(dec);
		return fx_error_set(FX_EINVAL, "%s: %s: the stream data cannot be decoded",
		                    src_name(source), what);
	}
	unsigned char *r = realloc(dec, dec_len + 1);
	if (!r) {
		free(dec);
		return fx_error_oom();
	}
	r[dec_len] = '\0';
	*out = r;
	*out_len = dec_len;
	return FX_OK;
}
