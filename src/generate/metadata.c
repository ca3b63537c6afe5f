/*
 * The document metadata of a generated file (title, subject, keywords,
 * author) and the container options made from the generate options.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "generate/generate_internal.h"

/** The name of a document type in French and in English. */
typedef struct doc_kind {
	const char *code; /* BT-3, UNTDID 1001 */
	const char *fr;
	const char *en;
} doc_kind;

static const doc_kind kinds[] = {
    {"380", "Facture", "Invoice"},
    {"381", "Avoir", "Credit note"},
    {"384", "Facture rectificative", "Corrected invoice"},
    {"386", "Facture d'acompte", "Prepayment invoice"},
    {"389", "Autofacture", "Self-billed invoice"},
    {"261", "Avoir autofacturé", "Self-billed credit note"},
};

/* Returns the document name of type code (NULL: an invoice) in French (fr
 * non-zero) or English. */
static const char *kind_name(const char *code, int fr)
{
	for (size_t i = 0; code && i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kinds[i].code, code) == 0)
			return fr ? kinds[i].fr : kinds[i].en;
	return fr ? kinds[0].fr : kinds[0].en;
}

/* Appends "<kind> <number>" to b. */
static void put_title(fx_buf *b, const fx_invoice *inv, int fr)
{
	fx_buf_puts(b, kind_name(inv->type_code, fr));
	if (inv->number)
		fx_buf_printf(b, " %s", inv->number);
}

/* Appends the subject: what, of when, from whom, to whom, for how much. */
static void put_subject(fx_buf *b, const fx_invoice *inv, fx_profile profile, int fr)
{
	put_title(b, inv, fr);
	if (!fx_date_is_absent(inv->issue_date)) {
		char day[16];
		fx_date_format(inv->issue_date, 1, day, sizeof day);
		fx_buf_printf(b, fr ? " du %s" : " of %s", day);
	}
	if (inv->seller.name)
		fx_buf_printf(b, fr ? ", vendeur %s" : ", seller %s", inv->seller.name);
	if (inv->buyer.name)
		fx_buf_printf(b, fr ? ", acheteur %s" : ", buyer %s", inv->buyer.name);
	if (inv->totals.grand_total.set) {
		char amount[FX_DECIMAL_STRLEN];
		fx_decimal_format(inv->totals.grand_total, amount, sizeof amount);
		fx_buf_printf(b, fr ? ", total TTC %s %s" : ", total %s %s", amount,
		              inv->currency ? inv->currency : "");
	}
	fx_buf_printf(b, " (Factur-X %s)", fx_profile_name(profile));
}

/* Appends the keywords, separated by ", ". */
static void put_keywords(fx_buf *b, const fx_invoice *inv, fx_profile profile, int fr)
{
	fx_buf_printf(b, "Factur-X, %s, %s", fx_profile_name(profile),
	              fr ? "facture électronique" : "electronic invoice");
	if (inv->number)
		fx_buf_printf(b, ", %s", inv->number);
	if (inv->seller.name)
		fx_buf_printf(b, ", %s", inv->seller.name);
}

/* Builds the default texts. */
int fx_gen_meta_build(const fx_invoice *inv, fx_profile profile, const char *language,
                      fx_gen_meta *out)
{
	int fr = !language || strncmp(language, "en", 2) != 0;
	fx_buf t = {0}, s = {0}, k = {0};
	put_title(&t, inv, fr);
	put_subject(&s, inv, profile, fr);
	put_keywords(&k, inv, profile, fr);
	if (t.failed || s.failed || k.failed || !t.data || !s.data || !k.data) {
		fx_buf_free(&t);
		fx_buf_free(&s);
		fx_buf_free(&k);
		return fx_error_oom();
	}
	out->title = fx_buf_detach(&t, NULL);
	out->subject = fx_buf_detach(&s, NULL);
	out->keywords = fx_buf_detach(&k, NULL);
	return FX_OK;
}

/* Frees the texts. */
void fx_gen_meta_free(fx_gen_meta *m)
{
	free(m->title);
	free(m->subject);
	free(m->keywords);
	memset(m, 0, sizeof *m);
}

/* Fills the container options. */
void fx_gen_assemble_options(const fx_generate_options *opts, const fx_invoice *inv,
                             const fx_gen_meta *meta, const fx_pdf_date *date,
                             fx_pdf_assemble_options *out)
{
	static const fx_generate_options defaults = FX_GENERATE_OPTIONS_INIT;
	const fx_generate_options *o = opts ? opts : &defaults;
	fx_pdf_assemble_options_init(out, FX_PDF_ASSEMBLE_OPTIONS_VERSION);
	out->xml_relationship = o->xml_relationship;
	out->title = o->title ? o->title : meta->title;
	out->author = o->author ? o->author : inv->seller.name;
	out->subject = o->subject ? o->subject : meta->subject;
	out->keywords = o->keywords ? o->keywords : meta->keywords;
	out->creator = o->creator ? o->creator : "facturx " FX_VERSION_STRING;
	out->date = date;
	out->attachments = o->attachments;
	out->attachment_count = o->attachment_count;
}
