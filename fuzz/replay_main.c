/*
 * A plain main() for the fuzz targets: runs every file of the given
 * directories (or the given files) through LLVMFuzzerTestOneInput, so the
 * corpus is replayed by the regular test suite with any compiler.
 * Built with FX_REPLAY_JSON_RULES (the JSON corpus), files named "ok-*"
 * must also be accepted by fx_json_read_memory and files named "err-*"
 * refused with FX_EINVAL.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "facturx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads a whole file; returns NULL on failure. */
static uint8_t *replay_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	uint8_t *buf = malloc(cap);
	while (buf) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		uint8_t *bigger = realloc(buf, cap * 2);
		if (!bigger) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = bigger;
		cap *= 2;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* Checks the expectation its name gives a corpus file; returns 0 if met. */
static int replay_expect(const char *name, const uint8_t *data, size_t len)
{
#ifndef FX_REPLAY_JSON_RULES
	(void)name;
	(void)data;
	(void)len;
	return 0;
#else
	int want_ok = strncmp(name, "ok-", 3) == 0;
	int want_err = strncmp(name, "err-", 4) == 0;
	if (!want_ok && !want_err)
		return 0;
	fx_invoice *inv = NULL;
	int rc = fx_json_read_memory((const char *)data, len, name, &inv);
	fx_invoice_free(inv);
	if (want_ok && rc != FX_OK) {
		fprintf(stderr, "%s: should be accepted: %s\n", name, fx_error_last()->message);
		return 1;
	}
	if (want_err && rc != FX_EINVAL) {
		fprintf(stderr, "%s: should be refused with FX_EINVAL, got %d\n", name, rc);
		return 1;
	}
	return 0;
#endif
}

/* Runs one file; returns the number of failed expectations. */
static int replay_file(const char *path, const char *name)
{
	size_t len = 0;
	uint8_t *data = replay_read(path, &len);
	if (!data) {
		fprintf(stderr, "%s: cannot read\n", path);
		return 1;
	}
	LLVMFuzzerTestOneInput(data, len);
	int failed = replay_expect(name, data, len);
	free(data);
	return failed;
}

/* Runs every regular file of a directory, in name order. */
static int replay_dir(const char *dir, int *count)
{
	struct dirent **names = NULL;
	int n = scandir(dir, &names, NULL, alphasort);
	if (n < 0) {
		fprintf(stderr, "%s: cannot list\n", dir);
		return 1;
	}
	int failed = 0;
	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
		if (names[i]->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
			failed += replay_file(path, names[i]->d_name);
			(*count)++;
		}
		free(names[i]);
	}
	free(names);
	return failed;
}

/* Replays the directories or files given as arguments. */
int main(int argc, char **argv)
{
	int failed = 0, count = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			failed += replay_dir(argv[i], &count);
		} else {
			const char *slash = strrchr(argv[i], '/');
			failed += replay_file(argv[i], slash ? slash + 1 : argv[i]);
			count++;
		}
	}
	printf("replayed %d inputs, %d failed expectations\n", count, failed);
	return failed || count == 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
