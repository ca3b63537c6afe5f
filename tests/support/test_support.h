/*
 * Helpers shared by the Check unit tests.
 */
#ifndef FX_TEST_SUPPORT_H
#define FX_TEST_SUPPORT_H

#include <check.h>
#include <stddef.h>

/* Exit status that ctest reports as "skipped" (the test needs ../shared). */
#define FX_TEST_SKIP 77

/* Returns the absolute path of the shared reference folder, or NULL when it
 * is absent (tests that need it then exit with FX_TEST_SKIP). */
const char *fx_test_shared_dir(void);

/* Returns a malloc'ed "<dir>/<rel>" path. */
char *fx_test_path(const char *dir, const char *rel);

/* Reads a whole file into a malloc'ed NUL-terminated buffer (aborts the
 * test on failure). len may be NULL. */
char *fx_test_read(const char *path, size_t *len);

/* Runs suite s with Check and returns the process exit status. */
int fx_test_run(Suite *s);

/* Skips the whole program (exit 77) when ../shared is absent, printing why. */
void fx_test_require_shared(const char *what);

#endif
