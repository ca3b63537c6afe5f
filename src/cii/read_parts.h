/*
 * Internal: the section readers of the CII reader, one per part of the
 * document. Each takes the reader and the element of its section (which
 * may be NULL when the section is absent) and fills r->inv.
 */
#ifndef FX_CII_READ_PARTS_H
#define FX_CII_READ_PARTS_H

#include "cii/read_xml.h"

/* Returns from the calling function when the call x fails. */
#define FX_CII_TRY(x)                                                                              \
	do {                                                                                       \
		int fx_cii_rc_ = (x);                                                              \
		if (fx_cii_rc_)                                                                    \
			return fx_cii_rc_;                                                         \
	} while (0)

/** BT labels of the fields of one party role, used in messages. */
typedef struct fx_cii_party_labels {
	const char *name, *trading_name, *id, *legal_id, *vat_id, *tax_reg_id, *legal_info, *uri;
	const char *address[7]; /* line1 line2 line3 city postcode subdivision country */
	const char *contact[3]; /* name phone email */
} fx_cii_party_labels;

extern const fx_cii_party_labels fx_cii_seller_labels;
extern const fx_cii_party_labels fx_cii_buyer_labels;

/* Reads a ram:TradeAddressType element into addr. r: reader; node: the
 * PostalTradeAddress element (or NULL); labels: the BT labels of the role. */
int fx_cii_read_address(fx_cii_reader *r, const xmlNode *node, const fx_cii_party_labels *labels,
                        fx_address *addr);

/* Reads a seller or buyer trade party (BG-4 / BG-7). r: reader; node: the
 * SellerTradeParty or BuyerTradeParty element; labels: its BT labels;
 * party: the party of r->inv to fill. */
int fx_cii_read_party(fx_cii_reader *r, const xmlNode *node, const fx_cii_party_labels *labels,
                      fx_party *party);

/* Reads the payee (BG-10). r: reader; node: the PayeeTradeParty element. */
int fx_cii_read_payee(fx_cii_reader *r, const xmlNode *node);

/* Reads the seller's tax representative (BG-11). r: reader; node: the
 * SellerTaxRepresentativeTradeParty element. */
int fx_cii_read_tax_representative(fx_cii_reader *r, const xmlNode *node);

/* Reads rsm:ExchangedDocumentContext and rsm:ExchangedDocument (BT-1..3,
 * BT-23, BT-24, BG-1). r: reader; root: the CrossIndustryInvoice element;
 * profile_out: receives the BT-24 profile or -1. */
int fx_cii_read_document(fx_cii_reader *r, const xmlNode *root, int *profile_out);

/* Reads ram:ApplicableHeaderTradeAgreement (parties, BT-10..BT-18, BG-24).
 * r: reader; node: the agreement element. */
int fx_cii_read_agreement(fx_cii_reader *r, const xmlNode *node);

/* Reads ram:ApplicableHeaderTradeDelivery (BG-13, BT-15, BT-16).
 * r: reader; node: the delivery element. */
int fx_cii_read_delivery(fx_cii_reader *r, const xmlNode *node);

/* Reads ram:ApplicableHeaderTradeSettlement: currencies, payee, payment
 * (BG-16..BG-19), BG-14, BG-3, BT-19, then the amounts (see below).
 * r: reader; node: the settlement element. */
int fx_cii_read_settlement(fx_cii_reader *r, const xmlNode *node);

/* Reads the VAT breakdown (BG-23), document allowances/charges (BG-20/21)
 * and totals (BG-22) of the header settlement. r: reader; node: the
 * settlement element. */
int fx_cii_read_tax_and_totals(fx_cii_reader *r, const xmlNode *node);

/* Reads the EXTENDED advance payments and financial adjustments of the
 * header settlement. r: reader; node: the settlement element. */
int fx_cii_read_extended(fx_cii_reader *r, const xmlNode *node);

/* Reads a ram:TradeAllowanceChargeType into a new allowance or charge of
 * the document (line == NULL) or of line. r: reader; node: the element;
 * line: the line or NULL. */
int fx_cii_read_allowance_charge(fx_cii_reader *r, const xmlNode *node, fx_line *line);

/* Reads one ram:IncludedSupplyChainTradeLineItem into a new BG-25 line.
 * r: reader; node: the line element. */
int fx_cii_read_line(fx_cii_reader *r, const xmlNode *node);

#endif
