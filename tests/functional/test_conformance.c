/*
 * The validator against the official verdicts (skipped, exit 77, without
 * ../shared):
 *   test_conformance column C   every file of reference/conformance/, column
 *                               C of expected.tsv (see conformance.h)
 *   test_conformance examples   the 15 official examples: verdict and
 *                               blocking ids of examples/official-verdicts.tsv
 *   test_conformance profiles   the same examples forced to each profile:
 *                               the valid_as_<P> columns
 *   test_conformance unit-tests the official CEN unit tests (expectations.tsv)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "conformance.h"

/* Exit status reported as "skipped" by ctest. */
#define SKIP 77

/* Runs one column over the conformance corpus; returns the mismatches. */
static int run_column(const char *shared, fx_cf_column c)
{
	char dir[4096];
	snprintf(dir, sizeof(dir), "%s/reference/conformance", shared);
	fx_cf_set set;
	if (fx_cf_load(dir, &set) != 0)
		return 1;
	int bad = 0;
	for (size_t i = 0; i < set.count; i++) {
		fx_cf_result res;
		if (fx_cf_run(dir, set.rows[i].file, &res) != 0) {
			printf("%s: cannot be validated\n", set.rows[i].file);
			bad++;
			continue;
		}
		char *missing, *extra;
		if (!fx_cf_compare(c, set.rows[i].fields[c], res.fields[c], &missing, &extra)) {
			printf("%s (%s): missing %s extra %s\n", set.rows[i].file,
			       set.rows[i].family, *missing ? missing : "-", *extra ? extra : "-");
			bad++;
		}
		free(missing);
		free(extra);
		fx_cf_result_free(&res);
	}
	printf("column %s: %zu files, %d mismatching\n", fx_cf_column_name(c), set.count, bad);
	fx_cf_free(&set);
	return bad;
}

/* Splits a TSV line in place; returns the number of fields. */
static size_t split(char *line, char **f, size_t max)
{
	size_t n = 0;
	line[strcspn(line, "\r\n")] = 0;
	for (char *p = line; p && n < max; n++) {
		f[n] = p;
		p = strchr(p, '\t');
		if (p)
			*p++ = 0;
	}
	return n;
}

/* Validates path (profile forced when force >= 0) and returns the report. */
static fx_report *validate(const char *path, int force)
{
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.french = FX_SWITCH_OFF;
	o.chorus = FX_SWITCH_OFF;
	if (force >= 0) {
		o.force_profile = true;
		o.profile = (fx_profile)force;
	}
	fx_report *r = NULL;
	if (fx_validate_file(path, &o, &r) != FX_OK)
		printf("%s: cannot be validated: %s\n", path, fx_error_last()->message);
	return r;
}

/* Writes into out the sorted blocking ids of r ("cen:ID" / "fx:ID"). */
static void blocking_ids(const fx_report *r, char *out, size_t size)
{
	char *items[256];
	size_t n = 0;
	for (size_t i = 0; i < fx_report_count(r) && n < 256; i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->severity != FX_SEVERITY_FATAL || !f->counts ||
		    (f->layer != FX_LAYER_EN16931 && f->layer != FX_LAYER_FACTURX))
			continue;
		char id[200];
		snprintf(id, sizeof(id), "%s:%s", f->layer == FX_LAYER_EN16931 ? "cen" : "fx",
		         f->rule_id);
		bool dup = false;
		for (size_t k = 0; k < n && !dup; k++)
			dup = strcmp(items[k], id) == 0;
		if (!dup)
			items[n++] = strdup(id);
	}
	out[0] = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = i + 1; k < n; k++)
			if (strcmp(items[k], items[i]) < 0) {
				char *t = items[i];
				items[i] = items[k];
				items[k] = t;
			}
		if (strlen(out) + strlen(items[i]) + 2 < size) {
			if (i)
				strcat(out, ",");
			strcat(out, items[i]);
		}
		free(items[i]);
	}
	if (n == 0)
		snprintf(out, size, "-");
}

/* Sorts a comma-separated id list in place (small lists). */
static void sort_list(char *s)
{
	char *items[64], copy[4096];
	size_t n = 0;
	snprintf(copy, sizeof(copy), "%s", s);
	for (char *t = strtok(copy, ","); t && n < 64; t = strtok(NULL, ","))
		items[n++] = t;
	for (size_t i = 0; i < n; i++)
		for (size_t k = i + 1; k < n; k++)
			if (strcmp(items[k], items[i]) < 0) {
				char *t = items[i];
				items[i] = items[k];
				items[k] = t;
			}
	s[0] = 0;
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(s, ",");
		strcat(s, items[i]);
	}
}

/* The official examples (profiles: also each forced profile). */
static int run_examples(const char *shared, bool profiles)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/reference/examples/official-verdicts.tsv", shared);
	FILE *fp = fopen(path, "r");
	if (!fp) {
		printf("%s: cannot open\n", path);
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	int bad = 0, lines = 0;
	while (getline(&line, &cap, fp) > 0) {
		char *f[16];
		if (lines++ == 0 || split(line, f, 16) < 11)
			continue;
		char file[4096];
		snprintf(file, sizeof(file), "%s/reference/examples/%s", shared, f[0]);
		for (int p = profiles ? 0 : -1; p < (profiles ? 5 : 0); p++) {
			fx_report *r = validate(file, p);
			if (!r) {
				bad++;
				continue;
			}
			const char *verdict =
			    fx_report_verdict(r) == FX_VERDICT_VALID ? "valid" : "invalid";
			const char *want = p < 0 ? f[3] : f[6 + p];
			char ids[4096];
			blocking_ids(r, ids, sizeof(ids));
			sort_list(f[5]);
			bool ok = strcmp(verdict, want) == 0 && (p >= 0 || strcmp(ids, f[5]) == 0);
			if (!ok) {
				printf("%s%s%s: %s %s, expected %s %s\n", f[0],
				       p >= 0 ? " as " : "",
				       p >= 0 ? fx_profile_name((fx_profile)p) : "", verdict, ids,
				       want, p < 0 ? f[5] : "");
				bad++;
			}
			fx_report_free(r);
		}
	}
	free(line);
	fclose(fp);
	printf("official examples%s: %d mismatching\n", profiles ? " per profile" : "", bad);
	return bad;
}

/* True when r has a layer-4 finding id of severity sev. */
static bool has_cen(const fx_report *r, const char *id, fx_severity sev)
{
	for (size_t i = 0; i < fx_report_count(r); i++) {
		const fx_finding *f = fx_report_get(r, i);
		if (f->layer == FX_LAYER_EN16931 && f->severity == sev &&
		    strcmp(f->rule_id, id) == 0)
			return true;
	}
	return false;
}

/* The official CEN unit tests. */
static int run_unit_tests(const char *shared)
{
	char path[4096];
	snprintf(path, sizeof(path),
	         "%s/reference/examples/en16931-cii-unit-tests/expectations.tsv", shared);
	FILE *fp = fopen(path, "r");
	if (!fp) {
		printf("%s: cannot open\n", path);
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	int bad = 0, lines = 0;
	while (getline(&line, &cap, fp) > 0) {
		char *f[8];
		if (lines++ == 0 || split(line, f, 8) < 5)
			continue;
		char file[4096];
		snprintf(file, sizeof(file),
		         "%s/reference/examples/en16931-cii-unit-tests/cases/%s", shared, f[0]);
		fx_report *r = validate(file, -1);
		if (!r) {
			bad++;
			continue;
		}
		bool ok = true;
		if (strcmp(f[2], "-") != 0)
			ok = !has_cen(r, f[2], FX_SEVERITY_FATAL) &&
			     !has_cen(r, f[2], FX_SEVERITY_WARNING);
		if (strcmp(f[3], "-") != 0)
			ok = ok && has_cen(r, f[3], FX_SEVERITY_WARNING);
		if (strcmp(f[4], "-") != 0)
			ok = ok && has_cen(r, f[4], FX_SEVERITY_FATAL);
		printf("%s: %s\n", f[0], ok ? "ok" : "MISMATCH");
		bad += !ok;
		fx_report_free(r);
	}
	free(line);
	fclose(fp);
	printf("CEN unit tests: %d mismatching\n", bad);
	return bad;
}

/* Runs the comparison named on the command line. */
int main(int argc, char **argv)
{
	const char *shared = FX_SHARED_DIR;
	struct stat st;
	char ref[4096];
	snprintf(ref, sizeof(ref), "%s/reference", shared);
	if (stat(ref, &st) != 0) {
		printf("%s absent: skipped\n", ref);
		return SKIP;
	}
	if (argc == 3 && strcmp(argv[1], "column") == 0) {
		int c = fx_cf_column_parse(argv[2]);
		if (c < 0)
			return 2;
		return run_column(shared, (fx_cf_column)c) ? 1 : 0;
	}
	if (argc == 2 && strcmp(argv[1], "examples") == 0)
		return run_examples(shared, false) ? 1 : 0;
	if (argc == 2 && strcmp(argv[1], "profiles") == 0)
		return run_examples(shared, true) ? 1 : 0;
	if (argc == 2 && strcmp(argv[1], "unit-tests") == 0)
		return run_unit_tests(shared) ? 1 : 0;
	fprintf(stderr, "usage: test_conformance column C | examples | profiles | unit-tests\n");
	return 2;
}
