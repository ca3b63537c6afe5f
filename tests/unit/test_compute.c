/*
 * Unit tests of the EN 16931 computation (include/facturx/compute.h): line
 * amounts, allowances and charges, every VAT category, totals, checks of
 * stated values with their messages, missing data and options.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facturx/compute.h"
#include "facturx/invoice.h"
#include "test_support.h"

/* Parses a decimal ("" or NULL: absent) or fails the test. */
static fx_decimal D(const char *text)
{
	fx_decimal d = {0};
	if (!text || !*text)
		return d;
	int rc = fx_decimal_parse(text, strlen(text), &d);
	ck_assert_msg(rc == FX_OK, "parse \"%s\": %s", text, fx_error_last()->message);
	return d;
}

/* Formats d ("absent" when not set) into a rotating static buffer. */
static const char *S(fx_decimal d)
{
	static char bufs[16][FX_DECIMAL_STRLEN];
	static int next;
	char *b = bufs[next++ % 16];
	if (!d.set)
		return strcpy(b, "absent");
	ck_assert_int_eq(fx_decimal_format(d, b, FX_DECIMAL_STRLEN), FX_OK);
	return b;
}

/* Creates an empty invoice. */
static fx_invoice *invoice(void)
{
	fx_invoice *inv = NULL;
	ck_assert_int_eq(fx_invoice_new(&inv), FX_OK);
	return inv;
}

/* Sets a text field or fails. */
static void text(fx_invoice *inv, char **field, const char *value)
{
	ck_assert_int_eq(fx_invoice_set_text(inv, field, value), FX_OK);
}

/* Adds a line (qty x net price, category, rate; NULL/"" = absent) and
 * returns its index. */
static size_t line(fx_invoice *inv, const char *id, const char *qty, const char *price,
                   const char *category, const char *rate)
{
	fx_line *l;
	ck_assert_int_eq(fx_invoice_add_line(inv, &l), FX_OK);
	if (id)
		text(inv, &l->id, id);
	l->quantity = D(qty);
	l->net_price = D(price);
	if (category)
		text(inv, &l->vat_category, category);
	l->vat_rate = D(rate);
	return inv->n_lines - 1;
}

/* Adds an allowance or charge to line i. */
static fx_allowance_charge *line_ac(fx_invoice *inv, size_t i, bool charge, const char *amount,
                                    const char *base, const char *percent)
{
	fx_allowance_charge *ac;
	ck_assert_int_eq(fx_line_add_allowance_charge(inv, &inv->lines[i], charge, &ac), FX_OK);
	ck_assert(ac->charge == charge);
	ac->amount = D(amount);
	ac->base_amount = D(base);
	ac->percentage = D(percent);
	return ac;
}

/* Adds a document-level allowance or charge. */
static fx_allowance_charge *doc_ac(fx_invoice *inv, bool charge, const char *amount,
                                   const char *base, const char *percent, const char *category,
                                   const char *rate)
{
	fx_allowance_charge *ac;
	ck_assert_int_eq(fx_invoice_add_allowance_charge(inv, charge, &ac), FX_OK);
	ac->amount = D(amount);
	ac->base_amount = D(base);
	ac->percentage = D(percent);
	if (category)
		text(inv, &ac->vat_category, category);
	ac->vat_rate = D(rate);
	return ac;
}

/* Adds a stated VAT breakdown entry. */
static fx_vat_breakdown *vat(fx_invoice *inv, const char *category, const char *rate,
                             const char *basis, const char *tax)
{
	fx_vat_breakdown *b;
	ck_assert_int_eq(fx_invoice_add_vat_breakdown(inv, &b), FX_OK);
	if (category)
		text(inv, &b->category, category);
	b->rate = D(rate);
	b->taxable_amount = D(basis);
	b->tax_amount = D(tax);
	return b;
}

/* Runs the computation (check_only / rules_only as given). */
static int compute(fx_invoice *inv, int check_only, int rules_only)
{
	fx_compute_options o = FX_COMPUTE_OPTIONS_INIT;
	o.check_only = check_only;
	o.rules_only = rules_only;
	return fx_invoice_compute(inv, &o);
}

/* Runs a filling computation that must succeed. */
static void compute_ok(fx_invoice *inv)
{
	int rc = fx_invoice_compute(inv, NULL);
	ck_assert_msg(rc == FX_OK, "compute: %d %s", rc, fx_error_last()->message);
}

/* Asserts rc == code and that the message equals expected exactly. */
static void assert_error(int rc, int code, const char *expected)
{
	ck_assert_msg(rc == code, "expected %d, got %d: %s", code, rc, fx_error_last()->message);
	ck_assert_int_eq(fx_error_last()->code, code);
	ck_assert_str_eq(fx_error_last()->message, expected);
}

/* Asserts rc == code and that the message contains every given part. */
static void assert_error_has(int rc, int code, const char *a, const char *b, const char *c)
{
	const char *m = fx_error_last()->message;
	ck_assert_msg(rc == code, "expected %d, got %d: %s", code, rc, m);
	ck_assert_msg(strstr(m, a), "\"%s\" not in \"%s\"", a, m);
	ck_assert_msg(!b || strstr(m, b), "\"%s\" not in \"%s\"", b, m);
	ck_assert_msg(!c || strstr(m, c), "\"%s\" not in \"%s\"", c, m);
}

START_TEST(simple_invoice_filled)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "3", "19.99", "S", "20");
	line(inv, "2", "1.5", "10.005", "S", "20.00");
	compute_ok(inv);
	ck_assert_str_eq(S(inv->lines[0].net_amount), "59.97");
	ck_assert_str_eq(S(inv->lines[1].net_amount), "15.01"); /* 15.0075 */
	ck_assert_uint_eq(inv->n_vat_breakdown, 1);
	fx_vat_breakdown *b = &inv->vat_breakdown[0];
	ck_assert_str_eq(b->category, "S");
	ck_assert_str_eq(S(b->rate), "20");
	ck_assert_str_eq(S(b->taxable_amount), "74.98");
	ck_assert_str_eq(S(b->tax_amount), "15.00"); /* 14.996 */
	const fx_totals *t = &inv->totals;
	ck_assert_str_eq(S(t->line_total), "74.98");
	ck_assert(!t->allowance_total.set);
	ck_assert(!t->charge_total.set);
	ck_assert_str_eq(S(t->tax_basis_total), "74.98");
	ck_assert_str_eq(S(t->tax_total), "15.00");
	ck_assert(!t->tax_total_accounting.set);
	ck_assert_str_eq(S(t->grand_total), "89.98");
	ck_assert(!t->prepaid.set);
	ck_assert(!t->rounding.set);
	ck_assert_str_eq(S(t->due), "89.98");
	/* quantities and prices keep their scale */
	ck_assert_str_eq(S(inv->lines[1].quantity), "1.5");
	ck_assert_str_eq(S(inv->lines[1].net_price), "10.005");
	/* a second run finds everything consistent and changes nothing */
	compute_ok(inv);
	ck_assert_uint_eq(inv->n_vat_breakdown, 1);
	ck_assert_int_eq(compute(inv, 1, 0), FX_OK);
	fx_invoice_free(inv);
}
END_TEST

START_TEST(every_vat_category)
{
	fx_invoice *inv = invoice();
	line(inv, "s20", "1", "100.05", "S", "20");
	line(inv, "s55", "1", "33.33", "S", "5.5");
	line(inv, "z", "2", "10", "Z", "0");
	line(inv, "e", "1", "40", "E", NULL); /* no rate: counts as 0 */
	line(inv, "ae", "1", "50.50", "AE", "0");
	line(inv, "k", "1", "60", "K", "0");
	line(inv, "g", "1", "70", "G", "0");
	line(inv, "o", "1", "80", "O", NULL);
	line(inv, "l", "1", "90.10", "L", "7");
	line(inv, "m", "1", "11.11", "M", "4");
	line(inv, "s20b", "1", "0.05", "S", "20.000"); /* same group as s20 */
	line(inv, "e2", "1", "-5", "E", "0.00");       /* same group as e */
	compute_ok(inv);
	static const struct {
		const char *category, *rate, *basis, *tax;
	} expected[] = {
	    {"S", "20", "100.10", "20.02"}, /* 20.020 */
	    {"S", "5.5", "33.33", "1.83"},  /* 1.83315 */
	    {"Z", "0", "20.00", "0.00"},
	    {"E", "0.00", "35.00", "0.00"}, /* rate filled as 0.00 */
	    {"AE", "0", "50.50", "0.00"},
	    {"K", "0", "60.00", "0.00"},
	    {"G", "0", "70.00", "0.00"},
	    {"O", "absent", "80.00", "0.00"},
	    {"L", "7", "90.10", "6.31"}, /* 6.307 */
	    {"M", "4", "11.11", "0.44"}, /* 0.4444 */
	};
	ck_assert_uint_eq(inv->n_vat_breakdown, 10);
	for (size_t k = 0; k < 10; k++) {
		const fx_vat_breakdown *b = &inv->vat_breakdown[k];
		ck_assert_str_eq(b->category, expected[k].category);
		ck_assert_str_eq(S(b->rate), expected[k].rate);
		ck_assert_str_eq(S(b->taxable_amount), expected[k].basis);
		ck_assert_str_eq(S(b->tax_amount), expected[k].tax);
	}
	ck_assert_str_eq(S(inv->totals.line_total), "550.14");
	ck_assert_str_eq(S(inv->totals.tax_total), "28.60");
	ck_assert_str_eq(S(inv->totals.grand_total), "578.74");
	ck_assert_str_eq(S(inv->totals.due), "578.74");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(allowances_charges_with_percentages)
{
	fx_invoice *inv = invoice();
	size_t a = line(inv, "A", "4", "25", "S", "20");
	line_ac(inv, a, false, NULL, "100", "10"); /* 10.00 */
	line_ac(inv, a, true, NULL, "33.33", "3"); /* 0.9999 -> 1.00 */
	line_ac(inv, a, true, "2.50", NULL, NULL);
	size_t b = line(inv, "B", "10", "3.333", "S", "10");
	line_ac(inv, b, false, NULL, "33.33", "12.5");     /* 4.16625 -> 4.17 */
	doc_ac(inv, false, NULL, "200", "2.5", "S", "20"); /* 5.00 */
	doc_ac(inv, true, "7.35", NULL, NULL, "S", "10");
	doc_ac(inv, false, "1.01", NULL, NULL, "Z", "0"); /* group of its own */
	compute_ok(inv);
	ck_assert_str_eq(S(inv->lines[a].allowances_charges[0].amount), "10.00");
	ck_assert_str_eq(S(inv->lines[a].allowances_charges[1].amount), "1.00");
	ck_assert_str_eq(S(inv->lines[a].net_amount), "93.50"); /* 100 - 10 + 1 + 2.50 */
	ck_assert_str_eq(S(inv->lines[b].allowances_charges[0].amount), "4.17");
	ck_assert_str_eq(S(inv->lines[b].net_amount), "29.16"); /* 33.33 - 4.17 */
	ck_assert_str_eq(S(inv->allowances_charges[0].amount), "5.00");
	ck_assert_uint_eq(inv->n_vat_breakdown, 3);
	ck_assert_str_eq(inv->vat_breakdown[0].category, "S");
	ck_assert_str_eq(S(inv->vat_breakdown[0].taxable_amount), "88.50");
	ck_assert_str_eq(S(inv->vat_breakdown[0].tax_amount), "17.70");
	ck_assert_str_eq(S(inv->vat_breakdown[1].rate), "10");
	ck_assert_str_eq(S(inv->vat_breakdown[1].taxable_amount), "36.51");
	ck_assert_str_eq(S(inv->vat_breakdown[1].tax_amount), "3.65"); /* 3.651 */
	ck_assert_str_eq(inv->vat_breakdown[2].category, "Z");
	ck_assert_str_eq(S(inv->vat_breakdown[2].taxable_amount), "-1.01");
	const fx_totals *t = &inv->totals;
	ck_assert_str_eq(S(t->line_total), "122.66");
	ck_assert_str_eq(S(t->allowance_total), "6.01");
	ck_assert_str_eq(S(t->charge_total), "7.35");
	ck_assert_str_eq(S(t->tax_basis_total), "124.00");
	ck_assert_str_eq(S(t->tax_total), "21.35");
	ck_assert_str_eq(S(t->grand_total), "145.35");
	ck_assert_str_eq(S(t->due), "145.35");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(net_price_and_base_quantity)
{
	fx_invoice *inv = invoice();
	size_t a = line(inv, "1", "3", NULL, "S", "20");
	inv->lines[a].gross_price = D("10.00");
	inv->lines[a].price_discount = D("0.55");
	size_t b = line(inv, "2", "250", "36.10", "S", "20");
	inv->lines[b].base_quantity = D("100");
	size_t c = line(inv, "3", "7", NULL, "S", "20");
	inv->lines[c].gross_price = D("1.2345"); /* no discount: net = gross */
	size_t d = line(inv, "4", "0.333", "12", "S", "20");
	inv->lines[d].base_quantity = D("0.5");
	size_t e = line(inv, "5", "5", "0.125", "S", "20"); /* 0.625: a tie */
	line_ac(inv, e, true, NULL, "0.50", "5");           /* 0.025: a tie */
	compute_ok(inv);
	ck_assert_str_eq(S(inv->lines[e].allowances_charges[0].amount), "0.03");
	ck_assert_str_eq(S(inv->lines[e].net_amount), "0.66"); /* 0.63 + 0.03 */
	ck_assert_str_eq(S(inv->lines[a].net_price), "9.45");
	ck_assert_str_eq(S(inv->lines[a].net_amount), "28.35");
	ck_assert_str_eq(S(inv->lines[b].net_amount), "90.25");
	ck_assert_str_eq(S(inv->lines[c].net_price), "1.2345");
	ck_assert_str_eq(S(inv->lines[c].net_amount), "8.64"); /* 8.6415 */
	ck_assert_str_eq(S(inv->lines[d].net_amount), "7.99"); /* 7.992 */
	ck_assert_str_eq(S(inv->totals.line_total), "135.89");
	ck_assert_str_eq(S(inv->vat_breakdown[0].tax_amount), "27.18"); /* 27.178 */
	fx_invoice_free(inv);
}
END_TEST

START_TEST(prepaid_and_rounding)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "1", "83.34", "S", "20");
	inv->totals.prepaid = D("50");
	inv->totals.rounding = D("-0.01");
	compute_ok(inv);
	ck_assert_str_eq(S(inv->totals.tax_total), "16.67"); /* 16.668 */
	ck_assert_str_eq(S(inv->totals.grand_total), "100.01");
	ck_assert_str_eq(S(inv->totals.prepaid), "50");
	ck_assert_str_eq(S(inv->totals.due), "50.00");
	fx_invoice_free(inv);
	/* a stated wrong BT-115 */
	inv = invoice();
	line(inv, "1", "1", "83.34", "S", "20");
	inv->totals.prepaid = D("50.00");
	inv->totals.due = D("50.00");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "BT-115 amount due for payment is 50.00 but the computation gives 50.01 "
	             "(BT-112 100.01 - BT-113 50.00 + BT-114 0.00) (BR-CO-16)");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(mismatch_line_net)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "1", "5", "S", "20");
	size_t i = line(inv, "3", "2", "5.005", "S", "20");
	inv->lines[i].net_amount = D("10.00");
	int rc = fx_invoice_compute(inv, NULL);
	assert_error(rc, FX_EMISMATCH,
	             "line 3: BT-131 line net amount is 10.00 but quantity x price - allowances "
	             "+ charges gives 10.01 (BT-129 2 x BT-146 5.005 / BT-149 1 = 10.01, "
	             "allowances 0.00, charges 0.00)");
	/* nothing was written */
	ck_assert(!inv->lines[0].net_amount.set);
	ck_assert_uint_eq(inv->n_vat_breakdown, 0);
	ck_assert(!inv->totals.line_total.set);
	/* the same with check_only, and not at all with rules_only */
	ck_assert_int_eq(compute(inv, 1, 0), FX_EMISMATCH);
	ck_assert_int_eq(compute(inv, 1, 1), FX_OK);
	ck_assert_int_eq(compute(inv, 0, 1), FX_OK);
	ck_assert_str_eq(S(inv->lines[1].net_amount), "10.00");
	ck_assert_str_eq(S(inv->totals.line_total), "15.00");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(mismatch_totals)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "1", "83.34", "S", "20");
	inv->totals.grand_total = D("100.00");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "BT-112 invoice total amount with VAT is 100.00 but the computation gives "
	             "100.01 (BT-109 83.34 + BT-110 16.67) (BR-CO-15)");
	inv->totals.grand_total = (fx_decimal){0};
	inv->totals.line_total = D("83.35");
	assert_error_has(fx_invoice_compute(inv, NULL), FX_EMISMATCH, "BT-106", "83.35",
	                 "gives 83.34");
	ck_assert(strstr(fx_error_last()->message, "BR-CO-10"));
	inv->totals.line_total = D("83.340"); /* same value, 3 decimals: BR-DEC-09 */
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "BT-106 sum of invoice line net amounts 83.340 has more than 2 decimals "
	             "(BR-DEC-09)");
	inv->totals.line_total = D("83.3");
	assert_error_has(fx_invoice_compute(inv, NULL), FX_EMISMATCH, "BT-106", "83.3 ", "83.34");
	inv->totals.line_total = D("83.34");
	inv->totals.tax_basis_total = D("83.33");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "BT-109 invoice total amount without VAT is 83.33 but the computation gives "
	             "83.34 (BT-106 83.34 - BT-107 0.00 + BT-108 0.00) (BR-CO-13)");
	inv->totals.tax_basis_total = D("83.34");
	inv->totals.tax_total = D("16.66");
	assert_error_has(fx_invoice_compute(inv, NULL), FX_EMISMATCH, "BT-110", "16.66",
	                 "gives 16.67");
	inv->totals.tax_total = D("16.670"); /* BR-DEC-13 counts significant decimals */
	compute_ok(inv);
	ck_assert_str_eq(S(inv->totals.tax_total), "16.670");
	ck_assert_str_eq(S(inv->totals.grand_total), "100.01");
	fx_invoice_free(inv);
	/* BT-107 / BT-108 stated without any document allowance or charge */
	inv = invoice();
	line(inv, "1", "1", "10", "S", "20");
	inv->totals.allowance_total = D("0");
	inv->totals.charge_total = D("0.00");
	compute_ok(inv);
	inv->totals.charge_total = D("1.00");
	assert_error_has(fx_invoice_compute(inv, NULL), FX_EMISMATCH, "BT-108", "1.00", "BR-CO-12");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(mismatch_allowances_and_prices)
{
	fx_invoice *inv = invoice();
	size_t i = line(inv, "7", "1", "100", "S", "20");
	line_ac(inv, i, false, "12.00", "100", "10");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "line 7: BT-136 line allowance amount is 12.00 but BT-137 base amount 100 x "
	             "BT-138 percentage 10 / 100 gives 10.00");
	ck_assert_int_eq(compute(inv, 0, 1), FX_OK); /* rules_only trusts the amount */
	ck_assert_str_eq(S(inv->lines[i].net_amount), "88.00");
	fx_invoice_free(inv);

	inv = invoice();
	line(inv, "1", "1", "100", "S", "20");
	fx_allowance_charge *ac = doc_ac(inv, true, "5", "100", "4", "S", "20");
	ac->reason = NULL;
	text(inv, &ac->reason, "Freight");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "document charge 1 (\"Freight\"): BT-99 charge amount is 5 but BT-100 base "
	             "amount 100 x BT-101 percentage 4 / 100 gives 4.00");
	fx_invoice_free(inv);

	inv = invoice();
	i = line(inv, "3", "2", "2.48", "S", "15");
	inv->lines[i].gross_price = D("2.75");
	inv->lines[i].price_discount = D("0.275");
	compute_ok(inv); /* 2.475 written with 2 decimals is 2.48 */
	ck_assert_str_eq(S(inv->lines[i].net_amount), "4.96");
	inv->lines[i].net_price = D("2.47");
	inv->lines[i].net_amount = (fx_decimal){0};
	inv->n_vat_breakdown = 0;
	inv->totals = (fx_totals){.line_total = {0}};
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "line 3: BT-146 item net price is 2.47 but BT-148 item gross price 2.75 - "
	             "BT-147 item price discount 0.275 gives 2.475");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(stated_breakdown_checked_and_completed)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "1", "72.50", "S", "19");
	line(inv, "2", "1", "10", "E", "0");
	fx_vat_breakdown *e = vat(inv, "E", "0", NULL, NULL);
	text(inv, &e->exemption_reason, "Exempt");
	text(inv, &e->exemption_code, "VATEX-EU-132");
	vat(inv, "S", "19.00", "72.50", NULL);
	compute_ok(inv);
	ck_assert_uint_eq(inv->n_vat_breakdown, 2); /* kept in the stated order */
	ck_assert_str_eq(inv->vat_breakdown[0].category, "E");
	ck_assert_str_eq(inv->vat_breakdown[0].exemption_reason, "Exempt");
	ck_assert_str_eq(inv->vat_breakdown[0].exemption_code, "VATEX-EU-132");
	ck_assert_str_eq(S(inv->vat_breakdown[0].taxable_amount), "10.00");
	ck_assert_str_eq(S(inv->vat_breakdown[0].tax_amount), "0.00");
	ck_assert_str_eq(S(inv->vat_breakdown[1].rate), "19.00");
	ck_assert_str_eq(S(inv->vat_breakdown[1].tax_amount), "13.78"); /* 13.775 */
	ck_assert_str_eq(S(inv->totals.tax_total), "13.78");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(breakdown_tax_tolerance)
{
	/* BR-CO-17 accepts |difference| <= 1, BR-S-09 < 1 (official unit tests
	 * BR-CO-17.t01..t05 use basis -72.50 at 19 %, exact tax -13.78). */
	static const struct {
		const char *category, *tax;
		int rc;
	} cases[] = {
	    {"S", "-13.78", FX_OK},        {"S", "-12.79", FX_OK},
	    {"S", "-14.77", FX_OK},        {"S", "-12.78", FX_EMISMATCH},
	    {"S", "-14.78", FX_EMISMATCH}, {"S", "13.78", FX_EMISMATCH},
	    {"L", "-12.78", FX_OK},        {"L", "-14.78", FX_OK},
	    {"L", "-12.77", FX_EMISMATCH}, {"M", "-14.79", FX_EMISMATCH},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		fx_invoice *inv = invoice();
		line(inv, "1", "-1", "72.50", cases[k].category, "19");
		vat(inv, cases[k].category, "19", "-72.50", cases[k].tax);
		int rc = fx_invoice_compute(inv, NULL);
		ck_assert_msg(rc == cases[k].rc, "%s %s: %d %s", cases[k].category, cases[k].tax,
		              rc, fx_error_last()->message);
		if (rc == FX_OK) {
			/* the stated tax is kept and is what BT-110 adds up */
			ck_assert_str_eq(S(inv->vat_breakdown[0].tax_amount), cases[k].tax);
			ck_assert_str_eq(S(inv->totals.tax_total), cases[k].tax);
		}
		fx_invoice_free(inv);
	}
	fx_invoice *inv = invoice();
	line(inv, "1", "-1", "72.50", "S", "19");
	vat(inv, "S", "19", "-72.50", "-12.78");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "VAT breakdown (BG-23) for category S rate 19: BT-117 VAT category tax "
	             "amount is -12.78 but BT-116 -72.50 x BT-119 19 / 100 gives -13.78 (BR-S-09: "
	             "the difference must stay below 1.00)");
	fx_invoice_free(inv);
	/* zero-tax categories: exactly 0 (BR-x-09) */
	inv = invoice();
	line(inv, "1", "1", "100", "E", "0");
	vat(inv, "E", "0", "100.00", "0.01");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "VAT breakdown (BG-23) for category E rate 0: BT-117 VAT category tax "
	             "amount is 0.01 but must be 0 in category E (BR-E-09)");
	fx_invoice_free(inv);
	inv = invoice();
	line(inv, "1", "1", "100", "K", "0");
	vat(inv, "K", "0", "100.00", "1");
	assert_error_has(fx_invoice_compute(inv, NULL), FX_EMISMATCH, "BR-IC-09", NULL, NULL);
	fx_invoice_free(inv);
}
END_TEST

START_TEST(breakdown_basis_checked)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "1", "100", "S", "20");
	doc_ac(inv, false, "10", NULL, NULL, "S", "20");
	vat(inv, "S", "20", "100.00", "20.00");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "VAT breakdown (BG-23) for category S rate 20: BT-116 VAT category taxable "
	             "amount is 100.00 but the invoice lines, allowances and charges of that "
	             "category and rate give 90.00 (BR-S-08)");
	fx_invoice_free(inv);
	/* Z: exact when strict, below 1.00 with rules_only (BR-Z-08) */
	inv = invoice();
	line(inv, "1", "1", "100", "Z", "0");
	vat(inv, "Z", "0", "100.99", "0");
	assert_error_has(compute(inv, 0, 0), FX_EMISMATCH, "BT-116", "BR-Z-08", "give 100.00");
	ck_assert_int_eq(compute(inv, 1, 1), FX_OK);
	inv->vat_breakdown[0].taxable_amount = D("101.00");
	assert_error_has(compute(inv, 1, 1), FX_EMISMATCH, "BT-116", "101.00", "BR-Z-08");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(breakdown_entries_must_match_groups)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "1", "100", "S", "20");
	line(inv, "2", "1", "50", "S", "10");
	vat(inv, "S", "20", NULL, NULL);
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "the VAT breakdown (BG-23) has no entry for category S rate 10, which "
	             "invoice lines, allowances or charges use (its BT-116 would be 50.00)");
	ck_assert(!inv->vat_breakdown[0].taxable_amount.set); /* untouched */
	vat(inv, "S", "10", NULL, NULL);
	vat(inv, "S", "5.5", "0.00", "0.00");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "VAT breakdown (BG-23) for category S rate 5.5: no invoice line, document "
	             "allowance or document charge has that VAT category and rate (BT-116 is "
	             "0.00)");
	inv->vat_breakdown[2].rate = D("10.0");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
	             "VAT breakdown (BG-23) for category S rate 10.0: the VAT breakdown has two "
	             "entries for it (entries 2 and 3)");
	inv->n_vat_breakdown = 2;
	compute_ok(inv);
	ck_assert_str_eq(S(inv->vat_breakdown[1].tax_amount), "5.00");
	/* O: the rate is ignored when matching (XRechnung-O states 0.0000) */
	fx_invoice_free(inv);
	inv = invoice();
	line(inv, "1", "1", "3200", "O", NULL);
	vat(inv, "O", "0.0000", NULL, "0.00");
	compute_ok(inv);
	ck_assert_str_eq(S(inv->vat_breakdown[0].taxable_amount), "3200.00");
	ck_assert_str_eq(S(inv->totals.tax_total), "0.00");
	ck_assert_str_eq(S(inv->totals.grand_total), "3200.00");
	fx_invoice_free(inv);
	/* malformed entries */
	inv = invoice();
	line(inv, "1", "1", "1", "S", "20");
	vat(inv, NULL, "20", NULL, NULL);
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "VAT breakdown (BG-23) entry 1: BT-118 VAT category code is missing (BR-47)");
	text(inv, &inv->vat_breakdown[0].category, "S");
	inv->vat_breakdown[0].rate = (fx_decimal){0};
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "VAT breakdown (BG-23) entry 1 (category S): BT-119 VAT category rate is "
	             "missing (BR-48)");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(missing_data)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "1", "10", "S", "20");
	line(inv, "3", NULL, "10", "S", "20");
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "line 3: BT-129 invoiced quantity is missing (needed to compute BT-131 line "
	             "net amount)");
	inv->lines[1].quantity = D("2");
	inv->lines[1].net_price = (fx_decimal){0};
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "line 3: BT-146 item net price is missing (give it, or BT-148 item gross "
	             "price; needed to compute BT-131 line net amount)");
	inv->lines[1].net_price = D("10");
	inv->lines[1].base_quantity = D("0.000");
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "line 3: BT-149 item price base quantity is zero");
	inv->lines[1].base_quantity = (fx_decimal){0};
	inv->lines[1].vat_rate = (fx_decimal){0};
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "line 3: BT-152 VAT rate is missing (VAT category S, BR-S-05)");
	inv->lines[1].vat_category = NULL;
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "line 3: BT-151 VAT category code is missing (BR-CO-04)");
	/* a line without an identifier is named by its position */
	text(inv, &inv->lines[1].vat_category, "S");
	inv->lines[1].vat_rate = D("20");
	inv->lines[1].id = NULL;
	inv->lines[1].quantity = (fx_decimal){0};
	assert_error_has(fx_invoice_compute(inv, NULL), FX_EINVAL,
	                 "line #2 (no BT-126 identifier): BT-129", NULL, NULL);
	fx_invoice_free(inv);

	inv = invoice();
	line(inv, "1", "1", "10", "S", "20");
	fx_allowance_charge *ac = doc_ac(inv, false, NULL, "100", NULL, "S", "20");
	text(inv, &ac->reason_code, "95");
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "document allowance 1 (\"95\"): BT-92 allowance amount is missing (give it, "
	             "or BT-93 base amount and BT-94 percentage)");
	inv->allowances_charges[0].amount = D("1");
	inv->allowances_charges[0].vat_category = NULL;
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "document allowance 1 (\"95\"): BT-95 VAT category code is missing (BR-32)");
	size_t i = 0;
	line_ac(inv, i, true, NULL, NULL, "5");
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "line 1: BT-141 line charge amount is missing (give it, or BT-142 base "
	             "amount and BT-143 percentage)");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(check_only_never_fills)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "2", "10", "S", "20");
	line(inv, "2", NULL, NULL, NULL, NULL); /* nothing known: not an error */
	doc_ac(inv, true, NULL, NULL, NULL, NULL, NULL);
	inv->totals.grand_total = D("999.99"); /* cannot be checked: BT-131 of line 2 unknown */
	ck_assert_int_eq(compute(inv, 1, 0), FX_OK);
	ck_assert(!inv->lines[0].net_amount.set);
	ck_assert(!inv->totals.line_total.set);
	ck_assert_uint_eq(inv->n_vat_breakdown, 0);
	/* what can be checked still is: BT-106 stated but line 2 unknown -> skipped,
	 * BT-109 = stated BT-106 - ... */
	inv->totals.line_total = D("20.00");
	inv->totals.tax_basis_total = D("19.00");
	ck_assert_int_eq(compute(inv, 1, 0), FX_OK); /* BT-108 unknown: cannot check */
	inv->allowances_charges[0].amount = D("1.00");
	assert_error_has(compute(inv, 1, 0), FX_EMISMATCH, "BT-109", "19.00", "gives 21.00");
	ck_assert(!inv->totals.charge_total.set);
	/* the same invoice cannot be completed */
	ck_assert_int_eq(compute(inv, 0, 0), FX_EINVAL);
	ck_assert(!inv->lines[0].net_amount.set);
	fx_invoice_free(inv);
	/* check_only also checks a stated breakdown entry against its own BT-116 */
	inv = invoice();
	line(inv, "1", "1", "10", NULL, NULL);
	vat(inv, "S", "20", "10.00", "3.50");
	assert_error_has(compute(inv, 1, 0), FX_EMISMATCH, "BT-117", "3.50", "gives 2.00");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(decimals_rules)
{
	static const struct {
		const char *bt, *rule;
	} cases[] = {{"BT-131", "BR-DEC-23"}, {"BT-136", "BR-DEC-24"}, {"BT-137", "BR-DEC-25"},
	             {"BT-141", "BR-DEC-27"}, {"BT-142", "BR-DEC-28"}, {"BT-92", "BR-DEC-01"},
	             {"BT-93", "BR-DEC-02"},  {"BT-99", "BR-DEC-05"},  {"BT-100", "BR-DEC-06"},
	             {"BT-116", "BR-DEC-19"}, {"BT-117", "BR-DEC-20"}, {"BT-113", "BR-DEC-16"},
	             {"BT-114", "BR-DEC-17"}, {"BT-115", "BR-DEC-18"}, {"BT-111", "BR-DEC-15"},
	             {"BT-112", "BR-DEC-14"}, {"BT-110", "BR-DEC-13"}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		fx_invoice *inv = invoice();
		size_t i = line(inv, "1", "1", "10", "S", "20");
		fx_allowance_charge *la = line_ac(inv, i, false, "1", NULL, NULL);
		fx_allowance_charge *lc = line_ac(inv, i, true, "1", NULL, NULL);
		fx_allowance_charge *da = doc_ac(inv, false, "1", NULL, NULL, "S", "20");
		fx_allowance_charge *dc = doc_ac(inv, true, "1", NULL, NULL, "S", "20");
		fx_vat_breakdown *b = vat(inv, "S", "20", NULL, NULL);
		fx_decimal bad = D("1.001");
		const char *bt = cases[k].bt;
		if (!strcmp(bt, "BT-131"))
			inv->lines[i].net_amount = bad;
		if (!strcmp(bt, "BT-136"))
			la->amount = bad;
		if (!strcmp(bt, "BT-137"))
			la->base_amount = bad;
		if (!strcmp(bt, "BT-141"))
			lc->amount = bad;
		if (!strcmp(bt, "BT-142"))
			lc->base_amount = bad;
		if (!strcmp(bt, "BT-92"))
			da->amount = bad;
		if (!strcmp(bt, "BT-93"))
			da->base_amount = bad;
		if (!strcmp(bt, "BT-99"))
			dc->amount = bad;
		if (!strcmp(bt, "BT-100"))
			dc->base_amount = bad;
		if (!strcmp(bt, "BT-116"))
			b->taxable_amount = bad;
		if (!strcmp(bt, "BT-117"))
			b->tax_amount = bad;
		if (!strcmp(bt, "BT-113"))
			inv->totals.prepaid = bad;
		if (!strcmp(bt, "BT-114"))
			inv->totals.rounding = bad;
		if (!strcmp(bt, "BT-115"))
			inv->totals.due = bad;
		if (!strcmp(bt, "BT-111"))
			inv->totals.tax_total_accounting = bad;
		if (!strcmp(bt, "BT-112"))
			inv->totals.grand_total = bad;
		if (!strcmp(bt, "BT-110"))
			inv->totals.tax_total = bad;
		int rc = compute(inv, k % 2, 0); /* in both modes */
		assert_error_has(rc, FX_EINVAL, bt, cases[k].rule,
		                 "1.001 has more than 2 decimals");
		fx_invoice_free(inv);
	}
	fx_invoice *inv = invoice();
	size_t i = line(inv, "9", "1", "10", "S", "20");
	inv->lines[i].net_amount = D("10.000"); /* trailing zeros count (BR-DEC-23) */
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
	             "line 9: BT-131 line net amount 10.000 has more than 2 decimals (BR-DEC-23)");
	fx_invoice_free(inv);
}
END_TEST

START_TEST(usage_and_options)
{
	ck_assert_int_eq(fx_invoice_compute(NULL, NULL), FX_EUSAGE);
	fx_invoice *inv = invoice();
	fx_compute_options o = FX_COMPUTE_OPTIONS_INIT;
	o.version = 99;
	ck_assert_int_eq(fx_invoice_compute(inv, &o), FX_EUSAGE);
	/* an invoice without lines must state its totals */
	assert_error(fx_invoice_compute(inv, NULL), FX_EINVAL,
		     "BT-109 invoice total amount without VAT is missing and cannot be "
		     "computed: an invoice without lines must state its totals");
	ck_assert(!inv->totals.due.set);
	fx_invoice_free(inv);
}
END_TEST

/* A summary invoice (MINIMUM, BASIC WL: no lines) keeps its stated VAT
 * breakdown and totals; they are checked against each other only. */
START_TEST(summary_invoice_without_lines)
{
	fx_invoice *inv = invoice();
	fx_allowance_charge *c;
	ck_assert_int_eq(fx_invoice_add_allowance_charge(inv, true, &c), FX_OK);
	c->amount = D("15.00");
	text(inv, &c->vat_category, "S");
	c->vat_rate = D("20");
	vat(inv, "S", "20", "415.00", "83.00");
	vat(inv, "S", "5.5", "60.00", NULL);
	inv->totals.line_total = D("460.00");
	compute_ok(inv);
	ck_assert_str_eq(S(inv->vat_breakdown[1].tax_amount), "3.30");
	ck_assert_str_eq(S(inv->totals.charge_total), "15.00");
	ck_assert_str_eq(S(inv->totals.tax_basis_total), "475.00");
	ck_assert_str_eq(S(inv->totals.tax_total), "86.30");
	ck_assert_str_eq(S(inv->totals.grand_total), "561.30");
	ck_assert_str_eq(S(inv->totals.due), "561.30");
	fx_invoice_free(inv);

	/* MINIMUM: only the totals; BT-112 must still be BT-109 + BT-110 */
	inv = invoice();
	inv->totals.tax_basis_total = D("1250.00");
	inv->totals.tax_total = D("250.00");
	inv->totals.grand_total = D("1500.01");
	assert_error(fx_invoice_compute(inv, NULL), FX_EMISMATCH,
		     "BT-112 invoice total amount with VAT is 1500.01 but the computation "
		     "gives 1500.00 (BT-109 1250.00 + BT-110 250.00) (BR-CO-15)");
	inv->totals.grand_total = D("1500.00");
	compute_ok(inv);
	ck_assert_str_eq(S(inv->totals.due), "1500.00");
	ck_assert(!inv->totals.line_total.set);
	fx_invoice_free(inv);
}
END_TEST

START_TEST(overflow_is_reported)
{
	fx_invoice *inv = invoice();
	line(inv, "1", "9000000000", "9000000000", "S", "20");
	assert_error_has(fx_invoice_compute(inv, NULL), FX_EOVERFLOW, "line 1: BT-131", NULL, NULL);
	fx_invoice_free(inv);
	inv = invoice();
	line(inv, "1", "1", "90000000000000000.00", "S", "20");
	line(inv, "2", "1", "90000000000000000.00", "S", "20");
	ck_assert_int_eq(fx_invoice_compute(inv, NULL), FX_EOVERFLOW);
	ck_assert(!inv->lines[0].net_amount.set);
	fx_invoice_free(inv);
}
END_TEST

/* Registers the tests of this file. */ /* Registers the tests of this file. */
static Suite *compute_suite(void)
{
	Suite *s = suite_create("compute");
	TCase *tc = tcase_create("fill");
	tcase_add_test(tc, simple_invoice_filled);
	tcase_add_test(tc, every_vat_category);
	tcase_add_test(tc, allowances_charges_with_percentages);
	tcase_add_test(tc, net_price_and_base_quantity);
	tcase_add_test(tc, prepaid_and_rounding);
	suite_add_tcase(s, tc);
	tc = tcase_create("check");
	tcase_add_test(tc, mismatch_line_net);
	tcase_add_test(tc, mismatch_totals);
	tcase_add_test(tc, mismatch_allowances_and_prices);
	tcase_add_test(tc, stated_breakdown_checked_and_completed);
	tcase_add_test(tc, breakdown_tax_tolerance);
	tcase_add_test(tc, breakdown_basis_checked);
	tcase_add_test(tc, breakdown_entries_must_match_groups);
	tcase_add_test(tc, missing_data);
	tcase_add_test(tc, check_only_never_fills);
	tcase_add_test(tc, decimals_rules);
	tcase_add_test(tc, usage_and_options);
	tcase_add_test(tc, summary_invoice_without_lines);
	tcase_add_test(tc, overflow_is_reported);
	suite_add_tcase(s, tc);
	return s;
}

/* Runs the computation tests in the environment's locale. */
int main(void)
{
	setlocale(LC_ALL, "");
	return fx_test_run(compute_suite());
}
