/*
 * Layer 1, lexical rules on the raw bytes (ISO 19005-3 6.1.7.1, 6.1.9):
 * each indirect object starts with "N G obj" and an end of line; a stream
 * keyword is followed by CRLF or LF; exactly /Length bytes of data follow,
 * then an end of line and "endstream". qpdf reads files that break these
 * rules without a word, so the objects are found by scanning the bytes:
 * an object header at the start of a line, whose object qpdf knows; the
 * data of a stream is skipped by its /Length, so that bytes inside streams
 * are never taken for headers. Only the last header of an object number is
 * judged (incremental updates).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf/pdf_internal.h"
#include "validate/container_internal.h"

/* Objects judged at most (larger files are judged on their first ones). */
#define SYNTAX_MAX_OBJECTS 1000000
/* Problems listed in the finding. */
#define SYNTAX_SHOWN 3

/* What is wrong with one object. */
enum syntax_problem {
	SYNTAX_OK = 0,
	SYNTAX_OBJ_EOL,       /* "obj" not followed by an end of line */
	SYNTAX_STREAM_EOL,    /* "stream" not followed by CRLF or LF */
	SYNTAX_ENDSTREAM_EOL, /* "endstream" not preceded by an end of line */
	SYNTAX_LENGTH         /* /Length is not the number of bytes before endstream */
};

/* The object judged at each number (last header wins). */
typedef struct syntax_scan {
	unsigned char *problem; /* enum syntax_problem per object number */
	size_t count;           /* object numbers covered */
} syntax_scan;

/* True for an end-of-line byte. */
static bool is_eol(unsigned char c)
{
	return c == '\r' || c == '\n';
}

/* True for PDF white space. */
static bool is_white(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0;
}

/* Reads "N G obj" at p; returns the length of "N G" and sets num/gen, or 0. */
static size_t read_header(const unsigned char *p, size_t n, long *num, long *gen)
{
	size_t i = 0;
	long a = 0, b = 0;
	while (i < n && i < 8 && p[i] >= '0' && p[i] <= '9')
		a = a * 10 + (p[i++] - '0');
	if (i == 0 || i >= n || p[i] != ' ')
		return 0;
	size_t j = ++i;
	while (i < n && i - j < 6 && p[i] >= '0' && p[i] <= '9')
		b = b * 10 + (p[i++] - '0');
	if (i == j || i + 4 > n || memcmp(p + i, " obj", 4) != 0)
		return 0;
	*num = a;
	*gen = b;
	return i;
}

/* The /Length of object num/gen when it is a stream, else -1. */
static long long stream_length(qpdf_data q, long num, long gen)
{
	qpdf_oh o = qpdf_get_object_by_id(q, (int)num, (int)gen);
	long long len = -1;
	if (qpdf_oh_is_stream(q, o)) {
		qpdf_oh d = qpdf_oh_get_dict(q, o);
		qpdf_oh l = qpdf_oh_get_key_if_dict(q, d, "/Length");
		if (!qpdf_oh_get_value_as_longlong(q, l, &len) || len < 0)
			len = -1;
		qpdf_oh_release(q, l);
		qpdf_oh_release(q, d);
	}
	qpdf_oh_release(q, o);
	if (qpdf_has_error(q))
		qpdf_get_error(q);
	return len;
}

/* Judges the stream whose header ends at from; *next receives where the
 * scan goes on. */
static enum syntax_problem judge_stream(const unsigned char *pdf, size_t n, size_t from,
                                        long long length, size_t *next)
{
	const unsigned char *kw = NULL;
	for (size_t i = from; i + 6 <= n && !kw; i++) {
		if (!memcmp(pdf + i, "endobj", 6))
			break;
		if (!memcmp(pdf + i, "stream", 6) && (i == 0 || pdf[i - 1] != 'd'))
			kw = pdf + i;
	}
	if (!kw)
		return SYNTAX_OK; /* the dictionary says stream, the bytes do not: qpdf repairs */
	size_t data = (size_t)(kw - pdf) + 6;
	enum syntax_problem p = SYNTAX_OK;
	if (data + 1 < n && pdf[data] == '\r' && pdf[data + 1] == '\n')
		data += 2;
	else if (data < n && pdf[data] == '\n')
		data += 1;
	else
		p = SYNTAX_STREAM_EOL;
	if ((unsigned long long)length > n - data) {
		*next = data;
		return p ? p : SYNTAX_LENGTH;
	}
	size_t end = data + (size_t)length;
	*next = end;
	if (p)
		return p;
	if (end + 9 <= n && !memcmp(pdf + end, "endstream", 9))
		return SYNTAX_ENDSTREAM_EOL;
	size_t k = end;
	if (k < n && pdf[k] == '\r')
		k++;
	if (k < n && pdf[k] == '\n')
		k++;
	if (k == end || k + 9 > n || memcmp(pdf + k, "endstream", 9) != 0)
		return SYNTAX_LENGTH;
	return SYNTAX_OK;
}

/* Scans the file and judges every object header found. */
static void scan(fx_cont *c, syntax_scan *s)
{
	const unsigned char *pdf = c->pdf;
	size_t n = c->len;
	for (size_t i = 0; i < n;) {
		long num, gen;
		size_t h =
		    (i == 0 || is_eol(pdf[i - 1])) ? read_header(pdf + i, n - i, &num, &gen) : 0;
		if (!h || num <= 0 || (size_t)num >= s->count) {
			i++;
			continue;
		}
		size_t after = i + h + 4; /* past " obj" */
		enum syntax_problem p = SYNTAX_OK;
		if (after < n && !is_eol(pdf[after])) {
			unsigned char b = pdf[after];
			bool token_ends =
			    is_white(b) || b == '<' || b == '[' || b == '/' || b == '(';
			if (!token_ends) { /* " obj" inside a longer word: not a header */
				i++;
				continue;
			}
			p = SYNTAX_OBJ_EOL;
		}
		size_t next = after;
		long long length = stream_length(c->reader->q, num, gen);
		if (length >= 0) {
			enum syntax_problem sp = judge_stream(pdf, n, after, length, &next);
			if (!p)
				p = sp;
		}
		s->problem[num] = (unsigned char)p;
		i = next > i ? next : i + 1;
	}
}

/* The English / French text of a problem. */
static const char *problem_text(enum syntax_problem p, bool french)
{
	switch (p) {
	case SYNTAX_OBJ_EOL:
		return french ? "obj n'est pas suivi d'une fin de ligne"
		              : "obj is not followed by an end of line";
	case SYNTAX_STREAM_EOL:
		return french ? "stream n'est pas suivi de CRLF ou LF"
		              : "stream is not followed by CRLF or LF";
	case SYNTAX_ENDSTREAM_EOL:
		return french ? "endstream n'est pas précédé d'une fin de ligne"
		              : "endstream is not preceded by an end of line";
	case SYNTAX_LENGTH:
		return french ? "/Length ne correspond pas aux octets avant endstream"
		              : "/Length is not the number of bytes before endstream";
	default:
		return "";
	}
}

/* The lexical rules of 6.1.7.1 and 6.1.9. */
void fx_cont_check_syntax(fx_cont *c)
{
	qpdf_data q = c->reader->q;
	qpdf_oh trailer = qpdf_get_trailer(q);
	qpdf_oh size = qpdf_oh_get_key_if_dict(q, trailer, "/Size");
	long long objects = 0;
	if (!qpdf_oh_get_value_as_longlong(q, size, &objects) || objects < 0)
		objects = 0;
	qpdf_oh_release(q, size);
	qpdf_oh_release(q, trailer);
	syntax_scan s = {NULL,
	                 (size_t)(objects < SYNTAX_MAX_OBJECTS ? objects : SYNTAX_MAX_OBJECTS)};
	if (s.count == 0)
		return;
	s.problem = calloc(s.count, 1);
	if (!s.problem) {
		c->rc = FX_ENOMEM;
		return;
	}
	scan(c, &s);
	bool french = fx_report_is_french(c->report);
	char msg[512] = "";
	size_t bad = 0, len = 0;
	for (size_t num = 1; num < s.count; num++) {
		if (!s.problem[num])
			continue;
		if (bad++ < SYNTAX_SHOWN)
			len += (size_t)snprintf(
			    msg + len, sizeof msg - len,
			    french ? "%sobjet %zu : %s" : "%sobject %zu: %s", len ? "; " : "", num,
			    problem_text((enum syntax_problem)s.problem[num], french));
		if (len >= sizeof msg)
			len = sizeof msg - 1;
	}
	free(s.problem);
	if (!bad)
		return;
	if (bad > SYNTAX_SHOWN)
		snprintf(msg + len, sizeof msg - len, " (+%zu)", bad - SYNTAX_SHOWN);
	fx_cont_add(
	    c, "FX-PDF-SYNTAX", FX_SEVERITY_FATAL,
	    "%zu object(s) break the lexical rules of PDF/A-3 (6.1.7.1, 6.1.9): %s",
	    "%zu objet(s) enfreignent les règles lexicales de PDF/A-3 (6.1.7.1, 6.1.9) : %s", bad,
	    msg);
}
