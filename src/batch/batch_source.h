/*
 * Internal: the export as a stream of invoices. Opening reads the header
 * row of each file against the mapping and indexes the invoice numbers in
 * one pass (a few dozen bytes per invoice number, not per row); then the
 * rows are read again, one invoice (a "job") at a time.
 *
 * The rows of an invoice must be consecutive: a number that reappears after
 * other invoices is reported (naming both places) and not produced. In the
 * two-file variant, the invoices file is streamed and the lines of each
 * invoice are fetched from the lines file at the position the index kept.
 */
#ifndef FX_BATCH_SOURCE_H
#define FX_BATCH_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#include "batch/batch_mapping.h"
#include "core/arena.h"
#include "facturx/batch.h"
#include "facturx/csv.h"

/** One CSV file of the export and what its header row says. */
typedef struct fx_bfile {
	fx_csv_reader *csv;
	const char *path;
	size_t n_header;            /* fields of the header row */
	const char **names;         /* the header names as written */
	int *column;                /* header index -> mapping column, or -1 */
	int *field;                 /* header index -> field id (first mapping column
	                             * with the same target), or -1 */
	size_t key;                 /* header index of the invoice number */
	fx_csv_position data_start; /* where the row after the header starts */
} fx_bfile;

/** An invoice number found in a file. */
typedef struct fx_bentry {
	const char *number;
	fx_csv_position pos;     /* its first row */
	unsigned long last_row;  /* the last row of its first run */
	size_t n_rows;           /* non-blank rows of its first run */
	unsigned long again_row; /* first row of a later run, 0 if none */
	bool used;               /* two-file variant: its lines were taken */
	const char *owner;       /* file names index: the number that has the name */
} fx_bentry;

/** Invoice numbers of a file: a hash table, and the entries in file order. */
typedef struct fx_bindex {
	fx_bentry **table;
	size_t cap;
	fx_bentry **order;
	size_t n, order_cap;
} fx_bindex;

/** A cell of a job's row (text trimmed, owned by the job). */
typedef struct fx_bcell {
	const char *text;
	size_t len;
	unsigned long line;
} fx_bcell;

/** A row of a job: one cell per header field of its file. */
typedef struct fx_brow {
	unsigned long row, line;
	fx_bcell *cells;
} fx_brow;

/** The rows of one invoice, taken from the files. */
typedef struct fx_bjob {
	size_t seq; /* 0-based position among the results */
	const char *number;
	const char *file_name;      /* output file name, or NULL (failed early) */
	const fx_bfile *file;       /* the file of rows */
	const fx_bfile *lines_file; /* the file of line_rows */
	unsigned long first_row, last_row;
	fx_brow *rows; /* single file: every row; two files: the invoice row */
	size_t n_rows, rows_cap;
	fx_brow *line_rows; /* two files: the line rows; else == rows */
	size_t n_line_rows, line_rows_cap;
	const char *failure; /* the rows are wrong: why (full message) */
	bool silent;         /* a later run of a number already reported */
	fx_arena *arena;
} fx_bjob;

/** The export being read. */
typedef struct fx_bsrc {
	fx_arena *arena;
	fx_batch_mapping *own_map;
	const fx_batch_mapping *map;
	char *seller_text;
	size_t seller_len;
	const char *seller_path;
	bool two_files;
	fx_bfile main, lines;
	fx_bindex index, lines_index, names;
	size_t total;
	const char **notices;
	size_t n_notices, notices_cap;
	/* reading */
	size_t seq;
	fx_bjob *ahead; /* the job started by the record read ahead */
	bool main_done;
	size_t orphan_cursor; /* two files: next lines index entry to check */
	char *key_buf;        /* the previous key while grouping */
	size_t key_cap;
} fx_bsrc;

/* Opens the export described by in (files, headers, seller file, index).
 * out: receives the source. */
int fx_bsrc_open(const fx_batch_input *in, fx_bsrc **out);

/* Reads the next job. s: the source; out: receives it (fx_bjob_free).
 * Returns FX_OK, FX_BATCH_END, or an error (I/O, memory). */
int fx_bsrc_next(fx_bsrc *s, fx_bjob **out);

/* Frees a source. s: may be NULL. */
void fx_bsrc_free(fx_bsrc *s);

/* Creates an empty job for the invoice number number/len. out: receives it. */
int fx_bjob_new(const char *number, size_t len, fx_bjob **out);

/* Frees a job. j: may be NULL. */
void fx_bjob_free(fx_bjob *j);

/* Records why job j fails (printf-style), unless it has a reason already. */
int fx_bjob_fail(fx_bjob *j, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Copies record rec of file f into job j: its mapped cells, trimmed (the
 * others stay NULL); a value beyond the header or a problem of the record
 * makes the job fail. line_row: a row of the lines file (two-file variant). */
int fx_bjob_add_row(fx_bjob *j, const fx_bfile *f, const fx_csv_record *rec, bool line_row);

/* Opens one file and reads its header row against the mapping. s: the
 * source (mapping, notices); f: the file to fill; path: its path; in: the
 * encoding and separator options; invoices_file: the invoices file of the
 * two-file variant (line fields are refused there). f->data_start.row is 0
 * when the file has no row after the header. */
int fx_bfile_open(fx_bsrc *s, fx_bfile *f, const char *path, const fx_batch_input *in,
                  bool invoices_file);

/* Indexes the invoice numbers of file f into idx (one pass, then back to
 * the first data row). *runs receives the number of runs of rows that will
 * be reported (a later run of a number is part of the first one's report). */
int fx_bfile_index(fx_bsrc *s, fx_bfile *f, fx_bindex *idx, size_t *runs);

/* Finds number/len in idx, or NULL. */
fx_bentry *fx_bindex_find(const fx_bindex *idx, const char *number, size_t len);

/* Adds number/len to idx (strings in arena a). out: receives the new entry. */
int fx_bindex_add(fx_bindex *idx, fx_arena *a, const char *number, size_t len, fx_bentry **out);

/* Frees the tables of idx (the entries live in the source's arena). */
void fx_bindex_free(fx_bindex *idx);

/* The key cell of a record, trimmed: *s and *len receive it ("" when the
 * record has no such field). */
void fx_bfile_key(const fx_bfile *f, const fx_csv_record *rec, const char **s, size_t *len);

/* Adds a warning to the source's notices (printf-style). */
int fx_bsrc_notice(fx_bsrc *s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Writes the column letters of header index i ("A", "AB") to buf. */
void fx_bcolumn_letters(size_t i, char buf[8]);

/* Writes where a cell is: "file: row R (line L), column C \"Name\"" (the line
 * only when it differs from the row). f: the file; row, line: of the cell;
 * col: header index (SIZE_MAX: the row only); buf/size: destination. */
void fx_bwhere(const fx_bfile *f, unsigned long row, unsigned long line, size_t col, char *buf,
               size_t size);

/* Writes "row A" (first == last) or "rows A-B" to buf; returns buf. */
const char *fx_brows(unsigned long first, unsigned long last, char buf[48]);

/* Writes the output file name of an invoice number to buf (letters, digits,
 * '-', '_', '.', other bytes made '_', ".pdf" added). */
void fx_bfile_name(const char *number, char *buf, size_t size);

#endif
