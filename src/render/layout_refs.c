/*
 * Blocks of references (Chorus Pro service code, contract, order, project,
 * preceding invoice, operation category) and of the delivery.
 */
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "render/layout.h"
#include "render/party.h"

#define FX_REFS 13

/* The operation category: the invoice's, else derived from a reform BT-23 code. */
static const char *operation(const fx_layout *L)
{
	const fx_invoice *inv = L->inv;
	fx_operation_category c = inv->operation_category;
	const char *bp = inv->business_process;
	if (c == FX_OPERATION_UNSPECIFIED && bp && strlen(bp) == 2 && bp[1] >= '1' && bp[1] <= '9')
		c = bp[0] == 'B'   ? FX_OPERATION_GOODS
		    : bp[0] == 'S' ? FX_OPERATION_SERVICES
		    : bp[0] == 'M' ? FX_OPERATION_MIXED
		                   : c;
	static const char *const keys[] = {NULL, "goods", "services", "mixed"};
	return keys[c] ? fx_label_in(L->tpl, "operation_categories", keys[c]) : NULL;
}

/* Writes the preceding invoice references ("N° X du 01/02/2026; ...") into buf. */
static const char *preceding(fx_layout *L, char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t i = 0; i < L->inv->n_preceding_invoices; i++) {
		const fx_preceding_invoice *p = &L->inv->preceding_invoices[i];
		char d[FX_FMT_MAX], one[512], tmp[512];
		if (!p->number)
			continue;
		if (fx_date_is_absent(p->date))
			snprintf(one, sizeof one, "%s", p->number);
		else
			fx_lay_subst(fx_lay_subst(fx_label(L->tpl, "number_of_date"), "number",
			                          p->number, tmp, sizeof tmp),
			             "date", fx_lay_date(L, p->date, d, sizeof d), one, sizeof one);
		size_t n = strlen(buf);
		snprintf(buf + n, size - n, "%s%s", n ? " ; " : "", one);
	}
	return buf;
}

/* References block. */
int fx_block_references(fx_layout *L, float x, float w, float *h)
{
	const fx_invoice *inv = L->inv;
	const fx_template *t = L->tpl;
	char project[512], prec[1024];
	snprintf(project, sizeof project, "%s%s%s", inv->project_ref ? inv->project_ref : "",
	         inv->project_ref && inv->project_name ? " – " : "",
	         inv->project_name ? inv->project_name : "");
	const char *labels[FX_REFS] = {
	    fx_label(t, "ref_buyer"),         fx_label(t, "ref_contract"),
	    fx_label(t, "ref_order"),         fx_label(t, "ref_sales_order"),
	    fx_label(t, "ref_project"),       fx_label(t, "ref_tender"),
	    fx_label(t, "ref_receiving"),     fx_label(t, "ref_despatch"),
	    fx_label(t, "ref_object"),        fx_label(t, "ref_accounting"),
	    fx_label(t, "ref_preceding"),     fx_label(t, "ref_process"),
	    fx_label(t, "operation_category")};
	const char *values[FX_REFS] = {inv->buyer_reference,
	                               inv->contract_ref,
	                               inv->purchase_order_ref,
	                               inv->sales_order_ref,
	                               project,
	                               inv->tender_ref,
	                               inv->receiving_advice_ref,
	                               inv->despatch_advice_ref,
	                               inv->invoiced_object.id,
	                               inv->buyer_accounting_ref,
	                               preceding(L, prec, sizeof prec),
	                               inv->business_process,
	                               operation(L)};
	int any = 0;
	float lw = 0;
	fx_style lab = fx_lay_style(L, 0, 0, t->colors.muted);
	for (int i = 0; i < FX_REFS; i++) {
		if (!values[i] || !*values[i])
			continue;
		any = 1;
		float lwi = fx_lay_width(L, lab, labels[i]) + 8;
		lw = lwi > lw ? lwi : lw;
	}
	*h = 0;
	if (!any)
		return 0;
	if (lw > w * 0.5f)
		lw = w * 0.5f;
	float hh, ph;
	int rc = fx_lay_heading(L, x, L->y, w, fx_label(t, "references"), &hh);
	if (!rc)
		rc = fx_lay_pairs(L, x, L->y + hh, w, lw, labels, values, FX_REFS, &ph);
	*h = hh + ph;
	return rc;
}

/* Delivery block: who, where and when the goods or services were delivered. */
int fx_block_delivery(fx_layout *L, float x, float w, float *h)
{
	const fx_delivery *d = &L->inv->delivery;
	const fx_template *t = L->tpl;
	char addr[1024], date[FX_FMT_MAX], place[1200];
	fx_party_address_line(L, &d->address,
	                      d->address.country && L->inv->seller.address.country &&
	                          strcmp(d->address.country, L->inv->seller.address.country) != 0,
	                      addr, sizeof addr);
	snprintf(place, sizeof place, "%s%s%s%s%s", d->party_name ? d->party_name : "",
	         d->party_name && *addr ? " – " : "", addr,
	         d->location_id.id && (d->party_name || *addr) ? " – " : "",
	         d->location_id.id ? d->location_id.id : "");
	const char *labels[] = {fx_label(t, "delivery_place"), fx_label(t, "delivery_date")};
	const char *values[] = {place, fx_lay_date(L, d->date, date, sizeof date)};
	*h = 0;
	if (!*place && !*date)
		return 0;
	fx_style lab = fx_lay_style(L, 0, 0, t->colors.muted);
	float lw = fx_lay_width(L, lab, labels[0]) + 8, l2 = fx_lay_width(L, lab, labels[1]) + 8;
	lw = l2 > lw ? l2 : lw;
	float hh, ph;
	int rc = fx_lay_heading(L, x, L->y, w, fx_label(t, "delivery"), &hh);
	if (!rc)
		rc = fx_lay_pairs(L, x, L->y + hh, w, lw, labels, values, 2, &ph);
	*h = hh + ph;
	return rc;
}
