/*
 * Escaping text for XML.
 */
#include "core/xml_escape.h"

#include "facturx/common.h"

/* Returns the replacement of c under flags, or NULL to keep it. */
static const char *replacement(char c, unsigned flags)
{
	switch (c) {
	case '&':
		return "&amp;";
	case '<':
		return "&lt;";
	case '>':
		return "&gt;";
	case '\r':
		return flags & FX_XML_CR ? "&#13;" : NULL;
	case '"':
		return flags & FX_XML_QUOT ? "&quot;" : NULL;
	case '\'':
		return flags & FX_XML_APOS ? "&apos;" : NULL;
	case '\t':
		return flags & FX_XML_WS ? "&#9;" : NULL;
	case '\n':
		return flags & FX_XML_WS ? "&#10;" : NULL;
	default:
		return NULL;
	}
}

/* Appends escaped text, copying unescaped runs in one go. */
int fx_xml_escape(fx_buf *b, const char *s, size_t len, unsigned flags)
{
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		const char *rep = replacement(s[i], flags);
		if (!rep)
			continue;
		if (fx_buf_append(b, s + run, i - run) || fx_buf_puts(b, rep))
			return FX_ENOMEM;
		run = i + 1;
	}
	return fx_buf_append(b, s + run, len - run) ? FX_ENOMEM : 0;
}
