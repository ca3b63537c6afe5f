/*
 * facturx - invoices from CSV exports, in bulk (see docs/batch.md).
 *
 * An export has one row per invoice line, the invoice's own columns
 * repeated on each row, and the rows of one invoice next to each other (or
 * two files: one row per invoice, and the lines joined on the invoice
 * number). A mapping says which column fills which field of the invoice
 * description (docs/invoice-json.md); a built-in one knows the French
 * column names ("Numéro facture", "Désignation", "Quantité", ...). Data
 * every invoice shares (the seller, payment details, legal notes) comes
 * from a partial JSON description (SELLER.json).
 *
 * fx_batch_reader_* hands the invoices over one by one as fx_invoice;
 * fx_batch_run makes the Factur-X PDF of each one in a folder, on several
 * threads, and reports each invoice (produced, skipped because up to date,
 * or failed, with a message naming the file, row, column and field) through
 * a callback. Memory does not grow with the number of rows.
 */
#ifndef FACTURX_BATCH_H
#define FACTURX_BATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "csv.h"
#include "decimal.h"
#include "generate.h"
#include "invoice.h"

#ifdef __cplusplus
extern "C" {
#endif

/* fx_batch_reader_next: returned when there is no invoice left. */
#define FX_BATCH_END 1

/** A mapping of CSV columns to invoice fields (opaque). */
typedef struct fx_batch_mapping fx_batch_mapping;

/* Returns the built-in mapping as a mapping file (JSON text, static): the
 * French column names, a starting point for one's own mapping. */
FX_EXTERN const char *fx_batch_mapping_default_json(void);

/* Makes the built-in mapping. out: receives it (fx_batch_mapping_free). */
FX_EXTERN int fx_batch_mapping_default(fx_batch_mapping **out);

/* Reads a mapping file (docs/batch.md). path: the JSON file; out: receives
 * the mapping. FX_EIO when unreadable, FX_EINVAL when wrong: the message
 * gives "path:line:col: $.columns.X: what" (an unknown field gets a
 * suggestion). A relative "seller" path is taken from the mapping's folder. */
FX_EXTERN int fx_batch_mapping_read_file(const char *path, fx_batch_mapping **out);

/* Same as fx_batch_mapping_read_file for data/len in memory. source: name
 * for messages (NULL: "<memory>"); a relative "seller" path stays as is. */
FX_EXTERN int fx_batch_mapping_read_memory(const char *data, size_t len, const char *source,
                                           fx_batch_mapping **out);

/* Writes the header row of a CSV with the columns of mapping m (the first
 * name given for each field, in mapping order), as UTF-8 with a byte order
 * mark, fields separated by separator (';' when 0), CRLF line end.
 * out/out_len: receive a malloc'ed NUL-terminated text. */
FX_EXTERN int fx_batch_mapping_template_csv(const fx_batch_mapping *m, char separator, char **out,
                                            size_t *out_len);

/* Frees a mapping. m: may be NULL. */
FX_EXTERN void fx_batch_mapping_free(fx_batch_mapping *m);

#define FX_BATCH_INPUT_VERSION 1

/** What to read (fx_batch_input_init, then set the fields). */
typedef struct fx_batch_input {
	unsigned version;                /* FX_BATCH_INPUT_VERSION */
	const char *csv_path;            /* the export; with lines_path: one row per invoice */
	const char *lines_path;          /* NULL, or the lines (two-file variant) */
	const fx_batch_mapping *mapping; /* NULL: the built-in mapping */
	const char *seller_path;         /* partial JSON description every invoice starts
	                                  * from; NULL: the mapping's "seller", if any */
	const char *encoding;            /* NULL: detected (fx_csv_options.encoding) */
	char separator;                  /* 0: detected */
} fx_batch_input;

/* Sets in to the defaults. in: the input; version: FX_BATCH_INPUT_VERSION. */
FX_EXTERN int fx_batch_input_init(fx_batch_input *in, unsigned version);

/** What happened to one invoice. */
typedef enum fx_batch_status {
	FX_BATCH_PRODUCED = 0, /* its PDF was written */
	FX_BATCH_SKIPPED = 1,  /* its PDF is up to date (same rows, mapping, options) */
	FX_BATCH_FAILED = 2    /* nothing written: see message */
} fx_batch_status;

/** One invoice of the export. Strings are valid during the callback only
 * (fx_batch_reader_next: until the next call). */
typedef struct fx_batch_result {
	fx_batch_status status;
	size_t index;            /* 1-based position of the invoice in the export */
	size_t total;            /* number of invoices in the export */
	const char *number;      /* BT-1 as written in the export ("" when empty) */
	const char *source;      /* the file whose rows make the invoice */
	unsigned long first_row; /* its rows (the header is row 1) */
	unsigned long last_row;
	size_t n_lines;       /* number of invoice lines */
	const char *file;     /* output file name (in the output folder), or NULL */
	const char *path;     /* output path, or NULL */
	fx_decimal due;       /* BT-115 amount due, once computed (else absent) */
	const char *currency; /* BT-5, or NULL */
	const char *message;  /* FAILED: why, naming file, row, column and field;
	                       * SKIPPED: why; PRODUCED: NULL */
} fx_batch_result;

/** Reads the invoices of an export one by one (opaque). */
typedef struct fx_batch_reader fx_batch_reader;

/* Opens an export: reads the mapping's seller file, checks the header row
 * of each file against the mapping and indexes the invoice numbers (one
 * pass over the files). in: what to read; out: receives the reader.
 * FX_EIO when a file cannot be read, FX_EINVAL when the header row or the
 * seller file is wrong (the message says where and what), FX_EUSAGE for a
 * bad encoding name. */
FX_EXTERN int fx_batch_reader_open(const fx_batch_input *in, fx_batch_reader **out);

/* Returns the number of invoices of the export. */
FX_EXTERN size_t fx_batch_reader_count(const fx_batch_reader *r);

/* Returns the number of warnings found when opening (columns that the
 * mapping does not know, ...). */
FX_EXTERN size_t fx_batch_reader_notice_count(const fx_batch_reader *r);

/* Returns warning i (0-based) of r, or NULL. */
FX_EXTERN const char *fx_batch_reader_notice(const fx_batch_reader *r, size_t i);

/* Returns the encoding of the export ("UTF-8", "windows-1252"...). lines:
 * true for the lines file of the two-file variant. */
FX_EXTERN const char *fx_batch_reader_encoding(const fx_batch_reader *r, bool lines);

/* Returns the separator of the export. lines: as above. */
FX_EXTERN char fx_batch_reader_separator(const fx_batch_reader *r, bool lines);

/* Reads the next invoice. r: the reader; inv: receives the invoice, not
 * computed yet (fx_invoice_free), or NULL when its rows are wrong; info:
 * receives where it comes from and, when *inv is NULL, the message
 * (status FX_BATCH_FAILED). Returns FX_OK, FX_BATCH_END when there is no
 * invoice left, FX_EIO or FX_ENOMEM. */
FX_EXTERN int fx_batch_reader_next(fx_batch_reader *r, fx_invoice **inv, fx_batch_result *info);

/* Frees a reader. r: may be NULL. */
FX_EXTERN void fx_batch_reader_free(fx_batch_reader *r);

#define FX_BATCH_OPTIONS_VERSION 1

/** How fx_batch_run works (fx_batch_options_init, then set the fields). */
typedef struct fx_batch_options {
	unsigned version;                    /* FX_BATCH_OPTIONS_VERSION */
	const char *out_dir;                 /* the output folder (created when absent); required */
	unsigned jobs;                       /* worker threads; 0 or 1: all in the calling thread */
	bool strict;                         /* stop at the first failed invoice */
	bool force;                          /* make every PDF again, even when up to date */
	bool rules_only;                     /* fx_compute_options.rules_only */
	const fx_generate_options *generate; /* page and container options (NULL:
	                                      * defaults); its date applies to all */
	/* Called for every invoice, in the order of the export, from the thread
	 * that called fx_batch_run (may be NULL). */
	void (*on_result)(const fx_batch_result *result, void *user_data);
	/* Called for each warning found when opening (may be NULL). */
	void (*on_notice)(const char *message, void *user_data);
	void *user_data;
} fx_batch_options;

/* Sets opts to the defaults. opts: the options; version:
 * FX_BATCH_OPTIONS_VERSION. */
FX_EXTERN int fx_batch_options_init(fx_batch_options *opts, unsigned version);

/** The outcome of a run. */
typedef struct fx_batch_stats {
	size_t total;         /* invoices in the export */
	size_t produced;      /* PDFs written */
	size_t skipped;       /* up to date */
	size_t failed;        /* reported with a message */
	size_t not_processed; /* left out after a failure with strict */
	char encoding[64];    /* of the export */
	char separator;
	char lines_encoding[64]; /* of the lines file ("" without one) */
	char lines_separator;
} fx_batch_stats;

/* Makes the Factur-X PDF of every invoice of an export in opts->out_dir,
 * named after the invoice number (characters that are not letters, digits,
 * '-', '_' or '.' become '_') with ".pdf". Each invoice is read, computed
 * (fx_invoice_compute) and written (fx_generate_file: a temporary file
 * renamed); a failing invoice is reported and the others go on. An invoice
 * whose PDF was made by an earlier run from the same rows, mapping, seller
 * file and options is skipped unless opts->force: a digest of all that is
 * kept in out_dir/.facturx-batch/. in: what to read; opts: how; stats:
 * receives the counts (may be NULL). Returns FX_OK once every invoice was
 * reported (failures included), or, before any invoice, the error of
 * fx_batch_reader_open, FX_EIO when out_dir cannot be created, FX_EUSAGE
 * for bad options. */
FX_EXTERN int fx_batch_run(const fx_batch_input *in, const fx_batch_options *opts,
                           fx_batch_stats *stats);

#ifdef __cplusplus
}
#endif

#endif
