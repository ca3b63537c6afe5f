#!/usr/bin/env bash
# Command 1 of the README: installs what is missing (scripts/setup-deps.sh),
# builds facturx in Release (build-release/) and runs the facturx command on
# the bundled French B2B invoice description, examples/invoice-fr-b2b.json.
# The XML is written to out/invoice-fr-b2b.xml.
# Usage: scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=$root/build-release
jobs=$(nproc 2>/dev/null || echo 2)

echo "== 1/3 set-up"
scripts/setup-deps.sh

echo "== 2/3 build (Release, $build)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DFX_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs"

echo "== 3/3 facturx xml examples/invoice-fr-b2b.json"
mkdir -p "$root/out"
xml=$root/out/invoice-fr-b2b.xml
"$build/facturx" xml examples/invoice-fr-b2b.json -o "$xml"

# Prints the document total $1 read back from the XML (header summation).
fact() {
	sed -n "/<ram:SpecifiedTradeSettlementHeaderMonetarySummation>/,/HeaderMonetarySummation>\$/ \
		s#.*<ram:$1[^>]*>\([^<]*\)</ram:$1>.*#\1#p" "$xml" | head -n 1
}
echo
echo "facturx $("$build/facturx" --version | cut -d' ' -f2) wrote $xml ($(wc -c <"$xml") bytes)"
echo "  profile:            $(sed -n '/GuidelineSpecifiedDocumentContextParameter/{n;s#.*<ram:ID>\(.*\)</ram:ID>.*#\1#p}' "$xml")"
echo "  lines total:        $(fact LineTotalAmount) EUR"
echo "  VAT:                $(fact TaxTotalAmount) EUR"
echo "  total with VAT:     $(fact GrandTotalAmount) EUR"
echo "  amount due:         $(fact DuePayableAmount) EUR"
xsd=$root/../shared/reference/xsd/facturx-1.09.2/EN16931/FACTUR-X_EN16931.xsd
if command -v xmllint >/dev/null 2>&1 && [ -f "$xsd" ]; then
	if xmllint --noout --nonet --schema "$xsd" "$xml" 2>/dev/null; then
		echo "  official Factur-X 1.09.2 EN16931 XSD: valid"
	else
		echo "  official Factur-X 1.09.2 EN16931 XSD: INVALID" >&2
		exit 1
	fi
fi
echo
echo "Next: $build/facturx --help, docs/cli.md, and scripts/test.sh to run the tests."
