/*
 * Reading a CII invoice line (BG-25 with BG-26..BG-32).
 */
#include "cii/read_parts.h"

#include <stdlib.h>
#include <string.h>

#include "core/error.h"

/* Reads the item attributes (BG-32) and classifications (BT-158). */
static int read_product_lists(fx_cii_reader *r, const xmlNode *prod, fx_line *l)
{
	for (xmlNode *c = fx_cii_find(prod, "ram:ApplicableProductCharacteristic"); c;
	     c = fx_cii_next(c)) {
		fx_item_attribute tmp = {0};
		FX_CII_TRY(
		    fx_cii_text(r, c, "ram:Description", "BT-160 item attribute name", &tmp.name));
		FX_CII_TRY(
		    fx_cii_text(r, c, "ram:Value", "BT-161 item attribute value", &tmp.value));
		fx_item_attribute *a;
		FX_CII_TRY(fx_line_add_attribute(r->inv, l, &a));
		*a = tmp;
	}
	for (xmlNode *c = fx_cii_find(prod, "ram:DesignatedProductClassification"); c;
	     c = fx_cii_next(c)) {
		fx_classification tmp = {0};
		const char *what = "BT-158 item classification identifier";
		FX_CII_TRY(fx_cii_text(r, c, "ram:ClassCode", what, &tmp.code));
		FX_CII_TRY(fx_cii_attr_text(r, c, "ram:ClassCode", "listID",
		                            "BT-158-1 item classification scheme", &tmp.scheme));
		FX_CII_TRY(fx_cii_attr_text(r, c, "ram:ClassCode", "listVersionID",
		                            "BT-158-2 item classification scheme version",
		                            &tmp.version));
		if (!tmp.code)
			continue;
		fx_classification *cl;
		FX_CII_TRY(fx_line_add_classification(r->inv, l, &cl));
		*cl = tmp;
	}
	return FX_OK;
}

/* Reads the item information (BG-31). */
static int read_product(fx_cii_reader *r, const xmlNode *prod, fx_line *l)
{
	if (!prod)
		return FX_OK;
	FX_CII_TRY(fx_cii_identifier(r, prod, "ram:GlobalID", "BT-157 item standard identifier",
	                             &l->standard_id));
	FX_CII_TRY(fx_cii_text(r, prod, "ram:SellerAssignedID", "BT-155 item seller's identifier",
	                       &l->seller_item_id));
	FX_CII_TRY(fx_cii_text(r, prod, "ram:BuyerAssignedID", "BT-156 item buyer's identifier",
	                       &l->buyer_item_id));
	FX_CII_TRY(fx_cii_text(r, prod, "ram:Name", "BT-153 item name", &l->item_name));
	FX_CII_TRY(fx_cii_text(r, prod, "ram:Description", "BT-154 item description",
	                       &l->item_description));
	FX_CII_TRY(read_product_lists(r, prod, l));
	return fx_cii_text(r, prod, "ram:OriginTradeCountry/ram:ID",
	                   "BT-159 item country of origin", &l->origin_country);
}

/* Reads the price details (BG-29): net price and base quantity, gross
 * price and its discount (an allowance on the gross price). */
static int read_prices(fx_cii_reader *r, const xmlNode *agr, fx_line *l)
{
	xmlNode *net = fx_cii_find(agr, "ram:NetPriceProductTradePrice");
	xmlNode *gross = fx_cii_find(agr, "ram:GrossPriceProductTradePrice");
	FX_CII_TRY(
	    fx_cii_decimal(r, net, "ram:ChargeAmount", "BT-146 item net price", &l->net_price));
	FX_CII_TRY(fx_cii_decimal(r, gross, "ram:ChargeAmount", "BT-148 item gross price",
	                          &l->gross_price));
	xmlNode *base = fx_cii_find(net, "ram:BasisQuantity");
	if (!base)
		base = fx_cii_find(gross, "ram:BasisQuantity");
	FX_CII_TRY(
	    fx_cii_decimal(r, base, NULL, "BT-149 item price base quantity", &l->base_quantity));
	FX_CII_TRY(fx_cii_attr_text(r, base, NULL, "unitCode",
	                            "BT-150 item price base quantity unit of measure code",
	                            &l->base_quantity_unit));
	xmlNode *ac = fx_cii_find(gross, "ram:AppliedTradeAllowanceCharge");
	for (; ac; ac = fx_cii_next(ac)) {
		bool charge = false, found;
		FX_CII_TRY(fx_cii_indicator(r, ac, "ram:ChargeIndicator/udt:Indicator",
		                            "BT-147 price discount indicator", &charge, &found));
		if (!charge)
			return fx_cii_decimal(r, ac, "ram:ActualAmount",
			                      "BT-147 item price discount", &l->price_discount);
	}
	return FX_OK;
}

/* Reads the line object identifier (BT-128): an AdditionalReferencedDocument
 * of type 130, or without type code. */
static int read_object_id(fx_cii_reader *r, const xmlNode *set, fx_line *l)
{
	for (xmlNode *d = fx_cii_find(set, "ram:AdditionalReferencedDocument"); d;
	     d = fx_cii_next(d)) {
		bool oom;
		char *code = fx_cii_node_text(fx_cii_find(d, "ram:TypeCode"), &oom);
		if (oom)
			return fx_error_oom();
		bool object = !code || strcmp(code, "130") == 0;
		free(code);
		if (!object)
			continue;
		FX_CII_TRY(fx_cii_text(r, d, "ram:IssuerAssignedID",
		                       "BT-128 invoice line object identifier", &l->object_id.id));
		return fx_cii_text(r, d, "ram:ReferenceTypeCode",
		                   "BT-128-1 invoice line object identifier scheme",
		                   &l->object_id.scheme);
	}
	return FX_OK;
}

/* Reads the line settlement: VAT, period, allowances/charges, net amount,
 * object identifier, accounting reference. */
static int read_line_settlement(fx_cii_reader *r, const xmlNode *set, fx_line *l)
{
	if (!set)
		return FX_OK;
	xmlNode *tax = fx_cii_find(set, "ram:ApplicableTradeTax");
	FX_CII_TRY(fx_cii_text(r, tax, "ram:CategoryCode", "BT-151 invoiced item VAT category code",
	                       &l->vat_category));
	FX_CII_TRY(fx_cii_decimal(r, tax, "ram:RateApplicablePercent",
	                          "BT-152 invoiced item VAT rate", &l->vat_rate));
	FX_CII_TRY(fx_cii_date(r, set,
	                       "ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString",
	                       "BT-134 invoice line period start date", &l->period.start));
	FX_CII_TRY(fx_cii_date(r, set,
	                       "ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString",
	                       "BT-135 invoice line period end date", &l->period.end));
	for (xmlNode *a = fx_cii_find(set, "ram:SpecifiedTradeAllowanceCharge"); a;
	     a = fx_cii_next(a))
		FX_CII_TRY(fx_cii_read_allowance_charge(r, a, l));
	FX_CII_TRY(fx_cii_decimal(r, set,
	                          "ram:SpecifiedTradeSettlementLineMonetarySummation/"
	                          "ram:LineTotalAmount",
	                          "BT-131 invoice line net amount", &l->net_amount));
	FX_CII_TRY(read_object_id(r, set, l));
	return fx_cii_text(r, set, "ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID",
	                   "BT-133 invoice line buyer accounting reference", &l->accounting_ref);
}

/* Reads one invoice line. */
int fx_cii_read_line(fx_cii_reader *r, const xmlNode *node)
{
	fx_line *l;
	FX_CII_TRY(fx_invoice_add_line(r->inv, &l));
	xmlNode *doc = fx_cii_find(node, "ram:AssociatedDocumentLineDocument");
	FX_CII_TRY(fx_cii_text(r, doc, "ram:LineID", "BT-126 invoice line identifier", &l->id));
	FX_CII_TRY(fx_cii_text(r, doc, "ram:IncludedNote/ram:Content", "BT-127 invoice line note",
	                       &l->note));
	FX_CII_TRY(read_product(r, fx_cii_find(node, "ram:SpecifiedTradeProduct"), l));
	xmlNode *agr = fx_cii_find(node, "ram:SpecifiedLineTradeAgreement");
	FX_CII_TRY(fx_cii_text(r, agr, "ram:BuyerOrderReferencedDocument/ram:LineID",
	                       "BT-132 referenced purchase order line reference",
	                       &l->order_line_ref));
	FX_CII_TRY(read_prices(r, agr, l));
	xmlNode *del = fx_cii_find(node, "ram:SpecifiedLineTradeDelivery");
	FX_CII_TRY(
	    fx_cii_decimal(r, del, "ram:BilledQuantity", "BT-129 invoiced quantity", &l->quantity));
	FX_CII_TRY(fx_cii_attr_text(r, del, "ram:BilledQuantity", "unitCode",
	                            "BT-130 invoiced quantity unit of measure code",
	                            &l->unit_code));
	return read_line_settlement(r, fx_cii_find(node, "ram:SpecifiedLineTradeSettlement"), l);
}
