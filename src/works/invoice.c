/*
 * fx_works_invoice: the invoice of a statement. Its lines are this
 * statement's delta per work item (quantity x unit price, or percent points
 * of the item's amount) and its bonuses; the revision is a document-level
 * charge (an allowance when negative); the deductions lower the amount due
 * through BT-113, explained in notes (invoice_notes.c). The invoice is then
 * computed and checked against the décompte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "facturx/compute.h"
#include "facturx/json.h"
#include "works/works_internal.h"
#include "works/works_invoice.h"

/* Copies the description's invoice part into a new invoice. */
static int copy_invoice_part(const fx_works_description *d, fx_invoice **out)
{
	char *json = NULL;
	size_t len = 0;
	int rc = fx_json_write_memory(d->inv, &json, &len);
	if (rc)
		return rc;
	rc = fx_json_read_memory(json, len, d->source, out);
	free(json);
	return rc;
}

/* Sets the text field to value when it is empty. */
static int fill(fx_invoice *inv, char **field, const char *value)
{
	if (*field || !value)
		return FX_OK;
	return fx_invoice_set_text(inv, field, value);
}

/* The buyer from the marché's maître d'ouvrage when the description has none. */
static int fill_buyer(fx_invoice *inv, const fx_works_party *moa)
{
	if (inv->buyer.name)
		return FX_OK;
	int rc = fx_invoice_set_text(inv, &inv->buyer.name, moa->name);
	const fx_address *a = &moa->address;
	fx_address *b = &inv->buyer.address;
	const char *from[] = {a->line1,    a->line2,       a->line3,  a->city,
	                      a->postcode, a->subdivision, a->country};
	char **to[] = {&b->line1,    &b->line2,       &b->line3,  &b->city,
	               &b->postcode, &b->subdivision, &b->country};
	for (size_t i = 0; i < 7 && !rc; i++)
		rc = fill(inv, to[i], from[i]);
	if (rc || !moa->siret)
		return rc;
	fx_identifier *id = NULL;
	char siren[10];
	snprintf(siren, sizeof siren, "%.9s", moa->siret);
	rc = fx_invoice_add_party_identifier(inv, &inv->buyer, &id);
	if (!rc)
		rc = fx_invoice_set_text(inv, &id->id, moa->siret);
	if (!rc)
		rc = fx_invoice_set_text(inv, &id->scheme, "0009");
	if (!rc)
		rc = fx_invoice_set_text(inv, &inv->buyer.legal_id.id, siren);
	if (!rc)
		rc = fx_invoice_set_text(inv, &inv->buyer.legal_id.scheme, "0002");
	return rc;
}

/* The document data: type, cadre, references, period, buyer, terms. */
static int fill_document(const fx_works_description *d, const fx_works_statement *st,
                         fx_invoice *inv)
{
	const fx_works_contract *c = &d->contract;
	int rc = d->options.type_code
	             ? fx_invoice_set_text(inv, &inv->type_code, d->options.type_code)
	             : fill(inv, &inv->type_code, "380");
	if (!rc)
		rc = fill(inv, &inv->currency, st->currency);
	if (!rc)
		rc = fx_invoice_set_text(inv, &inv->business_process, st->cadre);
	if (!rc)
		rc = fill(inv, &inv->contract_ref, c->number);
	if (!rc)
		rc = fill(inv, &inv->tender_ref, c->lot);
	if (!rc)
		rc = fill(inv, &inv->buyer_reference, c->buyer.service_code);
	if (!rc)
		rc = fill(inv, &inv->purchase_order_ref, c->buyer.engagement);
	if (!rc && fx_date_is_absent(inv->period.start) && fx_date_is_absent(inv->period.end))
		inv->period = st->period;
	if (!rc)
		rc = fill_buyer(inv, &c->buyer);
	if (!rc && !inv->payment_terms && fx_date_is_absent(inv->due_date))
		rc =
		    fx_invoice_set_text(inv, &inv->payment_terms,
		                        d->options.payment_terms
		                            ? d->options.payment_terms
		                            : "Paiement à 30 jours (délai global de paiement, "
		                              "article R2192-10 du code de la commande publique).");
	if (!rc && st->priv->final_invoice && inv->n_preceding_invoices == 0) {
		fx_preceding_invoice *p = NULL;
		rc = fx_invoice_add_preceding_invoice(inv, &p);
		if (!rc)
			rc = fx_invoice_set_text(inv, &p->number, st->priv->final_invoice);
		if (!rc)
			p->date = st->priv->final_date;
	}
	if (!rc && inv->operation_category == FX_OPERATION_UNSPECIFIED)
		inv->operation_category = FX_OPERATION_SERVICES;
	return rc;
}

/* Sets the VAT of a line or of an allowance/charge. */
static int set_vat(fx_invoice *inv, const fx_works_statement *st, char **category, fx_decimal *rate)
{
	const char *cat = st->reverse_charge                           ? "AE"
	                  : fx_decimal_is_zero(st->contract->vat_rate) ? "Z"
	                                                               : "S";
	*rate = st->reverse_charge ? fx_decimal_from_int(0) : st->contract->vat_rate;
	return fx_invoice_set_text(inv, category, cat);
}

/* Adds a line; id: running number. */
static int new_line(fx_invoice *inv, const fx_works_statement *st, size_t *id, fx_line **out)
{
	char text[32];
	snprintf(text, sizeof text, "%zu", ++*id);
	int rc = fx_invoice_add_line(inv, out);
	if (!rc)
		rc = fx_invoice_set_text(inv, &(*out)->id, text);
	if (!rc)
		rc = set_vat(inv, st, &(*out)->vat_category, &(*out)->vat_rate);
	return rc;
}

/* Adds the line of a work item whose amount or progress changed. */
static int item_line(fx_invoice *inv, const fx_works_statement *st, const fx_works_item_row *r,
                     size_t *id)
{
	fx_decimal dq;
	int rc = fx_decimal_sub(r->progress, r->previous_progress, &dq);
	if (rc || (fx_decimal_is_zero(dq) && fx_decimal_is_zero(r->amount.current)))
		return rc;
	const fx_works_item *it = r->item;
	fx_line *ln = NULL;
	char note[512];
	rc = new_line(inv, st, id, &ln);
	if (!rc)
		rc = fx_invoice_set_text(inv, &ln->item_name, it->label);
	if (!rc)
		rc = fx_invoice_set_text(inv, &ln->seller_item_id, it->id);
	if (!rc)
		rc = fx_invoice_set_text(inv, &ln->unit_code, it->percent ? "P1" : it->unit);
	if (!rc)
		rc = fx_invoice_set_text(inv, &ln->note, fx_wk_item_note(st, r, note, sizeof note));
	ln->quantity = dq;
	ln->net_price = it->percent ? it->amount : it->unit_price;
	ln->net_amount = r->amount.current;
	if (it->percent) {
		ln->base_quantity = fx_decimal_from_int(100);
		if (!rc)
			rc = fx_invoice_set_text(inv, &ln->base_quantity_unit, "P1");
	}
	return rc;
}

/* Adds a line for an amount (a bonus, or the empty statement's line). */
static int amount_line(fx_invoice *inv, const fx_works_statement *st, const char *name,
                       fx_decimal amount, size_t *id)
{
	fx_line *ln = NULL;
	int rc = new_line(inv, st, id, &ln);
	if (!rc)
		rc = fx_invoice_set_text(inv, &ln->item_name, name);
	if (!rc)
		rc = fx_invoice_set_text(inv, &ln->unit_code, "C62");
	ln->quantity = fx_decimal_is_zero(amount) ? fx_decimal_from_int(0) : fx_decimal_from_int(1);
	ln->net_price = fx_decimal_abs(amount);
	ln->net_amount = amount;
	if (fx_decimal_cmp(amount, fx_decimal_from_int(0)) < 0)
		ln->quantity = fx_decimal_from_int(-1);
	return rc;
}

/* Adds the lines: work items, bonuses, or one empty line. */
static int add_lines(fx_invoice *inv, const fx_works_statement *st)
{
	size_t id = 0;
	int rc = FX_OK;
	for (size_t i = 0; i < st->n_items && !rc; i++)
		rc = item_line(inv, st, &st->items[i], &id);
	for (size_t i = 0; i < st->n_bonuses && !rc; i++) {
		char name[512];
		snprintf(name, sizeof name, "Prime : %s", st->bonuses[i].label);
		rc = amount_line(inv, st, name, st->bonuses[i].amount, &id);
	}
	if (!rc && id == 0)
		rc = amount_line(inv, st, "Aucun avancement des travaux sur la période",
		                 fx_decimal_make(0, 2), &id);
	return rc;
}

/* Adds the revision of this statement as a charge, or an allowance. */
static int add_revision(const fx_works_description *d, fx_invoice *inv,
                        const fx_works_statement *st)
{
	fx_decimal rev = st->rows[FX_WORKS_ROW_REVISION].current;
	if (!rev.set || fx_decimal_is_zero(rev))
		return FX_OK;
	bool charge = fx_decimal_cmp(rev, fx_decimal_from_int(0)) > 0;
	fx_allowance_charge *ac = NULL;
	char reason[512];
	int rc = fx_invoice_add_allowance_charge(inv, charge, &ac);
	if (rc)
		return rc;
	ac->amount = fx_decimal_abs(rev);
	rc = set_vat(inv, st, &ac->vat_category, &ac->vat_rate);
	if (!rc)
		rc = fx_invoice_set_text(inv, &ac->reason,
		                         fx_wk_revision_reason(st, charge, reason, sizeof reason));
	const char *code = d->options.revision_charge_code;
	if (!rc && charge && code && strcmp(code, "none") != 0)
		rc = fx_invoice_set_text(inv, &ac->reason_code, code);
	return rc;
}

/* Resolves the profile the XML will be written in. */
static fx_profile profile_of(const fx_invoice *inv, const fx_works_options *o)
{
	if (o && o->profile != FX_WORKS_PROFILE_AUTO)
		return (fx_profile)o->profile;
	return inv->has_profile ? inv->profile : FX_PROFILE_EN16931;
}

/* Checks that the computed invoice states the décompte's amounts. */
static int cross_check(const fx_works_description *d, const fx_works_statement *st,
                       const fx_invoice *inv)
{
	const fx_works_columns *r = st->rows;
	fx_decimal due = d->options.deductions == FX_WK_DEDUCT_PREPAID
	                     ? r[FX_WORKS_ROW_PAYABLE].current
	                     : r[FX_WORKS_ROW_GROSS].current;
	const struct {
		const char *bt;
		fx_decimal got, want;
	} checks[] = {{"BT-109", inv->totals.tax_basis_total, r[FX_WORKS_ROW_NET].current},
	              {"BT-110", inv->totals.tax_total, r[FX_WORKS_ROW_VAT].current},
	              {"BT-112", inv->totals.grand_total, r[FX_WORKS_ROW_GROSS].current},
	              {"BT-115", inv->totals.due, due}};
	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++)
		if (!checks[i].got.set || fx_decimal_cmp(checks[i].got, checks[i].want) != 0) {
			char a[64], b[64];
			return fx_error_set(
			    FX_ERROR,
			    "internal error: the invoice states %s %s, the décompte "
			    "%s",
			    checks[i].bt, fx_wk_fmt(checks[i].got, a, sizeof a),
			    fx_wk_fmt(checks[i].want, b, sizeof b));
		}
	return FX_OK;
}

/* Builds the body of the invoice (everything before the computation). */
static int build(const fx_works_description *d, const fx_works_statement *st,
                 const fx_works_options *opts, fx_invoice *inv)
{
	int rc = fill_document(d, st, inv);
	if (!rc)
		rc = add_lines(inv, st);
	if (!rc)
		rc = add_revision(d, inv, st);
	if (!rc && d->options.deductions == FX_WK_DEDUCT_PREPAID)
		rc = fx_wk_add_prepaid(inv, st);
	if (!rc)
		rc = fx_wk_add_notes(d, st, inv);
	if (!rc && d->options.deductions == FX_WK_DEDUCT_PREPAID &&
	    profile_of(inv, opts) == FX_PROFILE_EXTENDED)
		rc = fx_wk_add_extended(st, inv);
	return rc;
}

/* Makes the invoice of a statement. */
int fx_works_invoice(const fx_works_description *d, const fx_works_statement *st,
                     const fx_works_options *opts, fx_invoice **out)
{
	if (!d || !st || !out)
		return fx_error_set(FX_EUSAGE, "fx_works_invoice: NULL argument");
	if (opts && opts->version != FX_WORKS_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_works_options.version is %u, expected %u",
		                    opts->version, FX_WORKS_OPTIONS_VERSION);
	if (opts && opts->profile != FX_WORKS_PROFILE_AUTO &&
	    (opts->profile < FX_PROFILE_MINIMUM || opts->profile > FX_PROFILE_EXTENDED))
		return fx_error_set(FX_EUSAGE, "fx_works_options.profile %d is not a profile",
		                    opts->profile);
	fx_invoice *inv = NULL;
	int rc = copy_invoice_part(d, &inv);
	if (!rc)
		rc = build(d, st, opts, inv);
	fx_compute_options co = FX_COMPUTE_OPTIONS_INIT;
	co.rules_only = 1;
	if (!rc)
		rc = fx_invoice_compute(inv, &co);
	if (!rc)
		rc = fx_wk_mark_reverse_charge(st, inv);
	if (!rc)
		rc = cross_check(d, st, inv);
	if (rc) {
		fx_invoice_free(inv);
		return rc;
	}
	*out = inv;
	return FX_OK;
}

/* Sets opts to the defaults. */
int fx_works_options_init(fx_works_options *opts, unsigned version)
{
	if (!opts || version != FX_WORKS_OPTIONS_VERSION)
		return fx_error_set(FX_EUSAGE, "fx_works_options_init: version %u, expected %u",
		                    version, FX_WORKS_OPTIONS_VERSION);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	opts->profile = FX_WORKS_PROFILE_AUTO;
	return FX_OK;
}
