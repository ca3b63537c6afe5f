/*
 * The values of the structure check: the text of an element or attribute
 * against its XSD built-in type, accepted or refused exactly as libxml2's
 * XSD engine does (the official verdicts come from it). Decimals and base64
 * (amounts, attachments: the frequent and the long values) are checked here
 * with libxml2's rules, including its limit of 24 significant digits and
 * its tolerance of stray characters in base64; the rare types (dates,
 * booleans, URIs) go to libxml2 itself.
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

/* True when value is an xs:decimal for libxml2: optional white space, an
 * optional sign, digits with at most one dot, at least one digit (leading
 * zeros aside), at most 24 digits after the leading zeros. */
static bool decimal_valid(const char *value)
{
	const unsigned char *p = (const unsigned char *)value;
	if (*p == '\0')
		return false;
	while (is_space(*p))
		p++;
	if (*p == '-' || *p == '+')
		p++;
	if (*p == '\0')
		return false;
	bool leading_zeros = false;
	while (*p == '0') {
		p++;
		leading_zeros = true;
	}
	unsigned digits = 0;
	while (digits < 24 && *p >= '0' && *p <= '9') {
		p++;
		digits++;
	}
	if (digits < 24 && *p == '.') {
		p++;
		while (digits < 24 && *p >= '0' && *p <= '9') {
			p++;
			digits++;
		}
	}
	if (digits == 0 && !leading_zeros)
		return false;
	while (is_space(*p))
		p++;
	return *p == '\0';
}

/* 1 + the 6-bit value of each base64 character, 65 for '=', 0 for any
 * other character (which libxml2 ignores). */
static const unsigned char base64_table[256] = {
    ['A'] = 1,  ['B'] = 2,  ['C'] = 3,  ['D'] = 4,  ['E'] = 5,  ['F'] = 6,  ['G'] = 7,  ['H'] = 8,
    ['I'] = 9,  ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14, ['O'] = 15, ['P'] = 16,
    ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21, ['V'] = 22, ['W'] = 23, ['X'] = 24,
    ['Y'] = 25, ['Z'] = 26, ['a'] = 27, ['b'] = 28, ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32,
    ['g'] = 33, ['h'] = 34, ['i'] = 35, ['j'] = 36, ['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40,
    ['o'] = 41, ['p'] = 42, ['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47, ['v'] = 48,
    ['w'] = 49, ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56,
    ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63, ['/'] = 64,
    ['='] = 65};

/* Returns the 6-bit value of a base64 character, 64 for '=', -1 for any
 * other character. */
static int base64_value(unsigned char c)
{
	return (int)base64_table[c] - 1;
}

/* True when value is an xs:base64Binary for libxml2: the base64 characters
 * (others are skipped) make whole quanta, padded with one or two '=' whose
 * unused bits are zero. */
static bool base64_valid(const char *value)
{
	const unsigned char *p = (const unsigned char *)value;
	size_t data = 0, pad = 0;
	int last = -1; /* value of the last data character */
	for (; *p; p++) {
		int v = base64_value(*p);
		if (v == 64)
			break;
		if (v >= 0) {
			data++;
			last = v;
		}
	}
	for (; *p; p++) {
		int v = base64_value(*p);
		if (v >= 0 && v < 64)
			return false;
		pad += v == 64;
	}
	if (pad == 0)
		return data % 4 == 0;
	if (pad == 1)
		return data % 4 == 3 && (last & ~0x3c) == 0;
	if (pad == 2)
		return data % 4 == 2 && (last & ~0x30) == 0;
	return false;
}

/* Returns libxml2's type for built-in b (NULL for those checked here). */
static xmlSchemaTypePtr libxml_type(fx_st_builtin b)
{
	switch (b) {
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
	case FX_XS_DECIMAL:
	case FX_XS_BASE64:
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
	if (t->builtin == FX_XS_DECIMAL)
		return decimal_valid(value);
	if (t->builtin == FX_XS_BASE64)
		return base64_valid(value);
	xmlSchemaTypePtr type = libxml_type(t->builtin);
	return type && xmlSchemaValidatePredefinedType(type, (const xmlChar *)value, NULL) == 0;
}
