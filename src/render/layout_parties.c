/*
 * Blocks about the parties: the seller (with the logo), the document title
 * with its number and dates, and the buyer's box.
 */
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "render/layout.h"
#include "render/party.h"

/* Draws "label value" as a paragraph when value is set; advances *y. */
static int id_line(fx_layout *L, fx_style st, float x, float *y, float w, const char *label,
                   const char *value)
{
	if (!value || !*value)
		return 0;
	fx_buf b = {0};
	fx_buf_printf(&b, "%s%s%s", label, *label ? " " : "", value);
	float h = 0;
	int rc = b.failed ? FX_ENOMEM : fx_lay_para(L, st, x, *y, w, FX_ALIGN_LEFT, b.data, &h);
	fx_buf_free(&b);
	*y += h;
	return rc;
}

/* Draws a party's identifiers, legal information and contact from *y. */
static int party_ids(fx_layout *L, const fx_party *p, float x, float *y, float w)
{
	const fx_template *t = L->tpl;
	fx_style st = fx_lay_base(L), m = fx_lay_style(L, 0, -0.5f, t->colors.muted);
	char siren[64], siret[64], other[160];
	const char *sn = fx_party_siren(p, siren, sizeof siren);
	const char *legal = NULL;
	if (!sn && p->legal_id.id &&
	    !(p->legal_id.scheme && strcmp(p->legal_id.scheme, "0009") == 0)) {
		snprintf(other, sizeof other, "%s", p->legal_id.id);
		legal = other;
	}
	int rc = id_line(L, st, x, y, w, fx_label(t, "siren"), sn);
	if (!rc)
		rc = id_line(L, st, x, y, w, fx_label(t, "siret"),
		             fx_party_siret(p, siret, sizeof siret));
	if (!rc)
		rc = id_line(L, st, x, y, w, fx_label(t, "legal_id"), legal);
	if (!rc)
		rc = id_line(L, st, x, y, w, fx_label(t, "vat_id"), p->vat_id);
	if (!rc)
		rc = id_line(L, st, x, y, w, fx_label(t, "tax_registration"),
		             p->tax_registration_id);
	if (!rc)
		rc = id_line(L, m, x, y, w, "", p->legal_info);
	if (!rc && (p->contact.name || p->contact.phone || p->contact.email)) {
		char c[512];
		snprintf(c, sizeof c, "%s%s%s%s%s%s%s", p->contact.name ? p->contact.name : "",
		         p->contact.name && (p->contact.phone || p->contact.email) ? " – " : "",
		         p->contact.phone ? fx_label(t, "phone") : "", p->contact.phone ? " " : "",
		         p->contact.phone ? p->contact.phone : "",
		         p->contact.phone && p->contact.email ? " – " : "",
		         p->contact.email ? p->contact.email : "");
		rc = id_line(L, m, x, y, w, fx_label(t, "contact"), c);
	}
	return rc;
}

/* Draws name, trading name and address of p from *y. */
static int party_head(fx_layout *L, const fx_party *p, float ds, float x, float *y, float w)
{
	float h;
	fx_style name = fx_lay_style(L, 1, ds, L->tpl->colors.text);
	int rc = fx_lay_para(L, name, x, *y, w, FX_ALIGN_LEFT, p->name ? p->name : "", &h);
	*y += h + 1;
	if (!rc && p->trading_name && (!p->name || strcmp(p->trading_name, p->name) != 0)) {
		rc = fx_lay_para(L, fx_lay_style(L, 0, 0, L->tpl->colors.muted), x, *y, w,
		                 FX_ALIGN_LEFT, p->trading_name, &h);
		*y += h;
	}
	if (!rc) {
		rc = fx_party_address(L, &p->address, fx_party_foreign(L->inv), x, *y, w, &h);
		*y += h;
	}
	return rc;
}

/* Seller block. */
int fx_block_seller(fx_layout *L, float x, float w, float *h)
{
	const fx_invoice *inv = L->inv;
	float y = L->y;
	int rc = 0;
	if (L->logo) {
		rc = fx_dlist_image(L->dl, L->page, x, y, L->logo_w, L->logo_h);
		y += L->logo_h + 6;
	}
	if (!rc)
		rc = party_head(L, &inv->seller, 4, x, &y, w);
	if (!rc)
		rc = party_ids(L, &inv->seller, x, &y, w);
	const fx_tax_representative *tr = &inv->tax_representative;
	if (!rc && tr->name) {
		char buf[512];
		snprintf(buf, sizeof buf, "%s%s%s", tr->name, tr->vat_id ? " – " : "",
		         tr->vat_id ? tr->vat_id : "");
		rc = id_line(L, fx_lay_style(L, 0, -0.5f, L->tpl->colors.muted), x, &y, w,
		             fx_label(L->tpl, "tax_representative"), buf);
	}
	*h = y - L->y;
	return rc;
}

/* Title block: document title, number and dates, right-aligned. */
int fx_block_title(fx_layout *L, float x, float w, float *h)
{
	const fx_invoice *inv = L->inv;
	const fx_template *t = L->tpl;
	fx_style big = fx_lay_style(L, 1, 13, t->colors.accent);
	float tw = fx_lay_width(L, big, fx_doc_title(L));
	if (tw > w) /* a long title (works statements) is set smaller to fit */
		big.size *= w / tw;
	float y = L->y;
	int rc = fx_lay_line(L, big, x, w, FX_ALIGN_RIGHT, y, fx_doc_title(L));
	y += fx_lay_lh(big.size);
	char num[512], d[4][FX_FMT_MAX], period[2 * FX_FMT_MAX + 64];
	snprintf(num, sizeof num, "%s %s", fx_label(t, "number"), inv->number ? inv->number : "");
	fx_style nst = fx_lay_style(L, 1, 2, t->colors.text);
	float ph;
	if (!rc)
		rc = fx_lay_para(L, nst, x, y, w, FX_ALIGN_RIGHT, num, &ph);
	y += ph + 4;
	period[0] = '\0';
	if (!fx_date_is_absent(inv->period.start) || !fx_date_is_absent(inv->period.end)) {
		char a[FX_FMT_MAX], b[FX_FMT_MAX], tmp[sizeof period];
		fx_lay_subst(fx_label(t, "period_value"), "start",
		             fx_lay_date(L, inv->period.start, a, sizeof a), tmp, sizeof tmp);
		fx_lay_subst(tmp, "end", fx_lay_date(L, inv->period.end, b, sizeof b), period,
		             sizeof period);
	}
	const char *labels[] = {fx_label(t, "issue_date"), fx_label(t, "due_date"),
	                        fx_label(t, "tax_point_date"), fx_label(t, "period")};
	const char *values[] = {fx_lay_date(L, inv->issue_date, d[0], FX_FMT_MAX),
	                        fx_lay_date(L, inv->due_date, d[1], FX_FMT_MAX),
	                        fx_lay_date(L, inv->tax_point_date, d[2], FX_FMT_MAX), period};
	fx_style lab = fx_lay_style(L, 0, 0, t->colors.muted),
	         val = fx_lay_style(L, 1, 0, t->colors.text);
	for (int i = 0; i < 4 && !rc; i++) {
		if (!*values[i])
			continue;
		float vw = fx_lay_width(L, val, values[i]);
		rc = fx_lay_line(L, val, x, w, FX_ALIGN_RIGHT, y, values[i]);
		if (!rc)
			rc = fx_lay_line(L, lab, x, w - vw - 8, FX_ALIGN_RIGHT, y, labels[i]);
		y += fx_lay_lh(val.size);
	}
	*h = y - L->y;
	return rc;
}

/* Buyer block: a tinted box with the heading, name, address and identifiers. */
int fx_block_buyer(fx_layout *L, float x, float w, float *h)
{
	const fx_template *t = L->tpl;
	const float pad = 8;
	size_t box = L->dl->n;
	int rc = fx_dlist_rect(L->dl, L->page, x, L->y, w, 0, t->colors.fill);
	if (!rc)
		rc = fx_dlist_rect(L->dl, L->page, x, L->y, 2.2f, 0, t->colors.accent);
	float y = L->y + pad - 2, ih = 0;
	if (!rc)
		rc = fx_lay_line(L, fx_lay_style(L, 1, -1, t->colors.accent), x + pad, w - 2 * pad,
		                 FX_ALIGN_LEFT, y, fx_label(t, "buyer_heading"));
	y += fx_lay_lh(L->fs - 1) + 1;
	if (!rc)
		rc = party_head(L, &L->inv->buyer, 1.5f, x + pad, &y, w - 2 * pad);
	if (!rc)
		rc = party_ids(L, &L->inv->buyer, x + pad, &y, w - 2 * pad);
	ih = y + pad - L->y;
	if (!rc) {
		L->dl->ops[box].y2 = ih;
		L->dl->ops[box + 1].y2 = ih;
	}
	*h = ih;
	return rc;
}
