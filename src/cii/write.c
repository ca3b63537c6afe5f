/*
 * The CII writer's entry points: fx_cii_write_memory, fx_cii_write_file,
 * fx_cii_write_buf and fx_cii_dropped_fields.
 */
#include "cii/write.h"

#include <stdlib.h>
#include <string.h>

#include "cii/write_ctx.h"
#include "core/error.h"
#include "core/file.h"

/* The root element with the four fixed namespace prefixes. */
static const char root_open[] =
    "<rsm:CrossIndustryInvoice"
    " xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\""
    " xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\""
    " xmlns:ram=\"urn:un:unece:uncefact:data:standard:"
    "ReusableAggregateBusinessInformationEntity:100\""
    " xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">";

/* Checks the options; fills *profile and *compact. opts may be NULL. */
static int check_options(const fx_cii_options *opts, fx_profile *profile, int *compact)
{
	if (!opts) {
		*profile = FX_PROFILE_EN16931;
		*compact = 0;
		return FX_OK;
	}
	if (opts->version != FX_CII_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE,
		                    "fx_cii_options: unsupported version %u (expected %u)",
		                    opts->version, (unsigned)FX_CII_OPTIONS_VERSION);
	if ((int)opts->profile < FX_PROFILE_MINIMUM || (int)opts->profile > FX_PROFILE_EXTENDED)
		return fx_error_set(FX_EUSAGE, "fx_cii_options: unknown profile %d",
		                    (int)opts->profile);
	*profile = opts->profile;
	*compact = opts->compact;
	return FX_OK;
}

/* Writes the whole document into w->buf. */
static void write_document(fx_cw *w)
{
	fx_cw_raw(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fx_cw_raw(w, root_open);
	if (!w->compact)
		fx_cw_raw(w, "\n");
	w->depth = 1;
	fx_cw_context(w);
	fx_cw_document(w);
	fx_cw_open(w, "rsm:SupplyChainTradeTransaction");
	fx_cw_lines(w);
	fx_cw_agreement(w);
	fx_cw_delivery(w);
	fx_cw_settlement(w);
	fx_cw_close(w, "rsm:SupplyChainTradeTransaction");
	fx_cw_raw(w, "</rsm:CrossIndustryInvoice>\n");
}

/* Runs the writer. inv: invoice; profile/compact: output settings;
 * lenient: missing data is not an error; out: buffer appended to;
 * dropped: receives dropped fields (may be NULL). */
static int run_writer(const fx_invoice *inv, fx_profile profile, int compact, bool lenient,
                      fx_buf *out, fx_cii_dropped *dropped)
{
	fx_cw w;
	memset(&w, 0, sizeof w);
	w.buf = *out;
	w.inv = inv;
	w.profile = profile;
	w.compact = compact;
	w.lenient = lenient;
	w.dropped = dropped;
	if (dropped)
		dropped->count = 0;
	write_document(&w);
	*out = w.buf;
	return w.rc;
}

/* Appends the XML of inv to out. */
int fx_cii_write_buf(const fx_invoice *inv, const fx_cii_options *opts, fx_buf *out,
                     fx_cii_dropped *dropped)
{
	fx_profile profile = FX_PROFILE_EN16931;
	int compact = 0;
	if (!inv || !out)
		return fx_error_set(FX_EUSAGE, "fx_cii_write: NULL invoice or output");
	int rc = check_options(opts, &profile, &compact);
	if (rc)
		return rc;
	return run_writer(inv, profile, compact, false, out, dropped);
}

/* Writes inv as a malloc'ed XML document. */
int fx_cii_write_memory(const fx_invoice *inv, const fx_cii_options *opts, char **out,
                        size_t *out_len)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_cii_write_memory: out is NULL");
	fx_buf buf = {0};
	int rc = fx_cii_write_buf(inv, opts, &buf, NULL);
	if (rc) {
		fx_buf_free(&buf);
		return rc;
	}
	size_t len = 0;
	char *doc = fx_buf_detach(&buf, &len);
	if (!doc)
		return fx_error_oom();
	*out = doc;
	if (out_len)
		*out_len = len;
	return FX_OK;
}

/* Writes inv as XML to path, atomically. */
int fx_cii_write_file(const fx_invoice *inv, const fx_cii_options *opts, const char *path)
{
	if (!path)
		return fx_error_set(FX_EUSAGE, "fx_cii_write_file: path is NULL");
	char *doc = NULL;
	size_t len = 0;
	int rc = fx_cii_write_memory(inv, opts, &doc, &len);
	if (rc)
		return rc;
	rc = fx_file_write_atomic(path, doc, len);
	free(doc);
	return rc;
}

/* Lists the fields a profile leaves out. */
int fx_cii_dropped_fields(const fx_invoice *inv, fx_profile profile, fx_cii_dropped *out)
{
	if (!inv || !out)
		return fx_error_set(FX_EUSAGE, "fx_cii_dropped_fields: NULL argument");
	if ((int)profile < FX_PROFILE_MINIMUM || (int)profile > FX_PROFILE_EXTENDED)
		return fx_error_set(FX_EUSAGE, "fx_cii_dropped_fields: unknown profile %d",
		                    (int)profile);
	fx_cii_dropped list;
	fx_buf scratch = {0};
	int rc = run_writer(inv, profile, 1, true, &scratch, &list);
	fx_buf_free(&scratch);
	if (rc)
		return rc;
	*out = list;
	return FX_OK;
}
