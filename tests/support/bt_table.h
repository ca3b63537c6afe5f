/*
 * Test support: the table of EN 16931 business terms and their CII XPaths
 * used by the BT-by-BT comparator (bt_compare.c).
 */
#ifndef FX_BT_TABLE_H
#define FX_BT_TABLE_H

#include <stddef.h>

/** How the values of a field are normalised before comparison. */
typedef enum fx_bt_kind {
	FX_BT_TEXT,    /* white space runs collapsed to one space, trimmed */
	FX_BT_CODE,    /* identifiers and codes: trimmed */
	FX_BT_DECIMAL, /* amounts, quantities, percentages: numeric value */
	FX_BT_DATE,    /* dates: calendar value (format attribute checked) */
	FX_BT_BINARY   /* base64 content: white space removed */
} fx_bt_kind;

/** One business term: its label and the XPath of its values. */
typedef struct fx_bt_field {
	const char *bt;    /* "BT-131", "BT-29-1", "BT-11 name" */
	const char *xpath; /* relative to the group instance */
	fx_bt_kind kind;
} fx_bt_field;

/** A group of business terms: the document itself (one instance) or a
 * repeated group (lines, VAT breakdown, ...) with its own sub-groups. */
typedef struct fx_bt_group {
	const char *name;          /* "line", "VAT breakdown" ("" for the document) */
	const char *xpath;         /* selects the instances, relative to the parent */
	const char *key[3];        /* BTs (of fields) forming the pairing key */
	const fx_bt_field *fields; /* the terms of one instance */
	size_t n_fields;
	const struct fx_bt_group *subs; /* nested repeated groups */
	size_t n_subs;
} fx_bt_group;

/* Returns the root group: the whole CII invoice. */
const fx_bt_group *fx_bt_table_root(void);

#endif
