/*
 * Internal: a mapping of CSV columns to invoice fields, resolved against the
 * key tables of the JSON description (input/json/json_map.h), so a mapping
 * names fields exactly as docs/invoice-json.md does ("buyer.address.city",
 * "lines.quantity").
 */
#ifndef FX_BATCH_MAPPING_H
#define FX_BATCH_MAPPING_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"
#include "facturx/batch.h"
#include "input/json/json_map.h"

#define FX_BM_MAX_STEPS 8

/** Where a value goes: the fields from the invoice (or a line) to it. */
typedef struct fx_bm_target {
	const char *path;                        /* canonical: "buyer.legal_id.scheme" */
	bool line;                               /* starts at a line ("lines.x") */
	const fx_jfield *steps[FX_BM_MAX_STEPS]; /* the fields along the path */
	int slots[FX_BM_MAX_STEPS];              /* array steps: their slot; -1 otherwise */
	size_t n_steps;
	bool scheme;    /* an identifier's scheme (else its id) */
	const char *bt; /* the final field's BT, or NULL */
} fx_bm_target;

/** A value translation of a column ("Avoir" -> "381"). */
typedef struct fx_bm_translation {
	const char *from; /* case-folded */
	const char *to;
} fx_bm_translation;

/** A column of the mapping. */
typedef struct fx_bm_column {
	const char *name;   /* as written in the mapping */
	const char *folded; /* case-folded and trimmed, to match header names */
	fx_bm_target target;
	const char *scheme; /* identifier scheme set with each value, or NULL */
	fx_bm_translation *values;
	size_t n_values;
} fx_bm_column;

/** A constant or a default: a field and its value (as a CSV cell would hold it). */
typedef struct fx_bm_fixed {
	fx_bm_target target;
	const char *value;
	size_t len;
	bool json_number; /* a JSON number: its decimal mark is '.' */
} fx_bm_fixed;

struct fx_batch_mapping {
	fx_arena *arena;         /* everything below lives in it */
	const char *source;      /* the file name, or "built-in mapping" */
	const char *seller_path; /* NULL when none */
	char decimal_mark;       /* 0: decided by each number */
	fx_bm_column *columns;
	size_t n_columns;
	fx_bm_fixed *constants;
	size_t n_constants;
	fx_bm_fixed *defaults;
	size_t n_defaults;
	const char **slot_keys; /* the array paths ("payment.credit_transfers") */
	bool *slot_line;        /* whether slot i belongs to a line */
	size_t n_slots;
	unsigned char digest[32]; /* SHA-256 of the mapping's text */
};

/** Resolves field paths into targets while a mapping is read. */
typedef struct fx_bm_resolver {
	fx_batch_mapping *m;
	size_t slots_cap;
} fx_bm_resolver;

/* Resolves path (a field of the description, "lines." for line fields)
 * into t. rs: the resolver (array slots are added to its mapping);
 * path/len: the text. Returns FX_OK, or FX_EINVAL with a message (no
 * location) saying what is wrong and suggesting a close key. */
int fx_bm_resolve(fx_bm_resolver *rs, const char *path, size_t len, fx_bm_target *t);

/* Returns the name of the kind of value a target takes, for messages
 * ("a number", "a date", ...). */
const char *fx_bm_kind_name(const fx_bm_target *t);

/* Case-folds and trims s/len for matching column names; returns a string
 * in arena a (NULL when out of memory). */
char *fx_bm_fold(fx_arena *a, const char *s, size_t len);

/* Reads a mapping from a JSON text. text/len: the JSON; source: its name;
 * dir: folder for a relative "seller" path (NULL: kept as is); out:
 * receives the mapping. */
int fx_bm_parse(const char *text, size_t len, const char *source, const char *dir,
                fx_batch_mapping **out);

/* Finds the first column mapped to the invoice number, or NULL. */
const fx_bm_column *fx_bm_key_column(const fx_batch_mapping *m);

#endif
