/*
 * Internal: the code lists of the CEN EN 16931 CII validation artefacts
 * (release 1.3.16) used by the BR-CL rules, and the XPath function that
 * checks a value against one of them:
 *
 *   fx:in-list(name, value)  true when value is accepted by the list called
 *                            name ("ISO4217", "UNTDID1001", ...; see
 *                            fx_codelist_table); false for an unknown name.
 *
 * A value is accepted the way the official rules accept it: white space
 * around it is ignored, a value holding white space or an empty one is
 * refused, VATEX codes are compared in upper case and MIME types exactly.
 */
#ifndef FX_VALIDATE_CODELISTS_H
#define FX_VALIDATE_CODELISTS_H

#include <stdbool.h>
#include <stddef.h>

#include "validate/functions.h"

/** The lists, one per official code list (or restriction of one). */
typedef enum fx_codelist_id {
	FX_CL_UNTDID1001, /* document type (BR-CL-01) */
	FX_CL_ISO4217,    /* currency (BR-CL-03, -04, -05) */
	FX_CL_UNTDID2475, /* VAT point date code (BR-CL-06) */
	FX_CL_UNTDID1153, /* reference qualifier (BR-CL-07) */
	FX_CL_UNTDID4451, /* note subject (BR-CL-08) */
	FX_CL_ISO6523,    /* identifier scheme, ICD (BR-CL-10, -11, -21, -26) */
	FX_CL_UNTDID7143, /* item classification scheme (BR-CL-13) */
	FX_CL_ISO3166,    /* country (BR-CL-14, -15) */
	FX_CL_UNTDID4461, /* payment means (BR-CL-16) */
	FX_CL_UNTDID5305, /* VAT category (BR-CL-17, -18) */
	FX_CL_UNTDID5189, /* allowance reason (BR-CL-19) */
	FX_CL_UNTDID7161, /* charge reason (BR-CL-20) */
	FX_CL_VATEX,      /* VAT exemption reason (BR-CL-22) */
	FX_CL_REC20,      /* unit of measure, Rec 20 + Rec 21 (BR-CL-23) */
	FX_CL_MIME,       /* attachment MIME type (BR-CL-24) */
	FX_CL_EAS,        /* electronic address scheme (BR-CL-25) */
	FX_CL_COUNT
} fx_codelist_id;

/** How a list compares a value with its codes. */
typedef enum fx_codelist_match {
	FX_CL_MATCH_NORMALIZE, /* trimmed, must hold no white space */
	FX_CL_MATCH_UPPER,     /* as NORMALIZE, then ASCII upper case */
	FX_CL_MATCH_EXACT      /* the value as written */
} fx_codelist_match;

/** One list: its name, its codes sorted by strcmp, and how it matches. */
typedef struct fx_codelist_data {
	const char *name;
	const char *const *codes;
	size_t count;
	fx_codelist_match match;
} fx_codelist_data;

/* Every list, indexed by fx_codelist_id (codelists_data.c). */
extern const fx_codelist_data fx_codelist_table[FX_CL_COUNT];

/* The fx:in-list function, ending with {NULL, NULL} (for rulesets.c). */
extern const fx_xpath_function fx_codelist_functions[];

/* Finds the list called name. out: receives its id. Returns false when no
 * list has that name. */
bool fx_codelist_find(const char *name, fx_codelist_id *out);

/* True when code (NUL-terminated, compared as is) is one of list's codes. */
bool fx_codelist_has(fx_codelist_id list, const char *code);

/* True when value (len bytes, not necessarily NUL-terminated) is accepted
 * by list the way the official rules accept it (see the top of this file). */
bool fx_codelist_accepts(fx_codelist_id list, const char *value, size_t len);

#endif
