/*
 * Internal: putting one value of a CSV cell (or of a mapping constant) into
 * the field of an invoice that a mapping target names.
 */
#ifndef FX_BATCH_SET_H
#define FX_BATCH_SET_H

#include <stdbool.h>
#include <stddef.h>

#include "batch/batch_mapping.h"

/* Marks an array slot whose element is not created yet. */
#define FX_BS_NONE ((size_t)-1)

/** Where the value goes and how. */
typedef struct fx_bs_place {
	fx_invoice *inv;   /* the invoice */
	size_t line;       /* for a line target: the index of the line */
	size_t *slots;     /* element index of each array slot (FX_BS_NONE: none yet) */
	char decimal_mark; /* of the mapping (0: decided by each number) */
} fx_bs_place;

/* Sets the field of target t to text/len (not empty). scheme: identifier
 * scheme to set with an identifier's id (NULL: none); only_if_absent: a
 * default: leave a field that has a value, and create no array element.
 * Returns FX_OK, or FX_EINVAL with the message "expected ..." (the caller
 * adds where and the text), FX_EOVERFLOW, FX_ENOMEM. */
int fx_bs_set(const fx_bs_place *p, const fx_bm_target *t, const char *text, size_t len,
              const char *scheme, bool only_if_absent);

#endif
