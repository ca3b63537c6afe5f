/*
 * Reading the input file and writing the output file (atomically) or stdout.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Reads all of f into a malloc'ed NUL-terminated buffer; 0 or -1 (errno). */
static int read_stream(FILE *f, char **out, size_t *out_len)
{
	size_t cap = 65536, len = 0;
	char *data = malloc(cap);
	if (!data)
		return -1;
	for (;;) {
		if (cap - len < 2) {
			char *bigger = realloc(data, cap * 2);
			if (!bigger) {
				free(data);
				return -1;
			}
			data = bigger;
			cap *= 2;
		}
		size_t n = fread(data + len, 1, cap - len - 1, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(data);
		errno = EIO;
		return -1;
	}
	data[len] = '\0';
	*out = data;
	*out_len = len;
	return 0;
}

/* Reads path ("-": stdin) entirely; prints the reason on failure. */
int fx_cli_read_input(const char *path, char **out, size_t *out_len)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "facturx: cannot open '%s': %s\n", path, strerror(errno));
		return FX_CLI_EXIT_USAGE;
	}
	int rc = read_stream(f, out, out_len);
	int err = errno;
	if (!is_stdin)
		fclose(f);
	if (rc != 0) {
		fprintf(stderr, "facturx: cannot read '%s': %s\n",
		        is_stdin ? "standard input" : path, strerror(err));
		return FX_CLI_EXIT_USAGE;
	}
	return FX_CLI_EXIT_OK;
}

/* Writes data to standard output and flushes it. */
static int write_stdout(const char *data, size_t len)
{
	if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
		fprintf(stderr, "facturx: cannot write to standard output: %s\n", strerror(errno));
		return FX_CLI_EXIT_USAGE;
	}
	return FX_CLI_EXIT_OK;
}

/* Builds "<dir of path>/.<name>.XXXXXX" for mkstemp; NULL when out of memory. */
static char *temp_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = path + dir_len;
	size_t size = dir_len + 1 + strlen(base) + 8;
	char *tmp = malloc(size);
	if (tmp)
		snprintf(tmp, size, "%.*s.%s.XXXXXX", (int)dir_len, path, base);
	return tmp;
}

/* Writes all of data to the descriptor fd and syncs it; 0 or -1 (errno). */
static int write_fd(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return fsync(fd);
}

/* Writes data to path through a temporary file renamed over it. */
static int write_atomic(const char *path, const char *data, size_t len)
{
	char *tmp = temp_name(path);
	if (!tmp) {
		fprintf(stderr, "facturx: out of memory\n");
		return FX_CLI_EXIT_USAGE;
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		fprintf(stderr, "facturx: cannot write '%s': %s\n", path, strerror(errno));
		free(tmp);
		return FX_CLI_EXIT_USAGE;
	}
	/* mkstemp creates the file 0600: give it the usual mode (0666 less umask). */
	mode_t mask = umask(0);
	umask(mask);
	int rc = fchmod(fd, 0666 & ~mask);
	if (rc == 0)
		rc = write_fd(fd, data, len);
	int err = errno;
	if (close(fd) != 0 && rc == 0) {
		rc = -1;
		err = errno;
	}
	if (rc == 0 && rename(tmp, path) != 0) {
		rc = -1;
		err = errno;
	}
	if (rc != 0) {
		unlink(tmp);
		fprintf(stderr, "facturx: cannot write '%s': %s\n", path, strerror(err));
	}
	free(tmp);
	return rc == 0 ? FX_CLI_EXIT_OK : FX_CLI_EXIT_USAGE;
}

/* Writes data to path, or to stdout for NULL or "-". */
int fx_cli_write_output(const char *path, const char *data, size_t len)
{
	if (!path || strcmp(path, "-") == 0)
		return write_stdout(data, len);
	return write_atomic(path, data, len);
}
