/*
 * Checking the statement part of a works description: role, kind and
 * number, progress of the work items, index values, bonuses, penalties,
 * direct payments and options.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "works/read_internal.h"

/* Allowed BT-23 overrides: Chorus Pro cadres A1..A25 and the reform codes. */
static const char *const reform_codes[] = {"B1", "S1", "M1", "B2", "S2", "M2", "S3",
                                           "B4", "S4", "M4", "S5", "S6", "B7", "S7",
                                           "B8", "S8", "M8", "B9", "S9", "M9"};

/* True when s is a cadre A1..A25 or a reform code of BR-FR-08. */
static bool known_cadre(const char *s)
{
	if (s[0] == 'A') {
		char *end = NULL;
		long n = strtol(s + 1, &end, 10);
		return s[1] >= '1' && s[1] <= '9' && *end == '\0' && n >= 1 && n <= 25;
	}
	for (size_t i = 0; i < sizeof reform_codes / sizeof reform_codes[0]; i++)
		if (strcmp(s, reform_codes[i]) == 0)
			return true;
	return false;
}

/* True when d is set, not negative. */
static bool not_negative(fx_decimal d)
{
	return d.set && fx_decimal_cmp(d, fx_decimal_from_int(0)) >= 0;
}

/* Finds the contract item id, or NULL. */
static const fx_works_item *find_item(const fx_works_contract *c, const char *id)
{
	for (size_t i = 0; i < c->n_items; i++)
		if (strcmp(c->items[i].id, id) == 0)
			return &c->items[i];
	return NULL;
}

/* Reports an unknown work item at place at, with the closest id. */
static int unknown_item(const fx_wk_at *at, const fx_works_contract *c, const char *id)
{
	const char **ids = malloc(c->n_items * sizeof *ids);
	if (!ids)
		return fx_error_oom();
	for (size_t i = 0; i < c->n_items; i++)
		ids[i] = c->items[i].id;
	const char *best = fx_wk_closest(id, ids, c->n_items);
	char hint[256] = "";
	if (best)
		snprintf(hint, sizeof hint, "; did you mean \"%s\"?", best);
	free(ids);
	return fx_wk_fail(at, "item", "no work item \"%s\" in the marché%s", id, hint);
}

/* Checks the role, the statement kind, number and period. */
static int check_identity(const fx_wk_at *o, const fx_wk_raw_works *raw, fx_works_description *d)
{
	if (!raw->role)
		return fx_wk_fail(
		    o, NULL,
		    "missing key 'role': \"titulaire\", \"mandataire\", \"cotraitant\" "
		    "or \"sous-traitant\"");
	if (fx_wk_role_parse(raw->role, &d->role))
		return fx_wk_fail(o, "role",
		                  "expected \"titulaire\", \"mandataire\", \"cotraitant\" or "
		                  "\"sous-traitant\", got \"%s\"",
		                  raw->role);
	fx_json_path step;
	fx_wk_at at = fx_wk_member(o, "statement", &step);
	if (!at.v)
		return fx_wk_fail(o, NULL,
		                  "missing key 'statement': {\"kind\": \"monthly\", \"number\": 1, "
		                  "\"period\": {...}}");
	const fx_wk_raw_statement *s = &raw->statement;
	if (!s->kind || fx_wk_kind_parse(s->kind, &d->kind))
		return fx_wk_fail(&at, "kind", "expected \"monthly\", \"final\" or \"dgd\"%s%s%s",
		                  s->kind ? ", got \"" : "", s->kind ? s->kind : "",
		                  s->kind ? "\"" : "");
	fx_decimal n = s->number;
	if (!n.set || fx_decimal_decimals(n) != 0 ||
	    fx_decimal_cmp(n, fx_decimal_from_int(1)) < 0 ||
	    fx_decimal_cmp(n, fx_decimal_from_int(9999)) > 0)
		return fx_wk_fail(&at, "number",
		                  "expected the statement number in the series, a whole number "
		                  "from 1 to 9999");
	n = fx_decimal_normalize(n);
	d->number = (unsigned)n.coef;
	d->period = s->period;
	if (!fx_date_is_absent(s->period.start) && !fx_date_is_absent(s->period.end) &&
	    fx_date_cmp(s->period.start, s->period.end) > 0)
		return fx_wk_fail(&at, "period", "the period ends before it starts");
	return FX_OK;
}

/* Checks one progress entry (place at). */
static int check_progress(const fx_wk_at *at, const fx_wk_progress *p, const fx_works_contract *c)
{
	if (!p->item)
		return fx_wk_fail(at, NULL, "missing key 'item' (the work item number)");
	const fx_works_item *it = find_item(c, p->item);
	if (!it)
		return unknown_item(at, c, p->item);
	if (it->percent) {
		if (p->quantity.set)
			return fx_wk_fail(at, "quantity",
			                  "work item \"%s\" progresses in percent: give 'percent'",
			                  it->id);
		if (!not_negative(p->percent) ||
		    fx_decimal_cmp(p->percent, fx_decimal_from_int(100)) > 0)
			return fx_wk_fail(
			    at, "percent",
			    "expected the percentage executed to date, from 0 to 100");
		return FX_OK;
	}
	if (p->percent.set)
		return fx_wk_fail(at, "percent",
		                  "work item \"%s\" progresses in quantity: give 'quantity' (or "
		                  "set its \"mode\" to \"percent\" in the marché)",
		                  it->id);
	if (!not_negative(p->quantity))
		return fx_wk_fail(at, "quantity",
		                  "expected the quantity executed to date, 0 or more");
	return FX_OK;
}

/* Checks the progress list. */
static int check_progress_list(const fx_wk_at *o, fx_works_description *d)
{
	for (size_t i = 0; i < d->n_progress; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(o, "progress", i, step);
		int rc = check_progress(&at, &d->progress[i], &d->contract);
		if (rc)
			return rc;
		for (size_t k = 0; k < i; k++)
			if (strcmp(d->progress[k].item, d->progress[i].item) == 0)
				return fx_wk_fail(&at, "item", "work item \"%s\" is given twice",
				                  d->progress[i].item);
	}
	return FX_OK;
}

/* Checks the index values. */
static int check_indices(const fx_wk_at *o, fx_works_description *d)
{
	for (size_t i = 0; i < d->n_indices; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(o, "indices", i, step);
		fx_wk_index *x = &d->indices[i];
		if (!x->month_text || fx_wk_month_parse(x->month_text, &x->month))
			return fx_wk_fail(&at, "month",
			                  "expected the month of the index, \"YYYY-MM\"");
		if (!x->value.set || fx_decimal_cmp(x->value, fx_decimal_from_int(0)) <= 0)
			return fx_wk_fail(&at, "value", "expected the index value, greater than 0");
		for (size_t k = 0; k < i; k++)
			if (fx_wk_month_eq(d->indices[k].month, x->month))
				return fx_wk_fail(&at, "month", "the index of %s is given twice",
				                  x->month_text);
	}
	if (d->n_indices && !d->contract.has_revision) {
		fx_wk_at at = *o;
		return fx_wk_fail(&at, "indices",
		                  "the marché has firm prices (no \"revision\"): no index values");
	}
	return FX_OK;
}

/* Checks the bonuses (label and amount). */
static int check_bonuses(const fx_wk_at *o, fx_works_description *d)
{
	for (size_t i = 0; i < d->n_bonuses; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(o, "bonuses", i, step);
		const fx_wk_event_in *e = &d->bonuses[i];
		if (!e->label)
			return fx_wk_fail(&at, NULL, "missing key 'label'");
		if (!e->amount.set)
			return fx_wk_fail(&at, NULL, "missing key 'amount' (before tax)");
		if (e->days.set)
			return fx_wk_fail(&at, "days", "'days' is for penalties");
		int rc = fx_wk_round2(e->amount, &d->bonuses[i].amount);
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* Checks the penalties and computes the amount of those given in days. */
static int check_penalties(const fx_wk_at *o, fx_works_description *d)
{
	const fx_works_contract *c = &d->contract;
	for (size_t i = 0; i < d->n_penalties; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(o, "penalties", i, step);
		fx_wk_event_in *e = &d->penalties[i];
		if (!e->label)
			return fx_wk_fail(&at, NULL, "missing key 'label'");
		if (e->days.set && (fx_decimal_cmp(e->days, fx_decimal_from_int(0)) <= 0))
			return fx_wk_fail(&at, "days", "expected a number of days above 0");
		if (e->amount.set) {
			if (!not_negative(e->amount))
				return fx_wk_fail(&at, "amount", "expected an amount, 0 or more");
			int rc = fx_wk_round2(e->amount, &e->amount);
			if (rc)
				return rc;
			continue;
		}
		if (!e->days.set)
			return fx_wk_fail(&at, NULL,
			                  "a penalty needs 'amount' or 'days' (days x the daily "
			                  "penalty of the marché)");
		int rc = c->penalty_per_day.set
		             ? fx_decimal_mul(e->days, c->penalty_per_day, &e->amount)
		             : fx_wk_muldiv(e->days, c->amount, c->penalty_divisor, 2,
		                            FX_ROUND_HALF_UP, &e->amount);
		if (!rc)
			rc = fx_wk_round2(e->amount, &e->amount);
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* Checks the direct payments to subcontractors. */
static int check_direct(const fx_wk_at *o, fx_works_description *d)
{
	d->has_direct = fx_json_find(o->v, "direct_payments") != NULL;
	if (d->has_direct && d->role == FX_WORKS_SOUS_TRAITANT)
		return fx_wk_fail(o, "direct_payments",
		                  "a sous-traitant's statement has no direct payments to "
		                  "subcontractors");
	for (size_t i = 0; i < d->n_direct; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(o, "direct_payments", i, step);
		const fx_wk_direct_in *p = &d->direct[i];
		if (!p->name)
			return fx_wk_fail(&at, NULL, "missing key 'name' (the subcontractor)");
		if (!not_negative(p->amount_to_date))
			return fx_wk_fail(
			    &at, "amount_to_date",
			    "expected the sums due to the subcontractor to date, 0 or "
			    "more");
		int rc = fx_wk_round2(p->amount_to_date, &d->direct[i].amount_to_date);
		if (rc)
			return rc;
		for (size_t k = 0; k < i; k++)
			if (strcmp(d->direct[k].name, p->name) == 0)
				return fx_wk_fail(&at, "name",
				                  "subcontractor \"%s\" is given twice", p->name);
	}
	return FX_OK;
}

/* Checks the options and the cadre of the statement. */
static int check_options(const fx_wk_at *o, fx_works_description *d)
{
	fx_json_path step;
	fx_wk_at at = fx_wk_member(o, "options", &step);
	fx_wk_options *op = &d->options;
	bool rc_given = at.v && fx_json_find(at.v, "reverse_charge");
	if (!rc_given)
		op->reverse_charge = d->role == FX_WORKS_SOUS_TRAITANT;
	else if (op->reverse_charge && d->role != FX_WORKS_SOUS_TRAITANT)
		return fx_wk_fail(&at, "reverse_charge",
		                  "the reverse charge of article 283-2 nonies CGI applies to "
		                  "subcontractors (role \"sous-traitant\")");
	if (!op->deductions_text || strcmp(op->deductions_text, "prepaid") == 0)
		op->deductions = FX_WK_DEDUCT_PREPAID;
	else if (strcmp(op->deductions_text, "none") == 0)
		op->deductions = FX_WK_DEDUCT_NONE;
	else
		return fx_wk_fail(&at, "deductions", "expected \"prepaid\" or \"none\", got \"%s\"",
		                  op->deductions_text);
	if (op->cadre && !known_cadre(op->cadre))
		return fx_wk_fail(&at, "cadre",
		                  "expected a Chorus Pro cadre A1..A25 or a reform code (S1, S3, "
		                  "S4, S6...), got \"%s\"",
		                  op->cadre);
	if (!op->cadre && !d->inv->business_process && !fx_works_cadre(d->kind, d->role))
		return fx_wk_fail(o, "statement",
		                  "a DGD is deposited by the titulaire or the mandataire (cadre "
		                  "A8): there is no Chorus Pro cadre for a DGD by a %s (set "
		                  "options.cadre to choose one)",
		                  fx_wk_role_name(d->role));
	if (!op->revision_charge_code)
		op->revision_charge_code = "PRV";
	return FX_OK;
}

/* Computes the advance from its rate when the marché does not give it. */
static int advance_amount(fx_works_description *d)
{
	fx_works_contract *c = &d->contract;
	if (!c->has_advance || c->advance_amount.set)
		return FX_OK;
	fx_decimal base = c->initial_amount;
	if (!d->options.reverse_charge) {
		fx_decimal factor;
		int rc = fx_decimal_add(fx_decimal_from_int(100), c->vat_rate, &factor);
		if (!rc)
			rc = fx_wk_muldiv(base, factor, fx_decimal_from_int(100), 2,
			                  FX_ROUND_HALF_UP, &base);
		if (rc)
			return rc;
	}
	return fx_wk_muldiv(base, c->advance_rate, fx_decimal_from_int(100), 2, FX_ROUND_HALF_UP,
	                    &c->advance_amount);
}

/* Checks and converts the works part. */
int fx_wk_check_works(const fx_wk_at *o, fx_wk_raw_works *raw, fx_works_description *d)
{
	d->progress = raw->progress;
	d->n_progress = raw->n_progress;
	d->indices = raw->indices;
	d->n_indices = raw->n_indices;
	d->bonuses = raw->bonuses;
	d->n_bonuses = raw->n_bonuses;
	d->penalties = raw->penalties;
	d->n_penalties = raw->n_penalties;
	d->direct = raw->direct;
	d->n_direct = raw->n_direct;
	d->options = raw->options;
	int rc = check_identity(o, raw, d);
	if (!rc)
		rc = check_progress_list(o, d);
	if (!rc)
		rc = check_indices(o, d);
	if (!rc)
		rc = check_bonuses(o, d);
	if (!rc)
		rc = check_penalties(o, d);
	if (!rc)
		rc = check_direct(o, d);
	if (!rc)
		rc = check_options(o, d);
	if (!rc)
		rc = advance_amount(d);
	return rc;
}
