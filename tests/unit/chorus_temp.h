/*
 * Temporary folders for the Chorus Pro unit tests: made private under
 * $TMPDIR (or /tmp) and removed, with what they hold, when the process that
 * made them exits (Check runs each test in a child process).
 * Include this header first: it selects the XSI interfaces (nftw).
 */
#ifndef FX_TEST_CHORUS_TEMP_H
#define FX_TEST_CHORUS_TEMP_H

#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_support.h"

#define CHORUS_TEMP_MAX 32

/** The folders this process made, and which process made each. */
static struct {
	char *dir[CHORUS_TEMP_MAX];
	pid_t owner[CHORUS_TEMP_MAX];
	int n;
	int registered;
} chorus_temps;

/* nftw callback: removes one entry (children first). */
static int chorus_temp_remove(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

/* Removes the folders made by the exiting process. */
static void chorus_temp_cleanup(void)
{
	for (int i = 0; i < chorus_temps.n; i++)
		if (chorus_temps.owner[i] == getpid())
			nftw(chorus_temps.dir[i], chorus_temp_remove, 16, FTW_DEPTH | FTW_PHYS);
}

/* Makes a new private temporary folder named after tag; returns its
 * malloc'ed path. */
static char *chorus_temp_dir(const char *tag)
{
	const char *base = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char name[128];
	snprintf(name, sizeof name, "fx-chorus-%s-XXXXXX", tag);
	char *dir = fx_test_path(base, name);
	ck_assert_ptr_nonnull(mkdtemp(dir));
	if (!chorus_temps.registered) {
		atexit(chorus_temp_cleanup);
		chorus_temps.registered = 1;
	}
	if (chorus_temps.n < CHORUS_TEMP_MAX) {
		chorus_temps.dir[chorus_temps.n] = strdup(dir);
		chorus_temps.owner[chorus_temps.n++] = getpid();
	}
	return dir;
}

#endif
