/*
 * Which folders of examples/ hold invoice descriptions: works statements
 * (examples/works) and CSV exports (examples/csv) are inputs of other
 * commands, covered by their own tests.
 */
#ifndef FX_TEST_EXAMPLE_DIRS_H
#define FX_TEST_EXAMPLE_DIRS_H

#include <stdbool.h>
#include <string.h>

/* True when the examples/ sub-folder called name holds invoice descriptions. */
static inline bool fx_test_invoice_example_dir(const char *name)
{
	return strcmp(name, "works") != 0 && strcmp(name, "csv") != 0;
}

#endif
