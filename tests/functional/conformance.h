/*
 * The conformance corpus of ../shared/reference/conformance/: reading
 * expected.tsv, validating each file, and comparing our ids with the
 * official ones column by column (used by test_conformance and the
 * conformance_diff developer tool).
 */
#ifndef FX_CONFORMANCE_H
#define FX_CONFORMANCE_H

#include <stdbool.h>
#include <stddef.h>

#include "facturx/validate.h"

/** The comparisons, one per column (or pair of columns) of expected.tsv. */
typedef enum fx_cf_column {
	FX_CF_VERDICT,    /* verdict: ours without layers 6 and 7 */
	FX_CF_STRUCTURE,  /* xsd_failed (declared profile / CII D16B, wellformed):
	                   * ours = a fatal layer-2 or layer-3 finding */
	FX_CF_CEN,        /* fatal_ids cen: + advisory_ids: our layer-4 fatal ids */
	FX_CF_FX,         /* fatal_ids fx:: our layer-5 fatal ids */
	FX_CF_CEN_WARN,   /* warning_ids cen:: our layer-4 warnings */
	FX_CF_FX_WARN,    /* warning_ids fx:: our layer-5 warnings */
	FX_CF_FR,         /* fr_fatal_ids: our layer-6 fatal ids (french ON) */
	FX_CF_FR_WARN,    /* fr_warning_ids: our layer-6 warnings */
	FX_CF_FR_VERDICT, /* fr_verdict: ours with layer 6 */
	FX_CF_COUNT
} fx_cf_column;

/* Returns the name of column c ("verdict", "structure", "cen", "fx",
 * "cen-warn", "fx-warn", "fr", "fr-warn", "fr-verdict"). */
const char *fx_cf_column_name(fx_cf_column c);

/* Parses a column name; returns -1 when unknown. */
int fx_cf_column_parse(const char *name);

/** One row of expected.tsv. */
typedef struct fx_cf_row {
	char *file;
	char *family;
	char *fields[FX_CF_COUNT]; /* expected value per column: "valid"/"invalid"
	                            * or a sorted comma-separated id list ("-" = none) */
} fx_cf_row;

/** The rows of expected.tsv. */
typedef struct fx_cf_set {
	char *dir;
	fx_cf_row *rows;
	size_t count;
} fx_cf_set;

/* Loads dir/expected.tsv. Returns 0, or -1 (message on stderr). */
int fx_cf_load(const char *dir, fx_cf_set *set);

/* Frees what fx_cf_load made. */
void fx_cf_free(fx_cf_set *set);

/** Our values for one file, per column (same format as fx_cf_row.fields). */
typedef struct fx_cf_result {
	char *fields[FX_CF_COUNT];
} fx_cf_result;

/* Validates dir/file with the French layer ON and Chorus OFF and fills res.
 * Returns 0, or -1 when the file could not be validated at all. */
int fx_cf_run(const char *dir, const char *file, fx_cf_result *res);

/* Frees res's strings. */
void fx_cf_result_free(fx_cf_result *res);

/* Compares expected with ours for column c: missing/extra receive malloc'ed
 * comma-separated lists (empty strings when none). Returns true when equal. */
bool fx_cf_compare(fx_cf_column c, const char *expected, const char *ours, char **missing,
                   char **extra);

#endif
