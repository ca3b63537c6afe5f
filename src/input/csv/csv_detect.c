/*
 * Detecting what an export is made of: its encoding (one pass over the
 * whole input), an Excel "sep=" line, and the separator (its first line).
 */
#include <string.h>

#include "core/error.h"
#include "input/csv/csv_internal.h"

/** What the encoding scan finds. */
typedef struct enc_scan {
	unsigned need;        /* UTF-8 continuation bytes still expected */
	unsigned char lo, hi; /* allowed range of the next continuation byte */
	bool utf8_ok;         /* every multi-byte sequence so far is well formed */
	size_t c1;            /* bytes 0x80-0x9F (printable only in Windows-1252) */
	size_t iso15;         /* bytes whose ISO-8859-15 character is common in French
	                       * (euro, oe, OE...) where Latin-1 has a rare sign */
} enc_scan;

/* Range of the first continuation byte after UTF-8 lead byte b (excludes
 * overlong forms, surrogates and code points above U+10FFFF). */
static void utf8_first_range(unsigned char b, enc_scan *s)
{
	s->lo = 0x80;
	s->hi = 0xBF;
	if (b == 0xE0)
		s->lo = 0xA0;
	else if (b == 0xED)
		s->hi = 0x9F;
	else if (b == 0xF0)
		s->lo = 0x90;
	else if (b == 0xF4)
		s->hi = 0x8F;
}

/* Feeds one byte to the UTF-8 check. */
static void utf8_feed(enc_scan *s, unsigned char b)
{
	if (s->need) {
		if (b < s->lo || b > s->hi) {
			s->utf8_ok = false;
			s->need = 0;
			return;
		}
		s->lo = 0x80;
		s->hi = 0xBF;
		s->need--;
		return;
	}
	if (b < 0x80)
		return;
	if (b >= 0xC2 && b <= 0xDF)
		s->need = 1;
	else if (b >= 0xE0 && b <= 0xEF)
		s->need = 2;
	else if (b >= 0xF0 && b <= 0xF4)
		s->need = 3;
	else {
		s->utf8_ok = false;
		return;
	}
	utf8_first_range(b, s);
}

/* Counts one byte for the single-byte guess. */
static void legacy_feed(enc_scan *s, unsigned char b)
{
	if (b >= 0x80 && b <= 0x9F)
		s->c1++;
	switch (b) {
	case 0xA4: /* euro sign / currency sign */
	case 0xA6: /* S caron / broken bar */
	case 0xA8: /* s caron / diaeresis */
	case 0xB4: /* Z caron / acute accent */
	case 0xB8: /* z caron / cedilla */
	case 0xBC: /* OE / one quarter */
	case 0xBD: /* oe / one half */
	case 0xBE: /* Y diaeresis / three quarters */
		s->iso15++;
		break;
	default:
		break;
	}
}

/* Refuses inputs that are not text in an ASCII-compatible encoding, from
 * their first bytes (head/n). */
static int refuse_foreign(const fx_csv_reader *r, const unsigned char *head, size_t n)
{
	if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
		return fx_error_set(
		    FX_EINVAL,
		    "%s: this is a ZIP file (an .xlsx or .ods workbook?), not a CSV "
		    "file: save the sheet as CSV first",
		    r->source);
	if (n >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
		return fx_error_set(FX_EINVAL,
		                    "%s: this is an .xls workbook, not a CSV file: save the sheet "
		                    "as CSV first",
		                    r->source);
	bool bom16 = n >= 2 &&
	             ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
	bool bom32 = n >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF;
	if (bom16 || bom32 || memchr(head, 0, n))
		return fx_error_set(FX_EINVAL,
		                    "%s: the file is in UTF-16 or UTF-32 (or is not text at all): "
		                    "save it as \"CSV UTF-8\" (or CSV in Windows-1252)",
		                    r->source);
	return FX_OK;
}

/* Scans the whole input and chooses its encoding. */
int fx_csv_detect_encoding(fx_csv_reader *r)
{
	uint64_t start = fx_csv_tell(r);
	enc_scan s = {.utf8_ok = true};
	unsigned char head[512];
	size_t n_head = 0;
	bool bom = false;
	while (fx_csv_peek(r) >= 0) {
		const unsigned char *p = r->chunk + r->chunk_pos;
		size_t n = r->chunk_len - r->chunk_pos;
		if (n_head < sizeof head) {
			size_t k = n < sizeof head - n_head ? n : sizeof head - n_head;
			memcpy(head + n_head, p, k);
			n_head += k;
		}
		for (size_t i = 0; i < n; i++) {
			if (p[i] < 0x80 && !s.need)
				continue;
			utf8_feed(&s, p[i]);
			legacy_feed(&s, p[i]);
		}
		r->chunk_pos = r->chunk_len;
	}
	if (r->read_error)
		return fx_error_set(FX_EIO, "cannot read '%s': %s", r->source,
		                    strerror(r->read_error));
	int rc = refuse_foreign(r, head, n_head);
	if (rc < 0)
		return rc;
	bom = n_head >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
	const char *name = "windows-1252";
	if (bom || (s.utf8_ok && !s.need))
		name = "UTF-8";
	else if (!s.c1 && s.iso15)
		name = "ISO-8859-15";
	rc = fx_csv_decoder_init(&r->dec, name);
	if (rc == FX_OK)
		rc = fx_csv_rewind_to(r, start);
	return rc;
}

/* Skips an Excel "sep=X" line. */
int fx_csv_skip_sep_line(fx_csv_reader *r)
{
	uint64_t start = fx_csv_tell(r);
	static const char tag[] = "sep=";
	for (size_t i = 0; i < 4; i++) {
		int c = fx_csv_getc(r);
		if (c < 0 || (c | 0x20) != tag[i])
			return fx_csv_rewind_to(r, start);
	}
	int sep = fx_csv_getc(r);
	int end = fx_csv_getc(r);
	if (sep < 0x09 || sep == '\n' || sep == '\r' || sep == '"' || sep >= 0x80 ||
	    (end != '\n' && end != '\r' && end != -1))
		return fx_csv_rewind_to(r, start);
	if (end == '\r' && fx_csv_peek(r) == '\n')
		fx_csv_getc(r);
	if (!r->sep)
		r->sep = (char)sep;
	r->line = 2;
	return FX_OK;
}

/* Chooses the separator from the first line: the most frequent of ';', tab
 * and ',' outside quotes (in that order of preference on a tie). */
int fx_csv_detect_separator(fx_csv_reader *r)
{
	uint64_t start = fx_csv_tell(r);
	size_t semicolons = 0, tabs = 0, commas = 0, seen = 0;
	bool quoted = false;
	for (int c; (c = fx_csv_getc(r)) >= 0 && seen < FX_CSV_CHUNK; seen++) {
		if (c == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (c == '\n' || c == '\r')
			break;
		else if (c == ';')
			semicolons++;
		else if (c == '\t')
			tabs++;
		else if (c == ',')
			commas++;
	}
	r->sep = ';';
	if (tabs > semicolons && tabs >= commas)
		r->sep = '\t';
	else if (commas > semicolons && commas > tabs)
		r->sep = ',';
	return fx_csv_rewind_to(r, start);
}
