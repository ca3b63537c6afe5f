/*
 * Internal: the logo image (PNG or JPEG): its kind and pixel size, read from
 * the file header so that the layout can size it before the PDF exists.
 */
#ifndef FX_RENDER_IMAGE_H
#define FX_RENDER_IMAGE_H

/* Reads the kind and size of image file path. png: receives 1 for PNG, 0 for
 * JPEG; w/h: pixels. FX_EIO if unreadable, FX_EINVAL if neither PNG nor JPEG. */
int fx_image_probe(const char *path, int *png, unsigned *w, unsigned *h);

#endif
