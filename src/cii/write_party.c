/*
 * The CII writer: trade parties (BG-4 seller, BG-7 buyer), identifiers,
 * contacts and postal addresses.
 */
#include "cii/write_ctx.h"

/** The labels of one party role, for drops and missing-data messages. */
typedef struct party_labels {
	const char *name;     /* BT-27 / BT-44 */
	const char *trading;  /* BT-28 / BT-45 */
	const char *ids;      /* BT-29 / BT-46 */
	const char *extra_id; /* BT-46 given more than once */
	const char *legal;    /* BT-30 / BT-47 */
	const char *vat;      /* BT-31 / BT-48 */
	const char *fc;       /* BT-32 (seller only) */
	const char *info;     /* BT-33 (seller only) */
	const char *eaddr;    /* BT-34 / BT-49 */
	const char *contact;  /* BG-6 / BG-9 */
	const char *address;  /* BG-5 / BG-8 */
	const char *country;  /* BT-40 / BT-55 */
} party_labels;

static const party_labels seller_labels = {
    "BT-27 seller name",
    "BT-28 seller trading name",
    "BT-29 seller identifier",
    NULL,
    "BT-30 seller legal registration identifier",
    "BT-31 seller VAT identifier",
    "BT-32 seller tax registration identifier",
    "BT-33 seller additional legal information",
    "BT-34 seller electronic address",
    "BG-6 seller contact",
    "BG-5 seller postal address",
    "BT-40 seller country code",
};

static const party_labels buyer_labels = {
    "BT-44 buyer name",
    "BT-45 buyer trading name",
    "BT-46 buyer identifier",
    "BT-46 buyer identifier (only one is allowed)",
    "BT-47 buyer legal registration identifier",
    "BT-48 buyer VAT identifier",
    NULL,
    NULL,
    "BT-49 buyer electronic address",
    "BG-9 buyer contact",
    "BG-8 buyer postal address",
    "BT-55 buyer country code",
};

/* Writes an identifier as ID, or GlobalID with its scheme. */
void fx_cw_party_id(fx_cw *w, const fx_identifier *id)
{
	if (fx_cw_has(id->scheme))
		fx_cw_leaf(w, "ram:GlobalID", "schemeID", id->scheme, NULL, NULL, id->id);
	else
		fx_cw_text(w, "ram:ID", id->id);
}

/* True when the address has any field. */
static bool address_given(const fx_address *a)
{
	return fx_cw_has(a->line1) || fx_cw_has(a->line2) || fx_cw_has(a->line3) ||
	       fx_cw_has(a->city) || fx_cw_has(a->postcode) || fx_cw_has(a->subdivision) ||
	       fx_cw_has(a->country);
}

/* Writes a postal address (country only below min_full). */
void fx_cw_address(fx_cw *w, const fx_address *a, fx_profile min_full, const char *bg,
                   const char *country_bt)
{
	if (!address_given(a))
		return;
	fx_cw_require(w, fx_cw_has(a->country), country_bt);
	bool others = fx_cw_has(a->line1) || fx_cw_has(a->line2) || fx_cw_has(a->line3) ||
	              fx_cw_has(a->city) || fx_cw_has(a->postcode) || fx_cw_has(a->subdivision);
	bool full = w->profile >= min_full;
	if (others && !full)
		fx_cw_drop(w, bg);
	fx_cw_open(w, "ram:PostalTradeAddress");
	if (full) {
		if (fx_cw_has(a->postcode))
			fx_cw_text(w, "ram:PostcodeCode", a->postcode);
		if (fx_cw_has(a->line1))
			fx_cw_text(w, "ram:LineOne", a->line1);
		if (fx_cw_has(a->line2))
			fx_cw_text(w, "ram:LineTwo", a->line2);
		if (fx_cw_has(a->line3))
			fx_cw_text(w, "ram:LineThree", a->line3);
		if (fx_cw_has(a->city))
			fx_cw_text(w, "ram:CityName", a->city);
	}
	fx_cw_text(w, "ram:CountryID", a->country);
	if (full && fx_cw_has(a->subdivision))
		fx_cw_text(w, "ram:CountrySubDivisionName", a->subdivision);
	fx_cw_close(w, "ram:PostalTradeAddress");
}

/* Writes the BT-29 (all) or BT-46 (first) identifiers: IDs, then GlobalIDs. */
static void party_identifiers(fx_cw *w, const fx_party *p, const party_labels *l)
{
	size_t n = p->n_identifiers;
	if (!fx_cw_allow(w, P_WL, n > 0, l->ids))
		return;
	if (l->extra_id && n > 1) {
		fx_cw_drop(w, l->extra_id);
		n = 1;
	}
	for (size_t i = 0; i < n; i++)
		fx_cw_require(w, fx_cw_has(p->identifiers[i].id), l->ids);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++)
			if (fx_cw_has(p->identifiers[i].scheme) == (pass == 1))
				fx_cw_party_id(w, &p->identifiers[i]);
}

/* Writes ram:SpecifiedLegalOrganization (BT-30/47, BT-28/45). */
static void party_legal(fx_cw *w, const fx_party *p, const party_labels *l)
{
	bool id = fx_cw_allow(w, P_MIN, fx_cw_has(p->legal_id.id), l->legal);
	bool trading = fx_cw_allow(w, P_WL, fx_cw_has(p->trading_name), l->trading);
	if (!id && !trading)
		return;
	fx_cw_open(w, "ram:SpecifiedLegalOrganization");
	if (id)
		fx_cw_leaf(w, "ram:ID", "schemeID", p->legal_id.scheme, NULL, NULL, p->legal_id.id);
	if (trading)
		fx_cw_text(w, "ram:TradingBusinessName", p->trading_name);
	fx_cw_close(w, "ram:SpecifiedLegalOrganization");
}

/* Writes ram:DefinedTradeContact (BG-6/BG-9). */
static void party_contact(fx_cw *w, const fx_contact *c, const party_labels *l)
{
	bool given = fx_cw_has(c->name) || fx_cw_has(c->phone) || fx_cw_has(c->email);
	if (!fx_cw_allow(w, P_EN, given, l->contact))
		return;
	fx_cw_open(w, "ram:DefinedTradeContact");
	if (fx_cw_has(c->name))
		fx_cw_text(w, "ram:PersonName", c->name);
	if (fx_cw_has(c->phone)) {
		fx_cw_open(w, "ram:TelephoneUniversalCommunication");
		fx_cw_text(w, "ram:CompleteNumber", c->phone);
		fx_cw_close(w, "ram:TelephoneUniversalCommunication");
	}
	if (fx_cw_has(c->email)) {
		fx_cw_open(w, "ram:EmailURIUniversalCommunication");
		fx_cw_text(w, "ram:URIID", c->email);
		fx_cw_close(w, "ram:EmailURIUniversalCommunication");
	}
	fx_cw_close(w, "ram:DefinedTradeContact");
}

/* Writes the party's address: the seller's country in every profile, the
 * buyer's address from BASIC WL (MINIMUM has only the seller country). */
static void party_address(fx_cw *w, const fx_party *p, bool seller, const party_labels *l)
{
	if (!seller && w->profile < P_WL) {
		fx_cw_allow(w, P_WL, address_given(&p->address), l->address);
		return;
	}
	fx_cw_require(w, fx_cw_has(p->address.country), l->country);
	fx_cw_address(w, &p->address, P_WL, l->address, l->country);
}

/* Writes ram:URIUniversalCommunication (BT-34/49). */
static void party_electronic_address(fx_cw *w, const fx_party *p, const party_labels *l)
{
	const fx_identifier *e = &p->electronic_address;
	if (!fx_cw_allow(w, P_WL, fx_cw_has(e->id), l->eaddr))
		return;
	fx_cw_open(w, "ram:URIUniversalCommunication");
	fx_cw_leaf(w, "ram:URIID", "schemeID", e->scheme, NULL, NULL, e->id);
	fx_cw_close(w, "ram:URIUniversalCommunication");
}

/* Writes one ram:SpecifiedTaxRegistration with the given scheme. */
static void tax_registration(fx_cw *w, const char *scheme, const char *id)
{
	fx_cw_open(w, "ram:SpecifiedTaxRegistration");
	fx_cw_leaf(w, "ram:ID", "schemeID", scheme, NULL, NULL, id);
	fx_cw_close(w, "ram:SpecifiedTaxRegistration");
}

/* Writes a seller or buyer trade party. */
void fx_cw_party(fx_cw *w, const char *tag, const fx_party *p, bool seller)
{
	const party_labels *l = seller ? &seller_labels : &buyer_labels;
	fx_cw_require(w, fx_cw_has(p->name), l->name);
	fx_cw_open(w, tag);
	party_identifiers(w, p, l);
	fx_cw_text(w, "ram:Name", p->name);
	if (seller)
		fx_cw_opt(w, P_EN, "ram:Description", p->legal_info, l->info);
	party_legal(w, p, l);
	party_contact(w, &p->contact, l);
	party_address(w, p, seller, l);
	party_electronic_address(w, p, l);
	if (fx_cw_allow(w, seller ? P_MIN : P_WL, fx_cw_has(p->vat_id), l->vat))
		tax_registration(w, "VA", p->vat_id);
	if (seller && fx_cw_allow(w, P_MIN, fx_cw_has(p->tax_registration_id), l->fc))
		tax_registration(w, "FC", p->tax_registration_id);
	fx_cw_close(w, tag);
}
