/*
 * Writes the XSD the project derives from its structure material
 * (schemas/cii-structure.txt, compiled into the library) for one schema:
 * DIR/rsm.xsd (the main file), DIR/ram.xsd, DIR/qdt.xsd, DIR/udt.xsd.
 *
 * Usage: structure_xsd SCHEMA DIR
 *   SCHEMA: a profile name (minimum, basicwl, basic, en16931, extended) or
 *   d16b (UN/CEFACT CII D16B). Then e.g. xmllint --schema DIR/rsm.xsd FILE.
 * Exit status: 0 written, 1 error, 2 usage.
 */
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/file.h"
#include "facturx.h"
#include "validate/structure.h"

/* Writes the four files of schema s into dir. */
static int write_all(int s, const char *dir)
{
	const fx_st_model *m = fx_st_model_get();
	if (!m) {
		fprintf(stderr, "structure_xsd: the built-in structure material cannot be read\n");
		return 1;
	}
	for (int ns = 0; ns < FX_ST_NS_COUNT; ns++) {
		fx_buf b = {0};
		char path[4096];
		snprintf(path, sizeof path, "%s/%s.xsd", dir, fx_st_ns_prefix[ns]);
		if (fx_st_write_xsd(m, s, ns, &b) != FX_OK ||
		    fx_file_write_atomic(path, b.data, b.len) != FX_OK) {
			fprintf(stderr, "structure_xsd: %s: %s\n", path, fx_error_last()->message);
			fx_buf_free(&b);
			return 1;
		}
		fx_buf_free(&b);
	}
	printf("%s/rsm.xsd: the %s structure\n", dir, fx_st_schema_name(s));
	return 0;
}

/* Parses the arguments and writes the XSD. */
int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s SCHEMA DIR (SCHEMA: a profile name or d16b)\n", argv[0]);
		return 2;
	}
	fx_profile p;
	if (strcmp(argv[1], "d16b") == 0)
		return write_all(FX_ST_D16B, argv[2]);
	if (fx_profile_parse(argv[1], &p) != FX_OK) {
		fprintf(stderr, "structure_xsd: unknown schema '%s'\n", argv[1]);
		return 2;
	}
	return write_all(fx_st_schema(true, p), argv[2]);
}
