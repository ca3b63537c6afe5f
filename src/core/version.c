/*
 * Library version.
 */
#include "facturx/common.h"

/* Returns the version string. */
const char *fx_version(void)
{
	return FX_VERSION_STRING;
}
