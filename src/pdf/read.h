/*
 * Internal: the reader's state, shared by read.c and read_extract.c.
 */
#ifndef FX_PDF_READ_H
#define FX_PDF_READ_H

#include "pdf/pdf_internal.h"

struct fx_pdf_reader {
	qpdf_data q;
	unsigned char *data; /* the PDF bytes (qpdf reads them in place) */
	size_t len;
	char *source;
	size_t max_attachment;
	fx_pdf_attachment *items;
	qpdf_oh *specs; /* file spec of each item */
	size_t count;
	unsigned char *xmp; /* decoded metadata, once read */
	size_t xmp_len;
	char *level; /* ConformanceLevel, once read */
};

/* The embedded stream of a file spec (/EF /UF, else /EF /F), or 0. */
qpdf_oh fx_reader_ef_stream(qpdf_data q, qpdf_oh fs);

#endif
