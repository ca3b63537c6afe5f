/*
 * Output file names from invoice numbers: letters (ASCII or not), digits,
 * '-', '_' and '.' are kept; anything else (slashes, spaces, quotes,
 * control characters) becomes '_'; a leading '.' too, so no name is hidden
 * or goes up a folder.
 */
#include <string.h>

#include "batch/batch_source.h"
#include "core/utf8.h"

/* True when ASCII character c is kept as it is. */
static bool keep_ascii(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '_' || c == '.';
}

/* Writes the file name of number to buf. */
void fx_bfile_name(const char *number, char *buf, size_t size)
{
	const size_t max = size > 5 ? size - 5 : 0; /* room for ".pdf" and NUL */
	size_t n = 0, len = strlen(number);
	for (size_t i = 0; i < len && n < max;) {
		const unsigned char *u = (const unsigned char *)number + i;
		if (*u < 0x80) {
			bool keep = keep_ascii(*u) && !(n == 0 && *u == '.');
			buf[n++] = keep ? (char)*u : '_';
			i++;
			continue;
		}
		size_t k = fx_utf8_valid_len(u, len - i);
		if (!k || n + k > max) {
			buf[n++] = '_';
			i += k ? k : 1;
			continue;
		}
		memcpy(buf + n, u, k);
		n += k;
		i += k;
	}
	if (n == 0 && max)
		buf[n++] = '_';
	memcpy(buf + n, ".pdf", 5);
}
