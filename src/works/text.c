/*
 * The décompte as plain text ("facturx works show"): one line per row with
 * the three columns (total to date, previous cumulative, this statement),
 * in French or English; amounts with a dot, whatever the locale.
 */
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "works/works_internal.h"

/* Row labels: French, English. */
static const char *const labels[FX_WORKS_ROW_COUNT][2] = {
    {"a) Avance versée", "a) Advance paid"},
    {"b) Travaux HT aux prix de base", "b) Works before tax at base prices"},
    {"c) Révision des prix", "c) Price revision"},
    {"d) Primes", "d) Bonuses"},
    {"   Total HT (b + c + d)", "   Total before tax (b + c + d)"},
    {"e) TVA", "e) VAT"},
    {"f) Total TTC", "f) Total with tax"},
    {"g) Retenue de garantie", "g) Retention"},
    {"h) Remboursement de l'avance", "h) Advance reimbursement"},
    {"   Pénalités", "   Penalties"},
    {"i) Total à déduire", "i) Total to deduct"},
    {"j) Net à payer (f - i)", "j) Net to pay (f - i)"},
    {"k) Dont sous-traitants (paiement direct)", "k) Of which subcontractors paid directly"},
    {"   Net au déposant (j - k)", "   Payable to the depositor (j - k)"},
};

/* Number of characters (code points) of UTF-8 s. */
static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Appends s padded with spaces to width characters. */
static void pad(fx_buf *b, const char *s, size_t width)
{
	fx_buf_puts(b, s);
	for (size_t n = chars(s); n < width; n++)
		fx_buf_puts(b, " ");
}

/* The title of the statement. */
static void title(fx_buf *b, const fx_works_statement *st, int en)
{
	static const char *const kinds[3][2] = {
	    {"Projet de décompte mensuel", "Monthly statement (projet de décompte mensuel)"},
	    {"Projet de décompte final", "Draft final account (projet de décompte final)"},
	    {"Décompte général et définitif", "Final account (DGD)"}};
	fx_buf_printf(b, "%s %s %u - %s %s - %s %s\n", kinds[st->kind][en], en ? "no." : "n°",
	              st->number, en ? "marché" : "marché", st->contract->number,
	              en ? "cadre" : "cadre", st->cadre ? st->cadre : "A1");
	if (st->previous_number)
		fx_buf_printf(b,
		              en ? "Previous cumulative: statement %u\n"
		                 : "Cumul antérieur : décompte n° %u\n",
		              st->previous_number);
}

/* Writes the décompte as text. */
int fx_works_statement_text(const fx_works_statement *st, const char *lang, char **out)
{
	if (!st || !out)
		return fx_error_set(FX_EUSAGE, "fx_works_statement_text: NULL argument");
	int en = lang && strncmp(lang, "en", 2) == 0;
	fx_buf b = {0};
	title(&b, st, en);
	char head[64];
	snprintf(head, sizeof head, "%s %s", en ? "Amounts in" : "Montants en", st->currency);
	pad(&b, head, 46);
	const char *cols[] = {en ? "To date" : "À ce jour", en ? "Previous" : "Antérieur",
	                      en ? "This statement" : "Ce décompte"};
	for (int i = 0; i < 3; i++) {
		fx_buf_puts(&b, " ");
		for (size_t n = chars(cols[i]); n < 18; n++)
			fx_buf_puts(&b, " ");
		fx_buf_puts(&b, cols[i]);
	}
	fx_buf_puts(&b, "\n");
	for (int i = 0; i < FX_WORKS_ROW_COUNT; i++) {
		char a[64], p[64], c[64];
		const fx_works_columns *r = &st->rows[i];
		pad(&b, labels[i][en], 46);
		fx_buf_printf(&b, " %18s %18s %18s\n", fx_wk_fmt(r->to_date, a, sizeof a),
		              fx_wk_fmt(r->previous, p, sizeof p),
		              fx_wk_fmt(r->current, c, sizeof c));
	}
	if (b.failed) {
		fx_buf_free(&b);
		return fx_error_oom();
	}
	*out = fx_buf_detach(&b, NULL);
	return FX_OK;
}
