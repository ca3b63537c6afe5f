/*
 * Helpers for tests that look into CII XML: the official schemas (from
 * ../shared) and XPath queries with the CII prefixes bound.
 */
#ifndef FX_TEST_CII_H
#define FX_TEST_CII_H

#include <stddef.h>

#include <libxml/xmlschemas.h>

#include "facturx/profile.h"

/* Parses the schema at rel, a path under the shared folder (network access
 * refused); fails the test when it cannot. */
xmlSchemaPtr fx_test_schema(const char *rel);

/* Parses the official Factur-X 1.09.2 XSD of profile p. */
xmlSchemaPtr fx_test_profile_schema(fx_profile p);

/* Validates xml/len against schema; returns 0 when valid. The validation
 * messages are available from fx_test_schema_messages() afterwards. */
int fx_test_validate(xmlSchemaPtr schema, const char *xml, size_t len);

/* The messages of the last fx_test_validate call ("" when valid). */
const char *fx_test_schema_messages(void);

/* Returns the string value of XPath expr over xml/len (prefixes rsm, ram,
 * udt, qdt bound), malloc'ed. */
char *fx_test_xpath(const char *xml, size_t len, const char *expr);

#endif
