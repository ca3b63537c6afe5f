/*
 * Internal: a reader of delimited text files (the directory's CSV export):
 * quoted fields with "" escapes and embedded line breaks, a separator
 * guessed from the header line, row numbers for messages.
 */
#ifndef FX_CHORUS_CSV_H
#define FX_CHORUS_CSV_H

#include <stddef.h>

/** A reader over a whole file held in memory (UTF-8). */
typedef struct fx_csv {
	const char *data;
	size_t len;
	size_t pos;
	long line;        /* line number at pos (1-based) */
	char sep;         /* ';', ',' or '\t' */
	const char *path; /* for messages */
} fx_csv;

/** One record: its fields (the reader owns them until the next call). */
typedef struct fx_csv_record {
	char **fields;
	size_t n;
	size_t cap;
	long line; /* line where the record starts */
} fx_csv_record;

/* Starts reading data/len (a UTF-8 byte-order mark is skipped); the
 * separator is the first of ';', tab or ',' found in the first line. */
void fx_csv_init(fx_csv *r, const char *data, size_t len, const char *path);

/* Reads the next record into rec (blank lines are skipped). Returns 1 when
 * a record was read, 0 at the end, FX_EINVAL (unterminated quote; file and
 * line named) or FX_ENOMEM. */
int fx_csv_next(fx_csv *r, fx_csv_record *rec);

/* Frees the fields of rec. */
void fx_csv_record_free(fx_csv_record *rec);

#endif
