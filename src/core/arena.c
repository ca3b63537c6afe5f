/*
 * A bump allocator made of a chain of blocks.
 */
#include "core/arena.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct arena_block {
	struct arena_block *next;
	size_t used;
	size_t size;
	alignas(max_align_t) unsigned char data[];
} arena_block;

struct fx_arena {
	arena_block *head;
	size_t block_size;
};

/* Creates an arena without any block yet. */
fx_arena *fx_arena_new(size_t block_size)
{
	fx_arena *a = calloc(1, sizeof(fx_arena));
	if (a)
		a->block_size = block_size < 1024 ? 1024 : block_size;
	return a;
}

/* Rounds n up to the strictest alignment; 0 when it would overflow. */
static size_t arena_round(size_t n)
{
	size_t align = alignof(max_align_t);
	if (n > (size_t)-1 - align)
		return 0;
	return (n + align - 1) / align * align;
}

/* Allocates a block of bsize bytes of room. */
static arena_block *arena_block_new(size_t bsize)
{
	if (bsize > (size_t)-1 - sizeof(arena_block))
		return NULL;
	arena_block *b = malloc(sizeof(arena_block) + bsize);
	if (!b)
		return NULL;
	b->used = 0;
	b->size = bsize;
	b->next = NULL;
	return b;
}

/* Hands out size bytes from the current block or from a new one; a large
 * request gets its own block, kept behind the current one. */
void *fx_arena_alloc(fx_arena *a, size_t size)
{
	size_t need = arena_round(size ? size : 1);
	if (!need)
		return NULL;
	arena_block *b = a->head;
	if (need > a->block_size / 4) {
		b = arena_block_new(need);
		if (!b)
			return NULL;
		if (a->head) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			a->head = b;
		}
	} else if (!b || b->size - b->used < need) {
		b = arena_block_new(a->block_size);
		if (!b)
			return NULL;
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += need;
	return p;
}

/* Hands out zeroed bytes. */
void *fx_arena_calloc(fx_arena *a, size_t size)
{
	void *p = fx_arena_alloc(a, size);
	if (p)
		memset(p, 0, size);
	return p;
}

/* Frees every block and the arena. */
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
