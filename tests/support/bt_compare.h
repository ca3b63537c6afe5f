/*
 * Test support: compares two CII documents business term by business term
 * (EN 16931 BTs and their attributes, by their CII XPath), reporting each
 * difference in words, e.g. "BT-131 line '2': official '10.50', ours '10.5'".
 *
 * Amounts, quantities and percentages are compared as decimals, dates by
 * value, text with white space collapsed; repeated groups (notes,
 * identifiers, allowances/charges, VAT breakdown, attachments, lines, ...)
 * are compared as multisets, paired by a key (the line by BT-126, the VAT
 * breakdown entry by BT-118 + BT-119, ...), so their order does not matter.
 */
#ifndef FX_BT_COMPARE_H
#define FX_BT_COMPARE_H

#include <stddef.h>

/** The differences found, one readable sentence each. */
typedef struct fx_bt_diffs {
	char **items; /* malloc'ed sentences */
	size_t count;
} fx_bt_diffs;

/* Compares the CII documents a ("official") and b ("ours").
 * a/alen, b/blen: the two XML texts; out: receives the differences (free
 * with fx_bt_diffs_free). Returns 0, or -1 when a document does not parse
 * (out then holds one sentence saying which and why). */
int fx_bt_compare_memory(const char *a, size_t alen, const char *b, size_t blen, fx_bt_diffs *out);

/* Frees the sentences of d and resets it. d: the differences. */
void fx_bt_diffs_free(fx_bt_diffs *d);

/* Returns the number of BT fields the comparison table knows (all levels),
 * so a test can check the table is the full one. */
size_t fx_bt_field_count(void);

#endif
