/*
 * The CII writer: payee (BG-10), payment instructions (BG-16..BG-19) and
 * payment terms (BT-20, BT-9, BT-89).
 */
#include <stdio.h>

#include "cii/write_ctx.h"

/* Value of an IBAN character for the ISO 13616 check (-1 if not alnum). */
static int iban_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return -1;
}

/* True when s is an IBAN (ISO 13616: two letters, two check digits, up to
 * 30 more letters or digits, mod 97 == 1); spaces are ignored. */
static bool looks_like_iban(const char *s)
{
	char c[40];
	size_t n = 0;
	for (; *s; s++) {
		if (*s == ' ')
			continue;
		if (n == sizeof c)
			return false;
		c[n++] = *s;
	}
	if (n < 15 || n > 34 || iban_value(c[0]) < 10 || iban_value(c[1]) < 10 ||
	    iban_value(c[2]) < 0 || iban_value(c[2]) > 9 || iban_value(c[3]) < 0 ||
	    iban_value(c[3]) > 9)
		return false;
	unsigned rem = 0;
	for (size_t k = 0; k < n; k++) {
		int v = iban_value(c[(k + 4) % n]);
		if (v < 0)
			return false;
		rem = (v >= 10 ? rem * 100 : rem * 10) + (unsigned)v;
		rem %= 97;
	}
	return rem == 1;
}

/* Writes ram:PayeeTradeParty (BT-60, BT-59, BT-61). */
void fx_cw_payee(fx_cw *w)
{
	const fx_payee *p = &w->inv->payee;
	bool given = fx_cw_has(p->name) || fx_cw_has(p->id.id) || fx_cw_has(p->legal_id.id);
	if (!fx_cw_allow(w, P_WL, given, "BG-10 payee"))
		return;
	fx_cw_require(w, fx_cw_has(p->name), "BT-59 payee name");
	fx_cw_open(w, "ram:PayeeTradeParty");
	if (fx_cw_has(p->id.id))
		fx_cw_party_id(w, &p->id);
	fx_cw_text(w, "ram:Name", p->name);
	if (fx_cw_has(p->legal_id.id)) {
		fx_cw_open(w, "ram:SpecifiedLegalOrganization");
		fx_cw_leaf(w, "ram:ID", "schemeID", p->legal_id.scheme, NULL, NULL, p->legal_id.id);
		fx_cw_close(w, "ram:SpecifiedLegalOrganization");
	}
	fx_cw_close(w, "ram:PayeeTradeParty");
}

/* Writes the BG-18 card and BT-91 debited account (first means only). */
static void card_and_debit(fx_cw *w, const fx_payment *p)
{
	bool card = fx_cw_has(p->card_pan) || fx_cw_has(p->card_holder);
	if (fx_cw_allow(w, P_EN, card, "BG-18 payment card information")) {
		fx_cw_require(w, fx_cw_has(p->card_pan),
		              "BT-87 payment card primary account number");
		fx_cw_open(w, "ram:ApplicableTradeSettlementFinancialCard");
		fx_cw_text(w, "ram:ID", p->card_pan);
		if (fx_cw_has(p->card_holder))
			fx_cw_text(w, "ram:CardholderName", p->card_holder);
		fx_cw_close(w, "ram:ApplicableTradeSettlementFinancialCard");
	}
	if (fx_cw_allow(w, P_WL, fx_cw_has(p->debited_account),
	                "BT-91 debited account identifier")) {
		fx_cw_open(w, "ram:PayerPartyDebtorFinancialAccount");
		fx_cw_text(w, "ram:IBANID", p->debited_account);
		fx_cw_close(w, "ram:PayerPartyDebtorFinancialAccount");
	}
}

/* Writes a BG-17 account: IBANID when it is an IBAN, ProprietaryID else. */
static void credit_transfer(fx_cw *w, const fx_credit_transfer *ct)
{
	fx_cw_require(w, fx_cw_has(ct->account_id), "BT-84 payment account identifier");
	bool iban = fx_cw_has(ct->account_id) && looks_like_iban(ct->account_id);
	fx_cw_open(w, "ram:PayeePartyCreditorFinancialAccount");
	if (iban)
		fx_cw_text(w, "ram:IBANID", ct->account_id);
	fx_cw_opt(w, P_EN, "ram:AccountName", ct->account_name, "BT-85 payment account name");
	if (!iban)
		fx_cw_text(w, "ram:ProprietaryID", ct->account_id);
	fx_cw_close(w, "ram:PayeePartyCreditorFinancialAccount");
	if (fx_cw_allow(w, P_EN, fx_cw_has(ct->bic), "BT-86 payment service provider identifier")) {
		fx_cw_open(w, "ram:PayeeSpecifiedCreditorFinancialInstitution");
		fx_cw_text(w, "ram:BICID", ct->bic);
		fx_cw_close(w, "ram:PayeeSpecifiedCreditorFinancialInstitution");
	}
}

/* Writes ram:SpecifiedTradeSettlementPaymentMeans: one per BG-17 account
 * (CII holds one account per means), at least one. */
void fx_cw_payment_means(fx_cw *w)
{
	const fx_payment *p = &w->inv->payment;
	bool given = fx_cw_has(p->means_code) || fx_cw_has(p->means_text) ||
	             p->n_credit_transfers > 0 || fx_cw_has(p->card_pan) ||
	             fx_cw_has(p->card_holder) || fx_cw_has(p->debited_account);
	if (!fx_cw_allow(w, P_WL, given, "BG-16 payment instructions"))
		return;
	fx_cw_require(w, fx_cw_has(p->means_code), "BT-81 payment means type code");
	size_t n = p->n_credit_transfers > 0 ? p->n_credit_transfers : 1;
	for (size_t i = 0; i < n; i++) {
		fx_cw_open(w, "ram:SpecifiedTradeSettlementPaymentMeans");
		fx_cw_text(w, "ram:TypeCode", p->means_code);
		fx_cw_opt(w, P_EN, "ram:Information", p->means_text, "BT-82 payment means text");
		if (i == 0)
			card_and_debit(w, p);
		if (i < p->n_credit_transfers) {
			snprintf(w->where, sizeof w->where, "credit transfer %zu", i + 1);
			credit_transfer(w, &p->credit_transfers[i]);
			w->where[0] = '\0';
		}
		fx_cw_close(w, "ram:SpecifiedTradeSettlementPaymentMeans");
	}
}

/* Writes ram:SpecifiedTradePaymentTerms (BT-20, BT-9, BT-89). */
void fx_cw_payment_terms(fx_cw *w)
{
	const fx_invoice *inv = w->inv;
	bool terms = fx_cw_allow(w, P_WL, fx_cw_has(inv->payment_terms), "BT-20 payment terms");
	bool due = fx_cw_allow(w, P_WL, !fx_date_is_absent(inv->due_date), "BT-9 payment due date");
	bool mandate = fx_cw_allow(w, P_WL, fx_cw_has(inv->payment.mandate_id),
	                           "BT-89 mandate reference identifier");
	if (!terms && !due && !mandate)
		return;
	fx_cw_open(w, "ram:SpecifiedTradePaymentTerms");
	if (terms)
		fx_cw_text(w, "ram:Description", inv->payment_terms);
	if (due)
		fx_cw_date(w, "ram:DueDateDateTime", "udt:DateTimeString", inv->due_date);
	if (mandate)
		fx_cw_text(w, "ram:DirectDebitMandateID", inv->payment.mandate_id);
	fx_cw_close(w, "ram:SpecifiedTradePaymentTerms");
}
