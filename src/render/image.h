/*
 * Internal: the logo image (PNG or JPEG), read once and turned into what a
 * PDF image XObject holds. A JPEG is kept as it is (/DCTDecode). A PNG
 * without transparency or interlacing keeps its compressed data (/FlateDecode
 * with the PNG predictors); any other PNG is decoded to 8-bit samples and its
 * transparency becomes a soft mask (/SMask). A PNG is checked whole (chunk
 * CRCs, complete zlib stream of the expected size) before anything else.
 */
#ifndef FX_RENDER_IMAGE_H
#define FX_RENDER_IMAGE_H

#include "core/buf.h"

/** An image ready to be written as an XObject. */
typedef struct fx_image {
	unsigned w, h; /* pixels */
	fx_buf dict;   /* /Width, /Height, /ColorSpace, /BitsPerComponent, /Filter,
	                * /DecodeParms: everything but /Type, /Subtype, /Length, /SMask */
	fx_buf data;   /* the stream data, encoded as /Filter says */
	fx_buf alpha;  /* the soft mask: 8-bit gray samples, Flate-compressed; empty
	                * when the image is opaque */
} fx_image;

/* Reads image file path into img (zeroed first). FX_EIO if unreadable,
 * FX_EINVAL (naming the file) if it is not a usable PNG or JPEG image: damaged,
 * CMYK or 12-bit JPEG, too large. */
int fx_image_load(const char *path, fx_image *img);

/* Same as fx_image_load for an image held in memory (p/len); name is used
 * in messages. */
int fx_image_read(const unsigned char *p, size_t len, const char *name, fx_image *img);

/* Frees what img holds. */
void fx_image_free(fx_image *img);

/* Turns PNG data (len bytes, already checked whole) into img. FX_EINVAL
 * (without a message: the caller names the file) or FX_ENOMEM. */
int fx_png_convert(const unsigned char *p, size_t len, fx_image *img);

#endif
