#!/usr/bin/env bash
# Builds facturx in Release (build-release/) and runs the core benchmark:
# every JSON description under examples/ -> model -> computation -> CII XML,
# in microseconds per invoice on one core, against the 100 us target.
# Usage: scripts/bench.sh [bench_core arguments, e.g. --min-ms 1000 DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=$root/build-release
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DFX_BUILD_TESTS=OFF \
	-DFX_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "$jobs" --target bench_core >/dev/null
exec "$build/bench/bench_core" "$@"
