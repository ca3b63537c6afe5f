/*
 * Internal: writing PDF syntax: numbers (never through the C locale), text
 * strings, indirect objects, streams and the cross-reference table. The
 * layout follows the lexical rules of PDF/A (ISO 19005-3 6.1): "N 0 obj" and
 * "endobj" on lines of their own, an EOL after "stream" and before
 * "endstream", exact /Length values.
 */
#ifndef FX_PDF_PDF_OBJ_H
#define FX_PDF_PDF_OBJ_H

#include <stddef.h>

#include "core/buf.h"

/** A PDF file being written. */
typedef struct fx_pdfw {
	fx_buf b;     /* the bytes so far */
	size_t *offs; /* offs[n]: where object n starts (0: not written yet) */
	int n_objs;   /* objects are numbered 1..n_objs */
} fx_pdfw;

/* Starts a file of n_objs objects: header and binary comment line. */
int fx_pdfw_init(fx_pdfw *w, int n_objs);

/* Frees what w holds. */
void fx_pdfw_free(fx_pdfw *w);

/* Starts object num ("num 0 obj" and an EOL). */
void fx_pdfw_obj(fx_pdfw *w, int num);

/* Ends the current object (an EOL, "endobj", an EOL). */
void fx_pdfw_endobj(fx_pdfw *w);

/* Writes object num as a stream: dict holds the dictionary entries besides
 * /Length and /Filter (may be ""); data/len: the stream data, Flate-
 * compressed first at level compress (pdf/flate.h) unless it is 0.
 * FX_ENOMEM or FX_ERROR. */
int fx_pdfw_stream(fx_pdfw *w, int num, const char *dict, const void *data, size_t len,
                   int compress);

/* Writes the cross-reference table and the trailer (root and info: object
 * numbers; info 0: none; id: 16 bytes for the /ID pair, NULL: no /ID) and
 * hands the file over. out/out_len: the malloc'ed file. FX_ENOMEM, or
 * FX_ERROR when an object was never written. */
int fx_pdfw_finish(fx_pdfw *w, int root, int info, const unsigned char *id, unsigned char **out,
                   size_t *out_len);

/* Appends len bytes as a PDF string: literal when printable ASCII, else
 * hexadecimal. */
void fx_pdf_bytes(fx_buf *b, const unsigned char *s, size_t len);

/* Appends the bytes fx_pdf_text writes for s (PDFDocEncoding or BOM +
 * UTF-16BE): a name tree key, for one. */
void fx_pdf_text_bytes(fx_buf *b, const char *s);

/* Appends s as a PDF name: "/" then s, with #XX for the characters that
 * cannot stand in a name ("text/xml" -> /text#2Fxml). */
void fx_pdf_name(fx_buf *b, const char *s);

/* Appends the integer v in decimal. */
void fx_pdf_int(fx_buf *b, long v);

/* Appends v rounded to 1/100 ("12.5", "-0.25", "3"), locale-independent. */
void fx_pdf_real(fx_buf *b, float v);

/* Returns v in hundredths, rounded half away from zero (what fx_pdf_real writes). */
long fx_pdf_hundredths(float v);

/* Appends c hundredths as a number ("12.5" for 1250). */
void fx_pdf_centi(fx_buf *b, long c);

/* Appends a colour component c/255 with three decimals at most ("0.502"). */
void fx_pdf_unit(fx_buf *b, unsigned c);

/* Appends UTF-8 text s as a PDF text string: a literal string in
 * PDFDocEncoding when every character has a byte there (Latin-1, €, œ,
 * dashes, quotes...), else UTF-16BE with a byte order mark in hexadecimal. */
void fx_pdf_text(fx_buf *b, const char *s);

/* Appends len bytes as a literal string "(...)" with ( ) \ CR LF escaped. */
void fx_pdf_literal(fx_buf *b, const unsigned char *s, size_t len);

#endif
