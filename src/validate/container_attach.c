/*
 * Layer 1, embedded files: the invoice attachment (Factur-X name, /F and
 * /UF, MIME type text/xml, AFRelationship, catalog /AF, declared size),
 * legacy ZUGFeRD 1.0 / 2.0 attachments, and the PDF/A-3 6.8 rules on every
 * other embedded file (MIME type, /F and /UF, AFRelationship, an /AF
 * array).
 */
#include <stdlib.h>
#include <string.h>

#include "pdf/pdf_internal.h"
#include "validate/container_internal.h"

/* Object numbers listed in the catalog's and the pages' /AF arrays. */
typedef struct af_set {
	int *ids;
	size_t count, cap;
} af_set;

/* Adds the indirect entries of array af to set. */
static void af_collect(qpdf_data q, qpdf_oh af, af_set *set)
{
	int n = qpdf_oh_is_array(q, af) ? qpdf_oh_get_array_n_items(q, af) : 0;
	for (int i = 0; i < n; i++) {
		qpdf_oh it = qpdf_oh_get_array_item(q, af, i);
		if (qpdf_oh_is_indirect(q, it)) {
			if (set->count == set->cap) {
				size_t cap = set->cap ? set->cap * 2 : 16;
				int *ids = realloc(set->ids, cap * sizeof *ids);
				if (!ids) {
					qpdf_oh_release(q, it);
					return;
				}
				set->ids = ids;
				set->cap = cap;
			}
			set->ids[set->count++] = qpdf_oh_get_object_id(q, it);
		}
		qpdf_oh_release(q, it);
	}
}

/* The /AF arrays of the catalog and of every page. */
static af_set af_arrays(qpdf_data q)
{
	af_set set = {0};
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh af = qpdf_oh_get_key(q, root, "/AF");
	af_collect(q, af, &set);
	qpdf_oh_release(q, af);
	qpdf_oh_release(q, root);
	int pages = qpdf_get_num_pages(q);
	for (int p = 0; p < pages; p++) {
		qpdf_oh page = qpdf_get_page_n(q, (size_t)p);
		af = qpdf_oh_get_key(q, page, "/AF");
		af_collect(q, af, &set);
		qpdf_oh_release(q, af);
		qpdf_oh_release(q, page);
	}
	if (qpdf_has_error(q))
		qpdf_get_error(q);
	return set;
}

/* True when object id is in set. */
static bool af_has(const af_set *set, int id)
{
	for (size_t i = 0; id > 0 && i < set->count; i++)
		if (set->ids[i] == id)
			return true;
	return false;
}

/* The UTF-8 text of key of the file spec of attachment i (malloc'ed). */
static char *spec_text(fx_cont *c, size_t i, const char *key)
{
	qpdf_data q = c->reader->q;
	qpdf_oh v = qpdf_oh_get_key_if_dict(q, c->reader->specs[i], key);
	char *t = fx_qpdf_text_dup(q, v, NULL);
	qpdf_oh_release(q, v);
	return t;
}

/* Finds the invoice attachment; legacy flavours are reported. */
void fx_cont_find_invoice(fx_cont *c)
{
	c->has_invoice = fx_pdf_reader_find_invoice(c->reader, &c->invoice, &c->flavour) == FX_OK;
	if (!c->has_invoice) {
		fx_cont_add(c, "FX-PDF-ATTACHMENT", FX_SEVERITY_FATAL,
		            "the PDF embeds no factur-x.xml (%zu embedded file(s))",
		            "le PDF n'incorpore pas de factur-x.xml (%zu fichier(s) incorporé(s))",
		            fx_pdf_reader_attachment_count(c->reader));
		return;
	}
	const char *name = fx_pdf_reader_attachment(c->reader, c->invoice)->name;
	if (c->flavour == FX_PDF_FLAVOUR_ZUGFERD1 || c->flavour == FX_PDF_FLAVOUR_ZUGFERD2) {
		const char *what =
		    c->flavour == FX_PDF_FLAVOUR_ZUGFERD1 ? "ZUGFeRD 1.0" : "ZUGFeRD 2.0";
		fx_cont_add(
		    c, "FX-PDF-LEGACY", FX_SEVERITY_INFO,
		    "legacy %s file: it embeds %s (described in the %s XMP schema); its "
		    "XML is validated below",
		    "fichier %s (ancien format) : il incorpore %s (décrit par le schéma XMP "
		    "%s) ; son XML est validé ci-dessous",
		    what, name, what);
		fx_cont_add(
		    c, "FX-PDF-ATTACHMENT", FX_SEVERITY_FATAL,
		    "the PDF embeds no factur-x.xml: %s is the attachment of %s, not of "
		    "Factur-X",
		    "le PDF n'incorpore pas de factur-x.xml : %s est la pièce jointe de %s, "
		    "pas de Factur-X",
		    name, what);
	}
}

/* Checks that /F and /UF are both the expected name. */
static void check_names(fx_cont *c)
{
	const char *want = fx_pdf_flavour_file_name(c->flavour);
	const char *keys[] = {"/F", "/UF"};
	for (size_t k = 0; k < 2; k++) {
		char *v = spec_text(c, c->invoice, keys[k]);
		if (!v || strcmp(v, want))
			fx_cont_add(c, "FX-PDF-NAME", FX_SEVERITY_FATAL,
			            "the file specification's %s is \"%s\" instead of %s",
			            "la spécification de fichier a %s = « %s » au lieu de %s",
			            keys[k], v ? v : "", want);
		free(v);
	}
}

/* The rules on the invoice's file spec and stream. */
static void check_invoice(fx_cont *c)
{
	const fx_pdf_attachment *a = fx_pdf_reader_attachment(c->reader, c->invoice);
	check_names(c);
	if (strcmp(a->mime_type, "text/xml"))
		fx_cont_add(c, "FX-PDF-MIME", FX_SEVERITY_FATAL,
		            "the MIME type (/Subtype) of %s is \"%s\" instead of text/xml",
		            "le type MIME (/Subtype) de %s est « %s » au lieu de text/xml", a->name,
		            a->mime_type);
	if (!*a->relationship_name)
		fx_cont_add(c, "FX-PDF-AFRELATIONSHIP", FX_SEVERITY_FATAL,
		            "the file specification of %s has no /AFRelationship (PDF/A-3 6.8)",
		            "la spécification de fichier de %s n'a pas de /AFRelationship (PDF/A-3 "
		            "6.8)",
		            a->name);
	else if (a->relationship != FX_PDF_REL_DATA && a->relationship != FX_PDF_REL_SOURCE &&
	         a->relationship != FX_PDF_REL_ALTERNATIVE)
		fx_cont_add(c, "FX-PDF-AFRELATIONSHIP", FX_SEVERITY_FATAL,
		            "the /AFRelationship of %s is /%s; Factur-X allows Data, Source or "
		            "Alternative",
		            "l'/AFRelationship de %s est /%s ; Factur-X autorise Data, Source ou "
		            "Alternative",
		            a->name, a->relationship_name);
	else if (c->level && (!strcmp(c->level, "MINIMUM") || !strcmp(c->level, "BASIC WL")) &&
	         a->relationship != FX_PDF_REL_DATA)
		fx_cont_add(c, "FX-PDF-AFRELATIONSHIP", FX_SEVERITY_WARNING,
		            "the /AFRelationship of %s is /%s; Factur-X asks for Data at level %s",
		            "l'/AFRelationship de %s est /%s ; Factur-X demande Data au niveau %s",
		            a->name, a->relationship_name, c->level);
	if (!a->in_catalog_af)
		fx_cont_add(
		    c, "FX-PDF-AF", FX_SEVERITY_FATAL,
		    "the file specification of %s is not listed in the catalog's /AF array",
		    "la spécification de fichier de %s n'est pas listée dans le tableau /AF "
		    "du catalogue",
		    a->name);
}

/* PDF/A-3 6.8 on one other embedded file. */
static void check_other(fx_cont *c, size_t i, const af_set *af)
{
	const fx_pdf_attachment *a = fx_pdf_reader_attachment(c->reader, i);
	char *f = spec_text(c, i, "/F");
	char *uf = spec_text(c, i, "/UF");
	const char *en = NULL, *fr = NULL;
	if (!*a->mime_type) {
		en = "has no MIME type (/Subtype)";
		fr = "n'a pas de type MIME (/Subtype)";
	} else if (!f || !uf) {
		en = "lacks /F or /UF";
		fr = "n'a pas /F ou /UF";
	} else if (!*a->relationship_name) {
		en = "has no /AFRelationship";
		fr = "n'a pas d'/AFRelationship";
	} else if (!af_has(af, a->object)) {
		en = "is not listed in an /AF array";
		fr = "n'est listé dans aucun tableau /AF";
	}
	if (en)
		fx_cont_add(c, "FX-PDF-EMBEDDED-FILE", FX_SEVERITY_FATAL,
		            "the embedded file %s %s (PDF/A-3 6.8)",
		            "le fichier incorporé %s %s (PDF/A-3 6.8)", a->name,
		            fx_report_is_french(c->report) ? fr : en);
	free(f);
	free(uf);
}

/* Warns when another invoice XML is attached as well. */
static void check_single(fx_cont *c, size_t i)
{
	const char *name = fx_pdf_reader_attachment(c->reader, i)->name;
	for (int f = FX_PDF_FLAVOUR_FACTURX; f <= FX_PDF_FLAVOUR_XRECHNUNG; f++)
		if (!strcmp(name, fx_pdf_flavour_file_name((fx_pdf_flavour)f)))
			fx_cont_add(
			    c, "FX-PDF-ATTACHMENT", FX_SEVERITY_WARNING,
			    "another invoice XML, %s, is embedded as well; it is not validated",
			    "un autre XML de facture, %s, est aussi incorporé ; il n'est pas "
			    "validé",
			    name);
}

/* Embedded files. */
void fx_cont_check_attachments(fx_cont *c)
{
	if (c->has_invoice)
		check_invoice(c);
	af_set af = af_arrays(c->reader->q);
	size_t n = fx_pdf_reader_attachment_count(c->reader);
	for (size_t i = 0; i < n; i++) {
		if (c->has_invoice && i == c->invoice)
			continue;
		check_other(c, i, &af);
		if (c->has_invoice)
			check_single(c, i);
	}
	free(af.ids);
}
