/*
 * Unit tests of the JSON reader's happy paths: every group of the model is
 * filled from tests/data/json/full.json, plus NFC, scales and key order.
 */
#include <locale.h>

#include "test_json_support.h"

/* Reads tests/data/json/<name> or fails the test. */
static fx_invoice *read_data(const char *name)
{
	char *path = tj_data_path(name);
	fx_invoice *inv = NULL;
	int rc = fx_json_read_file(path, &inv);
	ck_assert_msg(rc == FX_OK, "%s: %s", path, fx_error_last()->message);
	free(path);
	return inv;
}

/* The document-level fields, notes and preceding invoices. */
START_TEST(document)
{
	fx_invoice *inv = read_data("full.json");
	ck_assert(inv->has_profile);
	ck_assert_int_eq(inv->profile, FX_PROFILE_EXTENDED);
	ck_assert_str_eq(inv->number, "FA-2026-0042");
	tj_date(inv->issue_date, "2026-03-31");
	ck_assert_str_eq(inv->type_code, "380");
	ck_assert_str_eq(inv->currency, "EUR");
	ck_assert_str_eq(inv->tax_currency, "EUR");
	tj_date(inv->tax_point_date, "2026-03-30");
	ck_assert_str_eq(inv->tax_point_date_code, "5");
	tj_date(inv->due_date, "2026-04-30");
	ck_assert_str_eq(inv->buyer_reference, "SERV-ACHATS");
	ck_assert_str_eq(inv->project_ref, "PRJ-77");
	ck_assert_str_eq(inv->project_name, "Rénovation école Jules Ferry");
	ck_assert_str_eq(inv->contract_ref, "MARCHE-2025-118");
	ck_assert_str_eq(inv->purchase_order_ref, "EJ-4500012345");
	ck_assert_str_eq(inv->sales_order_ref, "CMD-991");
	ck_assert_str_eq(inv->receiving_advice_ref, "REC-12");
	ck_assert_str_eq(inv->despatch_advice_ref, "BL-556");
	ck_assert_str_eq(inv->tender_ref, "LOT-3");
	tj_ident(inv->invoiced_object, "COMPTEUR-88", "AAA");
	ck_assert_str_eq(inv->buyer_accounting_ref, "6063");
	ck_assert_ptr_nonnull(strstr(inv->payment_terms, "40 €."));
	ck_assert_str_eq(inv->business_process, "B1");
	ck_assert_int_eq(inv->operation_category, FX_OPERATION_MIXED);
	ck_assert(inv->vat_on_debits);
	ck_assert_uint_eq(inv->n_notes, 2);
	ck_assert_str_eq(inv->notes[0].subject_code, "PMT");
	ck_assert_str_eq(inv->notes[0].content,
	                 "Indemnité forfaitaire pour frais de recouvrement : 40 €");
	ck_assert_ptr_null(inv->notes[1].subject_code);
	ck_assert_str_eq(inv->notes[1].content, "Merci de votre confiance.");
	ck_assert_uint_eq(inv->n_preceding_invoices, 1);
	ck_assert_str_eq(inv->preceding_invoices[0].number, "FA-2026-0011");
	tj_date(inv->preceding_invoices[0].date, "2026-01-31");
	ck_assert_str_eq(inv->preceding_invoices[0].type_code, "380");
	tj_date(inv->period.start, "2026-03-01");
	tj_date(inv->period.end, "2026-03-31");
	fx_invoice_free(inv);
}
END_TEST

/* Checks one address. */
static void check_address(const fx_address *a, const char *line1, const char *line2,
                          const char *line3, const char *city, const char *postcode)
{
	ck_assert_str_eq(a->line1, line1);
	ck_assert_str_eq(a->line2, line2);
	ck_assert_str_eq(a->line3, line3);
	ck_assert_str_eq(a->city, city);
	ck_assert_str_eq(a->postcode, postcode);
	ck_assert_str_eq(a->subdivision, "Rhône");
	ck_assert_str_eq(a->country, "FR");
}

/* Seller, buyer, payee, tax representative and delivery. */
START_TEST(parties)
{
	fx_invoice *inv = read_data("full.json");
	const fx_party *s = &inv->seller;
	ck_assert_str_eq(s->name, "Bâtiments Durand SARL");
	ck_assert_str_eq(s->trading_name, "Durand Rénovation");
	ck_assert_uint_eq(s->n_identifiers, 2);
	tj_ident(s->identifiers[0], "SELLER-1", NULL);
	tj_ident(s->identifiers[1], "3012345678901", "0088");
	tj_ident(s->legal_id, "123456789", "0002");
	ck_assert_str_eq(s->vat_id, "FR32123456789");
	ck_assert_str_eq(s->tax_registration_id, "123/456/789");
	ck_assert_str_eq(s->legal_info, "SARL au capital de 50 000 €, RCS Lyon 123 456 789");
	tj_ident(s->electronic_address, "123456789", "0225");
	check_address(&s->address, "12 rue de la République", "Bâtiment B", "3e étage", "Lyon",
	              "69002");
	ck_assert_str_eq(s->contact.name, "Claire Durand");
	ck_assert_str_eq(s->contact.phone, "+33 4 78 00 00 00");
	ck_assert_str_eq(s->contact.email, "compta@durand.example");

	const fx_party *b = &inv->buyer;
	ck_assert_str_eq(b->name, "Commune de Villeurbanne");
	ck_assert_str_eq(b->trading_name, "Mairie");
	ck_assert_uint_eq(b->n_identifiers, 1);
	tj_ident(b->identifiers[0], "21690266800012", "0009");
	tj_ident(b->legal_id, "216902668", "0002");
	ck_assert_str_eq(b->vat_id, "FR85216902668");
	ck_assert_ptr_null(b->tax_registration_id);
	tj_ident(b->electronic_address, "21690266800012", "0009");
	check_address(&b->address, "Place Lazare Goujon", "Service technique", "Bureau 4",
	              "Villeurbanne", "69100");
	ck_assert_str_eq(b->contact.name, "Paul Martin");
	ck_assert_str_eq(b->contact.email, "factures@mairie.example");

	ck_assert_str_eq(inv->payee.name, "Factor SA");
	tj_ident(inv->payee.id, "FACT-1", "0088");
	tj_ident(inv->payee.legal_id, "552100554", NULL);
	ck_assert_str_eq(inv->tax_representative.name, "Représentant Fiscal SAS");
	ck_assert_str_eq(inv->tax_representative.vat_id, "FR12987654321");
	check_address(&inv->tax_representative.address, "1 quai du Rhône", "Étage 2", "Porte A",
	              "Lyon", "69001");
	ck_assert_str_eq(inv->delivery.party_name, "École Jules Ferry");
	tj_ident(inv->delivery.location_id, "3012345000017", "0088");
	tj_date(inv->delivery.date, "2026-03-15");
	check_address(&inv->delivery.address, "5 rue des Écoles", "Cour", "Préau", "Villeurbanne",
	              "69100");
	fx_invoice_free(inv);
}
END_TEST

/* Payment instructions and attachments (base64 decoded). */
START_TEST(payment_and_attachments)
{
	fx_invoice *inv = read_data("full.json");
	const fx_payment *p = &inv->payment;
	ck_assert_str_eq(p->means_code, "58");
	ck_assert_str_eq(p->means_text, "Virement SEPA");
	ck_assert_str_eq(p->remittance_info, "FA-2026-0042");
	ck_assert_uint_eq(p->n_credit_transfers, 1);
	ck_assert_str_eq(p->credit_transfers[0].account_id, "FR7630006000011234567890189");
	ck_assert_str_eq(p->credit_transfers[0].account_name, "Bâtiments Durand");
	ck_assert_str_eq(p->credit_transfers[0].bic, "AGRIFRPP");
	ck_assert_str_eq(p->card_pan, "1234");
	ck_assert_str_eq(p->card_holder, "C DURAND");
	ck_assert_str_eq(p->mandate_id, "MANDAT-7");
	ck_assert_str_eq(p->creditor_id, "FR12ZZZ123456");
	ck_assert_str_eq(p->debited_account, "FR7612345678901234567890123");
	ck_assert_uint_eq(inv->n_attachments, 1);
	const fx_attachment *a = &inv->attachments[0];
	ck_assert_str_eq(a->id, "ATT-1");
	ck_assert_str_eq(a->description, "Bon de livraison");
	ck_assert_str_eq(a->uri, "https://example.com/bl-556.pdf");
	ck_assert_uint_eq(a->data_len, 13);
	ck_assert_mem_eq(a->data, "Hello, world!", 13);
	ck_assert_str_eq(a->mime_code, "application/pdf");
	ck_assert_str_eq(a->filename, "bl-556.pdf");
	fx_invoice_free(inv);
}
END_TEST

/* Allowances, charges, totals, VAT breakdown, advances and adjustments. */
START_TEST(amounts)
{
	fx_invoice *inv = read_data("full.json");
	ck_assert_uint_eq(inv->n_allowances_charges, 2);
	const fx_allowance_charge *al = &inv->allowances_charges[0];
	ck_assert(!al->charge);
	tj_dec(al->amount, "50.00");
	tj_dec(al->base_amount, "1000.00");
	tj_dec(al->percentage, "5");
	ck_assert_str_eq(al->vat_category, "S");
	tj_dec(al->vat_rate, "20.00");
	ck_assert_str_eq(al->reason, "Remise fidélité");
	ck_assert_str_eq(al->reason_code, "95");
	const fx_allowance_charge *ch = &inv->allowances_charges[1];
	ck_assert(ch->charge);
	tj_dec(ch->amount, "30.00");
	tj_dec(ch->percentage, "10.0");
	ck_assert_str_eq(ch->reason_code, "FC");
	const fx_totals *t = &inv->totals;
	tj_dec(t->line_total, "1200.00");
	tj_dec(t->allowance_total, "50.00");
	tj_dec(t->charge_total, "30.00");
	tj_dec(t->tax_basis_total, "1180.00");
	tj_dec(t->tax_total, "236.00");
	tj_dec(t->tax_total_accounting, "236.00");
	tj_dec(t->grand_total, "1416.00");
	tj_dec(t->prepaid, "100.00");
	tj_dec(t->rounding, "0.00");
	tj_dec(t->due, "1316.00");
	ck_assert_uint_eq(inv->n_vat_breakdown, 1);
	const fx_vat_breakdown *v = &inv->vat_breakdown[0];
	tj_dec(v->taxable_amount, "1180.00");
	tj_dec(v->tax_amount, "236.00");
	ck_assert_str_eq(v->category, "S");
	tj_dec(v->rate, "20.00");
	ck_assert_str_eq(v->exemption_reason, "Sans objet");
	ck_assert_str_eq(v->exemption_code, "VATEX-EU-O");
	tj_date(v->tax_point_date, "2026-03-30");
	ck_assert_str_eq(v->due_date_code, "72");
	ck_assert_uint_eq(inv->n_advance_payments, 1);
	const fx_advance_payment *ap = &inv->advance_payments[0];
	tj_dec(ap->paid_amount, "100.00");
	tj_date(ap->received_date, "2026-02-15");
	ck_assert_uint_eq(ap->n_taxes, 1);
	ck_assert_str_eq(ap->taxes[0].category, "S");
	tj_dec(ap->taxes[0].rate, "20.00");
	tj_dec(ap->taxes[0].tax_amount, "16.67");
	ck_assert_str_eq(ap->invoice_ref, "FA-2026-0005");
	tj_date(ap->invoice_ref_date, "2026-02-01");
	ck_assert_uint_eq(inv->n_financial_adjustments, 1);
	ck_assert_str_eq(inv->financial_adjustments[0].reason_code, "RG");
	ck_assert_str_eq(inv->financial_adjustments[0].reason, "Retenue de garantie 5 %");
	tj_dec(inv->financial_adjustments[0].amount, "-59.00");
	fx_invoice_free(inv);
}
END_TEST

/* Lines with their allowances, charges, classifications and attributes. */
START_TEST(lines)
{
	fx_invoice *inv = read_data("full.json");
	ck_assert_uint_eq(inv->n_lines, 2);
	const fx_line *l = &inv->lines[0];
	ck_assert_str_eq(l->id, "1");
	ck_assert_str_eq(l->note, "Travaux de peinture");
	tj_ident(l->object_id, "OBJ-1", "AAA");
	tj_dec(l->quantity, "10.5");
	ck_assert_str_eq(l->unit_code, "HUR");
	tj_dec(l->net_amount, "840.00");
	ck_assert_str_eq(l->order_line_ref, "10");
	ck_assert_str_eq(l->accounting_ref, "615200");
	tj_date(l->period.start, "2026-03-01");
	tj_date(l->period.end, "2026-03-15");
	ck_assert_uint_eq(l->n_allowances_charges, 2);
	ck_assert(!l->allowances_charges[0].charge);
	tj_dec(l->allowances_charges[0].amount, "10.00");
	tj_dec(l->allowances_charges[0].base_amount, "850.50");
	tj_dec(l->allowances_charges[0].percentage, "1.1758");
	ck_assert_str_eq(l->allowances_charges[0].reason, "Remise");
	ck_assert_str_eq(l->allowances_charges[0].reason_code, "95");
	ck_assert(l->allowances_charges[1].charge);
	tj_dec(l->allowances_charges[1].amount, "5.00");
	tj_dec(l->allowances_charges[1].base_amount, "100");
	ck_assert_str_eq(l->allowances_charges[1].reason_code, "ABK");
	tj_dec(l->net_price, "80.000");
	tj_dec(l->price_discount, "1.0000");
	tj_dec(l->gross_price, "81.0000");
	tj_dec(l->base_quantity, "1");
	ck_assert_str_eq(l->base_quantity_unit, "HUR");
	ck_assert_str_eq(l->vat_category, "S");
	tj_dec(l->vat_rate, "20.00");
	ck_assert_str_eq(l->item_name, "Peinture murale");
	ck_assert_str_eq(l->item_description, "Peinture acrylique, deux couches");
	ck_assert_str_eq(l->seller_item_id, "PEINT-01");
	ck_assert_str_eq(l->buyer_item_id, "ACH-77");
	tj_ident(l->standard_id, "3760000000019", "0160");
	ck_assert_uint_eq(l->n_classifications, 1);
	ck_assert_str_eq(l->classifications[0].code, "45442100");
	ck_assert_str_eq(l->classifications[0].scheme, "STI");
	ck_assert_str_eq(l->classifications[0].version, "2008");
	ck_assert_str_eq(l->origin_country, "FR");
	ck_assert_uint_eq(l->n_attributes, 1);
	ck_assert_str_eq(l->attributes[0].name, "Couleur");
	ck_assert_str_eq(l->attributes[0].value, "Blanc cassé");
	/* the second line gives decimals and identifiers as strings */
	const fx_line *l2 = &inv->lines[1];
	tj_dec(l2->quantity, "3");
	tj_dec(l2->net_price, "120.00");
	tj_dec(l2->vat_rate, "20");
	tj_ident(l2->object_id, "OBJ-2", NULL);
	tj_ident(l2->standard_id, "3760000000026", NULL);
	ck_assert(!l2->net_amount.set);
	ck_assert_uint_eq(l2->n_allowances_charges, 0);
	fx_invoice_free(inv);
}
END_TEST

/* Decomposed text (escaped or raw) becomes NFC: e + U+0301 is U+00E9. */
START_TEST(nfc)
{
	fx_invoice *inv = tj_read_ok("{\"seller\": {\"name\": \"Caf\\u0065\\u0301\"},"
	                             " \"buyer\": {\"name\": \"Cafe\xCC\x81 cr\xC3\xA8me\"}}");
	ck_assert_str_eq(inv->seller.name, "Caf\xC3\xA9");
	ck_assert_str_eq(inv->buyer.name, "Caf\xC3\xA9 cr\xC3\xA8me");
	fx_invoice_free(inv);
}
END_TEST

/* Escapes, including surrogate pairs, decode to UTF-8. */
START_TEST(escapes)
{
	fx_invoice *inv = tj_read_ok("{\"number\": \"\\\"a\\\\b\\/c\\td\\u00e9\\uD83D\\uDE00\"}");
	ck_assert_str_eq(inv->number, "\"a\\b/c\td\xC3\xA9\xF0\x9F\x98\x80");
	fx_invoice_free(inv);
}
END_TEST

/* Allowances are stored before charges, in file order, whatever the key order. */
START_TEST(allowance_order)
{
	fx_invoice *inv = tj_read_ok("{\"charges\": [{\"amount\": 1}, {\"amount\": 2}],"
	                             " \"allowances\": [{\"amount\": 3}, {\"amount\": 4}],"
	                             " \"lines\": [{\"charges\": [{\"amount\": 5}],"
	                             " \"allowances\": [{\"amount\": 6}]}]}");
	ck_assert_uint_eq(inv->n_allowances_charges, 4);
	static const char *const want[] = {"3", "4", "1", "2"};
	for (size_t i = 0; i < 4; i++) {
		tj_dec(inv->allowances_charges[i].amount, want[i]);
		ck_assert(inv->allowances_charges[i].charge == (i >= 2));
	}
	ck_assert_uint_eq(inv->lines[0].n_allowances_charges, 2);
	tj_dec(inv->lines[0].allowances_charges[0].amount, "6");
	ck_assert(!inv->lines[0].allowances_charges[0].charge);
	tj_dec(inv->lines[0].allowances_charges[1].amount, "5");
	ck_assert(inv->lines[0].allowances_charges[1].charge);
	fx_invoice_free(inv);
}
END_TEST

/* Decimals keep their written scale and are exact. */
START_TEST(decimal_scale)
{
	fx_invoice *inv =
	    tj_read_ok("{\"totals\": {\"line_total\": 12.50, \"tax_total\": \"12.50\","
	               " \"grand_total\": 0.1, \"prepaid\": -0.00,"
	               " \"due\": 123456789012.123456, \"rounding\": \"-0.01\"}}");
	tj_dec(inv->totals.line_total, "12.50");
	ck_assert_int_eq(inv->totals.line_total.coef, 1250);
	ck_assert_int_eq(inv->totals.line_total.scale, 2);
	tj_dec(inv->totals.tax_total, "12.50");
	tj_dec(inv->totals.grand_total, "0.1");
	ck_assert(fx_decimal_is_zero(inv->totals.prepaid));
	tj_dec(inv->totals.due, "123456789012.123456");
	tj_dec(inv->totals.rounding, "-0.01");
	ck_assert(!inv->totals.charge_total.set);
	fx_invoice_free(inv);
}
END_TEST

/* Profile variants, the category, booleans, "$schema", a BOM and CRLF. */
START_TEST(options)
{
	static const struct {
		const char *text;
		fx_profile want;
	} cases[] = {{"MINIMUM", FX_PROFILE_MINIMUM},   {"basic wl", FX_PROFILE_BASIC_WL},
	             {"BASIC-WL", FX_PROFILE_BASIC_WL}, {"BASIC", FX_PROFILE_BASIC},
	             {"EN 16931", FX_PROFILE_EN16931},  {"en16931", FX_PROFILE_EN16931},
	             {"Extended", FX_PROFILE_EXTENDED}};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[64];
		snprintf(text, sizeof text, "{\"profile\": \"%s\"}", cases[i].text);
		fx_invoice *inv = tj_read_ok(text);
		ck_assert(inv->has_profile);
		ck_assert_int_eq(inv->profile, cases[i].want);
		fx_invoice_free(inv);
	}
	fx_invoice *inv =
	    tj_read_ok("\xEF\xBB\xBF{\r\n\"$schema\": \"x\",\r\n"
	               "\"operation_category\": \"goods\", \"vat_on_debits\": false}");
	ck_assert(!inv->has_profile);
	ck_assert_int_eq(inv->operation_category, FX_OPERATION_GOODS);
	ck_assert(!inv->vat_on_debits);
	fx_invoice_free(inv);
	inv = tj_read_ok("{\"operation_category\": \"services\"}");
	ck_assert_int_eq(inv->operation_category, FX_OPERATION_SERVICES);
	fx_invoice_free(inv);
	/* empty objects and arrays are accepted and add nothing but empty elements */
	inv = tj_read_ok("{\"seller\": {}, \"notes\": [], \"lines\": [{}]}");
	ck_assert_ptr_null(inv->seller.name);
	ck_assert_uint_eq(inv->n_notes, 0);
	ck_assert_uint_eq(inv->n_lines, 1);
	fx_invoice_free(inv);
}
END_TEST

/* The CRLF position of an error counts lines on LF only. */
START_TEST(crlf_positions)
{
	tj_fail("{\r\n  \"number\": 1\r\n}",
	        "invoice.json:2:13: $.number: expected a text (a JSON string), got 1");
	tj_fail("\xEF\xBB\xBF{\"x\": 1}", "invoice.json:1:2: $.x: unknown key");
}
END_TEST

/* The complete example of docs/invoice-json.md reads, and as documented. */
START_TEST(documented_example)
{
	char *doc = fx_test_read(FX_SOURCE_DIR "/docs/invoice-json.md", NULL);
	const char *section = strstr(doc, "## Complete example");
	ck_assert_ptr_nonnull(section);
	const char *start = strstr(section, "```json\n");
	ck_assert_ptr_nonnull(start);
	start += 8;
	const char *end = strstr(start, "```");
	ck_assert_ptr_nonnull(end);
	fx_invoice *inv = NULL;
	int rc = fx_json_read_memory(start, (size_t)(end - start), "example", &inv);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	ck_assert_int_eq(inv->profile, FX_PROFILE_EN16931);
	ck_assert_str_eq(inv->seller.vat_id, "FR25842305195");
	ck_assert_uint_eq(inv->n_lines, 2);
	tj_dec(inv->lines[1].net_price, "1200.00");
	tj_dec(inv->totals.due, "5160.00");
	fx_invoice_free(inv);
	free(doc);
}
END_TEST

/* Builds the suite. */
static Suite *json_read_suite(void)
{
	Suite *s = suite_create("json_read");
	TCase *tc = tcase_create("read");
	tcase_add_test(tc, document);
	tcase_add_test(tc, parties);
	tcase_add_test(tc, payment_and_attachments);
	tcase_add_test(tc, amounts);
	tcase_add_test(tc, lines);
	tcase_add_test(tc, nfc);
	tcase_add_test(tc, escapes);
	tcase_add_test(tc, allowance_order);
	tcase_add_test(tc, decimal_scale);
	tcase_add_test(tc, options);
	tcase_add_test(tc, crlf_positions);
	tcase_add_test(tc, documented_example);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the JSON reader tests in the environment's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(json_read_suite());
}
