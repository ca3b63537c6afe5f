/*
 * Internal: a bump allocator made of a chain of blocks, released at once
 * (the invoice model's owned memory, the nodes and strings of a JSON tree).
 */
#ifndef FX_CORE_ARENA_H
#define FX_CORE_ARENA_H

#include <stddef.h>

typedef struct fx_arena fx_arena;

/* Creates an empty arena whose blocks hold block_size bytes (larger
 * requests get a block of their own). Returns NULL when out of memory. */
fx_arena *fx_arena_new(size_t block_size);

/* Returns size bytes (not zeroed), aligned for any object, owned by a;
 * NULL when out of memory. a: the arena; size: bytes (0 is allowed). */
void *fx_arena_alloc(fx_arena *a, size_t size);

/* Same as fx_arena_alloc, with the bytes set to zero. */
void *fx_arena_calloc(fx_arena *a, size_t size);

/* Releases an arena and everything it handed out. a: may be NULL. */
void fx_arena_free(fx_arena *a);

#endif
