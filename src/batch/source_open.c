/*
 * Opening an export: the mapping (built-in when none is given), the seller
 * file every invoice starts from, the CSV files and their index.
 */
#include <stdlib.h>
#include <string.h>

#include "batch/batch_source.h"
#include "core/error.h"
#include "core/file.h"
#include "facturx/json.h"

/* Reads the seller file: a partial JSON description, checked once here. */
static int read_seller(fx_bsrc *s, const char *path)
{
	int rc = fx_file_read(path, &s->seller_text, &s->seller_len);
	if (rc < 0)
		return rc;
	s->seller_path = path;
	fx_invoice *inv = NULL;
	rc = fx_json_read_memory(s->seller_text, s->seller_len, path, &inv);
	if (rc == FX_OK && inv->n_lines)
		rc = fx_error_set(FX_EINVAL,
		                  "%s: the seller file has \"lines\": the lines come from the CSV, "
		                  "remove them",
		                  path);
	fx_invoice_free(inv);
	return rc;
}

/* Counts the numbers that have lines but no invoice row (two files). */
static size_t count_orphans(const fx_bsrc *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->lines_index.n; i++) {
		const fx_bentry *e = s->lines_index.order[i];
		n += !fx_bindex_find(&s->index, e->number, strlen(e->number));
	}
	return n;
}

/* Opens the files and indexes them. */
static int open_files(fx_bsrc *s, const fx_batch_input *in)
{
	s->two_files = in->lines_path != NULL;
	int rc = fx_bfile_open(s, &s->main, in->csv_path, in, s->two_files);
	if (rc == FX_OK && s->two_files)
		rc = fx_bfile_open(s, &s->lines, in->lines_path, in, false);
	size_t runs = 0, line_runs = 0;
	if (rc == FX_OK)
		rc = fx_bfile_index(s, &s->main, &s->index, &runs);
	if (rc == FX_OK && s->two_files)
		rc = fx_bfile_index(s, &s->lines, &s->lines_index, &line_runs);
	if (rc < 0)
		return rc;
	s->total = runs + (s->two_files ? count_orphans(s) : 0);
	s->main_done = s->main.data_start.row == 0;
	return FX_OK;
}

/* Opens an export. */
int fx_bsrc_open(const fx_batch_input *in, fx_bsrc **out)
{
	if (!in || !out || !in->csv_path)
		return fx_error_set(FX_EUSAGE, "fx_batch: no CSV file given");
	if (in->version != FX_BATCH_INPUT_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_batch_input: unknown version %u", in->version);
	fx_bsrc *s = calloc(1, sizeof *s);
	if (!s || !(s->arena = fx_arena_new(16384))) {
		free(s);
		return fx_error_oom();
	}
	s->main.csv = s->lines.csv = NULL;
	int rc = FX_OK;
	s->map = in->mapping;
	if (!s->map) {
		rc = fx_batch_mapping_default(&s->own_map);
		s->map = s->own_map;
	}
	const char *seller = in->seller_path ? in->seller_path
	                     : s->map        ? s->map->seller_path
	                                     : NULL;
	if (rc == FX_OK && seller)
		rc = read_seller(s, seller);
	if (rc == FX_OK)
		rc = open_files(s, in);
	if (rc < 0) {
		fx_bsrc_free(s);
		return rc;
	}
	*out = s;
	return FX_OK;
}

/* Frees a source. */
void fx_bsrc_free(fx_bsrc *s)
{
	if (!s)
		return;
	fx_csv_close(s->main.csv);
	fx_csv_close(s->lines.csv);
	fx_bindex_free(&s->index);
	fx_bindex_free(&s->lines_index);
	fx_bindex_free(&s->names);
	fx_bjob_free(s->ahead);
	fx_batch_mapping_free(s->own_map);
	free(s->seller_text);
	free(s->key_buf);
	fx_arena_free(s->arena);
	free(s);
}
