/*
 * Internal: reading whole files and writing them atomically.
 */
#ifndef FX_CORE_FILE_H
#define FX_CORE_FILE_H

#include <stddef.h>

/* Reads path entirely into a malloc'ed NUL-terminated buffer.
 * out/out_len receive it. FX_EIO with a message naming the file otherwise. */
int fx_file_read(const char *path, char **out, size_t *out_len);

/* Writes len bytes to path through a temporary file in the same directory,
 * fsync'ed then renamed over path: a failure leaves path untouched. */
int fx_file_write_atomic(const char *path, const void *data, size_t len);

#endif
