/*
 * Key tables of the invoice lines, with their allowances, charges, item
 * classifications and attributes.
 */
#include "input/json/json_map.h"

/* Adds a line allowance (owner: the fx_line). */
static int add_line_allowance(fx_invoice *inv, void *owner, void **out)
{
	return fx_line_add_allowance_charge(inv, (fx_line *)owner, false,
	                                    (fx_allowance_charge **)out);
}

/* Adds a line charge (owner: the fx_line). */
static int add_line_charge(fx_invoice *inv, void *owner, void **out)
{
	return fx_line_add_allowance_charge(inv, (fx_line *)owner, true,
	                                    (fx_allowance_charge **)out);
}

/* Adds an item classification (owner: the fx_line). */
static int add_classification(fx_invoice *inv, void *owner, void **out)
{
	return fx_line_add_classification(inv, (fx_line *)owner, (fx_classification **)out);
}

/* Adds an item attribute (owner: the fx_line). */
static int add_attribute(fx_invoice *inv, void *owner, void **out)
{
	return fx_line_add_attribute(inv, (fx_line *)owner, (fx_item_attribute **)out);
}

static const fx_jfield line_allowance_fields[] = {
    FX_JF(fx_allowance_charge, amount, FX_JK_DECIMAL, "BT-136"),
    FX_JF(fx_allowance_charge, base_amount, FX_JK_DECIMAL, "BT-137"),
    FX_JF(fx_allowance_charge, percentage, FX_JK_DECIMAL, "BT-138"),
    FX_JF(fx_allowance_charge, reason, FX_JK_TEXT, "BT-139"),
    FX_JF(fx_allowance_charge, reason_code, FX_JK_TEXT, "BT-140"),
};
const fx_jtable fx_jt_line_allowance = FX_JTABLE("line_allowance", line_allowance_fields);

static const fx_jfield line_charge_fields[] = {
    FX_JF(fx_allowance_charge, amount, FX_JK_DECIMAL, "BT-141"),
    FX_JF(fx_allowance_charge, base_amount, FX_JK_DECIMAL, "BT-142"),
    FX_JF(fx_allowance_charge, percentage, FX_JK_DECIMAL, "BT-143"),
    FX_JF(fx_allowance_charge, reason, FX_JK_TEXT, "BT-144"),
    FX_JF(fx_allowance_charge, reason_code, FX_JK_TEXT, "BT-145"),
};
const fx_jtable fx_jt_line_charge = FX_JTABLE("line_charge", line_charge_fields);

static const fx_jfield classification_fields[] = {
    FX_JF(fx_classification, code, FX_JK_TEXT, "BT-158"),
    FX_JF(fx_classification, scheme, FX_JK_TEXT, "BT-158-1"),
    FX_JF(fx_classification, version, FX_JK_TEXT, "BT-158-2"),
};
const fx_jtable fx_jt_classification = FX_JTABLE("classification", classification_fields);

static const fx_jfield attribute_fields[] = {
    FX_JF(fx_item_attribute, name, FX_JK_TEXT, "BT-160"),
    FX_JF(fx_item_attribute, value, FX_JK_TEXT, "BT-161"),
};
const fx_jtable fx_jt_attribute = FX_JTABLE("attribute", attribute_fields);

static const fx_jfield line_fields[] = {
    FX_JF(fx_line, id, FX_JK_TEXT, "BT-126"),
    FX_JF(fx_line, note, FX_JK_TEXT, "BT-127"),
    FX_JF(fx_line, object_id, FX_JK_IDENT, "BT-128"),
    FX_JF(fx_line, quantity, FX_JK_DECIMAL, "BT-129"),
    FX_JF(fx_line, unit_code, FX_JK_TEXT, "BT-130"),
    FX_JF(fx_line, net_amount, FX_JK_DECIMAL, "BT-131"),
    FX_JF(fx_line, order_line_ref, FX_JK_TEXT, "BT-132"),
    FX_JF(fx_line, accounting_ref, FX_JK_TEXT, "BT-133"),
    FX_JF_OBJ(fx_line, period, fx_jt_line_period, "BG-26"),
    FX_JF_ARR(fx_line, "allowances", allowances_charges, n_allowances_charges, fx_allowance_charge,
              fx_jt_line_allowance, add_line_allowance, fx_jmap_is_allowance, "BG-27"),
    FX_JF_ARR(fx_line, "charges", allowances_charges, n_allowances_charges, fx_allowance_charge,
              fx_jt_line_charge, add_line_charge, fx_jmap_is_charge, "BG-28"),
    FX_JF(fx_line, net_price, FX_JK_DECIMAL, "BT-146"),
    FX_JF(fx_line, price_discount, FX_JK_DECIMAL, "BT-147"),
    FX_JF(fx_line, gross_price, FX_JK_DECIMAL, "BT-148"),
    FX_JF(fx_line, base_quantity, FX_JK_DECIMAL, "BT-149"),
    FX_JF(fx_line, base_quantity_unit, FX_JK_TEXT, "BT-150"),
    FX_JF(fx_line, vat_category, FX_JK_TEXT, "BT-151"),
    FX_JF(fx_line, vat_rate, FX_JK_DECIMAL, "BT-152"),
    FX_JF(fx_line, item_name, FX_JK_TEXT, "BT-153"),
    FX_JF(fx_line, item_description, FX_JK_TEXT, "BT-154"),
    FX_JF(fx_line, seller_item_id, FX_JK_TEXT, "BT-155"),
    FX_JF(fx_line, buyer_item_id, FX_JK_TEXT, "BT-156"),
    FX_JF(fx_line, standard_id, FX_JK_IDENT, "BT-157"),
    FX_JF_ARR(fx_line, "classifications", classifications, n_classifications, fx_classification,
              fx_jt_classification, add_classification, NULL, "BT-158"),
    FX_JF(fx_line, origin_country, FX_JK_TEXT, "BT-159"),
    FX_JF_ARR(fx_line, "attributes", attributes, n_attributes, fx_item_attribute, fx_jt_attribute,
              add_attribute, NULL, "BG-32"),
};
const fx_jtable fx_jt_line = FX_JTABLE("line", line_fields);
