/*
 * Internal: reading a works statement description. The JSON is read along
 * key tables (the project's JSON reader: line:col, paths, did-you-mean) into
 * raw structures that mirror the keys, then checked and converted into the
 * description, each error pointing at the JSON value at fault.
 */
#ifndef FX_WORKS_READ_INTERNAL_H
#define FX_WORKS_READ_INTERNAL_H

#include "input/json/json_read.h"
#include "works/works_internal.h"

/** A work item as written. */
typedef struct fx_wk_raw_item {
	char *id, *label, *unit, *mode, *amendment;
	fx_decimal quantity, unit_price;
} fx_wk_raw_item;

/** "advance" as written. */
typedef struct fx_wk_raw_advance {
	fx_decimal rate, amount, start, end;
	fx_date paid_on;
} fx_wk_raw_advance;

/** "retention" as written. */
typedef struct fx_wk_raw_retention {
	fx_decimal rate;
	char *guarantee;
} fx_wk_raw_retention;

/** "revision" as written. */
typedef struct fx_wk_raw_revision {
	char *index, *base_month, *coefficient_rounding;
	fx_decimal base_value, fixed_part, variable_part, coefficient_decimals;
} fx_wk_raw_revision;

/** "penalties" of the marché as written. */
typedef struct fx_wk_raw_penalties {
	fx_decimal per_day, divisor, cap_percent;
} fx_wk_raw_penalties;

/** "contract" as written. */
typedef struct fx_wk_raw_contract {
	char *number, *lot, *object;
	fx_works_party buyer, moe, titulaire;
	fx_decimal initial_amount, vat_rate;
	fx_works_amendment *amendments;
	size_t n_amendments;
	fx_wk_raw_item *items;
	size_t n_items;
	fx_wk_raw_advance advance;
	fx_wk_raw_retention retention;
	fx_wk_raw_revision revision;
	fx_wk_raw_penalties penalties;
} fx_wk_raw_contract;

/** "statement" as written. */
typedef struct fx_wk_raw_statement {
	char *kind;
	fx_decimal number;
	fx_period period;
} fx_wk_raw_statement;

/** "works" as written (the contract apart). */
typedef struct fx_wk_raw_works {
	char *role;
	fx_wk_raw_statement statement;
	fx_wk_progress *progress;
	size_t n_progress;
	fx_wk_index *indices;
	size_t n_indices;
	fx_wk_event_in *bonuses;
	size_t n_bonuses;
	fx_wk_event_in *penalties;
	size_t n_penalties;
	fx_wk_direct_in *direct;
	size_t n_direct;
	fx_wk_options options;
} fx_wk_raw_works;

/* The key tables (read_tables.c). */
extern const fx_jtable fx_wk_jt_contract, fx_wk_jt_works;

/* Tables shared by the description and the series state file: an index
 * value (month, value, provisional) and a direct payment to date. */
extern const fx_jtable fx_wk_jt_index, fx_wk_jt_direct;

/** Where a JSON object was read: its reader context, value and path. */
typedef struct fx_wk_at {
	const fx_jr_ctx *c;
	const fx_json_value *v;
	const fx_json_path *path;
} fx_wk_at;

/* Records an error about member key of the object at o (at the object
 * itself when the member is absent). Returns FX_EINVAL. */
int fx_wk_fail(const fx_wk_at *o, const char *key, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The object at element i of the array member key of o, as a new place.
 * steps: two path steps the place refers to (the member, the element). */
fx_wk_at fx_wk_elem(const fx_wk_at *o, const char *key, size_t i, fx_json_path steps[2]);

/* The object member key of o, as a new place (v NULL when absent). */
fx_wk_at fx_wk_member(const fx_wk_at *o, const char *key, fx_json_path *step);

/* Checks and converts the raw contract read at o into c (read_contract.c).
 * inv: owns the memory. */
int fx_wk_check_contract(const fx_wk_at *o, fx_wk_raw_contract *raw, fx_invoice *inv,
                         fx_works_contract *c);

/* Checks and converts the raw works part read at o into d
 * (read_statement.c). */
int fx_wk_check_works(const fx_wk_at *o, fx_wk_raw_works *raw, fx_works_description *d);

/* Suggests the closest of n names to s (NULL when none is close). */
const char *fx_wk_closest(const char *s, const char *const *names, size_t n);

#endif
