/*
 * Writing the Factur-X file of a plain PDF (direct assembly): the objects
 * of the input copied as they are, the catalog rewritten with /Metadata,
 * /OutputIntents, /Names /EmbeddedFiles and /AF, the new Info dictionary
 * (in place of the old one when nothing else refers to it), the XMP stream
 * (uncompressed), the output intent and its ICC profile, each embedded file
 * and its file specification, one name tree leaf; then a new cross-reference
 * table and a trailer whose /ID is a hash of everything before it. The
 * parts and their values are those of the qpdf path (assemble.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "pdf/direct.h"
#include "pdf/pdf_obj.h"

/** Object numbers of the new parts. */
typedef struct numbers {
	int info, metadata, intent, icc, tree;
	int first_file; /* file i: stream first_file + 2i, its file spec + 1 */
	int total;      /* objects are 1..total */
} numbers;

/* Appends " N 0 R". */
static void put_ref(fx_buf *b, int num)
{
	fx_buf_append(b, " ", 1);
	fx_pdf_int(b, num);
	fx_buf_puts(b, " 0 R");
}

/* Appends "/Key (text)" when text is not NULL. */
static void put_text(fx_buf *b, const char *key, const char *text)
{
	if (!text)
		return;
	fx_buf_puts(b, key);
	fx_buf_append(b, " ", 1);
	fx_pdf_text(b, text);
	fx_buf_append(b, "\n", 1);
}

/* Writes the catalog in place of the old one. */
static void write_catalog(fx_pdfw *w, const fx_direct_in *in, const numbers *nb, size_t n)
{
	fx_buf *b = &w->b;
	fx_pdfw_obj(w, in->root);
	fx_buf_puts(b, "<< /Type /Catalog /Pages");
	put_ref(b, in->pages);
	fx_buf_puts(b, "\n/Metadata");
	put_ref(b, nb->metadata);
	fx_buf_puts(b, " /OutputIntents [");
	put_ref(b, nb->intent);
	fx_buf_puts(b, " ]\n/Names << /EmbeddedFiles");
	put_ref(b, nb->tree);
	fx_buf_puts(b, " >>\n/AF [");
	for (size_t i = 0; i < n; i++)
		put_ref(b, nb->first_file + 2 * (int)i + 1);
	fx_buf_puts(b, " ] >>");
	fx_pdfw_endobj(w);
}

/* Writes the Info dictionary, the XMP stream, the output intent and its profile. */
static int write_document_parts(fx_pdfw *w, const fx_pdf_plan *plan, const numbers *nb,
                                const fx_pdf_icc *icc)
{
	const fx_pdf_meta *m = &plan->meta;
	fx_buf *b = &w->b;
	fx_pdfw_obj(w, nb->info);
	fx_buf_puts(b, "<<\n");
	put_text(b, "/Title", m->title);
	put_text(b, "/Author", m->author);
	put_text(b, "/Subject", m->subject);
	put_text(b, "/Keywords", m->keywords);
	put_text(b, "/Creator", m->creator);
	put_text(b, "/Producer", m->producer);
	put_text(b, "/CreationDate", m->pdf_date);
	put_text(b, "/ModDate", m->pdf_date);
	fx_buf_puts(b, ">>");
	fx_pdfw_endobj(w);
	fx_buf xmp = {0};
	int rc = fx_pdf_xmp_build(m, &xmp);
	if (rc >= 0)
		rc = fx_pdfw_stream(w, nb->metadata, "/Type /Metadata /Subtype /XML", xmp.data,
		                    xmp.len, 0);
	fx_buf_free(&xmp);
	fx_pdfw_obj(w, nb->intent);
	fx_buf_puts(b, "<< /Type /OutputIntent /S /GTS_PDFA1\n"
	               "/OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1)\n"
	               "/RegistryName (http://www.color.org) /DestOutputProfile");
	put_ref(b, nb->icc);
	fx_buf_puts(b, " >>");
	fx_pdfw_endobj(w);
	if (rc >= 0)
		rc = fx_pdfw_stream(w, nb->icc, "/N 3 /Filter /FlateDecode", icc->z.data,
		                    icc->z.len, 0);
	return rc;
}

/* Writes embedded file i: its stream and its file specification. */
static int write_file(fx_pdfw *w, const fx_embed_spec *s, int num)
{
	fx_buf d = {0};
	fx_buf_puts(&d, "/Type /EmbeddedFile /Subtype ");
	fx_pdf_name(&d, s->mime_type);
	fx_buf_puts(&d, "\n/Params << /Size ");
	fx_pdf_int(&d, (long)s->len);
	fx_buf_puts(&d, " /CreationDate ");
	fx_pdf_text(&d, s->pdf_date);
	fx_buf_puts(&d, " /ModDate ");
	fx_pdf_text(&d, s->pdf_date);
	fx_buf_puts(&d, " >> /Filter /FlateDecode");
	int rc = d.failed ? fx_error_oom() : fx_pdfw_stream(w, num, d.data, s->z.data, s->z.len, 0);
	fx_buf_free(&d);
	fx_buf *b = &w->b;
	fx_pdfw_obj(w, num + 1);
	fx_buf_puts(b, "<< /Type /Filespec\n");
	put_text(b, "/F", s->name);
	put_text(b, "/UF", s->name);
	put_text(b, "/Desc", s->description);
	fx_buf_puts(b, "/AFRelationship ");
	fx_pdf_name(b, fx_pdf_relationship_name(s->relationship));
	fx_buf_puts(b, "\n/EF << /F");
	put_ref(b, num);
	fx_buf_puts(b, " /UF");
	put_ref(b, num);
	fx_buf_puts(b, " >> >>");
	fx_pdfw_endobj(w);
	return rc;
}

/** A name tree key (the encoded file name) and its file spec. */
typedef struct tree_key {
	fx_buf bytes;
	int spec;
} tree_key;

/* Orders keys by their bytes (qsort callback): the order of a name tree. */
static int cmp_key(const void *a, const void *b)
{
	const fx_buf *x = &((const tree_key *)a)->bytes, *y = &((const tree_key *)b)->bytes;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = n ? memcmp(x->data, y->data, n) : 0;
	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Writes the one-leaf name tree of the embedded files. */
static int write_tree(fx_pdfw *w, const fx_embed_spec *specs, size_t n, const numbers *nb)
{
	tree_key *keys = calloc(n, sizeof *keys);
	if (!keys)
		return fx_error_oom();
	for (size_t i = 0; i < n; i++) {
		fx_pdf_text_bytes(&keys[i].bytes, specs[i].name);
		keys[i].spec = nb->first_file + 2 * (int)i + 1;
	}
	qsort(keys, n, sizeof *keys, cmp_key);
	fx_buf *b = &w->b;
	fx_pdfw_obj(w, nb->tree);
	fx_buf_puts(b, "<< /Names [");
	int failed = 0;
	for (size_t i = 0; i < n; i++) {
		fx_buf_append(b, "\n", 1);
		const unsigned char *k =
		    (const unsigned char *)(keys[i].bytes.data ? keys[i].bytes.data : "");
		if (keys[i].bytes.len >= 2 && k[0] == 0xFE && k[1] == 0xFF)
			fx_pdf_bytes(b, k, keys[i].bytes.len); /* UTF-16: hexadecimal */
		else
			fx_pdf_literal(b, k, keys[i].bytes.len);
		put_ref(b, keys[i].spec);
		failed |= keys[i].bytes.failed;
		fx_buf_free(&keys[i].bytes);
	}
	fx_buf_puts(b, " ] >>");
	fx_pdfw_endobj(w);
	free(keys);
	return failed ? fx_error_oom() : FX_OK;
}

/* Mixes the bits of h (the finaliser of MurmurHash3). */
static uint64_t fmix(uint64_t h)
{
	h ^= h >> 33;
	h *= UINT64_C(0xff51afd7ed558ccd);
	h ^= h >> 33;
	h *= UINT64_C(0xc4ceb9fe1a85ec53);
	return h ^ (h >> 33);
}

/* Computes the file identifier: a 128-bit hash of data (two multiplicative
 * lanes over little-endian 64-bit words, then mixed with the length). */
static void file_id(const unsigned char *data, size_t len, unsigned char id[16])
{
	uint64_t a = UINT64_C(0x9e3779b97f4a7c15), b = UINT64_C(0x6a09e667f3bcc909);
	for (size_t i = 0; i < len; i += 8) {
		uint64_t w = 0;
		for (size_t k = 0; k < 8 && i + k < len; k++)
			w |= (uint64_t)data[i + k] << (8 * k);
		a = (a ^ w) * UINT64_C(0x100000001b3);
		a ^= a >> 29;
		b = (b + w) * UINT64_C(0xbf58476d1ce4e5b9);
		b ^= b >> 31;
	}
	a = fmix(a ^ len);
	b = fmix(b ^ a);
	for (int i = 0; i < 8; i++) {
		id[i] = (unsigned char)(a >> (56 - 8 * i));
		id[8 + i] = (unsigned char)(b >> (56 - 8 * i));
	}
}

/* Numbers the new objects. */
static void number(const fx_direct_in *in, size_t n, numbers *nb)
{
	int next = in->size;
	nb->info = in->info && !in->refd[in->info] ? in->info : next++;
	nb->metadata = next++;
	nb->intent = next++;
	nb->icc = next++;
	nb->tree = next++;
	nb->first_file = next;
	nb->total = next - 1 + 2 * (int)n;
}

/* Writes the file. */
int fx_direct_write(const fx_direct_in *in, const fx_pdf_plan *plan, const fx_embed_spec *specs,
                    size_t n, const fx_pdf_icc *icc, unsigned char **out, size_t *out_len)
{
	numbers nb;
	number(in, n, &nb);
	fx_pdfw w;
	int rc = fx_pdfw_init(&w, nb.total);
	for (int k = 1; k < in->size && rc >= 0; k++) {
		if (k == in->root || k == nb.info)
			continue;
		w.offs[k] = w.b.len;
		fx_buf_append(&w.b, (const char *)in->p + in->objs[k].off, in->objs[k].len);
	}
	if (rc >= 0) {
		write_catalog(&w, in, &nb, n);
		rc = write_document_parts(&w, plan, &nb, icc);
	}
	for (size_t i = 0; i < n && rc >= 0; i++)
		rc = write_file(&w, &specs[i], nb.first_file + 2 * (int)i);
	if (rc >= 0)
		rc = write_tree(&w, specs, n, &nb);
	if (rc >= 0 && w.b.failed)
		rc = fx_error_oom();
	if (rc >= 0) {
		unsigned char id[16];
		file_id((const unsigned char *)w.b.data, w.b.len, id);
		rc = fx_pdfw_finish(&w, in->root, nb.info, id, out, out_len);
	}
	fx_pdfw_free(&w);
	return rc;
}

/* Assembles a plain PDF directly. */
int fx_pdf_direct_assemble(const void *pdf, size_t len, const fx_pdf_plan *plan,
                           const fx_embed_spec *specs, size_t n, const fx_pdf_icc *icc,
                           unsigned char **out, size_t *out_len)
{
	fx_direct_in in;
	int rc = fx_direct_parse(pdf, len, &in);
	if (rc == FX_ENOMEM)
		rc = fx_error_oom();
	else if (rc == FX_OK)
		rc = fx_direct_write(&in, plan, specs, n, icc, out, out_len);
	fx_direct_free(&in);
	return rc;
}
