/*
 * The invoice's owned memory: bump allocation in blocks, freed together.
 */
#include "model/arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK 16384

typedef struct arena_block {
	struct arena_block *next;
	size_t used;
	size_t size;
	alignas(max_align_t) unsigned char data[];
} arena_block;

struct fx_arena {
	arena_block *head;
};

/* Creates an arena. */
fx_arena *fx_arena_new(void)
{
	return calloc(1, sizeof(fx_arena));
}

/* Frees every block. */
void fx_arena_free(fx_arena *a)
{
	if (!a)
		return;
	arena_block *b = a->head;
	while (b) {
		arena_block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

/* Bump-allocates zeroed memory. */
void *fx_arena_alloc(fx_arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	size = (size + align - 1) & ~(align - 1);
	if (size == 0)
		size = align;
	arena_block *b = a->head;
	if (!b || b->size - b->used < size) {
		size_t bsize = size > ARENA_BLOCK ? size : ARENA_BLOCK;
		arena_block *nb = malloc(sizeof(arena_block) + bsize);
		if (!nb)
			return NULL;
		nb->used = 0;
		nb->size = bsize;
		/* Big one-off allocations go behind the current block so its
		 * free space stays usable. */
		if (b && size > ARENA_BLOCK) {
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			a->head = nb;
		}
		b = nb;
	}
	void *p = b->data + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}
