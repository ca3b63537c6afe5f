/*
 * Whole-file reading and atomic writing.
 */
#include "core/file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/error.h"

/* Reads a whole file. */
int fx_file_read(const char *path, char **out, size_t *out_len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return fx_error_set(FX_EIO, "%s: cannot open: %s", path, strerror(errno));
	size_t cap = 65536, len = 0;
	char *data = malloc(cap);
	if (!data) {
		fclose(f);
		return fx_error_oom();
	}
	for (;;) {
		size_t n = fread(data + len, 1, cap - len - 1, f);
		len += n;
		if (n == 0)
			break;
		if (cap - len - 1 == 0) {
			char *p = realloc(data, cap * 2);
			if (!p) {
				free(data);
				fclose(f);
				return fx_error_oom();
			}
			data = p;
			cap *= 2;
		}
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		free(data);
		return fx_error_set(FX_EIO, "%s: read error", path);
	}
	data[len] = '\0';
	*out = data;
	*out_len = len;
	return 0;
}

/* Creates a new temporary file beside path, named path.tmpXXXXXX, with
 * mode 0666 less the umask (like any file the user creates); tmp receives
 * its name. Returns the descriptor, or -1 with errno set. */
static int create_temporary(const char *path, char *tmp, size_t size)
{
	static _Atomic unsigned counter;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	unsigned seed = (unsigned)getpid() * 2654435761u ^ (unsigned)ts.tv_nsec;
	for (int attempt = 0; attempt < 100; attempt++) {
		unsigned v = seed + counter++ * 40503u;
		snprintf(tmp, size, "%s.tmp%06x", path, v & 0xFFFFFFu);
		int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

/* Writes a file through a temporary file and a rename. */
int fx_file_write_atomic(const char *path, const void *data, size_t len)
{
	size_t plen = strlen(path);
	char *tmp = malloc(plen + 16);
	if (!tmp)
		return fx_error_oom();
	int fd = create_temporary(path, tmp, plen + 16);
	if (fd < 0) {
		int e = errno;
		free(tmp);
		return fx_error_set(FX_EIO, "%s: cannot create a temporary file: %s", path,
				    strerror(e));
	}
	const char *p = data;
	size_t left = len;
	while (left > 0) {
		ssize_t n = write(fd, p, left);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			unlink(tmp);
			free(tmp);
			return fx_error_set(FX_EIO, "%s: write error: %s", path, strerror(e));
		}
		p += n;
		left -= (size_t)n;
	}
	if (fsync(fd) != 0 || close(fd) != 0) {
		int e = errno;
		unlink(tmp);
		free(tmp);
		return fx_error_set(FX_EIO, "%s: write error: %s", path, strerror(e));
	}
	if (rename(tmp, path) != 0) {
		int e = errno;
		unlink(tmp);
		free(tmp);
		return fx_error_set(FX_EIO, "%s: cannot rename the temporary file: %s", path,
				    strerror(e));
	}
	free(tmp);
	return 0;
}
