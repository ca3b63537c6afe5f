/*
 * Layer 1, file level: the header (ISO 19005-3 6.1.2), what follows the
 * last %%EOF (6.1.3) and the trailer /ID (6.1.3), checked on the raw bytes
 * and the trailer qpdf read.
 */
#include <string.h>

#include "validate/container_internal.h"

/* Bytes searched from the end of the file for the last %%EOF. */
#define EOF_WINDOW 2048

/* Checks the comment line after the header: '%' and at least four bytes
 * above 127 (6.1.2). */
static void check_binary_comment(fx_cont *c)
{
	size_t i = 8;
	if (i < c->len && c->pdf[i] == '\r')
		i++;
	if (i < c->len && c->pdf[i] == '\n')
		i++;
	bool ok = i + 5 <= c->len && c->pdf[i] == '%';
	for (size_t k = 1; ok && k <= 4; k++)
		ok = c->pdf[i + k] > 127;
	if (!ok)
		fx_cont_add(c, "FX-PDF-HEADER", FX_SEVERITY_FATAL,
		            "the header is not followed by a comment of at least four bytes above "
		            "127 (PDF/A-3 6.1.2)",
		            "l'en-tête n'est pas suivi d'un commentaire d'au moins quatre octets "
		            "supérieurs à 127 (PDF/A-3 6.1.2)");
}

/* Checks "%PDF-1.n" (n = 0..7) followed by an end-of-line at offset 0. */
static void check_header(fx_cont *c)
{
	const unsigned char *p = c->pdf;
	bool ok = c->len >= 9 && !memcmp(p, "%PDF-1.", 7) && p[7] >= '0' && p[7] <= '7' &&
	          (p[8] == '\r' || p[8] == '\n');
	if (ok) {
		check_binary_comment(c);
		return;
	}
	char found[9] = "";
	for (size_t i = 0; i < 8 && i < c->len && p[i] >= 0x20 && p[i] < 0x7f; i++)
		found[i] = (char)p[i];
	fx_cont_add(c, "FX-PDF-HEADER", FX_SEVERITY_FATAL,
	            "the file does not start with a PDF 1.0 to 1.7 header (%%PDF-1.n and an "
	            "end of line) as PDF/A-3 requires (found \"%s\")",
	            "le fichier ne commence pas par un en-tête PDF 1.0 à 1.7 (%%PDF-1.n puis une "
	            "fin de ligne) comme l'exige PDF/A-3 (trouvé : « %s »)",
	            found);
}

/* Checks that at most one end-of-line follows the last %%EOF. */
static void check_eof(fx_cont *c)
{
	size_t from = c->len > EOF_WINDOW ? c->len - EOF_WINDOW : 0;
	const unsigned char *last = NULL;
	for (size_t i = from; i + 5 <= c->len; i++)
		if (!memcmp(c->pdf + i, "%%EOF", 5))
			last = c->pdf + i;
	if (!last) {
		fx_cont_add(c, "FX-PDF-EOF", FX_SEVERITY_FATAL,
		            "the file does not end with an %%%%EOF marker",
		            "le fichier ne se termine pas par le marqueur %%%%EOF");
		return;
	}
	size_t after = (size_t)(c->pdf + c->len - (last + 5));
	const unsigned char *t = last + 5;
	bool eol = after == 0 || (after == 1 && (t[0] == '\n' || t[0] == '\r')) ||
	           (after == 2 && t[0] == '\r' && t[1] == '\n');
	if (!eol)
		fx_cont_add(c, "FX-PDF-EOF", FX_SEVERITY_FATAL,
		            "%zu byte(s) follow the last %%%%EOF marker; PDF/A-3 allows only an "
		            "end of line",
		            "%zu octet(s) suivent le dernier marqueur %%%%EOF ; PDF/A-3 n'autorise "
		            "qu'une fin de ligne",
		            after);
}

/* Checks the trailer /ID: an array of two strings. */
static void check_id(fx_cont *c)
{
	qpdf_data q = c->reader->q;
	qpdf_oh trailer = qpdf_get_trailer(q);
	qpdf_oh id = qpdf_oh_get_key_if_dict(q, trailer, "/ID");
	bool ok = qpdf_oh_is_array(q, id) && qpdf_oh_get_array_n_items(q, id) == 2;
	for (int i = 0; ok && i < 2; i++) {
		qpdf_oh part = qpdf_oh_get_array_item(q, id, i);
		ok = qpdf_oh_is_string(q, part);
		qpdf_oh_release(q, part);
	}
	qpdf_oh_release(q, id);
	qpdf_oh_release(q, trailer);
	if (qpdf_has_error(q))
		qpdf_get_error(q);
	if (!ok)
		fx_cont_add(c, "FX-PDF-ID", FX_SEVERITY_FATAL,
		            "the trailer has no /ID array of two strings (PDF/A-3 6.1.3)",
		            "le trailer n'a pas de tableau /ID de deux chaînes (PDF/A-3 6.1.3)");
}

/* File-level rules. */
void fx_cont_check_file(fx_cont *c)
{
	check_header(c);
	check_eof(c);
	if (c->reader)
		check_id(c);
}
