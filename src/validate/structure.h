/*
 * Internal: the structure model of layer 3, read from the project's schema
 * material schemas/cii-structure.txt (compiled into the library), and what
 * is built on it: the structure check (structure_check.c) and the XSD
 * writer (structure_xsd.c). docs/validate-structure.md describes the format.
 *
 * The material describes six schemas at once: the five Factur-X 1.09.2
 * profiles (index = fx_profile) and CII D16B (FX_ST_D16B). Every type lists
 * its child elements and attributes with one cardinality code per schema;
 * a view gives the elements and attributes of one schema in order.
 */
#ifndef FX_VALIDATE_STRUCTURE_H
#define FX_VALIDATE_STRUCTURE_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "core/buf.h"
#include "facturx/profile.h"

/* Number of schemas described and the index of CII D16B. */
#define FX_ST_SCHEMAS 6
#define FX_ST_D16B 5

/* Namespaces of the CII elements (index in fx_st_ns_uri / fx_st_ns_prefix). */
#define FX_ST_NS_COUNT 4
extern const char *const fx_st_ns_uri[FX_ST_NS_COUNT];
extern const char *const fx_st_ns_prefix[FX_ST_NS_COUNT];

/** The XSD built-in types the material uses. */
typedef enum fx_st_builtin {
	FX_XS_STRING,
	FX_XS_TOKEN,
	FX_XS_DECIMAL,
	FX_XS_BASE64,
	FX_XS_ANYURI,
	FX_XS_DATE,
	FX_XS_DATETIME,
	FX_XS_BOOLEAN
} fx_st_builtin;

/** A simple type: a built-in with optional length bounds. */
typedef struct fx_st_simple {
	fx_st_builtin builtin;
	int min_length; /* -1: none */
	int max_length; /* -1: none */
} fx_st_simple;

typedef struct fx_st_type fx_st_type;

/** A child element or an attribute of a type, in every schema. */
typedef struct fx_st_item {
	const char *name;          /* local name */
	unsigned hash;             /* fx_st_hash(name) */
	const char *type_name;     /* as written in the material */
	const fx_st_type *type;    /* the complex type, NULL for a built-in */
	fx_st_simple simple;       /* the built-in when type is NULL */
	char codes[FX_ST_SCHEMAS]; /* cardinality code per schema ('-': absent) */
	const char *fixed;         /* attributes: the only value allowed, or NULL */
} fx_st_item;

/** The elements and attributes of a type in one schema, in order. */
typedef struct fx_st_view {
	const fx_st_item **elems;
	size_t nelems;
	const fx_st_item **attrs;
	size_t nattrs;
} fx_st_view;

/** The kinds of types. */
typedef enum fx_st_kind {
	FX_ST_SEQUENCE, /* child elements in order */
	FX_ST_CHOICE,   /* exactly one of the child elements */
	FX_ST_SIMPLE    /* text of a built-in type, with attributes */
} fx_st_kind;

/** A type of the material. */
struct fx_st_type {
	const char *name; /* "ram:TradePartyType", anonymous: "udt:DateTimeType/DateTimeString" */
	fx_st_kind kind;
	int ns;              /* namespace index of its child elements */
	fx_st_simple simple; /* FX_ST_SIMPLE: the text's type */
	fx_st_item *elems;
	size_t nelems;
	fx_st_item *attrs;
	size_t nattrs;
	fx_st_view view[FX_ST_SCHEMAS];
};

/** The whole material. */
typedef struct fx_st_model {
	const char *root_name; /* local name of the document element */
	int root_ns;
	const fx_st_type *root_type;
	fx_st_type *types; /* sorted by name */
	size_t ntypes;
} fx_st_model;

/* Returns the model of the compiled-in material, read on first use
 * (thread-safe); NULL when the material cannot be read (a build defect). */
const fx_st_model *fx_st_model_get(void);

/* Reads material text/len into a new model. out: receives it (free with
 * fx_st_model_free); err/err_cap: receive the first problem, with its line.
 * Returns FX_OK, FX_EINVAL or FX_ENOMEM. */
int fx_st_model_parse(const char *text, size_t len, fx_st_model **out, char *err, size_t err_cap);

/* Frees model m (NULL allowed). */
void fx_st_model_free(fx_st_model *m);

/* Returns the hash of a name used to find elements quickly (FNV-1a). */
unsigned fx_st_hash(const char *name);

/* Returns the least number of occurrences of cardinality code c. */
unsigned fx_st_min(char c);

/* Returns the greatest number of occurrences of code c (UINT_MAX: any). */
unsigned fx_st_max(char c);

/* Returns the schema index of a profile (has_profile false: FX_ST_D16B). */
int fx_st_schema(bool has_profile, fx_profile profile);

/* Returns the name of schema s for messages: "MINIMUM" ... "CII D16B". */
const char *fx_st_schema_name(int s);

/* Returns the XSD name of built-in b ("token"). */
const char *fx_st_builtin_name(fx_st_builtin b);

/* True when value (text of an element or attribute) is valid for t, as
 * the XSD engine of libxml2 decides it. */
bool fx_st_value_valid(const fx_st_simple *t, const char *value);

/* Writes the XSD of schema s (FX_ST_D16B or a profile) for namespace index
 * ns (0 rsm: the main file, which imports the three others as
 * "<prefix>.xsd") to out. Returns FX_OK or FX_ENOMEM. */
int fx_st_write_xsd(const fx_st_model *m, int s, int ns, fx_buf *out);

#endif
