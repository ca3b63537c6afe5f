/*
 * The payment block (terms, due date, means, bank accounts, payee) and the
 * notes with the legal mentions: VAT situations (reverse charge, intra-EU,
 * export, out of scope, exemption), the option for VAT on debits, and the
 * late-payment penalties (PMD), recovery indemnity (PMT) and discount (AAB)
 * notes, whose standard wording is printed when the invoice has none.
 */
#include <stdio.h>
#include <string.h>

#include "core/error.h"
#include "render/layout.h"
#include "render/party.h"

#define FX_PAY_ROWS 8

/* Writes the payment means ("Virement SEPA") into buf. */
static const char *means(fx_layout *L, char *buf, size_t n)
{
	const fx_payment *p = &L->inv->payment;
	const char *name =
	    p->means_text ? p->means_text : fx_label_in(L->tpl, "means", p->means_code);
	snprintf(buf, n, "%s", name ? name : p->means_code ? p->means_code : "");
	return buf;
}

/* Writes the bank accounts ("IBAN FR76 ... – BIC X") into buf. */
static const char *accounts(fx_layout *L, char *buf, size_t n)
{
	const fx_payment *p = &L->inv->payment;
	buf[0] = '\0';
	for (size_t i = 0; i < p->n_credit_transfers; i++) {
		const fx_credit_transfer *ct = &p->credit_transfers[i];
		char iban[128];
		size_t at = strlen(buf);
		if (!ct->account_id)
			continue;
		snprintf(buf + at, n - at, "%s%s %s%s%s%s%s", at ? "\n" : "",
		         fx_label(L->tpl, "iban"),
		         fx_party_group(ct->account_id, 1, iban, sizeof iban), ct->bic ? " – " : "",
		         ct->bic ? fx_label(L->tpl, "bic") : "", ct->bic ? " " : "",
		         ct->bic ? ct->bic : "");
		if (ct->account_name) {
			at = strlen(buf);
			snprintf(buf + at, n - at, " – %s %s", fx_label(L->tpl, "account_holder"),
			         ct->account_name);
		}
	}
	return buf;
}

/* Payment block. */
int fx_block_payment(fx_layout *L, float x, float w, float *h)
{
	const fx_invoice *inv = L->inv;
	const fx_payment *p = &inv->payment;
	const fx_template *t = L->tpl;
	char due[FX_FMT_MAX], m[256], acc[2048], card[128] = "", direct[512] = "";
	if (p->card_pan)
		snprintf(card, sizeof card, "%s%s%s", p->card_pan, p->card_holder ? " – " : "",
		         p->card_holder ? p->card_holder : "");
	if (p->mandate_id || p->creditor_id || p->debited_account)
		snprintf(direct, sizeof direct, "%s%s%s%s%s%s%s%s",
		         p->mandate_id ? p->mandate_id : "", p->creditor_id ? " – " : "",
		         p->creditor_id ? fx_label(t, "creditor_id") : "",
		         p->creditor_id ? " " : "", p->creditor_id ? p->creditor_id : "",
		         p->debited_account ? " – " : "",
		         p->debited_account ? fx_label(t, "debited_account") : "",
		         p->debited_account ? p->debited_account : "");
	const char *labels[FX_PAY_ROWS] = {
	    fx_label(t, "payment_terms"), fx_label(t, "due_date"),   fx_label(t, "payment_means"),
	    fx_label(t, "bank_account"),  fx_label(t, "remittance"), fx_label(t, "card"),
	    fx_label(t, "mandate"),       fx_label(t, "payee")};
	const char *values[FX_PAY_ROWS] = {inv->payment_terms,
	                                   fx_lay_date(L, inv->due_date, due, sizeof due),
	                                   means(L, m, sizeof m),
	                                   accounts(L, acc, sizeof acc),
	                                   p->remittance_info,
	                                   card,
	                                   direct,
	                                   inv->payee.name};
	size_t n = FX_PAY_ROWS;
	int any = 0;
	float lw = 0;
	fx_style lab = fx_lay_style(L, 0, 0, t->colors.muted);
	for (size_t i = 0; i < n; i++) {
		if (!values[i] || !*values[i])
			continue;
		any = 1;
		float lwi = fx_lay_width(L, lab, labels[i]) + 8;
		lw = lwi > lw ? lwi : lw;
	}
	*h = 0;
	if (!any)
		return 0;
	lw = lw > w * 0.4f ? w * 0.4f : lw;
	float hh, ph;
	int rc = fx_lay_heading(L, x, L->y, w, fx_label(t, "payment"), &hh);
	if (!rc)
		rc = fx_lay_pairs(L, x, L->y + hh, w, lw, labels, values, n, &ph);
	*h = hh + ph;
	return rc;
}

/* Draws paragraph s in style st over pages, line by line, then a small gap. */
static int flow_para(fx_layout *L, fx_style st, const char *s)
{
	if (!s || !*s)
		return 0;
	float lh = fx_lay_lh(st.size), w = L->right - L->left;
	int rc = fx_text_wrap(L->wrap, L->font[st.bold], st.size, s, strlen(s), w);
	size_t n = L->wrap->n_lines;
	for (size_t i = 0; i < n && !rc; i++) {
		rc = fx_lay_need(L, lh, NULL);
		/* the wrap result stays valid: need() wraps nothing */
		fx_span sp = L->wrap->lines[i];
		char line[2048];
		snprintf(line, sizeof line, "%.*s", (int)sp.len, s + sp.off);
		if (!rc)
			rc = fx_lay_line(L, st, L->left, w, FX_ALIGN_LEFT, L->y, line);
		L->y += lh;
	}
	L->y += 1.5f;
	return rc;
}

/* Returns the content of the first note with subject code, or NULL. */
static const char *note_of(const fx_invoice *inv, const char *code)
{
	for (size_t i = 0; i < inv->n_notes; i++)
		if (inv->notes[i].subject_code && strcmp(inv->notes[i].subject_code, code) == 0 &&
		    inv->notes[i].content)
			return inv->notes[i].content;
	return NULL;
}

/* True when the invoice uses VAT category cat (breakdown, else lines). */
static int uses_category(const fx_invoice *inv, const char *cat, int *with_reason)
{
	int found = 0;
	*with_reason = 0;
	for (size_t i = 0; i < inv->n_vat_breakdown; i++)
		if (inv->vat_breakdown[i].category &&
		    strcmp(inv->vat_breakdown[i].category, cat) == 0) {
			found = 1;
			*with_reason |= inv->vat_breakdown[i].exemption_reason != NULL;
		}
	for (size_t i = 0; !found && i < inv->n_lines; i++)
		found = inv->lines[i].vat_category && strcmp(inv->lines[i].vat_category, cat) == 0;
	return found;
}

/* Draws the VAT mentions and the payment mentions. */
static int mentions(fx_layout *L, fx_style st)
{
	static const char *const cats[] = {"AE", "K", "G", "O", "E", "Z"};
	int rc = 0;
	for (size_t i = 0; i < sizeof cats / sizeof cats[0] && !rc; i++) {
		int reason;
		if (!uses_category(L->inv, cats[i], &reason))
			continue;
		/* E and Z only need a default sentence when no exemption reason is printed */
		if ((strcmp(cats[i], "E") == 0 || strcmp(cats[i], "Z") == 0) && reason)
			continue;
		rc = flow_para(L, st, fx_label_in(L->tpl, "mentions", cats[i]));
	}
	if (!rc && L->inv->vat_on_debits)
		rc = flow_para(L, st, fx_label_in(L->tpl, "mentions", "vat_on_debits"));
	static const char *const codes[] = {"PMD", "PMT", "AAB"};
	for (size_t i = 0; i < 3 && !rc; i++) {
		const char *s = note_of(L->inv, codes[i]);
		rc = flow_para(L, st, s ? s : fx_label_in(L->tpl, "mentions", codes[i]));
	}
	return rc;
}

/* Notes block: free notes, then legal mentions. */
int fx_block_notes(fx_layout *L)
{
	const fx_invoice *inv = L->inv;
	fx_style st = fx_lay_style(L, 0, -0.5f, L->tpl->colors.text);
	float hh;
	int rc = fx_lay_need(L, 3 * fx_lay_lh(L->fs) + 6, NULL);
	if (!rc)
		rc = fx_lay_heading(L, L->left, L->y, L->right - L->left, fx_label(L->tpl, "notes"),
		                    &hh);
	L->y += hh;
	for (size_t i = 0; i < inv->n_notes && !rc; i++) {
		const char *c = inv->notes[i].subject_code;
		if (c && (!strcmp(c, "PMD") || !strcmp(c, "PMT") || !strcmp(c, "AAB")))
			continue;
		rc = flow_para(L, st, inv->notes[i].content);
	}
	if (!rc)
		rc = mentions(L, fx_lay_style(L, 0, -0.5f, L->tpl->colors.muted));
	return rc;
}
