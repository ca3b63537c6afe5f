/*
 * Internal: the works statement description as read from JSON, the series
 * records and the helpers the works module shares (exact arithmetic, months,
 * memory). docs/works-invoices.md documents the keys and the computation.
 */
#ifndef FX_WORKS_INTERNAL_H
#define FX_WORKS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"
#include "facturx/works.h"

/** A calendar month; year 0: absent. */
typedef struct fx_wk_month {
	int year;
	int month;
} fx_wk_month;

/** Progress to date of one work item, as given. */
typedef struct fx_wk_progress {
	char *item;
	fx_decimal quantity; /* quantity items */
	fx_decimal percent;  /* percent items */
} fx_wk_progress;

/** An index value, as given or recorded. */
typedef struct fx_wk_index {
	char *month_text; /* "YYYY-MM" as read */
	fx_wk_month month;
	fx_decimal value;
	bool provisional;
} fx_wk_index;

/** A bonus or a penalty, as given. */
typedef struct fx_wk_event_in {
	char *label;
	fx_decimal amount;
	fx_decimal days;
} fx_wk_event_in;

/** Sums due to a subcontractor paid directly, to date, as given. */
typedef struct fx_wk_direct_in {
	char *name;
	fx_decimal amount_to_date;
} fx_wk_direct_in;

/** How the deductions are expressed in the XML (docs/works-invoices.md). */
typedef enum fx_wk_deductions {
	FX_WK_DEDUCT_PREPAID, /* BT-113 lowers BT-115 (default) */
	FX_WK_DEDUCT_NONE     /* BT-115 = BT-112; the deductions are in notes only */
} fx_wk_deductions;

/** The "options" object. */
typedef struct fx_wk_options {
	char *type_code;       /* BT-3, default 380 */
	char *cadre;           /* BT-23 override */
	char *deductions_text; /* "prepaid" or "none" */
	fx_wk_deductions deductions;
	bool penalties_withheld;    /* default true */
	bool reverse_charge;        /* default: true for a sous-traitant */
	char *revision_charge_code; /* BT-105 of the revision charge, default PRV; "none" */
	char *payment_terms;        /* BT-20 used when the description has none */
} fx_wk_options;

/** A works statement description: the invoice part and the works part. */
struct fx_works_description {
	fx_invoice *inv; /* the invoice part; also owns every string of the works part */
	char *source;    /* the file name for messages (malloc'ed, may be NULL) */
	fx_works_contract contract;
	fx_works_role role;
	fx_works_kind kind;
	unsigned number;
	fx_period period;
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
	bool has_direct; /* "direct_payments" was given (else carried over) */
	fx_wk_options options;
};

/** One work item of a recorded statement. */
typedef struct fx_wk_item_state {
	char *id;
	fx_decimal progress; /* quantity or percent to date */
	fx_decimal amount;   /* amount to date at base prices */
} fx_wk_item_state;

/** A recorded event (bonus or penalty) of a statement. */
typedef struct fx_wk_event_state {
	char *label;
	fx_decimal days;
	fx_decimal amount;
} fx_wk_event_state;

/** A recorded statement: what later statements need. */
typedef struct fx_wk_record {
	unsigned number;
	fx_works_kind kind;
	char *invoice_number;
	fx_date issue_date;
	fx_wk_month month;                     /* the month whose index applies to its works */
	fx_decimal works;                      /* works to date at base prices */
	fx_decimal totals[FX_WORKS_ROW_COUNT]; /* the "to date" column */
	fx_wk_item_state *items;
	size_t n_items;
	fx_wk_index *indices; /* index values the statement gave */
	size_t n_indices;
	fx_wk_event_state *bonuses;
	size_t n_bonuses;
	fx_wk_event_state *penalties;
	size_t n_penalties;
	fx_wk_direct_in *direct; /* direct payments to date */
	size_t n_direct;
} fx_wk_record;

/** The series state. */
struct fx_works_series {
	fx_arena *arena; /* every string and array of the records */
	char *contract;  /* marché number */
	fx_works_role role;
	char *depositor; /* seller name */
	fx_wk_record *records;
	size_t n_records, cap_records;
};

/** What a statement keeps beside its public fields. */
struct fx_works_statement_private {
	fx_arena *arena;
	fx_wk_record record; /* what fx_works_series_record stores */
	const char *contract_number;
	const char *depositor;
	const char *final_invoice; /* a DGD: the final account's BT-1 (BG-3) */
	fx_date final_date;        /* and its BT-2 */
};

/* ---- memory (read_memory.c) ---- */

/* Appends a zeroed element of elem bytes to the array *arr of *count
 * elements, in memory owned by inv (capacity doubles). out: the element. */
int fx_wk_grow(fx_invoice *inv, void **arr, size_t *count, size_t elem, void **out);

/* Copies s into arena a (NULL stays NULL). Returns NULL when out of memory
 * (the error is set) or when s is NULL. */
char *fx_wk_strdup(fx_arena *a, const char *s);

/* ---- arithmetic (arith.c) ---- */

/* out = round(a x b / c) to scale decimals with mode, computed exactly
 * (128-bit intermediates). FX_EINVAL when c is 0, FX_EOVERFLOW when the
 * result does not fit. */
int fx_wk_muldiv(fx_decimal a, fx_decimal b, fx_decimal c, int scale, fx_rounding mode,
                 fx_decimal *out);

/* out = a rounded half up to the cent. */
int fx_wk_round2(fx_decimal a, fx_decimal *out);

/* Returns 0.00 (a set decimal of scale 2). */
fx_decimal fx_wk_zero(void);

/* Returns d when set, else 0.00. */
fx_decimal fx_wk_or_zero(fx_decimal d);

/* out = a + b (absent values count as 0); FX_EOVERFLOW on overflow. */
int fx_wk_add(fx_decimal a, fx_decimal b, fx_decimal *out);

/* out = a - b (absent values count as 0). */
int fx_wk_sub(fx_decimal a, fx_decimal b, fx_decimal *out);

/* Formats d (2 decimals at least) into buf, e.g. "1234.50". */
const char *fx_wk_fmt(fx_decimal d, char *buf, size_t size);

/* ---- months (month.c) ---- */

/* Parses "YYYY-MM" into out. Returns 0 or -1. */
int fx_wk_month_parse(const char *s, fx_wk_month *out);

/* Formats m as "YYYY-MM" into buf (at least 8 bytes). */
const char *fx_wk_month_format(fx_wk_month m, char *buf, size_t size);

/* True when a and b are the same month. */
bool fx_wk_month_eq(fx_wk_month a, fx_wk_month b);

/* The month whose index applies to statement d: its period end, else its
 * issue date. */
fx_wk_month fx_wk_statement_month(const fx_works_description *d);

/* ---- engine (engine*.c) ---- */

/** What the engine works with while computing a statement. */
typedef struct fx_wk_calc {
	const fx_works_description *d;
	const fx_works_contract *c;
	const fx_wk_record *hist; /* the statements before this one */
	size_t n_hist;
	const fx_wk_record *base; /* the statement just before (or NULL) */
	const fx_wk_record *prev; /* the statement of the previous column (or NULL) */
	fx_works_statement *st;
	fx_arena *arena;
	fx_decimal works;     /* works to date at base prices */
	fx_decimal revision;  /* revision to date */
	fx_decimal bonuses;   /* bonuses to date */
	fx_decimal penalties; /* penalties to date */
} fx_wk_calc;

/* Items: progress and amounts to date, works to date (engine_items.c). */
int fx_wk_calc_items(fx_wk_calc *k);

/* Revision to date and the revision rows (engine_revision.c). */
int fx_wk_calc_revision(fx_wk_calc *k);

/* Bonuses, penalties, direct payments to date (engine_events.c). */
int fx_wk_calc_events(fx_wk_calc *k);

/* Every row of the décompte (engine_rows.c). */
int fx_wk_calc_rows(fx_wk_calc *k);

/* Fills the record of the statement (engine_record.c). */
int fx_wk_calc_record(fx_wk_calc *k);

/* Returns the recorded item of id in r, or NULL. */
const fx_wk_item_state *fx_wk_record_item(const fx_wk_record *r, const char *id);

/* ---- series (series.c) ---- */

/* Compares the recorded statement a with b; returns 0 when they are the
 * same, else FX_EINVAL with a message naming the first difference. */
int fx_wk_record_compare(const fx_wk_record *a, const fx_wk_record *b);

/* Copies record src into dst with every string and array in arena a. */
int fx_wk_record_copy(fx_arena *a, const fx_wk_record *src, fx_wk_record *dst);

/* The name of row r in the state file ("works", "vat"...). */
const char *fx_wk_row_name(fx_works_row r);

/* Role names as written in JSON ("titulaire", ...). */
const char *fx_wk_role_name(fx_works_role r);

/* Kind names as written in JSON ("monthly", "final", "dgd"). */
const char *fx_wk_kind_name(fx_works_kind k);

/* Parses a role name; returns 0 or -1. */
int fx_wk_role_parse(const char *s, fx_works_role *out);

/* Parses a kind name; returns 0 or -1. */
int fx_wk_kind_parse(const char *s, fx_works_kind *out);

#endif
