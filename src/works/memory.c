/*
 * Memory of the works module: growable arrays owned by an invoice (the
 * description's strings and arrays live in its invoice part) and string
 * copies in an arena.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "works/works_internal.h"

/* Appends a zeroed element to an array owned by inv. */
int fx_wk_grow(fx_invoice *inv, void **arr, size_t *count, size_t elem, void **out)
{
	size_t n = *count, cap = 0;
	if (n > 0) {
		cap = 4;
		while (cap < n)
			cap *= 2;
	}
	if (n == cap) {
		size_t ncap = cap ? cap * 2 : 4;
		unsigned char *tmp = calloc(ncap, elem);
		if (!tmp)
			return fx_error_oom();
		if (n)
			memcpy(tmp, *arr, n * elem);
		unsigned char *p = NULL;
		size_t plen = 0;
		int rc = fx_invoice_set_data(inv, &p, &plen, tmp, ncap * elem);
		free(tmp);
		if (rc)
			return rc;
		*arr = p;
	}
	unsigned char *slot = (unsigned char *)*arr + n * elem;
	memset(slot, 0, elem);
	(*count)++;
	*out = slot;
	return FX_OK;
}

/* Copies a string into an arena. */
char *fx_wk_strdup(fx_arena *a, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = fx_arena_alloc(a, n);
	if (!p) {
		fx_error_oom();
		return NULL;
	}
	memcpy(p, s, n);
	return p;
}
