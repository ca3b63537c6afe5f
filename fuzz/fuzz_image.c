/*
 * Fuzz target for the logo reader (PNG, JPEG): any bytes are read as an
 * image; when accepted, the image must be consistent (size, data present).
 * Built with libFuzzer (fuzz/CMakeLists.txt) or with replay_main.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "render/image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads data as a logo image. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fx_image img;
	if (fx_image_read(data, size, "fuzz", &img) != 0)
		return 0;
	if (img.w == 0 || img.h == 0 || img.data.len == 0 || img.dict.len == 0) {
		fprintf(stderr, "fuzz_image: accepted image with %ux%u, %zu data bytes\n", img.w,
			img.h, img.data.len);
		abort();
	}
	fx_image_free(&img);
	return 0;
}
