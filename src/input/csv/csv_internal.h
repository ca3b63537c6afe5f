/*
 * Internal: the CSV reader's state. The reader scans the raw bytes (the
 * encodings it accepts are ASCII-compatible, so separators, quotes and line
 * breaks are the same bytes in all of them) and converts each field to
 * UTF-8: UTF-8 input is validated, single-byte input goes through a
 * 256-entry table built with ICU.
 */
#ifndef FX_INPUT_CSV_INTERNAL_H
#define FX_INPUT_CSV_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "facturx/csv.h"

#define FX_CSV_CHUNK 65536
#define FX_CSV_PROBLEM_MAX 256

/** How raw bytes become UTF-8. */
typedef struct fx_csv_decoder {
	bool utf8;                    /* UTF-8: validate, else use the table */
	unsigned char table[256][4];  /* single-byte: UTF-8 of each byte */
	unsigned char table_len[256]; /* its length; 0: the byte has no character */
	char name[64];                /* the encoding's name, for messages */
} fx_csv_decoder;

/** Where a field of the record being read lies in the text buffer. */
typedef struct fx_csv_span {
	size_t start, len;
	unsigned long line;
	bool quoted;
} fx_csv_span;

struct fx_csv_reader {
	char *source;
	/* input: a file descriptor or a memory block */
	int fd;
	const unsigned char *mem;
	size_t mem_len;
	unsigned char *chunk; /* file mode: read buffer */
	size_t chunk_len, chunk_pos;
	uint64_t chunk_offset; /* offset of chunk[0] in the file */
	bool eof;
	int read_error; /* errno of a failed read, 0 if none */
	/* decoding and syntax */
	fx_csv_decoder dec;
	bool bom;
	char sep;
	size_t max_field_bytes, max_fields;
	unsigned long row, line;
	unsigned long end_line; /* physical line where the last field read ended */
	/* the record being read */
	unsigned char *raw; /* the raw bytes of the field being read */
	size_t raw_len, raw_cap;
	char *text;
	size_t text_len, text_cap;
	fx_csv_span *spans;
	fx_csv_field *fields;
	size_t n_fields, fields_cap;
	char problem[FX_CSV_PROBLEM_MAX];
	bool has_problem;
	size_t problem_field;
	unsigned long problem_line;
};

/* Next raw byte of the input, or -1 at the end or on a read error (then
 * r->read_error is set). */
int fx_csv_getc(fx_csv_reader *r);

/* Looks at the next raw byte without consuming it (-1 at the end). */
int fx_csv_peek(fx_csv_reader *r);

/* Offset in the input of the next byte fx_csv_getc returns. */
uint64_t fx_csv_tell(const fx_csv_reader *r);

/* Sets up dec for the encoding name ("UTF-8" or a single-byte ICU
 * encoding). Returns FX_OK or FX_EUSAGE naming the encoding. */
int fx_csv_decoder_init(fx_csv_decoder *dec, const char *name);

/* Detects the encoding of the whole input (r positioned at its start) and
 * sets up r->dec; rewinds afterwards. FX_EINVAL for UTF-16/32. */
int fx_csv_detect_encoding(fx_csv_reader *r);

/* Detects the separator from the first line of the input (the reader is
 * positioned at its start and is rewound afterwards). */
int fx_csv_detect_separator(fx_csv_reader *r);

/* Appends the raw bytes of a whole field, converted to UTF-8, to the record
 * text. A byte that is not of the encoding becomes U+FFFD and a problem on
 * field f at the physical line given. */
int fx_csv_append(fx_csv_reader *r, const unsigned char *raw, size_t len, size_t f,
                  unsigned long line);

/* Records the first problem of the current record (later ones are dropped).
 * f: the field; line: the physical line; fmt: printf-style message. */
void fx_csv_problem(fx_csv_reader *r, size_t f, unsigned long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Skips an Excel "sep=X" first line, taking X as the separator (unless one
 * was given); the input is left at the first record. */
int fx_csv_skip_sep_line(fx_csv_reader *r);

/* Positions the input at byte offset (file: lseek; memory: index). */
int fx_csv_rewind_to(fx_csv_reader *r, uint64_t offset);

#endif
