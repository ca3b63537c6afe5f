/*
 * Internal: the invoice's owned memory (a list of blocks freed together).
 */
#ifndef FX_MODEL_ARENA_H
#define FX_MODEL_ARENA_H

#include <stddef.h>

typedef struct fx_arena fx_arena;

/* Creates an empty arena; NULL when out of memory. */
fx_arena *fx_arena_new(void);
/* Frees the arena and everything allocated from it. a: may be NULL. */
void fx_arena_free(fx_arena *a);
/* Allocates size zeroed bytes aligned for any type; NULL when out of memory. */
void *fx_arena_alloc(fx_arena *a, size_t size);

#endif
