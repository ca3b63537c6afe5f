/*
 * The blocks of a works statement's page: the marché and the statement
 * (works_contract), the three-column décompte (works_decompte) with the
 * bonuses, penalties and direct payments of the statement, and "Arrêté le
 * présent décompte à la somme de ..." (works_words). Labels are the
 * "works_*" keys of the templates' labels.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "facturx/render.h"
#include "facturx/works.h"
#include "render/layout.h"

#define FX_WORKS_PAIRS 16

static const char *const kind_keys[] = {"monthly", "final", "dgd"};
static const char *const role_keys[] = {"titulaire", "mandataire", "cotraitant", "sous-traitant"};

/* Title of a works statement. */
const char *fx_works_title(const fx_layout *L)
{
	return fx_label_in(L->tpl, "works_titles", kind_keys[L->works->kind]);
}

/* Formats a percentage ("10 %"), "" when absent. */
static const char *pct(fx_layout *L, fx_decimal v, char *buf, size_t size)
{
	buf[0] = '\0';
	if (v.set && fx_fmt_percent(L->fmt, v, buf, size))
		buf[0] = '\0';
	return buf;
}

/* Formats a plain number with its own decimals ("129,8"). */
static const char *number(fx_layout *L, fx_decimal v, char *buf, size_t size)
{
	buf[0] = '\0';
	if (v.set && fx_fmt_number(L->fmt, fx_decimal_normalize(v), 0, buf, size))
		buf[0] = '\0';
	return buf;
}

/* Writes "name (SIRET x)" of a party into buf ("" without a name). */
static const char *party(const fx_layout *L, const fx_works_party *p, char *buf, size_t size)
{
	if (!p->name)
		buf[0] = '\0';
	else if (p->siret)
		snprintf(buf, size, "%s (%s %s)", p->name, fx_label(L->tpl, "siret"), p->siret);
	else
		snprintf(buf, size, "%s", p->name);
	return buf;
}

/* Writes the statement's number and period. */
static const char *statement_text(fx_layout *L, char *buf, size_t size)
{
	const fx_works_statement *st = L->works;
	char n[32], a[FX_FMT_MAX], b[FX_FMT_MAX], tmp[512], period[512] = "";
	snprintf(n, sizeof n, "%u", st->number);
	if (!fx_date_is_absent(st->period.start) && !fx_date_is_absent(st->period.end)) {
		fx_lay_subst(fx_label(L->tpl, "period_value"), "start",
		             fx_lay_date(L, st->period.start, a, sizeof a), tmp, sizeof tmp);
		fx_lay_subst(tmp, "end", fx_lay_date(L, st->period.end, b, sizeof b), period,
		             sizeof period);
	}
	fx_lay_subst(fx_label(L->tpl, "works_statement_value"), "number", n, tmp, sizeof tmp);
	fx_lay_subst(tmp, "period", period, buf, size);
	return buf;
}

/* Writes the amendments ("n° 1 du 20/02/2025 : 12 000,00 ; ..."). */
static const char *amendments(fx_layout *L, char *buf, size_t size)
{
	const fx_works_contract *c = L->works->contract;
	buf[0] = '\0';
	for (size_t i = 0; i < c->n_amendments; i++) {
		const fx_works_amendment *a = &c->amendments[i];
		char d[FX_FMT_MAX], v[FX_FMT_MAX], one[256], tmp[256];
		fx_lay_subst(fx_label(L->tpl, "works_amendment_value"), "number", a->number, tmp,
		             sizeof tmp);
		fx_lay_subst(tmp, "date", fx_lay_date(L, a->date, d, sizeof d), one, sizeof one);
		size_t n = strlen(buf);
		snprintf(buf + n, size - n, "%s%s : %s", n ? " ; " : "", one,
		         fx_lay_amount(L, a->amount, 1, v, sizeof v));
	}
	return buf;
}

/* Writes the advance line. */
static const char *advance(fx_layout *L, char *buf, size_t size)
{
	const fx_works_contract *c = L->works->contract;
	if (!c->has_advance) {
		snprintf(buf, size, "%s", fx_label(L->tpl, "works_none"));
		return buf;
	}
	char r[FX_FMT_MAX], a[FX_FMT_MAX], s[FX_FMT_MAX], e[FX_FMT_MAX], t1[512], t2[512];
	fx_lay_subst(fx_label(L->tpl, c->advance_rate.set ? "works_advance_value"
	                                                  : "works_advance_amount_value"),
	             "rate", pct(L, c->advance_rate, r, sizeof r), t1, sizeof t1);
	fx_lay_subst(t1, "amount", fx_lay_amount(L, c->advance_amount, 1, a, sizeof a), t2,
	             sizeof t2);
	fx_lay_subst(t2, "start", pct(L, c->advance_start, s, sizeof s), t1, sizeof t1);
	fx_lay_subst(t1, "end", pct(L, c->advance_end, e, sizeof e), buf, size);
	return buf;
}

/* Writes the retention line. */
static const char *retention(fx_layout *L, char *buf, size_t size)
{
	const fx_works_contract *c = L->works->contract;
	char r[FX_FMT_MAX];
	if (c->guarantee)
		return fx_lay_subst(fx_label(L->tpl, "works_guarantee_value"), "guarantee",
		                    c->guarantee, buf, size);
	return fx_lay_subst(fx_label(L->tpl, "works_retention_value"), "rate",
	                    pct(L, c->retention_rate, r, sizeof r), buf, size);
}

/* Writes the revision formula ("Cn = 0,125 + 0,875 × In/I0 (BT01, I0 = 129,8)"). */
static const char *formula(fx_layout *L, char *buf, size_t size)
{
	const fx_works_contract *c = L->works->contract;
	if (!c->has_revision) {
		snprintf(buf, size, "%s", fx_label(L->tpl, "works_prices_firm"));
		return buf;
	}
	char a[FX_FMT_MAX], b[FX_FMT_MAX], i0[FX_FMT_MAX], f[512];
	snprintf(f, sizeof f, "Cn = %s + %s × In/I0 (%s%sI0 = %s)",
	         number(L, c->fixed_part, a, sizeof a), number(L, c->variable_part, b, sizeof b),
	         c->index_name ? c->index_name : "", c->index_name ? ", " : "",
	         number(L, c->base_index, i0, sizeof i0));
	return fx_lay_subst(fx_label(L->tpl, "works_prices_revised"), "formula", f, buf, size);
}

/* The marché block: references, parties, amounts, advance, retention, prices. */
int fx_block_works_contract(fx_layout *L, float x, float w, float *h)
{
	*h = 0;
	if (!L->works)
		return 0;
	const fx_works_statement *st = L->works;
	const fx_works_contract *c = st->contract;
	const fx_template *t = L->tpl;
	char v[FX_WORKS_PAIRS][1024], tmp[256];
	const char *labels[FX_WORKS_PAIRS] = {
	    fx_label(t, "works_marche"),    fx_label(t, "works_lot"),
	    fx_label(t, "works_object"),    fx_label(t, "works_buyer"),
	    fx_label(t, "works_moe"),       fx_label(t, "works_titulaire"),
	    fx_label(t, "works_depositor"), fx_label(t, "works_statement"),
	    fx_label(t, "works_initial"),   fx_label(t, "works_amendments"),
	    fx_label(t, "works_amount"),    fx_label(t, "works_advance"),
	    fx_label(t, "works_retention"), fx_label(t, "works_prices"),
	    fx_label(t, "works_executed"),  fx_label(t, "works_vat")};
	const char *values[FX_WORKS_PAIRS];
	for (int i = 0; i < FX_WORKS_PAIRS; i++)
		v[i][0] = '\0';
	snprintf(v[0], sizeof v[0], "%s", c->number);
	snprintf(v[1], sizeof v[1], "%s", c->lot ? c->lot : "");
	snprintf(v[2], sizeof v[2], "%s", c->object ? c->object : "");
	party(L, &c->buyer, v[3], sizeof v[3]);
	party(L, &c->moe, v[4], sizeof v[4]);
	if (st->role == FX_WORKS_COTRAITANT || st->role == FX_WORKS_SOUS_TRAITANT)
		party(L, &c->titulaire, v[5], sizeof v[5]);
	const char *role = fx_label_in(t, "works_roles", role_keys[st->role]);
	snprintf(v[6], sizeof v[6], "%s", role ? role : role_keys[st->role]);
	statement_text(L, v[7], sizeof v[7]);
	fx_lay_amount(L, c->initial_amount, 1, v[8], sizeof v[8]);
	amendments(L, v[9], sizeof v[9]);
	if (c->n_amendments)
		fx_lay_amount(L, c->amount, 1, v[10], sizeof v[10]);
	advance(L, v[11], sizeof v[11]);
	retention(L, v[12], sizeof v[12]);
	formula(L, v[13], sizeof v[13]);
	fx_lay_subst(fx_label(t, "works_executed_value"), "percent",
	             pct(L, st->executed_percent, tmp, sizeof tmp), v[14], sizeof v[14]);
	if (st->reverse_charge)
		snprintf(v[15], sizeof v[15], "%s", fx_label(t, "works_reverse_charge"));
	else
		pct(L, c->vat_rate, v[15], sizeof v[15]);
	for (int i = 0; i < FX_WORKS_PAIRS; i++)
		values[i] = v[i];
	float lw = w * 0.34f, hh, ph;
	int rc = fx_lay_heading(L, x, L->y, w, fx_label(t, "works_heading"), &hh);
	if (!rc)
		rc = fx_lay_pairs(L, x, L->y + hh, w, lw, labels, values, FX_WORKS_PAIRS, &ph);
	*h = hh + ph;
	return rc;
}

/** How a row of the décompte is drawn. */
typedef struct row_style {
	const char *key; /* label key */
	int emphasis;    /* 0 normal, 1 bold, 2 highlighted */
	int always;      /* shown even when all three columns are zero */
} row_style;

static const row_style row_styles[FX_WORKS_ROW_COUNT] = {{"works_row_advance_paid", 0, 0},
                                                         {"works_row_works", 0, 1},
                                                         {"works_row_revision", 0, 0},
                                                         {"works_row_bonuses", 0, 0},
                                                         {"works_row_net", 1, 1},
                                                         {"works_row_vat", 0, 1},
                                                         {"works_row_gross", 1, 1},
                                                         {"works_row_retention", 0, 0},
                                                         {"works_row_advance_repaid", 0, 0},
                                                         {"works_row_penalties", 0, 0},
                                                         {"works_row_deductions", 1, 1},
                                                         {"works_row_due", 1, 1},
                                                         {"works_row_subcontractors", 0, 0},
                                                         {"works_row_payable", 2, 0}};

/* True when all three columns of c are zero. */
static int all_zero(const fx_works_columns *c)
{
	return fx_decimal_is_zero(c->to_date) && fx_decimal_is_zero(c->previous) &&
	       fx_decimal_is_zero(c->current);
}

/* Draws one row of the décompte table at *y: a wrapped label and three amounts. */
static int decompte_row(fx_layout *L, float x, float w, float *y, const char *const *cells,
                        int emphasis, int header)
{
	static const float frac[] = {0.43f, 0.19f, 0.19f, 0.19f};
	const fx_template *t = L->tpl;
	fx_style st = header          ? fx_lay_style(L, 1, -0.5f, t->colors.accent_text)
	              : emphasis == 2 ? fx_lay_style(L, 1, 0.5f, t->colors.accent_text)
	              : emphasis      ? fx_lay_style(L, 1, 0, t->colors.text)
	                              : fx_lay_base(L);
	size_t box = L->dl->n;
	int filled = header || emphasis == 2;
	int rc = filled ? fx_dlist_rect(L->dl, L->page, x, *y, w, 0, t->colors.accent) : 0;
	float th = 0, cx = x + w * frac[0];
	if (!rc)
		rc = fx_lay_para(L, st, x + 3, *y + 2.5f, w * frac[0] - 6, FX_ALIGN_LEFT, cells[0],
		                 &th);
	for (int i = 1; i < 4 && !rc; i++) {
		float ch = 0;
		rc = fx_lay_para(L, st, cx, *y + 2.5f, w * frac[i] - 4, FX_ALIGN_RIGHT, cells[i],
		                 &ch);
		th = ch > th ? ch : th;
		cx += w * frac[i];
	}
	float rh = th + 5;
	if (!rc && filled)
		L->dl->ops[box].y2 = rh; /* the background, added first, now gets its height */
	*y += rh;
	if (!rc && !header && emphasis != 2)
		rc = fx_dlist_line(L->dl, L->page, x, *y, x + w, *y, emphasis ? 0.6f : 0.3f,
		                   t->colors.rule);
	return rc;
}

/* Draws the events (bonuses, penalties) and direct payments under the table. */
static int decompte_details(fx_layout *L, float x, float w, float *y)
{
	const fx_works_statement *st = L->works;
	fx_style m = fx_lay_style(L, 0, -0.5f, L->tpl->colors.muted);
	int rc = 0;
	size_t n = st->n_bonuses + st->n_penalties + st->n_direct_payments;
	for (size_t i = 0; i < n && !rc; i++) {
		char line[1024], a[FX_FMT_MAX], days[FX_FMT_MAX + 32] = "";
		float ph = 0;
		if (i < st->n_bonuses + st->n_penalties) {
			int bonus = i < st->n_bonuses;
			const fx_works_event *e =
			    bonus ? &st->bonuses[i] : &st->penalties[i - st->n_bonuses];
			if (e->days.set) {
				char d[FX_FMT_MAX];
				fx_lay_subst(fx_label(L->tpl, "works_days"), "days",
				             number(L, e->days, d, sizeof d), days, sizeof days);
			}
			snprintf(line, sizeof line, "%s (%s %u) : %s%s%s – %s",
			         fx_label(L->tpl, bonus ? "works_bonus" : "works_penalty"),
			         fx_label(L->tpl, "works_statement_short"), e->statement, e->label,
			         *days ? ", " : "", days,
			         fx_lay_amount(L, e->amount, 1, a, sizeof a));
		} else {
			const fx_works_direct_payment *p =
			    &st->direct_payments[i - st->n_bonuses - st->n_penalties];
			char b[FX_FMT_MAX];
			snprintf(line, sizeof line, "%s : %s – %s %s, %s %s",
			         fx_label(L->tpl, "works_direct_payment"), p->name,
			         fx_label(L->tpl, "works_col_to_date"),
			         fx_lay_amount(L, p->amount.to_date, 1, a, sizeof a),
			         fx_label(L->tpl, "works_col_current"),
			         fx_lay_amount(L, p->amount.current, 1, b, sizeof b));
		}
		rc = fx_lay_para(L, m, x + 3, *y + 1.5f, w - 6, FX_ALIGN_LEFT, line, &ph);
		*y += ph + 1;
	}
	return rc;
}

/* The décompte block: the three-column table of the payment certificate. */
int fx_block_works_decompte(fx_layout *L, float x, float w, float *h)
{
	*h = 0;
	if (!L->works)
		return 0;
	const fx_works_statement *st = L->works;
	const fx_template *t = L->tpl;
	char prev[256], n[32], cap[256];
	snprintf(n, sizeof n, "%u", st->previous_number);
	fx_lay_subst(
	    fx_label(t, st->previous_number ? "works_col_previous_of" : "works_col_previous"),
	    "number", n, prev, sizeof prev);
	float y = L->y, hh;
	int rc = fx_lay_heading(L, x, y, w, fx_label(t, "works_decompte"), &hh);
	y += hh;
	fx_style cs = fx_lay_style(L, 0, -1, t->colors.muted);
	if (!rc)
		rc = fx_lay_line(L, cs, x, w, FX_ALIGN_RIGHT, y,
		                 fx_lay_subst(fx_label(t, "amounts_in"), "currency", st->currency,
		                              cap, sizeof cap));
	y += fx_lay_lh(cs.size);
	const char *head[] = {fx_label(t, "works_col_row"), fx_label(t, "works_col_to_date"), prev,
	                      fx_label(t, "works_col_current")};
	if (!rc)
		rc = decompte_row(L, x, w, &y, head, 0, 1);
	for (int r = 0; r < FX_WORKS_ROW_COUNT && !rc; r++) {
		const fx_works_columns *c = &st->rows[r];
		if (!row_styles[r].always && all_zero(c))
			continue;
		char a[FX_FMT_MAX], b[FX_FMT_MAX], d[FX_FMT_MAX];
		const char *cells[] = {fx_label(t, row_styles[r].key),
		                       fx_lay_amount(L, c->to_date, 0, a, sizeof a),
		                       fx_lay_amount(L, c->previous, 0, b, sizeof b),
		                       fx_lay_amount(L, c->current, 0, d, sizeof d)};
		rc = decompte_row(L, x, w, &y, cells, row_styles[r].emphasis, 0);
	}
	if (!rc)
		rc = decompte_details(L, x, w, &y);
	*h = y - L->y;
	return rc;
}

/* "Arrêté le présent décompte à la somme de ..." for the amount payable. */
int fx_block_works_words(fx_layout *L, float x, float w, float *h)
{
	*h = 0;
	if (!L->works || !L->amount_in_words)
		return 0;
	const fx_works_statement *st = L->works;
	char *words = NULL;
	int rc = fx_render_amount_in_words(st->rows[FX_WORKS_ROW_PAYABLE].current, st->currency,
	                                   L->tpl->lang, &words);
	if (rc)
		return rc;
	char buf[2048];
	fx_lay_subst(fx_label(L->tpl, "works_words"), "amount", words, buf, sizeof buf);
	free(words);
	return fx_lay_para(L, fx_lay_style(L, 1, 0, L->tpl->colors.text), x, L->y, w, FX_ALIGN_LEFT,
	                   buf, h);
}
