/*
 * Key tables of the parties: seller, buyer, payee, tax representative,
 * delivery, with their addresses and contacts.
 */
#include "input/json/json_map.h"

/* Adds an identifier to a party (owner: the fx_party). */
static int add_party_identifier(fx_invoice *inv, void *owner, void **out)
{
	return fx_invoice_add_party_identifier(inv, (fx_party *)owner, (fx_identifier **)out);
}

/* The address keys with the business terms of one place. */
#define ADDRESS_FIELDS(b1, b2, b3, bcity, bpost, bsub, bcountry)                                   \
	{                                                                                          \
		FX_JF(fx_address, line1, FX_JK_TEXT, b1),                                          \
		    FX_JF(fx_address, line2, FX_JK_TEXT, b2),                                      \
		    FX_JF(fx_address, line3, FX_JK_TEXT, b3),                                      \
		    FX_JF(fx_address, city, FX_JK_TEXT, bcity),                                    \
		    FX_JF(fx_address, postcode, FX_JK_TEXT, bpost),                                \
		    FX_JF(fx_address, subdivision, FX_JK_TEXT, bsub),                              \
		    FX_JF(fx_address, country, FX_JK_TEXT, bcountry),                              \
	}

static const fx_jfield seller_address_fields[] =
    ADDRESS_FIELDS("BT-35", "BT-36", "BT-162", "BT-37", "BT-38", "BT-39", "BT-40");
static const fx_jtable seller_address = FX_JTABLE("seller.address", seller_address_fields);
static const fx_jfield buyer_address_fields[] =
    ADDRESS_FIELDS("BT-50", "BT-51", "BT-163", "BT-52", "BT-53", "BT-54", "BT-55");
static const fx_jtable buyer_address = FX_JTABLE("buyer.address", buyer_address_fields);
static const fx_jfield taxrep_address_fields[] =
    ADDRESS_FIELDS("BT-64", "BT-65", "BT-164", "BT-66", "BT-67", "BT-68", "BT-69");
static const fx_jtable taxrep_address =
    FX_JTABLE("tax_representative.address", taxrep_address_fields);
static const fx_jfield delivery_address_fields[] =
    ADDRESS_FIELDS("BT-75", "BT-76", "BT-165", "BT-77", "BT-78", "BT-79", "BT-80");
static const fx_jtable delivery_address = FX_JTABLE("delivery.address", delivery_address_fields);

static const fx_jfield seller_contact_fields[] = {
    FX_JF(fx_contact, name, FX_JK_TEXT, "BT-41"),
    FX_JF(fx_contact, phone, FX_JK_TEXT, "BT-42"),
    FX_JF(fx_contact, email, FX_JK_TEXT, "BT-43"),
};
static const fx_jtable seller_contact = FX_JTABLE("seller.contact", seller_contact_fields);
static const fx_jfield buyer_contact_fields[] = {
    FX_JF(fx_contact, name, FX_JK_TEXT, "BT-56"),
    FX_JF(fx_contact, phone, FX_JK_TEXT, "BT-57"),
    FX_JF(fx_contact, email, FX_JK_TEXT, "BT-58"),
};
static const fx_jtable buyer_contact = FX_JTABLE("buyer.contact", buyer_contact_fields);

/* The identifiers array of a party. */
#define IDENTIFIERS_FIELD(b)                                                                       \
	{                                                                                          \
		.key = "identifiers", .kind = FX_JK_IDENT_ARRAY,                                   \
		.offset = offsetof(fx_party, identifiers),                                         \
		.offset2 = offsetof(fx_party, n_identifiers), .elem_size = sizeof(fx_identifier),  \
		.add = add_party_identifier, .bt = (b)                                             \
	}

static const fx_jfield seller_fields[] = {
    FX_JF(fx_party, name, FX_JK_TEXT, "BT-27"),
    FX_JF(fx_party, trading_name, FX_JK_TEXT, "BT-28"),
    IDENTIFIERS_FIELD("BT-29"),
    FX_JF(fx_party, legal_id, FX_JK_IDENT, "BT-30"),
    FX_JF(fx_party, vat_id, FX_JK_TEXT, "BT-31"),
    FX_JF(fx_party, tax_registration_id, FX_JK_TEXT, "BT-32"),
    FX_JF(fx_party, legal_info, FX_JK_TEXT, "BT-33"),
    FX_JF(fx_party, electronic_address, FX_JK_IDENT, "BT-34"),
    FX_JF_OBJ(fx_party, address, seller_address, "BG-5"),
    FX_JF_OBJ(fx_party, contact, seller_contact, "BG-6"),
};
const fx_jtable fx_jt_seller = FX_JTABLE("seller", seller_fields);

static const fx_jfield buyer_fields[] = {
    FX_JF(fx_party, name, FX_JK_TEXT, "BT-44"),
    FX_JF(fx_party, trading_name, FX_JK_TEXT, "BT-45"),
    IDENTIFIERS_FIELD("BT-46"),
    FX_JF(fx_party, legal_id, FX_JK_IDENT, "BT-47"),
    FX_JF(fx_party, vat_id, FX_JK_TEXT, "BT-48"),
    FX_JF(fx_party, electronic_address, FX_JK_IDENT, "BT-49"),
    FX_JF_OBJ(fx_party, address, buyer_address, "BG-8"),
    FX_JF_OBJ(fx_party, contact, buyer_contact, "BG-9"),
};
const fx_jtable fx_jt_buyer = FX_JTABLE("buyer", buyer_fields);

static const fx_jfield payee_fields[] = {
    FX_JF(fx_payee, name, FX_JK_TEXT, "BT-59"),
    FX_JF(fx_payee, id, FX_JK_IDENT, "BT-60"),
    FX_JF(fx_payee, legal_id, FX_JK_IDENT, "BT-61"),
};
const fx_jtable fx_jt_payee = FX_JTABLE("payee", payee_fields);

static const fx_jfield taxrep_fields[] = {
    FX_JF(fx_tax_representative, name, FX_JK_TEXT, "BT-62"),
    FX_JF(fx_tax_representative, vat_id, FX_JK_TEXT, "BT-63"),
    FX_JF_OBJ(fx_tax_representative, address, taxrep_address, "BG-12"),
};
const fx_jtable fx_jt_tax_representative = FX_JTABLE("tax_representative", taxrep_fields);

static const fx_jfield delivery_fields[] = {
    FX_JF(fx_delivery, party_name, FX_JK_TEXT, "BT-70"),
    FX_JF(fx_delivery, location_id, FX_JK_IDENT, "BT-71"),
    FX_JF(fx_delivery, date, FX_JK_DATE, "BT-72"),
    FX_JF_OBJ(fx_delivery, address, delivery_address, "BG-15"),
};
const fx_jtable fx_jt_delivery = FX_JTABLE("delivery", delivery_fields);
