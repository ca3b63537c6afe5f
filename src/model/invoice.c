/*
 * The invoice handle: creation, owned text and data, repeated groups.
 */
#include "facturx/invoice.h"

#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/arena.h"
#include "model/text.h"

struct fx_invoice_private {
	fx_arena *arena;
};

/* Creates an empty invoice. */
int fx_invoice_new(fx_invoice **out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_invoice_new: out is NULL");
	fx_invoice *inv = calloc(1, sizeof *inv);
	struct fx_invoice_private *priv = calloc(1, sizeof *priv);
	fx_arena *arena = fx_arena_new(16384);
	if (!inv || !priv || !arena) {
		free(inv);
		free(priv);
		fx_arena_free(arena);
		return fx_error_oom();
	}
	priv->arena = arena;
	inv->priv = priv;
	*out = inv;
	return FX_OK;
}

/* Frees the invoice and its memory. */
void fx_invoice_free(fx_invoice *inv)
{
	if (!inv)
		return;
	if (inv->priv) {
		fx_arena_free(inv->priv->arena);
		free(inv->priv);
	}
	free(inv);
}

/* Allocates zeroed memory owned by inv (NULL with the error set). */
static void *inv_alloc(fx_invoice *inv, size_t size)
{
	void *p = fx_arena_calloc(inv->priv->arena, size);
	if (!p)
		fx_error_oom();
	return p;
}

/* Sets a text field from len bytes, checked and NFC-normalised. */
int fx_invoice_set_textn(fx_invoice *inv, char **field, const char *utf8, size_t len)
{
	if (!inv || !field)
		return fx_error_set(FX_EUSAGE, "fx_invoice_set_text: NULL invoice or field");
	if (!utf8) {
		*field = NULL;
		return FX_OK;
	}
	int rc = fx_text_check_utf8(utf8, len);
	if (rc)
		return rc;
	size_t nlen = 0;
	char *norm = fx_text_nfc(utf8, len, &nlen);
	if (!norm)
		return fx_error_last()->code;
	char *copy = inv_alloc(inv, nlen + 1);
	if (!copy) {
		free(norm);
		return FX_ENOMEM;
	}
	memcpy(copy, norm, nlen + 1);
	free(norm);
	*field = copy;
	return FX_OK;
}

/* Sets a text field from a NUL-terminated string. */
int fx_invoice_set_text(fx_invoice *inv, char **field, const char *utf8)
{
	return fx_invoice_set_textn(inv, field, utf8, utf8 ? strlen(utf8) : 0);
}

/* Copies binary data into memory owned by inv. */
int fx_invoice_set_data(fx_invoice *inv, unsigned char **field, size_t *field_len,
			const void *data, size_t len)
{
	if (!inv || !field || !field_len || (!data && len))
		return fx_error_set(FX_EUSAGE, "fx_invoice_set_data: NULL argument");
	unsigned char *copy = inv_alloc(inv, len ? len : 1);
	if (!copy)
		return FX_ENOMEM;
	if (len)
		memcpy(copy, data, len);
	*field = copy;
	*field_len = len;
	return FX_OK;
}

/* Appends a zeroed element of elem bytes to the array *arr of *count
 * elements, growing it (capacity doubles, derived from the count). */
static int grow(fx_invoice *inv, void **arr, size_t *count, size_t elem, void **out)
{
	if (!inv || !out)
		return fx_error_set(FX_EUSAGE, "fx_invoice_add: NULL argument");
	size_t n = *count;
	size_t cap = 0;
	if (n > 0) {
		cap = 4;
		while (cap < n)
			cap *= 2;
	}
	if (n == cap) {
		size_t ncap = cap ? cap * 2 : 4;
		unsigned char *p = inv_alloc(inv, ncap * elem);
		if (!p)
			return FX_ENOMEM;
		if (n)
			memcpy(p, *arr, n * elem);
		*arr = p;
	}
	unsigned char *slot = (unsigned char *)*arr + n * elem;
	memset(slot, 0, elem);
	*count = n + 1;
	*out = slot;
	return FX_OK;
}

#define GROW(inv, arr, count, out) grow((inv), (void **)&(arr), &(count), sizeof *(arr), (void **)(out))

/* Adds a note. */
int fx_invoice_add_note(fx_invoice *inv, fx_note **out)
{
	return GROW(inv, inv->notes, inv->n_notes, out);
}

/* Adds a preceding invoice reference. */
int fx_invoice_add_preceding_invoice(fx_invoice *inv, fx_preceding_invoice **out)
{
	return GROW(inv, inv->preceding_invoices, inv->n_preceding_invoices, out);
}

/* Adds a party identifier. */
int fx_invoice_add_party_identifier(fx_invoice *inv, fx_party *party, fx_identifier **out)
{
	if (!party)
		return fx_error_set(FX_EUSAGE, "fx_invoice_add_party_identifier: party is NULL");
	return GROW(inv, party->identifiers, party->n_identifiers, out);
}

/* Adds a credit transfer account. */
int fx_invoice_add_credit_transfer(fx_invoice *inv, fx_credit_transfer **out)
{
	return GROW(inv, inv->payment.credit_transfers, inv->payment.n_credit_transfers, out);
}

/* Adds a document-level allowance or charge. */
int fx_invoice_add_allowance_charge(fx_invoice *inv, bool charge, fx_allowance_charge **out)
{
	fx_allowance_charge *ac = NULL;
	int rc = GROW(inv, inv->allowances_charges, inv->n_allowances_charges, &ac);
	if (rc)
		return rc;
	ac->charge = charge;
	*out = ac;
	return FX_OK;
}

/* Adds a VAT breakdown entry. */
int fx_invoice_add_vat_breakdown(fx_invoice *inv, fx_vat_breakdown **out)
{
	return GROW(inv, inv->vat_breakdown, inv->n_vat_breakdown, out);
}

/* Adds an attachment. */
int fx_invoice_add_attachment(fx_invoice *inv, fx_attachment **out)
{
	return GROW(inv, inv->attachments, inv->n_attachments, out);
}

/* Adds a line. */
int fx_invoice_add_line(fx_invoice *inv, fx_line **out)
{
	return GROW(inv, inv->lines, inv->n_lines, out);
}

/* Adds a line allowance or charge. */
int fx_line_add_allowance_charge(fx_invoice *inv, fx_line *line, bool charge,
				 fx_allowance_charge **out)
{
	if (!line)
		return fx_error_set(FX_EUSAGE, "fx_line_add_allowance_charge: line is NULL");
	fx_allowance_charge *ac = NULL;
	int rc = GROW(inv, line->allowances_charges, line->n_allowances_charges, &ac);
	if (rc)
		return rc;
	ac->charge = charge;
	*out = ac;
	return FX_OK;
}

/* Adds an item classification. */
int fx_line_add_classification(fx_invoice *inv, fx_line *line, fx_classification **out)
{
	if (!line)
		return fx_error_set(FX_EUSAGE, "fx_line_add_classification: line is NULL");
	return GROW(inv, line->classifications, line->n_classifications, out);
}

/* Adds an item attribute. */
int fx_line_add_attribute(fx_invoice *inv, fx_line *line, fx_item_attribute **out)
{
	if (!line)
		return fx_error_set(FX_EUSAGE, "fx_line_add_attribute: line is NULL");
	return GROW(inv, line->attributes, line->n_attributes, out);
}

/* Adds an advance payment. */
int fx_invoice_add_advance_payment(fx_invoice *inv, fx_advance_payment **out)
{
	return GROW(inv, inv->advance_payments, inv->n_advance_payments, out);
}

/* Adds a tax entry to an advance payment. */
int fx_advance_payment_add_tax(fx_invoice *inv, fx_advance_payment *ap,
			       fx_advance_payment_tax **out)
{
	if (!ap)
		return fx_error_set(FX_EUSAGE, "fx_advance_payment_add_tax: payment is NULL");
	return GROW(inv, ap->taxes, ap->n_taxes, out);
}

/* Adds a financial adjustment. */
int fx_invoice_add_financial_adjustment(fx_invoice *inv, fx_financial_adjustment **out)
{
	return GROW(inv, inv->financial_adjustments, inv->n_financial_adjustments, out);
}
