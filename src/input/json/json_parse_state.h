/*
 * Internal to the JSON parser: its state, shared by json_parse.c (structure)
 * and json_parse_string.c (string decoding).
 */
#ifndef FX_INPUT_JSON_PARSE_STATE_H
#define FX_INPUT_JSON_PARSE_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "input/json/json_diag.h"
#include "input/json/json_parse.h"

typedef struct fx_jp_state {
	const char *source;        /* name for messages (may be NULL) */
	const unsigned char *p;    /* next byte to read */
	const unsigned char *end;  /* one past the last byte */
	const unsigned char *sync; /* col is the column of this byte */
	uint32_t line;             /* line of sync */
	uint32_t col;              /* column of sync */
	fx_arena *arena;      /* holds the finished tree */
	fx_json_value *vals;       /* scratch stack of array elements */
	size_t n_vals, cap_vals;
	fx_json_member *mems; /* scratch stack of object members */
	size_t n_mems, cap_mems;
} fx_jp_state;

/* Computes the line and column of byte at (not before the last position
 * asked for). st: the parser; at: a byte of the input; line/col: receive it. */
void fx_jp_where(fx_jp_state *st, const unsigned char *at, uint32_t *line, uint32_t *col);

/* Records an error at byte at. st: the parser; at: where; path: the JSON path
 * (may be NULL); fmt: printf-style message. Returns FX_EINVAL. */
int fx_jp_error(fx_jp_state *st, const unsigned char *at, const fx_json_path *path, const char *fmt,
                ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Decodes the string literal starting at st->p (a '"') into the arena and
 * moves st->p past it. st: the parser; path: for messages; out/out_len:
 * receive the NUL-terminated UTF-8 text and its length; escaped: receives
 * whether the literal used escapes. Returns FX_OK, FX_EINVAL or FX_ENOMEM. */
int fx_jp_string(fx_jp_state *st, const fx_json_path *path, const char **out, size_t *out_len,
                 bool *escaped);

#endif
