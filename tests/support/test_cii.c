/*
 * Helpers for tests that look into CII XML: official schemas and XPath.
 */
#include "test_cii.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "test_support.h"

static const char *const profile_dirs[] = {"MINIMUM", "BASICWL", "BASIC", "EN16931", "EXTENDED"};
static char messages[8192];
static xmlExternalEntityLoader default_loader;

/* Loads schema parts from files only: any network URL is refused. */
static xmlParserInputPtr local_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	if (url && (strncmp(url, "http:", 5) == 0 || strncmp(url, "https:", 6) == 0 ||
	            strncmp(url, "ftp:", 4) == 0))
		return NULL;
	return default_loader(url, id, ctxt);
}

/* Appends one structured validation error to messages. */
static void collect_error(void *data, const xmlError *err)
{
	(void)data;
	size_t n = strlen(messages);
	if (n + 300 < sizeof messages)
		snprintf(messages + n, sizeof messages - n, "line %d: %s", err->line,
		         err->message ? err->message : "?\n");
}

/* Parses a schema under the shared folder. */
xmlSchemaPtr fx_test_schema(const char *rel)
{
	if (!default_loader) {
		default_loader = xmlGetExternalEntityLoader();
		xmlSetExternalEntityLoader(local_loader);
	}
	char *path = fx_test_path(fx_test_shared_dir(), rel);
	xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(path);
	ck_assert_ptr_nonnull(pctx);
	xmlSchemaPtr schema = xmlSchemaParse(pctx);
	xmlSchemaFreeParserCtxt(pctx);
	ck_assert_msg(schema != NULL, "cannot parse %s", path);
	free(path);
	return schema;
}

/* Parses the XSD of a Factur-X profile. */
xmlSchemaPtr fx_test_profile_schema(fx_profile p)
{
	char rel[256];
	snprintf(rel, sizeof rel, "reference/xsd/facturx-1.09.2/%s/FACTUR-X_%s.xsd",
	         profile_dirs[p], profile_dirs[p]);
	return fx_test_schema(rel);
}

/* Validates a document against a schema. */
int fx_test_validate(xmlSchemaPtr schema, const char *xml, size_t len)
{
	messages[0] = '\0';
	xmlDocPtr doc = xmlReadMemory(xml, (int)len, "factur-x.xml", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(schema);
	xmlSchemaSetValidStructuredErrors(vctx, (xmlStructuredErrorFunc)collect_error, NULL);
	int rc = xmlSchemaValidateDoc(vctx, doc);
	xmlSchemaFreeValidCtxt(vctx);
	xmlFreeDoc(doc);
	return rc;
}

/* The last validation messages. */
const char *fx_test_schema_messages(void)
{
	return messages;
}

/* Evaluates an XPath over a CII document to a string. */
char *fx_test_xpath(const char *xml, size_t len, const char *expr)
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)len, "test.xml", NULL, XML_PARSE_NONET);
	ck_assert_ptr_nonnull(doc);
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	xmlXPathRegisterNs(ctx, BAD_CAST "rsm",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
	xmlXPathRegisterNs(ctx, BAD_CAST "ram",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:"
	                            "ReusableAggregateBusinessInformationEntity:100");
	xmlXPathRegisterNs(ctx, BAD_CAST "udt",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");
	xmlXPathRegisterNs(ctx, BAD_CAST "qdt",
	                   BAD_CAST "urn:un:unece:uncefact:data:standard:QualifiedDataType:100");
	xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	ck_assert_msg(r != NULL, "bad XPath %s", expr);
	xmlChar *s = xmlXPathCastToString(r);
	char *out = strdup((const char *)s);
	xmlFree(s);
	xmlXPathFreeObject(r);
	xmlXPathFreeContext(ctx);
	xmlFreeDoc(doc);
	return out;
}
