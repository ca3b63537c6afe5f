/*
 * Internal: XPath functions that collect elements of the whole document
 * in one C walk, for contexts the official artefacts write with `//`
 * (much faster than an XPath descendant scan):
 *
 *   fx:elements(prefix, names [, except])
 *       every element of namespace prefix ('ram', 'rsm', 'udt', 'qdt' or
 *       '*' for any) whose local name is one of the space-separated names
 *       (at most 8)
 *   fx:elements-ending(prefix, end [, except])
 *       every element of namespace prefix whose local name ends with end
 *
 * Both return the elements in document order, leaving out the nodes of the
 * optional node-set except.
 */
#ifndef FX_VALIDATE_FUNCTIONS_WALK_H
#define FX_VALIDATE_FUNCTIONS_WALK_H

#include "validate/functions.h"

/* The functions above, ending with {NULL, NULL} (for rulesets.c). */
extern const fx_xpath_function fx_walk_functions[];

#endif
