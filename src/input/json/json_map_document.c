/*
 * Key tables of the document level: the invoice itself, notes, preceding
 * invoices, periods and the object form of identifiers.
 */
#include "input/json/json_map.h"

/* Adds a note (owner: the invoice). */
static int add_note(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_note(inv, (fx_note **)out);
}

/* Adds a preceding invoice reference (owner: the invoice). */
static int add_preceding(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_preceding_invoice(inv, (fx_preceding_invoice **)out);
}

/* Adds a document-level allowance (owner: the invoice). */
static int add_allowance(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_allowance_charge(inv, false, (fx_allowance_charge **)out);
}

/* Adds a document-level charge (owner: the invoice). */
static int add_charge(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_allowance_charge(inv, true, (fx_allowance_charge **)out);
}

/* Adds a VAT breakdown entry (owner: the invoice). */
static int add_vat(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_vat_breakdown(inv, (fx_vat_breakdown **)out);
}

/* Adds an attachment (owner: the invoice). */
static int add_attachment(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_attachment(inv, (fx_attachment **)out);
}

/* Adds a line (owner: the invoice). */
static int add_line(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_line(inv, (fx_line **)out);
}

/* Adds an advance payment (owner: the invoice). */
static int add_advance(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_advance_payment(inv, (fx_advance_payment **)out);
}

/* Adds a financial adjustment (owner: the invoice). */
static int add_adjustment(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_financial_adjustment(inv, (fx_financial_adjustment **)out);
}

static const fx_jfield identifier_fields[] = {
    FX_JF(fx_identifier, id, FX_JK_TEXT, NULL),
    FX_JF(fx_identifier, scheme, FX_JK_TEXT, NULL),
};
const fx_jtable fx_jt_identifier = FX_JTABLE("identifier", identifier_fields);

static const fx_jfield note_fields[] = {
    FX_JF(fx_note, subject_code, FX_JK_TEXT, "BT-21"),
    FX_JF(fx_note, content, FX_JK_TEXT, "BT-22"),
};
const fx_jtable fx_jt_note = FX_JTABLE("note", note_fields);

static const fx_jfield preceding_fields[] = {
    FX_JF(fx_preceding_invoice, number, FX_JK_TEXT, "BT-25"),
    FX_JF(fx_preceding_invoice, date, FX_JK_DATE, "BT-26"),
    FX_JF(fx_preceding_invoice, type_code, FX_JK_TEXT, NULL),
};
const fx_jtable fx_jt_preceding_invoice = FX_JTABLE("preceding_invoice", preceding_fields);

static const fx_jfield period_fields[] = {
    FX_JF(fx_period, start, FX_JK_DATE, "BT-73"),
    FX_JF(fx_period, end, FX_JK_DATE, "BT-74"),
};
const fx_jtable fx_jt_period = FX_JTABLE("period", period_fields);

static const fx_jfield line_period_fields[] = {
    FX_JF(fx_period, start, FX_JK_DATE, "BT-134"),
    FX_JF(fx_period, end, FX_JK_DATE, "BT-135"),
};
const fx_jtable fx_jt_line_period = FX_JTABLE("line_period", line_period_fields);

static const fx_jfield invoice_fields[] = {
    {.key = "$schema", .kind = FX_JK_IGNORED},
    {.key = "profile",
     .kind = FX_JK_PROFILE,
     .offset = offsetof(fx_invoice, profile),
     .offset2 = offsetof(fx_invoice, has_profile)},
    FX_JF(fx_invoice, number, FX_JK_TEXT, "BT-1"),
    FX_JF(fx_invoice, issue_date, FX_JK_DATE, "BT-2"),
    FX_JF(fx_invoice, type_code, FX_JK_TEXT, "BT-3"),
    FX_JF(fx_invoice, currency, FX_JK_TEXT, "BT-5"),
    FX_JF(fx_invoice, tax_currency, FX_JK_TEXT, "BT-6"),
    FX_JF(fx_invoice, tax_point_date, FX_JK_DATE, "BT-7"),
    FX_JF(fx_invoice, tax_point_date_code, FX_JK_TEXT, "BT-8"),
    FX_JF(fx_invoice, due_date, FX_JK_DATE, "BT-9"),
    FX_JF(fx_invoice, buyer_reference, FX_JK_TEXT, "BT-10"),
    FX_JF(fx_invoice, project_ref, FX_JK_TEXT, "BT-11"),
    FX_JF(fx_invoice, project_name, FX_JK_TEXT, "BT-11"),
    FX_JF(fx_invoice, contract_ref, FX_JK_TEXT, "BT-12"),
    FX_JF(fx_invoice, purchase_order_ref, FX_JK_TEXT, "BT-13"),
    FX_JF(fx_invoice, sales_order_ref, FX_JK_TEXT, "BT-14"),
    FX_JF(fx_invoice, receiving_advice_ref, FX_JK_TEXT, "BT-15"),
    FX_JF(fx_invoice, despatch_advice_ref, FX_JK_TEXT, "BT-16"),
    FX_JF(fx_invoice, tender_ref, FX_JK_TEXT, "BT-17"),
    FX_JF(fx_invoice, invoiced_object, FX_JK_IDENT, "BT-18"),
    FX_JF(fx_invoice, buyer_accounting_ref, FX_JK_TEXT, "BT-19"),
    FX_JF(fx_invoice, payment_terms, FX_JK_TEXT, "BT-20"),
    FX_JF(fx_invoice, business_process, FX_JK_TEXT, "BT-23"),
    FX_JF(fx_invoice, operation_category, FX_JK_CATEGORY, NULL),
    FX_JF(fx_invoice, vat_on_debits, FX_JK_BOOL, NULL),
    FX_JF_ARR(fx_invoice, "notes", notes, n_notes, fx_note, fx_jt_note, add_note, NULL, "BG-1"),
    FX_JF_ARR(fx_invoice, "preceding_invoices", preceding_invoices, n_preceding_invoices,
              fx_preceding_invoice, fx_jt_preceding_invoice, add_preceding, NULL, "BG-3"),
    FX_JF_OBJ(fx_invoice, seller, fx_jt_seller, "BG-4"),
    FX_JF_OBJ(fx_invoice, buyer, fx_jt_buyer, "BG-7"),
    FX_JF_OBJ(fx_invoice, payee, fx_jt_payee, "BG-10"),
    FX_JF_OBJ(fx_invoice, tax_representative, fx_jt_tax_representative, "BG-11"),
    FX_JF_OBJ(fx_invoice, delivery, fx_jt_delivery, "BG-13"),
    FX_JF_OBJ(fx_invoice, period, fx_jt_period, "BG-14"),
    FX_JF_OBJ(fx_invoice, payment, fx_jt_payment, "BG-16"),
    FX_JF_ARR(fx_invoice, "allowances", allowances_charges, n_allowances_charges,
              fx_allowance_charge, fx_jt_allowance, add_allowance, fx_jmap_is_allowance, "BG-20"),
    FX_JF_ARR(fx_invoice, "charges", allowances_charges, n_allowances_charges, fx_allowance_charge,
              fx_jt_charge, add_charge, fx_jmap_is_charge, "BG-21"),
    FX_JF_OBJ(fx_invoice, totals, fx_jt_totals, "BG-22"),
    FX_JF_ARR(fx_invoice, "vat_breakdown", vat_breakdown, n_vat_breakdown, fx_vat_breakdown,
              fx_jt_vat_breakdown, add_vat, NULL, "BG-23"),
    FX_JF_ARR(fx_invoice, "attachments", attachments, n_attachments, fx_attachment,
              fx_jt_attachment, add_attachment, NULL, "BG-24"),
    FX_JF_ARR(fx_invoice, "lines", lines, n_lines, fx_line, fx_jt_line, add_line, NULL, "BG-25"),
    FX_JF_ARR(fx_invoice, "advance_payments", advance_payments, n_advance_payments,
              fx_advance_payment, fx_jt_advance_payment, add_advance, NULL, NULL),
    FX_JF_ARR(fx_invoice, "financial_adjustments", financial_adjustments, n_financial_adjustments,
              fx_financial_adjustment, fx_jt_financial_adjustment, add_adjustment, NULL, NULL),
};
const fx_jtable fx_jt_invoice = FX_JTABLE("invoice", invoice_fields);
