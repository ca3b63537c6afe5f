/*
 * The entry points fx_generate_memory and fx_generate_file: one computed
 * invoice -> its CII XML, its page, and the PDF/A-3b container holding both.
 */
#include <stdlib.h>

#include "core/error.h"
#include "core/file.h"
#include "facturx/cii.h"
#include "facturx/render.h"
#include "generate/generate_internal.h"

/* Returns the profile to write: the option's, else the invoice's, else
 * EN 16931. inv: the invoice; o: checked options (NULL: defaults). */
static fx_profile pick_profile(const fx_invoice *inv, const fx_generate_options *o)
{
	if (o && o->profile != FX_GENERATE_PROFILE_AUTO)
		return (fx_profile)o->profile;
	return inv->has_profile ? inv->profile : FX_PROFILE_EN16931;
}

/* Resolves the creation date into *date and its renderer text into text.
 * o: checked options (NULL: defaults). */
static int pick_date(const fx_generate_options *o, fx_pdf_date *date, char text[FX_GEN_DATE_TEXT])
{
	if (o && o->date) {
		/* Round trip through the text: checks every field of the caller's date. */
		fx_gen_date_text(o->date, text);
		if (fx_generate_resolve_date(text, date) != FX_OK)
			return fx_error_prefix("fx_generate_options.date");
	} else if (fx_generate_resolve_date(NULL, date) != FX_OK) {
		return FX_EUSAGE;
	}
	fx_gen_date_text(date, text);
	return FX_OK;
}

/* Renders the page of inv. o: checked options (NULL: defaults); date: the
 * renderer's creation date text; page/page_len: receive the visual PDF. */
static int render_page(const fx_invoice *inv, const fx_generate_options *o, const char *date,
                       unsigned char **page, size_t *page_len)
{
	fx_render_options r = FX_RENDER_OPTIONS_INIT;
	r.creation_date = date;
	if (o) {
		r.language = o->language;
		r.template_path = o->template_path;
		r.logo_path = o->logo_path;
		r.fonts_path = o->fonts_path;
		r.amount_in_words = o->amount_in_words;
		r.works = o->works;
	}
	return fx_render_pdf_memory(inv, &r, page, page_len);
}

/* Makes the Factur-X file of inv in memory. */
int fx_generate_memory(const fx_invoice *inv, const fx_generate_options *opts, unsigned char **pdf,
                       size_t *len)
{
	if (!inv || !pdf || !len)
		return fx_error_set(FX_EUSAGE, "fx_generate_memory: inv, pdf and len are required");
	int rc = fx_gen_check_options(opts, "fx_generate_memory");
	if (rc)
		return rc;
	if (!inv->totals.grand_total.set || !inv->totals.due.set)
		return fx_error_set(FX_EMISSING,
		                    "invoice %s has no totals (BT-112, BT-115): compute it first "
		                    "(fx_invoice_compute)",
		                    inv->number ? inv->number : "(without BT-1)");
	fx_profile profile = pick_profile(inv, opts);
	fx_pdf_date date;
	char date_text[FX_GEN_DATE_TEXT];
	rc = pick_date(opts, &date, date_text);
	if (rc)
		return rc;

	fx_cii_options c = FX_CII_OPTIONS_INIT;
	c.profile = profile;
	char *xml = NULL;
	size_t xml_len = 0;
	unsigned char *page = NULL;
	size_t page_len = 0;
	fx_gen_meta meta = {0};
	rc = fx_cii_write_memory(inv, &c, &xml, &xml_len);
	if (!rc)
		rc = fx_gen_validate_xml(xml, xml_len, "factur-x.xml", -1, opts);
	if (!rc)
		rc = render_page(inv, opts, date_text, &page, &page_len);
	if (!rc)
		rc = fx_gen_meta_build(inv, profile, opts ? opts->language : NULL, &meta);
	if (!rc) {
		fx_pdf_assemble_options a;
		fx_gen_assemble_options(opts, inv, &meta, &date, &a);
		rc = fx_pdf_assemble(page, page_len, xml, xml_len, profile, &a, pdf, len);
	}
	fx_gen_meta_free(&meta);
	free(page);
	free(xml);
	return rc;
}

/* Makes the Factur-X file of inv and writes it atomically to path. */
int fx_generate_file(const fx_invoice *inv, const fx_generate_options *opts, const char *path)
{
	if (!path)
		return fx_error_set(FX_EUSAGE, "fx_generate_file: no path");
	unsigned char *pdf;
	size_t len;
	int rc = fx_generate_memory(inv, opts, &pdf, &len);
	if (rc)
		return rc;
	rc = fx_file_write_atomic(path, pdf, len);
	free(pdf);
	return rc;
}
