/*
 * The series state in memory: its records, recording a computed statement
 * (append, or check that a re-computed statement did not change), and the
 * comparison that names the first difference.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/error.h"
#include "works/works_internal.h"

/* Creates an empty series. */
int fx_works_series_new(fx_works_series **out)
{
	if (!out)
		return fx_error_set(FX_EUSAGE, "fx_works_series_new: NULL out");
	fx_works_series *s = calloc(1, sizeof *s);
	if (!s || !(s->arena = fx_arena_new(16384))) {
		free(s);
		return fx_error_oom();
	}
	*out = s;
	return FX_OK;
}

/* Frees a series. */
void fx_works_series_free(fx_works_series *s)
{
	if (!s)
		return;
	fx_arena_free(s->arena);
	free(s->records);
	free(s);
}

/* Number of statements recorded. */
size_t fx_works_series_count(const fx_works_series *s)
{
	return s ? s->n_records : 0;
}

/* Copies n elements of elem bytes into a (NULL when n is 0). */
static void *dup_array(fx_arena *a, const void *src, size_t n, size_t elem)
{
	if (n == 0)
		return NULL;
	void *p = fx_arena_alloc(a, n * elem);
	if (p)
		memcpy(p, src, n * elem);
	return p;
}

/* Copies the strings of the items, indices, events and direct payments. */
static int copy_strings(fx_arena *a, fx_wk_record *r)
{
	bool ok = true;
	for (size_t i = 0; i < r->n_items; i++)
		ok = ok && (r->items[i].id = fx_wk_strdup(a, r->items[i].id));
	for (size_t i = 0; i < r->n_indices; i++)
		r->indices[i].month_text = NULL;
	for (size_t i = 0; i < r->n_bonuses; i++)
		ok = ok && (r->bonuses[i].label = fx_wk_strdup(a, r->bonuses[i].label));
	for (size_t i = 0; i < r->n_penalties; i++)
		ok = ok && (r->penalties[i].label = fx_wk_strdup(a, r->penalties[i].label));
	for (size_t i = 0; i < r->n_direct; i++)
		ok = ok && (r->direct[i].name = fx_wk_strdup(a, r->direct[i].name));
	return ok ? FX_OK : fx_error_oom();
}

/* Copies a record into arena a. */
int fx_wk_record_copy(fx_arena *a, const fx_wk_record *src, fx_wk_record *dst)
{
	*dst = *src;
	dst->invoice_number = fx_wk_strdup(a, src->invoice_number);
	dst->items = dup_array(a, src->items, src->n_items, sizeof *src->items);
	dst->indices = dup_array(a, src->indices, src->n_indices, sizeof *src->indices);
	dst->bonuses = dup_array(a, src->bonuses, src->n_bonuses, sizeof *src->bonuses);
	dst->penalties = dup_array(a, src->penalties, src->n_penalties, sizeof *src->penalties);
	dst->direct = dup_array(a, src->direct, src->n_direct, sizeof *src->direct);
	if ((src->invoice_number && !dst->invoice_number) || (src->n_items && !dst->items) ||
	    (src->n_indices && !dst->indices) || (src->n_bonuses && !dst->bonuses) ||
	    (src->n_penalties && !dst->penalties) || (src->n_direct && !dst->direct))
		return fx_error_oom();
	return copy_strings(a, dst);
}

/* Formats a decimal for a difference message (without trailing zeros). */
static const char *num(fx_decimal d, char *buf, size_t size)
{
	if (fx_decimal_format(fx_decimal_normalize(fx_wk_or_zero(d)), buf, size) != FX_OK)
		buf[0] = '\0';
	return buf;
}

/* Reports that field of statement n differs (now vs then). */
static int differs(unsigned n, const char *what, const char *now, const char *then)
{
	return fx_error_set(FX_EINVAL,
	                    "statement %u differs from the one recorded in the series: %s is %s "
	                    "now, %s when it was recorded (a recorded statement cannot change; "
	                    "correct it in a later statement)",
	                    n, what, now, then);
}

/* Compares two decimals (absent = 0) of statement n. */
static int cmp_dec(unsigned n, const char *what, fx_decimal a, fx_decimal b)
{
	if (fx_decimal_cmp(fx_wk_or_zero(a), fx_wk_or_zero(b)) == 0)
		return FX_OK;
	char x[64], y[64];
	return differs(n, what, num(a, x, sizeof x), num(b, y, sizeof y));
}

/* Compares two strings (NULL = "") of statement n. */
static int cmp_str(unsigned n, const char *what, const char *a, const char *b)
{
	if (strcmp(a ? a : "", b ? b : "") == 0)
		return FX_OK;
	return differs(n, what, a ? a : "(none)", b ? b : "(none)");
}

/* Compares the items of two records. */
static int cmp_items(const fx_wk_record *a, const fx_wk_record *b)
{
	char what[256];
	for (size_t i = 0; i < a->n_items; i++) {
		const fx_wk_item_state *x = &a->items[i];
		const fx_wk_item_state *y = fx_wk_record_item(b, x->id);
		snprintf(what, sizeof what, "the progress of work item \"%s\"", x->id);
		int rc = cmp_dec(a->number, what, x->progress, y ? y->progress : fx_wk_zero());
		if (rc)
			return rc;
	}
	if (b->n_items > a->n_items)
		return differs(a->number, "the number of work items", "smaller", "larger");
	return FX_OK;
}

/* Compares the index values two records gave. */
static int cmp_indices(const fx_wk_record *a, const fx_wk_record *b)
{
	if (a->n_indices != b->n_indices) {
		char x[32], y[32];
		snprintf(x, sizeof x, "%zu", a->n_indices);
		snprintf(y, sizeof y, "%zu", b->n_indices);
		return differs(a->number, "the number of index values", x, y);
	}
	for (size_t i = 0; i < a->n_indices; i++) {
		char what[64], m[16];
		snprintf(what, sizeof what, "the index of %s",
		         fx_wk_month_format(a->indices[i].month, m, sizeof m));
		int rc = fx_wk_month_eq(a->indices[i].month, b->indices[i].month)
		             ? cmp_dec(a->number, what, a->indices[i].value, b->indices[i].value)
		             : differs(a->number, "the months of the index values", m, "others");
		if (!rc && a->indices[i].provisional != b->indices[i].provisional)
			rc = differs(a->number, what,
			             a->indices[i].provisional ? "provisional" : "final",
			             b->indices[i].provisional ? "provisional" : "final");
		if (rc)
			return rc;
	}
	return FX_OK;
}

/* The row names of the state file and of messages. */
static const char *const row_names[FX_WORKS_ROW_COUNT] = {
    "advance_paid", "works", "revision",       "bonuses",        "net",
    "vat",          "gross", "retention",      "advance_repaid", "penalties",
    "deductions",   "due",   "subcontractors", "payable"};

/* Compares two records; names the first difference. */
int fx_wk_record_compare(const fx_wk_record *a, const fx_wk_record *b)
{
	unsigned n = a->number;
	int rc = cmp_str(n, "the kind", fx_wk_kind_name(a->kind), fx_wk_kind_name(b->kind));
	if (!rc)
		rc = cmp_str(n, "the invoice number (BT-1)", a->invoice_number, b->invoice_number);
	if (!rc && fx_date_cmp(a->issue_date, b->issue_date) != 0)
		rc = differs(n, "the issue date", "another date", "this one");
	if (!rc)
		rc = cmp_items(a, b);
	if (!rc)
		rc = cmp_indices(a, b);
	for (int i = 0; i < FX_WORKS_ROW_COUNT && !rc; i++) {
		char what[64];
		snprintf(what, sizeof what, "the total to date \"%s\"", row_names[i]);
		rc = cmp_dec(n, what, a->totals[i], b->totals[i]);
	}
	return rc;
}

/* Grows the record array of s by one; out: the new (zeroed) slot. */
static int add_slot(fx_works_series *s, fx_wk_record **out)
{
	if (s->n_records == s->cap_records) {
		size_t cap = s->cap_records ? s->cap_records * 2 : 8;
		fx_wk_record *p = realloc(s->records, cap * sizeof *p);
		if (!p)
			return fx_error_oom();
		s->records = p;
		s->cap_records = cap;
	}
	*out = &s->records[s->n_records];
	memset(*out, 0, sizeof **out);
	return FX_OK;
}

/* Records a computed statement. */
int fx_works_series_record(fx_works_series *s, const fx_works_statement *st)
{
	if (!s || !st || !st->priv)
		return fx_error_set(FX_EUSAGE, "fx_works_series_record: NULL argument");
	const fx_wk_record *r = &st->priv->record;
	if (r->number <= s->n_records)
		return fx_wk_record_compare(r, &s->records[r->number - 1]);
	if (r->number != s->n_records + 1)
		return fx_error_set(FX_EINVAL,
		                    "statement %u would skip statement %zu: the series ends with "
		                    "statement %zu",
		                    r->number, s->n_records + 1, s->n_records);
	if (s->n_records == 0) {
		s->contract = fx_wk_strdup(s->arena, st->priv->contract_number);
		s->depositor = fx_wk_strdup(s->arena, st->priv->depositor);
		s->role = st->role;
		if (!s->contract || (st->priv->depositor && !s->depositor))
			return fx_error_oom();
	}
	fx_wk_record *slot = NULL;
	int rc = add_slot(s, &slot);
	if (!rc)
		rc = fx_wk_record_copy(s->arena, r, slot);
	if (!rc)
		s->n_records++;
	return rc;
}

/* The name of row r in the state file. */
const char *fx_wk_row_name(fx_works_row r)
{
	return (unsigned)r < FX_WORKS_ROW_COUNT ? row_names[r] : "?";
}
