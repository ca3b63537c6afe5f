/*
 * Internal: SHA-256 (FIPS 180-4), to identify files by their content.
 */
#ifndef FX_CORE_SHA256_H
#define FX_CORE_SHA256_H

#include <stddef.h>
#include <stdint.h>

/** The running state of a SHA-256 computation. */
typedef struct fx_sha256 {
	uint32_t h[8];
	uint64_t total;          /* bytes hashed so far */
	unsigned char block[64]; /* pending bytes of the current block */
	size_t used;             /* how many of block are pending */
} fx_sha256;

/* Starts a computation in s. */
void fx_sha256_init(fx_sha256 *s);

/* Hashes len more bytes of data into s. */
void fx_sha256_update(fx_sha256 *s, const void *data, size_t len);

/* Finishes s and writes the 32-byte digest to out. */
void fx_sha256_final(fx_sha256 *s, unsigned char out[32]);

/* Writes the lowercase hex SHA-256 of data/len (64 characters and a NUL)
 * to hex. */
void fx_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
