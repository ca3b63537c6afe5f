/*
 * Unit tests of the batch mappings: the built-in one (its CSV template, its
 * French names, value translations, schemes and defaults), the mistakes of
 * a mapping file reported at their line and column, and what a custom
 * mapping does (constants, defaults, the decimal mark, array fields, a
 * seller path relative to the mapping).
 */
#include "test_batch_support.h"

/* Reads a mapping from text; checks that it fails with message want. */
static void mapping_fails(const char *text, const char *want)
{
	fx_batch_mapping *m = NULL;
	ck_assert_int_eq(fx_batch_mapping_read_memory(text, strlen(text), "m.json", &m), FX_EINVAL);
	ck_assert_str_eq(fx_error_last()->message, want);
}

/* The built-in mapping reads, and its template lists each field once. */
START_TEST(default_mapping)
{
	fx_batch_mapping *m = NULL;
	ck_assert_int_eq(fx_batch_mapping_default(&m), FX_OK);
	char *csv = NULL;
	size_t len = 0;
	ck_assert_int_eq(fx_batch_mapping_template_csv(m, 0, &csv, &len), FX_OK);
	ck_assert_uint_eq(strlen(csv), len);
	ck_assert(strncmp(csv, "\xEF\xBB\xBFNuméro facture;Date facture;", 26) == 0);
	ck_assert_ptr_null(strstr(csv, "N° facture")); /* an alias of Numéro facture */
	ck_assert_ptr_nonnull(strstr(csv, ";Désignation;"));
	ck_assert_ptr_nonnull(strstr(csv, ";Prix unitaire HT;"));
	ck_assert(len > 2 && strcmp(csv + len - 2, "\r\n") == 0);
	free(csv);
	ck_assert_int_eq(fx_batch_mapping_template_csv(m, '\t', &csv, &len), FX_OK);
	ck_assert_ptr_nonnull(strstr(csv, "Numéro facture\tDate facture\t"));
	free(csv);
	fx_batch_mapping_free(m);
	const char *json = fx_batch_mapping_default_json();
	ck_assert_int_eq(fx_batch_mapping_read_memory(json, strlen(json), "d.json", &m), FX_OK);
	fx_batch_mapping_free(m);
}
END_TEST

/* Mistakes in a mapping file are reported at their place. */
START_TEST(mapping_errors)
{
	mapping_fails(
	    "{\"columns\": {\"N\": \"number\", \"Qté\": \"lines.quantite\"}}",
	    "m.json:1:36: $.columns[\"Qté\"]: unknown field 'quantite' in 'lines.quantite'; "
	    "did you mean 'quantity'?");
	mapping_fails("{\"colums\": {}}",
	              "m.json:1:2: $.colums: unknown key; did you mean 'columns'?");
	mapping_fails("{\"decimal_mark\": \";\"}",
	              "m.json:1:18: $.decimal_mark: expected \",\", \".\" or \"auto\"");
	mapping_fails("{\"columns\": {\"Client\": \"buyer.name\"}}",
	              "m.json:1:1: no column is mapped to \"number\" (BT-1): the invoice number "
	              "tells which rows make an invoice");
	mapping_fails("{\"columns\": {\"N\": \"number\", \"D\": \"currency\"},\n"
	              " \"constants\": {\"currency\": \"EUR\"}}",
	              "m.json:1:1: field currency is both a constant and column \"D\"");
	mapping_fails(
	    "{\"columns\": {\"N\": \"number\"},\n"
	    " \"defaults\": {\"lines.vat_rate\": \"vingt\"}}",
	    "m.json:2:33: $.defaults[\"lines.vat_rate\"]: lines.vat_rate: expected a number "
	    "such as 1 234,56 or -12,5");
	mapping_fails("{\"columns\": {\"N\": \"number\", \"A\": \"buyer.address\"}}",
	              "m.json:1:34: $.columns.A: 'buyer.address' is a group of fields: name one of "
	              "them, e.g. 'buyer.address.line1'");
	mapping_fails("{\"columns\": {\"N\": {\"field\": \"number\", \"scheme\": \"0002\"}}}",
	              "m.json:1:19: $.columns.N: \"scheme\" is only for identifier fields");
	mapping_fails("{\"columns\": {\"N\": \"number\", \"n\": \"currency\"}}",
	              "m.json:1:29: $.columns.n: column \"N\" is already mapped (to number)");
	mapping_fails(
	    "{\"columns\": {\"N\": \"number\", \"F\": \"attachments.data\"}}",
	    "m.json:1:34: $.columns.F: 'attachments.data': binary data cannot come from a "
	    "CSV cell");
	mapping_fails("{\"columns\": {\"N\": \"number\", \"T\": {\"field\": \"type_code\", "
	              "\"values\": [1]}}}",
	              "m.json:1:67: $.columns.T.values: expected an object {\"text in the CSV\": "
	              "\"value\"}");
	mapping_fails(
	    "{\"columns\": {\"N\": \"number\", \"T\": {\"scheme\": \"1\"}}}",
	    "m.json:1:34: $.columns.T: missing \"field\": the invoice field of this column");
	mapping_fails(
	    "{\"columns\": {\"N\": \"number\", \"S\": \"seller.legal_id.kind\"}}",
	    "m.json:1:34: $.columns.S: 'seller.legal_id.kind': an identifier has 'id' and "
	    "'scheme'");
	mapping_fails("{\"columns\": {\"N\": \"number\",}}",
	              "m.json:1:28: $.columns: trailing comma before '}'");
}
END_TEST

/* A custom mapping: constants, defaults, the decimal mark, value
 * translations, identifier schemes, array fields, line fields. */
START_TEST(custom_mapping)
{
	char *dir = tb_dir();
	char *map =
	    tb_file(dir, "m.json",
	            "{\"decimal_mark\": \".\", \"seller\": \"v.json\",\n"
	            " \"columns\": {\"Piece\": \"number\", \"Tiers\": \"buyer.name\",\n"
	            "  \"Siret\": {\"field\": \"buyer.identifiers\", \"scheme\": \"0009\"},\n"
	            "  \"Iban\": \"payment.credit_transfers.account_id\",\n"
	            "  \"Note\": \"notes.content\",\n"
	            "  \"Sorte\": {\"field\": \"type_code\", \"values\": {\"AVOIR\": \"381\"}},\n"
	            "  \"Lib\": \"lines.item_name\", \"Qte\": \"lines.quantity\",\n"
	            "  \"PU\": \"lines.net_price\", \"Remise\": \"lines.allowances.amount\"},\n"
	            " \"constants\": {\"currency\": \"EUR\", \"lines.vat_rate\": 20},\n"
	            " \"defaults\": {\"type_code\": \"380\", \"lines.unit_code\": \"C62\",\n"
	            "  \"lines.vat_category\": \"S\", \"lines.allowances.reason\": \"Remise\"}}\n");
	char *seller = tb_file(dir, "v.json",
	                       "{\"notes\": [{\"content\": \"Mention\"}], \"payment\": "
	                       "{\"credit_transfers\": [{\"account_id\": \"FR76A\"}]}}");
	char *csv = tb_file(dir, "e.csv",
	                    "Piece,Tiers,Siret,Iban,Note,Sorte,Lib,Qte,PU,Remise\n"
	                    "A1,Durand,12345678900011,FR76B,Merci,avoir,Vis,\"1,000\",0.5,\n"
	                    "A1,Durand,12345678900011,FR76B,Merci,avoir,Clou,2,1.25,0.50\n"
	                    "A2,Dupont,,,,,Vis,3,0.5,\n");
	fx_batch_mapping *m = NULL;
	int rc = fx_batch_mapping_read_file(map, &m);
	ck_assert_msg(rc == FX_OK, "%s", fx_error_last()->message);
	fx_batch_input in = tb_input(csv, NULL, NULL);
	in.mapping = m;
	tb_read rd;
	tb_read_all(&in, &rd);
	ck_assert_uint_eq(rd.n, 2);
	const fx_invoice *a = rd.inv[0];
	ck_assert_msg(a != NULL, "%s", rd.message[0]);
	ck_assert_str_eq(a->number, "A1");
	ck_assert_str_eq(a->type_code, "381");
	ck_assert_str_eq(a->currency, "EUR");
	ck_assert_uint_eq(a->buyer.n_identifiers, 1);
	ck_assert_str_eq(a->buyer.identifiers[0].id, "12345678900011");
	ck_assert_str_eq(a->buyer.identifiers[0].scheme, "0009");
	ck_assert_uint_eq(a->n_notes, 2); /* the seller file's, then the column's */
	ck_assert_str_eq(a->notes[0].content, "Mention");
	ck_assert_str_eq(a->notes[1].content, "Merci");
	ck_assert_uint_eq(a->payment.n_credit_transfers, 2);
	ck_assert_str_eq(a->payment.credit_transfers[1].account_id, "FR76B");
	ck_assert_uint_eq(a->n_lines, 2);
	ck_assert_str_eq(a->lines[0].id, "1");
	ck_assert_int_eq(a->lines[0].quantity.coef, 1000); /* "1,000": a thousand, mark '.' */
	ck_assert_int_eq(a->lines[0].quantity.scale, 0);
	ck_assert_str_eq(a->lines[0].unit_code, "C62");
	ck_assert_int_eq(a->lines[0].vat_rate.coef, 20);
	ck_assert_uint_eq(a->lines[0].n_allowances_charges, 0); /* a default creates none */
	ck_assert_uint_eq(a->lines[1].n_allowances_charges, 1);
	ck_assert_int_eq(a->lines[1].allowances_charges[0].amount.coef, 50);
	ck_assert_str_eq(a->lines[1].allowances_charges[0].reason, "Remise");
	const fx_invoice *b = rd.inv[1];
	ck_assert_str_eq(b->type_code, "380");
	ck_assert_uint_eq(b->buyer.n_identifiers, 0);
	ck_assert_uint_eq(b->n_notes, 1);
	tb_free(&rd);
	fx_batch_mapping_free(m);
	free(map);
	free(seller);
	free(csv);
	tb_rmdir(dir);
}
END_TEST

/* The built-in mapping's French names: translated units and types, the
 * SIREN and SIRET schemes, the defaults. */
START_TEST(french_names)
{
	char *dir = tb_dir();
	char *csv = tb_file(dir, "e.csv",
	                    "N° facture;Type document;Client;SIREN client;SIRET client;Désignation;"
	                    "Quantité;Unité;Prix unitaire HT;Taux TVA;Mode de paiement;Nature "
	                    "opération;Date échéance\n"
	                    "AV-1;avoir;Durand;123456789;12345678900011;Heures;2;heures;50;5,5;"
	                    "Prélèvement SEPA;services;2026-12-31\n");
	fx_batch_input in = tb_input(csv, NULL, NULL);
	tb_read rd;
	tb_read_all(&in, &rd);
	const fx_invoice *a = rd.inv[0];
	ck_assert_msg(a != NULL, "%s", rd.message[0]);
	ck_assert_str_eq(a->type_code, "381");
	ck_assert_str_eq(a->currency, "EUR");
	ck_assert_str_eq(a->buyer.legal_id.id, "123456789");
	ck_assert_str_eq(a->buyer.legal_id.scheme, "0002");
	ck_assert_str_eq(a->buyer.identifiers[0].scheme, "0009");
	ck_assert_str_eq(a->buyer.address.country, "FR");
	ck_assert_str_eq(a->lines[0].unit_code, "HUR");
	ck_assert_str_eq(a->lines[0].vat_category, "S");
	ck_assert_int_eq(a->lines[0].vat_rate.coef, 55);
	ck_assert_int_eq(a->lines[0].vat_rate.scale, 1);
	ck_assert_str_eq(a->payment.means_code, "59");
	ck_assert_int_eq(a->operation_category, FX_OPERATION_SERVICES);
	ck_assert_int_eq(a->due_date.day, 31);
	tb_free(&rd);
	free(csv);
	tb_rmdir(dir);
}
END_TEST

/* A relative seller path is taken from the mapping file's folder. */
START_TEST(seller_beside_mapping)
{
	char *dir = tb_dir();
	char *map = tb_file(dir, "m.json",
	                    "{\"seller\": \"absent.json\", \"columns\": "
	                    "{\"N\": \"number\", \"L\": \"lines.item_name\"}}");
	char *csv = tb_file(dir, "e.csv", "N;L\n1;x\n");
	fx_batch_mapping *m = NULL;
	ck_assert_int_eq(fx_batch_mapping_read_file(map, &m), FX_OK);
	fx_batch_input in = tb_input(csv, NULL, NULL);
	in.mapping = m;
	fx_batch_reader *r = NULL;
	ck_assert_int_eq(fx_batch_reader_open(&in, &r), FX_EIO);
	char want[4200];
	snprintf(want, sizeof want, "%s/absent.json: cannot open", dir);
	ck_assert_msg(strncmp(fx_error_last()->message, want, strlen(want)) == 0, "%s",
	              fx_error_last()->message);
	fx_batch_mapping_free(m);
	free(map);
	free(csv);
	tb_rmdir(dir);
}
END_TEST

/* The suite. */
static Suite *batch_mapping_suite(void)
{
	Suite *s = suite_create("batch_mapping");
	TCase *tc = tcase_create("mapping");
	tcase_add_test(tc, default_mapping);
	tcase_add_test(tc, mapping_errors);
	tcase_add_test(tc, custom_mapping);
	tcase_add_test(tc, french_names);
	tcase_add_test(tc, seller_beside_mapping);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite. */
int main(void)
{
	return fx_test_run(batch_mapping_suite());
}
