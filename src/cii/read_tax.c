/*
 * Reading amounts of the header settlement: VAT breakdown (BG-23),
 * document allowances and charges (BG-20/BG-21), totals (BG-22); and the
 * allowance/charge element shared with lines (BG-27/BG-28).
 */
#include "cii/read_parts.h"

#include <stdlib.h>
#include <string.h>

#include "core/error.h"

/* BT labels of an allowance/charge, by level and kind. */
typedef struct ac_labels {
	const char *indicator, *amount, *base, *percent, *category, *rate, *reason, *code;
} ac_labels;

static const ac_labels doc_allowance = {
    "BG-20 allowance indicator",  "BT-92 document allowance amount", "BT-93 allowance base amount",
    "BT-94 allowance percentage", "BT-95 allowance VAT category",    "BT-96 allowance VAT rate",
    "BT-97 allowance reason",     "BT-98 allowance reason code"};
static const ac_labels doc_charge = {"BG-21 charge indicator",     "BT-99 document charge amount",
                                     "BT-100 charge base amount",  "BT-101 charge percentage",
                                     "BT-102 charge VAT category", "BT-103 charge VAT rate",
                                     "BT-104 charge reason",       "BT-105 charge reason code"};
static const ac_labels line_allowance = {
    "BG-27 line allowance indicator",    "BT-136 line allowance amount",
    "BT-137 line allowance base amount", "BT-138 line allowance percentage",
    "line allowance VAT category",       "line allowance VAT rate",
    "BT-139 line allowance reason",      "BT-140 line allowance reason code"};
static const ac_labels line_charge = {
    "BG-28 line charge indicator",    "BT-141 line charge amount",
    "BT-142 line charge base amount", "BT-143 line charge percentage",
    "line charge VAT category",       "line charge VAT rate",
    "BT-144 line charge reason",      "BT-145 line charge reason code"};

/* Reads an allowance or charge of the document or of a line. */
int fx_cii_read_allowance_charge(fx_cii_reader *r, const xmlNode *node, fx_line *line)
{
	bool charge = false, found;
	FX_CII_TRY(
	    fx_cii_indicator(r, node, "ram:ChargeIndicator/udt:Indicator",
	                     line ? "BG-27/BG-28 charge indicator" : "BG-20/BG-21 charge indicator",
	                     &charge, &found));
	if (!found)
		return fx_cii_fail(r, node, FX_EINVAL,
		                   line ? "BG-27/BG-28 line allowance or charge"
		                        : "BG-20/BG-21 document allowance or charge",
		                   "ram:ChargeIndicator/udt:Indicator is missing");
	const ac_labels *l = line ? (charge ? &line_charge : &line_allowance)
	                          : (charge ? &doc_charge : &doc_allowance);
	fx_allowance_charge tmp = {.charge = charge};
	FX_CII_TRY(fx_cii_decimal(r, node, "ram:ActualAmount", l->amount, &tmp.amount));
	FX_CII_TRY(fx_cii_decimal(r, node, "ram:BasisAmount", l->base, &tmp.base_amount));
	FX_CII_TRY(fx_cii_decimal(r, node, "ram:CalculationPercent", l->percent, &tmp.percentage));
	FX_CII_TRY(fx_cii_text(r, node, "ram:Reason", l->reason, &tmp.reason));
	FX_CII_TRY(fx_cii_text(r, node, "ram:ReasonCode", l->code, &tmp.reason_code));
	if (!line) {
		FX_CII_TRY(fx_cii_text(r, node, "ram:CategoryTradeTax/ram:CategoryCode",
		                       l->category, &tmp.vat_category));
		FX_CII_TRY(fx_cii_decimal(r, node, "ram:CategoryTradeTax/ram:RateApplicablePercent",
		                          l->rate, &tmp.vat_rate));
	}
	fx_allowance_charge *ac;
	if (line)
		FX_CII_TRY(fx_line_add_allowance_charge(r->inv, line, charge, &ac));
	else
		FX_CII_TRY(fx_invoice_add_allowance_charge(r->inv, charge, &ac));
	*ac = tmp;
	return FX_OK;
}

/* True when a TradeTax element is about VAT (or does not say). */
static int is_vat(const xmlNode *tax, bool *vat)
{
	bool oom;
	char *type = fx_cii_node_text(fx_cii_find(tax, "ram:TypeCode"), &oom);
	if (oom)
		return fx_error_oom();
	*vat = !type || strcmp(type, "VAT") == 0;
	free(type);
	return FX_OK;
}

/* Returns the UNTDID 2005 form of a BT-8 code written as UNTDID 2475 in
 * CII (5 invoice date -> 3, 29 delivery date -> 35, 72 paid to date ->
 * 432); other values are returned unchanged. */
static const char *due_date_code_model(const char *code)
{
	if (strcmp(code, "5") == 0)
		return "3";
	if (strcmp(code, "29") == 0)
		return "35";
	if (strcmp(code, "72") == 0)
		return "432";
	return code;
}

/* Reads BT-8 into *field, as the model's UNTDID 2005 code. */
static int read_due_date_code(fx_cii_reader *r, const xmlNode *tax, char **field)
{
	const char *what = "BT-8 value added tax point date code";
	xmlNode *el = fx_cii_find(tax, "ram:DueDateTypeCode");
	bool oom;
	char *code = fx_cii_node_text(el, &oom);
	if (oom)
		return fx_error_oom();
	if (!code)
		return FX_OK;
	int rc = fx_invoice_set_text(r->inv, field, due_date_code_model(code));
	free(code);
	if (rc && rc != FX_ENOMEM)
		return fx_cii_fail(r, el, rc, what, fx_error_last()->message);
	return rc;
}

/* Upper-cases a VATEX code (BT-121): the code list is upper case, and
 * some documents write it in lower case ("vatex-eu-ae"). */
static void vatex_upper(char *code)
{
	static const char prefix[] = "VATEX-";
	if (!code)
		return;
	for (size_t i = 0; i < sizeof prefix - 1; i++) {
		char c = code[i];
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c != prefix[i])
			return;
	}
	for (char *p = code; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
}

/* Reads one BG-23 entry. */
static int read_vat_breakdown(fx_cii_reader *r, const xmlNode *tax)
{
	fx_vat_breakdown tmp = {0};
	FX_CII_TRY(fx_cii_decimal(r, tax, "ram:BasisAmount", "BT-116 VAT category taxable amount",
	                          &tmp.taxable_amount));
	FX_CII_TRY(fx_cii_decimal(r, tax, "ram:CalculatedAmount", "BT-117 VAT category tax amount",
	                          &tmp.tax_amount));
	FX_CII_TRY(
	    fx_cii_text(r, tax, "ram:CategoryCode", "BT-118 VAT category code", &tmp.category));
	FX_CII_TRY(fx_cii_decimal(r, tax, "ram:RateApplicablePercent", "BT-119 VAT category rate",
	                          &tmp.rate));
	FX_CII_TRY(fx_cii_text(r, tax, "ram:ExemptionReason", "BT-120 VAT exemption reason text",
	                       &tmp.exemption_reason));
	FX_CII_TRY(fx_cii_text(r, tax, "ram:ExemptionReasonCode",
	                       "BT-121 VAT exemption reason code", &tmp.exemption_code));
	FX_CII_TRY(fx_cii_date(r, tax, "ram:TaxPointDate/udt:DateString",
	                       "BT-7 value added tax point date", &tmp.tax_point_date));
	vatex_upper(tmp.exemption_code);
	FX_CII_TRY(read_due_date_code(r, tax, &tmp.due_date_code));
	fx_vat_breakdown *vb;
	FX_CII_TRY(fx_invoice_add_vat_breakdown(r->inv, &vb));
	*vb = tmp;
	return FX_OK;
}

/* Reads the tax totals: the one in the invoice currency (or without
 * currency) is BT-110, one in another currency is BT-111. */
static int read_tax_totals(fx_cii_reader *r, const xmlNode *sum)
{
	fx_totals *t = &r->inv->totals;
	const char *currency = r->inv->currency;
	for (xmlNode *n = fx_cii_find(sum, "ram:TaxTotalAmount"); n; n = fx_cii_next(n)) {
		const char *cur = fx_cii_attr(n, "currencyID");
		bool invoice_cur = !cur || !currency || strcmp(cur, currency) == 0;
		if (invoice_cur && !t->tax_total.set)
			FX_CII_TRY(fx_cii_decimal(r, n, NULL, "BT-110 invoice total VAT amount",
			                          &t->tax_total));
		else if (!t->tax_total_accounting.set)
			FX_CII_TRY(fx_cii_decimal(r, n, NULL,
			                          "BT-111 invoice total VAT amount in accounting "
			                          "currency",
			                          &t->tax_total_accounting));
	}
	return FX_OK;
}

/* Reads the BG-22 document totals. */
static int read_totals(fx_cii_reader *r, const xmlNode *sum)
{
	fx_totals *t = &r->inv->totals;
	if (!sum)
		return FX_OK;
	FX_CII_TRY(fx_cii_decimal(r, sum, "ram:LineTotalAmount",
	                          "BT-106 sum of invoice line net amounts", &t->line_total));
	FX_CII_TRY(fx_cii_decimal(r, sum, "ram:ChargeTotalAmount", "BT-108 sum of charges",
	                          &t->charge_total));
	FX_CII_TRY(fx_cii_decimal(r, sum, "ram:AllowanceTotalAmount", "BT-107 sum of allowances",
	                          &t->allowance_total));
	FX_CII_TRY(fx_cii_decimal(r, sum, "ram:TaxBasisTotalAmount",
	                          "BT-109 invoice total amount without VAT", &t->tax_basis_total));
	FX_CII_TRY(read_tax_totals(r, sum));
	FX_CII_TRY(
	    fx_cii_decimal(r, sum, "ram:RoundingAmount", "BT-114 rounding amount", &t->rounding));
	FX_CII_TRY(fx_cii_decimal(r, sum, "ram:GrandTotalAmount",
	                          "BT-112 invoice total amount with VAT", &t->grand_total));
	FX_CII_TRY(
	    fx_cii_decimal(r, sum, "ram:TotalPrepaidAmount", "BT-113 paid amount", &t->prepaid));
	return fx_cii_decimal(r, sum, "ram:DuePayableAmount", "BT-115 amount due for payment",
	                      &t->due);
}

/* Reads VAT breakdown, document allowances/charges and totals. */
int fx_cii_read_tax_and_totals(fx_cii_reader *r, const xmlNode *node)
{
	for (xmlNode *t = fx_cii_find(node, "ram:ApplicableTradeTax"); t; t = fx_cii_next(t)) {
		bool vat = false;
		FX_CII_TRY(is_vat(t, &vat));
		if (vat)
			FX_CII_TRY(read_vat_breakdown(r, t));
	}
	for (xmlNode *a = fx_cii_find(node, "ram:SpecifiedTradeAllowanceCharge"); a;
	     a = fx_cii_next(a))
		FX_CII_TRY(fx_cii_read_allowance_charge(r, a, NULL));
	return read_totals(
	    r, fx_cii_find(node, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"));
}
