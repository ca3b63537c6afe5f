/*
 * Reading CII trade parties: seller, buyer, payee, tax representative,
 * with their identifiers, addresses and contacts.
 */
#include "cii/read_parts.h"

#include <string.h>

#include "core/error.h"

const fx_cii_party_labels fx_cii_seller_labels = {
    "BT-27 seller name",
    "BT-28 seller trading name",
    "BT-29 seller identifier",
    "BT-30 seller legal registration identifier",
    "BT-31 seller VAT identifier",
    "BT-32 seller tax registration identifier",
    "BT-33 seller additional legal information",
    "BT-34 seller electronic address",
    {"BT-35 seller address line 1", "BT-36 seller address line 2", "BT-162 seller address line 3",
     "BT-37 seller city", "BT-38 seller post code", "BT-39 seller country subdivision",
     "BT-40 seller country code"},
    {"BT-41 seller contact point", "BT-42 seller contact telephone", "BT-43 seller contact email"},
};

const fx_cii_party_labels fx_cii_buyer_labels = {
    "BT-44 buyer name",
    "BT-45 buyer trading name",
    "BT-46 buyer identifier",
    "BT-47 buyer legal registration identifier",
    "BT-48 buyer VAT identifier",
    "buyer tax registration identifier",
    "buyer additional legal information",
    "BT-49 buyer electronic address",
    {"BT-50 buyer address line 1", "BT-51 buyer address line 2", "BT-163 buyer address line 3",
     "BT-52 buyer city", "BT-53 buyer post code", "BT-54 buyer country subdivision",
     "BT-55 buyer country code"},
    {"BT-56 buyer contact point", "BT-57 buyer contact telephone", "BT-58 buyer contact email"},
};

static const fx_cii_party_labels tax_rep_labels = {
    "BT-62 tax representative name",
    NULL,
    NULL,
    NULL,
    "BT-63 tax representative VAT identifier",
    NULL,
    NULL,
    NULL,
    {"BT-64 tax representative address line 1", "BT-65 tax representative address line 2",
     "BT-164 tax representative address line 3", "BT-66 tax representative city",
     "BT-67 tax representative post code", "BT-68 tax representative country subdivision",
     "BT-69 tax representative country code"},
    {NULL, NULL, NULL},
};

/* Reads a postal address. */
int fx_cii_read_address(fx_cii_reader *r, const xmlNode *node, const fx_cii_party_labels *labels,
                        fx_address *addr)
{
	if (!node)
		return FX_OK;
	const char *const *l = labels->address;
	FX_CII_TRY(fx_cii_text(r, node, "ram:LineOne", l[0], &addr->line1));
	FX_CII_TRY(fx_cii_text(r, node, "ram:LineTwo", l[1], &addr->line2));
	FX_CII_TRY(fx_cii_text(r, node, "ram:LineThree", l[2], &addr->line3));
	FX_CII_TRY(fx_cii_text(r, node, "ram:CityName", l[3], &addr->city));
	FX_CII_TRY(fx_cii_text(r, node, "ram:PostcodeCode", l[4], &addr->postcode));
	FX_CII_TRY(fx_cii_text(r, node, "ram:CountrySubDivisionName", l[5], &addr->subdivision));
	return fx_cii_text(r, node, "ram:CountryID", l[6], &addr->country);
}

/* Reads a contact; the person name, or else the department, is BT-41/56. */
static int read_contact(fx_cii_reader *r, const xmlNode *node, const fx_cii_party_labels *labels,
                        fx_contact *c)
{
	if (!node)
		return FX_OK;
	FX_CII_TRY(fx_cii_text(r, node, "ram:PersonName", labels->contact[0], &c->name));
	if (!c->name)
		FX_CII_TRY(
		    fx_cii_text(r, node, "ram:DepartmentName", labels->contact[0], &c->name));
	FX_CII_TRY(fx_cii_text(r, node, "ram:TelephoneUniversalCommunication/ram:CompleteNumber",
	                       labels->contact[1], &c->phone));
	return fx_cii_text(r, node, "ram:EmailURIUniversalCommunication/ram:URIID",
	                   labels->contact[2], &c->email);
}

/* Adds every ram:ID then ram:GlobalID of node to the party identifiers. */
static int read_party_ids(fx_cii_reader *r, const xmlNode *node, const char *what, fx_party *p)
{
	static const char *const steps[] = {"ram:ID", "ram:GlobalID"};
	for (size_t i = 0; i < 2; i++) {
		for (xmlNode *n = fx_cii_find(node, steps[i]); n; n = fx_cii_next(n)) {
			fx_identifier tmp = {0};
			FX_CII_TRY(fx_cii_identifier(r, n, NULL, what, &tmp));
			if (!tmp.id)
				continue;
			fx_identifier *id;
			FX_CII_TRY(fx_invoice_add_party_identifier(r->inv, p, &id));
			*id = tmp;
		}
	}
	return FX_OK;
}

/* Reads the VA (BT-31/48) and FC (BT-32) tax registrations. */
static int read_tax_registrations(fx_cii_reader *r, const xmlNode *node,
                                  const fx_cii_party_labels *labels, char **vat_id,
                                  char **tax_reg_id)
{
	for (xmlNode *n = fx_cii_find(node, "ram:SpecifiedTaxRegistration"); n;
	     n = fx_cii_next(n)) {
		xmlNode *id = fx_cii_find(n, "ram:ID");
		const char *scheme = fx_cii_attr(id, "schemeID");
		if (!scheme)
			continue;
		if (strcmp(scheme, "VA") == 0 && labels->vat_id && !*vat_id)
			FX_CII_TRY(fx_cii_text(r, id, NULL, labels->vat_id, vat_id));
		else if (strcmp(scheme, "FC") == 0 && tax_reg_id && labels->tax_reg_id &&
		         !*tax_reg_id)
			FX_CII_TRY(fx_cii_text(r, id, NULL, labels->tax_reg_id, tax_reg_id));
	}
	return FX_OK;
}

/* Reads a seller or buyer. */
int fx_cii_read_party(fx_cii_reader *r, const xmlNode *node, const fx_cii_party_labels *labels,
                      fx_party *party)
{
	if (!node)
		return FX_OK;
	FX_CII_TRY(read_party_ids(r, node, labels->id, party));
	FX_CII_TRY(fx_cii_text(r, node, "ram:Name", labels->name, &party->name));
	FX_CII_TRY(fx_cii_text(r, node, "ram:Description", labels->legal_info, &party->legal_info));
	xmlNode *org = fx_cii_find(node, "ram:SpecifiedLegalOrganization");
	FX_CII_TRY(fx_cii_identifier(r, org, "ram:ID", labels->legal_id, &party->legal_id));
	FX_CII_TRY(fx_cii_text(r, org, "ram:TradingBusinessName", labels->trading_name,
	                       &party->trading_name));
	FX_CII_TRY(
	    read_contact(r, fx_cii_find(node, "ram:DefinedTradeContact"), labels, &party->contact));
	FX_CII_TRY(fx_cii_read_address(r, fx_cii_find(node, "ram:PostalTradeAddress"), labels,
	                               &party->address));
	FX_CII_TRY(fx_cii_identifier(r, node, "ram:URIUniversalCommunication/ram:URIID",
	                             labels->uri, &party->electronic_address));
	return read_tax_registrations(r, node, labels, &party->vat_id, &party->tax_registration_id);
}

/* Reads the payee. */
int fx_cii_read_payee(fx_cii_reader *r, const xmlNode *node)
{
	if (!node)
		return FX_OK;
	fx_payee *p = &r->inv->payee;
	FX_CII_TRY(fx_cii_identifier(r, node, "ram:ID", "BT-60 payee identifier", &p->id));
	if (!p->id.id)
		FX_CII_TRY(
		    fx_cii_identifier(r, node, "ram:GlobalID", "BT-60 payee identifier", &p->id));
	FX_CII_TRY(fx_cii_text(r, node, "ram:Name", "BT-59 payee name", &p->name));
	return fx_cii_identifier(r, node, "ram:SpecifiedLegalOrganization/ram:ID",
	                         "BT-61 payee legal registration identifier", &p->legal_id);
}

/* Reads the seller's tax representative. */
int fx_cii_read_tax_representative(fx_cii_reader *r, const xmlNode *node)
{
	if (!node)
		return FX_OK;
	fx_tax_representative *t = &r->inv->tax_representative;
	FX_CII_TRY(fx_cii_text(r, node, "ram:Name", tax_rep_labels.name, &t->name));
	FX_CII_TRY(fx_cii_read_address(r, fx_cii_find(node, "ram:PostalTradeAddress"),
	                               &tax_rep_labels, &t->address));
	return read_tax_registrations(r, node, &tax_rep_labels, &t->vat_id, NULL);
}
