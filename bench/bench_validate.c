/*
 * bench_validate - time of the validator, in process and on one core:
 *  1. the XML layers of fx_validate_memory on each official CEN example:
 *     2-6 (parse, structure, EN 16931, Factur-X, French rules switched on),
 *     2 alone (secure parse), and 3-6 as their difference (target 1 ms per
 *     invoice for layers 3-6, as the issue states; 2-6 is reported too);
 *  2. a Factur-X PDF made by fx_generate_memory from the example description,
 *     validated end to end (layers 1 to 6; target 5 ms);
 *  3. one `facturx validate --quiet` process over 1,000 files written to a
 *     temporary folder (the official examples and the generated PDF, in turn;
 *     target 5 s), when the command-line tool is found.
 *
 *   bench_validate [--min-ms MS] [--cli PATH] [--files N]
 *
 * Exit status: 0 when every target is met, 1 otherwise, 2 on usage error.
 * Without ../shared (FX_SHARED_DIR), part 1 is skipped and part 3 uses the
 * generated PDF only.
 */
#include <dirent.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench_util.h"
#include "facturx.h"

#define TARGET_XML_NS 1000000       /* 1 ms per invoice, XML layers */
#define TARGET_PDF_NS 5000000       /* 5 ms per PDF, end to end */
#define TARGET_MANY_NS 5000000000LL /* 5 s for the 1,000 files */
#define MAX_FILES 64
#define MIN_ITERATIONS 20

/** One input held in memory. */
typedef struct input {
	char *name;
	char *data;
	size_t len;
} input;

/* The options of the timed validations (French rules on, Chorus off). */
static fx_validate_options bench_options(void)
{
	fx_validate_options o;
	fx_validate_options_init(&o, FX_VALIDATE_OPTIONS_VERSION);
	o.french = FX_SWITCH_ON;
	o.chorus = FX_SWITCH_OFF;
	return o;
}

/* Times fx_validate_memory on in for at least min_ns, with the layers of
 * mask (0: the defaults); returns ns per run (-1 on failure). */
static int64_t time_validation(const input *in, int64_t min_ns, unsigned mask)
{
	fx_validate_options o = bench_options();
	if (mask)
		o.layers = mask;
	int64_t start = fx_bench_now_ns(), now = start, n = 0;
	while (n < MIN_ITERATIONS || now - start < min_ns) {
		fx_report *r = NULL;
		if (fx_validate_memory(in->data, in->len, in->name, &o, &r) != FX_OK) {
			fprintf(stderr, "bench_validate: %s: %s\n", in->name,
			        fx_error_last()->message);
			return -1;
		}
		fx_report_free(r);
		n++;
		now = fx_bench_now_ns();
	}
	return (now - start) / n;
}

/* Orders names for qsort. */
static int cmp_names(const void *a, const void *b)
{
	return strcmp(((const input *)a)->name, ((const input *)b)->name);
}

/* Loads the .xml files of dir into files; returns their number. */
static size_t load_dir(const char *dir, input *files, size_t max)
{
	DIR *d = opendir(dir);
	size_t n = 0;
	struct dirent *e;
	while (d && n < max && (e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);
		if (l < 5 || strcmp(e->d_name + l - 4, ".xml") != 0)
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		input *in = &files[n];
		if (fx_bench_read_file(path, &in->data, &in->len) == 0) {
			in->name = strdup(e->d_name);
			n++;
		}
	}
	if (d)
		closedir(d);
	qsort(files, n, sizeof(input), cmp_names);
	return n;
}

/* Makes the Factur-X PDF of the example description; 0 or -1. */
static int make_pdf(input *out)
{
	const char *path = FX_SOURCE_DIR "/examples/invoice-fr-b2b.json";
	fx_invoice *inv = NULL;
	int rc = fx_json_read_file(path, &inv);
	fx_compute_options c = FX_COMPUTE_OPTIONS_INIT;
	if (rc == FX_OK)
		rc = fx_invoice_compute(inv, &c);
	fx_generate_options g = FX_GENERATE_OPTIONS_INIT;
	fx_pdf_date date;
	if (rc == FX_OK)
		rc = fx_generate_resolve_date("2026-01-01T00:00:00Z", &date);
	g.date = &date;
	unsigned char *pdf = NULL;
	if (rc == FX_OK)
		rc = fx_generate_memory(inv, &g, &pdf, &out->len);
	fx_invoice_free(inv);
	if (rc != FX_OK) {
		fprintf(stderr, "bench_validate: %s: %s\n", path, fx_error_last()->message);
		return -1;
	}
	out->data = (char *)pdf;
	out->name = strdup("invoice-fr-b2b.pdf");
	return 0;
}

/* Writes count files to a new temporary folder (inputs in turn); returns
 * the folder (malloc'ed) or NULL. */
static char *write_many(const input *inputs, size_t n_inputs, size_t count)
{
	char tmpl[] = "/tmp/fx-bench-validate-XXXXXX";
	char *dir = mkdtemp(tmpl);
	if (!dir)
		return NULL;
	for (size_t i = 0; i < count; i++) {
		const input *in = &inputs[i % n_inputs];
		char path[4096];
		snprintf(path, sizeof(path), "%s/%05zu-%s", dir, i, in->name);
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(in->data, 1, in->len, f) != in->len) {
			if (f)
				fclose(f);
			return NULL;
		}
		fclose(f);
	}
	return strdup(dir);
}

/* Removes the files of write_many and the folder. */
static void remove_many(const char *dir, const input *inputs, size_t n_inputs, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%05zu-%s", dir, i, inputs[i % n_inputs].name);
		unlink(path);
	}
	rmdir(dir);
}

/* Runs `cli validate --quiet dir/...` on count files; returns its wall time
 * in ns (-1 when it could not run). */
static int64_t time_cli(const char *cli, const char *dir, const input *inputs, size_t n_inputs,
                        size_t count)
{
	char **args = calloc(count + 5, sizeof(char *));
	if (!args)
		return -1;
	args[0] = (char *)cli;
	args[1] = "validate";
	args[2] = "--quiet";
	args[3] = "--no-chorus";
	for (size_t i = 0; i < count; i++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%05zu-%s", dir, i, inputs[i % n_inputs].name);
		args[4 + i] = strdup(path);
	}
	fflush(stdout);
	int64_t start = fx_bench_now_ns();
	pid_t pid = fork();
	if (pid == 0) {
		if (!freopen("/dev/null", "w", stdout))
			_exit(127);
		execv(cli, args);
		_exit(127);
	}
	int status = 0;
	if (pid > 0)
		waitpid(pid, &status, 0);
	int64_t elapsed = fx_bench_now_ns() - start;
	for (size_t i = 0; i < count; i++)
		free(args[4 + i]);
	free(args);
	if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
		return -1;
	return elapsed;
}

/** The command line. */
typedef struct bench_args {
	int64_t min_ns;
	const char *cli;
	size_t files;
} bench_args;

/* Parses the command line; returns 0 or 2. */
static int parse_args(int argc, char **argv, bench_args *a)
{
	a->min_ns = 300000000;
	a->cli = NULL;
	a->files = 1000;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--min-ms") == 0)
			a->min_ns = strtoll(argv[i + 1], NULL, 10) * 1000000;
		else if (strcmp(argv[i], "--cli") == 0)
			a->cli = argv[i + 1];
		else if (strcmp(argv[i], "--files") == 0)
			a->files = (size_t)strtoul(argv[i + 1], NULL, 10);
		else
			return 2;
	}
	return (argc % 2 == 1 && a->files > 0) ? 0 : 2;
}

/* Part 1: the official examples; returns false when a target is missed. */
static bool bench_examples(const input *xml, size_t n, int64_t min_ns)
{
	bool ok = true;
	int64_t worst = 0, total = 0, total_all = 0;
	printf("XML layers per official example, us (2: secure parse; 3-6: structure, EN 16931, "
	       "Factur-X, French):\n");
	printf("  %-40s %8s %8s %8s\n", "file", "2-6", "2", "3-6");
	for (size_t i = 0; i < n; i++) {
		int64_t all = time_validation(&xml[i], min_ns, 0);
		int64_t parse = time_validation(&xml[i], min_ns, FX_LAYER_BIT(FX_LAYER_XML));
		int64_t ns = all >= 0 && parse >= 0 ? all - parse : -1;
		printf("  %-40s %8.1f %8.1f %8.1f\n", xml[i].name, all / 1000.0, parse / 1000.0,
		       ns / 1000.0);
		ok = ok && ns >= 0 && ns <= TARGET_XML_NS;
		worst = ns > worst ? ns : worst;
		total += ns;
		total_all += all;
	}
	if (n)
		printf("  layers 3-6: mean %.1f us, worst %.1f us (target %.0f us) %s; layers 2-6: "
		       "mean %.1f us\n",
		       total / 1000.0 / (double)n, worst / 1000.0, TARGET_XML_NS / 1000.0,
		       ok ? "OK" : "MISSED", total_all / 1000.0 / (double)n);
	return ok;
}

/* Runs the benchmarks. */
int main(int argc, char **argv)
{
	bench_args a;
	if (parse_args(argc, argv, &a) != 0) {
		fprintf(stderr, "usage: bench_validate [--min-ms MS] [--cli PATH] [--files N]\n");
		return 2;
	}
	fx_bench_pin_to_one_core();
	input inputs[MAX_FILES + 1];
	memset(inputs, 0, sizeof(inputs));
	size_t n = load_dir(FX_SHARED_DIR "/reference/examples/en16931-cii", inputs, MAX_FILES);
	bool ok = bench_examples(inputs, n, a.min_ns);
	if (make_pdf(&inputs[n]) != 0)
		return 1;
	int64_t pdf_ns = time_validation(&inputs[n], a.min_ns, 0);
	bool pdf_ok = pdf_ns >= 0 && pdf_ns <= TARGET_PDF_NS;
	printf("\nPDF end to end (layers 1-6), %s, %zu bytes: %.1f us (target %.0f us) %s\n",
	       inputs[n].name, inputs[n].len, pdf_ns / 1000.0, TARGET_PDF_NS / 1000.0,
	       pdf_ok ? "OK" : "MISSED");
	ok = ok && pdf_ok;
	n++;
	if (a.cli) {
		char *dir = write_many(inputs, n, a.files);
		int64_t ns = dir ? time_cli(a.cli, dir, inputs, n, a.files) : -1;
		bool many_ok = ns >= 0 && ns <= TARGET_MANY_NS * (int64_t)a.files / 1000;
		printf("\n`facturx validate --quiet` on %zu files (%zu distinct, XML and PDF): "
		       "%.3f s (target %.1f s) %s\n",
		       a.files, n, ns / 1e9, 5.0 * (double)a.files / 1000.0,
		       many_ok ? "OK" : "MISSED");
		ok = ok && many_ok;
		if (dir)
			remove_many(dir, inputs, n, a.files);
		free(dir);
	}
	for (size_t i = 0; i < n; i++) {
		free(inputs[i].name);
		free(inputs[i].data);
	}
	return ok ? 0 : 1;
}
