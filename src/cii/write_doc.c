/*
 * The CII writer: document context (BT-23, BT-24), exchanged document
 * (BT-1..3, BG-1), header trade agreement and header trade delivery.
 */
#include <stdio.h>

#include "cii/write_ctx.h"

/* Writes rsm:ExchangedDocumentContext (BT-23 business process, BT-24). */
void fx_cw_context(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	fx_cw_open(w, "rsm:ExchangedDocumentContext");
	if (fx_cw_has(inv->business_process)) {
		fx_cw_open(w, "ram:BusinessProcessSpecifiedDocumentContextParameter");
		fx_cw_text(w, "ram:ID", inv->business_process);
		fx_cw_close(w, "ram:BusinessProcessSpecifiedDocumentContextParameter");
	}
	fx_cw_open(w, "ram:GuidelineSpecifiedDocumentContextParameter");
	fx_cw_text(w, "ram:ID", fx_profile_guideline_id(w->profile));
	fx_cw_close(w, "ram:GuidelineSpecifiedDocumentContextParameter");
	fx_cw_close(w, "rsm:ExchangedDocumentContext");
}

/* Writes the BG-1 notes (BASIC WL and up). */
static void document_notes(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	if (!fx_cw_allow(w, P_WL, inv->n_notes > 0, "BG-1 invoice note"))
		return;
	for (size_t i = 0; i < inv->n_notes; i++) {
		const fx_note *n = &inv->notes[i];
		snprintf(w->where, sizeof w->where, "note %zu", i + 1);
		fx_cw_require(w, fx_cw_has(n->content), "BT-22 invoice note");
		fx_cw_open(w, "ram:IncludedNote");
		fx_cw_text(w, "ram:Content", n->content);
		if (fx_cw_has(n->subject_code))
			fx_cw_text(w, "ram:SubjectCode", n->subject_code);
		fx_cw_close(w, "ram:IncludedNote");
	}
	w->where[0] = '\0';
}

/* Writes rsm:ExchangedDocument (BT-1, BT-3, BT-2, BG-1). */
void fx_cw_document(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	fx_cw_require(w, fx_cw_has(inv->number), "BT-1 invoice number");
	fx_cw_require(w, fx_cw_has(inv->type_code), "BT-3 invoice type code");
	fx_cw_require(w, !fx_date_is_absent(inv->issue_date), "BT-2 invoice issue date");
	fx_cw_open(w, "rsm:ExchangedDocument");
	fx_cw_text(w, "ram:ID", inv->number);
	fx_cw_text(w, "ram:TypeCode", inv->type_code);
	fx_cw_date(w, "ram:IssueDateTime", "udt:DateTimeString", inv->issue_date);
	document_notes(w);
	fx_cw_close(w, "rsm:ExchangedDocument");
}

/* Writes <tag><ram:IssuerAssignedID>id</ram:IssuerAssignedID></tag> when
 * the profile (>= min) allows it. */
static void referenced_id(fx_cw *w, fx_profile min, const char *tag, const char *id,
                          const char *what)
{
	if (!fx_cw_allow(w, min, fx_cw_has(id), what))
		return;
	fx_cw_open(w, tag);
	fx_cw_text(w, "ram:IssuerAssignedID", id);
	fx_cw_close(w, tag);
}

/* True when the BG-11 tax representative has any data. */
static bool tax_representative_given(const fx_tax_representative *t)
{
	const fx_address *a = &t->address;
	return fx_cw_has(t->name) || fx_cw_has(t->vat_id) || fx_cw_has(a->line1) ||
	       fx_cw_has(a->line2) || fx_cw_has(a->line3) || fx_cw_has(a->city) ||
	       fx_cw_has(a->postcode) || fx_cw_has(a->subdivision) || fx_cw_has(a->country);
}

/* Writes ram:SellerTaxRepresentativeTradeParty (BG-11). */
static void tax_representative(fx_cw *w)
{
	const fx_tax_representative *t = &w->inv->tax_representative;
	if (!fx_cw_allow(w, P_WL, tax_representative_given(t), "BG-11 seller tax representative"))
		return;
	fx_cw_require(w, fx_cw_has(t->name), "BT-62 seller tax representative name");
	fx_cw_require(w, fx_cw_has(t->address.country), "BT-69 tax representative country code");
	fx_cw_require(w, fx_cw_has(t->vat_id), "BT-63 seller tax representative VAT identifier");
	fx_cw_open(w, "ram:SellerTaxRepresentativeTradeParty");
	fx_cw_text(w, "ram:Name", t->name);
	fx_cw_address(w, &t->address, P_WL, "BG-12 seller tax representative postal address",
	              "BT-69 tax representative country code");
	fx_cw_open(w, "ram:SpecifiedTaxRegistration");
	fx_cw_leaf(w, "ram:ID", "schemeID", "VA", NULL, NULL, t->vat_id);
	fx_cw_close(w, "ram:SpecifiedTaxRegistration");
	fx_cw_close(w, "ram:SellerTaxRepresentativeTradeParty");
}

/* Writes one BG-24 additional supporting document (TypeCode 916). */
static void attachment(fx_cw *w, const fx_attachment *a)
{
	bool data = a->data != NULL;
	fx_cw_require(w, fx_cw_has(a->id), "BT-122 supporting document reference");
	if (data) {
		fx_cw_require(w, fx_cw_has(a->mime_code), "BT-125-1 attached document MIME code");
		fx_cw_require(w, fx_cw_has(a->filename), "BT-125-2 attached document filename");
	}
	fx_cw_open(w, "ram:AdditionalReferencedDocument");
	fx_cw_text(w, "ram:IssuerAssignedID", a->id);
	if (fx_cw_has(a->uri))
		fx_cw_text(w, "ram:URIID", a->uri);
	fx_cw_text(w, "ram:TypeCode", "916");
	if (fx_cw_has(a->description))
		fx_cw_text(w, "ram:Name", a->description);
	if (data)
		fx_cw_binary(w, "ram:AttachmentBinaryObject", a->data, a->data_len, a->mime_code,
		             a->filename);
	fx_cw_close(w, "ram:AdditionalReferencedDocument");
}

/* Writes the header ram:AdditionalReferencedDocument elements: BT-17
 * (TypeCode 50), BT-18 (TypeCode 130) and the BG-24 attachments (916). */
static void additional_documents(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	if (fx_cw_allow(w, P_EN, fx_cw_has(inv->tender_ref), "BT-17 tender or lot reference")) {
		fx_cw_open(w, "ram:AdditionalReferencedDocument");
		fx_cw_text(w, "ram:IssuerAssignedID", inv->tender_ref);
		fx_cw_text(w, "ram:TypeCode", "50");
		fx_cw_close(w, "ram:AdditionalReferencedDocument");
	}
	const fx_identifier *obj = &inv->invoiced_object;
	if (fx_cw_allow(w, P_EN, fx_cw_has(obj->id), "BT-18 invoiced object identifier")) {
		fx_cw_open(w, "ram:AdditionalReferencedDocument");
		fx_cw_text(w, "ram:IssuerAssignedID", obj->id);
		fx_cw_text(w, "ram:TypeCode", "130");
		if (fx_cw_has(obj->scheme))
			fx_cw_text(w, "ram:ReferenceTypeCode", obj->scheme);
		fx_cw_close(w, "ram:AdditionalReferencedDocument");
	}
	if (!fx_cw_allow(w, P_EN, inv->n_attachments > 0, "BG-24 additional supporting documents"))
		return;
	for (size_t i = 0; i < inv->n_attachments; i++) {
		snprintf(w->where, sizeof w->where, "attachment %zu", i + 1);
		attachment(w, &inv->attachments[i]);
	}
	w->where[0] = '\0';
}

/* Writes ram:SpecifiedProcuringProject (BT-11; CII requires a name). */
static void procuring_project(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	if (!fx_cw_allow(w, P_EN, fx_cw_has(inv->project_ref), "BT-11 project reference"))
		return;
	fx_cw_open(w, "ram:SpecifiedProcuringProject");
	fx_cw_text(w, "ram:ID", inv->project_ref);
	fx_cw_text(w, "ram:Name",
	           fx_cw_has(inv->project_name) ? inv->project_name : "Project reference");
	fx_cw_close(w, "ram:SpecifiedProcuringProject");
}

/* Writes ram:ApplicableHeaderTradeAgreement. */
void fx_cw_agreement(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	fx_cw_open(w, "ram:ApplicableHeaderTradeAgreement");
	fx_cw_opt(w, P_MIN, "ram:BuyerReference", inv->buyer_reference, "BT-10 buyer reference");
	fx_cw_party(w, "ram:SellerTradeParty", &inv->seller, true);
	fx_cw_party(w, "ram:BuyerTradeParty", &inv->buyer, false);
	tax_representative(w);
	referenced_id(w, P_EN, "ram:SellerOrderReferencedDocument", inv->sales_order_ref,
	              "BT-14 sales order reference");
	referenced_id(w, P_MIN, "ram:BuyerOrderReferencedDocument", inv->purchase_order_ref,
	              "BT-13 purchase order reference");
	referenced_id(w, P_WL, "ram:ContractReferencedDocument", inv->contract_ref,
	              "BT-12 contract reference");
	additional_documents(w);
	procuring_project(w);
	fx_cw_close(w, "ram:ApplicableHeaderTradeAgreement");
}

/* True when the BG-13 deliver-to party has data (BT-70, BT-71, BG-15). */
static bool ship_to_given(const fx_delivery *d)
{
	const fx_address *a = &d->address;
	return fx_cw_has(d->party_name) || fx_cw_has(d->location_id.id) || fx_cw_has(a->line1) ||
	       fx_cw_has(a->line2) || fx_cw_has(a->line3) || fx_cw_has(a->city) ||
	       fx_cw_has(a->postcode) || fx_cw_has(a->subdivision) || fx_cw_has(a->country);
}

/* Writes ram:ShipToTradeParty (BT-71, BT-70, BG-15). */
static void ship_to(fx_cw *w, const fx_delivery *d)
{
	fx_cw_open(w, "ram:ShipToTradeParty");
	if (fx_cw_has(d->location_id.id))
		fx_cw_party_id(w, &d->location_id);
	if (fx_cw_has(d->party_name))
		fx_cw_text(w, "ram:Name", d->party_name);
	fx_cw_address(w, &d->address, P_WL, "BG-15 deliver to address",
	              "BT-80 deliver to country code");
	fx_cw_close(w, "ram:ShipToTradeParty");
}

/* Writes ram:ApplicableHeaderTradeDelivery (empty in MINIMUM). */
void fx_cw_delivery(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	const fx_delivery *d = &inv->delivery;
	bool ship = fx_cw_allow(w, P_WL, ship_to_given(d), "BG-13 delivery information");
	bool date = fx_cw_allow(w, P_WL, !fx_date_is_absent(d->date), "BT-72 actual delivery date");
	bool despatch = fx_cw_allow(w, P_WL, fx_cw_has(inv->despatch_advice_ref),
	                            "BT-16 despatch advice reference");
	bool receiving = fx_cw_allow(w, P_EN, fx_cw_has(inv->receiving_advice_ref),
	                             "BT-15 receiving advice reference");
	if (!ship && !date && !despatch && !receiving) {
		fx_cw_empty(w, "ram:ApplicableHeaderTradeDelivery");
		return;
	}
	fx_cw_open(w, "ram:ApplicableHeaderTradeDelivery");
	if (ship)
		ship_to(w, d);
	if (date) {
		fx_cw_open(w, "ram:ActualDeliverySupplyChainEvent");
		fx_cw_date(w, "ram:OccurrenceDateTime", "udt:DateTimeString", d->date);
		fx_cw_close(w, "ram:ActualDeliverySupplyChainEvent");
	}
	if (despatch)
		referenced_id(w, P_WL, "ram:DespatchAdviceReferencedDocument",
		              inv->despatch_advice_ref, "BT-16 despatch advice reference");
	if (receiving)
		referenced_id(w, P_EN, "ram:ReceivingAdviceReferencedDocument",
		              inv->receiving_advice_ref, "BT-15 receiving advice reference");
	fx_cw_close(w, "ram:ApplicableHeaderTradeDelivery");
}
