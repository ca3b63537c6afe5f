/*
 * The values of the structure check: the text of an element or attribute
 * against its XSD built-in type. The lexical checks are libxml2's own (the
 * engine the official verdicts come from); the length facet is counted here.
 */
#include <libxml/xmlschemastypes.h>

#include "validate/structure.h"

/* True for the XSD white space characters. */
static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Returns the number of characters of value after whitespace collapsing
 * (runs of white space count as one space, none at either end). */
static size_t collapsed_length(const char *value)
{
	size_t n = 0;
	bool pending_space = false;
	for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
		if (is_space(*p)) {
			pending_space = n > 0;
			continue;
		}
		if ((*p & 0xC0) == 0x80) /* UTF-8 continuation byte */
			continue;
		n += pending_space ? 2 : 1;
		pending_space = false;
	}
	return n;
}

/* Returns libxml2's type for built-in b (NULL for string and token). */
static xmlSchemaTypePtr libxml_type(fx_st_builtin b)
{
	switch (b) {
	case FX_XS_DECIMAL:
		return xmlSchemaGetBuiltInType(XML_SCHEMAS_DECIMAL);
	case FX_XS_BASE64:
		return xmlSchemaGetBuiltInType(XML_SCHEMAS_BASE64BINARY);
	case FX_XS_ANYURI:
		return xmlSchemaGetBuiltInType(XML_SCHEMAS_ANYURI);
	case FX_XS_DATE:
		return xmlSchemaGetBuiltInType(XML_SCHEMAS_DATE);
	case FX_XS_DATETIME:
		return xmlSchemaGetBuiltInType(XML_SCHEMAS_DATETIME);
	case FX_XS_BOOLEAN:
		return xmlSchemaGetBuiltInType(XML_SCHEMAS_BOOLEAN);
	case FX_XS_STRING:
	case FX_XS_TOKEN:
		break;
	}
	return NULL;
}

/* True when value is valid for t. */
bool fx_st_value_valid(const fx_st_simple *t, const char *value)
{
	if (t->builtin == FX_XS_STRING)
		return true;
	if (t->builtin == FX_XS_TOKEN) {
		if (t->min_length < 0 && t->max_length < 0)
			return true;
		size_t n = collapsed_length(value);
		return (t->min_length < 0 || n >= (size_t)t->min_length) &&
		       (t->max_length < 0 || n <= (size_t)t->max_length);
	}
	xmlSchemaTypePtr type = libxml_type(t->builtin);
	return type && xmlSchemaValidatePredefinedType(type, (const xmlChar *)value, NULL) == 0;
}
