/*
 * Internal: SHA-256 (FIPS 180-4), for digests of inputs (the batch's
 * up-to-date check). Not used for security.
 */
#ifndef FX_CORE_SHA256_H
#define FX_CORE_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define FX_SHA256_LEN 32

/** A SHA-256 computation in progress. */
typedef struct fx_sha256 {
	uint32_t h[8];
	uint64_t total;          /* bytes fed so far */
	unsigned char block[64]; /* the pending partial block */
	size_t used;             /* bytes in block */
} fx_sha256;

/* Starts a computation. s: the state. */
void fx_sha256_init(fx_sha256 *s);

/* Feeds len bytes of data. s: the state. */
void fx_sha256_update(fx_sha256 *s, const void *data, size_t len);

/* Ends the computation and writes the digest to out. s: the state. */
void fx_sha256_final(fx_sha256 *s, unsigned char out[FX_SHA256_LEN]);

/* Writes the digest as 64 lowercase hex digits and a NUL to hex. */
void fx_sha256_hex(const unsigned char digest[FX_SHA256_LEN], char hex[2 * FX_SHA256_LEN + 1]);

/* Writes the hex SHA-256 of data/len (64 lowercase digits and a NUL) to
 * hex: the digest of a whole buffer in one call. */
void fx_sha256_hex_of(const void *data, size_t len, char hex[2 * FX_SHA256_LEN + 1]);

#endif
