/*
 * Developer tool: compares our validator with the official verdicts of
 * ../shared/reference/conformance/ and prints, per file, the ids we miss
 * and the ids we report extra, column by column.
 *
 *   conformance_diff [--column C]... [--family F] [--match TEXT] [--dir DIR]
 *                    [--summary]
 *
 * C: verdict, structure, cen, fx, cen-warn, fx-warn, fr, fr-warn,
 * fr-verdict or all (default: verdict, cen, fx). Exit status: 0 when every
 * compared file matches, 1 otherwise, 2 on usage errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conformance.h"

/* Prints the usage text on stderr and returns 2. */
static int usage(void)
{
	fprintf(stderr, "usage: conformance_diff [--column C]... [--family F] [--match TEXT] "
	                "[--dir DIR] [--summary]\n"
	                "columns: all");
	for (int c = 0; c < FX_CF_COUNT; c++)
		fprintf(stderr, " %s", fx_cf_column_name((fx_cf_column)c));
	fprintf(stderr, "\n");
	return 2;
}

/** The command line. */
typedef struct diff_args {
	bool columns[FX_CF_COUNT];
	bool any_column;
	const char *family;
	const char *match;
	const char *dir;
	bool summary;
} diff_args;

/* Parses the command line; returns 0 or 2. */
static int parse_args(int argc, char **argv, diff_args *a)
{
	memset(a, 0, sizeof(*a));
	a->dir = FX_SHARED_DIR "/reference/conformance";
	for (int i = 1; i < argc; i++) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (strcmp(argv[i], "--summary") == 0) {
			a->summary = true;
			continue;
		}
		if (!v)
			return usage();
		if (strcmp(argv[i], "--column") == 0) {
			int c = fx_cf_column_parse(v);
			if (strcmp(v, "all") == 0)
				for (int k = 0; k < FX_CF_COUNT; k++)
					a->columns[k] = true;
			else if (c < 0)
				return usage();
			else
				a->columns[c] = true;
			a->any_column = true;
		} else if (strcmp(argv[i], "--family") == 0) {
			a->family = v;
		} else if (strcmp(argv[i], "--match") == 0) {
			a->match = v;
		} else if (strcmp(argv[i], "--dir") == 0) {
			a->dir = v;
		} else {
			return usage();
		}
		i++;
	}
	if (!a->any_column)
		a->columns[FX_CF_VERDICT] = a->columns[FX_CF_CEN] = a->columns[FX_CF_FX] = true;
	return 0;
}

/* Runs the comparison. */
int main(int argc, char **argv)
{
	diff_args a;
	if (parse_args(argc, argv, &a) != 0)
		return 2;
	fx_cf_set set;
	if (fx_cf_load(a.dir, &set) != 0)
		return 2;
	size_t same[FX_CF_COUNT] = {0}, total = 0;
	for (size_t i = 0; i < set.count; i++) {
		const fx_cf_row *row = &set.rows[i];
		if ((a.family && strcmp(row->family, a.family) != 0) ||
		    (a.match && !strstr(row->file, a.match)))
			continue;
		total++;
		fx_cf_result res;
		if (fx_cf_run(a.dir, row->file, &res) != 0) {
			printf("%s: cannot be validated\n", row->file);
			continue;
		}
		for (int c = 0; c < FX_CF_COUNT; c++) {
			if (!a.columns[c])
				continue;
			char *missing, *extra;
			if (fx_cf_compare((fx_cf_column)c, row->fields[c], res.fields[c], &missing,
			                  &extra))
				same[c]++;
			else if (!a.summary)
				printf("%-60s %-12s %-10s missing: %-30s extra: %s\n", row->file,
				       row->family, fx_cf_column_name((fx_cf_column)c),
				       *missing ? missing : "-", *extra ? extra : "-");
			free(missing);
			free(extra);
		}
		fx_cf_result_free(&res);
	}
	bool all_same = true;
	for (int c = 0; c < FX_CF_COUNT; c++)
		if (a.columns[c]) {
			printf("%-10s %zu/%zu files match\n", fx_cf_column_name((fx_cf_column)c),
			       same[c], total);
			all_same = all_same && same[c] == total;
		}
	fx_cf_free(&set);
	return all_same ? 0 : 1;
}
