/*
 * Internal: the structural rules of the Factur-X 1.09.2 schematron of each
 * profile (layer 5) as data: cardinalities, required attributes, code-list
 * values and the elements / attributes a profile marks as not used.
 *
 * Each row names a context below the root rsm:CrossIndustryInvoice as a
 * path of steps "prefix:Local", optionally followed by a variant "[V]"
 * (see fx_sx_pred), joined by '/'. Rows are evaluated by one walk of the
 * document (rules_fx_struct.c): a trie of the paths is built once per
 * profile, so no XPath runs for them. Within a profile, a node matched by
 * several contexts only gets the rows of the first one, as the single
 * schematron pattern holding them does.
 */
#ifndef FX_VALIDATE_RULES_FX_STRUCT_H
#define FX_VALIDATE_RULES_FX_STRUCT_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "validate/rule.h"

/* Common context prefixes of the rows. */
#define FX_SX_TX "rsm:SupplyChainTradeTransaction"
#define FX_SX_HTA FX_SX_TX "/ram:ApplicableHeaderTradeAgreement"
#define FX_SX_HTD FX_SX_TX "/ram:ApplicableHeaderTradeDelivery"
#define FX_SX_HTS FX_SX_TX "/ram:ApplicableHeaderTradeSettlement"
#define FX_SX_LINE FX_SX_TX "/ram:IncludedSupplyChainTradeLineItem"

/** What a row checks on the nodes of its context. */
typedef enum fx_sx_kind {
	FX_SX_ONE,        /* child `name` occurs exactly once */
	FX_SX_MAX,        /* child `name` occurs at most `arg` times */
	FX_SX_MIN1,       /* child `name` occurs at least once */
	FX_SX_VMAX,       /* children `name` of variant `variant`: at most `arg` */
	FX_SX_ATTR,       /* attribute `name` is present */
	FX_SX_CODE,       /* the value (attribute `name`, or the text when name is
	                   * NULL) is empty or in code list `arg` of the profile */
	FX_SX_UNUSED,     /* the node is not used in the profile (always reported) */
	FX_SX_UNUSED_ATTR /* attribute `name` is not used in the profile */
} fx_sx_kind;

/** The element variants that select a context (the "[V]" of a step). */
typedef enum fx_sx_pred {
	FX_SX_P_NONE,
	FX_SX_P_TC130, /* a ram:TypeCode child is "130" */
	FX_SX_P_TC50,  /* ... "50" */
	FX_SX_P_TC916, /* ... "916" */
	FX_SX_P_TCX,   /* none of the three */
	FX_SX_P_VA,    /* a ram:ID child has schemeID "VA" */
	FX_SX_P_FC,    /* ... "FC" */
	FX_SX_P_NVF,   /* neither */
	FX_SX_P_CHF,   /* ram:ChargeIndicator/udt:Indicator is "false" */
	FX_SX_P_CHT,   /* ... "true" */
	FX_SX_P_CHX,   /* neither */
	FX_SX_P_LA,    /* no listID attribute */
	FX_SX_P_LX,    /* a listID attribute other than "5153" */
	FX_SX_P_CUI,   /* currencyID equals ../../ram:InvoiceCurrencyCode */
	FX_SX_P_CUT,   /* currencyID equals ../../ram:TaxCurrencyCode */
	FX_SX_P_CUX,   /* neither */
	FX_SX_P_COUNT
} fx_sx_pred;

/** One structural check. */
typedef struct fx_sx_row {
	const char *path;      /* context below the root (see the top of this file) */
	unsigned char kind;    /* fx_sx_kind */
	unsigned char arg;     /* maximum, or the code list number of the profile */
	unsigned char variant; /* fx_sx_pred of the children counted by FX_SX_VMAX */
	const char *name;      /* child "prefix:Local", attribute name, or NULL */
	const char *id;        /* official id; NULL for a "not used" report */
} fx_sx_row;

/** The Factur-X code lists (values of the profiles' code databases). */
typedef enum fx_fxlist {
	FX_FXL_NONE,
	FX_FXL_GUIDELINE_MINIMUM, /* BT-24 of each profile */
	FX_FXL_GUIDELINE_BASICWL,
	FX_FXL_GUIDELINE_BASIC,
	FX_FXL_GUIDELINE_EN16931,
	FX_FXL_GUIDELINE_EXTENDED,
	FX_FXL_DOC_TYPE,       /* UNTDID 1001 subset */
	FX_FXL_DATE_102,       /* date format "102" */
	FX_FXL_NOTE_SUBJECT,   /* UNTDID 4451 */
	FX_FXL_ICD,            /* ISO 6523 ICD */
	FX_FXL_CLASSIFICATION, /* UNTDID 7143 */
	FX_FXL_COUNTRY,        /* ISO 3166-1 alpha-2 */
	FX_FXL_UNIT,           /* UNECE Rec 20 + 21 */
	FX_FXL_TAX_TYPE,       /* "VAT" */
	FX_FXL_VAT_CATEGORY,   /* UNTDID 5305, Factur-X subset (no "B") */
	FX_FXL_ALLOWANCE,      /* UNTDID 5189 subset */
	FX_FXL_CHARGE,         /* UNTDID 7161 */
	FX_FXL_DOC_130,        /* "130" (invoiced object) */
	FX_FXL_DOC_50,         /* "50" (tender or lot) */
	FX_FXL_DOC_916,        /* "916" (supporting document) */
	FX_FXL_REFERENCE,      /* UNTDID 1153 */
	FX_FXL_EAS,            /* electronic address schemes */
	FX_FXL_VAT_SCHEME,     /* "VA" */
	FX_FXL_MIME,           /* attachment MIME types */
	FX_FXL_CURRENCY,       /* ISO 4217 */
	FX_FXL_PAYMENT_MEANS,  /* UNTDID 4461 */
	FX_FXL_VATEX,          /* VAT exemption reason codes */
	FX_FXL_DUE_DATE,       /* UNTDID 2475 subset */
	FX_FXL_COUNT
} fx_fxlist;

/** The structural rules of one profile. */
typedef struct fx_sx_table {
	const char *profile_name; /* e.g. "EN 16931" (for messages) */
	const fx_sx_row *rows;
	size_t count;
	const unsigned char *lists; /* code list number -> fx_fxlist */
	size_t nlists;
} fx_sx_table;

/* The tables of the profiles (rules_fx_struct_<profile>.c). */
extern const fx_sx_table fx_sx_minimum;
extern const fx_sx_table fx_sx_basicwl;
extern const fx_sx_table fx_sx_basic;
extern const fx_sx_table fx_sx_en16931;
extern const fx_sx_table fx_sx_extended;

/* True when value (len bytes) is one of the codes of Factur-X list l
 * (compared exactly, as the schematron does). */
bool fx_fxlist_has(fx_fxlist l, const char *value, size_t len);

/* True when the tables of every profile are well formed (their tries are
 * built once per process on first use). */
bool fx_sx_tables_ok(void);

/* The C check of the structural rules: walks the document once with the
 * table of the validated profile and reports every failing row under its
 * own id (FX-NOT-USED / NOID for the id-less "not used" reports). node: the
 * document node. Always returns true (findings are reported directly). */
bool fx_sx_check(fx_vctx *ctx, xmlNodePtr node);

#endif
