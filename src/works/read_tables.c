/*
 * The key tables of the works part of a description: the contract (the
 * marché) and the statement (role, number, progress, indices, bonuses,
 * penalties, direct payments, options). docs/works-invoices.md and
 * schemas/works.schema.json document the same keys.
 */
#include <stddef.h>

#include "works/read_internal.h"

/* Adds an amendment to the raw contract owner. */
static int add_amendment(fx_invoice *inv, void *owner, void **out)
{
	fx_wk_raw_contract *c = owner;
	return fx_wk_grow(inv, (void **)&c->amendments, &c->n_amendments,
	                  sizeof(fx_works_amendment), out);
}

/* Adds a work item to the raw contract owner. */
static int add_item(fx_invoice *inv, void *owner, void **out)
{
	fx_wk_raw_contract *c = owner;
	return fx_wk_grow(inv, (void **)&c->items, &c->n_items, sizeof(fx_wk_raw_item), out);
}

/* Adds a progress entry to the raw works part owner. */
static int add_progress(fx_invoice *inv, void *owner, void **out)
{
	fx_wk_raw_works *w = owner;
	return fx_wk_grow(inv, (void **)&w->progress, &w->n_progress, sizeof(fx_wk_progress), out);
}

/* Adds an index value to the raw works part owner. */
static int add_index(fx_invoice *inv, void *owner, void **out)
{
	fx_wk_raw_works *w = owner;
	return fx_wk_grow(inv, (void **)&w->indices, &w->n_indices, sizeof(fx_wk_index), out);
}

/* Adds a bonus to the raw works part owner. */
static int add_bonus(fx_invoice *inv, void *owner, void **out)
{
	fx_wk_raw_works *w = owner;
	return fx_wk_grow(inv, (void **)&w->bonuses, &w->n_bonuses, sizeof(fx_wk_event_in), out);
}

/* Adds a penalty to the raw works part owner. */
static int add_penalty(fx_invoice *inv, void *owner, void **out)
{
	fx_wk_raw_works *w = owner;
	return fx_wk_grow(inv, (void **)&w->penalties, &w->n_penalties, sizeof(fx_wk_event_in),
	                  out);
}

/* Adds a direct payment to the raw works part owner. */
static int add_direct(fx_invoice *inv, void *owner, void **out)
{
	fx_wk_raw_works *w = owner;
	return fx_wk_grow(inv, (void **)&w->direct, &w->n_direct, sizeof(fx_wk_direct_in), out);
}

static const fx_jfield address_fields[] = {
    FX_JF(fx_address, line1, FX_JK_TEXT, NULL),    FX_JF(fx_address, line2, FX_JK_TEXT, NULL),
    FX_JF(fx_address, line3, FX_JK_TEXT, NULL),    FX_JF(fx_address, city, FX_JK_TEXT, NULL),
    FX_JF(fx_address, postcode, FX_JK_TEXT, NULL), FX_JF(fx_address, subdivision, FX_JK_TEXT, NULL),
    FX_JF(fx_address, country, FX_JK_TEXT, NULL),
};
static const fx_jtable jt_address = FX_JTABLE("address", address_fields);

static const fx_jfield party_fields[] = {
    FX_JF(fx_works_party, name, FX_JK_TEXT, NULL),
    FX_JF(fx_works_party, siret, FX_JK_TEXT, NULL),
    FX_JF(fx_works_party, service_code, FX_JK_TEXT, "BT-10"),
    FX_JF(fx_works_party, engagement, FX_JK_TEXT, "BT-13"),
    FX_JF_OBJ(fx_works_party, address, jt_address, "BG-8"),
};
static const fx_jtable jt_party = FX_JTABLE("party", party_fields);

static const fx_jfield amendment_fields[] = {
    FX_JF(fx_works_amendment, number, FX_JK_TEXT, NULL),
    FX_JF(fx_works_amendment, date, FX_JK_DATE, NULL),
    FX_JF(fx_works_amendment, amount, FX_JK_DECIMAL, NULL),
    FX_JF(fx_works_amendment, label, FX_JK_TEXT, NULL),
};
static const fx_jtable jt_amendment = FX_JTABLE("amendment", amendment_fields);

static const fx_jfield item_fields[] = {
    FX_JF(fx_wk_raw_item, id, FX_JK_TEXT, "BT-155"),
    FX_JF(fx_wk_raw_item, label, FX_JK_TEXT, "BT-153"),
    FX_JF(fx_wk_raw_item, unit, FX_JK_TEXT, "BT-130"),
    FX_JF(fx_wk_raw_item, mode, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_raw_item, quantity, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_item, unit_price, FX_JK_DECIMAL, "BT-146"),
    FX_JF(fx_wk_raw_item, amendment, FX_JK_TEXT, NULL),
};
static const fx_jtable jt_item = FX_JTABLE("item", item_fields);

static const fx_jfield advance_fields[] = {
    FX_JF(fx_wk_raw_advance, rate, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_advance, amount, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_advance, start, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_advance, end, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_advance, paid_on, FX_JK_DATE, NULL),
};
static const fx_jtable jt_advance = FX_JTABLE("advance", advance_fields);

static const fx_jfield retention_fields[] = {
    FX_JF(fx_wk_raw_retention, rate, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_retention, guarantee, FX_JK_TEXT, NULL),
};
static const fx_jtable jt_retention = FX_JTABLE("retention", retention_fields);

static const fx_jfield revision_fields[] = {
    FX_JF(fx_wk_raw_revision, index, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_raw_revision, base_month, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_raw_revision, base_value, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_revision, fixed_part, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_revision, variable_part, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_revision, coefficient_decimals, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_revision, coefficient_rounding, FX_JK_TEXT, NULL),
};
static const fx_jtable jt_revision = FX_JTABLE("revision", revision_fields);

static const fx_jfield contract_penalty_fields[] = {
    FX_JF(fx_wk_raw_penalties, per_day, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_penalties, divisor, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_penalties, cap_percent, FX_JK_DECIMAL, NULL),
};
static const fx_jtable jt_contract_penalties = FX_JTABLE("penalties", contract_penalty_fields);

static const fx_jfield contract_fields[] = {
    {.key = "$schema", .kind = FX_JK_IGNORED},
    FX_JF(fx_wk_raw_contract, number, FX_JK_TEXT, "BT-12"),
    FX_JF(fx_wk_raw_contract, lot, FX_JK_TEXT, "BT-17"),
    FX_JF(fx_wk_raw_contract, object, FX_JK_TEXT, NULL),
    FX_JF_OBJ(fx_wk_raw_contract, buyer, jt_party, "BG-7"),
    FX_JF_OBJ(fx_wk_raw_contract, moe, jt_party, NULL),
    FX_JF_OBJ(fx_wk_raw_contract, titulaire, jt_party, NULL),
    FX_JF(fx_wk_raw_contract, initial_amount, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_raw_contract, vat_rate, FX_JK_DECIMAL, "BT-152"),
    FX_JF_ARR(fx_wk_raw_contract, "amendments", amendments, n_amendments, fx_works_amendment,
              jt_amendment, add_amendment, NULL, NULL),
    FX_JF_ARR(fx_wk_raw_contract, "items", items, n_items, fx_wk_raw_item, jt_item, add_item, NULL,
              NULL),
    FX_JF_OBJ(fx_wk_raw_contract, advance, jt_advance, NULL),
    FX_JF_OBJ(fx_wk_raw_contract, retention, jt_retention, NULL),
    FX_JF_OBJ(fx_wk_raw_contract, revision, jt_revision, NULL),
    FX_JF_OBJ(fx_wk_raw_contract, penalties, jt_contract_penalties, NULL),
};
const fx_jtable fx_wk_jt_contract = FX_JTABLE("contract", contract_fields);

static const fx_jfield statement_fields[] = {
    FX_JF(fx_wk_raw_statement, kind, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_raw_statement, number, FX_JK_DECIMAL, NULL),
    FX_JF_OBJ(fx_wk_raw_statement, period, fx_jt_period, "BG-14"),
};
static const fx_jtable jt_statement = FX_JTABLE("statement", statement_fields);

static const fx_jfield progress_fields[] = {
    FX_JF(fx_wk_progress, item, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_progress, quantity, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_progress, percent, FX_JK_DECIMAL, NULL),
};
static const fx_jtable jt_progress = FX_JTABLE("progress", progress_fields);

static const fx_jfield index_fields[] = {
    {.key = "month", .kind = FX_JK_TEXT, .offset = offsetof(fx_wk_index, month_text)},
    FX_JF(fx_wk_index, value, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_index, provisional, FX_JK_BOOL, NULL),
};
const fx_jtable fx_wk_jt_index = FX_JTABLE("index", index_fields);

static const fx_jfield event_fields[] = {
    FX_JF(fx_wk_event_in, label, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_event_in, amount, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_event_in, days, FX_JK_DECIMAL, NULL),
};
static const fx_jtable jt_event = FX_JTABLE("event", event_fields);

static const fx_jfield direct_fields[] = {
    FX_JF(fx_wk_direct_in, name, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_direct_in, amount_to_date, FX_JK_DECIMAL, NULL),
};
const fx_jtable fx_wk_jt_direct = FX_JTABLE("direct_payment", direct_fields);

static const fx_jfield option_fields[] = {
    FX_JF(fx_wk_options, type_code, FX_JK_TEXT, "BT-3"),
    FX_JF(fx_wk_options, cadre, FX_JK_TEXT, "BT-23"),
    {.key = "deductions", .kind = FX_JK_TEXT, .offset = offsetof(fx_wk_options, deductions_text)},
    FX_JF(fx_wk_options, penalties_withheld, FX_JK_BOOL, NULL),
    FX_JF(fx_wk_options, reverse_charge, FX_JK_BOOL, NULL),
    FX_JF(fx_wk_options, revision_charge_code, FX_JK_TEXT, "BT-105"),
    FX_JF(fx_wk_options, payment_terms, FX_JK_TEXT, "BT-20"),
};
static const fx_jtable jt_options = FX_JTABLE("options", option_fields);

static const fx_jfield works_fields[] = {
    {.key = "contract", .kind = FX_JK_IGNORED},
    FX_JF(fx_wk_raw_works, role, FX_JK_TEXT, NULL),
    FX_JF_OBJ(fx_wk_raw_works, statement, jt_statement, NULL),
    FX_JF_ARR(fx_wk_raw_works, "progress", progress, n_progress, fx_wk_progress, jt_progress,
              add_progress, NULL, NULL),
    FX_JF_ARR(fx_wk_raw_works, "indices", indices, n_indices, fx_wk_index, fx_wk_jt_index,
              add_index, NULL, NULL),
    FX_JF_ARR(fx_wk_raw_works, "bonuses", bonuses, n_bonuses, fx_wk_event_in, jt_event, add_bonus,
              NULL, NULL),
    FX_JF_ARR(fx_wk_raw_works, "penalties", penalties, n_penalties, fx_wk_event_in, jt_event,
              add_penalty, NULL, NULL),
    FX_JF_ARR(fx_wk_raw_works, "direct_payments", direct, n_direct, fx_wk_direct_in,
              fx_wk_jt_direct, add_direct, NULL, NULL),
    FX_JF_OBJ(fx_wk_raw_works, options, jt_options, NULL),
};
const fx_jtable fx_wk_jt_works = FX_JTABLE("works", works_fields);
