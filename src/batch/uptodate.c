/*
 * The up-to-date check: a SHA-256 digest of what an invoice's PDF depends
 * on (the library version, the mapping, the seller file, the options, the
 * files they name, the invoice's rows) is kept with the size and time of
 * the PDF in OUTDIR/.facturx-batch/<file>.state. The creation date written
 * in the PDF is not part of it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch/batch_run.h"
#include "core/error.h"

/* Feeds a string (NULL included) with its length, so fields cannot merge. */
static void feed_str(fx_sha256 *h, const char *s)
{
	uint64_t n = s ? strlen(s) : UINT64_MAX;
	fx_sha256_update(h, &n, sizeof n);
	if (s)
		fx_sha256_update(h, s, strlen(s));
}

/* Feeds an integer. */
static void feed_int(fx_sha256 *h, long long v)
{
	fx_sha256_update(h, &v, sizeof v);
}

/* Feeds a file named in the options: its path, size and modification time. */
static void feed_file(fx_sha256 *h, const char *path)
{
	feed_str(h, path);
	struct stat st;
	if (path && stat(path, &st) == 0) {
		feed_int(h, (long long)st.st_size);
		feed_int(h, (long long)st.st_mtim.tv_sec);
		feed_int(h, (long long)st.st_mtim.tv_nsec);
	}
}

/* Computes the context digest. */
void fx_br_context_digest(fx_brun *r)
{
	fx_sha256 h;
	fx_sha256_init(&h);
	const fx_generate_options *g = &r->gen;
	feed_str(&h, "facturx-batch/1");
	feed_str(&h, fx_version());
	fx_sha256_update(&h, r->src->map->digest, sizeof r->src->map->digest);
	feed_int(&h, (long long)r->src->seller_len);
	if (r->src->seller_text)
		fx_sha256_update(&h, r->src->seller_text, r->src->seller_len);
	feed_int(&h, r->compute.rules_only);
	feed_int(&h, g->profile);
	feed_str(&h, g->language);
	feed_file(&h, g->template_path);
	feed_file(&h, g->logo_path);
	feed_file(&h, g->fonts_path);
	feed_int(&h, g->amount_in_words);
	feed_int(&h, g->xml_relationship);
	for (size_t i = 0; i < g->attachment_count; i++) {
		const fx_pdf_extra_file *a = &g->attachments[i];
		feed_str(&h, a->name);
		feed_str(&h, a->mime_type);
		feed_str(&h, a->description);
		feed_int(&h, a->relationship);
		feed_int(&h, (long long)a->len);
		if (a->len)
			fx_sha256_update(&h, a->data, a->len);
	}
	feed_str(&h, g->title);
	feed_str(&h, g->author);
	feed_str(&h, g->subject);
	feed_str(&h, g->keywords);
	feed_str(&h, g->creator);
	fx_sha256_final(&h, r->context);
}

/* Feeds the mapped cells of rows (file f). */
static void feed_rows(fx_sha256 *h, const fx_bfile *f, const fx_brow *rows, size_t n)
{
	feed_int(h, (long long)n);
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; i < f->n_header; i++) {
			if (f->column[i] < 0 || !rows[k].cells[i].len)
				continue;
			feed_int(h, f->column[i]);
			feed_int(h, (long long)rows[k].cells[i].len);
			fx_sha256_update(h, rows[k].cells[i].text, rows[k].cells[i].len);
		}
}

/* Computes the digest of a job. */
void fx_br_job_digest(const fx_brun *r, const fx_bjob *j, unsigned char out[FX_SHA256_LEN])
{
	fx_sha256 h;
	fx_sha256_init(&h);
	fx_sha256_update(&h, r->context, sizeof r->context);
	feed_str(&h, j->number);
	feed_rows(&h, j->file, j->rows, j->n_rows);
	if (j->line_rows != j->rows)
		feed_rows(&h, j->lines_file, j->line_rows, j->n_line_rows);
	fx_sha256_final(&h, out);
}

/* Path of the state file of name; NULL when out of memory. */
static char *state_path(const fx_brun *r, const char *name)
{
	size_t n = strlen(r->state_dir) + strlen(name) + 16;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s.state", r->state_dir, name);
	return p;
}

/* Reads a state file. */
bool fx_br_state_read(const fx_brun *r, const char *name, fx_br_state *st)
{
	char *path = state_path(r, name);
	FILE *f = path ? fopen(path, "r") : NULL;
	free(path);
	if (!f)
		return false;
	memset(st, 0, sizeof *st);
	int n =
	    fscanf(f, "facturx-batch 1 %64s %lld %lld %lld %zu %47s %15s", st->digest, &st->size,
	           &st->mtime_sec, &st->mtime_nsec, &st->n_lines, st->due, st->currency);
	fclose(f);
	return n == 7;
}

/* Writes a state file through a temporary file. */
int fx_br_state_write(const fx_brun *r, const char *name, const fx_br_state *st)
{
	char *path = state_path(r, name);
	size_t n = path ? strlen(path) + 8 : 0;
	char *tmp = path ? malloc(n) : NULL;
	if (!tmp) {
		free(path);
		return fx_error_oom();
	}
	snprintf(tmp, n, "%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	int ok =
	    f && fprintf(f, "facturx-batch 1 %s %lld %lld %lld %zu %s %s\n", st->digest, st->size,
	                 st->mtime_sec, st->mtime_nsec, st->n_lines, st->due, st->currency) > 0;
	int err = errno;
	if (f && fclose(f) != 0 && ok) {
		ok = 0;
		err = errno;
	} else if (!f && fd >= 0) {
		close(fd);
	}
	if (ok && rename(tmp, path) != 0) {
		ok = 0;
		err = errno;
	}
	int rc = FX_OK;
	if (!ok) {
		if (fd >= 0)
			unlink(tmp);
		rc = fx_error_set(FX_EIO, "cannot write '%s': %s", path, strerror(err));
	}
	free(tmp);
	free(path);
	return rc;
}
