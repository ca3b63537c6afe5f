/*
 * Writing the PDFs of a run: each one to a temporary file in the output
 * folder, renamed over its name once complete (a reader never sees half a
 * file), without an fsync per file; the run flushes the whole file system
 * once at its end (syncfs), which costs one disk flush instead of one per
 * invoice.
 */
#define _GNU_SOURCE
#include "batch/batch_run.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"

/* Writes all of data to fd; 0 or -1 (errno). */
static int write_all(int fd, const unsigned char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Writes data to path through a temporary file renamed over it. */
int fx_br_write_file(const char *path, const unsigned char *data, size_t len)
{
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	if (!tmp)
		return fx_error_oom();
	snprintf(tmp, n, "%.*s.%s.XXXXXX", (int)dir, path, path + dir);
	int fd = mkstemp(tmp);
	int rc = fd < 0 ? -1 : 0;
	if (rc == 0) {
		mode_t mask = umask(0);
		umask(mask);
		rc = fchmod(fd, 0666 & ~mask);
	}
	if (rc == 0)
		rc = write_all(fd, data, len);
	int err = errno;
	if (fd >= 0 && close(fd) != 0 && rc == 0) {
		rc = -1;
		err = errno;
	}
	if (rc == 0 && rename(tmp, path) != 0) {
		rc = -1;
		err = errno;
	}
	if (rc != 0) {
		if (fd >= 0)
			unlink(tmp);
		free(tmp);
		return fx_error_set(FX_EIO, "cannot write '%s': %s", path, strerror(err));
	}
	free(tmp);
	return FX_OK;
}

/* Flushes the file system of folder dir to disk. */
int fx_br_sync(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return fx_error_set(FX_EIO, "cannot open the folder '%s': %s", dir,
		                    strerror(errno));
	int rc = syncfs(fd);
	int err = errno;
	close(fd);
	if (rc != 0)
		return fx_error_set(FX_EIO, "cannot flush '%s' to disk: %s", dir, strerror(err));
	return FX_OK;
}
