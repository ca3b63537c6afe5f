/*
 * Internal: what a deposit sends: the file name (nomFichier) and the JSON
 * body of factures/v1/deposer/flux.
 */
#ifndef FX_CHORUS_DEPOSIT_REQUEST_H
#define FX_CHORUS_DEPOSIT_REQUEST_H

#include <stddef.h>

/* Derives nomFichier: "factur-x_<number>.pdf" (".xml" when the file is not
 * a PDF; characters other than letters, digits, '-', '_' and '.' become
 * '-'; at most 50 characters), else the base name of source, else
 * "factur-x.pdf". is_pdf: the file is a PDF. Returns a malloc'ed name or
 * NULL (out of memory). */
char *fx_chorus_file_name(const char *number, const char *source, int is_pdf);

/* Checks a nomFichier given by the caller: non-empty, at most 100
 * characters, no '/' or '\\' or control character, an extension. */
int fx_chorus_check_file_name(const char *name);

/* Builds the deposer/flux body for the file data/len. Returns a malloc'ed
 * JSON text or NULL (out of memory). */
char *fx_chorus_deposit_body(const void *data, size_t len, const char *file_name,
                             const char *syntax);

#endif
