/*
 * Reading the Chorus Pro configuration file: it holds secrets, so it must
 * be private to its owner; its lines are "key = value".
 */
#define _DEFAULT_SOURCE /* explicit_bzero */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chorus/config_internal.h"
#include "chorus/util.h"
#include "core/error.h"

#define MAX_CONFIG_BYTES (64 * 1024)

/* Checks that the open file fd at path is a regular file of the user that
 * gives no access to group or others. */
static int check_private(int fd, const char *path)
{
	struct stat st;
	if (fstat(fd, &st) != 0)
		return fx_error_set(FX_EIO, "%s: %s", path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return fx_error_set(FX_EIO, "%s: not a regular file", path);
	if (st.st_uid != geteuid())
		return fx_error_set(FX_EIO,
		                    "%s: refused: the file belongs to another user (uid %ld); it "
		                    "holds secrets and must be yours",
		                    path, (long)st.st_uid);
	if (st.st_mode & 077)
		return fx_error_set(FX_EIO,
		                    "%s: refused: mode %04o lets other users read it; it holds "
		                    "secrets: run 'chmod 600 %s'",
		                    path, (unsigned)(st.st_mode & 07777), path);
	if (st.st_size > MAX_CONFIG_BYTES)
		return fx_error_set(FX_EIO, "%s: larger than %d bytes", path, MAX_CONFIG_BYTES);
	return FX_OK;
}

/* Reads the whole open file fd into a malloc'ed NUL-terminated buffer. */
static int read_all(int fd, const char *path, char **out)
{
	char *data = malloc(MAX_CONFIG_BYTES + 1);
	if (!data)
		return fx_error_oom();
	size_t len = 0;
	for (;;) {
		ssize_t n = read(fd, data + len, MAX_CONFIG_BYTES - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			free(data);
			return fx_error_set(FX_EIO, "%s: %s", path, strerror(errno));
		}
		if (n == 0 || len + (size_t)n == MAX_CONFIG_BYTES) {
			len += (size_t)n;
			break;
		}
		len += (size_t)n;
	}
	data[len] = '\0';
	*out = data;
	return FX_OK;
}

/* Removes the blanks at both ends of s (in place) and returns it. */
static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/* Applies one line (number lineno) of the file path to cfg. */
static int apply_line(fx_chorus_config *cfg, const char *path, int lineno, char *line)
{
	line = trim(line);
	if (line[0] == '\0' || line[0] == '#')
		return FX_OK;
	char *eq = strchr(line, '=');
	if (!eq)
		return fx_error_set(FX_EINVAL, "%s:%d: expected 'key = value'", path, lineno);
	*eq = '\0';
	char *key = trim(line);
	char *value = trim(eq + 1);
	size_t n = strlen(value);
	if (n >= 2 && value[0] == '"' && value[n - 1] == '"') {
		value[n - 1] = '\0';
		value++;
	}
	if (fx_chorus_config_set(cfg, key, value) != FX_OK)
		return fx_error_prefix("%s:%d", path, lineno);
	return FX_OK;
}

/* Reads the configuration file. */
int fx_chorus_config_read_file(fx_chorus_config *cfg, const char *path, bool must_exist)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT && !must_exist)
			return FX_OK;
		return fx_error_set(FX_EIO, "%s: cannot open the configuration: %s", path,
		                    strerror(errno));
	}
	char *data = NULL;
	int rc = check_private(fd, path);
	if (rc == FX_OK)
		rc = read_all(fd, path, &data);
	close(fd);
	if (rc != FX_OK)
		return rc;
	char *p = data;
	if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
	    (unsigned char)p[2] == 0xBF)
		p += 3;
	int lineno = 0;
	while (rc == FX_OK && *p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		rc = apply_line(cfg, path, ++lineno, p);
		p = nl ? nl + 1 : p + strlen(p);
	}
	explicit_bzero(data, MAX_CONFIG_BYTES + 1);
	free(data);
	if (rc == FX_OK)
		rc = fx_chorus_config_set_file(cfg, path);
	return rc;
}
