/*
 * bench_core - time of the core path for every JSON description under a
 * folder (default: the project's examples/): description in memory -> model
 * (fx_json_read_memory) -> computation (fx_invoice_compute) -> CII XML
 * (fx_cii_write_memory) -> freed, on one core, in microseconds per invoice.
 *
 *   bench_core [--min-ms MS] [DIR]
 *
 * Each file runs for at least MS milliseconds (default 300) and at least 50
 * times. Exit status: 0 when every file is processed and the overall time is
 * within the target, 1 otherwise, 2 on usage error.
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "bench_util.h"
#include "facturx.h"

#define TARGET_NS 100000 /* the target: 100 us per invoice */
#define MAX_FILES 512
#define MIN_ITERATIONS 50

/** One description to time. */
typedef struct bench_file {
	char *path;
	char *data;
	size_t len;
	size_t lines;
	int64_t iterations;
	int64_t elapsed_ns;
	int failed;
} bench_file;

static bench_file files[MAX_FILES];
static size_t n_files;

/* Orders files by path (qsort callback). */
static int by_path(const void *a, const void *b)
{
	return strcmp(((const bench_file *)a)->path, ((const bench_file *)b)->path);
}

/* Tells whether name ends with ".json". */
static int is_json(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

/* Adds every *.json under dir (recursively) to files[]. */
static void collect(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n_files < MAX_FILES) {
		if (e->d_name[0] == '.')
			continue;
		size_t size = strlen(dir) + strlen(e->d_name) + 2;
		char *path = malloc(size);
		if (!path)
			break;
		snprintf(path, size, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			/* works statements and CSV exports are not invoice descriptions */
			if (strcmp(e->d_name, "works") != 0 && strcmp(e->d_name, "csv") != 0)
				collect(path);
			free(path);
		} else if (S_ISREG(st.st_mode) && is_json(e->d_name)) {
			files[n_files++].path = path;
		} else {
			free(path);
		}
	}
	closedir(d);
}

/* Reads f->path into f->data; 0 or -1. */
static int load(bench_file *f)
{
	return fx_bench_read_file(f->path, &f->data, &f->len);
}

/* Runs the whole path once on f: read, compute, write XML, free.
 * lines (may be NULL) receives the number of invoice lines. */
static int run_once(const bench_file *f, size_t *lines)
{
	fx_invoice *inv = NULL;
	int rc = fx_json_read_memory(f->data, f->len, f->path, &inv);
	/* The official CEN examples are checked against the business rules
	 * only, as the test suite does (their line arithmetic does not add up). */
	fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
	copts.rules_only = strstr(f->path, "/cen/") != NULL;
	if (rc == FX_OK)
		rc = fx_invoice_compute(inv, &copts);
	if (rc == FX_OK) {
		fx_cii_options opts = FX_CII_OPTIONS_INIT;
		if (inv->has_profile)
			opts.profile = inv->profile;
		char *xml = NULL;
		size_t xml_len = 0;
		rc = fx_cii_write_memory(inv, &opts, &xml, &xml_len);
		free(xml);
	}
	if (rc == FX_OK && lines)
		*lines = inv->n_lines;
	fx_invoice_free(inv);
	return rc;
}

/* Times f: at least MIN_ITERATIONS runs and min_ns nanoseconds. */
static void time_file(bench_file *f, int64_t min_ns)
{
	if (load(f) != 0) {
		fprintf(stderr, "bench_core: cannot read %s: %s\n", f->path, strerror(errno));
		f->failed = 1;
		return;
	}
	if (run_once(f, &f->lines) != FX_OK) { /* also warms the caches up */
		fprintf(stderr, "bench_core: %s\n", fx_error_last()->message);
		f->failed = 1;
		return;
	}
	int64_t start = fx_bench_now_ns(), elapsed = 0, n = 0;
	while (n < MIN_ITERATIONS || elapsed < min_ns) {
		for (int i = 0; i < 10; i++)
			run_once(f, NULL);
		n += 10;
		elapsed = fx_bench_now_ns() - start;
	}
	f->iterations = n;
	f->elapsed_ns = elapsed;
}

/* Prints one result row: label, lines, iterations, ns per invoice. */
static void print_row(const char *label, const char *lines, int64_t iterations, int64_t ns)
{
	printf("%-46s %5s %10" PRId64 " %8" PRId64 ".%01" PRId64 "  %s\n", label, lines, iterations,
	       ns / 1000, (ns % 1000) / 100, ns <= TARGET_NS ? "PASS" : "over");
}

/* Parses the arguments, times every file and prints the table. */
int main(int argc, char **argv)
{
	const char *dir = FX_SOURCE_DIR "/examples";
	int64_t min_ms = 300;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--min-ms") == 0 && i + 1 < argc) {
			min_ms = strtoll(argv[++i], NULL, 10);
		} else if (argv[i][0] != '-') {
			dir = argv[i];
		} else {
			fprintf(stderr, "usage: bench_core [--min-ms MS] [DIR]\n");
			return 2;
		}
	}
	collect(dir);
	if (n_files == 0) {
		fprintf(stderr, "bench_core: no *.json under %s\n", dir);
		return 1;
	}
	qsort(files, n_files, sizeof(files[0]), by_path);
	setvbuf(stdout, NULL, _IOLBF, 0); /* rows and error messages in order */
	fx_bench_pin_to_one_core();
	printf("facturx %s: JSON description -> model -> computation -> CII XML, one core\n",
	       fx_version());
	printf("target: <= %d us per invoice; files under %s\n\n", TARGET_NS / 1000, dir);
	printf("%-46s %5s %10s %10s  %s\n", "file", "lines", "iterations", "us/invoice", "result");
	int64_t total_ns = 0, total_n = 0;
	size_t failed = 0;
	size_t skip = strlen(dir) + 1;
	for (size_t i = 0; i < n_files; i++) {
		bench_file *f = &files[i];
		time_file(f, min_ms * 1000000);
		if (f->failed) {
			printf("%-46s %5s %10s %10s  %s\n", f->path + skip, "-", "-", "-", "ERROR");
			failed++;
		} else {
			char lines[24];
			snprintf(lines, sizeof(lines), "%zu", f->lines);
			print_row(f->path + skip, lines, f->iterations,
			          f->elapsed_ns / f->iterations);
			total_ns += f->elapsed_ns;
			total_n += f->iterations;
		}
		free(f->data);
		free(f->path);
	}
	int64_t overall = total_n ? total_ns / total_n : 0;
	char label[64];
	snprintf(label, sizeof(label), "overall (%zu of %zu files)", n_files - failed, n_files);
	printf("\n");
	print_row(label, "", total_n, overall);
	if (failed)
		printf("%zu file(s) could not be processed (see the messages above)\n", failed);
	return failed || overall > TARGET_NS ? 1 : 0;
}
