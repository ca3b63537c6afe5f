/*
 * Invoices built with the public API for the CII writer tests, in layers:
 * small (every profile) < medium (EN 16931 data) < works (EXTENDED data)
 * < rich (nearly every field of the model). Totals are set explicitly.
 */
#ifndef TEST_CII_WRITE_FIXTURES_H
#define TEST_CII_WRITE_FIXTURES_H

#include <check.h>
#include <string.h>

#include "facturx/cii.h"
#include "facturx/invoice.h"

/* Sets a text field of inv, failing the test on error. */
#define FX_SET(inv, field, text) ck_assert_int_eq(fx_invoice_set_text((inv), &(field), (text)), 0)

/* Parses a decimal literal, failing the test on error. */
static fx_decimal fx_dec(const char *s)
{
	fx_decimal d;
	ck_assert_int_eq(fx_decimal_parse(s, strlen(s), &d), 0);
	return d;
}

/* Returns the date y-m-d. */
static fx_date fx_day(int y, int m, int d)
{
	fx_date x = {(int16_t)y, (uint8_t)m, (uint8_t)d};
	return x;
}

/* Adds the small invoice's data: one line, one VAT rate, IBAN payment. */
static void fixture_small(fx_invoice *inv)
{
	FX_SET(inv, inv->number, "FA-2024-001");
	inv->issue_date = fx_day(2024, 3, 15);
	FX_SET(inv, inv->type_code, "380");
	FX_SET(inv, inv->currency, "EUR");
	FX_SET(inv, inv->business_process, "A1");
	FX_SET(inv, inv->buyer_reference, "SERVICE-42");
	FX_SET(inv, inv->purchase_order_ref, "EJ-2024-77");
	FX_SET(inv, inv->contract_ref, "MARCHE-2023-12");
	FX_SET(inv, inv->payment_terms, "Paiement à 30 jours");
	inv->due_date = fx_day(2024, 4, 14);

	fx_note *note;
	ck_assert_int_eq(fx_invoice_add_note(inv, &note), 0);
	FX_SET(inv, note->subject_code, "AAB");
	FX_SET(inv, note->content, "Escompte pour paiement anticipé : néant.");

	fx_party *s = &inv->seller;
	FX_SET(inv, s->name, "Bâtiments Durand SARL");
	FX_SET(inv, s->legal_id.id, "123456789");
	FX_SET(inv, s->legal_id.scheme, "0002");
	FX_SET(inv, s->vat_id, "FR32123456789");
	FX_SET(inv, s->address.line1, "12 rue des Artisans");
	FX_SET(inv, s->address.city, "Lyon");
	FX_SET(inv, s->address.postcode, "69003");
	FX_SET(inv, s->address.country, "FR");
	FX_SET(inv, s->electronic_address.id, "123456789");
	FX_SET(inv, s->electronic_address.scheme, "0225");

	fx_party *b = &inv->buyer;
	FX_SET(inv, b->name, "Commune de Villeneuve");
	FX_SET(inv, b->legal_id.id, "21690123400017");
	FX_SET(inv, b->legal_id.scheme, "0009");
	FX_SET(inv, b->address.line1, "Place de la Mairie");
	FX_SET(inv, b->address.city, "Villeneuve");
	FX_SET(inv, b->address.postcode, "69400");
	FX_SET(inv, b->address.country, "FR");

	FX_SET(inv, inv->payment.means_code, "58");
	fx_credit_transfer *ct;
	ck_assert_int_eq(fx_invoice_add_credit_transfer(inv, &ct), 0);
	FX_SET(inv, ct->account_id, "FR7630006000011234567890189");
	FX_SET(inv, ct->bic, "AGRIFRPP");

	fx_vat_breakdown *vb;
	ck_assert_int_eq(fx_invoice_add_vat_breakdown(inv, &vb), 0);
	vb->taxable_amount = fx_dec("1000.00");
	vb->tax_amount = fx_dec("200.00");
	FX_SET(inv, vb->category, "S");
	vb->rate = fx_dec("20.00");

	fx_line *l;
	ck_assert_int_eq(fx_invoice_add_line(inv, &l), 0);
	FX_SET(inv, l->id, "1");
	FX_SET(inv, l->item_name, "Travaux de maçonnerie");
	l->quantity = fx_dec("10");
	FX_SET(inv, l->unit_code, "HUR");
	l->net_price = fx_dec("100.00");
	l->net_amount = fx_dec("1000.00");
	FX_SET(inv, l->vat_category, "S");
	l->vat_rate = fx_dec("20.00");

	fx_totals *t = &inv->totals;
	t->line_total = fx_dec("1000.00");
	t->tax_basis_total = fx_dec("1000.00");
	t->tax_total = fx_dec("200.00");
	t->grand_total = fx_dec("1200.00");
	t->due = fx_dec("1200.00");
}

/* Adds EN 16931 data to a small invoice: references, contacts, a charge,
 * a second line with gross price, discount and line allowance, an
 * attachment, delivery. Totals become 1000 + 500 + 50 = 1550 net. */
static void fixture_medium(fx_invoice *inv)
{
	FX_SET(inv, inv->project_ref, "PRJ-77");
	FX_SET(inv, inv->project_name, "Rénovation de l'école");
	FX_SET(inv, inv->tender_ref, "LOT-3");
	FX_SET(inv, inv->sales_order_ref, "CMD-555");
	FX_SET(inv, inv->receiving_advice_ref, "REC-9");
	FX_SET(inv, inv->despatch_advice_ref, "BL-12");
	FX_SET(inv, inv->buyer_accounting_ref, "6152");
	FX_SET(inv, inv->invoiced_object.id, "CHANTIER-8");
	FX_SET(inv, inv->invoiced_object.scheme, "AWV");

	fx_party *s = &inv->seller;
	FX_SET(inv, s->trading_name, "Durand Bâtiment");
	FX_SET(inv, s->legal_info, "SARL au capital de 10 000 €");
	FX_SET(inv, s->contact.name, "Jeanne Durand");
	FX_SET(inv, s->contact.phone, "+33 4 00 00 00 00");
	FX_SET(inv, s->contact.email, "compta@durand.example");
	fx_identifier *id;
	ck_assert_int_eq(fx_invoice_add_party_identifier(inv, s, &id), 0);
	FX_SET(inv, id->id, "12345678900012");
	FX_SET(inv, id->scheme, "0009");
	ck_assert_int_eq(fx_invoice_add_party_identifier(inv, s, &id), 0);
	FX_SET(inv, id->id, "FOURN-001");

	inv->delivery.date = fx_day(2024, 3, 1);
	FX_SET(inv, inv->delivery.party_name, "École Jules Ferry");
	FX_SET(inv, inv->delivery.address.city, "Villeneuve");
	FX_SET(inv, inv->delivery.address.country, "FR");
	inv->period.start = fx_day(2024, 2, 1);
	inv->period.end = fx_day(2024, 2, 29);

	FX_SET(inv, inv->payment.means_text, "Virement SEPA");
	FX_SET(inv, inv->payment.remittance_info, "FA-2024-001");
	FX_SET(inv, inv->payment.credit_transfers[0].account_name, "Durand SARL");

	fx_allowance_charge *ac;
	ck_assert_int_eq(fx_invoice_add_allowance_charge(inv, true, &ac), 0);
	ac->amount = fx_dec("50.00");
	ac->base_amount = fx_dec("1000.00");
	ac->percentage = fx_dec("5");
	FX_SET(inv, ac->reason, "Révision des prix");
	FX_SET(inv, ac->reason_code, "PRV");
	FX_SET(inv, ac->vat_category, "S");
	ac->vat_rate = fx_dec("20.00");

	fx_line *l;
	ck_assert_int_eq(fx_invoice_add_line(inv, &l), 0);
	FX_SET(inv, l->id, "2");
	FX_SET(inv, l->note, "Fourniture & pose");
	FX_SET(inv, l->item_name, "Enduit <chaux>");
	FX_SET(inv, l->item_description, "Sac de 25 kg");
	FX_SET(inv, l->seller_item_id, "END-25");
	FX_SET(inv, l->order_line_ref, "4");
	l->quantity = fx_dec("20");
	FX_SET(inv, l->unit_code, "C62");
	l->gross_price = fx_dec("27.50");
	l->price_discount = fx_dec("2.50");
	l->net_price = fx_dec("25.00");
	l->base_quantity = fx_dec("1");
	FX_SET(inv, l->base_quantity_unit, "C62");
	l->net_amount = fx_dec("500.00");
	FX_SET(inv, l->vat_category, "S");
	l->vat_rate = fx_dec("20.00");
	ck_assert_int_eq(fx_line_add_allowance_charge(inv, l, false, &ac), 0);
	ac->amount = fx_dec("0.00");
	FX_SET(inv, ac->reason, "Remise");
	FX_SET(inv, ac->reason_code, "95");

	fx_attachment *a;
	ck_assert_int_eq(fx_invoice_add_attachment(inv, &a), 0);
	FX_SET(inv, a->id, "SIT-3");
	FX_SET(inv, a->description, "ETAT_ACOMPTE");
	FX_SET(inv, a->mime_code, "text/plain");
	FX_SET(inv, a->filename, "situation.txt");
	ck_assert_int_eq(fx_invoice_set_data(inv, &a->data, &a->data_len,
	                                     "Situation n\xc2\xb0"
	                                     "3\n",
	                                     15),
	                 0);

	fx_vat_breakdown *vb = &inv->vat_breakdown[0];
	vb->taxable_amount = fx_dec("1550.00");
	vb->tax_amount = fx_dec("310.00");
	fx_totals *t = &inv->totals;
	t->line_total = fx_dec("1500.00");
	t->charge_total = fx_dec("50.00");
	t->tax_basis_total = fx_dec("1550.00");
	t->tax_total = fx_dec("310.00");
	t->grand_total = fx_dec("1860.00");
	t->due = fx_dec("1860.00");
}

/* Adds EXTENDED works-invoice data to a medium invoice: an advance
 * payment and a retention (financial adjustment) lowering the due amount,
 * a preceding invoice with its type code. */
static void fixture_works(fx_invoice *inv)
{
	FX_SET(inv, inv->business_process, "A4");
	fx_preceding_invoice *p;
	ck_assert_int_eq(fx_invoice_add_preceding_invoice(inv, &p), 0);
	FX_SET(inv, p->number, "FA-2024-000");
	p->date = fx_day(2024, 2, 15);
	FX_SET(inv, p->type_code, "380");

	fx_advance_payment *ap;
	ck_assert_int_eq(fx_invoice_add_advance_payment(inv, &ap), 0);
	ap->paid_amount = fx_dec("600.00");
	ap->received_date = fx_day(2024, 1, 10);
	FX_SET(inv, ap->invoice_ref, "AV-2024-001");
	ap->invoice_ref_date = fx_day(2024, 1, 5);
	fx_advance_payment_tax *tax;
	ck_assert_int_eq(fx_advance_payment_add_tax(inv, ap, &tax), 0);
	FX_SET(inv, tax->category, "S");
	tax->rate = fx_dec("20.00");
	tax->tax_amount = fx_dec("100.00");

	fx_financial_adjustment *f;
	ck_assert_int_eq(fx_invoice_add_financial_adjustment(inv, &f), 0);
	FX_SET(inv, f->reason, "Retenue de garantie 5 %");
	f->amount = fx_dec("-93.00");

	inv->totals.prepaid = fx_dec("693.00");
	inv->totals.due = fx_dec("1167.00");
}

/* Adds the remaining fields of the model to a works invoice (for the
 * schema tests): every party detail, payee, tax representative, card,
 * direct debit, BT-111, line details, a URI attachment. */
static void fixture_rich(fx_invoice *inv)
{
	FX_SET(inv, inv->tax_currency, "USD");
	inv->totals.tax_total_accounting = fx_dec("340.10");
	inv->tax_point_date = fx_day(2024, 3, 1);
	inv->totals.rounding = fx_dec("0.00");
	inv->vat_on_debits = true;

	fx_party *s = &inv->seller;
	FX_SET(inv, s->tax_registration_id, "FR-FISC-77");
	fx_party *b = &inv->buyer;
	FX_SET(inv, b->trading_name, "Mairie de Villeneuve");
	FX_SET(inv, b->vat_id, "FR45216901234");
	FX_SET(inv, b->electronic_address.id, "21690123400017");
	FX_SET(inv, b->electronic_address.scheme, "0009");
	FX_SET(inv, b->address.line2, "Bâtiment B");
	FX_SET(inv, b->address.line3, "2e étage");
	FX_SET(inv, b->address.subdivision, "Rhône");
	FX_SET(inv, b->contact.name, "Service technique");
	FX_SET(inv, b->contact.email, "technique@villeneuve.example");
	fx_identifier *id;
	ck_assert_int_eq(fx_invoice_add_party_identifier(inv, b, &id), 0);
	FX_SET(inv, id->id, "CLIENT-9");

	FX_SET(inv, inv->payee.name, "Affacturage Sud");
	FX_SET(inv, inv->payee.id.id, "98765432100019");
	FX_SET(inv, inv->payee.id.scheme, "0009");
	FX_SET(inv, inv->payee.legal_id.id, "987654321");
	FX_SET(inv, inv->payee.legal_id.scheme, "0002");

	fx_tax_representative *tr = &inv->tax_representative;
	FX_SET(inv, tr->name, "Représentant fiscal SA");
	FX_SET(inv, tr->vat_id, "FR11999999999");
	FX_SET(inv, tr->address.line1, "1 avenue de la République");
	FX_SET(inv, tr->address.city, "Paris");
	FX_SET(inv, tr->address.postcode, "75011");
	FX_SET(inv, tr->address.country, "FR");

	FX_SET(inv, inv->delivery.location_id.id, "3012345000004");
	FX_SET(inv, inv->delivery.location_id.scheme, "0088");

	fx_payment *pay = &inv->payment;
	FX_SET(inv, pay->creditor_id, "FR12ZZZ123456");
	FX_SET(inv, pay->mandate_id, "MANDAT-1");
	FX_SET(inv, pay->debited_account, "FR7630006000011234567890189");
	FX_SET(inv, pay->card_pan, "1234");
	FX_SET(inv, pay->card_holder, "J DURAND");
	fx_credit_transfer *ct;
	ck_assert_int_eq(fx_invoice_add_credit_transfer(inv, &ct), 0);
	FX_SET(inv, ct->account_id, "DURAND-CAISSE-7");
	FX_SET(inv, ct->account_name, "Caisse Durand");

	fx_vat_breakdown *vb = &inv->vat_breakdown[0];
	FX_SET(inv, vb->exemption_reason, "Sans objet");

	fx_preceding_invoice *p;
	ck_assert_int_eq(fx_invoice_add_preceding_invoice(inv, &p), 0);
	FX_SET(inv, p->number, "FA-2023-099");

	fx_attachment *a;
	ck_assert_int_eq(fx_invoice_add_attachment(inv, &a), 0);
	FX_SET(inv, a->id, "PLAN-1");
	FX_SET(inv, a->uri, "https://durand.example/plans/1.pdf");

	fx_line *l = &inv->lines[1];
	FX_SET(inv, l->buyer_item_id, "ACH-99");
	FX_SET(inv, l->standard_id.id, "3012345000011");
	FX_SET(inv, l->standard_id.scheme, "0160");
	FX_SET(inv, l->origin_country, "FR");
	FX_SET(inv, l->accounting_ref, "6063");
	FX_SET(inv, l->object_id.id, "ZONE-B");
	FX_SET(inv, l->object_id.scheme, "AWV");
	l->period.start = fx_day(2024, 2, 1);
	l->period.end = fx_day(2024, 2, 29);
	fx_classification *c;
	ck_assert_int_eq(fx_line_add_classification(inv, l, &c), 0);
	FX_SET(inv, c->code, "44111500");
	FX_SET(inv, c->scheme, "TST");
	FX_SET(inv, c->version, "2024");
	fx_item_attribute *at;
	ck_assert_int_eq(fx_line_add_attribute(inv, l, &at), 0);
	FX_SET(inv, at->name, "Couleur");
	FX_SET(inv, at->value, "Blanc cassé");
	fx_allowance_charge *ac;
	ck_assert_int_eq(fx_line_add_allowance_charge(inv, l, true, &ac), 0);
	ac->amount = fx_dec("0.00");
	ac->base_amount = fx_dec("500.00");
	ac->percentage = fx_dec("0");
	FX_SET(inv, ac->reason, "Transport");
	FX_SET(inv, ac->reason_code, "FC");

	fx_allowance_charge *doc;
	ck_assert_int_eq(fx_invoice_add_allowance_charge(inv, false, &doc), 0);
	doc->amount = fx_dec("0.00");
	FX_SET(inv, doc->reason, "Geste commercial");
	FX_SET(inv, doc->vat_category, "S");
	doc->vat_rate = fx_dec("20.00");
	inv->totals.allowance_total = fx_dec("0.00");
}

/* Creates an invoice and applies the layers up to level (0 small,
 * 1 medium, 2 works, 3 rich). */
static fx_invoice *fixture_new(int level)
{
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_invoice_new(&inv), 0);
	fixture_small(inv);
	if (level >= 1)
		fixture_medium(inv);
	if (level >= 2)
		fixture_works(inv);
	if (level >= 3)
		fixture_rich(inv);
	return inv;
}

#endif
