/*
 * Helpers shared by the benchmarks: clock, CPU pinning, reading a file.
 */
#ifndef FX_BENCH_UTIL_H
#define FX_BENCH_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Returns the monotonic clock in nanoseconds. */
int64_t fx_bench_now_ns(void);

/* Keeps the process on the CPU it runs on, so that it is timed on one core. */
void fx_bench_pin_to_one_core(void);

/* Reads path into a malloc'ed NUL-terminated buffer (data/len); 0 or -1. */
int fx_bench_read_file(const char *path, char **data, size_t *len);

#endif
