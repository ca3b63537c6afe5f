/*
 * The conformance corpus: expected.tsv, our ids per column, comparison.
 */
#include "conformance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const column_names[FX_CF_COUNT] = {
    "verdict", "structure", "cen", "fx", "cen-warn", "fx-warn", "fr", "fr-warn", "fr-verdict",
};

/* Name of a column. */
const char *fx_cf_column_name(fx_cf_column c)
{
	return (c >= 0 && c < FX_CF_COUNT) ? column_names[c] : "?";
}

/* Parses a column name. */
int fx_cf_column_parse(const char *name)
{
	for (int i = 0; i < FX_CF_COUNT; i++)
		if (strcmp(name, column_names[i]) == 0)
			return i;
	return -1;
}

/** A growing list of ids. */
typedef struct id_list {
	char **ids;
	size_t count;
} id_list;

/* Adds id (copied) unless already present. */
static void list_add(id_list *l, const char *id, size_t len)
{
	for (size_t i = 0; i < l->count; i++)
		if (strlen(l->ids[i]) == len && memcmp(l->ids[i], id, len) == 0)
			return;
	char **p = realloc(l->ids, (l->count + 1) * sizeof(char *));
	if (!p)
		abort();
	l->ids = p;
	l->ids[l->count] = strndup(id, len);
	if (!l->ids[l->count])
		abort();
	l->count++;
}

/* Orders strings for qsort. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Joins the sorted list with commas ("-" when empty) and frees it. */
static char *list_join(id_list *l)
{
	if (l->count > 1)
		qsort(l->ids, l->count, sizeof(char *), cmp_str);
	size_t n = 2;
	for (size_t i = 0; i < l->count; i++)
		n += strlen(l->ids[i]) + 1;
	char *s = calloc(1, n);
	if (!s)
		abort();
	if (l->count == 0)
		strcpy(s, "-");
	for (size_t i = 0; i < l->count; i++) {
		if (i)
			strcat(s, ",");
		strcat(s, l->ids[i]);
		free(l->ids[i]);
	}
	free(l->ids);
	l->ids = NULL;
	l->count = 0;
	return s;
}

/* Adds to l the ids of the comma list text having prefix (stripped). */
static void list_add_prefixed(id_list *l, const char *text, const char *prefix)
{
	size_t plen = strlen(prefix);
	for (const char *p = text; p && *p;) {
		size_t w = strcspn(p, ",");
		if (w > plen && strncmp(p, prefix, plen) == 0)
			list_add(l, p + plen, w - plen);
		p += w;
		if (*p == ',')
			p++;
	}
}

/* Returns a copy of s (aborts when out of memory). */
static char *xstrdup(const char *s)
{
	char *d = strdup(s);
	if (!d)
		abort();
	return d;
}

/* Splits a TSV line in place into at most max fields; returns the count. */
static size_t split_tabs(char *line, char **fields, size_t max)
{
	size_t n = 0;
	line[strcspn(line, "\r\n")] = 0;
	while (n < max) {
		fields[n++] = line;
		char *tab = strchr(line, '\t');
		if (!tab)
			break;
		*tab = 0;
		line = tab + 1;
	}
	return n;
}

/* Index of column name in the header, or -1. */
static int header_index(char **head, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(head[i], name) == 0)
			return (int)i;
	return -1;
}

/* True when the structure (XSD or well-formedness) of a row fails for its
 * declared profile: xsd_failed names that profile (CII-D16B for none). */
static bool structure_fails(const char *xsd_failed, const char *declared)
{
	if (strcmp(xsd_failed, "wellformed") == 0)
		return true;
	const char *want = strcmp(declared, "none") == 0 ? "CII-D16B" : declared;
	id_list l = {0};
	list_add_prefixed(&l, xsd_failed, "");
	bool found = false;
	for (size_t i = 0; i < l.count; i++)
		found = found || strcmp(l.ids[i], want) == 0;
	free(list_join(&l));
	return found;
}

/** Column indices of the header of expected.tsv. */
enum {
	C_FILE,
	C_PROFILE,
	C_VERDICT,
	C_XSD,
	C_FATAL,
	C_ADVISORY,
	C_WARN,
	C_FRV,
	C_FRF,
	C_FRW,
	C_FAMILY,
	C_NCOLS
};

/* Fills row from the fields of one line. */
static void fill_row(fx_cf_row *row, char **f, const int *ix)
{
	id_list l = {0};
	row->file = xstrdup(f[ix[C_FILE]]);
	row->family = xstrdup(f[ix[C_FAMILY]]);
	row->fields[FX_CF_VERDICT] = xstrdup(f[ix[C_VERDICT]]);
	row->fields[FX_CF_STRUCTURE] =
	    xstrdup(structure_fails(f[ix[C_XSD]], f[ix[C_PROFILE]]) ? "invalid" : "valid");
	list_add_prefixed(&l, f[ix[C_FATAL]], "cen:");
	list_add_prefixed(&l, f[ix[C_ADVISORY]], "cen:");
	row->fields[FX_CF_CEN] = list_join(&l);
	list_add_prefixed(&l, f[ix[C_FATAL]], "fx:");
	row->fields[FX_CF_FX] = list_join(&l);
	list_add_prefixed(&l, f[ix[C_WARN]], "cen:");
	row->fields[FX_CF_CEN_WARN] = list_join(&l);
	list_add_prefixed(&l, f[ix[C_WARN]], "fx:");
	row->fields[FX_CF_FX_WARN] = list_join(&l);
	list_add_prefixed(&l, f[ix[C_FRF]], "fr:");
	row->fields[FX_CF_FR] = list_join(&l);
	list_add_prefixed(&l, f[ix[C_FRW]], "fr:");
	row->fields[FX_CF_FR_WARN] = list_join(&l);
	row->fields[FX_CF_FR_VERDICT] = xstrdup(f[ix[C_FRV]]);
}

/* Loads expected.tsv. */
int fx_cf_load(const char *dir, fx_cf_set *set)
{
	static const char *const names[C_NCOLS] = {
	    "file",         "declared_profile", "verdict",     "xsd_failed",
	    "fatal_ids",    "advisory_ids",     "warning_ids", "fr_verdict",
	    "fr_fatal_ids", "fr_warning_ids",   "family"};
	memset(set, 0, sizeof(*set));
	char path[4096];
	snprintf(path, sizeof(path), "%s/expected.tsv", dir);
	FILE *fp = fopen(path, "r");
	if (!fp) {
		fprintf(stderr, "%s: cannot open\n", path);
		return -1;
	}
	set->dir = xstrdup(dir);
	char *line = NULL;
	size_t cap = 0;
	char *head[64], *f[64];
	size_t nhead = 0;
	int ix[C_NCOLS];
	char *header = NULL;
	while (getline(&line, &cap, fp) > 0) {
		if (!header) {
			header = xstrdup(line);
			nhead = split_tabs(header, head, 64);
			for (int i = 0; i < C_NCOLS; i++)
				if ((ix[i] = header_index(head, nhead, names[i])) < 0) {
					fprintf(stderr, "%s: no column %s\n", path, names[i]);
					fclose(fp);
					free(line);
					free(header);
					return -1;
				}
			continue;
		}
		if (split_tabs(line, f, 64) < nhead)
			continue;
		fx_cf_row *rows = realloc(set->rows, (set->count + 1) * sizeof(*rows));
		if (!rows)
			abort();
		set->rows = rows;
		fill_row(&set->rows[set->count++], f, ix);
	}
	free(line);
	free(header);
	fclose(fp);
	return 0;
}

/* Frees a set. */
void fx_cf_free(fx_cf_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		free(set->rows[i].file);
		free(set->rows[i].family);
		for (int c = 0; c < FX_CF_COUNT; c++)
			free(set->rows[i].fields[c]);
	}
	free(set->rows);
	free(set->dir);
	memset(set, 0, sizeof(*set));
}

/* Validates a file and collects our ids per column. */
int fx_cf_run(const char *dir, const char *file, fx_cf_result *res)
{
	memset(res, 0, sizeof(*res));
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.french = FX_SWITCH_ON;
	o.chorus = FX_SWITCH_OFF;
	fx_report *r = NULL;
	if (fx_validate_file(path, &o, &r) != FX_OK)
		return -1;
	id_list lists[FX_CF_COUNT] = {{0}};
	bool invalid = false, fr_invalid = false, structure = false;
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		bool fatal = f->severity == FX_SEVERITY_FATAL;
		bool warn = f->severity == FX_SEVERITY_WARNING;
		size_t len = strlen(f->rule_id);
		if (fatal && f->counts) {
			fr_invalid = true;
			invalid = invalid || f->layer != FX_LAYER_FR;
		}
		if (fatal && (f->layer == FX_LAYER_XML || f->layer == FX_LAYER_STRUCTURE))
			structure = true;
		if (f->layer == FX_LAYER_EN16931 && (fatal || warn))
			list_add(&lists[fatal ? FX_CF_CEN : FX_CF_CEN_WARN], f->rule_id, len);
		if (f->layer == FX_LAYER_FACTURX && (fatal || warn))
			list_add(&lists[fatal ? FX_CF_FX : FX_CF_FX_WARN], f->rule_id, len);
		if (f->layer == FX_LAYER_FR && (fatal || warn))
			list_add(&lists[fatal ? FX_CF_FR : FX_CF_FR_WARN], f->rule_id, len);
	}
	fx_report_free(r);
	res->fields[FX_CF_VERDICT] = xstrdup(invalid ? "invalid" : "valid");
	res->fields[FX_CF_FR_VERDICT] = xstrdup(fr_invalid ? "invalid" : "valid");
	res->fields[FX_CF_STRUCTURE] = xstrdup(structure ? "invalid" : "valid");
	for (int c = FX_CF_CEN; c <= FX_CF_FR_WARN; c++)
		res->fields[c] = list_join(&lists[c]);
	return 0;
}

/* Frees a result. */
void fx_cf_result_free(fx_cf_result *res)
{
	for (int c = 0; c < FX_CF_COUNT; c++)
		free(res->fields[c]);
	memset(res, 0, sizeof(*res));
}

/* Returns the ids of a that are not in b, comma-separated. */
static char *difference(const char *a, const char *b)
{
	id_list la = {0}, lb = {0}, out = {0};
	list_add_prefixed(&la, strcmp(a, "-") ? a : "", "");
	list_add_prefixed(&lb, strcmp(b, "-") ? b : "", "");
	for (size_t i = 0; i < la.count; i++) {
		bool found = false;
		for (size_t k = 0; k < lb.count && !found; k++)
			found = strcmp(la.ids[i], lb.ids[k]) == 0;
		if (!found)
			list_add(&out, la.ids[i], strlen(la.ids[i]));
	}
	free(list_join(&la));
	free(list_join(&lb));
	char *s = list_join(&out);
	if (strcmp(s, "-") == 0)
		s[0] = 0;
	return s;
}

/* Compares one column. */
bool fx_cf_compare(fx_cf_column c, const char *expected, const char *ours, char **missing,
                   char **extra)
{
	if (c == FX_CF_VERDICT || c == FX_CF_FR_VERDICT || c == FX_CF_STRUCTURE) {
		bool same = strcmp(expected, ours) == 0;
		*missing = xstrdup(same ? "" : expected);
		*extra = xstrdup(same ? "" : ours);
		return same;
	}
	*missing = difference(expected, ours);
	*extra = difference(ours, expected);
	return !**missing && !**extra;
}
