/*
 * bench_generate - time of the whole Factur-X generation for the one-page
 * examples, in process and on one core: JSON description -> model
 * (fx_json_read_memory) -> computation (fx_invoice_compute) -> CII XML
 * (fx_cii_write_memory) -> visual PDF (fx_render_pdf_memory) -> PDF/A-3b
 * (fx_pdf_assemble). Each step is timed on its own; the total is given with
 * and without reading the JSON. When the library has fx_generate_memory
 * (include/facturx/generate.h), the same path through that one call is timed
 * too (reading and computing included). Then, when the command-line tool has
 * a "generate" command, the wall time of one process run.
 *
 *   bench_generate [--min-ms MS] [--cli PATH] [FILE.json ...]
 *
 * Default files: every .json of examples/fr and examples/profiles, and
 * examples/invoice-fr-b2b.json. Each file runs for at least MS milliseconds
 * (default 300) and at least MIN_ITERATIONS times. Exit status: 0 when every
 * file is processed within the targets, 1 otherwise, 2 on usage error.
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"
#include "facturx.h"
#if defined(__has_include)
#if __has_include("facturx/generate.h")
#include "facturx/generate.h"
#define HAVE_GENERATE 1
#endif
#endif

#define TARGET_NS 2000000          /* 2 ms per invoice, in process */
#define TARGET_PROCESS_NS 50000000 /* 50 ms per `facturx generate` run */
#define TARGET_BYTES (40 * 1024)   /* 40 KB per one-page file */
#define MAX_FILES 64
#define MIN_ITERATIONS 20
#define PROCESS_RUNS 20

/** The timed steps, in order. */
enum { S_JSON, S_COMPUTE, S_XML, S_RENDER, S_ASSEMBLE, S_COUNT };

static const char *const step_names[S_COUNT] = {"json", "compute", "xml", "render", "assemble"};

/** One description to time. */
typedef struct bench_file {
	char *path;
	char *data;
	size_t len;
	size_t pdf_len;
	int64_t iterations;
	int64_t step_ns[S_COUNT];
	int64_t gen_iterations, gen_ns; /* fx_generate_memory, when there is one */
	size_t gen_len;
	int failed;
} bench_file;

static bench_file files[MAX_FILES];
static size_t n_files;

/* Orders strings (qsort callback over char *). */
static int by_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds path to files[] (copied). */
static void add_file(const char *path)
{
	if (n_files < MAX_FILES && (files[n_files].path = strdup(path)) != NULL)
		n_files++;
}

/* Adds every *.json directly under dir to files[], in name order. */
static void add_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	char *names[MAX_FILES];
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n < MAX_FILES) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] != '.' && len > 5 && strcmp(e->d_name + len - 5, ".json") == 0)
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof names[0], by_string);
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		if (names[i]) {
			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			add_file(path);
		}
		free(names[i]);
	}
}

/* Reads f->path into f->data; 0 or -1. */
static int load(bench_file *f)
{
	return fx_bench_read_file(f->path, &f->data, &f->len);
}

/* Renders and assembles the computed inv with its XML; pdf and len receive the file.
 * t: the clock reading before the step, advanced; ns: per-step accumulators. */
static int make_pdf(const fx_invoice *inv, const char *xml, size_t xml_len, fx_profile profile,
                    int64_t *t, int64_t ns[S_COUNT], unsigned char **pdf, size_t *len)
{
	fx_render_options ro = FX_RENDER_OPTIONS_INIT;
	ro.creation_date = "2026-11-24T10:00:00Z";
	unsigned char *visual = NULL;
	size_t visual_len = 0;
	int rc = fx_render_pdf_memory(inv, &ro, &visual, &visual_len);
	int64_t t2 = fx_bench_now_ns();
	ns[S_RENDER] += t2 - *t;
	*t = t2;
	if (rc != FX_OK)
		return rc;
	fx_pdf_date date = {2026, 11, 24, 10, 0, 0, 0};
	fx_pdf_assemble_options ao = FX_PDF_ASSEMBLE_OPTIONS_INIT;
	ao.title = inv->number;
	ao.author = inv->seller.name;
	ao.date = &date;
	rc = fx_pdf_assemble(visual, visual_len, xml, xml_len, profile, &ao, pdf, len);
	free(visual);
	t2 = fx_bench_now_ns();
	ns[S_ASSEMBLE] += t2 - *t;
	*t = t2;
	return rc;
}

/* Runs the whole path once on f, adding each step's time to ns; *pdf_len
 * receives the size of the Factur-X file. */
static int run_once(const bench_file *f, int64_t ns[S_COUNT], size_t *pdf_len)
{
	int64_t t = fx_bench_now_ns(), t2;
	fx_invoice *inv = NULL;
	int rc = fx_json_read_memory(f->data, f->len, f->path, &inv);
	t2 = fx_bench_now_ns();
	ns[S_JSON] += t2 - t;
	t = t2;
	fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
	if (rc == FX_OK)
		rc = fx_invoice_compute(inv, &copts);
	t2 = fx_bench_now_ns();
	ns[S_COMPUTE] += t2 - t;
	t = t2;
	fx_cii_options xopts = FX_CII_OPTIONS_INIT;
	char *xml = NULL;
	size_t xml_len = 0;
	if (rc == FX_OK) {
		if (inv->has_profile)
			xopts.profile = inv->profile;
		rc = fx_cii_write_memory(inv, &xopts, &xml, &xml_len);
	}
	t2 = fx_bench_now_ns();
	ns[S_XML] += t2 - t;
	t = t2;
	unsigned char *pdf = NULL;
	if (rc == FX_OK)
		rc = make_pdf(inv, xml, xml_len, xopts.profile, &t, ns, &pdf, pdf_len);
	free(pdf);
	free(xml);
	fx_invoice_free(inv);
	return rc;
}

#ifdef HAVE_GENERATE
/* Reads, computes and makes the Factur-X file of f with fx_generate_memory;
 * *len receives its size. */
static int run_generate(const bench_file *f, size_t *len)
{
	fx_invoice *inv = NULL;
	int rc = fx_json_read_memory(f->data, f->len, f->path, &inv);
	fx_compute_options copts = FX_COMPUTE_OPTIONS_INIT;
	if (rc == FX_OK)
		rc = fx_invoice_compute(inv, &copts);
	fx_pdf_date date = {2026, 11, 24, 10, 0, 0, 0};
	fx_generate_options o = FX_GENERATE_OPTIONS_INIT;
	o.date = &date;
	unsigned char *pdf = NULL;
	if (rc == FX_OK)
		rc = fx_generate_memory(inv, &o, &pdf, len);
	free(pdf);
	fx_invoice_free(inv);
	return rc;
}

/* Times fx_generate_memory on f like time_file times the steps. */
static void time_generate(bench_file *f, int64_t min_ns)
{
	if (run_generate(f, &f->gen_len) != FX_OK) {
		fprintf(stderr, "bench_generate: %s: fx_generate_memory: %s\n", f->path,
		        fx_error_last()->message);
		f->failed = 1;
		return;
	}
	int64_t start = fx_bench_now_ns(), n = 0;
	size_t len;
	while (n < MIN_ITERATIONS || fx_bench_now_ns() - start < min_ns) {
		run_generate(f, &len);
		n++;
	}
	f->gen_ns = fx_bench_now_ns() - start;
	f->gen_iterations = n;
}
#endif

/* Times f: at least MIN_ITERATIONS runs and min_ns nanoseconds. */
static void time_file(bench_file *f, int64_t min_ns)
{
	int64_t warm[S_COUNT] = {0};
	if (load(f) != 0) {
		fprintf(stderr, "bench_generate: cannot read %s: %s\n", f->path, strerror(errno));
		f->failed = 1;
		return;
	}
	if (run_once(f, warm, &f->pdf_len) != FX_OK) { /* also fills the caches */
		fprintf(stderr, "bench_generate: %s: %s\n", f->path, fx_error_last()->message);
		f->failed = 1;
		return;
	}
	int64_t start = fx_bench_now_ns(), n = 0;
	size_t len;
	while (n < MIN_ITERATIONS || fx_bench_now_ns() - start < min_ns) {
		run_once(f, f->step_ns, &len);
		n++;
	}
	f->iterations = n;
#ifdef HAVE_GENERATE
	time_generate(f, min_ns);
#endif
}

/* Prints ns as milliseconds with two decimals into a field of width w. */
static void print_ms(int64_t ns, int w)
{
	printf(" %*" PRId64 ".%02" PRId64, w - 3, ns / 1000000, (ns % 1000000) / 10000);
}

/* Prints one row: label, per-step times, totals, the fx_generate_memory time
 * (gen_ns: per invoice, -1 when not measured), size and verdict. */
static void print_row(const char *label, int64_t iterations, const int64_t step_ns[S_COUNT],
                      int64_t gen_ns, size_t bytes)
{
	int64_t all = 0;
	printf("%-36s %5" PRId64, label, iterations);
	for (int s = 0; s < S_COUNT; s++) {
		print_ms(step_ns[s] / iterations, 8);
		all += step_ns[s];
	}
	int64_t total = all / iterations, no_json = (all - step_ns[S_JSON]) / iterations;
	print_ms(no_json, 8);
	print_ms(total, 8);
	if (gen_ns >= 0)
		print_ms(gen_ns, 8);
	else
		printf(" %8s", "-");
	printf(" %6.1f", (double)bytes / 1024.0);
	int ok = total <= TARGET_NS && gen_ns <= TARGET_NS && bytes <= TARGET_BYTES;
	printf("  %s\n", ok ? "PASS" : "over");
}

/* Finds the facturx command next to this program (../facturx), or NULL. */
static const char *find_cli(const char *argv0, char *buf, size_t size)
{
	const char *slash = strrchr(argv0, '/');
	if (!slash)
		return NULL;
	snprintf(buf, size, "%.*s/../facturx", (int)(slash - argv0), argv0);
	return access(buf, X_OK) == 0 ? buf : NULL;
}

/* Runs cli with args (NULL-terminated), output silenced; returns the exit status or -1. */
static int run_process(const char *cli, char *const args[])
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		FILE *null = freopen("/dev/null", "w", stdout);
		null = null ? freopen("/dev/null", "w", stderr) : NULL;
		execv(cli, args);
		_exit(127);
	}
	int status;
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Times `facturx generate FILE -o OUT.pdf` when the command exists. */
static int time_process(const char *cli, const char *json)
{
	if (!cli) {
		printf("\nprocess run: facturx command not found next to the benchmark\n");
		return 0;
	}
	char *help[] = {(char *)cli, "generate", "--help", NULL};
	if (run_process(cli, help) != 0) {
		printf("\nprocess run: `facturx generate` does not exist yet (not timed)\n");
		return 0;
	}
	char out[] = "/tmp/bench-generate-XXXXXX";
	int fd = mkstemp(out);
	if (fd < 0)
		return 1;
	close(fd);
	char *args[] = {(char *)cli, "generate", (char *)json, "-o", out, NULL};
	int64_t best = INT64_MAX, sum = 0;
	int rc = 0;
	for (int i = 0; i < PROCESS_RUNS && rc == 0; i++) {
		int64_t t = fx_bench_now_ns();
		rc = run_process(cli, args);
		t = fx_bench_now_ns() - t;
		sum += t;
		best = t < best ? t : best;
	}
	unlink(out);
	if (rc != 0) {
		printf("\nprocess run: `facturx generate %s -o FILE` failed (status %d)\n", json,
		       rc);
		return 1;
	}
	printf("\nprocess run `facturx generate %s -o FILE`, %d runs: mean", json, PROCESS_RUNS);
	print_ms(sum / PROCESS_RUNS, 6);
	printf(" ms, best");
	print_ms(best, 6);
	printf(" ms (target <= %d ms)  %s\n", TARGET_PROCESS_NS / 1000000,
	       sum / PROCESS_RUNS <= TARGET_PROCESS_NS ? "PASS" : "over");
	return sum / PROCESS_RUNS > TARGET_PROCESS_NS;
}

/* Prints the table heading. */
static void print_heading(void)
{
	printf("facturx %s: JSON -> model -> computation -> CII XML -> PDF -> PDF/A-3b, one core\n",
	       fx_version());
	printf("targets: <= %d ms per invoice, <= %d KB per file; times in ms per invoice\n\n",
	       TARGET_NS / 1000000, TARGET_BYTES / 1024);
	printf("%-36s %5s", "file", "runs");
	for (int s = 0; s < S_COUNT; s++)
		printf(" %8s", step_names[s]);
	printf(" %8s %8s %8s %6s  %s\n", "no-json", "total", "generate", "KB", "result");
}

/* Parses the arguments, times every file and prints the table. */
int main(int argc, char **argv)
{
	int64_t min_ms = 300;
	char cli_buf[4096];
	const char *cli = find_cli(argv[0], cli_buf, sizeof cli_buf);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--min-ms") == 0 && i + 1 < argc) {
			min_ms = strtoll(argv[++i], NULL, 10);
		} else if (strcmp(argv[i], "--cli") == 0 && i + 1 < argc) {
			cli = argv[++i];
		} else if (argv[i][0] != '-') {
			add_file(argv[i]);
		} else {
			fprintf(stderr, "usage: bench_generate [--min-ms MS] [--cli PATH] "
			                "[FILE.json ...]\n");
			return 2;
		}
	}
	if (n_files == 0) {
		add_dir(FX_SOURCE_DIR "/examples/fr");
		add_file(FX_SOURCE_DIR "/examples/invoice-fr-b2b.json");
		add_dir(FX_SOURCE_DIR "/examples/profiles");
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	fx_bench_pin_to_one_core();
	print_heading();
	int64_t total[S_COUNT] = {0}, total_n = 0, gen_ns = 0, gen_n = 0;
	size_t failed = 0, largest = 0, skip = strlen(FX_SOURCE_DIR "/examples/");
	for (size_t i = 0; i < n_files; i++) {
		bench_file *f = &files[i];
		time_file(f, min_ms * 1000000);
		const char *label = strncmp(f->path, FX_SOURCE_DIR "/examples/", skip) == 0
		                        ? f->path + skip
		                        : f->path;
		if (f->failed) {
			printf("%-36s %5s  ERROR\n", label, "-");
			failed++;
		} else {
			print_row(label, f->iterations, f->step_ns,
			          f->gen_iterations ? f->gen_ns / f->gen_iterations : -1,
			          f->pdf_len);
			for (int s = 0; s < S_COUNT; s++)
				total[s] += f->step_ns[s];
			total_n += f->iterations;
			gen_ns += f->gen_ns;
			gen_n += f->gen_iterations;
			largest = f->pdf_len > largest ? f->pdf_len : largest;
		}
	}
	printf("\n");
	int over = failed > 0;
	if (total_n) {
		char label[64];
		snprintf(label, sizeof label, "overall (%zu of %zu files)", n_files - failed,
		         n_files);
		print_row(label, total_n, total, gen_n ? gen_ns / gen_n : -1, largest);
		int64_t all = 0;
		for (int s = 0; s < S_COUNT; s++)
			all += total[s];
		over |= all / total_n > TARGET_NS || largest > TARGET_BYTES ||
		        (gen_n && gen_ns / gen_n > TARGET_NS);
	}
	printf("(KB: the largest file; generate: fx_generate_memory, reading and computing "
	       "included%s)\n",
#ifdef HAVE_GENERATE
	       ""
#else
	       "; not in this library yet"
#endif
	);
	if (failed)
		printf("%zu file(s) could not be processed (see the messages above)\n", failed);
	over |= time_process(cli, FX_SOURCE_DIR "/examples/invoice-fr-b2b.json");
	for (size_t i = 0; i < n_files; i++) {
		free(files[i].data);
		free(files[i].path);
	}
	return over ? 1 : 0;
}
