/*
 * Key tables of the amounts: document allowances and charges, totals, VAT
 * breakdown, and the EXTENDED advance payments and financial adjustments.
 */
#include "input/json/json_map.h"

/* True when elem is an allowance. */
bool fx_jmap_is_allowance(const void *elem)
{
	return !((const fx_allowance_charge *)elem)->charge;
}

/* True when elem is a charge. */
bool fx_jmap_is_charge(const void *elem)
{
	return ((const fx_allowance_charge *)elem)->charge;
}

/* Adds a tax entry to an advance payment (owner: the fx_advance_payment). */
static int add_advance_tax(fx_invoice *inv, void *owner, void **out)
{
	return fx_advance_payment_add_tax(inv, (fx_advance_payment *)owner,
	                                  (fx_advance_payment_tax **)out);
}

static const fx_jfield allowance_fields[] = {
    FX_JF(fx_allowance_charge, amount, FX_JK_DECIMAL, "BT-92"),
    FX_JF(fx_allowance_charge, base_amount, FX_JK_DECIMAL, "BT-93"),
    FX_JF(fx_allowance_charge, percentage, FX_JK_DECIMAL, "BT-94"),
    FX_JF(fx_allowance_charge, vat_category, FX_JK_TEXT, "BT-95"),
    FX_JF(fx_allowance_charge, vat_rate, FX_JK_DECIMAL, "BT-96"),
    FX_JF(fx_allowance_charge, reason, FX_JK_TEXT, "BT-97"),
    FX_JF(fx_allowance_charge, reason_code, FX_JK_TEXT, "BT-98"),
};
const fx_jtable fx_jt_allowance = FX_JTABLE("allowance", allowance_fields);

static const fx_jfield charge_fields[] = {
    FX_JF(fx_allowance_charge, amount, FX_JK_DECIMAL, "BT-99"),
    FX_JF(fx_allowance_charge, base_amount, FX_JK_DECIMAL, "BT-100"),
    FX_JF(fx_allowance_charge, percentage, FX_JK_DECIMAL, "BT-101"),
    FX_JF(fx_allowance_charge, vat_category, FX_JK_TEXT, "BT-102"),
    FX_JF(fx_allowance_charge, vat_rate, FX_JK_DECIMAL, "BT-103"),
    FX_JF(fx_allowance_charge, reason, FX_JK_TEXT, "BT-104"),
    FX_JF(fx_allowance_charge, reason_code, FX_JK_TEXT, "BT-105"),
};
const fx_jtable fx_jt_charge = FX_JTABLE("charge", charge_fields);

static const fx_jfield totals_fields[] = {
    FX_JF(fx_totals, line_total, FX_JK_DECIMAL, "BT-106"),
    FX_JF(fx_totals, allowance_total, FX_JK_DECIMAL, "BT-107"),
    FX_JF(fx_totals, charge_total, FX_JK_DECIMAL, "BT-108"),
    FX_JF(fx_totals, tax_basis_total, FX_JK_DECIMAL, "BT-109"),
    FX_JF(fx_totals, tax_total, FX_JK_DECIMAL, "BT-110"),
    FX_JF(fx_totals, tax_total_accounting, FX_JK_DECIMAL, "BT-111"),
    FX_JF(fx_totals, grand_total, FX_JK_DECIMAL, "BT-112"),
    FX_JF(fx_totals, prepaid, FX_JK_DECIMAL, "BT-113"),
    FX_JF(fx_totals, rounding, FX_JK_DECIMAL, "BT-114"),
    FX_JF(fx_totals, due, FX_JK_DECIMAL, "BT-115"),
};
const fx_jtable fx_jt_totals = FX_JTABLE("totals", totals_fields);

static const fx_jfield vat_fields[] = {
    FX_JF(fx_vat_breakdown, taxable_amount, FX_JK_DECIMAL, "BT-116"),
    FX_JF(fx_vat_breakdown, tax_amount, FX_JK_DECIMAL, "BT-117"),
    FX_JF(fx_vat_breakdown, category, FX_JK_TEXT, "BT-118"),
    FX_JF(fx_vat_breakdown, rate, FX_JK_DECIMAL, "BT-119"),
    FX_JF(fx_vat_breakdown, exemption_reason, FX_JK_TEXT, "BT-120"),
    FX_JF(fx_vat_breakdown, exemption_code, FX_JK_TEXT, "BT-121"),
    FX_JF(fx_vat_breakdown, tax_point_date, FX_JK_DATE, "BT-7"),
    FX_JF(fx_vat_breakdown, due_date_code, FX_JK_TEXT, "BT-8"),
};
const fx_jtable fx_jt_vat_breakdown = FX_JTABLE("vat_breakdown", vat_fields);

static const fx_jfield advance_tax_fields[] = {
    FX_JF(fx_advance_payment_tax, category, FX_JK_TEXT, NULL),
    FX_JF(fx_advance_payment_tax, rate, FX_JK_DECIMAL, NULL),
    FX_JF(fx_advance_payment_tax, tax_amount, FX_JK_DECIMAL, NULL),
};
const fx_jtable fx_jt_advance_payment_tax = FX_JTABLE("advance_payment_tax", advance_tax_fields);

static const fx_jfield advance_fields[] = {
    FX_JF(fx_advance_payment, paid_amount, FX_JK_DECIMAL, NULL),
    FX_JF(fx_advance_payment, received_date, FX_JK_DATE, NULL),
    FX_JF_ARR(fx_advance_payment, "taxes", taxes, n_taxes, fx_advance_payment_tax,
              fx_jt_advance_payment_tax, add_advance_tax, NULL, NULL),
    FX_JF(fx_advance_payment, invoice_ref, FX_JK_TEXT, NULL),
    FX_JF(fx_advance_payment, invoice_ref_date, FX_JK_DATE, NULL),
};
const fx_jtable fx_jt_advance_payment = FX_JTABLE("advance_payment", advance_fields);

static const fx_jfield adjustment_fields[] = {
    FX_JF(fx_financial_adjustment, reason_code, FX_JK_TEXT, NULL),
    FX_JF(fx_financial_adjustment, reason, FX_JK_TEXT, NULL),
    FX_JF(fx_financial_adjustment, amount, FX_JK_DECIMAL, NULL),
};
const fx_jtable fx_jt_financial_adjustment = FX_JTABLE("financial_adjustment", adjustment_fields);
