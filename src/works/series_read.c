/*
 * Reading a series state file (written by series_write.c): the project's
 * JSON reader along key tables, then checks (format, version, statement
 * numbers 1, 2, 3... in order) and a copy of every record into the series.
 */
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "core/file.h"
#include "works/read_internal.h"

/** The totals of a record as written, one field per row (enum order). */
typedef struct raw_totals {
	fx_decimal advance_paid, works, revision, bonuses, net, vat, gross, retention,
	    advance_repaid, penalties, deductions, due, subcontractors, payable;
} raw_totals;

/** A record as written. */
typedef struct raw_record {
	fx_decimal number, works;
	char *kind, *invoice_number, *month;
	fx_date issue_date;
	raw_totals totals;
	fx_wk_item_state *items;
	size_t n_items;
	fx_wk_index *indices;
	size_t n_indices;
	fx_wk_event_state *bonuses;
	size_t n_bonuses;
	fx_wk_event_state *penalties;
	size_t n_penalties;
	fx_wk_direct_in *direct;
	size_t n_direct;
} raw_record;

/** The state as written. */
typedef struct raw_series {
	char *format, *contract, *role, *depositor;
	fx_decimal version;
	raw_record *statements;
	size_t n_statements;
} raw_series;

/* Adds a statement to the raw series owner. */
static int add_statement(fx_invoice *inv, void *owner, void **out)
{
	raw_series *s = owner;
	return fx_wk_grow(inv, (void **)&s->statements, &s->n_statements, sizeof(raw_record), out);
}

/* Adds an item to the raw record owner. */
static int add_item(fx_invoice *inv, void *owner, void **out)
{
	raw_record *r = owner;
	return fx_wk_grow(inv, (void **)&r->items, &r->n_items, sizeof(fx_wk_item_state), out);
}

/* Adds an index value to the raw record owner. */
static int add_index(fx_invoice *inv, void *owner, void **out)
{
	raw_record *r = owner;
	return fx_wk_grow(inv, (void **)&r->indices, &r->n_indices, sizeof(fx_wk_index), out);
}

/* Adds a bonus to the raw record owner. */
static int add_bonus(fx_invoice *inv, void *owner, void **out)
{
	raw_record *r = owner;
	return fx_wk_grow(inv, (void **)&r->bonuses, &r->n_bonuses, sizeof(fx_wk_event_state), out);
}

/* Adds a penalty to the raw record owner. */
static int add_penalty(fx_invoice *inv, void *owner, void **out)
{
	raw_record *r = owner;
	return fx_wk_grow(inv, (void **)&r->penalties, &r->n_penalties, sizeof(fx_wk_event_state),
	                  out);
}

/* Adds a direct payment to the raw record owner. */
static int add_direct(fx_invoice *inv, void *owner, void **out)
{
	raw_record *r = owner;
	return fx_wk_grow(inv, (void **)&r->direct, &r->n_direct, sizeof(fx_wk_direct_in), out);
}

static const fx_jfield totals_fields[] = {
    FX_JF(raw_totals, advance_paid, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, works, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, revision, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, bonuses, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, net, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, vat, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, gross, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, retention, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, advance_repaid, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, penalties, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, deductions, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, due, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, subcontractors, FX_JK_DECIMAL, NULL),
    FX_JF(raw_totals, payable, FX_JK_DECIMAL, NULL),
};
static const fx_jtable jt_totals = FX_JTABLE("totals", totals_fields);

static const fx_jfield item_fields[] = {
    FX_JF(fx_wk_item_state, id, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_item_state, progress, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_item_state, amount, FX_JK_DECIMAL, NULL),
};
static const fx_jtable jt_item = FX_JTABLE("item", item_fields);

static const fx_jfield event_fields[] = {
    FX_JF(fx_wk_event_state, label, FX_JK_TEXT, NULL),
    FX_JF(fx_wk_event_state, days, FX_JK_DECIMAL, NULL),
    FX_JF(fx_wk_event_state, amount, FX_JK_DECIMAL, NULL),
};
static const fx_jtable jt_event = FX_JTABLE("event", event_fields);

static const fx_jfield record_fields[] = {
    FX_JF(raw_record, number, FX_JK_DECIMAL, NULL),
    FX_JF(raw_record, kind, FX_JK_TEXT, NULL),
    FX_JF(raw_record, invoice_number, FX_JK_TEXT, "BT-1"),
    FX_JF(raw_record, issue_date, FX_JK_DATE, "BT-2"),
    FX_JF(raw_record, month, FX_JK_TEXT, NULL),
    FX_JF(raw_record, works, FX_JK_DECIMAL, NULL),
    FX_JF_OBJ(raw_record, totals, jt_totals, NULL),
    FX_JF_ARR(raw_record, "items", items, n_items, fx_wk_item_state, jt_item, add_item, NULL, NULL),
    FX_JF_ARR(raw_record, "indices", indices, n_indices, fx_wk_index, fx_wk_jt_index, add_index,
              NULL, NULL),
    FX_JF_ARR(raw_record, "bonuses", bonuses, n_bonuses, fx_wk_event_state, jt_event, add_bonus,
              NULL, NULL),
    FX_JF_ARR(raw_record, "penalties", penalties, n_penalties, fx_wk_event_state, jt_event,
              add_penalty, NULL, NULL),
    FX_JF_ARR(raw_record, "direct_payments", direct, n_direct, fx_wk_direct_in, fx_wk_jt_direct,
              add_direct, NULL, NULL),
};
static const fx_jtable jt_record = FX_JTABLE("statement", record_fields);

static const fx_jfield series_fields[] = {
    FX_JF(raw_series, format, FX_JK_TEXT, NULL),
    FX_JF(raw_series, version, FX_JK_DECIMAL, NULL),
    FX_JF(raw_series, contract, FX_JK_TEXT, "BT-12"),
    FX_JF(raw_series, role, FX_JK_TEXT, NULL),
    FX_JF(raw_series, depositor, FX_JK_TEXT, "BT-27"),
    FX_JF_ARR(raw_series, "statements", statements, n_statements, raw_record, jt_record,
              add_statement, NULL, NULL),
};
static const fx_jtable jt_series = FX_JTABLE("series", series_fields);

/* Checks and converts raw record i (place at) into r. */
static int convert_record(const fx_wk_at *at, size_t i, raw_record *raw, fx_wk_record *r)
{
	fx_decimal n = raw->number;
	if (!n.set || fx_decimal_decimals(n) != 0 ||
	    fx_decimal_cmp(n, fx_decimal_from_int((int64_t)i + 1)) != 0)
		return fx_wk_fail(at, "number",
		                  "expected statement number %zu (the statements are "
		                  "numbered 1, 2, 3... in order)",
		                  i + 1);
	memset(r, 0, sizeof *r);
	r->number = (unsigned)(i + 1);
	if (fx_wk_kind_parse(raw->kind, &r->kind))
		return fx_wk_fail(at, "kind", "expected \"monthly\", \"final\" or \"dgd\"");
	fx_wk_month m = {0, 0};
	if (raw->month && fx_wk_month_parse(raw->month, &m))
		return fx_wk_fail(at, "month", "expected a month \"YYYY-MM\"");
	if (!raw->works.set || !raw->totals.works.set)
		return fx_wk_fail(at, NULL, "missing key 'works' or 'totals'");
	r->month = m;
	r->invoice_number = raw->invoice_number;
	r->issue_date = raw->issue_date;
	r->works = raw->works;
	fx_decimal t[FX_WORKS_ROW_COUNT];
	_Static_assert(sizeof t == sizeof raw->totals, "one total per row");
	memcpy(t, &raw->totals, sizeof t);
	for (int k = 0; k < FX_WORKS_ROW_COUNT; k++)
		r->totals[k] = fx_wk_or_zero(t[k]);
	for (size_t k = 0; k < raw->n_indices; k++)
		if (fx_wk_month_parse(raw->indices[k].month_text, &raw->indices[k].month) ||
		    !raw->indices[k].value.set)
			return fx_wk_fail(at, "indices",
			                  "expected {\"month\": \"YYYY-MM\", \"value\": ...}");
	for (size_t k = 0; k < raw->n_items; k++)
		if (!raw->items[k].id || !raw->items[k].progress.set || !raw->items[k].amount.set)
			return fx_wk_fail(at, "items",
			                  "expected {\"id\", \"progress\", \"amount\"}");
	r->items = raw->items;
	r->n_items = raw->n_items;
	r->indices = raw->indices;
	r->n_indices = raw->n_indices;
	r->bonuses = raw->bonuses;
	r->n_bonuses = raw->n_bonuses;
	r->penalties = raw->penalties;
	r->n_penalties = raw->n_penalties;
	r->direct = raw->direct;
	r->n_direct = raw->n_direct;
	return FX_OK;
}

/* Checks the header and copies the records into s. */
static int convert(const fx_wk_at *top, const raw_series *raw, fx_works_series *s)
{
	if (!raw->format || strcmp(raw->format, "facturx-works-series") != 0)
		return fx_wk_fail(top, "format",
		                  "not a works series state (expected \"format\": "
		                  "\"facturx-works-series\")");
	if (!raw->version.set || fx_decimal_cmp(raw->version, fx_decimal_from_int(1)) != 0)
		return fx_wk_fail(top, "version", "unsupported version (this program writes 1)");
	if (!raw->contract)
		return fx_wk_fail(top, NULL, "missing key 'contract'");
	if (!raw->role || fx_wk_role_parse(raw->role, &s->role))
		return fx_wk_fail(top, "role", "expected the depositor's role (\"titulaire\"...)");
	s->contract = fx_wk_strdup(s->arena, raw->contract);
	s->depositor = fx_wk_strdup(s->arena, raw->depositor);
	if (!s->contract || (raw->depositor && !s->depositor))
		return fx_error_oom();
	s->records = calloc(raw->n_statements + 1, sizeof *s->records);
	if (!s->records)
		return fx_error_oom();
	s->cap_records = raw->n_statements + 1;
	for (size_t i = 0; i < raw->n_statements; i++) {
		fx_json_path step[2];
		fx_wk_at at = fx_wk_elem(top, "statements", i, step);
		fx_wk_record r;
		int rc = convert_record(&at, i, &raw->statements[i], &r);
		if (!rc)
			rc = fx_wk_record_copy(s->arena, &r, &s->records[i]);
		if (rc)
			return rc;
		s->n_records++;
	}
	return FX_OK;
}

/* Reads a series state from memory. */
int fx_works_series_read_memory(const char *data, size_t len, const char *source,
                                fx_works_series **out)
{
	if ((!data && len) || !out)
		return fx_error_set(FX_EUSAGE, "fx_works_series_read_memory: NULL argument");
	fx_json_doc doc;
	int rc = fx_json_parse(data, len, source, &doc);
	if (rc)
		return rc;
	fx_invoice *holder = NULL;
	fx_works_series *s = NULL;
	rc = fx_invoice_new(&holder);
	if (!rc)
		rc = fx_works_series_new(&s);
	fx_jr_ctx c = {holder, source};
	fx_wk_at top = {&c, &doc.root, &fx_json_root};
	raw_series raw;
	memset(&raw, 0, sizeof raw);
	if (!rc)
		rc = fx_jr_object(&c, &jt_series, &raw, &doc.root, &fx_json_root);
	if (!rc)
		rc = convert(&top, &raw, s);
	fx_json_doc_free(&doc);
	fx_invoice_free(holder);
	if (rc) {
		fx_works_series_free(s);
		return rc;
	}
	*out = s;
	return FX_OK;
}

/* Reads a series state file. */
int fx_works_series_read_file(const char *path, fx_works_series **out)
{
	if (!path || !out)
		return fx_error_set(FX_EUSAGE, "fx_works_series_read_file: NULL argument");
	char *data = NULL;
	size_t len = 0;
	int rc = fx_file_read(path, &data, &len);
	if (rc)
		return rc;
	rc = fx_works_series_read_memory(data, len, path, out);
	free(data);
	return rc;
}
