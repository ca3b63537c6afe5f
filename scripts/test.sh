#!/usr/bin/env bash
# Command 2 of the README (and of CI): installs what is missing, then
#   1. builds facturx (build/) and runs every test with ctest,
#   2. runs the same tests again under LANG=LC_ALL=fr_FR.UTF-8,
#   3. builds with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)
#      and runs every test again,
# prints a summary and exits non-zero when anything failed.
# Tests that need ../shared (the official reference files) are reported as
# skipped when it is absent.
# Usage: scripts/test.sh
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=2
build_jobs=$(nproc 2>/dev/null || echo 2)
start_all=$(date +%s)

summary=()
failed=0
detail=""

# Runs a stage: name, then the command; records PASS/FAIL and its duration.
stage() {
	local name=$1
	shift
	echo
	echo "==== $name"
	local t0 rc
	t0=$(date +%s)
	detail=""
	"$@"
	rc=$?
	local secs=$(($(date +%s) - t0))
	if [ $rc -eq 0 ]; then
		summary+=("$(printf 'PASS  %-44s %5ss  %s' "$name" "$secs" "$detail")")
	else
		summary+=("$(printf 'FAIL  %-44s %5ss  %s' "$name" "$secs" "${detail:-(exit $rc)}")")
		failed=1
	fi
	return $rc
}

# Records a stage that could not run because an earlier one failed.
skipped() {
	summary+=("$(printf 'SKIP  %-44s         (an earlier stage failed)' "$1")")
}

# Runs ctest in build dir $1 with the extra environment given after it;
# sets detail to ctest's count line and the names of the failed tests.
run_ctest() {
	local dir=$1
	shift
	local log rc
	log=$(mktemp)
	env "$@" ctest --test-dir "$dir" -j "$jobs" --output-on-failure --timeout 900 2>&1 |
		tee "$log"
	rc=${PIPESTATUS[0]}
	detail=$(grep -E 'tests passed|No tests were found' "$log" | tail -n 1)
	local names n_skipped
	n_skipped=$(grep -c '\*\*\*Skipped' "$log")
	[ "$n_skipped" -eq 0 ] || detail="$detail; $n_skipped skipped"
	names=$(sed -n '/The following tests FAILED:/,$ s/^[[:space:]]*[0-9]* - \([^ ]*\).*/\1/p' "$log" |
		tr '\n' ' ')
	[ -z "$names" ] || detail="$detail; failed: $names"
	rm -f "$log"
	return "$rc"
}

# Configures build dir $1 with the cmake options after it, then builds it.
configure_and_build() {
	local dir=$1
	shift
	cmake -S "$root" -B "$dir" "$@" && cmake --build "$dir" -j "$build_jobs"
}

stage "set-up (scripts/setup-deps.sh)" scripts/setup-deps.sh || {
	printf '%s\n' "${summary[@]}"
	exit 1
}

if stage "build (build/, RelWithDebInfo)" configure_and_build "$root/build" \
	-DCMAKE_BUILD_TYPE=RelWithDebInfo -DFX_SANITIZE=OFF; then
	stage "tests" run_ctest "$root/build"
	stage "tests under fr_FR.UTF-8" run_ctest "$root/build" LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
else
	skipped "tests"
	skipped "tests under fr_FR.UTF-8"
fi

if stage "sanitizer build (build-asan/, ASan+UBSan)" configure_and_build "$root/build-asan" \
	-DCMAKE_BUILD_TYPE=Debug -DFX_SANITIZE=ON -DFX_BUILD_BENCH=OFF; then
	stage "tests with sanitizers" run_ctest "$root/build-asan" \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
	skipped "tests with sanitizers"
fi

echo
echo "==== summary ($(($(date +%s) - start_all))s)"
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
	echo "RESULT: FAILED"
	exit 1
fi
echo "RESULT: all passed"
