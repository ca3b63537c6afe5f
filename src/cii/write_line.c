/*
 * The CII writer: invoice lines (BG-25..BG-32), BASIC and up.
 */
#include <stdio.h>

#include "cii/write_ctx.h"

/* Writes the BG-32 item attributes and BT-158 classifications. */
static void product_details(fx_cw *w, const fx_line *l)
{
	if (fx_cw_allow(w, P_EN, l->n_attributes > 0, "BG-32 item attributes")) {
		for (size_t i = 0; i < l->n_attributes; i++) {
			const fx_item_attribute *a = &l->attributes[i];
			fx_cw_require(w, fx_cw_has(a->name), "BT-160 item attribute name");
			fx_cw_require(w, fx_cw_has(a->value), "BT-161 item attribute value");
			fx_cw_open(w, "ram:ApplicableProductCharacteristic");
			fx_cw_text(w, "ram:Description", a->name);
			fx_cw_text(w, "ram:Value", a->value);
			fx_cw_close(w, "ram:ApplicableProductCharacteristic");
		}
	}
	if (fx_cw_allow(w, P_EN, l->n_classifications > 0, "BT-158 item classification")) {
		for (size_t i = 0; i < l->n_classifications; i++) {
			const fx_classification *c = &l->classifications[i];
			fx_cw_require(w, fx_cw_has(c->code),
			              "BT-158 item classification identifier");
			fx_cw_open(w, "ram:DesignatedProductClassification");
			fx_cw_leaf(w, "ram:ClassCode", "listID", c->scheme, "listVersionID",
			           c->version, c->code);
			fx_cw_close(w, "ram:DesignatedProductClassification");
		}
	}
	if (fx_cw_allow(w, P_EN, fx_cw_has(l->origin_country), "BT-159 item country of origin")) {
		fx_cw_open(w, "ram:OriginTradeCountry");
		fx_cw_text(w, "ram:ID", l->origin_country);
		fx_cw_close(w, "ram:OriginTradeCountry");
	}
}

/* Writes ram:SpecifiedTradeProduct (BG-31). */
static void product(fx_cw *w, const fx_line *l)
{
	fx_cw_open(w, "ram:SpecifiedTradeProduct");
	if (fx_cw_allow(w, P_BASIC, fx_cw_has(l->standard_id.id),
	                "BT-157 item standard identifier"))
		fx_cw_leaf(w, "ram:GlobalID", "schemeID", l->standard_id.scheme, NULL, NULL,
		           l->standard_id.id);
	fx_cw_opt(w, P_EN, "ram:SellerAssignedID", l->seller_item_id,
	          "BT-155 item seller's identifier");
	fx_cw_opt(w, P_EN, "ram:BuyerAssignedID", l->buyer_item_id,
	          "BT-156 item buyer's identifier");
	fx_cw_text(w, "ram:Name", l->item_name);
	fx_cw_opt(w, P_EN, "ram:Description", l->item_description, "BT-154 item description");
	product_details(w, l);
	fx_cw_close(w, "ram:SpecifiedTradeProduct");
}

/* Writes ram:BasisQuantity (BT-149, BT-150) when the line has one. */
static void basis_quantity(fx_cw *w, const fx_line *l)
{
	if (l->base_quantity.set)
		fx_cw_decimal(w, "ram:BasisQuantity", l->base_quantity, "unitCode",
		              l->base_quantity_unit);
}

/* Writes ram:GrossPriceProductTradePrice (BT-148, BT-147 as an applied
 * allowance, BT-149). */
static void gross_price(fx_cw *w, const fx_line *l)
{
	if (l->price_discount.set)
		fx_cw_require(w, l->gross_price.set, "BT-148 item gross price (BT-147 is given)");
	if (!l->gross_price.set)
		return;
	fx_cw_open(w, "ram:GrossPriceProductTradePrice");
	fx_cw_decimal(w, "ram:ChargeAmount", l->gross_price, NULL, NULL);
	basis_quantity(w, l);
	if (l->price_discount.set) {
		fx_cw_open(w, "ram:AppliedTradeAllowanceCharge");
		fx_cw_indicator(w, "ram:ChargeIndicator", false);
		fx_cw_decimal(w, "ram:ActualAmount", l->price_discount, NULL, NULL);
		fx_cw_close(w, "ram:AppliedTradeAllowanceCharge");
	}
	fx_cw_close(w, "ram:GrossPriceProductTradePrice");
}

/* Writes ram:SpecifiedLineTradeAgreement (BT-132, prices BG-29). */
static void agreement(fx_cw *w, const fx_line *l)
{
	fx_cw_open(w, "ram:SpecifiedLineTradeAgreement");
	if (fx_cw_allow(w, P_EN, fx_cw_has(l->order_line_ref),
	                "BT-132 referenced purchase order line reference")) {
		fx_cw_open(w, "ram:BuyerOrderReferencedDocument");
		fx_cw_text(w, "ram:LineID", l->order_line_ref);
		fx_cw_close(w, "ram:BuyerOrderReferencedDocument");
	}
	gross_price(w, l);
	fx_cw_open(w, "ram:NetPriceProductTradePrice");
	fx_cw_decimal(w, "ram:ChargeAmount", l->net_price, NULL, NULL);
	basis_quantity(w, l);
	fx_cw_close(w, "ram:NetPriceProductTradePrice");
	fx_cw_close(w, "ram:SpecifiedLineTradeAgreement");
}

/* Writes ram:SpecifiedLineTradeSettlement (VAT, BG-26, BG-27/28, BT-131,
 * BT-128, BT-133). */
static void settlement(fx_cw *w, const fx_line *l)
{
	fx_cw_open(w, "ram:SpecifiedLineTradeSettlement");
	fx_cw_simple_tax(w, "ram:ApplicableTradeTax", l->vat_category, l->vat_rate);
	if (!fx_date_is_absent(l->period.start) || !fx_date_is_absent(l->period.end))
		fx_cw_period(w, &l->period);
	for (size_t i = 0; i < l->n_allowances_charges; i++)
		fx_cw_allowance_charge(w, "ram:SpecifiedTradeAllowanceCharge",
		                       &l->allowances_charges[i], false);
	fx_cw_open(w, "ram:SpecifiedTradeSettlementLineMonetarySummation");
	fx_cw_decimal(w, "ram:LineTotalAmount", l->net_amount, NULL, NULL);
	fx_cw_close(w, "ram:SpecifiedTradeSettlementLineMonetarySummation");
	if (fx_cw_allow(w, P_EN, fx_cw_has(l->object_id.id),
	                "BT-128 invoice line object identifier")) {
		fx_cw_open(w, "ram:AdditionalReferencedDocument");
		fx_cw_text(w, "ram:IssuerAssignedID", l->object_id.id);
		fx_cw_text(w, "ram:TypeCode", "130");
		if (fx_cw_has(l->object_id.scheme))
			fx_cw_text(w, "ram:ReferenceTypeCode", l->object_id.scheme);
		fx_cw_close(w, "ram:AdditionalReferencedDocument");
	}
	if (fx_cw_allow(w, P_EN, fx_cw_has(l->accounting_ref),
	                "BT-133 invoice line buyer accounting reference")) {
		fx_cw_open(w, "ram:ReceivableSpecifiedTradeAccountingAccount");
		fx_cw_text(w, "ram:ID", l->accounting_ref);
		fx_cw_close(w, "ram:ReceivableSpecifiedTradeAccountingAccount");
	}
	fx_cw_close(w, "ram:SpecifiedLineTradeSettlement");
}

/* Writes one ram:IncludedSupplyChainTradeLineItem. */
static void line(fx_cw *w, const fx_line *l)
{
	fx_cw_require(w, fx_cw_has(l->id), "BT-126 invoice line identifier");
	fx_cw_require(w, fx_cw_has(l->item_name), "BT-153 item name");
	fx_cw_require(w, l->net_price.set, "BT-146 item net price");
	fx_cw_require(w, l->quantity.set, "BT-129 invoiced quantity");
	fx_cw_require(w, fx_cw_has(l->unit_code), "BT-130 invoiced quantity unit of measure code");
	fx_cw_require(w, fx_cw_has(l->vat_category), "BT-151 invoiced item VAT category code");
	fx_cw_require(w, l->net_amount.set, "BT-131 invoice line net amount");
	fx_cw_open(w, "ram:IncludedSupplyChainTradeLineItem");
	fx_cw_open(w, "ram:AssociatedDocumentLineDocument");
	fx_cw_text(w, "ram:LineID", l->id);
	if (fx_cw_has(l->note)) {
		fx_cw_open(w, "ram:IncludedNote");
		fx_cw_text(w, "ram:Content", l->note);
		fx_cw_close(w, "ram:IncludedNote");
	}
	fx_cw_close(w, "ram:AssociatedDocumentLineDocument");
	product(w, l);
	agreement(w, l);
	fx_cw_open(w, "ram:SpecifiedLineTradeDelivery");
	fx_cw_decimal(w, "ram:BilledQuantity", l->quantity, "unitCode", l->unit_code);
	fx_cw_close(w, "ram:SpecifiedLineTradeDelivery");
	settlement(w, l);
	fx_cw_close(w, "ram:IncludedSupplyChainTradeLineItem");
}

/* Writes the BG-25 lines (BASIC and up; MINIMUM and BASIC WL have none). */
void fx_cw_lines(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	if (w->profile < P_BASIC) {
		fx_cw_allow(w, P_BASIC, inv->n_lines > 0, "BG-25 invoice lines");
		return;
	}
	fx_cw_require(w, inv->n_lines > 0, "BG-25 invoice line");
	for (size_t i = 0; i < inv->n_lines; i++) {
		snprintf(w->where, sizeof w->where, "line %zu", i + 1);
		line(w, &inv->lines[i]);
	}
	w->where[0] = '\0';
}
