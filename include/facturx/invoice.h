/*
 * facturx - the invoice model: the EN 16931 semantic model (every BG and BT),
 * the Factur-X EXTENDED data works invoices need, and the French 2026 data.
 *
 * An invoice is an fx_invoice handle created by fx_invoice_new(). Its fields
 * are plain, documented C data that a program reads directly. Everything
 * the invoice points to (strings, arrays) is owned by the invoice:
 *  - text fields are set with fx_invoice_set_text(), which checks UTF-8,
 *    normalises to NFC and copies the text into the invoice;
 *  - repeated groups are added with fx_invoice_add_*() / fx_line_add_*(),
 *    which return a zeroed element to fill in. A returned pointer stays
 *    valid until the next addition to the same array.
 * Absent values are NULL strings, decimals with set == false and dates with
 * year == 0, so a zeroed struct means "nothing given".
 *
 * Field comments give the EN 16931 business term (BT) or group (BG).
 */
#ifndef FACTURX_INVOICE_H
#define FACTURX_INVOICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common.h"
#include "decimal.h"
#include "profile.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A calendar date; year == 0 means absent. */
typedef struct fx_date {
	int16_t year;
	uint8_t month; /* 1..12 */
	uint8_t day;   /* 1..31 */
} fx_date;

/** An identifier with an optional scheme (ISO 6523 ICD, EAS, ...). */
typedef struct fx_identifier {
	char *id;
	char *scheme; /* e.g. "0002" SIREN, "0009" SIRET, "0088" GLN */
} fx_identifier;

/** BG-5/BG-8/BG-12/BG-15: a postal address. */
typedef struct fx_address {
	char *line1;       /* BT-35 / BT-50 / BT-64 / BT-75 */
	char *line2;       /* BT-36 / BT-51 / BT-65 / BT-76 */
	char *line3;       /* BT-162 / BT-163 / BT-164 / BT-165 */
	char *city;        /* BT-37 / BT-52 / BT-66 / BT-77 */
	char *postcode;    /* BT-38 / BT-53 / BT-67 / BT-78 */
	char *subdivision; /* BT-39 / BT-54 / BT-68 / BT-79 */
	char *country;     /* BT-40 / BT-55 / BT-69 / BT-80, ISO 3166-1 alpha-2 */
} fx_address;

/** BG-6/BG-9: a contact. */
typedef struct fx_contact {
	char *name;  /* BT-41 / BT-56 */
	char *phone; /* BT-42 / BT-57 */
	char *email; /* BT-43 / BT-58 */
} fx_contact;

/** BG-4 seller / BG-7 buyer. */
typedef struct fx_party {
	char *name;                       /* BT-27 / BT-44 */
	char *trading_name;               /* BT-28 / BT-45 */
	fx_identifier *identifiers;       /* BT-29 (0..n) / BT-46 (0..1) */
	size_t n_identifiers;
	fx_identifier legal_id;           /* BT-30 / BT-47, scheme "0002" SIREN */
	char *vat_id;                     /* BT-31 / BT-48 */
	char *tax_registration_id;        /* BT-32 (seller only, scheme FC) */
	char *legal_info;                 /* BT-33 (seller only) */
	fx_identifier electronic_address; /* BT-34 / BT-49, scheme = EAS code */
	fx_address address;               /* BG-5 / BG-8 */
	fx_contact contact;               /* BG-6 / BG-9 */
} fx_party;

/** BG-10: payee, when different from the seller. */
typedef struct fx_payee {
	char *name;             /* BT-59 */
	fx_identifier id;       /* BT-60 (+ scheme) */
	fx_identifier legal_id; /* BT-61 (+ scheme) */
} fx_payee;

/** BG-11: seller's tax representative. */
typedef struct fx_tax_representative {
	char *name;         /* BT-62 */
	char *vat_id;       /* BT-63 */
	fx_address address; /* BG-12 */
} fx_tax_representative;

/** BG-13: delivery information. */
typedef struct fx_delivery {
	char *party_name;          /* BT-70 */
	fx_identifier location_id; /* BT-71 (+ scheme) */
	fx_date date;              /* BT-72 actual delivery date */
	fx_address address;        /* BG-15 */
} fx_delivery;

/** BG-14 / BG-26: a period. */
typedef struct fx_period {
	fx_date start; /* BT-73 / BT-134 */
	fx_date end;   /* BT-74 / BT-135 */
} fx_period;

/** BG-1: an invoice note. */
typedef struct fx_note {
	char *subject_code; /* BT-21, UNTDID 4451 (e.g. PMT, PMD, AAB, AAI) */
	char *content;      /* BT-22 */
} fx_note;

/** BG-3: a preceding invoice reference. */
typedef struct fx_preceding_invoice {
	char *number;   /* BT-25 */
	fx_date date;   /* BT-26 */
	char *type_code; /* EXTENDED: type code of the referenced invoice */
} fx_preceding_invoice;

/** BG-17: credit transfer account. */
typedef struct fx_credit_transfer {
	char *account_id;   /* BT-84 (IBAN or proprietary) */
	char *account_name; /* BT-85 */
	char *bic;          /* BT-86 */
} fx_credit_transfer;

/** BG-16: payment instructions. */
typedef struct fx_payment {
	char *means_code;                      /* BT-81, UNTDID 4461 (30, 58, 59...) */
	char *means_text;                      /* BT-82 */
	char *remittance_info;                 /* BT-83 */
	fx_credit_transfer *credit_transfers;  /* BG-17 (0..n) */
	size_t n_credit_transfers;
	char *card_pan;                        /* BT-87 (last digits only) */
	char *card_holder;                     /* BT-88 */
	char *mandate_id;                      /* BT-89 */
	char *creditor_id;                     /* BT-90 */
	char *debited_account;                 /* BT-91 */
} fx_payment;

/** BG-20/BG-21/BG-27/BG-28: an allowance (charge == false) or a charge. */
typedef struct fx_allowance_charge {
	bool charge;              /* false: allowance, true: charge */
	fx_decimal amount;        /* BT-92/99/136/141 */
	fx_decimal base_amount;   /* BT-93/100/137/142 */
	fx_decimal percentage;    /* BT-94/101/138/143 */
	char *vat_category;       /* BT-95/102 (document level only) */
	fx_decimal vat_rate;      /* BT-96/103 (document level only) */
	char *reason;             /* BT-97/104/139/144 */
	char *reason_code;        /* BT-98 (UNTDID 5189) / BT-105 (UNTDID 7161) */
} fx_allowance_charge;

/** BG-23: a VAT breakdown entry (computed when absent). */
typedef struct fx_vat_breakdown {
	fx_decimal taxable_amount; /* BT-116 */
	fx_decimal tax_amount;     /* BT-117 */
	char *category;            /* BT-118, UNCL 5305: S Z E AE K G O L M */
	fx_decimal rate;           /* BT-119 */
	char *exemption_reason;    /* BT-120 */
	char *exemption_code;      /* BT-121, VATEX list */
	fx_date tax_point_date;    /* BT-7 (CII carries it here) */
	char *due_date_code;       /* BT-8, UNTDID 2005: 3, 35, 432 */
} fx_vat_breakdown;

/** BG-24: an additional supporting document. */
typedef struct fx_attachment {
	char *id;            /* BT-122 */
	char *description;   /* BT-123 */
	char *uri;           /* BT-124 external location */
	unsigned char *data; /* BT-125 content (owned) */
	size_t data_len;
	char *mime_code;     /* BT-125-1 */
	char *filename;      /* BT-125-2 */
} fx_attachment;

/** BG-32: item attribute. */
typedef struct fx_item_attribute {
	char *name;  /* BT-160 */
	char *value; /* BT-161 */
} fx_item_attribute;

/** BG-31 classification code. */
typedef struct fx_classification {
	char *code;    /* BT-158 */
	char *scheme;  /* BT-158-1, UNTDID 7143 */
	char *version; /* BT-158-2 */
} fx_classification;

/** BG-25: an invoice line. */
typedef struct fx_line {
	char *id;                          /* BT-126 */
	char *note;                        /* BT-127 */
	fx_identifier object_id;           /* BT-128 (+ scheme BT-128-1) */
	fx_decimal quantity;               /* BT-129 */
	char *unit_code;                   /* BT-130, UN/ECE rec 20/21 */
	fx_decimal net_amount;             /* BT-131 (computed when absent) */
	char *order_line_ref;              /* BT-132 */
	char *accounting_ref;              /* BT-133 */
	fx_period period;                  /* BG-26 */
	fx_allowance_charge *allowances_charges; /* BG-27 / BG-28 */
	size_t n_allowances_charges;
	fx_decimal net_price;              /* BT-146 */
	fx_decimal price_discount;         /* BT-147 */
	fx_decimal gross_price;            /* BT-148 */
	fx_decimal base_quantity;          /* BT-149 */
	char *base_quantity_unit;          /* BT-150 */
	char *vat_category;                /* BT-151 */
	fx_decimal vat_rate;               /* BT-152 */
	char *item_name;                   /* BT-153 */
	char *item_description;            /* BT-154 */
	char *seller_item_id;              /* BT-155 */
	char *buyer_item_id;               /* BT-156 */
	fx_identifier standard_id;         /* BT-157 (+ scheme BT-157-1) */
	fx_classification *classifications; /* BT-158 (0..n) */
	size_t n_classifications;
	char *origin_country;              /* BT-159 */
	fx_item_attribute *attributes;     /* BG-32 */
	size_t n_attributes;
} fx_line;

/** BG-22: document totals (computed when absent, checked when given). */
typedef struct fx_totals {
	fx_decimal line_total;        /* BT-106 */
	fx_decimal allowance_total;   /* BT-107 */
	fx_decimal charge_total;      /* BT-108 */
	fx_decimal tax_basis_total;   /* BT-109 */
	fx_decimal tax_total;         /* BT-110 (invoice currency) */
	fx_decimal tax_total_accounting; /* BT-111 (in BT-6 currency) */
	fx_decimal grand_total;       /* BT-112 */
	fx_decimal prepaid;           /* BT-113 */
	fx_decimal rounding;          /* BT-114 */
	fx_decimal due;               /* BT-115 */
} fx_totals;

/** EXTENDED: a tax amount included in an advance payment. */
typedef struct fx_advance_payment_tax {
	char *category;         /* VAT category code */
	fx_decimal rate;        /* VAT rate */
	fx_decimal tax_amount;  /* VAT amount included in the advance */
} fx_advance_payment_tax;

/** EXTENDED: ram:SpecifiedAdvancePayment (an advance already received). */
typedef struct fx_advance_payment {
	fx_decimal paid_amount;            /* amount received */
	fx_date received_date;             /* date received */
	fx_advance_payment_tax *taxes;     /* included trade tax (1..n) */
	size_t n_taxes;
	char *invoice_ref;                 /* invoice that requested it */
	fx_date invoice_ref_date;          /* its date */
} fx_advance_payment;

/** EXTENDED: ram:SpecifiedFinancialAdjustment (retention, penalty...). */
typedef struct fx_financial_adjustment {
	char *reason_code;     /* adjustment reason code */
	char *reason;          /* text reason */
	fx_decimal amount;     /* actual amount (negative lowers the due) */
} fx_financial_adjustment;

/** French 2026 reform: category of the operation (printed and in BT-23). */
typedef enum fx_operation_category {
	FX_OPERATION_UNSPECIFIED = 0,
	FX_OPERATION_GOODS,    /* livraison de biens */
	FX_OPERATION_SERVICES, /* prestation de services */
	FX_OPERATION_MIXED     /* les deux */
} fx_operation_category;

/** The whole invoice (BG-0). Created by fx_invoice_new(). */
typedef struct fx_invoice {
	/* Document */
	char *number;                 /* BT-1 */
	fx_date issue_date;           /* BT-2 */
	char *type_code;              /* BT-3, UNTDID 1001 (380, 381, 384, 389, 386...) */
	char *currency;               /* BT-5, ISO 4217 */
	char *tax_currency;           /* BT-6 */
	fx_date tax_point_date;       /* BT-7 */
	char *tax_point_date_code;    /* BT-8 */
	fx_date due_date;             /* BT-9 */
	char *buyer_reference;        /* BT-10 (Chorus Pro: code service) */
	char *project_ref;            /* BT-11 */
	char *project_name;           /* BT-11 name (CII requires one) */
	char *contract_ref;           /* BT-12 (n° de marché) */
	char *purchase_order_ref;     /* BT-13 (engagement juridique) */
	char *sales_order_ref;        /* BT-14 */
	char *receiving_advice_ref;   /* BT-15 */
	char *despatch_advice_ref;    /* BT-16 */
	char *tender_ref;             /* BT-17 (lot) */
	fx_identifier invoiced_object; /* BT-18 (+ scheme BT-18-1) */
	char *buyer_accounting_ref;   /* BT-19 */
	char *payment_terms;          /* BT-20 */
	char *business_process;       /* BT-23 (Chorus cadre A1.. / reform B1, S1...) */
	fx_operation_category operation_category; /* FR: goods/services/mixed */
	bool vat_on_debits;           /* FR: "Option pour le paiement de la taxe d'après les débits" */

	fx_note *notes;               /* BG-1 */
	size_t n_notes;
	fx_preceding_invoice *preceding_invoices; /* BG-3 */
	size_t n_preceding_invoices;

	/* Parties */
	fx_party seller;              /* BG-4 */
	fx_party buyer;               /* BG-7 */
	fx_payee payee;               /* BG-10 */
	fx_tax_representative tax_representative; /* BG-11 */
	fx_delivery delivery;         /* BG-13 */
	fx_period period;             /* BG-14 */

	/* Payment */
	fx_payment payment;           /* BG-16..BG-19 */

	/* Amounts */
	fx_allowance_charge *allowances_charges; /* BG-20 / BG-21 */
	size_t n_allowances_charges;
	fx_totals totals;             /* BG-22 */
	fx_vat_breakdown *vat_breakdown; /* BG-23 */
	size_t n_vat_breakdown;
	fx_attachment *attachments;   /* BG-24 */
	size_t n_attachments;
	fx_line *lines;               /* BG-25 */
	size_t n_lines;

	/* EXTENDED (works invoices) */
	fx_advance_payment *advance_payments;
	size_t n_advance_payments;
	fx_financial_adjustment *financial_adjustments;
	size_t n_financial_adjustments;

	/* Not a BT: the Factur-X profile this description asks for by default
	 * (has_profile false: the tool's default, EN 16931). */
	bool has_profile;
	fx_profile profile;

	struct fx_invoice_private *priv; /* owned memory; do not touch */
} fx_invoice;

/* Creates an empty invoice. out: receives the new invoice on success.
 * Returns FX_OK or FX_ENOMEM. */
FX_EXTERN int fx_invoice_new(fx_invoice **out);

/* Frees an invoice and everything it owns. inv: may be NULL. */
FX_EXTERN void fx_invoice_free(fx_invoice *inv);

/* Sets a text field of inv. inv: the invoice that owns field; field: address
 * of a char * inside inv (e.g. &inv->seller.name); utf8: the text (NULL
 * clears the field). Checks UTF-8 (FX_EINVAL on bad bytes or control
 * characters other than tab/CR/LF), normalises to NFC and copies it. */
FX_EXTERN int fx_invoice_set_text(fx_invoice *inv, char **field, const char *utf8);

/* Same as fx_invoice_set_text with an explicit length (need not be NUL-terminated). */
FX_EXTERN int fx_invoice_set_textn(fx_invoice *inv, char **field, const char *utf8,
				   size_t len);

/* Copies len bytes of binary data into memory owned by inv.
 * field/field_len: address of the data pointer and length inside inv. */
FX_EXTERN int fx_invoice_set_data(fx_invoice *inv, unsigned char **field,
				  size_t *field_len, const void *data, size_t len);

/* Adds a zeroed BG-1 note to inv; out: receives it. */
FX_EXTERN int fx_invoice_add_note(fx_invoice *inv, fx_note **out);
/* Adds a zeroed BG-3 preceding invoice reference; out: receives it. */
FX_EXTERN int fx_invoice_add_preceding_invoice(fx_invoice *inv, fx_preceding_invoice **out);
/* Adds a zeroed identifier to party (BT-29/BT-46); out: receives it. */
FX_EXTERN int fx_invoice_add_party_identifier(fx_invoice *inv, fx_party *party,
					      fx_identifier **out);
/* Adds a zeroed BG-17 credit transfer account; out: receives it. */
FX_EXTERN int fx_invoice_add_credit_transfer(fx_invoice *inv, fx_credit_transfer **out);
/* Adds a zeroed document-level allowance or charge (BG-20/21); out: receives it. */
FX_EXTERN int fx_invoice_add_allowance_charge(fx_invoice *inv, bool charge,
					      fx_allowance_charge **out);
/* Adds a zeroed BG-23 VAT breakdown entry; out: receives it. */
FX_EXTERN int fx_invoice_add_vat_breakdown(fx_invoice *inv, fx_vat_breakdown **out);
/* Adds a zeroed BG-24 attachment; out: receives it. */
FX_EXTERN int fx_invoice_add_attachment(fx_invoice *inv, fx_attachment **out);
/* Adds a zeroed BG-25 line; out: receives it. */
FX_EXTERN int fx_invoice_add_line(fx_invoice *inv, fx_line **out);
/* Adds a zeroed line allowance or charge (BG-27/28) to line; out: receives it. */
FX_EXTERN int fx_line_add_allowance_charge(fx_invoice *inv, fx_line *line, bool charge,
					   fx_allowance_charge **out);
/* Adds a zeroed item classification (BT-158) to line; out: receives it. */
FX_EXTERN int fx_line_add_classification(fx_invoice *inv, fx_line *line,
					 fx_classification **out);
/* Adds a zeroed item attribute (BG-32) to line; out: receives it. */
FX_EXTERN int fx_line_add_attribute(fx_invoice *inv, fx_line *line, fx_item_attribute **out);
/* Adds a zeroed EXTENDED advance payment; out: receives it. */
FX_EXTERN int fx_invoice_add_advance_payment(fx_invoice *inv, fx_advance_payment **out);
/* Adds a zeroed tax entry to an advance payment; out: receives it. */
FX_EXTERN int fx_advance_payment_add_tax(fx_invoice *inv, fx_advance_payment *ap,
					 fx_advance_payment_tax **out);
/* Adds a zeroed EXTENDED financial adjustment; out: receives it. */
FX_EXTERN int fx_invoice_add_financial_adjustment(fx_invoice *inv,
						  fx_financial_adjustment **out);

/* Parses "YYYY-MM-DD" (ISO 8601) or "YYYYMMDD" into out, checking the
 * calendar (leap years). s: text; len: its length. FX_EINVAL otherwise. */
FX_EXTERN int fx_date_parse(const char *s, size_t len, fx_date *out);

/* Formats d as "YYYY-MM-DD" (iso != 0) or "YYYYMMDD" (CII format 102).
 * buf: destination of at least 11 bytes. */
FX_EXTERN int fx_date_format(fx_date d, int iso, char *buf, size_t size);

/* True when d is absent (year == 0). */
FX_EXTERN bool fx_date_is_absent(fx_date d);

/* Compares two dates: <0, 0, >0. */
FX_EXTERN int fx_date_cmp(fx_date a, fx_date b);

#ifdef __cplusplus
}
#endif

#endif
