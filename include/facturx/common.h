/*
 * facturx - common definitions: error codes, last-error message, version.
 *
 * Every function of the library that can fail returns an int: 0 (FX_OK) on
 * success or a negative fx_error_code. Out parameters are set only on
 * success. A human-readable description of the last failure of the calling
 * thread is available from fx_error_last().
 */
#ifndef FACTURX_COMMON_H
#define FACTURX_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define FX_EXTERN __declspec(dllexport)
#elif defined(__GNUC__)
#define FX_EXTERN __attribute__((visibility("default")))
#else
#define FX_EXTERN
#endif

#define FX_VERSION_MAJOR 0
#define FX_VERSION_MINOR 1
#define FX_VERSION_PATCH 0
#define FX_VERSION_STRING "0.1.0"

/** Error codes returned by the library (all negative but FX_OK). */
typedef enum fx_error_code {
	FX_OK = 0,
	FX_ERROR = -1,     /* generic failure */
	FX_ENOMEM = -2,    /* out of memory */
	FX_EINVAL = -3,    /* invalid input data (description, value, syntax) */
	FX_EIO = -4,       /* file could not be read or written */
	FX_EMISMATCH = -5, /* a supplied value disagrees with the computed one */
	FX_EMISSING = -6,  /* data required by the chosen profile is missing */
	FX_EOVERFLOW = -7, /* a decimal value does not fit */
	FX_EUSAGE = -8,    /* the caller used the API wrongly (NULL, bad option) */
	FX_ENET = -9,      /* a remote service could not be reached or answered
	                    * with a failure (network, HTTP error, timeout) */
	FX_EEXIST = -10    /* already done (e.g. an invoice already deposited) */
} fx_error_code;

/** The last error recorded on the calling thread. */
typedef struct fx_error {
	int code;            /* one of fx_error_code */
	const char *message; /* never NULL; "" when there was no error */
} fx_error;

/* Returns the last error of the calling thread (valid until the next call
 * into the library on this thread). Never returns NULL. */
FX_EXTERN const fx_error *fx_error_last(void);

/* Forgets the last error of the calling thread. */
FX_EXTERN void fx_error_clear(void);

/* Returns the library version as "MAJOR.MINOR.PATCH". */
FX_EXTERN const char *fx_version(void);

#ifdef __cplusplus
}
#endif

#endif
