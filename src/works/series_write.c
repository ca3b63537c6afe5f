/*
 * Writing the series state as JSON: one object per recorded statement, the
 * decimals as strings (exact, and never a decimal comma whatever the
 * locale), written atomically to its file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "core/file.h"
#include "works/works_internal.h"

/* Appends s as a JSON string literal. */
static void put_string(fx_buf *b, const char *s)
{
	fx_buf_puts(b, "\"");
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fx_buf_printf(b, "\\%c", *p);
		else if (*p < 0x20)
			fx_buf_printf(b, "\\u%04x", *p);
		else
			fx_buf_append(b, (const char *)p, 1);
	}
	fx_buf_puts(b, "\"");
}

/* Appends "key": "decimal" (absent: 0). */
static void put_decimal(fx_buf *b, const char *key, fx_decimal d)
{
	char text[FX_DECIMAL_STRLEN];
	if (fx_decimal_format(fx_wk_or_zero(d), text, sizeof text) != FX_OK)
		text[0] = '\0';
	fx_buf_printf(b, "\"%s\": \"%s\"", key, text);
}

/* Appends ",\n      "key": "YYYY-MM-DD"" when d is present. */
static void put_date(fx_buf *b, const char *key, fx_date d)
{
	char text[16];
	if (!fx_date_is_absent(d) && fx_date_format(d, 1, text, sizeof text) == FX_OK)
		fx_buf_printf(b, ",\n      \"%s\": \"%s\"", key, text);
}

/* Appends the items of r. */
static void put_items(fx_buf *b, const fx_wk_record *r)
{
	fx_buf_puts(b, ",\n      \"items\": [");
	for (size_t i = 0; i < r->n_items; i++) {
		fx_buf_printf(b, "%s\n        {\"id\": ", i ? "," : "");
		put_string(b, r->items[i].id);
		fx_buf_puts(b, ", ");
		put_decimal(b, "progress", r->items[i].progress);
		fx_buf_puts(b, ", ");
		put_decimal(b, "amount", r->items[i].amount);
		fx_buf_puts(b, "}");
	}
	fx_buf_puts(b, r->n_items ? "\n      ]" : "]");
}

/* Appends the index values r gave. */
static void put_indices(fx_buf *b, const fx_wk_record *r)
{
	fx_buf_puts(b, ",\n      \"indices\": [");
	for (size_t i = 0; i < r->n_indices; i++) {
		char m[16];
		fx_buf_printf(b, "%s\n        {\"month\": \"%s\", ", i ? "," : "",
		              fx_wk_month_format(r->indices[i].month, m, sizeof m));
		put_decimal(b, "value", r->indices[i].value);
		fx_buf_printf(b, ", \"provisional\": %s}",
		              r->indices[i].provisional ? "true" : "false");
	}
	fx_buf_puts(b, r->n_indices ? "\n      ]" : "]");
}

/* Appends the events of r of one kind under key. */
static void put_events(fx_buf *b, const char *key, const fx_wk_event_state *e, size_t n)
{
	fx_buf_printf(b, ",\n      \"%s\": [", key);
	for (size_t i = 0; i < n; i++) {
		fx_buf_printf(b, "%s\n        {\"label\": ", i ? "," : "");
		put_string(b, e[i].label);
		if (e[i].days.set) {
			fx_buf_puts(b, ", ");
			put_decimal(b, "days", e[i].days);
		}
		fx_buf_puts(b, ", ");
		put_decimal(b, "amount", e[i].amount);
		fx_buf_puts(b, "}");
	}
	fx_buf_puts(b, n ? "\n      ]" : "]");
}

/* Appends the direct payments to date of r. */
static void put_direct(fx_buf *b, const fx_wk_record *r)
{
	fx_buf_puts(b, ",\n      \"direct_payments\": [");
	for (size_t i = 0; i < r->n_direct; i++) {
		fx_buf_printf(b, "%s\n        {\"name\": ", i ? "," : "");
		put_string(b, r->direct[i].name);
		fx_buf_puts(b, ", ");
		put_decimal(b, "amount_to_date", r->direct[i].amount_to_date);
		fx_buf_puts(b, "}");
	}
	fx_buf_puts(b, r->n_direct ? "\n      ]" : "]");
}

/* Appends one record. */
static void put_record(fx_buf *b, const fx_wk_record *r)
{
	char m[16];
	fx_buf_printf(b,
	              "    {\n      \"number\": %u,\n      \"kind\": \"%s\",\n      "
	              "\"invoice_number\": ",
	              r->number, fx_wk_kind_name(r->kind));
	put_string(b, r->invoice_number);
	put_date(b, "issue_date", r->issue_date);
	fx_buf_printf(b, ",\n      \"month\": \"%s\",\n      ",
	              fx_wk_month_format(r->month, m, sizeof m));
	put_decimal(b, "works", r->works);
	fx_buf_puts(b, ",\n      \"totals\": {");
	for (int i = 0; i < FX_WORKS_ROW_COUNT; i++) {
		fx_buf_puts(b, i ? ",\n        " : "\n        ");
		put_decimal(b, fx_wk_row_name((fx_works_row)i), r->totals[i]);
	}
	fx_buf_puts(b, "\n      }");
	put_items(b, r);
	put_indices(b, r);
	put_events(b, "bonuses", r->bonuses, r->n_bonuses);
	put_events(b, "penalties", r->penalties, r->n_penalties);
	put_direct(b, r);
	fx_buf_puts(b, "\n    }");
}

/* Writes the series as JSON into memory. */
int fx_works_series_write_memory(const fx_works_series *s, char **out, size_t *out_len)
{
	if (!s || !out || !out_len)
		return fx_error_set(FX_EUSAGE, "fx_works_series_write_memory: NULL argument");
	fx_buf b = {0};
	fx_buf_puts(&b, "{\n  \"format\": \"facturx-works-series\",\n  \"version\": 1,\n"
	                "  \"contract\": ");
	put_string(&b, s->contract);
	fx_buf_printf(&b, ",\n  \"role\": \"%s\",\n  \"depositor\": ", fx_wk_role_name(s->role));
	put_string(&b, s->depositor);
	fx_buf_puts(&b, ",\n  \"statements\": [");
	for (size_t i = 0; i < s->n_records; i++) {
		fx_buf_puts(&b, i ? ",\n" : "\n");
		put_record(&b, &s->records[i]);
	}
	fx_buf_puts(&b, s->n_records ? "\n  ]\n}\n" : "]\n}\n");
	if (b.failed) {
		fx_buf_free(&b);
		return fx_error_oom();
	}
	*out = fx_buf_detach(&b, out_len);
	return FX_OK;
}

/* Writes the series to a file atomically. */
int fx_works_series_write_file(const fx_works_series *s, const char *path)
{
	if (!path)
		return fx_error_set(FX_EUSAGE, "fx_works_series_write_file: no path");
	char *text = NULL;
	size_t len = 0;
	int rc = fx_works_series_write_memory(s, &text, &len);
	if (rc)
		return rc;
	rc = fx_file_write_atomic(path, text, len);
	free(text);
	return rc;
}
