/*
 * Internal: a bump allocator holding the nodes and strings of a JSON tree,
 * so a whole document is released at once.
 */
#ifndef FX_INPUT_JSON_ARENA_H
#define FX_INPUT_JSON_ARENA_H

#include <stddef.h>

typedef struct fx_json_arena fx_json_arena;

/* Creates an empty arena. Returns NULL when out of memory. */
fx_json_arena *fx_json_arena_new(void);

/* Returns size bytes, aligned for any object, owned by arena a (NULL when
 * out of memory). a: the arena; size: number of bytes (0 is allowed). */
void *fx_json_arena_alloc(fx_json_arena *a, size_t size);

/* Releases an arena and all it handed out. a: may be NULL. */
void fx_json_arena_free(fx_json_arena *a);

#endif
