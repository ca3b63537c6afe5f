/*
 * Internal: the tables that map JSON keys to the fields of the invoice model.
 * The reader, the writer and the schema test all walk these tables, so the
 * accepted keys, the written keys and their order cannot drift apart.
 * A key is the C field name of include/facturx/invoice.h.
 */
#ifndef FX_INPUT_JSON_MAP_H
#define FX_INPUT_JSON_MAP_H

#include <stdbool.h>
#include <stddef.h>

#include "facturx/invoice.h"

/** How a JSON value is stored in the model. */
typedef enum fx_jkind {
	FX_JK_TEXT,        /* char * (non-empty JSON string) */
	FX_JK_DECIMAL,     /* fx_decimal (JSON number or string "12.50") */
	FX_JK_DATE,        /* fx_date ("YYYY-MM-DD") */
	FX_JK_BOOL,        /* bool (true/false) */
	FX_JK_IDENT,       /* fx_identifier (string or {"id", "scheme"}) */
	FX_JK_PROFILE,     /* fx_profile at offset, bool has_profile at offset2 */
	FX_JK_CATEGORY,    /* fx_operation_category ("goods", "services", "mixed") */
	FX_JK_DATA,        /* unsigned char * at offset, size_t length at offset2 (base64) */
	FX_JK_OBJECT,      /* nested struct described by sub */
	FX_JK_ARRAY,       /* array of structs described by sub, count at offset2 */
	FX_JK_IDENT_ARRAY, /* array of fx_identifier, count at offset2 */
	FX_JK_IGNORED      /* a string that is accepted and ignored ("$schema") */
} fx_jkind;

/* Adds a zeroed element to an array. inv: the invoice; owner: the struct
 * holding the array (the invoice, a party, a line...); out: receives the
 * element. Returns FX_OK or a negative fx_error_code. */
typedef int (*fx_jadd_fn)(fx_invoice *inv, void *owner, void **out);

/* Tells whether an array element belongs to this key (allowances and
 * charges share one array). elem: the element. */
typedef bool (*fx_jkeep_fn)(const void *elem);

struct fx_jtable;

/** One key of a JSON object. */
typedef struct fx_jfield {
	const char *key;             /* the JSON key */
	fx_jkind kind;               /* how the value is stored */
	size_t offset;               /* offset of the field in its struct */
	size_t offset2;              /* see fx_jkind */
	const struct fx_jtable *sub; /* OBJECT / ARRAY: the nested keys */
	size_t elem_size;            /* ARRAY / IDENT_ARRAY: size of an element */
	fx_jadd_fn add;              /* ARRAY / IDENT_ARRAY: adds an element */
	fx_jkeep_fn keep;            /* ARRAY: element filter for writing (NULL: all) */
	const char *bt;              /* EN 16931 term ("BT-27", "BG-5") or NULL */
} fx_jfield;

/** The keys allowed in one kind of JSON object, in documentation order. */
typedef struct fx_jtable {
	const char *name; /* for messages and tests, e.g. "seller" */
	const fx_jfield *fields;
	size_t n_fields;
} fx_jtable;

/* Field of a plain kind (TEXT, DECIMAL, DATE, BOOL, IDENT, CATEGORY). */
#define FX_JF(T, k, kd, b)                                                                         \
	{                                                                                          \
		.key = #k, .kind = (kd), .offset = offsetof(T, k), .bt = (b)                       \
	}
/* Nested object field. */
#define FX_JF_OBJ(T, k, tab, b)                                                                    \
	{                                                                                          \
		.key = #k, .kind = FX_JK_OBJECT, .offset = offsetof(T, k), .sub = &(tab),          \
		.bt = (b)                                                                          \
	}
/* Array of structs: key, pointer field, count field, element type, table,
 * adder, filter. */
#define FX_JF_ARR(T, k, ptr, cnt, ET, tab, addf, keepf, b)                                         \
	{                                                                                          \
		.key = (k), .kind = FX_JK_ARRAY, .offset = offsetof(T, ptr),                       \
		.offset2 = offsetof(T, cnt), .sub = &(tab), .elem_size = sizeof(ET),               \
		.add = (addf), .keep = (keepf), .bt = (b)                                          \
	}

#define FX_JTABLE(name_, arr)                                                                      \
	{                                                                                          \
		.name = (name_), .fields = (arr), .n_fields = sizeof(arr) / sizeof((arr)[0])       \
	}

/* The object form of an identifier: {"id": ..., "scheme": ...}. */
extern const fx_jtable fx_jt_identifier;
/* Document level (json_map_document.c). */
extern const fx_jtable fx_jt_invoice, fx_jt_note, fx_jt_preceding_invoice, fx_jt_period,
    fx_jt_line_period;
/* Parties (json_map_parties.c). */
extern const fx_jtable fx_jt_seller, fx_jt_buyer, fx_jt_payee, fx_jt_tax_representative,
    fx_jt_delivery;
/* Payment and attachments (json_map_payment.c). */
extern const fx_jtable fx_jt_payment, fx_jt_credit_transfer, fx_jt_attachment;
/* Amounts (json_map_amounts.c). */
extern const fx_jtable fx_jt_allowance, fx_jt_charge, fx_jt_totals, fx_jt_vat_breakdown,
    fx_jt_advance_payment, fx_jt_advance_payment_tax, fx_jt_financial_adjustment;
/* Lines (json_map_lines.c). */
extern const fx_jtable fx_jt_line, fx_jt_line_allowance, fx_jt_line_charge, fx_jt_classification,
    fx_jt_attribute;

/* Filters of the shared allowance/charge arrays. elem: an fx_allowance_charge. */
bool fx_jmap_is_allowance(const void *elem);
/* True when elem (an fx_allowance_charge) is a charge. */
bool fx_jmap_is_charge(const void *elem);

#endif
