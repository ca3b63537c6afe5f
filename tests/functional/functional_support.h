/*
 * Helpers shared by the functional tests: the list of official CEN
 * examples, XSD validation, and the comparison of our XML with an
 * official file allowing only the documented, explained differences.
 */
#ifndef FX_FUNCTIONAL_SUPPORT_H
#define FX_FUNCTIONAL_SUPPORT_H

#include <stddef.h>

/* The official CEN example invoices of ../shared (file names). */
extern const char *const fx_ft_examples[];
/* Their number (15). */
extern const size_t fx_ft_example_count;

/* Returns the malloc'ed path of an official example. shared: the shared
 * folder; name: its file name. */
char *fx_ft_example_path(const char *shared, const char *name);

/* Validates an XML document against the Factur-X EN 16931 XSD of shared.
 * shared: the shared folder; xml/len: the document; err/size: receives the
 * first validation message. Returns 0 when valid, -1 otherwise. */
int fx_ft_validate_en16931(const char *shared, const char *xml, size_t len, char *err, size_t size);

/* Compares ours with the official file name BT by BT and checks that the
 * differences are exactly the accepted ones listed for that file (printed
 * with their explanation). name: file name of the example; computed: 1
 * when ours was made from an invoice fx_invoice_compute filled in (a few
 * more differences are then expected), 0 otherwise; official/olen,
 * ours/ulen: the two documents; report: receives a malloc'ed description of
 * every unexpected difference or missing expected one (NULL when none).
 * Returns the number of such problems. */
int fx_ft_compare_with_official(const char *name, int computed, const char *official, size_t olen,
                                const char *ours, size_t ulen, char **report);

/* Returns the compute mismatch the official data of example name is known
 * to have: a fragment the first fx_invoice_compute (check only) message
 * must contain, NULL when the example's amounts all check. why: receives
 * the explanation (NULL when none). */
const char *fx_ft_known_compute_mismatch(const char *name, const char **why);

#endif
