/*
 * A set of visited PDF objects (object number + generation), used to walk
 * object graphs of hostile files without loops.
 */
#include <stdlib.h>

#include "core/error.h"
#include "pdf/pdf_internal.h"

/* Encodes id/gen as a non-zero slot value. */
static uint64_t objset_key(int id, int gen)
{
	return (((uint64_t)(uint32_t)id << 20) | ((uint64_t)(uint32_t)gen & 0xFFFFF)) + 1;
}

/* Places key into slots (cap a power of two); returns 1 if added, 0 if present. */
static int objset_put(uint64_t *slots, size_t cap, uint64_t key)
{
	size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 7) & (cap - 1);
	while (slots[i]) {
		if (slots[i] == key)
			return 0;
		i = (i + 1) & (cap - 1);
	}
	slots[i] = key;
	return 1;
}

/* Doubles the table. */
static int objset_grow(fx_objset *s)
{
	size_t cap = s->cap ? s->cap * 2 : 64;
	uint64_t *slots = calloc(cap, sizeof *slots);
	if (!slots)
		return fx_error_oom();
	for (size_t i = 0; i < s->cap; i++)
		if (s->slots[i])
			objset_put(slots, cap, s->slots[i]);
	free(s->slots);
	s->slots = slots;
	s->cap = cap;
	return FX_OK;
}

/* Adds id/gen to the set. */
int fx_objset_add(fx_objset *s, int id, int gen)
{
	if ((s->count + 1) * 2 > s->cap) {
		int rc = objset_grow(s);
		if (rc < 0)
			return rc;
	}
	int added = objset_put(s->slots, s->cap, objset_key(id, gen));
	s->count += (size_t)added;
	return added;
}

/* Frees the set. */
void fx_objset_free(fx_objset *s)
{
	free(s->slots);
	s->slots = NULL;
	s->cap = s->count = 0;
}
