/*
 * The sRGB ICC profile embedded in the PDF/A OutputIntent, read at run time
 * (package icc-profiles-free) and checked for what PDF/A accepts. It is read,
 * checked and compressed once per file (render/cache.h: again when the file
 * changes), then shared by every assembly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "pdf/pdf_internal.h"
#include "pdf/cache.h"
#include "pdf/flate.h"

#define ICC_MAX_SIZE ((size_t)4 << 20)

/* Picks the profile path: explicit, environment, default. */
static const char *icc_path(const char *path)
{
	if (path && *path)
		return path;
	const char *env = getenv("FX_ICC_PROFILE");
	if (env && *env)
		return env;
	return FX_PDF_DEFAULT_ICC_PATH;
}

/* Checks the ICC header: signature, class, colour space, version, size. */
static int icc_check(const char *path, const unsigned char *d, size_t len)
{
	if (len < 132 || memcmp(d + 36, "acsp", 4) != 0)
		return fx_error_set(FX_EINVAL, "%s: not an ICC profile (no 'acsp' signature)",
		                    path);
	size_t declared = ((size_t)d[0] << 24) | ((size_t)d[1] << 16) | ((size_t)d[2] << 8) | d[3];
	if (declared > len)
		return fx_error_set(
		    FX_EINVAL, "%s: ICC profile truncated (header says %zu bytes, file has %zu)",
		    path, declared, len);
	if (memcmp(d + 12, "mntr", 4) != 0 && memcmp(d + 12, "prtr", 4) != 0)
		return fx_error_set(FX_EINVAL,
		                    "%s: ICC device class '%.4s': PDF/A needs a monitor (mntr) "
		                    "or printer (prtr) profile",
		                    path, (const char *)d + 12);
	if (memcmp(d + 16, "RGB ", 4) != 0)
		return fx_error_set(FX_EINVAL,
		                    "%s: ICC colour space '%.4s': an RGB profile is needed", path,
		                    (const char *)d + 16);
	if (d[8] >= 5)
		return fx_error_set(FX_EINVAL, "%s: ICC version %d: PDF/A-3 needs version 2 or 4",
		                    path, d[8]);
	return FX_OK;
}

/* Reads and checks the profile at p. */
static int icc_read(const char *p, unsigned char **out, size_t *out_len)
{
	char *data;
	size_t len;
	if (fx_file_read(p, &data, &len) < 0) {
		char msg[1024];
		snprintf(msg, sizeof msg, "%s", fx_error_last()->message);
		return fx_error_set(FX_EIO,
		                    "sRGB ICC profile for the PDF/A OutputIntent: %s (install the "
		                    "Debian package icc-profiles-free, or name another profile "
		                    "with FX_ICC_PROFILE)",
		                    msg);
	}
	if (len > ICC_MAX_SIZE) {
		free(data);
		return fx_error_set(FX_EINVAL, "%s: %zu bytes is too large for an ICC profile", p,
		                    len);
	}
	int rc = icc_check(p, (const unsigned char *)data, len);
	if (rc < 0) {
		free(data);
		return rc;
	}
	*out = (unsigned char *)data;
	*out_len = len;
	return FX_OK;
}

/* Frees a profile for good (the cache's free function). */
static void icc_destroy(void *v)
{
	fx_pdf_icc *icc = v;
	free(icc->data);
	fx_buf_free(&icc->z);
	free(icc);
}

/* Cache loader: reads, checks and compresses the profile at path. */
static int icc_load_cached(const char *path, void **value)
{
	fx_pdf_icc *icc = calloc(1, sizeof *icc);
	if (!icc)
		return fx_error_oom();
	int rc = icc_read(path, &icc->data, &icc->len);
	if (rc >= 0)
		rc = fx_flate(icc->data, icc->len, FX_FLATE_BEST, &icc->z);
	if (rc < 0) {
		icc_destroy(icc);
		return rc;
	}
	*value = icc;
	return FX_OK;
}

/* Cache hook: a new shared profile records its entry. */
static void icc_bind(void *value, fx_cache_entry *entry)
{
	((fx_pdf_icc *)value)->cache = entry;
}

static const fx_cache_ops icc_ops = {"icc", icc_load_cached, icc_destroy, icc_bind};

/* Gets the shared profile. */
int fx_pdf_icc_get(const char *path, const fx_pdf_icc **out)
{
	const char *p = icc_path(path);
	void *v;
	fx_cache_entry *e;
	int rc = fx_cache_get(&icc_ops, p, p, &v, &e);
	if (rc < 0)
		return rc;
	*out = v;
	return FX_OK;
}

/* Gives the profile back. */
void fx_pdf_icc_release(const fx_pdf_icc *icc)
{
	if (icc)
		fx_cache_release(icc->cache);
}
