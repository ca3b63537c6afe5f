/*
 * Turning the raw bytes of a field into UTF-8: UTF-8 input is checked,
 * single-byte input (Windows-1252, ISO-8859-15, ...) is converted through a
 * table that ICU fills once per reader.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>

#include "core/error.h"
#include "core/utf8.h"
#include "input/csv/csv_internal.h"

/* Writes code point cp (< 0x10000) as UTF-8 to out; returns the length. */
static unsigned char encode_bmp(uint32_t cp, unsigned char *out)
{
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char)(0xC0 | (cp >> 6));
		out[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (unsigned char)(0xE0 | (cp >> 12));
	out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	out[2] = (unsigned char)(0x80 | (cp & 0x3F));
	return 3;
}

/* Fills the table of a single-byte ICU converter; FX_EUSAGE when the
 * encoding is not single-byte and ASCII-compatible. */
static int fill_table(fx_csv_decoder *dec, UConverter *cnv, const char *name)
{
	if (ucnv_getMaxCharSize(cnv) != 1)
		return fx_error_set(
		    FX_EUSAGE,
		    "encoding '%s' is not supported (expected UTF-8 or a single-byte "
		    "encoding such as windows-1252 or ISO-8859-15)",
		    name);
	UErrorCode err = U_ZERO_ERROR;
	ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	for (unsigned b = 0; b < 256; b++) {
		char in = (char)b;
		UChar u[4];
		err = U_ZERO_ERROR;
		ucnv_reset(cnv);
		int32_t n = ucnv_toUChars(cnv, u, 4, &in, 1, &err);
		bool mapped = U_SUCCESS(err) && n == 1 && (u[0] < 0xD800 || u[0] > 0xDFFF);
		if (b < 0x80 && (!mapped || u[0] != b))
			return fx_error_set(
			    FX_EUSAGE, "encoding '%s' is not supported: it is not ASCII-compatible",
			    name);
		dec->table_len[b] = mapped ? encode_bmp(u[0], dec->table[b]) : 0;
	}
	return FX_OK;
}

/* Sets up the decoder of an encoding. */
int fx_csv_decoder_init(fx_csv_decoder *dec, const char *name)
{
	memset(dec, 0, sizeof *dec);
	snprintf(dec->name, sizeof dec->name, "%s", name);
	if (strcasecmp(name, "UTF-8") == 0 || strcasecmp(name, "UTF8") == 0) {
		snprintf(dec->name, sizeof dec->name, "UTF-8");
		dec->utf8 = true;
		return FX_OK;
	}
	UErrorCode err = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(name, &err);
	if (U_FAILURE(err) || !cnv)
		return fx_error_set(FX_EUSAGE,
		                    "unknown encoding '%s' (expected UTF-8, windows-1252, "
		                    "ISO-8859-15 or another ICU encoding name)",
		                    name);
	int rc = fill_table(dec, cnv, name);
	ucnv_close(cnv);
	return rc;
}

/* Records the first problem of the record. */
void fx_csv_problem(fx_csv_reader *r, size_t f, unsigned long line, const char *fmt, ...)
{
	if (r->has_problem)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->problem, sizeof r->problem, fmt, ap);
	va_end(ap);
	r->has_problem = true;
	r->problem_field = f;
	r->problem_line = line;
}

/* Makes room for n more bytes of text. */
static int reserve(fx_csv_reader *r, size_t n)
{
	if (r->text_len + n + 1 <= r->text_cap)
		return FX_OK;
	size_t cap = r->text_cap ? r->text_cap : 256;
	while (cap < r->text_len + n + 1)
		cap *= 2;
	char *p = realloc(r->text, cap);
	if (!p)
		return fx_error_oom();
	r->text = p;
	r->text_cap = cap;
	return FX_OK;
}

/* Appends UTF-8 bytes, replacing malformed sequences by U+FFFD. */
static int append_utf8(fx_csv_reader *r, const unsigned char *raw, size_t len, size_t f,
                       unsigned long line)
{
	int rc = reserve(r, len * 3);
	if (rc < 0)
		return rc;
	char *out = r->text + r->text_len;
	for (size_t i = 0; i < len;) {
		size_t k = raw[i] < 0x80 ? 1 : fx_utf8_valid_len(raw + i, len - i);
		if (k) {
			memcpy(out, raw + i, k);
			out += k;
			i += k;
			continue;
		}
		fx_csv_problem(r, f, line,
		               "byte 0x%02X is not UTF-8 (is the file in Windows-1252? then give "
		               "the encoding)",
		               raw[i]);
		memcpy(out, "\xEF\xBF\xBD", 3);
		out += 3;
		i++;
	}
	r->text_len = (size_t)(out - r->text);
	return FX_OK;
}

/* Appends raw bytes converted to UTF-8. */
int fx_csv_append(fx_csv_reader *r, const unsigned char *raw, size_t len, size_t f,
                  unsigned long line)
{
	if (r->dec.utf8)
		return append_utf8(r, raw, len, f, line);
	int rc = reserve(r, len * 3);
	if (rc < 0)
		return rc;
	char *out = r->text + r->text_len;
	for (size_t i = 0; i < len; i++) {
		unsigned char b = raw[i];
		if (b < 0x80) {
			*out++ = (char)b;
			continue;
		}
		unsigned n = r->dec.table_len[b];
		if (!n) {
			fx_csv_problem(r, f, line, "byte 0x%02X has no character in %s", b,
			               r->dec.name);
			memcpy(out, "\xEF\xBF\xBD", 3);
			out += 3;
			continue;
		}
		memcpy(out, r->dec.table[b], n);
		out += n;
	}
	r->text_len = (size_t)(out - r->text);
	return FX_OK;
}
