#!/bin/sh
# Checks an installation of facturx the way a user of the library sees it:
# installs BUILD_DIR into WORK_DIR/prefix, then compiles and runs the C
# example (examples/c/build_invoice.c) against the installed files with
# pkg-config (shared, then static library) and with CMake's find_package.
# Usage: scripts/check-install.sh BUILD_DIR WORK_DIR   (run by ctest as install_consumers)
set -eu

if [ $# -ne 2 ]; then
	echo "usage: $0 BUILD_DIR WORK_DIR" >&2
	exit 2
fi
build=$1
work=$2
src=$(cd "$(dirname "$0")/.." && pwd)
example=$src/examples/c/build_invoice.c
prefix=$work/prefix

# Prints a step, then runs it.
step() {
	echo "+ $*"
	"$@"
}

# Runs a step with its output in the log file $1, shown only when it fails.
logged() {
	log=$1
	shift
	echo "+ $*"
	if ! "$@" >"$log" 2>&1; then
		cat "$log" >&2
		exit 1
	fi
}

rm -rf "$work"
mkdir -p "$work"
logged "$work/install.log" cmake --install "$build" --prefix "$prefix"

pc=$(find "$prefix" -name facturx.pc | head -n 1)
[ -n "$pc" ] || { echo "facturx.pc was not installed" >&2; exit 1; }
libdir=$(dirname "$(dirname "$pc")")
for f in "$prefix/include/facturx.h" "$prefix/include/facturx/invoice.h" "$libdir/libfacturx.a" \
	"$libdir/cmake/facturx/facturxConfig.cmake" "$prefix/bin/facturx"; do
	[ -f "$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
export PKG_CONFIG_PATH="$(dirname "$pc")"
export LD_LIBRARY_PATH="$libdir"

echo "== pkg-config, shared library"
step pkg-config --exact-version="$(pkg-config --modversion facturx)" facturx
# shellcheck disable=SC2046
step cc -std=c11 -Wall -Werror $(pkg-config --cflags facturx) "$example" -o "$work/pc-shared" \
	$(pkg-config --libs facturx)
step "$work/pc-shared" "$work/pc-shared.xml"

echo "== pkg-config, static library"
static_libs=$(pkg-config --libs --static facturx | sed 's/-lfacturx//')
# shellcheck disable=SC2086
step cc -std=c11 -Wall -Werror $(pkg-config --cflags facturx) "$example" -o "$work/pc-static" \
	"$libdir/libfacturx.a" $static_libs
step "$work/pc-static" "$work/pc-static.xml"

echo "== CMake find_package(facturx)"
logged "$work/cmake-configure.log" cmake -S "$src/examples/c" -B "$work/cmake-build" \
	-DCMAKE_PREFIX_PATH="$prefix"
logged "$work/cmake-build.log" cmake --build "$work/cmake-build"
step "$work/cmake-build/build_invoice" "$work/cmake.xml"

echo "== the installed command"
step "$prefix/bin/facturx" --version

cmp "$work/pc-shared.xml" "$work/cmake.xml"
cmp "$work/pc-shared.xml" "$work/pc-static.xml"
echo "install check: OK"
