/*
 * Helpers shared by the Check unit tests.
 */
#include "test_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Returns the shared folder when it exists. */
const char *fx_test_shared_dir(void)
{
	static char path[4096];
	const char *env = getenv("FX_SHARED_DIR");
	const char *dir = env && *env ? env : FX_SHARED_DIR;
	struct stat st;
	char probe[4200];
	snprintf(probe, sizeof probe, "%s/reference", dir);
	if (stat(probe, &st) != 0 || !S_ISDIR(st.st_mode))
		return NULL;
	snprintf(path, sizeof path, "%s", dir);
	return path;
}

/* Joins dir and rel. */
char *fx_test_path(const char *dir, const char *rel)
{
	size_t n = strlen(dir) + strlen(rel) + 2;
	char *p = malloc(n);
	ck_assert_ptr_nonnull(p);
	snprintf(p, n, "%s/%s", dir, rel);
	return p;
}

/* Reads a file or fails the test. */
char *fx_test_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(buf);
	size_t got = fread(buf, 1, (size_t)n, f);
	fclose(f);
	ck_assert_msg(got == (size_t)n, "short read on %s", path);
	buf[n] = '\0';
	if (len)
		*len = (size_t)n;
	return buf;
}

/* Runs a suite. */
int fx_test_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Exits 77 when the shared folder is missing. */
void fx_test_require_shared(const char *what)
{
	if (!fx_test_shared_dir()) {
		printf("SKIPPED: %s needs ../shared (the reference material), which is absent\n",
		       what);
		exit(FX_TEST_SKIP);
	}
}
