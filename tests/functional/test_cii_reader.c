/*
 * Tests of the CII reader (fx_cii_read_memory) on small hand-written
 * documents: fields land in the model, namespaces are matched by URI,
 * malformed values are located, unsafe XML is refused.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx.h"
#include "test_support.h"

#define NS_DECL                                                                                    \
	"xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" "              \
	"xmlns:ram=\"urn:un:unece:uncefact:data:standard:"                                         \
	"ReusableAggregateBusinessInformationEntity:100\" "                                        \
	"xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\" "               \
	"xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\""

/* A small EN 16931 invoice; @HEAD@, @LINE@, @AGR@, @SET@, @SUM@ are
 * replaced by the tests (empty by default). */
static const char *const base_doc =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rsm:CrossIndustryInvoice " NS_DECL ">\n"
    "<rsm:ExchangedDocumentContext>\n"
    "<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID>"
    "</ram:GuidelineSpecifiedDocumentContextParameter>\n"
    "</rsm:ExchangedDocumentContext>\n"
    "<rsm:ExchangedDocument>\n"
    "<ram:ID>F-1</ram:ID>\n"
    "<ram:TypeCode>380</ram:TypeCode>\n"
    "<ram:IssueDateTime><udt:DateTimeString format=\"102\">20240131</udt:DateTimeString>"
    "</ram:IssueDateTime>\n"
    "@HEAD@"
    "</rsm:ExchangedDocument>\n"
    "<rsm:SupplyChainTradeTransaction>\n"
    "<ram:IncludedSupplyChainTradeLineItem>\n"
    "<ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID>"
    "</ram:AssociatedDocumentLineDocument>\n"
    "<ram:SpecifiedTradeProduct><ram:Name>Item</ram:Name></ram:SpecifiedTradeProduct>\n"
    "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
    "<ram:ChargeAmount>10.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>"
    "</ram:SpecifiedLineTradeAgreement>\n"
    "<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode=\"C62\">2</ram:BilledQuantity>"
    "</ram:SpecifiedLineTradeDelivery>\n"
    "<ram:SpecifiedLineTradeSettlement>\n"
    "<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
    "<ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n"
    "<ram:SpecifiedTradeSettlementLineMonetarySummation>\n"
    "<ram:LineTotalAmount>@LINETOTAL@</ram:LineTotalAmount>\n"
    "</ram:SpecifiedTradeSettlementLineMonetarySummation>\n"
    "@LINE@"
    "</ram:SpecifiedLineTradeSettlement>\n"
    "</ram:IncludedSupplyChainTradeLineItem>\n"
    "<ram:ApplicableHeaderTradeAgreement>\n"
    "<ram:SellerTradeParty><ram:Name>Seller</ram:Name>"
    "<ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>"
    "</ram:SellerTradeParty>\n"
    "<ram:BuyerTradeParty><ram:Name>Buyer</ram:Name></ram:BuyerTradeParty>\n"
    "@AGR@"
    "</ram:ApplicableHeaderTradeAgreement>\n"
    "<ram:ApplicableHeaderTradeDelivery/>\n"
    "<ram:ApplicableHeaderTradeSettlement>\n"
    "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>\n"
    "@SET@"
    "<ram:ApplicableTradeTax><ram:CalculatedAmount>4.00</ram:CalculatedAmount>"
    "<ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>20.00</ram:BasisAmount>"
    "<ram:CategoryCode>S</ram:CategoryCode>@TAX@"
    "<ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n"
    "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n"
    "<ram:LineTotalAmount>20.00</ram:LineTotalAmount>\n"
    "<ram:TaxBasisTotalAmount>20.00</ram:TaxBasisTotalAmount>\n"
    "@SUM@"
    "<ram:GrandTotalAmount>24.00</ram:GrandTotalAmount>\n"
    "<ram:DuePayableAmount>24.00</ram:DuePayableAmount>\n"
    "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n"
    "@EXT@"
    "</ram:ApplicableHeaderTradeSettlement>\n"
    "</rsm:SupplyChainTradeTransaction>\n"
    "</rsm:CrossIndustryInvoice>\n";

/* Returns a malloc'ed copy of s with the first occurrence of key replaced. */
static char *replace(char *s, const char *key, const char *value)
{
	char *at = strstr(s, key);
	ck_assert_ptr_nonnull(at);
	size_t n = strlen(s) - strlen(key) + strlen(value) + 1;
	char *out = malloc(n);
	ck_assert_ptr_nonnull(out);
	snprintf(out, n, "%.*s%s%s", (int)(at - s), s, value, at + strlen(key));
	free(s);
	return out;
}

/** The pieces a test inserts into the base document. */
typedef struct pieces {
	const char *head, *line, *agr, *set, *tax, *sum, *ext, *line_total;
} pieces;

/* Builds the base document with the given pieces (NULL: nothing). */
static char *make_doc(pieces p)
{
	char *s = strdup(base_doc);
	s = replace(s, "@HEAD@", p.head ? p.head : "");
	s = replace(s, "@LINETOTAL@", p.line_total ? p.line_total : "20.00");
	s = replace(s, "@LINE@", p.line ? p.line : "");
	s = replace(s, "@AGR@", p.agr ? p.agr : "");
	s = replace(s, "@SET@", p.set ? p.set : "");
	s = replace(s, "@TAX@", p.tax ? p.tax : "");
	s = replace(s, "@SUM@", p.sum ? p.sum : "");
	s = replace(s, "@EXT@", p.ext ? p.ext : "");
	return s;
}

/* Reads a document that must be accepted. */
static fx_invoice *read_ok(const char *xml, int *profile)
{
	fx_invoice *inv = NULL;
	int rc = fx_cii_read_memory(xml, strlen(xml), "t.xml", &inv, profile);
	ck_assert_msg(rc == FX_OK, "read failed: %s", fx_error_last()->message);
	ck_assert_ptr_nonnull(inv);
	return inv;
}

/* Reads a document that must be refused with code; returns the message. */
static const char *read_fails(const char *xml, size_t len, int code)
{
	fx_invoice *inv = (fx_invoice *)0x1;
	int profile = 42;
	int rc = fx_cii_read_memory(xml, len, "t.xml", &inv, &profile);
	ck_assert_int_eq(rc, code);
	ck_assert_ptr_eq(inv, (fx_invoice *)0x1);
	ck_assert_int_eq(profile, 42);
	return fx_error_last()->message;
}

/* Formats a decimal for comparisons. */
static const char *dec(fx_decimal d)
{
	static char buf[FX_DECIMAL_STRLEN];
	ck_assert(d.set);
	ck_assert_int_eq(fx_decimal_format(d, buf, sizeof buf), FX_OK);
	return buf;
}

/* The base document lands in the model, keeping the written scales. */
START_TEST(base_document)
{
	char *xml = make_doc((pieces){0});
	int profile = -5;
	fx_invoice *inv = read_ok(xml, &profile);
	ck_assert_int_eq(profile, FX_PROFILE_EN16931);
	ck_assert_str_eq(inv->number, "F-1");
	ck_assert_str_eq(inv->type_code, "380");
	ck_assert_int_eq(inv->issue_date.year, 2024);
	ck_assert_int_eq(inv->issue_date.month, 1);
	ck_assert_int_eq(inv->issue_date.day, 31);
	ck_assert_str_eq(inv->currency, "EUR");
	ck_assert_str_eq(inv->seller.name, "Seller");
	ck_assert_str_eq(inv->seller.address.country, "FR");
	ck_assert_uint_eq(inv->n_lines, 1);
	ck_assert_str_eq(inv->lines[0].id, "1");
	ck_assert_str_eq(dec(inv->lines[0].net_price), "10.00");
	ck_assert_str_eq(dec(inv->lines[0].quantity), "2");
	ck_assert_str_eq(inv->lines[0].unit_code, "C62");
	ck_assert_str_eq(inv->lines[0].vat_category, "S");
	ck_assert_str_eq(dec(inv->lines[0].vat_rate), "20");
	ck_assert_uint_eq(inv->n_vat_breakdown, 1);
	ck_assert_str_eq(dec(inv->vat_breakdown[0].tax_amount), "4.00");
	ck_assert_str_eq(dec(inv->totals.grand_total), "24.00");
	ck_assert(!inv->totals.prepaid.set);
	ck_assert(inv->has_profile);
	ck_assert_int_eq(inv->profile, FX_PROFILE_EN16931);
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Returns s (freed) with every occurrence of key replaced by value. */
static char *replace_all(char *s, const char *key, const char *value)
{
	while (strstr(s, key))
		s = replace(s, key, value);
	return s;
}

/* Namespaces are matched by URI: other prefixes and a default namespace,
 * even with a CII prefix bound to a foreign URI. */
START_TEST(namespaces_by_uri)
{
	char *xml = make_doc((pieces){0});
	xml = replace_all(xml, "rsm:", "");
	xml = replace(xml, "xmlns:rsm=", "xmlns=");
	xml = replace_all(xml, "ram:", "r:");
	xml = replace(xml, "xmlns:ram=", "xmlns:ram=\"urn:example:not-cii\" xmlns:r=");
	ck_assert_ptr_null(strstr(xml, "<ram:"));
	ck_assert_ptr_nonnull(strstr(xml, "<CrossIndustryInvoice xmlns=\"urn:un:unece"));
	fx_invoice *inv = read_ok(xml, NULL);
	ck_assert_str_eq(inv->number, "F-1");
	ck_assert_str_eq(inv->seller.name, "Seller");
	ck_assert_str_eq(dec(inv->totals.due), "24.00");
	ck_assert_int_eq(inv->issue_date.day, 31);
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Elements in a foreign namespace are not taken for CII ones. */
START_TEST(foreign_namespace_ignored)
{
	char *xml = make_doc(
	    (pieces){.agr = "<x:BuyerReference xmlns:x=\"urn:example\">NO</x:BuyerReference>\n"});
	fx_invoice *inv = read_ok(xml, NULL);
	ck_assert_ptr_null(inv->buyer_reference);
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* A malformed decimal is located: source, line, BT and the text. */
START_TEST(bad_decimal_is_located)
{
	char *xml = make_doc((pieces){.line_total = "12,50"});
	const char *msg = read_fails(xml, strlen(xml), FX_EINVAL);
	ck_assert_str_eq(msg, "t.xml:20: BT-131 invoice line net amount: expected a decimal "
	                      "number, got '12,50'");
	free(xml);
}
END_TEST

/* xs:decimal forms ("+1", "100.", ".5") are read as their value. */
START_TEST(xsd_decimal_forms)
{
	char *xml = make_doc((pieces){
	    .line_total = " +20. ", .sum = "<ram:TotalPrepaidAmount>.5</ram:TotalPrepaidAmount>"});
	fx_invoice *inv = read_ok(xml, NULL);
	ck_assert_str_eq(dec(inv->lines[0].net_amount), "20");
	ck_assert_str_eq(dec(inv->totals.prepaid), "0.5");
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Dates must be format 102 with a real calendar date. */
START_TEST(bad_dates_are_located)
{
	char *xml = make_doc((pieces){0});
	char *bad = replace(strdup(xml), ">20240131<", ">2024-01-31<");
	ck_assert_str_eq(read_fails(bad, strlen(bad), FX_EINVAL),
	                 "t.xml:9: BT-2 invoice issue date: expected a date as YYYYMMDD (format "
	                 "102), got '2024-01-31'");
	free(bad);
	bad = replace(strdup(xml), ">20240131<", ">20230229<");
	ck_assert_ptr_nonnull(strstr(read_fails(bad, strlen(bad), FX_EINVAL), "'20230229'"));
	free(bad);
	bad = replace(strdup(xml), "format=\"102\">20240131", "format=\"610\">202401");
	ck_assert_str_eq(read_fails(bad, strlen(bad), FX_EINVAL),
	                 "t.xml:9: BT-2 invoice issue date: expected date format 102 (YYYYMMDD), "
	                 "got format '610'");
	free(bad);
	free(xml);
}
END_TEST

/* A DOCTYPE (entity declarations, external subsets) is refused. */
START_TEST(doctype_refused)
{
	const char *laughs =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">"
	    "]>\n<rsm:CrossIndustryInvoice " NS_DECL "><rsm:ExchangedDocument><ram:ID>&c;</ram:ID>"
	    "</rsm:ExchangedDocument></rsm:CrossIndustryInvoice>";
	ck_assert_ptr_nonnull(strstr(read_fails(laughs, strlen(laughs), FX_EINVAL), "DOCTYPE"));
	const char *external =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
	    "<rsm:CrossIndustryInvoice " NS_DECL "><rsm:ExchangedDocument><ram:ID>&x;</ram:ID>"
	    "</rsm:ExchangedDocument></rsm:CrossIndustryInvoice>";
	ck_assert_ptr_nonnull(strstr(read_fails(external, strlen(external), FX_EINVAL), "DOCTYPE"));
	const char *dtd = "<!DOCTYPE rsm:CrossIndustryInvoice SYSTEM \"http://example.com/x.dtd\">"
	                  "<rsm:CrossIndustryInvoice " NS_DECL "/>";
	ck_assert_ptr_nonnull(strstr(read_fails(dtd, strlen(dtd), FX_EINVAL), "DOCTYPE"));
}
END_TEST

/* Not well-formed XML, a foreign root and an oversized input are refused. */
START_TEST(bad_documents_refused)
{
	const char *broken = "<rsm:CrossIndustryInvoice " NS_DECL ">\n<ram:ID>x</ram:Id>";
	const char *msg = read_fails(broken, strlen(broken), FX_EINVAL);
	ck_assert_msg(strncmp(msg, "t.xml:2: XML error: ", 20) == 0, "got %s", msg);
	const char *other = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:"
	                    "Invoice-2\"/>";
	msg = read_fails(other, strlen(other), FX_EINVAL);
	ck_assert_msg(strstr(msg, "not a CII invoice") && strstr(msg, "'Invoice'"), "got %s", msg);
	size_t big = 33u * 1024u * 1024u;
	char *huge = malloc(big);
	ck_assert_ptr_nonnull(huge);
	memset(huge, ' ', big);
	msg = read_fails(huge, big, FX_EINVAL);
	ck_assert_ptr_nonnull(strstr(msg, "too large"));
	free(huge);
	ck_assert_int_eq(fx_cii_read_memory(NULL, 0, NULL, (fx_invoice **)&huge, NULL), FX_EUSAGE);
}
END_TEST

/* Very deep nesting is stopped by the parser's depth limit, not a crash. */
START_TEST(deep_nesting_refused)
{
	size_t depth = 100000;
	char *xml = malloc(depth * 7 + 256);
	ck_assert_ptr_nonnull(xml);
	char *p = xml;
	p += sprintf(p, "<r:CrossIndustryInvoice xmlns:r=\"urn:un:unece:uncefact:data:standard:"
	                "CrossIndustryInvoice:100\">");
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, "<a>");
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, "</a>");
	sprintf(p, "</r:CrossIndustryInvoice>");
	const char *msg = read_fails(xml, strlen(xml), FX_EINVAL);
	ck_assert_msg(strstr(msg, "t.xml:1: XML error: ") && strstr(msg, "depth"), "got %s", msg);
	free(xml);
}
END_TEST

/* CDATA, character references, comments and processing instructions in
 * text content give the plain text. */
START_TEST(text_forms)
{
	char *xml = make_doc((pieces){
	    .head = "<ram:IncludedNote><ram:Content><![CDATA[a < b]]> &amp; c&#233;<!-- x -->"
	            "<?pi y?>d</ram:Content><ram:SubjectCode> AAI </ram:SubjectCode>"
	            "</ram:IncludedNote>\n"});
	fx_invoice *inv = read_ok(xml, NULL);
	ck_assert_uint_eq(inv->n_notes, 1);
	ck_assert_str_eq(inv->notes[0].content, "a < b & c\xC3\xA9"
	                                        "d");
	ck_assert_str_eq(inv->notes[0].subject_code, "AAI");
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Header references: BT-10..BT-19, BG-24 by TypeCode, project. */
START_TEST(references_and_attachments)
{
	char *xml = make_doc((pieces){
	    .agr =
	        "<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-9"
	        "</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>"
	        "<ram:ContractReferencedDocument><ram:IssuerAssignedID>M-1"
	        "</ram:IssuerAssignedID></ram:ContractReferencedDocument>"
	        "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>LOT 3"
	        "</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode>"
	        "</ram:AdditionalReferencedDocument>"
	        "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>OBJ"
	        "</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode>"
	        "<ram:ReferenceTypeCode>AAB</ram:ReferenceTypeCode>"
	        "</ram:AdditionalReferencedDocument>"
	        "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>DOC1"
	        "</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode>"
	        "<ram:Name>Timesheet</ram:Name><ram:AttachmentBinaryObject mimeCode=\"text/csv\" "
	        "filename=\"t.csv\">aGVs\nbG8=</ram:AttachmentBinaryObject>"
	        "</ram:AdditionalReferencedDocument>"
	        "<ram:SpecifiedProcuringProject><ram:ID>P1</ram:ID><ram:Name>Works</ram:Name>"
	        "</ram:SpecifiedProcuringProject>\n",
	    .set = "<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F-0</ram:IssuerAssignedID>"
	           "<ram:FormattedIssueDateTime><qdt:DateTimeString format=\"102\">20231231"
	           "</qdt:DateTimeString></ram:FormattedIssueDateTime>"
	           "</ram:InvoiceReferencedDocument>\n"});
	/* InvoiceReferencedDocument belongs after the totals in CII order, but
	 * the reader does not depend on the order. */
	fx_invoice *inv = read_ok(xml, NULL);
	ck_assert_str_eq(inv->purchase_order_ref, "PO-9");
	ck_assert_str_eq(inv->contract_ref, "M-1");
	ck_assert_str_eq(inv->tender_ref, "LOT 3");
	ck_assert_str_eq(inv->invoiced_object.id, "OBJ");
	ck_assert_str_eq(inv->invoiced_object.scheme, "AAB");
	ck_assert_str_eq(inv->project_ref, "P1");
	ck_assert_str_eq(inv->project_name, "Works");
	ck_assert_uint_eq(inv->n_attachments, 1);
	ck_assert_str_eq(inv->attachments[0].id, "DOC1");
	ck_assert_str_eq(inv->attachments[0].description, "Timesheet");
	ck_assert_uint_eq(inv->attachments[0].data_len, 5);
	ck_assert_int_eq(memcmp(inv->attachments[0].data, "hello", 5), 0);
	ck_assert_str_eq(inv->attachments[0].mime_code, "text/csv");
	ck_assert_str_eq(inv->attachments[0].filename, "t.csv");
	ck_assert_uint_eq(inv->n_preceding_invoices, 1);
	ck_assert_str_eq(inv->preceding_invoices[0].number, "F-0");
	ck_assert_int_eq(inv->preceding_invoices[0].date.day, 31);
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Bad base64 in an attachment is located. */
START_TEST(bad_base64_is_located)
{
	char *xml = make_doc((pieces){
	    .agr =
	        "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>D</ram:IssuerAssignedID>"
	        "<ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode=\"a/b\" "
	        "filename=\"f\">aGV*bG8=</ram:AttachmentBinaryObject>"
	        "</ram:AdditionalReferencedDocument>\n"});
	const char *msg = read_fails(xml, strlen(xml), FX_EINVAL);
	ck_assert_msg(strstr(msg, "t.xml:27: BT-125 attached document: invalid base64 "
	                          "character '*' at offset 3"),
	              "got %s", msg);
	free(xml);
}
END_TEST

/* Parties: identifiers with and without scheme, legal and tax ids,
 * contact, electronic address; payee and tax representative. */
START_TEST(parties)
{
	char *xml = make_doc((pieces){0});
	xml = replace(xml, "<ram:SellerTradeParty><ram:Name>Seller</ram:Name>",
	              "<ram:SellerTradeParty><ram:ID>S-1</ram:ID>"
	              "<ram:GlobalID schemeID=\"0088\">5790000435975</ram:GlobalID>"
	              "<ram:Name>Seller</ram:Name><ram:Description>SAS au capital de 1000 EUR"
	              "</ram:Description><ram:SpecifiedLegalOrganization>"
	              "<ram:ID schemeID=\"0002\">123456782</ram:ID><ram:TradingBusinessName>Brand"
	              "</ram:TradingBusinessName></ram:SpecifiedLegalOrganization>"
	              "<ram:DefinedTradeContact><ram:DepartmentName>Billing</ram:DepartmentName>"
	              "<ram:TelephoneUniversalCommunication><ram:CompleteNumber>+33 1"
	              "</ram:CompleteNumber></ram:TelephoneUniversalCommunication>"
	              "<ram:EmailURIUniversalCommunication><ram:URIID>a@b.fr</ram:URIID>"
	              "</ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>");
	xml = replace(xml, "</ram:SellerTradeParty>",
	              "<ram:URIUniversalCommunication><ram:URIID schemeID=\"0225\">123456782_1"
	              "</ram:URIID></ram:URIUniversalCommunication>"
	              "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"FC\">FR-TAX</ram:ID>"
	              "</ram:SpecifiedTaxRegistration>"
	              "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">FR12123456782</ram:ID>"
	              "</ram:SpecifiedTaxRegistration></ram:SellerTradeParty>");
	xml = replace(xml, "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
	              "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
	              "<ram:PayeeTradeParty><ram:GlobalID schemeID=\"0009\">12345678200010"
	              "</ram:GlobalID><ram:Name>Factor</ram:Name></ram:PayeeTradeParty>");
	fx_invoice *inv = read_ok(xml, NULL);
	const fx_party *s = &inv->seller;
	ck_assert_uint_eq(s->n_identifiers, 2);
	ck_assert_str_eq(s->identifiers[0].id, "S-1");
	ck_assert_ptr_null(s->identifiers[0].scheme);
	ck_assert_str_eq(s->identifiers[1].scheme, "0088");
	ck_assert_str_eq(s->legal_id.id, "123456782");
	ck_assert_str_eq(s->legal_id.scheme, "0002");
	ck_assert_str_eq(s->trading_name, "Brand");
	ck_assert_str_eq(s->legal_info, "SAS au capital de 1000 EUR");
	ck_assert_str_eq(s->contact.name, "Billing");
	ck_assert_str_eq(s->contact.phone, "+33 1");
	ck_assert_str_eq(s->contact.email, "a@b.fr");
	ck_assert_str_eq(s->electronic_address.id, "123456782_1");
	ck_assert_str_eq(s->electronic_address.scheme, "0225");
	ck_assert_str_eq(s->vat_id, "FR12123456782");
	ck_assert_str_eq(s->tax_registration_id, "FR-TAX");
	ck_assert_str_eq(inv->payee.name, "Factor");
	ck_assert_str_eq(inv->payee.id.id, "12345678200010");
	ck_assert_str_eq(inv->payee.id.scheme, "0009");
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Payment: every account is a BG-17; card and debited account; terms. */
START_TEST(payment)
{
	char *xml = make_doc((pieces){
	    .set = "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
	           "<ram:Information>Virement</ram:Information>"
	           "<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189"
	           "</ram:IBANID><ram:AccountName>Main</ram:AccountName>"
	           "</ram:PayeePartyCreditorFinancialAccount>"
	           "<ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>AGRIFRPP"
	           "</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>"
	           "</ram:SpecifiedTradeSettlementPaymentMeans>"
	           "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
	           "<ram:PayeePartyCreditorFinancialAccount><ram:ProprietaryID>LOCAL-1"
	           "</ram:ProprietaryID></ram:PayeePartyCreditorFinancialAccount>"
	           "</ram:SpecifiedTradeSettlementPaymentMeans>\n",
	    .sum = "<ram:TaxTotalAmount currencyID=\"EUR\">4.00</ram:TaxTotalAmount>"
	           "<ram:TaxTotalAmount currencyID=\"USD\">4.40</ram:TaxTotalAmount>",
	    .ext = "<ram:SpecifiedTradePaymentTerms><ram:Description>30 jours</ram:Description>"
	           "<ram:DueDateDateTime><udt:DateTimeString format=\"102\">20240301"
	           "</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>"});
	fx_invoice *inv = read_ok(xml, NULL);
	const fx_payment *p = &inv->payment;
	ck_assert_str_eq(p->means_code, "58");
	ck_assert_str_eq(p->means_text, "Virement");
	ck_assert_uint_eq(p->n_credit_transfers, 2);
	ck_assert_str_eq(p->credit_transfers[0].account_id, "FR7630006000011234567890189");
	ck_assert_str_eq(p->credit_transfers[0].account_name, "Main");
	ck_assert_str_eq(p->credit_transfers[0].bic, "AGRIFRPP");
	ck_assert_str_eq(p->credit_transfers[1].account_id, "LOCAL-1");
	ck_assert_ptr_null(p->credit_transfers[1].bic);
	ck_assert_str_eq(dec(inv->totals.tax_total), "4.00");
	ck_assert_str_eq(dec(inv->totals.tax_total_accounting), "4.40");
	ck_assert_str_eq(inv->payment_terms, "30 jours");
	ck_assert_int_eq(inv->due_date.month, 3);
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* BT-7/BT-8 stay on their breakdown entry; CII code 5 is UNTDID 2005 "3";
 * VATEX codes are upper-cased. */
START_TEST(vat_breakdown_details)
{
	char *xml = make_doc((pieces){
	    .tax = "<ram:ExemptionReasonCode>vatex-eu-o</ram:ExemptionReasonCode>"
	           "<ram:TaxPointDate><udt:DateString format=\"102\">20240115</udt:DateString>"
	           "</ram:TaxPointDate><ram:DueDateTypeCode>5</ram:DueDateTypeCode>"});
	fx_invoice *inv = read_ok(xml, NULL);
	const fx_vat_breakdown *b = &inv->vat_breakdown[0];
	ck_assert_str_eq(b->exemption_code, "VATEX-EU-O");
	ck_assert_int_eq(b->tax_point_date.day, 15);
	ck_assert_str_eq(b->due_date_code, "3");
	ck_assert(fx_date_is_absent(inv->tax_point_date));
	ck_assert_ptr_null(inv->tax_point_date_code);
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Line details: allowances and charges, prices, object id, product. */
START_TEST(line_details)
{
	char *xml = make_doc(
	    (pieces){.line = "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>OBJ-7"
	                     "</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode>"
	                     "<ram:ReferenceTypeCode>AAB</ram:ReferenceTypeCode>"
	                     "</ram:AdditionalReferencedDocument>"
	                     "<ram:ReceivableSpecifiedTradeAccountingAccount><ram:ID>6061</ram:ID>"
	                     "</ram:ReceivableSpecifiedTradeAccountingAccount>\n"});
	xml = replace(xml, "<ram:SpecifiedTradeSettlementLineMonetarySummation>",
	              "<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString "
	              "format=\"102\">20240101</udt:DateTimeString></ram:StartDateTime>"
	              "</ram:BillingSpecifiedPeriod>"
	              "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false"
	              "</udt:Indicator></ram:ChargeIndicator><ram:CalculationPercent>10"
	              "</ram:CalculationPercent><ram:BasisAmount>20</ram:BasisAmount>"
	              "<ram:ActualAmount>2</ram:ActualAmount><ram:ReasonCode>95</ram:ReasonCode>"
	              "<ram:Reason>Remise</ram:Reason></ram:SpecifiedTradeAllowanceCharge>"
	              "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true"
	              "</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>2</ram:ActualAmount>"
	              "</ram:SpecifiedTradeAllowanceCharge>"
	              "<ram:SpecifiedTradeSettlementLineMonetarySummation>");
	xml = replace(xml, "<ram:SpecifiedTradeProduct><ram:Name>Item</ram:Name>",
	              "<ram:SpecifiedTradeProduct><ram:GlobalID schemeID=\"0160\">4012345678901"
	              "</ram:GlobalID><ram:SellerAssignedID>S1</ram:SellerAssignedID>"
	              "<ram:Name>Item</ram:Name><ram:ApplicableProductCharacteristic>"
	              "<ram:Description>Colour</ram:Description><ram:Value>Red</ram:Value>"
	              "</ram:ApplicableProductCharacteristic><ram:DesignatedProductClassification>"
	              "<ram:ClassCode listID=\"STI\" listVersionID=\"2\">123</ram:ClassCode>"
	              "</ram:DesignatedProductClassification><ram:OriginTradeCountry><ram:ID>DE"
	              "</ram:ID></ram:OriginTradeCountry>");
	xml = replace(xml, "<ram:NetPriceProductTradePrice>",
	              "<ram:GrossPriceProductTradePrice><ram:ChargeAmount>12</ram:ChargeAmount>"
	              "<ram:BasisQuantity unitCode=\"C62\">1</ram:BasisQuantity>"
	              "<ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false"
	              "</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>2</ram:ActualAmount>"
	              "</ram:AppliedTradeAllowanceCharge></ram:GrossPriceProductTradePrice>"
	              "<ram:NetPriceProductTradePrice>");
	fx_invoice *inv = read_ok(xml, NULL);
	const fx_line *l = &inv->lines[0];
	ck_assert_uint_eq(l->n_allowances_charges, 2);
	ck_assert(!l->allowances_charges[0].charge);
	ck_assert_str_eq(dec(l->allowances_charges[0].percentage), "10");
	ck_assert_str_eq(dec(l->allowances_charges[0].base_amount), "20");
	ck_assert_str_eq(l->allowances_charges[0].reason_code, "95");
	ck_assert_str_eq(l->allowances_charges[0].reason, "Remise");
	ck_assert(l->allowances_charges[1].charge);
	ck_assert_str_eq(dec(l->gross_price), "12");
	ck_assert_str_eq(dec(l->price_discount), "2");
	ck_assert_str_eq(dec(l->base_quantity), "1");
	ck_assert_str_eq(l->base_quantity_unit, "C62");
	ck_assert_str_eq(l->object_id.id, "OBJ-7");
	ck_assert_str_eq(l->object_id.scheme, "AAB");
	ck_assert_str_eq(l->accounting_ref, "6061");
	ck_assert_int_eq(l->period.start.year, 2024);
	ck_assert(fx_date_is_absent(l->period.end));
	ck_assert_str_eq(l->standard_id.id, "4012345678901");
	ck_assert_str_eq(l->standard_id.scheme, "0160");
	ck_assert_str_eq(l->seller_item_id, "S1");
	ck_assert_uint_eq(l->n_attributes, 1);
	ck_assert_str_eq(l->attributes[0].value, "Red");
	ck_assert_uint_eq(l->n_classifications, 1);
	ck_assert_str_eq(l->classifications[0].scheme, "STI");
	ck_assert_str_eq(l->classifications[0].version, "2");
	ck_assert_str_eq(l->origin_country, "DE");
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* Document allowances/charges; a missing charge indicator is an error. */
START_TEST(document_allowances)
{
	const char *ac = "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>"
	                 "true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>5.00"
	                 "</ram:ActualAmount><ram:ReasonCode>PRV</ram:ReasonCode><ram:Reason>"
	                 "Révision</ram:Reason><ram:CategoryTradeTax><ram:TypeCode>VAT"
	                 "</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
	                 "<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>"
	                 "</ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>\n";
	char *xml = make_doc((pieces){.set = ac});
	fx_invoice *inv = read_ok(xml, NULL);
	ck_assert_uint_eq(inv->n_allowances_charges, 1);
	const fx_allowance_charge *c = &inv->allowances_charges[0];
	ck_assert(c->charge);
	ck_assert_str_eq(dec(c->amount), "5.00");
	ck_assert_str_eq(c->reason_code, "PRV");
	ck_assert_str_eq(c->reason, "R\xC3\xA9vision");
	ck_assert_str_eq(c->vat_category, "S");
	ck_assert_str_eq(dec(c->vat_rate), "20.00");
	fx_invoice_free(inv);
	free(xml);
	xml =
	    make_doc((pieces){.set = "<ram:SpecifiedTradeAllowanceCharge><ram:ActualAmount>1"
	                             "</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>\n"});
	const char *msg = read_fails(xml, strlen(xml), FX_EINVAL);
	ck_assert_msg(strstr(msg, "t.xml:31: BG-20/BG-21 document allowance or charge: "
	                          "ram:ChargeIndicator/udt:Indicator is missing"),
	              "got %s", msg);
	free(xml);
	xml = make_doc((pieces){.set = "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator>"
	                               "<udt:Indicator>yes</udt:Indicator></ram:ChargeIndicator>"
	                               "</ram:SpecifiedTradeAllowanceCharge>\n"});
	msg = read_fails(xml, strlen(xml), FX_EINVAL);
	ck_assert_msg(strstr(msg, "expected 'true' or 'false', got 'yes'"), "got %s", msg);
	free(xml);
}
END_TEST

/* EXTENDED advance payments and financial adjustments. */
START_TEST(extended_data)
{
	char *xml = make_doc((pieces){
	    .ext =
	        "<ram:SpecifiedFinancialAdjustment><ram:Reason>Retenue de garantie 5 %"
	        "</ram:Reason><ram:ActualAmount>-1.20</ram:ActualAmount>"
	        "</ram:SpecifiedFinancialAdjustment>"
	        "<ram:SpecifiedAdvancePayment><ram:PaidAmount>10.00</ram:PaidAmount>"
	        "<ram:FormattedReceivedDateTime><qdt:DateTimeString format=\"102\">20240110"
	        "</qdt:DateTimeString></ram:FormattedReceivedDateTime>"
	        "<ram:IncludedTradeTax><ram:CalculatedAmount>1.67</ram:CalculatedAmount>"
	        "<ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
	        "<ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:IncludedTradeTax>"
	        "<ram:InvoiceSpecifiedReferencedDocument><ram:IssuerAssignedID>AC-1"
	        "</ram:IssuerAssignedID></ram:InvoiceSpecifiedReferencedDocument>"
	        "</ram:SpecifiedAdvancePayment>\n"});
	xml = replace(xml, "urn:cen.eu:en16931:2017<",
	              "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended<");
	int profile;
	fx_invoice *inv = read_ok(xml, &profile);
	ck_assert_int_eq(profile, FX_PROFILE_EXTENDED);
	ck_assert_uint_eq(inv->n_financial_adjustments, 1);
	ck_assert_str_eq(dec(inv->financial_adjustments[0].amount), "-1.20");
	ck_assert_uint_eq(inv->n_advance_payments, 1);
	const fx_advance_payment *a = &inv->advance_payments[0];
	ck_assert_str_eq(dec(a->paid_amount), "10.00");
	ck_assert_int_eq(a->received_date.day, 10);
	ck_assert_uint_eq(a->n_taxes, 1);
	ck_assert_str_eq(dec(a->taxes[0].tax_amount), "1.67");
	ck_assert_str_eq(a->invoice_ref, "AC-1");
	fx_invoice_free(inv);
	free(xml);
}
END_TEST

/* BT-24 gives the profile, or -1 when it is not a Factur-X guideline. */
START_TEST(profiles)
{
	static const struct {
		const char *id;
		int profile;
	} cases[] = {
	    {"urn:factur-x.eu:1p0:minimum", FX_PROFILE_MINIMUM},
	    {"urn:factur-x.eu:1p0:basicwl", FX_PROFILE_BASIC_WL},
	    {"urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", FX_PROFILE_BASIC},
	    {"urn:ferd:CrossIndustryDocument:invoice:1p0:comfort", -1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *xml = make_doc((pieces){0});
		char needle[256];
		snprintf(needle, sizeof needle, ">%s<", cases[i].id);
		xml = replace(xml, ">urn:cen.eu:en16931:2017<", needle);
		int profile = 99;
		fx_invoice *inv = read_ok(xml, &profile);
		ck_assert_int_eq(profile, cases[i].profile);
		ck_assert(inv->has_profile == (cases[i].profile >= 0));
		fx_invoice_free(inv);
		free(xml);
	}
}
END_TEST

/* Builds the suite. */
static Suite *suite(void)
{
	Suite *s = suite_create("cii_reader");
	TCase *tc = tcase_create("reader");
	tcase_add_test(tc, base_document);
	tcase_add_test(tc, namespaces_by_uri);
	tcase_add_test(tc, foreign_namespace_ignored);
	tcase_add_test(tc, bad_decimal_is_located);
	tcase_add_test(tc, xsd_decimal_forms);
	tcase_add_test(tc, bad_dates_are_located);
	tcase_add_test(tc, doctype_refused);
	tcase_add_test(tc, bad_documents_refused);
	tcase_add_test(tc, deep_nesting_refused);
	tcase_add_test(tc, text_forms);
	tcase_add_test(tc, references_and_attachments);
	tcase_add_test(tc, bad_base64_is_located);
	tcase_add_test(tc, parties);
	tcase_add_test(tc, payment);
	tcase_add_test(tc, vat_breakdown_details);
	tcase_add_test(tc, line_details);
	tcase_add_test(tc, document_allowances);
	tcase_add_test(tc, extended_data);
	tcase_add_test(tc, profiles);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite under the user's locale (a French one must not matter). */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(suite());
}
