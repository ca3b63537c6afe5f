/*
 * The facts of an invoice file that the deposit and the journal need: its
 * hash, and from its XML the number, date, parties and Chorus references.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chorus/util.h"
#include "core/error.h"
#include "core/sha256.h"
#include "facturx/chorus.h"
#include "facturx/cii.h"
#include "facturx/invoice.h"
#include "facturx/pdf.h"

/* Returns the SIRET of party p: an identifier with scheme 0009, else a
 * 14-digit legal identifier; NULL when it has none. */
static const char *party_siret(const fx_party *p)
{
	for (size_t i = 0; i < p->n_identifiers; i++)
		if (p->identifiers[i].scheme && strcmp(p->identifiers[i].scheme, "0009") == 0 &&
		    fx_ch_is_siret(p->identifiers[i].id))
			return p->identifiers[i].id;
	return fx_ch_is_siret(p->legal_id.id) ? p->legal_id.id : NULL;
}

/* Copies s into *field when s is a non-empty string; false when out of memory. */
static bool copy(char **field, const char *s)
{
	if (!s || !s[0])
		return true;
	*field = fx_ch_strdup(s);
	return *field != NULL;
}

/* Fills info from the invoice model. */
static int fill(fx_chorus_invoice_info *info, const fx_invoice *inv)
{
	bool ok = copy(&info->number, inv->number) && copy(&info->type_code, inv->type_code) &&
	          copy(&info->buyer_siret, party_siret(&inv->buyer)) &&
	          copy(&info->seller_siret, party_siret(&inv->seller)) &&
	          copy(&info->service_code, inv->buyer_reference) &&
	          copy(&info->engagement, inv->purchase_order_ref);
	if (ok && inv->issue_date.year > 0) {
		info->issue_date = fx_ch_printf("%04d-%02d-%02d", inv->issue_date.year,
		                                inv->issue_date.month, inv->issue_date.day);
		ok = info->issue_date != NULL;
	}
	return ok ? FX_OK : fx_error_oom();
}

/* Gets the XML of data: the file itself, or the invoice a PDF carries
 * (*owned then receives the malloc'ed copy). */
static int invoice_xml(const void *data, size_t len, const char *source, const char **xml,
                       size_t *xml_len, unsigned char **owned)
{
	*owned = NULL;
	if (len < 5 || memcmp(data, "%PDF-", 5) != 0) {
		*xml = data;
		*xml_len = len;
		return FX_OK;
	}
	fx_pdf_reader *r = NULL;
	int rc = fx_pdf_reader_open_memory(data, len, source, NULL, &r);
	if (rc == FX_OK)
		rc = fx_pdf_reader_extract_invoice(r, owned, xml_len, NULL);
	fx_pdf_reader_free(r);
	if (rc == FX_OK)
		*xml = (const char *)*owned;
	return rc;
}

/* Reads the facts of an invoice file. */
int fx_chorus_invoice_info_read(const void *data, size_t len, const char *source,
                                fx_chorus_invoice_info **out)
{
	if (!data || !out)
		return fx_error_set(FX_EUSAGE, "fx_chorus_invoice_info_read: NULL argument");
	fx_chorus_invoice_info *info = calloc(1, sizeof *info);
	if (!info)
		return fx_error_oom();
	fx_sha256_hex_of(data, len, info->sha256);
	const char *xml = NULL;
	size_t xml_len = 0;
	unsigned char *owned = NULL;
	fx_invoice *inv = NULL;
	int rc = invoice_xml(data, len, source, &xml, &xml_len, &owned);
	if (rc == FX_OK)
		rc = fx_cii_read_memory(xml, xml_len, source, &inv, NULL);
	if (rc == FX_OK)
		rc = fill(info, inv);
	else if (rc != FX_ENOMEM) {
		info->read_error = fx_ch_strdup(fx_error_last()->message);
		rc = info->read_error ? FX_OK : fx_error_oom();
	}
	fx_invoice_free(inv);
	free(owned);
	if (rc != FX_OK) {
		fx_chorus_invoice_info_free(info);
		return rc;
	}
	*out = info;
	return FX_OK;
}

/* Frees the facts. */
void fx_chorus_invoice_info_free(fx_chorus_invoice_info *info)
{
	if (!info)
		return;
	free(info->number);
	free(info->issue_date);
	free(info->type_code);
	free(info->buyer_siret);
	free(info->seller_siret);
	free(info->service_code);
	free(info->engagement);
	free(info->read_error);
	free(info);
}
