/*
 * build_invoice - builds a French B2B invoice with the facturx C API and
 * writes it as Factur-X CII XML (EN 16931 profile).
 *
 *   build_invoice [OUTPUT.xml]      (default: invoice.xml)
 *
 * The steps are those of any program using the library:
 *   1. fx_invoice_new() creates an empty invoice;
 *   2. text fields are set with fx_invoice_set_text() (checked as UTF-8 and
 *      copied into the invoice), dates with fx_date_parse(), amounts,
 *      quantities and rates with fx_decimal_parse() (exact decimals: never
 *      use float or double for money);
 *   3. repeated groups (lines, notes, bank accounts...) are added with the
 *      fx_invoice_add_*() functions, which return a zeroed element to fill;
 *   4. fx_invoice_compute() computes what was left out: line net amounts,
 *      VAT breakdown and totals;
 *   5. fx_cii_write_file() writes the XML atomically;
 *   6. fx_invoice_free() frees the invoice and everything it owns.
 * Every function returns FX_OK (0) or a negative error code, and
 * fx_error_last()->message says what went wrong.
 */
#include <stdio.h>
#include <string.h>

#include <facturx.h>

/* Returns from the calling function when the call fails. */
#define TRY(call)                                                                                  \
	do {                                                                                       \
		int try_rc_ = (call);                                                              \
		if (try_rc_ != FX_OK)                                                              \
			return try_rc_;                                                            \
	} while (0)

/* Sets the text field *field of inv to the NUL-terminated text. */
static int text(fx_invoice *inv, char **field, const char *value)
{
	return fx_invoice_set_text(inv, field, value);
}

/* Parses the decimal written in value ("620.00", "5.5") into *out. */
static int dec(fx_decimal *out, const char *value)
{
	return fx_decimal_parse(value, strlen(value), out);
}

/* Parses the ISO date value ("2026-12-02") into *out. */
static int date(fx_date *out, const char *value)
{
	return fx_date_parse(value, strlen(value), out);
}

/* Fills the document level: number, dates, currency, references, the
 * mentions French law requires (as notes) and the payment terms. */
static int fill_document(fx_invoice *inv)
{
	TRY(text(inv, &inv->number, "ANL-2026-0143"));            /* BT-1 */
	TRY(date(&inv->issue_date, "2026-12-02"));                /* BT-2 */
	TRY(text(inv, &inv->type_code, "380"));                   /* BT-3: commercial invoice */
	TRY(text(inv, &inv->currency, "EUR"));                    /* BT-5 */
	TRY(date(&inv->due_date, "2027-01-01"));                  /* BT-9 */
	TRY(text(inv, &inv->buyer_reference, "SERV-INFO"));       /* BT-10 */
	TRY(text(inv, &inv->purchase_order_ref, "CMD-2026-319")); /* BT-13 */
	TRY(text(inv, &inv->payment_terms, "Paiement à 30 jours date de facture."));
	TRY(text(inv, &inv->business_process, "S1")); /* BT-23: services */
	inv->operation_category = FX_OPERATION_SERVICES;

	/* Mandatory mentions of a French B2B invoice. */
	fx_note *note;
	TRY(fx_invoice_add_note(inv, &note));
	TRY(text(inv, &note->subject_code, "PMD"));
	TRY(text(inv, &note->content, "Pénalités de retard : trois fois le taux d'intérêt légal."));
	TRY(fx_invoice_add_note(inv, &note));
	TRY(text(inv, &note->subject_code, "PMT"));
	TRY(text(inv, &note->content, "Indemnité forfaitaire pour frais de recouvrement : 40 €."));
	TRY(fx_invoice_add_note(inv, &note));
	TRY(text(inv, &note->subject_code, "AAB"));
	TRY(text(inv, &note->content, "Pas d'escompte pour paiement anticipé."));

	/* BG-14: the invoiced period (the services of November). */
	TRY(date(&inv->period.start, "2026-11-01"));
	TRY(date(&inv->period.end, "2026-11-30"));
	return FX_OK;
}

/* Fills a French company: name, SIREN (BT-30, scheme 0002), VAT number,
 * electronic address (SIREN, scheme 0225) and postal address. */
static int fill_company(fx_invoice *inv, fx_party *p, const char *name, const char *siren,
                        const char *vat_id, const char *line1, const char *postcode,
                        const char *city)
{
	TRY(text(inv, &p->name, name));
	TRY(text(inv, &p->legal_id.id, siren));
	TRY(text(inv, &p->legal_id.scheme, "0002"));
	TRY(text(inv, &p->vat_id, vat_id));
	TRY(text(inv, &p->electronic_address.id, siren));
	TRY(text(inv, &p->electronic_address.scheme, "0225"));
	TRY(text(inv, &p->address.line1, line1));
	TRY(text(inv, &p->address.postcode, postcode));
	TRY(text(inv, &p->address.city, city));
	TRY(text(inv, &p->address.country, "FR"));
	return FX_OK;
}

/* Fills the seller, the buyer and the payment instructions. */
static int fill_parties(fx_invoice *inv)
{
	TRY(fill_company(inv, &inv->seller, "Atelier Numérique Lyonnais SARL", "261973069",
	                 "FR96261973069", "14 rue de la Charité", "69002", "Lyon"));
	TRY(text(inv, &inv->seller.legal_info, "SARL au capital de 20 000 € – RCS Lyon"));
	TRY(text(inv, &inv->seller.contact.email, "facturation@atelier-numerique.example"));
	TRY(fill_company(inv, &inv->buyer, "Fromagerie des Monts du Lyonnais SAS", "140260662",
	                 "FR72140260662", "Lieu-dit La Croix Blanche", "69850",
	                 "Saint-Martin-en-Haut"));

	TRY(text(inv, &inv->payment.means_code, "58")); /* BT-81: SEPA credit transfer */
	fx_credit_transfer *account;
	TRY(fx_invoice_add_credit_transfer(inv, &account));
	TRY(text(inv, &account->account_id, "FR7630004012340001234567862"));
	TRY(text(inv, &account->bic, "BNPAFRPPXXX"));
	return FX_OK;
}

/* Adds a line: quantity x net price, standard-rated (S) at rate percent. */
static int add_line(fx_invoice *inv, const char *id, const char *name, const char *quantity,
                    const char *unit, const char *price, const char *rate)
{
	fx_line *line;
	TRY(fx_invoice_add_line(inv, &line));
	TRY(text(inv, &line->id, id));            /* BT-126 */
	TRY(text(inv, &line->item_name, name));   /* BT-153 */
	TRY(dec(&line->quantity, quantity));      /* BT-129 */
	TRY(text(inv, &line->unit_code, unit));   /* BT-130: UN/ECE rec. 20 */
	TRY(dec(&line->net_price, price));        /* BT-146 */
	TRY(text(inv, &line->vat_category, "S")); /* BT-151 */
	TRY(dec(&line->vat_rate, rate));          /* BT-152 */
	/* BT-131 (net amount) is left out: fx_invoice_compute() fills it in. */
	return FX_OK;
}

/* Adds the invoice lines. */
static int fill_lines(fx_invoice *inv)
{
	TRY(add_line(inv, "1", "Maintenance du site de vente en ligne", "4", "DAY", "580.00",
	             "20"));
	TRY(add_line(inv, "2", "Hébergement – novembre 2026", "1", "C62", "180.00", "20"));
	TRY(add_line(inv, "3", "Guide « Vendre en ligne »", "2", "C62", "24.00", "5.5"));
	return FX_OK;
}

/* Builds the whole invoice into inv and computes it. */
static int build(fx_invoice *inv)
{
	TRY(fill_document(inv));
	TRY(fill_parties(inv));
	TRY(fill_lines(inv));
	return fx_invoice_compute(inv, NULL);
}

/* Builds the invoice, writes it to argv[1] (or invoice.xml) and prints its total. */
int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "invoice.xml";
	fx_invoice *inv = NULL;
	int rc = fx_invoice_new(&inv);
	if (rc == FX_OK)
		rc = build(inv);
	if (rc == FX_OK) {
		fx_cii_options opts = FX_CII_OPTIONS_INIT; /* EN 16931 profile, indented */
		rc = fx_cii_write_file(inv, &opts, path);
	}
	if (rc != FX_OK) {
		fprintf(stderr, "build_invoice: %s\n", fx_error_last()->message);
		fx_invoice_free(inv);
		return 1;
	}
	char total[FX_DECIMAL_STRLEN], due[FX_DECIMAL_STRLEN];
	fx_decimal_format(inv->totals.grand_total, total, sizeof(total));
	fx_decimal_format(inv->totals.due, due, sizeof(due));
	printf("%s: invoice %s, total with VAT %s %s, amount due %s %s (facturx %s)\n", path,
	       inv->number, total, inv->currency, due, inv->currency, fx_version());
	fx_invoice_free(inv);
	return 0;
}
