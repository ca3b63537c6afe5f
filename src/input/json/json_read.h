/*
 * Internal: the JSON reader walks the parsed tree along the key tables of
 * json_map.h and fills the invoice model. json_read.c does objects, arrays
 * and unknown keys; json_read_values.c the single values.
 */
#ifndef FX_INPUT_JSON_READ_H
#define FX_INPUT_JSON_READ_H

#include "facturx/invoice.h"
#include "input/json/json_diag.h"
#include "input/json/json_map.h"
#include "input/json/json_parse.h"

/** What the reader needs everywhere. */
typedef struct fx_jr_ctx {
	fx_invoice *inv;    /* the invoice being filled */
	const char *source; /* name for messages (may be NULL) */
} fx_jr_ctx;

/* Records "source:line:col: path: message" at value v and returns FX_EINVAL.
 * c: the reader; v: the value the message is about; path: its path;
 * fmt: printf-style message. */
int fx_jr_error(const fx_jr_ctx *c, const fx_json_value *v, const fx_json_path *path,
                const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Records "expected <what>, got <v>" at v. c, v, path: as fx_jr_error;
 * what: the expectation. Returns FX_EINVAL. */
int fx_jr_expected(const fx_jr_ctx *c, const fx_json_value *v, const fx_json_path *path,
                   const char *what);

/* Reads an object described by table t into the struct at base.
 * c: the reader; t: allowed keys; base: the struct; v: the JSON value;
 * path: its path. Returns FX_OK or a negative fx_error_code. */
int fx_jr_object(const fx_jr_ctx *c, const fx_jtable *t, void *base, const fx_json_value *v,
                 const fx_json_path *path);

/* Reads a single value (any kind but OBJECT, ARRAY, IDENT_ARRAY) of field f
 * into the struct at base. c: the reader; f: the field; base: the struct
 * holding it; v: the JSON value; path: its path. */
int fx_jr_value(const fx_jr_ctx *c, const fx_jfield *f, void *base, const fx_json_value *v,
                const fx_json_path *path);

/* Reads an identifier (a string, or {"id", "scheme"}) into id.
 * c, v, path: as above; id: the model field. */
int fx_jr_identifier(const fx_jr_ctx *c, fx_identifier *id, const fx_json_value *v,
                     const fx_json_path *path);

#endif
