/*
 * The texts of a statement's invoice: line notes, the revision's reason,
 * the notes (BG-1) that explain the statement and its deductions, BT-113,
 * the EXTENDED advance payment and financial adjustments, and the reverse
 * charge (BT-120 "Autoliquidation", BT-121 VATEX-EU-AE).
 */
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "works/works_invoice.h"

/* Formats a decimal without trailing zeros ("40", "12.5"). */
static const char *plain(fx_decimal d, char *buf, size_t size)
{
	if (fx_decimal_format(fx_decimal_normalize(fx_wk_or_zero(d)), buf, size) != FX_OK)
		buf[0] = '\0';
	return buf;
}

/* The progress of an item as text ("40 %" or "120.5 MTQ"). */
static const char *progress_text(const fx_works_item *it, fx_decimal p, char *buf, size_t size)
{
	char n[64];
	snprintf(buf, size, "%s %s", plain(p, n, sizeof n), it->percent ? "%" : it->unit);
	return buf;
}

/* The note of a work item's line. */
const char *fx_wk_item_note(const fx_works_statement *st, const fx_works_item_row *r, char *buf,
                            size_t size)
{
	char a[64], b[64], x[64], y[64];
	snprintf(buf, size, "Cumul à ce jour : %s, %s %s ; cumul antérieur : %s, %s %s",
	         progress_text(r->item, r->progress, a, sizeof a),
	         fx_wk_fmt(r->amount.to_date, x, sizeof x), st->currency,
	         progress_text(r->item, r->previous_progress, b, sizeof b),
	         fx_wk_fmt(r->amount.previous, y, sizeof y), st->currency);
	return buf;
}

/* The formula of the marché as text. */
static const char *formula(const fx_works_contract *c, char *buf, size_t size)
{
	char a[64], b[64], i0[64];
	snprintf(buf, size, "Cn = %s + %s × In/I0%s%s, I0 = %s", plain(c->fixed_part, a, sizeof a),
	         plain(c->variable_part, b, sizeof b), c->index_name ? ", indice " : "",
	         c->index_name ? c->index_name : "", plain(c->base_index, i0, sizeof i0));
	return buf;
}

/* The reason of the revision charge or allowance. */
const char *fx_wk_revision_reason(const fx_works_statement *st, bool charge, char *buf, size_t size)
{
	char f[256];
	snprintf(buf, size, "Révision des prix%s (%s)", charge ? "" : ", baisse des indices",
	         formula(st->contract, f, sizeof f));
	return buf;
}

/* Sets BT-113. */
int fx_wk_add_prepaid(fx_invoice *inv, const fx_works_statement *st)
{
	fx_decimal v;
	int rc = fx_decimal_add(st->rows[FX_WORKS_ROW_DEDUCTIONS].current,
	                        st->rows[FX_WORKS_ROW_SUBCONTRACTORS].current, &v);
	if (!rc && !fx_decimal_is_zero(v))
		inv->totals.prepaid = v;
	return rc;
}

/* Adds the text of b as a note (cut at 1000 bytes on a character boundary). */
static int add_note(fx_invoice *inv, fx_buf *b)
{
	if (b->failed)
		return fx_error_oom();
	size_t n = b->len;
	if (n > 1000) {
		n = 1000;
		while (n > 0 && ((unsigned char)b->data[n] & 0xC0) == 0x80)
			n--;
	}
	fx_note *nt = NULL;
	int rc = fx_invoice_add_note(inv, &nt);
	if (!rc)
		rc = fx_invoice_set_textn(inv, &nt->content, b->data, n);
	fx_buf_free(b);
	return rc;
}

/* The French name of a kind of statement. */
static const char *kind_title(fx_works_kind k)
{
	return k == FX_WORKS_MONTHLY ? "Projet de décompte mensuel"
	       : k == FX_WORKS_FINAL ? "Projet de décompte final"
	                             : "Décompte général et définitif";
}

/* The note that says what the statement is. */
static int statement_note(const fx_works_statement *st, fx_invoice *inv)
{
	const fx_works_contract *c = st->contract;
	char works[64], pct[64], s[16], e[16];
	fx_buf b = {0};
	fx_buf_printf(&b, "%s n° %u du marché %s", kind_title(st->kind), st->number, c->number);
	if (c->lot)
		fx_buf_printf(&b, ", %s", c->lot);
	fx_buf_printf(&b, " (cadre de facturation %s)", st->cadre ? st->cadre : "A1");
	if (!fx_date_is_absent(st->period.start) && !fx_date_is_absent(st->period.end) &&
	    fx_date_format(st->period.start, 1, s, sizeof s) == FX_OK &&
	    fx_date_format(st->period.end, 1, e, sizeof e) == FX_OK)
		fx_buf_printf(&b, ", période du %s au %s", s, e);
	fx_buf_printf(&b,
	              ". Travaux exécutés à ce jour aux prix de base : %s %s (%s %% du marché).",
	              fx_wk_fmt(st->rows[FX_WORKS_ROW_WORKS].to_date, works, sizeof works),
	              st->currency, plain(st->executed_percent, pct, sizeof pct));
	return add_note(inv, &b);
}

/* Appends "label amount CUR" to b when amount is not zero. */
static void put_amount(fx_buf *b, bool *first, const char *label, fx_decimal amount,
                       const char *currency)
{
	char v[64];
	if (!amount.set || fx_decimal_is_zero(amount))
		return;
	fx_buf_printf(b, "%s%s %s %s", *first ? "" : " ; ", label, fx_wk_fmt(amount, v, sizeof v),
	              currency);
	*first = false;
}

/* The note that explains the deductions (BT-113). */
static int deductions_note(const fx_works_description *d, const fx_works_statement *st,
                           fx_invoice *inv)
{
	const fx_works_columns *r = st->rows;
	const char *cur = st->currency;
	fx_buf b = {0};
	bool first = true;
	char label[128], rate[32], v[64];
	if (d->options.deductions == FX_WK_DEDUCT_PREPAID)
		fx_buf_printf(&b, "Montant déduit du montant dû (BT-113) : %s %s = ",
		              fx_wk_fmt(inv->totals.prepaid, v, sizeof v), cur);
	else
		fx_buf_puts(&b,
		            "Déductions du décompte, non déduites du montant dû de la facture : ");
	size_t start = b.len;
	snprintf(label, sizeof label, "retenue de garantie %s %%",
	         plain(st->contract->retention_rate, rate, sizeof rate));
	put_amount(&b, &first, label, r[FX_WORKS_ROW_RETENTION].current, cur);
	put_amount(&b, &first, "remboursement de l'avance", r[FX_WORKS_ROW_ADVANCE_REPAID].current,
	           cur);
	if (st->penalties_withheld)
		put_amount(&b, &first, "pénalités", r[FX_WORKS_ROW_PENALTIES].current, cur);
	put_amount(&b, &first, "sommes dues aux sous-traitants en paiement direct",
	           r[FX_WORKS_ROW_SUBCONTRACTORS].current, cur);
	if (b.len == start) {
		fx_buf_free(&b);
		return FX_OK;
	}
	fx_buf_printf(&b, ". Net à payer au déposant : %s %s.",
	              fx_wk_fmt(r[FX_WORKS_ROW_PAYABLE].current, v, sizeof v), cur);
	return add_note(inv, &b);
}

/* The note that lists the penalties of the statement. */
static int penalties_note(const fx_works_statement *st, fx_invoice *inv)
{
	if (st->n_penalties == 0)
		return FX_OK;
	fx_buf b = {0};
	fx_buf_printf(&b, "Pénalités%s : ", st->penalties_withheld ? " retenues" : "");
	for (size_t i = 0; i < st->n_penalties; i++) {
		const fx_works_event *e = &st->penalties[i];
		char v[64], days[64];
		fx_buf_printf(&b, "%s%s", i ? " ; " : "", e->label);
		if (e->days.set)
			fx_buf_printf(&b, " (%s jours)", plain(e->days, days, sizeof days));
		fx_buf_printf(&b, " %s %s", fx_wk_fmt(e->amount, v, sizeof v), st->currency);
	}
	fx_buf_puts(&b, ". Indemnités hors du champ de la TVA.");
	return add_note(inv, &b);
}

/* The note that details the revision of this statement. */
static int revision_note(const fx_works_statement *st, fx_invoice *inv)
{
	fx_buf b = {0};
	char f[256];
	fx_buf_printf(&b, "Révision des prix (%s) :", formula(st->contract, f, sizeof f));
	size_t start = b.len;
	for (size_t i = 0; i < st->n_revisions; i++) {
		const fx_works_revision_row *r = &st->revisions[i];
		fx_decimal delta;
		if (fx_wk_sub(r->revision, r->previous, &delta) || fx_decimal_is_zero(delta))
			continue;
		char in[64], cn[64], v[64];
		fx_buf_printf(&b, "%s %s %u (%04d-%02d, In = %s %s, Cn = %s) %s %s",
		              b.len == start ? "" : " ;",
		              r->statement == st->number ? "décompte"
		                                         : "régularisation du décompte",
		              r->statement, r->year, r->month, plain(r->index, in, sizeof in),
		              r->provisional ? "provisoire" : "définitif",
		              plain(r->coefficient, cn, sizeof cn), fx_wk_fmt(delta, v, sizeof v),
		              st->currency);
	}
	if (b.len == start) {
		fx_buf_free(&b);
		return FX_OK;
	}
	fx_buf_puts(&b, ".");
	return add_note(inv, &b);
}

/* Appends a party of the marché ("Name (SIRET x, code service y)"). */
static void put_party(fx_buf *b, const char *role, const fx_works_party *p)
{
	fx_buf_printf(b, "%s : %s", role, p->name);
	if (p->siret)
		fx_buf_printf(b, " (SIRET %s%s%s)", p->siret,
		              p->service_code ? ", code service " : "",
		              p->service_code ? p->service_code : "");
}

/* The note that names the other parties of the marché. */
static int parties_note(const fx_works_statement *st, fx_invoice *inv)
{
	const fx_works_contract *c = st->contract;
	fx_buf b = {0};
	if (c->object)
		fx_buf_printf(&b, "Objet du marché : %s. ", c->object);
	if (c->buyer.name)
		put_party(&b, "Maître d'ouvrage", &c->buyer);
	if (c->moe.name) {
		fx_buf_puts(&b, ". ");
		put_party(&b, "Maître d'œuvre", &c->moe);
	}
	if (c->titulaire.name &&
	    (st->role == FX_WORKS_COTRAITANT || st->role == FX_WORKS_SOUS_TRAITANT)) {
		fx_buf_puts(&b, ". ");
		put_party(&b,
		          st->role == FX_WORKS_COTRAITANT ? "Mandataire du groupement"
		                                          : "Titulaire du marché (valideur)",
		          &c->titulaire);
	}
	if (c->guarantee)
		fx_buf_printf(&b, ". Retenue de garantie remplacée par : %s", c->guarantee);
	if (b.len == 0)
		return FX_OK;
	fx_buf_puts(&b, ".");
	return add_note(inv, &b);
}

/* True when inv has a note with subject code. */
static bool has_subject(const fx_invoice *inv, const char *code)
{
	for (size_t i = 0; i < inv->n_notes; i++)
		if (inv->notes[i].subject_code && strcmp(inv->notes[i].subject_code, code) == 0)
			return true;
	return false;
}

/* Adds the payment mentions of a public buyer the description does not give:
 * late-payment interest (PMD), recovery indemnity (PMT), discount (AAB). */
static int payment_mentions(fx_invoice *inv)
{
	static const char *const mentions[][2] = {
	    {"PMD", "En cas de retard de paiement, intérêts moratoires au taux de la Banque "
	            "centrale européenne majoré de huit points (article R2192-31 du code de la "
	            "commande publique)."},
	    {"PMT", "Indemnité forfaitaire pour frais de recouvrement en cas de retard de "
	            "paiement : 40 €."},
	    {"AAB", "Aucun escompte pour paiement anticipé."}};
	for (size_t i = 0; i < 3; i++) {
		if (has_subject(inv, mentions[i][0]))
			continue;
		fx_note *nt = NULL;
		int rc = fx_invoice_add_note(inv, &nt);
		if (!rc)
			rc = fx_invoice_set_text(inv, &nt->subject_code, mentions[i][0]);
		if (!rc)
			rc = fx_invoice_set_text(inv, &nt->content, mentions[i][1]);
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* Adds the notes. */
int fx_wk_add_notes(const fx_works_description *d, const fx_works_statement *st, fx_invoice *inv)
{
	int rc = statement_note(st, inv);
	if (!rc)
		rc = parties_note(st, inv);
	if (!rc && st->contract->has_revision)
		rc = revision_note(st, inv);
	if (!rc)
		rc = penalties_note(st, inv);
	if (!rc)
		rc = deductions_note(d, st, inv);
	if (!rc && st->reverse_charge) {
		fx_buf b = {0};
		fx_buf_puts(&b,
		            "Autoliquidation : TVA due par le preneur assujetti (article 283-2 "
		            "nonies du CGI ; article 242 nonies A, I-13° de l'annexe II au CGI). "
		            "Facture établie hors taxes.");
		rc = add_note(inv, &b);
	}
	return rc ? rc : payment_mentions(inv);
}

/* Adds one financial adjustment of -amount when amount is not zero. */
static int adjustment(fx_invoice *inv, const char *reason, fx_decimal amount)
{
	if (!amount.set || fx_decimal_is_zero(amount))
		return FX_OK;
	fx_financial_adjustment *f = NULL;
	int rc = fx_invoice_add_financial_adjustment(inv, &f);
	if (!rc)
		rc = fx_invoice_set_text(inv, &f->reason, reason);
	if (!rc)
		f->amount = fx_decimal_neg(amount);
	return rc;
}

/* Adds the EXTENDED advance payment and financial adjustments. */
int fx_wk_add_extended(const fx_works_statement *st, fx_invoice *inv)
{
	const fx_works_columns *r = st->rows;
	const fx_works_contract *c = st->contract;
	fx_decimal repaid = r[FX_WORKS_ROW_ADVANCE_REPAID].current;
	int rc = FX_OK;
	if (repaid.set && !fx_decimal_is_zero(repaid)) {
		fx_advance_payment *ap = NULL;
		fx_advance_payment_tax *tax = NULL;
		fx_decimal rate = st->reverse_charge ? fx_decimal_from_int(0) : c->vat_rate,
		           hundred;
		rc = fx_invoice_add_advance_payment(inv, &ap);
		if (!rc)
			rc = fx_advance_payment_add_tax(inv, ap, &tax);
		if (!rc)
			rc = fx_decimal_add(fx_decimal_from_int(100), rate, &hundred);
		if (!rc)
			rc = fx_wk_muldiv(repaid, rate, hundred, 2, FX_ROUND_HALF_UP,
			                  &tax->tax_amount);
		if (!rc)
			rc = fx_invoice_set_text(inv, &tax->category,
			                         st->reverse_charge                ? "AE"
			                         : fx_decimal_is_zero(c->vat_rate) ? "Z"
			                                                           : "S");
		if (rc)
			return rc;
		ap->paid_amount = repaid;
		ap->received_date = c->advance_paid_on;
		tax->rate = rate;
	}
	if (!rc)
		rc = adjustment(inv, "Retenue de garantie", r[FX_WORKS_ROW_RETENTION].current);
	if (!rc && st->penalties_withheld)
		rc = adjustment(inv, "Pénalités", r[FX_WORKS_ROW_PENALTIES].current);
	if (!rc)
		rc = adjustment(inv, "Sommes dues aux sous-traitants en paiement direct",
		                r[FX_WORKS_ROW_SUBCONTRACTORS].current);
	return rc;
}

/* Sets BT-120 and BT-121 on the reverse-charge VAT breakdown entry. */
int fx_wk_mark_reverse_charge(const fx_works_statement *st, fx_invoice *inv)
{
	if (!st->reverse_charge)
		return FX_OK;
	for (size_t i = 0; i < inv->n_vat_breakdown; i++) {
		fx_vat_breakdown *v = &inv->vat_breakdown[i];
		if (!v->category || strcmp(v->category, "AE") != 0)
			continue;
		int rc = fx_invoice_set_text(inv, &v->exemption_reason, "Autoliquidation");
		if (!rc)
			rc = fx_invoice_set_text(inv, &v->exemption_code, "VATEX-EU-AE");
		if (rc)
			return rc;
	}
	return FX_OK;
}
