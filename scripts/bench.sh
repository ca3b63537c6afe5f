#!/usr/bin/env bash
# Builds facturx in Release (build-release/) and runs every benchmark, one
# core each unless said:
#  1. bench_core: every JSON description under examples/ -> model ->
#     computation -> CII XML, in microseconds per invoice (target 100 us);
#  2. bench_generate: every one-page example -> ... -> page -> PDF/A-3b
#     Factur-X file, per step and whole, in milliseconds per invoice (target
#     2 ms, files <= 40 KB), then one `facturx generate` process (50 ms);
#  3. bench_validate: the XML validation layers per official example (target
#     1 ms), a generated PDF validated end to end (5 ms), and one
#     `facturx validate` process over 1,000 files (5 s);
#  4. bench_batch: `facturx batch -j 2` (two cores) on generated CSV exports
#     of 1,000 and 10,000 invoices (bench/gen_csv.c, 5 lines each on average)
#     with their PDFs: wall time (target 20 s for 10,000) and peak memory
#     (200 MB, the same for 1,000 and 10,000), in build-release/bench-batch/.
# Usage: scripts/bench.sh [--min-ms MS] [--batch-only] [DIR]
#        (DIR: bench_core's folder)
# Exit status: 0 when every benchmark meets its targets, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
build=$root/build-release
jobs=$(nproc 2>/dev/null || echo 2)
min_ms=()
if [ "${1:-}" = "--min-ms" ] && [ -n "${2:-}" ]; then
	min_ms=(--min-ms "$2")
	shift 2
fi
batch_only=0
if [ "${1:-}" = "--batch-only" ]; then
	batch_only=1
	shift
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DFX_BUILD_TESTS=OFF \
	-DFX_BUILD_BENCH=ON >/dev/null || exit 2
cmake --build "$build" -j "$jobs" --target bench_core bench_generate bench_validate \
	bench_batch gen_csv facturx_cli >/dev/null || exit 2
status=0
if [ $batch_only = 0 ]; then
	"$build/bench/bench_core" "$@" || status=1
	echo
	"$build/bench/bench_generate" "${min_ms[@]}" || status=1
	echo
	"$build/bench/bench_validate" "${min_ms[@]}" --cli "$build/facturx" || status=1
	echo
fi
"$build/bench/bench_batch" "$build/bench/gen_csv" "$build/facturx" \
	"$root/examples/csv/vendeur.json" "$build/bench-batch" 2 1000 10000 || status=1
exit $status
