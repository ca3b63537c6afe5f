/*
 * facturx - reading CSV exports as spreadsheets and accounting software
 * write them (see docs/batch.md): the separator (';', ',' or tab) and the
 * encoding (UTF-8 with or without byte order mark, Windows-1252,
 * ISO-8859-15) are detected, quoted fields may hold separators, quotes and
 * line breaks, and every field is handed over as UTF-8 with the physical
 * line it starts on. The reader streams: memory depends on the longest
 * record, not on the size of the file.
 *
 * French values: fx_csv_parse_decimal reads "1 234,56", "-12,5" or
 * "1234.56" into an exact fx_decimal; fx_csv_parse_date reads "24/11/2026"
 * or "2026-11-24".
 */
#ifndef FACTURX_CSV_H
#define FACTURX_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common.h"
#include "decimal.h"
#include "invoice.h"

#ifdef __cplusplus
extern "C" {
#endif

/* fx_csv_next: returned at the end of the input (no record). */
#define FX_CSV_END 1

#define FX_CSV_OPTIONS_VERSION 1

/** Options of fx_csv_open_file / fx_csv_open_memory (fx_csv_options_init). */
typedef struct fx_csv_options {
	unsigned version;       /* FX_CSV_OPTIONS_VERSION */
	const char *encoding;   /* NULL or "auto": detected; else "UTF-8" or the ICU name of
	                         * a single-byte encoding ("windows-1252", "ISO-8859-15"...) */
	char separator;         /* 0: detected from the first line; else ';', ',', '\t'... */
	size_t max_field_bytes; /* longer fields are cut and the record gets a problem
	                         * (default 64 KiB) */
	size_t max_fields;      /* more fields make a problem (default 1024) */
} fx_csv_options;

/** Where a record starts, to come back to it with fx_csv_seek. */
typedef struct fx_csv_position {
	uint64_t offset;    /* byte offset in the file */
	unsigned long row;  /* its record number (1-based) */
	unsigned long line; /* its physical line (1-based) */
} fx_csv_position;

/** One field of a record, as UTF-8 (not NUL-terminated). */
typedef struct fx_csv_field {
	const char *text;   /* the value, quotes removed, "" turned into " */
	size_t len;         /* its length in bytes */
	unsigned long line; /* the physical line where the field starts */
	bool quoted;        /* it was written between quotes */
} fx_csv_field;

/** A record (one row of the spreadsheet). Valid until the next call. */
typedef struct fx_csv_record {
	fx_csv_position pos;        /* its start (row, line, byte offset) */
	unsigned long end_line;     /* the physical line where it ends */
	const fx_csv_field *fields; /* n_fields fields (at least one) */
	size_t n_fields;
	/* A malformed record is returned as read leniently, with: */
	const char *problem;        /* NULL, or what is wrong (no location) */
	size_t problem_field;       /* the field concerned (0-based) */
	unsigned long problem_line; /* the physical line concerned */
} fx_csv_record;

/** A CSV reader (opaque). */
typedef struct fx_csv_reader fx_csv_reader;

/* Sets opts to the defaults. opts: the options; version:
 * FX_CSV_OPTIONS_VERSION. Returns FX_OK or FX_EUSAGE. */
FX_EXTERN int fx_csv_options_init(fx_csv_options *opts, unsigned version);

/* Opens the CSV file at path. opts: NULL for the defaults; out: receives
 * the reader (fx_csv_close). The whole file is scanned once to detect the
 * encoding (unless forced). FX_EIO when it cannot be read, FX_EINVAL when
 * it is UTF-16 or UTF-32 (not supported: the message says to save it as
 * UTF-8), FX_EUSAGE for an unknown or unsupported encoding name. */
FX_EXTERN int fx_csv_open_file(const char *path, const fx_csv_options *opts, fx_csv_reader **out);

/* Same as fx_csv_open_file for data/len held in memory (not copied: it must
 * outlive the reader). source: name for messages (NULL: "<memory>"). */
FX_EXTERN int fx_csv_open_memory(const void *data, size_t len, const char *source,
                                 const fx_csv_options *opts, fx_csv_reader **out);

/* Reads the next record into rec. r: the reader; rec: receives it.
 * Returns FX_OK, FX_CSV_END at the end of the input, FX_EIO on a read error,
 * FX_ENOMEM. A malformed record (an unclosed quote, text after a closing
 * quote, bytes that are not of the encoding, a field or record too long) is
 * returned with rec->problem set, and reading goes on after it. A line
 * "sep=X" before the first record (as Excel writes) sets the separator and
 * is not a record. */
FX_EXTERN int fx_csv_next(fx_csv_reader *r, fx_csv_record *rec);

/* Goes back (or forward) to a record start returned earlier in
 * rec->pos. r: the reader; pos: the position. FX_EIO when the file cannot
 * be positioned. */
FX_EXTERN int fx_csv_seek(fx_csv_reader *r, const fx_csv_position *pos);

/* Returns the encoding in use: "UTF-8", "windows-1252", "ISO-8859-15" (when
 * detected) or the name given in the options. */
FX_EXTERN const char *fx_csv_encoding(const fx_csv_reader *r);

/* True when the input starts with a UTF-8 byte order mark. */
FX_EXTERN bool fx_csv_has_bom(const fx_csv_reader *r);

/* Returns the separator in use (detected once the first record is read). */
FX_EXTERN char fx_csv_separator(const fx_csv_reader *r);

/* Returns the source name given when opening (the path for a file). */
FX_EXTERN const char *fx_csv_source(const fx_csv_reader *r);

/* Closes a reader. r: may be NULL. */
FX_EXTERN void fx_csv_close(fx_csv_reader *r);

/* True when every field of rec is empty or blank (an empty row). */
FX_EXTERN bool fx_csv_record_is_blank(const fx_csv_record *rec);

/* Parses a number as spreadsheets export it, into an exact decimal.
 * s/len: the text; decimal_mark: ',' or '.' to force the decimal mark, 0 to
 * decide from the text (a single ',' or '.' is the decimal mark; when both
 * appear, the last one is; a mark written several times groups thousands);
 * out: the value with the written number of decimals. Accepted: blanks
 * around (space, no-break spaces U+00A0 U+202F, thin space U+2009), digits
 * grouped by three with a space, a no-break space, an apostrophe or the
 * other mark ("1 234,56", "1.234,56", "1,234.56"), a sign ('-' or '+'
 * before, '-' after as SAP writes, U+2212, or parentheses), a trailing "%"
 * or "€". Returns FX_EINVAL otherwise (the message says what is expected),
 * FX_EOVERFLOW when it does not fit an fx_decimal. */
FX_EXTERN int fx_csv_parse_decimal(const char *s, size_t len, char decimal_mark, fx_decimal *out);

/* Parses a date: "dd/mm/yyyy" (also with '-' or '.', one-digit day and
 * month allowed), "yyyy-mm-dd" or "yyyymmdd", optionally followed by a time
 * ("24/11/2026 00:00", "2026-11-24T00:00:00") that is ignored. The calendar
 * is checked. s/len: the text; out: the date. FX_EINVAL otherwise. */
FX_EXTERN int fx_csv_parse_date(const char *s, size_t len, fx_date *out);

#ifdef __cplusplus
}
#endif

#endif
