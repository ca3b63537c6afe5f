/*
 * bench_batch - wall time and peak memory of "facturx batch" on generated
 * exports of growing size (bench/gen_csv.c: Windows-1252, ';', 5 lines per
 * invoice on average), each run a process of its own measured with wait4().
 *
 *   bench_batch GEN_CSV FACTURX SELLER.json WORKDIR JOBS N...
 *
 * Targets: the largest run takes at most 20 s for 10,000 invoices (scaled to
 * its size), every run peaks at 200 MB or less, and the peak of the largest
 * run is at most 25 % above that of the smallest (the memory stays flat).
 * The processor time (user + system) is printed too: on a machine shared
 * with other work, the wall time of JOBS threads cannot go below cpu / JOBS.
 * Exit status: 0 when every target is met, 1 otherwise, 2 on error.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TARGET_S_PER_10K 20.0
#define TARGET_PEAK_KB (200 * 1024)
#define FLAT_RATIO 1.25
#define MAX_RUNS 8

/** What one run measured. */
typedef struct measure {
	long invoices;
	double seconds;
	double cpu; /* user + system time of the process */
	long peak_kb;
} measure;

/* Runs argv (stdout to /dev/null); fills wall time, processor time (may be
 * NULL) and peak RSS. Returns the exit status, or -1 when it could not run. */
static int run(char *const argv[], double *seconds, double *cpu, long *peak_kb)
{
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0)
			dup2(fd, STDOUT_FILENO);
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &b);
	*seconds = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	*peak_kb = ru.ru_maxrss;
	if (cpu)
		*cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
		       (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Generates the export of n invoices and runs facturx batch on it. */
static int measure_one(char **args, long n, measure *m)
{
	const char *gen = args[1], *cli = args[2], *seller = args[3], *work = args[4];
	char count[32], csv[4096], out[4096];
	snprintf(count, sizeof count, "%ld", n);
	snprintf(csv, sizeof csv, "%s/export-%ld.csv", work, n);
	snprintf(out, sizeof out, "%s/out-%ld", work, n);
	double s;
	long kb;
	char *gen_argv[] = {(char *)gen, count, csv, NULL};
	if (run(gen_argv, &s, NULL, &kb) != 0) {
		fprintf(stderr, "bench_batch: %s failed\n", gen);
		return -1;
	}
	char *rm_argv[] = {"/bin/rm", "-rf", out, NULL};
	run(rm_argv, &s, NULL, &kb);
	char *argv[] = {(char *)cli, "batch", csv,  "--seller", (char *)seller,
	                "-j",        args[5], "-o", out,        NULL};
	int rc = run(argv, &m->seconds, &m->cpu, &m->peak_kb);
	if (rc != 0) {
		fprintf(stderr, "bench_batch: facturx batch on %ld invoices exited with %d\n", n,
		        rc);
		return -1;
	}
	m->invoices = n;
	return 0;
}

/* Runs the benchmark. */
int main(int argc, char **argv)
{
	if (argc < 7 || argc - 6 > MAX_RUNS) {
		fprintf(stderr,
		        "usage: bench_batch GEN_CSV FACTURX SELLER.json WORKDIR JOBS N...\n");
		return 2;
	}
	if (mkdir(argv[4], 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "bench_batch: cannot create %s\n", argv[4]);
		return 2;
	}
	measure m[MAX_RUNS];
	int n = argc - 6, ok = 1;
	printf("facturx batch -j %s: generated exports (Windows-1252, ';', 5 lines per invoice on "
	       "average), PDFs written\n\n",
	       argv[5]);
	printf("%10s  %10s  %10s  %12s  %10s\n", "invoices", "wall (s)", "cpu (s)", "invoices/s",
	       "peak (MB)");
	for (int i = 0; i < n; i++) {
		if (measure_one(argv, strtol(argv[6 + i], NULL, 10), &m[i]) != 0)
			return 2;
		printf("%10ld  %10.2f  %10.2f  %12.0f  %10.1f\n", m[i].invoices, m[i].seconds,
		       m[i].cpu, (double)m[i].invoices / m[i].seconds,
		       (double)m[i].peak_kb / 1024.0);
		fflush(stdout);
		if (m[i].peak_kb > TARGET_PEAK_KB)
			ok = 0;
	}
	const measure *big = &m[n - 1], *small = &m[0];
	double limit = TARGET_S_PER_10K * (double)big->invoices / 10000.0;
	int fast = big->seconds <= limit;
	int flat = (double)big->peak_kb <= FLAT_RATIO * (double)small->peak_kb;
	printf("\n%ld invoices in %.1f s (target <= %.1f s): %s\n", big->invoices, big->seconds,
	       limit, fast ? "PASS" : "over");
	printf("peak memory <= 200 MB: %s; flat (%.1f MB for %ld invoices, %.1f MB for %ld, at "
	       "most +25 %%): %s\n",
	       ok ? "PASS" : "over", (double)small->peak_kb / 1024.0, small->invoices,
	       (double)big->peak_kb / 1024.0, big->invoices, flat ? "PASS" : "grows");
	return ok && fast && flat ? 0 : 1;
}
