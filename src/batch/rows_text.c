/*
 * Row ranges in messages: "row 7" or "rows 7-9".
 */
#include <stdio.h>

#include "batch/batch_source.h"

/* Writes "row A" or "rows A-B" to buf. */
const char *fx_brows(unsigned long first, unsigned long last, char buf[48])
{
	if (first == last)
		snprintf(buf, 48, "row %lu", first);
	else
		snprintf(buf, 48, "rows %lu-%lu", first, last);
	return buf;
}
