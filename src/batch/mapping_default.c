/*
 * The built-in mapping: column names a French user recognises, written as a
 * mapping file (read by the same code as any mapping, and printed by
 * "facturx batch --template-mapping" as a starting point). docs/batch.md
 * lists the same columns.
 */
#include "batch/batch_mapping.h"

static const char default_mapping[] =
    "{\n"
    "  \"decimal_mark\": \"auto\",\n"
    "  \"columns\": {\n"
    "    \"Numéro facture\": \"number\",\n"
    "    \"N° facture\": \"number\",\n"
    "    \"Date facture\": \"issue_date\",\n"
    "    \"Type document\": {\"field\": \"type_code\", \"values\": {\"Facture\": \"380\", "
    "\"Avoir\": \"381\", \"Facture rectificative\": \"384\", \"Facture d'acompte\": \"386\"}},\n"
    "    \"Devise\": \"currency\",\n"
    "    \"Date échéance\": \"due_date\",\n"
    "    \"Conditions de paiement\": \"payment_terms\",\n"
    "    \"Référence acheteur\": \"buyer_reference\",\n"
    "    \"Bon de commande\": \"purchase_order_ref\",\n"
    "    \"N° marché\": \"contract_ref\",\n"
    "    \"Cadre de facturation\": \"business_process\",\n"
    "    \"Nature opération\": \"operation_category\",\n"
    "    \"Note\": \"notes.content\",\n"
    "    \"Facture d'origine\": \"preceding_invoices.number\",\n"
    "    \"Date facture d'origine\": \"preceding_invoices.date\",\n"
    "    \"Client\": \"buyer.name\",\n"
    "    \"SIREN client\": {\"field\": \"buyer.legal_id\", \"scheme\": \"0002\"},\n"
    "    \"SIRET client\": {\"field\": \"buyer.identifiers\", \"scheme\": \"0009\"},\n"
    "    \"TVA client\": \"buyer.vat_id\",\n"
    "    \"Adresse électronique client\": {\"field\": \"buyer.electronic_address\", "
    "\"scheme\": \"0225\"},\n"
    "    \"Adresse client\": \"buyer.address.line1\",\n"
    "    \"Complément adresse client\": \"buyer.address.line2\",\n"
    "    \"Code postal client\": \"buyer.address.postcode\",\n"
    "    \"Ville client\": \"buyer.address.city\",\n"
    "    \"Pays client\": \"buyer.address.country\",\n"
    "    \"Contact client\": \"buyer.contact.name\",\n"
    "    \"Email client\": \"buyer.contact.email\",\n"
    "    \"Date livraison\": \"delivery.date\",\n"
    "    \"Début période\": \"period.start\",\n"
    "    \"Fin période\": \"period.end\",\n"
    "    \"Mode de paiement\": {\"field\": \"payment.means_code\", \"values\": {\"Virement\": "
    "\"30\", \"Virement SEPA\": \"58\", \"Chèque\": \"20\", \"Carte bancaire\": \"48\", "
    "\"Prélèvement\": \"59\", \"Prélèvement SEPA\": \"59\", \"Espèces\": \"10\"}},\n"
    "    \"IBAN\": \"payment.credit_transfers.account_id\",\n"
    "    \"BIC\": \"payment.credit_transfers.bic\",\n"
    "    \"N° ligne\": \"lines.id\",\n"
    "    \"Référence article\": \"lines.seller_item_id\",\n"
    "    \"Désignation\": \"lines.item_name\",\n"
    "    \"Description\": \"lines.item_description\",\n"
    "    \"Quantité\": \"lines.quantity\",\n"
    "    \"Unité\": {\"field\": \"lines.unit_code\", \"values\": {\"pièce\": \"C62\", "
    "\"pièces\": \"C62\", \"u\": \"C62\", \"unité\": \"C62\", \"forfait\": \"C62\", "
    "\"h\": \"HUR\", \"heure\": \"HUR\", \"heures\": \"HUR\", \"j\": \"DAY\", \"jour\": "
    "\"DAY\", \"jours\": \"DAY\", \"mois\": \"MON\", \"kg\": \"KGM\", \"g\": \"GRM\", "
    "\"t\": \"TNE\", \"l\": \"LTR\", \"litre\": \"LTR\", \"litres\": \"LTR\", \"m\": "
    "\"MTR\", \"km\": \"KMT\", \"m2\": \"MTK\", \"m²\": \"MTK\", \"m3\": \"MTQ\", "
    "\"m³\": \"MTQ\"}},\n"
    "    \"Prix unitaire HT\": \"lines.net_price\",\n"
    "    \"Prix brut HT\": \"lines.gross_price\",\n"
    "    \"Remise unitaire HT\": \"lines.price_discount\",\n"
    "    \"Montant HT\": \"lines.net_amount\",\n"
    "    \"Taux TVA\": \"lines.vat_rate\",\n"
    "    \"Catégorie TVA\": \"lines.vat_category\",\n"
    "    \"Début période ligne\": \"lines.period.start\",\n"
    "    \"Fin période ligne\": \"lines.period.end\",\n"
    "    \"Total HT\": \"totals.tax_basis_total\",\n"
    "    \"Total TVA\": \"totals.tax_total\",\n"
    "    \"Total TTC\": \"totals.grand_total\",\n"
    "    \"Acompte versé\": \"totals.prepaid\",\n"
    "    \"Net à payer\": \"totals.due\"\n"
    "  },\n"
    "  \"defaults\": {\n"
    "    \"type_code\": \"380\",\n"
    "    \"currency\": \"EUR\",\n"
    "    \"buyer.address.country\": \"FR\",\n"
    "    \"lines.unit_code\": \"C62\",\n"
    "    \"lines.vat_category\": \"S\"\n"
    "  }\n"
    "}\n";

/* Returns the built-in mapping's text. */
const char *fx_batch_mapping_default_json(void)
{
	return default_mapping;
}

/* Makes the built-in mapping. */
int fx_batch_mapping_default(fx_batch_mapping **out)
{
	return fx_bm_parse(default_mapping, sizeof default_mapping - 1, "built-in mapping", NULL,
	                   out);
}
