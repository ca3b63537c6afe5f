/*
 * Internal: escaping text for XML (the CII writer, the XMP metadata).
 */
#ifndef FX_CORE_XML_ESCAPE_H
#define FX_CORE_XML_ESCAPE_H

#include <stddef.h>

#include "core/buf.h"

/* What is escaped besides & < > (always): */
#define FX_XML_CR 1u   /* CR as &#13; (kept through parsing) */
#define FX_XML_QUOT 2u /* " as &quot; (double-quoted attribute values) */
#define FX_XML_APOS 4u /* ' as &apos; */
#define FX_XML_WS 8u   /* TAB and LF as &#9; &#10; (attribute values keep them) */

/* Appends s[0..len) to b with the XML special characters escaped.
 * b: the buffer; s/len: the text; flags: FX_XML_* bits.
 * Returns 0 or FX_ENOMEM. */
int fx_xml_escape(fx_buf *b, const char *s, size_t len, unsigned flags);

#endif
