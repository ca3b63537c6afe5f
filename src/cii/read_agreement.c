/*
 * Reading the header trade agreement (parties, document references,
 * supporting documents) and the header trade delivery.
 */
#include "cii/read_parts.h"

#include <stdlib.h>
#include <string.h>

#include "cii/read_base64.h"
#include "core/error.h"

/* Reads the BT-125 binary object of a supporting document. */
static int read_attachment_content(fx_cii_reader *r, const xmlNode *doc, fx_attachment *a)
{
	const char *what = "BT-125 attached document";
	xmlNode *bin = fx_cii_find(doc, "ram:AttachmentBinaryObject");
	if (!bin)
		return FX_OK;
	FX_CII_TRY(fx_cii_attr_text(r, bin, NULL, "mimeCode", "BT-125-1 attachment MIME code",
	                            &a->mime_code));
	FX_CII_TRY(fx_cii_attr_text(r, bin, NULL, "filename", "BT-125-2 attachment filename",
	                            &a->filename));
	bool oom;
	char *text = fx_cii_node_text(bin, &oom);
	if (oom)
		return fx_error_oom();
	if (!text)
		return FX_OK;
	unsigned char *data;
	size_t len;
	int rc = fx_cii_base64_decode(text, strlen(text), &data, &len);
	free(text);
	if (rc == FX_ENOMEM)
		return rc;
	if (rc)
		return fx_cii_fail(r, bin, rc, what, fx_error_last()->message);
	rc = fx_invoice_set_data(r->inv, &a->data, &a->data_len, data, len);
	free(data);
	return rc;
}

/* Reads a BG-24 additional supporting document. */
static int read_attachment(fx_cii_reader *r, const xmlNode *doc)
{
	fx_attachment tmp = {0};
	FX_CII_TRY(fx_cii_text(r, doc, "ram:IssuerAssignedID",
	                       "BT-122 supporting document reference", &tmp.id));
	FX_CII_TRY(fx_cii_text(r, doc, "ram:Name", "BT-123 supporting document description",
	                       &tmp.description));
	FX_CII_TRY(fx_cii_text(r, doc, "ram:URIID", "BT-124 external document location", &tmp.uri));
	FX_CII_TRY(read_attachment_content(r, doc, &tmp));
	fx_attachment *a;
	FX_CII_TRY(fx_invoice_add_attachment(r->inv, &a));
	*a = tmp;
	return FX_OK;
}

/* Reads every AdditionalReferencedDocument by its type code: 50 is the
 * tender or lot (BT-17), 130 the invoiced object (BT-18), 916 or none a
 * supporting document (BG-24); other codes are not part of the model. */
static int read_additional_documents(fx_cii_reader *r, const xmlNode *agr)
{
	fx_invoice *inv = r->inv;
	for (xmlNode *d = fx_cii_find(agr, "ram:AdditionalReferencedDocument"); d;
	     d = fx_cii_next(d)) {
		bool oom;
		char *code = fx_cii_node_text(fx_cii_find(d, "ram:TypeCode"), &oom);
		if (oom)
			return fx_error_oom();
		int rc = FX_OK;
		if (code && strcmp(code, "50") == 0) {
			if (!inv->tender_ref)
				rc = fx_cii_text(r, d, "ram:IssuerAssignedID",
				                 "BT-17 tender or lot reference", &inv->tender_ref);
		} else if (code && strcmp(code, "130") == 0) {
			if (!inv->invoiced_object.id) {
				rc = fx_cii_text(r, d, "ram:IssuerAssignedID",
				                 "BT-18 invoiced object identifier",
				                 &inv->invoiced_object.id);
				if (!rc)
					rc = fx_cii_text(r, d, "ram:ReferenceTypeCode",
					                 "BT-18-1 invoiced object scheme",
					                 &inv->invoiced_object.scheme);
			}
		} else if (!code || strcmp(code, "916") == 0) {
			rc = read_attachment(r, d);
		}
		free(code);
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* Reads the header trade agreement. */
int fx_cii_read_agreement(fx_cii_reader *r, const xmlNode *node)
{
	fx_invoice *inv = r->inv;
	if (!node)
		return FX_OK;
	FX_CII_TRY(fx_cii_text(r, node, "ram:BuyerReference", "BT-10 buyer reference",
	                       &inv->buyer_reference));
	FX_CII_TRY(fx_cii_read_party(r, fx_cii_find(node, "ram:SellerTradeParty"),
	                             &fx_cii_seller_labels, &inv->seller));
	FX_CII_TRY(fx_cii_read_party(r, fx_cii_find(node, "ram:BuyerTradeParty"),
	                             &fx_cii_buyer_labels, &inv->buyer));
	FX_CII_TRY(fx_cii_read_tax_representative(
	    r, fx_cii_find(node, "ram:SellerTaxRepresentativeTradeParty")));
	FX_CII_TRY(fx_cii_text(r, node, "ram:SellerOrderReferencedDocument/ram:IssuerAssignedID",
	                       "BT-14 sales order reference", &inv->sales_order_ref));
	FX_CII_TRY(fx_cii_text(r, node, "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID",
	                       "BT-13 purchase order reference", &inv->purchase_order_ref));
	FX_CII_TRY(fx_cii_text(r, node, "ram:ContractReferencedDocument/ram:IssuerAssignedID",
	                       "BT-12 contract reference", &inv->contract_ref));
	FX_CII_TRY(read_additional_documents(r, node));
	FX_CII_TRY(fx_cii_text(r, node, "ram:SpecifiedProcuringProject/ram:ID",
	                       "BT-11 project reference", &inv->project_ref));
	return fx_cii_text(r, node, "ram:SpecifiedProcuringProject/ram:Name", "BT-11 project name",
	                   &inv->project_name);
}

/* Reads the header trade delivery. */
int fx_cii_read_delivery(fx_cii_reader *r, const xmlNode *node)
{
	static const fx_cii_party_labels ship_to = {
	    "BT-70 deliver to party name",
	    NULL,
	    "BT-71 deliver to location identifier",
	    NULL,
	    NULL,
	    NULL,
	    NULL,
	    NULL,
	    {"BT-75 deliver to address line 1", "BT-76 deliver to address line 2",
	     "BT-165 deliver to address line 3", "BT-77 deliver to city",
	     "BT-78 deliver to post code", "BT-79 deliver to country subdivision",
	     "BT-80 deliver to country code"},
	    {NULL, NULL, NULL},
	};
	fx_invoice *inv = r->inv;
	fx_delivery *d = &inv->delivery;
	if (!node)
		return FX_OK;
	xmlNode *party = fx_cii_find(node, "ram:ShipToTradeParty");
	if (party) {
		FX_CII_TRY(fx_cii_identifier(r, party, "ram:ID", ship_to.id, &d->location_id));
		if (!d->location_id.id)
			FX_CII_TRY(fx_cii_identifier(r, party, "ram:GlobalID", ship_to.id,
			                             &d->location_id));
		FX_CII_TRY(fx_cii_text(r, party, "ram:Name", ship_to.name, &d->party_name));
		FX_CII_TRY(fx_cii_read_address(r, fx_cii_find(party, "ram:PostalTradeAddress"),
		                               &ship_to, &d->address));
	}
	FX_CII_TRY(fx_cii_date(r, node,
	                       "ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/"
	                       "udt:DateTimeString",
	                       "BT-72 actual delivery date", &d->date));
	FX_CII_TRY(fx_cii_text(r, node, "ram:DespatchAdviceReferencedDocument/ram:IssuerAssignedID",
	                       "BT-16 despatch advice reference", &inv->despatch_advice_ref));
	return fx_cii_text(r, node, "ram:ReceivingAdviceReferencedDocument/ram:IssuerAssignedID",
	                   "BT-15 receiving advice reference", &inv->receiving_advice_ref);
}
