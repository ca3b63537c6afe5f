/*
 * Checking the marché of a works statement ("contract") and converting it:
 * required keys, ranges, unique work items, defaults (VAT 20 %, retention
 * 5 %, advance reimbursed from 65 % to 80 %, revision coefficient rounded
 * up to the thousandth, penalties of 1/3000 per day capped at 10 %).
 */
#include <string.h>

#include "core/error.h"
#include "works/read_internal.h"

/* True when d is set and lo <= d <= hi. */
static bool in_range(fx_decimal d, int lo, int hi)
{
	return d.set && fx_decimal_cmp(d, fx_decimal_from_int(lo)) >= 0 &&
	       fx_decimal_cmp(d, fx_decimal_from_int(hi)) <= 0;
}

/* True when d is set and > 0. */
static bool positive(fx_decimal d)
{
	return d.set && fx_decimal_cmp(d, fx_decimal_from_int(0)) > 0;
}

/* Checks a SIRET (14 digits) at member key of the party place o. */
static int check_siret(const fx_wk_at *o, const char *siret)
{
	if (!siret)
		return FX_OK;
	size_t n = strlen(siret);
	for (size_t i = 0; i < n; i++)
		if (siret[i] < '0' || siret[i] > '9')
			n = 0;
	if (n != 14)
		return fx_wk_fail(o, "siret", "expected a SIRET (14 digits), got \"%s\"", siret);
	return FX_OK;
}

/* Checks the parties: the buyer (MOA) needs a name; SIRETs have 14 digits. */
static int check_parties(const fx_wk_at *o, const fx_wk_raw_contract *raw)
{
	static const char *const keys[] = {"buyer", "moe", "titulaire"};
	const fx_works_party *p[] = {&raw->buyer, &raw->moe, &raw->titulaire};
	if (!fx_json_find(o->v, "buyer"))
		return fx_wk_fail(o, NULL,
		                  "missing key 'buyer': the maître d'ouvrage (name, siret, "
		                  "service_code, engagement)");
	for (int i = 0; i < 3; i++) {
		fx_json_path step;
		fx_wk_at at = fx_wk_member(o, keys[i], &step);
		if (!at.v)
			continue;
		if (!p[i]->name)
			return fx_wk_fail(&at, NULL, "missing key 'name'");
		int rc = check_siret(&at, p[i]->siret);
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* Checks the amendments and sums them into c->amount. */
static int check_amendments(const fx_wk_at *o, fx_wk_raw_contract *raw, fx_works_contract *c)
{
	c->amendments = raw->amendments;
	c->n_amendments = raw->n_amendments;
	c->amount = raw->initial_amount;
	for (size_t i = 0; i < raw->n_amendments; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(o, "amendments", i, step);
		const fx_works_amendment *a = &raw->amendments[i];
		if (!a->number)
			return fx_wk_fail(&at, NULL, "missing key 'number'");
		if (!a->amount.set)
			return fx_wk_fail(&at, NULL,
			                  "missing key 'amount' (before tax; negative when the "
			                  "amendment lowers the marché)");
		for (size_t k = 0; k < i; k++)
			if (strcmp(raw->amendments[k].number, a->number) == 0)
				return fx_wk_fail(&at, "number", "amendment \"%s\" is given twice",
				                  a->number);
		int rc = fx_decimal_add(c->amount, a->amount, &c->amount);
		if (rc)
			return rc;
	}
	if (!positive(c->amount))
		return fx_wk_fail(o, "amendments",
		                  "the amendments bring the marché to zero or below");
	return FX_OK;
}

/* True when the amendment number exists in c. */
static bool has_amendment(const fx_works_contract *c, const char *number)
{
	for (size_t i = 0; i < c->n_amendments; i++)
		if (strcmp(c->amendments[i].number, number) == 0)
			return true;
	return false;
}

/* Checks one work item (place at) and converts it into it. */
static int check_item(const fx_wk_at *at, const fx_wk_raw_item *r, const fx_works_contract *c,
                      fx_works_item *it)
{
	if (!r->id)
		return fx_wk_fail(at, NULL, "missing key 'id' (the item number)");
	if (!r->label)
		return fx_wk_fail(at, NULL, "missing key 'label'");
	if (!positive(r->quantity))
		return fx_wk_fail(at, "quantity",
		                  "expected the quantity of the marché, greater than 0");
	if (!r->unit_price.set || fx_decimal_cmp(r->unit_price, fx_decimal_from_int(0)) < 0)
		return fx_wk_fail(at, "unit_price", "expected a unit price before tax, 0 or more");
	if (r->mode && strcmp(r->mode, "quantity") != 0 && strcmp(r->mode, "percent") != 0)
		return fx_wk_fail(at, "mode", "expected \"quantity\" or \"percent\", got \"%s\"",
		                  r->mode);
	if (r->amendment && !has_amendment(c, r->amendment))
		return fx_wk_fail(at, "amendment", "no amendment \"%s\" in \"amendments\"",
		                  r->amendment);
	*it = (fx_works_item){r->id,
	                      r->label,
	                      r->unit ? r->unit : "C62",
	                      r->mode && strcmp(r->mode, "percent") == 0,
	                      r->quantity,
	                      r->unit_price,
	                      {0},
	                      r->amendment};
	int rc = fx_decimal_mul(r->quantity, r->unit_price, &it->amount);
	return rc ? rc : fx_wk_round2(it->amount, &it->amount);
}

/* Checks the work items. */
static int check_items(const fx_wk_at *o, fx_wk_raw_contract *raw, fx_invoice *inv,
                       fx_works_contract *c)
{
	if (raw->n_items == 0)
		return fx_wk_fail(o, "items",
		                  "the marché needs at least one work item in \"items\" (id, "
		                  "label, unit, quantity, unit_price)");
	for (size_t i = 0; i < raw->n_items; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(o, "items", i, step);
		fx_works_item *it = NULL;
		int rc = fx_wk_grow(inv, (void **)&c->items, &c->n_items, sizeof *it, (void **)&it);
		if (!rc)
			rc = check_item(&at, &raw->items[i], c, it);
		if (rc)
			return rc;
		for (size_t k = 0; k + 1 < c->n_items; k++)
			if (strcmp(c->items[k].id, it->id) == 0)
				return fx_wk_fail(&at, "id", "work item \"%s\" is given twice",
				                  it->id);
	}
	return FX_OK;
}

/* Checks the advance (reimbursement thresholds in percent). */
static int check_advance(const fx_wk_at *o, const fx_wk_raw_advance *a, fx_works_contract *c)
{
	fx_json_path step;
	fx_wk_at at = fx_wk_member(o, "advance", &step);
	if (!at.v)
		return FX_OK;
	c->has_advance = true;
	if (!a->rate.set && !a->amount.set)
		return fx_wk_fail(&at, NULL,
		                  "an advance needs 'rate' (percent of the initial amount with "
		                  "tax) or 'amount'");
	if (a->rate.set && (!in_range(a->rate, 0, 100) || !positive(a->rate)))
		return fx_wk_fail(&at, "rate", "expected a percentage above 0, at most 100");
	if (a->amount.set && !positive(a->amount))
		return fx_wk_fail(&at, "amount", "expected an amount above 0");
	c->advance_rate = a->rate;
	c->advance_amount = a->amount;
	c->advance_start = a->start.set ? a->start : fx_decimal_from_int(65);
	c->advance_end = a->end.set ? a->end : fx_decimal_from_int(80);
	c->advance_paid_on = a->paid_on;
	if (!in_range(c->advance_start, 0, 100))
		return fx_wk_fail(&at, "start", "expected a percentage from 0 to 100");
	if (!in_range(c->advance_end, 0, 100) ||
	    fx_decimal_cmp(c->advance_end, c->advance_start) <= 0)
		return fx_wk_fail(&at, "end",
		                  "expected a percentage above 'start' (%s), at most 100",
		                  a->start.set ? "as given" : "65");
	return FX_OK;
}

/* Checks the retention or the guarantee that replaces it. */
static int check_retention(const fx_wk_at *o, const fx_wk_raw_retention *r, fx_works_contract *c)
{
	fx_json_path step;
	fx_wk_at at = fx_wk_member(o, "retention", &step);
	c->retention_rate = fx_decimal_from_int(5);
	if (!at.v)
		return FX_OK;
	if (r->guarantee) {
		if (r->rate.set && !fx_decimal_is_zero(r->rate))
			return fx_wk_fail(&at, "rate",
			                  "a guarantee replaces the retention: give 'rate' or "
			                  "'guarantee', not both");
		c->guarantee = r->guarantee;
		c->retention_rate = fx_decimal_from_int(0);
		return FX_OK;
	}
	if (r->rate.set && !in_range(r->rate, 0, 100))
		return fx_wk_fail(&at, "rate",
		                  "expected a percentage from 0 to 100 (at most 5 by "
		                  "article R2191-33)");
	if (r->rate.set)
		c->retention_rate = r->rate;
	return FX_OK;
}

/* Parses the rounding of the revision coefficient. */
static int rounding_of(const char *s, fx_rounding *out)
{
	static const struct {
		const char *name;
		fx_rounding mode;
	} modes[] = {
	    {"up", FX_ROUND_CEILING}, {"half_up", FX_ROUND_HALF_UP}, {"down", FX_ROUND_FLOOR}};
	for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
		if (!s || strcmp(s, modes[i].name) == 0) {
			*out = modes[i].mode;
			return 0;
		}
	return -1;
}

/* Checks the revision formula Cn = a + b x In / I0. */
static int check_revision(const fx_wk_at *o, const fx_wk_raw_revision *r, fx_works_contract *c)
{
	fx_json_path step;
	fx_wk_at at = fx_wk_member(o, "revision", &step);
	if (!at.v)
		return FX_OK;
	c->has_revision = true;
	if (!positive(r->base_value))
		return fx_wk_fail(&at, "base_value",
		                  "expected the base index value I0, greater than 0");
	c->base_index = r->base_value;
	c->index_name = r->index;
	c->fixed_part = r->fixed_part.set ? r->fixed_part : fx_decimal_make(125, 3);
	if (!in_range(c->fixed_part, 0, 1))
		return fx_wk_fail(&at, "fixed_part", "expected a fixed part a from 0 to 1");
	c->variable_part = r->variable_part;
	if (!c->variable_part.set) {
		int rc = fx_decimal_sub(fx_decimal_from_int(1), c->fixed_part, &c->variable_part);
		if (rc)
			return rc;
	} else if (!in_range(c->variable_part, 0, 1)) {
		return fx_wk_fail(&at, "variable_part", "expected a variable part b from 0 to 1");
	}
	if (r->base_month) {
		fx_wk_month m;
		if (fx_wk_month_parse(r->base_month, &m))
			return fx_wk_fail(&at, "base_month",
			                  "expected a month \"YYYY-MM\", got \"%s\"",
			                  r->base_month);
		c->base_year = m.year;
		c->base_month = m.month;
	}
	c->coefficient_decimals = 3;
	if (r->coefficient_decimals.set) {
		fx_decimal d = r->coefficient_decimals;
		if (!in_range(d, 0, 9) || fx_decimal_decimals(d) != 0)
			return fx_wk_fail(&at, "coefficient_decimals",
			                  "expected a whole number from 0 to 9");
		c->coefficient_decimals = (int)fx_decimal_normalize(d).coef;
	}
	if (rounding_of(r->coefficient_rounding, &c->coefficient_rounding))
		return fx_wk_fail(&at, "coefficient_rounding",
		                  "expected \"up\" (to the next unit of the last decimal), "
		                  "\"half_up\" or \"down\", got \"%s\"",
		                  r->coefficient_rounding);
	return FX_OK;
}

/* Checks the penalty settings and computes the cap. */
static int check_penalties(const fx_wk_at *o, const fx_wk_raw_penalties *p, fx_works_contract *c)
{
	fx_json_path step;
	fx_wk_at at = fx_wk_member(o, "penalties", &step);
	if (p->per_day.set && fx_decimal_cmp(p->per_day, fx_decimal_from_int(0)) < 0)
		return fx_wk_fail(&at, "per_day", "expected an amount per day, 0 or more");
	if (p->divisor.set && !positive(p->divisor))
		return fx_wk_fail(&at, "divisor",
		                  "expected a divisor above 0 (3000: 1/3000 per day)");
	if (p->cap_percent.set && !in_range(p->cap_percent, 0, 100))
		return fx_wk_fail(&at, "cap_percent",
		                  "expected a percentage from 0 to 100 (0: no cap)");
	c->penalty_per_day = p->per_day;
	c->penalty_divisor = p->divisor.set ? p->divisor : fx_decimal_from_int(3000);
	fx_decimal cap = p->cap_percent.set ? p->cap_percent : fx_decimal_from_int(10);
	if (fx_decimal_is_zero(cap))
		return FX_OK;
	return fx_wk_muldiv(c->amount, cap, fx_decimal_from_int(100), 2, FX_ROUND_HALF_UP,
	                    &c->penalty_cap);
}

/* Checks and converts the raw contract. */
int fx_wk_check_contract(const fx_wk_at *o, fx_wk_raw_contract *raw, fx_invoice *inv,
                         fx_works_contract *c)
{
	memset(c, 0, sizeof *c);
	if (!raw->number)
		return fx_wk_fail(o, NULL, "missing key 'number': the numéro de marché (BT-12)");
	if (!positive(raw->initial_amount))
		return fx_wk_fail(o, "initial_amount",
		                  "expected the initial amount of the marché before tax, greater "
		                  "than 0");
	if (raw->vat_rate.set && !in_range(raw->vat_rate, 0, 100))
		return fx_wk_fail(o, "vat_rate", "expected a VAT rate in percent, from 0 to 100");
	c->number = raw->number;
	c->lot = raw->lot;
	c->object = raw->object;
	c->buyer = raw->buyer;
	c->moe = raw->moe;
	c->titulaire = raw->titulaire;
	c->initial_amount = raw->initial_amount;
	c->vat_rate = raw->vat_rate.set ? raw->vat_rate : fx_decimal_from_int(20);
	int rc = check_parties(o, raw);
	if (!rc)
		rc = check_amendments(o, raw, c);
	if (!rc)
		rc = check_items(o, raw, inv, c);
	if (!rc)
		rc = check_advance(o, &raw->advance, c);
	if (!rc)
		rc = check_retention(o, &raw->retention, c);
	if (!rc)
		rc = check_revision(o, &raw->revision, c);
	if (!rc)
		rc = check_penalties(o, &raw->penalties, c);
	return rc;
}
