/*
 * Helpers shared by the benchmarks.
 */
#define _GNU_SOURCE /* sched_getcpu, sched_setaffinity */
#include "bench_util.h"

#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Returns the monotonic clock in nanoseconds. */
int64_t fx_bench_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Pins the process to its current CPU. */
void fx_bench_pin_to_one_core(void)
{
	int cpu = sched_getcpu();
	if (cpu < 0)
		return;
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

/* Reads a whole file. */
int fx_bench_read_file(const char *path, char **data, size_t *len)
{
	FILE *in = fopen(path, "rb");
	if (!in)
		return -1;
	int rc = -1;
	if (fseek(in, 0, SEEK_END) == 0) {
		long size = ftell(in);
		char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
		if (buf && fseek(in, 0, SEEK_SET) == 0 &&
		    fread(buf, 1, (size_t)size, in) == (size_t)size) {
			buf[size] = '\0';
			*data = buf;
			*len = (size_t)size;
			rc = 0;
		} else {
			free(buf);
		}
	}
	fclose(in);
	return rc;
}
