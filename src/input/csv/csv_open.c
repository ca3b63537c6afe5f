/*
 * The CSV reader: options, opening a file or a memory block, the raw byte
 * input (a file is read in chunks), closing.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/error.h"
#include "input/csv/csv_internal.h"

#define DEFAULT_MAX_FIELD ((size_t)64 * 1024)
#define DEFAULT_MAX_FIELDS ((size_t)1024)

/* Sets the default options. */
int fx_csv_options_init(fx_csv_options *opts, unsigned version)
{
	if (!opts || version != FX_CSV_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_csv_options_init: unknown version %u", version);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return FX_OK;
}

/* Fills the next chunk of a file; false at the end or on a read error
 * (recorded in r->read_error). */
static bool refill(fx_csv_reader *r)
{
	if (r->eof)
		return false;
	r->chunk_offset += r->chunk_len;
	r->chunk_pos = 0;
	r->chunk_len = 0;
	for (;;) {
		ssize_t n = read(r->fd, r->chunk, FX_CSV_CHUNK);
		if (n > 0) {
			r->chunk_len = (size_t)n;
			return true;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			r->read_error = errno;
		r->eof = true;
		return false;
	}
}

/* Next raw byte, -1 at the end. */
int fx_csv_getc(fx_csv_reader *r)
{
	if (r->chunk_pos < r->chunk_len)
		return r->chunk[r->chunk_pos++];
	if (r->mem || !refill(r))
		return -1;
	return r->chunk[r->chunk_pos++];
}

/* Next raw byte without consuming it. */
int fx_csv_peek(fx_csv_reader *r)
{
	if (r->chunk_pos < r->chunk_len)
		return r->chunk[r->chunk_pos];
	if (r->mem || !refill(r))
		return -1;
	return r->chunk[r->chunk_pos];
}

/* Offset of the next byte. */
uint64_t fx_csv_tell(const fx_csv_reader *r)
{
	return r->chunk_offset + r->chunk_pos;
}

/* Positions the input at offset. */
int fx_csv_rewind_to(fx_csv_reader *r, uint64_t offset)
{
	if (r->mem) {
		r->chunk_pos = offset < r->mem_len ? (size_t)offset : r->mem_len;
		return FX_OK;
	}
	if (lseek(r->fd, (off_t)offset, SEEK_SET) < 0)
		return fx_error_set(FX_EIO, "%s: cannot seek: %s", r->source, strerror(errno));
	r->chunk_offset = offset;
	r->chunk_pos = r->chunk_len = 0;
	r->eof = false;
	r->read_error = 0;
	return FX_OK;
}

/* Allocates a reader with the options applied (input not set yet). */
static int reader_new(const char *source, const fx_csv_options *opts, fx_csv_reader **out)
{
	if (opts && opts->version != FX_CSV_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_csv_options: unknown version %u", opts->version);
	fx_csv_reader *r = calloc(1, sizeof *r);
	if (!r || !(r->source = strdup(source ? source : "<memory>"))) {
		free(r);
		return fx_error_oom();
	}
	r->fd = -1;
	r->max_field_bytes =
	    opts && opts->max_field_bytes ? opts->max_field_bytes : DEFAULT_MAX_FIELD;
	r->max_fields = opts && opts->max_fields ? opts->max_fields : DEFAULT_MAX_FIELDS;
	r->sep = opts ? opts->separator : 0;
	*out = r;
	return FX_OK;
}

/* Sets up the encoding and the separator once the input is in place. */
static int reader_prepare(fx_csv_reader *r, const fx_csv_options *opts)
{
	const char *enc = opts ? opts->encoding : NULL;
	int rc;
	if (!enc || strcasecmp(enc, "auto") == 0)
		rc = fx_csv_detect_encoding(r);
	else
		rc = fx_csv_decoder_init(&r->dec, enc);
	if (rc == FX_OK && r->dec.utf8 && fx_csv_peek(r) == 0xEF) {
		uint64_t start = fx_csv_tell(r);
		int a = fx_csv_getc(r), b = fx_csv_getc(r), c = fx_csv_getc(r);
		r->bom = a == 0xEF && b == 0xBB && c == 0xBF;
		if (!r->bom)
			rc = fx_csv_rewind_to(r, start);
	}
	r->line = 1;
	if (rc == FX_OK)
		rc = fx_csv_skip_sep_line(r);
	if (rc == FX_OK && !r->sep)
		rc = fx_csv_detect_separator(r);
	if (rc == FX_OK && r->read_error)
		rc = fx_error_set(FX_EIO, "cannot read '%s': %s", r->source,
		                  strerror(r->read_error));
	return rc;
}

/* Opens a file. */
int fx_csv_open_file(const char *path, const fx_csv_options *opts, fx_csv_reader **out)
{
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_csv_open_file: NULL argument");
	fx_csv_reader *r = NULL;
	int rc = reader_new(path, opts, &r);
	if (rc < 0)
		return rc;
	r->fd = open(path, O_RDONLY | O_CLOEXEC);
	r->chunk = malloc(FX_CSV_CHUNK);
	if (r->fd < 0)
		rc = fx_error_set(FX_EIO, "cannot open '%s': %s", path, strerror(errno));
	else if (!r->chunk)
		rc = fx_error_oom();
	else
		rc = reader_prepare(r, opts);
	if (rc < 0) {
		fx_csv_close(r);
		return rc;
	}
	*out = r;
	return FX_OK;
}

/* Opens a memory block. */
int fx_csv_open_memory(const void *data, size_t len, const char *source, const fx_csv_options *opts,
                       fx_csv_reader **out)
{
	if ((!data && len) || !out)
		return fx_error_set(FX_EUSAGE, "fx_csv_open_memory: NULL argument");
	fx_csv_reader *r = NULL;
	int rc = reader_new(source, opts, &r);
	if (rc < 0)
		return rc;
	static const unsigned char empty[1] = {0};
	r->mem = data ? data : empty;
	r->mem_len = len;
	r->chunk = (unsigned char *)r->mem;
	r->chunk_len = len;
	r->eof = true;
	rc = reader_prepare(r, opts);
	if (rc < 0) {
		fx_csv_close(r);
		return rc;
	}
	*out = r;
	return FX_OK;
}

/* Goes to a record start. */
int fx_csv_seek(fx_csv_reader *r, const fx_csv_position *pos)
{
	if (!r || !pos)
		return fx_error_set(FX_EUSAGE, "fx_csv_seek: NULL argument");
	int rc = fx_csv_rewind_to(r, pos->offset);
	if (rc < 0)
		return rc;
	r->row = pos->row ? pos->row - 1 : 0;
	r->line = pos->line ? pos->line : 1;
	return FX_OK;
}

/* The encoding's name. */
const char *fx_csv_encoding(const fx_csv_reader *r)
{
	return r ? r->dec.name : "";
}

/* Whether the input had a UTF-8 byte order mark. */
bool fx_csv_has_bom(const fx_csv_reader *r)
{
	return r && r->bom;
}

/* The separator. */
char fx_csv_separator(const fx_csv_reader *r)
{
	return r ? r->sep : 0;
}

/* The source name. */
const char *fx_csv_source(const fx_csv_reader *r)
{
	return r ? r->source : "";
}

/* Closes a reader. */
void fx_csv_close(fx_csv_reader *r)
{
	if (!r)
		return;
	if (r->fd >= 0)
		close(r->fd);
	if (!r->mem)
		free(r->chunk);
	free(r->source);
	free(r->raw);
	free(r->text);
	free(r->spans);
	free(r->fields);
	free(r);
}
