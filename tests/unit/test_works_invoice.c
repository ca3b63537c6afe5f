/*
 * The invoice of a works statement, as its CII XML says it: BT-23 from the
 * kind and role, BT-3 380, the marché references (BT-10, BT-12, BT-13,
 * BT-17), one line per work item's delta, the revision as a PRV charge or
 * an allowance, the deductions in BT-113 with a note, BT-115; the reverse
 * charge of a subcontractor (AE, 0 %, VATEX-EU-AE, "Autoliquidation"); the
 * DGD's reference to the final account; the EXTENDED elements; the options.
 */
#include <locale.h>

#include "test_cii.h"
#include "test_works_support.h"

/* Writes the XML of statement i of the titulaire's series in profile p
 * (FX_WORKS_PROFILE_AUTO: the description's) after statements 1..i-1. */
static char *xml_of(const char *path, size_t n_before, int profile, fx_invoice **inv_out)
{
	fx_works_series *s = fx_tw_series(n_before);
	fx_works_description *d = fx_tw_read(path);
	fx_works_statement *st = fx_tw_compute(d, NULL == s ? NULL : s);
	fx_works_options o;
	ck_assert_int_eq(fx_works_options_init(&o, FX_WORKS_OPTIONS_VERSION), FX_OK);
	o.profile = profile;
	fx_invoice *inv = NULL;
	int rc = fx_works_invoice(d, st, &o, &inv);
	ck_assert_msg(rc == FX_OK, "%s: %s", path, fx_error_last()->message);
	fx_cii_options c = FX_CII_OPTIONS_INIT;
	c.profile = profile == FX_WORKS_PROFILE_AUTO ? FX_PROFILE_EN16931 : (fx_profile)profile;
	char *xml = NULL;
	rc = fx_cii_write_memory(inv, &c, &xml, NULL);
	ck_assert_msg(rc == FX_OK, "%s: %s", path, fx_error_last()->message);
	if (inv_out)
		*inv_out = inv;
	else
		fx_invoice_free(inv);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	fx_works_series_free(s);
	return xml;
}

/* Asserts that XPath expr over xml gives want. */
static void xp(const char *xml, const char *expr, const char *want)
{
	char *got = fx_test_xpath(xml, strlen(xml), expr);
	ck_assert_msg(strcmp(got, want) == 0, "%s: got \"%s\", want \"%s\"", expr, got, want);
	free(got);
}

#define DOC "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/"
#define AGR                                                                                        \
	"/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"                               \
	"ram:ApplicableHeaderTradeAgreement/"
#define SET                                                                                        \
	"/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"                               \
	"ram:ApplicableHeaderTradeSettlement/"
#define SUM SET "ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
#define LINES                                                                                      \
	"/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/"                               \
	"ram:IncludedSupplyChainTradeLineItem"
#define BT23                                                                                       \
	"/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/"                                  \
	"ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"

/* Statement 3: references, lines, the revision charge, BT-113 and BT-115. */
START_TEST(monthly_statement)
{
	char *xml = xml_of(fx_tw_titulaire[2], 2, FX_WORKS_PROFILE_AUTO, NULL);
	xp(xml, BT23, "A4");
	xp(xml, DOC "ram:TypeCode", "380");
	xp(xml, AGR "ram:BuyerReference", "SERV-TECH-01");
	xp(xml, AGR "ram:ContractReferencedDocument/ram:IssuerAssignedID", "2025-TRX-014");
	xp(xml, AGR "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID", "EJ-2025-00482");
	xp(xml, AGR "ram:AdditionalReferencedDocument[ram:TypeCode='50']/ram:IssuerAssignedID",
	   "Lot 02 – Gros œuvre, maçonnerie");
	xp(xml, AGR "ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID", "213501232");
	xp(xml, AGR "ram:BuyerTradeParty/ram:GlobalID[@schemeID='0009']", "21350123200010");
	/* lines: 1.1 (+20 %), 3.1 (+780 m2), 3.2 (+500 m2), 5.1 (+30 m2) and the bonus */
	xp(xml, "count(" LINES ")", "5");
	xp(xml, LINES "[1]/ram:SpecifiedTradeProduct/ram:SellerAssignedID", "1.1");
	xp(xml, LINES "[1]/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", "20");
	xp(xml, LINES "[1]/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode", "P1");
	xp(xml, LINES "[1]//ram:LineTotalAmount", "3600.00"); /* 20 % x 18 000 */
	xp(xml, LINES "[2]/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", "780");
	xp(xml, LINES "[2]//ram:LineTotalAmount", "53352.00"); /* 780 x 68.40 */
	xp(xml, LINES "[5]/ram:SpecifiedTradeProduct/ram:Name",
	   "Prime : Prime d'avance sur le jalon « hors d'eau »");
	xp(xml, LINES "[5]//ram:LineTotalAmount", "2500.00");
	/* the revision: a charge PRV of 2 006.82 */
	xp(xml, SET "ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator/udt:Indicator", "true");
	xp(xml, SET "ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount", "2006.82");
	xp(xml, SET "ram:SpecifiedTradeAllowanceCharge/ram:ReasonCode", "PRV");
	xp(xml, SUM "ram:LineTotalAmount", "90327.00");
	xp(xml, SUM "ram:TaxBasisTotalAmount", "92333.82");
	xp(xml, SUM "ram:TaxTotalAmount", "18466.76");
	xp(xml, SUM "ram:GrandTotalAmount", "110800.58");
	xp(xml, SUM "ram:TotalPrepaidAmount", "25442.48"); /* 5 419.62 + 20 022.86 */
	xp(xml, SUM "ram:DuePayableAmount", "85358.10");
	xp(xml,
	   "count(" DOC "ram:IncludedNote[contains(ram:Content, 'BT-113') and "
	   "contains(ram:Content, 'retenue de garantie 5 % 5419.62 EUR') and "
	   "contains(ram:Content, \"remboursement de l'avance 20022.86 EUR\")])",
	   "1");
	xp(xml, "count(" DOC "ram:IncludedNote[ram:SubjectCode='PMD'])", "1");
	xp(xml, "count(" SET "ram:SpecifiedAdvancePayment)", "0"); /* EN 16931 */
	free(xml);
}
END_TEST

/* Statement 4: the negative revision is an allowance; penalties and the
 * direct payment lower BT-115. */
START_TEST(negative_revision)
{
	char *xml = xml_of(fx_tw_titulaire[3], 3, FX_WORKS_PROFILE_AUTO, NULL);
	xp(xml, SET "ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator/udt:Indicator", "false");
	xp(xml, SET "ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount", "607.25");
	xp(xml, "count(" SET "ram:SpecifiedTradeAllowanceCharge/ram:ReasonCode)", "0");
	xp(xml, SUM "ram:AllowanceTotalAmount", "607.25");
	xp(xml, SUM "ram:TotalPrepaidAmount", "19405.78"); /* 12 466.78 + 6 939.00 */
	xp(xml, SUM "ram:DuePayableAmount", "48618.32");
	free(xml);
}
END_TEST

/* EXTENDED: the advance reimbursement and the financial adjustments. */
START_TEST(extended_elements)
{
	char *xml = xml_of(fx_tw_titulaire[3], 3, FX_PROFILE_EXTENDED, NULL);
	xp(xml, SET "ram:SpecifiedAdvancePayment/ram:PaidAmount", "8777.14");
	/* VAT included: 8 777.14 x 20 / 120 = 1 462.856 -> 1 462.86 */
	xp(xml, SET "ram:SpecifiedAdvancePayment/ram:IncludedTradeTax/ram:CalculatedAmount",
	   "1462.86");
	xp(xml, SET "ram:SpecifiedAdvancePayment/ram:FormattedReceivedDateTime/qdt:DateTimeString",
	   "20250110");
	xp(xml, "count(" SET "ram:SpecifiedFinancialAdjustment)", "3");
	xp(xml,
	   SET "ram:SpecifiedFinancialAdjustment[ram:Reason='Retenue de garantie']/"
	       "ram:ActualAmount",
	   "-3437.64");
	xp(xml, SET "ram:SpecifiedFinancialAdjustment[ram:Reason='Pénalités']/ram:ActualAmount",
	   "-252.00");
	free(xml);
}
END_TEST

/* The final account (A7) and the DGD (A8, referring to the final account). */
START_TEST(final_and_dgd)
{
	char *xml = xml_of(fx_tw_titulaire[4], 4, FX_WORKS_PROFILE_AUTO, NULL);
	xp(xml, BT23, "A7");
	xp(xml, "count(" SET "ram:InvoiceReferencedDocument)", "0");
	free(xml);
	xml = xml_of(fx_tw_titulaire[5], 5, FX_WORKS_PROFILE_AUTO, NULL);
	xp(xml, BT23, "A8");
	xp(xml, SET "ram:InvoiceReferencedDocument/ram:IssuerAssignedID", "DF-2025-01");
	xp(xml, SUM "ram:DuePayableAmount", "794.89");
	xp(xml, SUM "ram:TotalPrepaidAmount", "4921.56"); /* 127.56 + 168.00 + 4 626.00 */
	free(xml);
}
END_TEST

/* The cotraitant (A13) and the sous-traitant under reverse charge (A10). */
START_TEST(cotraitant_and_sous_traitant)
{
	char *xml = xml_of(FX_TW_COTRAITANT, 0, FX_WORKS_PROFILE_AUTO, NULL);
	xp(xml, BT23, "A13");
	xp(xml, SUM "ram:DuePayableAmount", "29250.00");
	xp(xml, "count(" DOC "ram:IncludedNote[contains(ram:Content, 'Mandataire du groupement')])",
	   "1");
	free(xml);
	xml = xml_of(FX_TW_SOUS_TRAITANT, 0, FX_WORKS_PROFILE_AUTO, NULL);
	xp(xml, BT23, "A10");
	xp(xml, LINES "//ram:ApplicableTradeTax/ram:CategoryCode", "AE");
	xp(xml, LINES "//ram:ApplicableTradeTax/ram:RateApplicablePercent", "0");
	xp(xml, SET "ram:ApplicableTradeTax/ram:CategoryCode", "AE");
	xp(xml, SET "ram:ApplicableTradeTax/ram:ExemptionReason", "Autoliquidation");
	xp(xml, SET "ram:ApplicableTradeTax/ram:ExemptionReasonCode", "VATEX-EU-AE");
	xp(xml, SET "ram:ApplicableTradeTax/ram:CalculatedAmount", "0.00");
	xp(xml, SUM "ram:GrandTotalAmount", "6939.00");
	xp(xml, "count(" DOC "ram:IncludedNote[starts-with(ram:Content, 'Autoliquidation')])", "1");
	xp(xml,
	   "count(" DOC "ram:IncludedNote[contains(ram:Content, 'Titulaire du marché "
	   "(valideur) : Bâtiments Réunis SAS')])",
	   "1");
	free(xml);
}
END_TEST

/* Options: deductions "none", type code, cadre, no revision charge code. */
START_TEST(options)
{
	fx_works_series *s = fx_tw_series(2);
	char *json = fx_test_read(fx_tw_titulaire[2], NULL);
	char *at = strstr(json, "\"role\": \"titulaire\",");
	ck_assert_ptr_nonnull(at);
	const char *opt = "\"options\": {\"deductions\": \"none\", \"type_code\": \"875\", "
	                  "\"cadre\": \"S1\", \"revision_charge_code\": \"none\"}, ";
	size_t n = strlen(json) + strlen(opt) + 1;
	char *edited = malloc(n);
	snprintf(edited, n, "%.*s%s%s", (int)(at - json), json, opt, at);
	fx_works_description *d = fx_tw_parse(edited);
	fx_works_statement *st = fx_tw_compute(d, s);
	ck_assert_str_eq(st->cadre, "S1");
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_works_invoice(d, st, NULL, &inv), FX_OK);
	ck_assert_str_eq(inv->type_code, "875");
	ck_assert_str_eq(inv->business_process, "S1");
	ck_assert(!inv->totals.prepaid.set);
	fx_tw_eq("due = TTC", inv->totals.due, "110800.58");
	ck_assert_ptr_null(inv->allowances_charges[0].reason_code);
	bool note = false;
	for (size_t i = 0; i < inv->n_notes; i++)
		note |= strstr(inv->notes[i].content, "non déduites du montant dû") != NULL;
	ck_assert(note);
	fx_invoice_free(inv);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	free(edited);
	free(json);
	fx_works_series_free(s);
}
END_TEST

/* A statement without progress still has one (empty) line. */
START_TEST(empty_statement)
{
	fx_works_series *s = fx_tw_series(1);
	char *json = fx_test_read(fx_tw_titulaire[1], NULL);
	char *at = strstr(json, "\"progress\": [");
	ck_assert_ptr_nonnull(at);
	char *end = strchr(at, ']');
	ck_assert_ptr_nonnull(end);
	const char *none = "\"bonuses\": []";
	memcpy(at, none, strlen(none));
	memmove(at + strlen(none), end + 1, strlen(end + 1) + 1);
	fx_works_description *d = fx_tw_parse(json);
	fx_works_statement *st = fx_tw_compute(d, s);
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_works_invoice(d, st, NULL, &inv), FX_OK);
	ck_assert_uint_eq(inv->n_lines, 1);
	fx_tw_eq("empty line", inv->lines[0].net_amount, "0.00");
	fx_tw_eq("due", inv->totals.due, "0.00");
	fx_invoice_free(inv);
	fx_works_statement_free(st);
	fx_works_description_free(d);
	free(json);
	fx_works_series_free(s);
}
END_TEST

/* Wrong options of fx_works_invoice. */
START_TEST(bad_options)
{
	fx_works_description *d = fx_tw_read(fx_tw_titulaire[0]);
	fx_works_statement *st = fx_tw_compute(d, NULL);
	fx_works_options o = {FX_WORKS_OPTIONS_VERSION + 1, FX_WORKS_PROFILE_AUTO};
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_works_invoice(d, st, &o, &inv), FX_EUSAGE);
	o.version = FX_WORKS_OPTIONS_VERSION;
	o.profile = 42;
	ck_assert_int_eq(fx_works_invoice(d, st, &o, &inv), FX_EUSAGE);
	ck_assert_int_eq(fx_works_options_init(&o, 99), FX_EUSAGE);
	ck_assert_ptr_null(inv);
	fx_works_statement_free(st);
	fx_works_description_free(d);
}
END_TEST

/* The suite. */
static Suite *works_invoice_suite(void)
{
	Suite *s = suite_create("works_invoice");
	TCase *tc = tcase_create("invoice");
	tcase_add_test(tc, monthly_statement);
	tcase_add_test(tc, negative_revision);
	tcase_add_test(tc, extended_elements);
	tcase_add_test(tc, final_and_dgd);
	tcase_add_test(tc, cotraitant_and_sous_traitant);
	tcase_add_test(tc, options);
	tcase_add_test(tc, empty_statement);
	tcase_add_test(tc, bad_options);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the suite in the user's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(works_invoice_suite());
}
