/*
 * Reading a plain PDF for the direct assembly, and checking every rule that
 * copying its objects as they are must not break: one classic cross-
 * reference table, each object "N 0 obj" + EOL at its offset after an EOL,
 * "endobj" between EOLs, "stream" + CRLF or LF, the exact direct /Length
 * and an EOL before "endstream" (PDF/A 6.1.7.1, 6.1.9). Anything else is
 * FX_PDF_DIRECT_UNSUPPORTED: qpdf takes over.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/direct.h"

#define NO FX_PDF_DIRECT_UNSUPPORTED
#define MAX_OBJECTS 100000

/* True for an end-of-line byte. */
static int is_eol(unsigned char c)
{
	return c == '\n' || c == '\r';
}

/* Reads the decimal number at p[*i] (at most 15 digits); -1 if none. */
static long long read_uint(const unsigned char *p, size_t len, size_t *i)
{
	long long v = 0;
	size_t start = *i;
	while (*i < len && p[*i] >= '0' && p[*i] <= '9' && *i - start < 15)
		v = v * 10 + (p[(*i)++] - '0');
	return *i > start ? v : -1;
}

/** What the trailer and the catalog give. */
typedef struct keys {
	fx_direct_in *in;
	int bad;
} keys;

/* Trailer entries: /Size, /Root, /Info, /ID only. */
static int trailer_entry(void *ctx, fx_lex *x)
{
	keys *k = ctx;
	int size = fx_lex_is(x, "/Size"), root = fx_lex_is(x, "/Root"),
	    info = fx_lex_is(x, "/Info");
	int id = fx_lex_is(x, "/ID");
	fx_lex_kind v = fx_lex_value(x);
	if (size && v == FX_LEX_INT && x->num > 1 && x->num <= MAX_OBJECTS)
		k->in->size = (int)x->num;
	else if ((root || info) && v == FX_LEX_REF && x->gen == 0 && x->num > 0 &&
	         x->num < MAX_OBJECTS)
		*(root ? &k->in->root : &k->in->info) = (int)x->num;
	else if (!id || v == FX_LEX_ERROR)
		k->bad = 1;
	return k->bad;
}

/* Catalog entries: /Type /Catalog and /Pages only. */
static int catalog_entry(void *ctx, fx_lex *x)
{
	keys *k = ctx;
	int type = fx_lex_is(x, "/Type"), pages = fx_lex_is(x, "/Pages");
	fx_lex_kind v = fx_lex_value(x);
	if (type && v == FX_LEX_NAME && fx_lex_is(x, "/Catalog"))
		return 0;
	if (pages && v == FX_LEX_REF && x->gen == 0 && x->num > 0) {
		k->in->pages = (int)x->num;
		return 0;
	}
	k->bad = 1;
	return 1;
}

/** One object's dictionary: its direct /Length. */
typedef struct stream_len {
	long long length; /* -1: none */
	int bad;
} stream_len;

/* Object dictionary entries: notes /Length (an indirect one is refused). */
static int object_entry(void *ctx, fx_lex *x)
{
	stream_len *s = ctx;
	int is_len = fx_lex_is(x, "/Length");
	fx_lex_kind v = fx_lex_value(x);
	if (is_len && v == FX_LEX_INT)
		s->length = x->num;
	else if (is_len || v == FX_LEX_ERROR)
		s->bad = 1;
	return s->bad;
}

/* Checks "endobj" between EOLs at x and sets the object's end after its EOL. */
static int end_object(fx_lex *x, fx_direct_obj *o)
{
	fx_lex_skip(x);
	if (!is_eol(x->p[x->i - 1]) || !fx_lex_word(x, "endobj") || x->i >= x->end ||
	    !is_eol(x->p[x->i]))
		return NO;
	x->i += x->p[x->i] == '\r' && x->i + 1 < x->end && x->p[x->i + 1] == '\n' ? 2 : 1;
	o->len = x->i - o->off;
	return 0;
}

/* Checks the stream after a dictionary (x just after "stream"). */
static int stream_body(fx_lex *x, long long length)
{
	if (length < 0)
		return NO;
	if (fx_lex_word(x, "\r\n") == 0 && fx_lex_word(x, "\n") == 0)
		return NO;
	if ((unsigned long long)length > x->end - x->i)
		return NO;
	x->i += (size_t)length;
	/* data ending in CR then an LF would read as a CRLF end of line */
	int cr = length > 0 && x->p[x->i - 1] == '\r';
	if (!fx_lex_word(x, "\r\n") && (cr || !fx_lex_word(x, "\n")) && !fx_lex_word(x, "\r"))
		return NO;
	return fx_lex_word(x, "endstream") ? 0 : NO;
}

/* Checks object num at o->off (before end) and notes its references. */
static int check_object(fx_direct_in *in, int num, fx_direct_obj *o, size_t end)
{
	const unsigned char *p = in->p;
	size_t i = o->off;
	if (i == 0 || !is_eol(p[i - 1]) || read_uint(p, end, &i) != num || i + 6 > end ||
	    memcmp(p + i, " 0 obj", 6) != 0 || i + 6 >= end || !is_eol(p[i + 6]))
		return NO;
	fx_lex x = {p, i + 6, end, in->refd, (size_t)in->size, 0, 0, 0, 0, 0};
	fx_lex_skip(&x);
	if (x.i + 1 < end && p[x.i] == '<' && p[x.i + 1] == '<') {
		stream_len s = {-1, 0};
		if (fx_lex_dict(&x, object_entry, &s) || s.bad)
			return NO;
		fx_lex_skip(&x);
		if (fx_lex_word(&x, "stream") && stream_body(&x, s.length))
			return NO;
	} else if (fx_lex_value(&x) == FX_LEX_ERROR) {
		return NO;
	}
	return end_object(&x, o);
}

/** An object's number and offset, to check the objects in file order. */
typedef struct by_off {
	size_t off;
	int num;
} by_off;

/* Orders by offset (qsort callback). */
static int cmp_off(const void *a, const void *b)
{
	size_t x = ((const by_off *)a)->off, y = ((const by_off *)b)->off;
	return x < y ? -1 : x > y;
}

/* Reads the xref table at xref (n entries, all in use but 0); *trailer
 * receives where the trailer dictionary starts. */
static int read_xref(fx_direct_in *in, size_t xref, size_t *trailer)
{
	const unsigned char *p = in->p;
	size_t i = xref + 4;
	while (i < in->len && is_eol(p[i]))
		i++;
	long long first = read_uint(p, in->len, &i);
	if (first != 0 || i >= in->len || p[i++] != ' ')
		return NO;
	long long n = read_uint(p, in->len, &i);
	while (i < in->len && (p[i] == ' ' || is_eol(p[i])))
		i++;
	if (n < 2 || n > MAX_OBJECTS || (size_t)n * 20 > in->len - i)
		return NO;
	in->size = (int)n;
	in->objs = calloc((size_t)n, sizeof *in->objs);
	in->refd = calloc((size_t)n, 1);
	if (!in->objs || !in->refd)
		return FX_ENOMEM;
	for (int k = 1; k < n; k++) {
		const unsigned char *e = p + i + 20 * (size_t)k;
		size_t at = 0;
		long long off = read_uint(e, 10, &at);
		if (at != 10 || memcmp(e + 10, " 00000 n", 8) != 0 || off <= 0 ||
		    (size_t)off >= xref)
			return NO;
		in->objs[k].off = (size_t)off;
	}
	*trailer = i + 20 * (size_t)n;
	return 0;
}

/* Checks every object, in file order (each ends before the next begins). */
static int check_objects(fx_direct_in *in, size_t xref)
{
	by_off *order = malloc((size_t)in->size * sizeof *order);
	if (!order)
		return FX_ENOMEM;
	for (int k = 1; k < in->size; k++)
		order[k - 1] = (by_off){in->objs[k].off, k};
	qsort(order, (size_t)in->size - 1, sizeof *order, cmp_off);
	int rc = 0;
	for (int k = 0; k + 1 < in->size && !rc; k++) {
		size_t end = k + 2 < in->size ? order[k + 1].off : xref;
		rc = order[k].off < end
		         ? check_object(in, order[k].num, &in->objs[order[k].num], end)
		         : NO;
	}
	free(order);
	return rc;
}

/* Reads the trailer (no /Prev, /Encrypt, /XRefStm: only one plain revision). */
static int read_trailer(fx_direct_in *in, size_t at, size_t xref)
{
	fx_lex x = {in->p, at, in->len, NULL, 0, 0, 0, 0, 0, 0};
	fx_lex_skip(&x);
	keys k = {in, 0};
	int n = in->size;
	in->size = 0;
	if (!fx_lex_word(&x, "trailer") || fx_lex_dict(&x, trailer_entry, &k) || k.bad ||
	    in->size != n || !in->root || in->root >= n || in->info >= n)
		return NO;
	fx_lex_skip(&x);
	if (!fx_lex_word(&x, "startxref"))
		return NO;
	fx_lex_skip(&x);
	size_t i = x.i;
	return read_uint(in->p, in->len, &i) == (long long)xref ? 0 : NO;
}

/* Reads the catalog: only /Type /Catalog and /Pages. */
static int read_catalog(fx_direct_in *in)
{
	const fx_direct_obj *o = &in->objs[in->root];
	fx_lex x = {in->p, o->off, o->off + o->len, NULL, 0, 0, 0, 0, 0, 0};
	while (x.i < x.end && in->p[x.i] != '\n' && in->p[x.i] != '\r')
		x.i++; /* past "N 0 obj" */
	keys k = {in, 0};
	if (fx_lex_dict(&x, catalog_entry, &k) || k.bad || !in->pages || in->pages >= in->size ||
	    in->pages == in->root || in->pages == in->info)
		return NO;
	fx_lex_skip(&x);
	return fx_lex_word(&x, "endobj") ? 0 : NO;
}

/* Reads a plain PDF. */
int fx_direct_parse(const unsigned char *pdf, size_t len, fx_direct_in *in)
{
	memset(in, 0, sizeof *in);
	in->p = pdf;
	in->len = len;
	if (len < 32 || memcmp(pdf, "%PDF-1.", 7) != 0 || pdf[7] < '0' || pdf[7] > '7' ||
	    !is_eol(pdf[8]))
		return NO;
	/* the last "startxref" in the last 1 KB, then "%%EOF" */
	size_t from = len > 1024 ? len - 1024 : 0, sx = 0;
	for (size_t i = from; i + 9 <= len; i++)
		if (memcmp(pdf + i, "startxref", 9) == 0)
			sx = i;
	size_t i = sx + 9;
	while (i < len && (is_eol(pdf[i]) || pdf[i] == ' '))
		i++;
	long long xref = sx ? read_uint(pdf, len, &i) : -1;
	if (xref <= 0 || (size_t)xref + 4 > len || memcmp(pdf + xref, "xref", 4) != 0)
		return NO;
	size_t trailer;
	int rc = read_xref(in, (size_t)xref, &trailer);
	if (!rc)
		rc = read_trailer(in, trailer, (size_t)xref);
	if (!rc)
		rc = check_objects(in, (size_t)xref);
	if (!rc)
		rc = read_catalog(in);
	return rc;
}

/* Frees the parse. */
void fx_direct_free(fx_direct_in *in)
{
	free(in->objs);
	free(in->refd);
	memset(in, 0, sizeof *in);
}
