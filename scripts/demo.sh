#!/usr/bin/env bash
# Command 1 of the README: installs what is missing (scripts/setup-deps.sh),
# builds facturx in Release (build-release/) and runs the facturx command on
# the bundled French B2B invoice description, examples/invoice-fr-b2b.json.
# It writes the Factur-X PDF/A-3b file out/invoice-fr-b2b.pdf (the invoice
# page with its CII XML embedded), extracts the XML again from it into
# out/invoice-fr-b2b.xml, and, when ../shared is present, checks the PDF with
# the shared Factur-X checker and the XML against the official XSD.
# Usage: scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=$root/build-release
shared=$root/../shared
jobs=$(nproc 2>/dev/null || echo 2)

echo "== 1/3 set-up"
scripts/setup-deps.sh

echo "== 2/3 build (Release, $build)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DFX_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs"

echo "== 3/3 facturx generate examples/invoice-fr-b2b.json"
mkdir -p "$root/out"
pdf=$root/out/invoice-fr-b2b.pdf
xml=$root/out/invoice-fr-b2b.xml
"$build/facturx" generate examples/invoice-fr-b2b.json -o "$pdf"
"$build/facturx" extract "$pdf" -o "$xml"

# Prints the document total $1 read back from the XML (header summation).
fact() {
	sed -n "/<ram:SpecifiedTradeSettlementHeaderMonetarySummation>/,/HeaderMonetarySummation>\$/ \
		s#.*<ram:$1[^>]*>\([^<]*\)</ram:$1>.*#\1#p" "$xml" | head -n 1
}
echo
echo "facturx $("$build/facturx" --version | cut -d' ' -f2) wrote $pdf ($(wc -c <"$pdf") bytes)"
echo "  embedded files:"
"$build/facturx" attachments "$pdf" | sed 's/^/    /'
echo "  its factur-x.xml, extracted to $xml:"
echo "  profile:            $(sed -n '/GuidelineSpecifiedDocumentContextParameter/{n;s#.*<ram:ID>\(.*\)</ram:ID>.*#\1#p}' "$xml")"
echo "  lines total:        $(fact LineTotalAmount) EUR"
echo "  VAT:                $(fact TaxTotalAmount) EUR"
echo "  total with VAT:     $(fact GrandTotalAmount) EUR"
echo "  amount due:         $(fact DuePayableAmount) EUR"
echo "  facturx validate (every layer, French rules included):"
"$build/facturx" validate "$pdf" | tail -n 1 | sed 's/^/    /'
checker=$shared/tools/facturx-pdf-check.py
if [ -f "$checker" ]; then
	if /usr/bin/python3 "$checker" --strict --failures-only "$pdf"; then
		echo "  shared Factur-X / PDF/A-3b checker (--strict): passed"
	else
		echo "  shared Factur-X / PDF/A-3b checker (--strict): FAILED" >&2
		exit 1
	fi
fi
xsd=$shared/reference/xsd/facturx-1.09.2/EN16931/FACTUR-X_EN16931.xsd
if command -v xmllint >/dev/null 2>&1 && [ -f "$xsd" ]; then
	if xmllint --noout --nonet --schema "$xsd" "$xml" 2>/dev/null; then
		echo "  official Factur-X 1.09.2 EN16931 XSD: valid"
	else
		echo "  official Factur-X 1.09.2 EN16931 XSD: INVALID" >&2
		exit 1
	fi
fi
echo
echo "Open $pdf to see the invoice page."
echo "Next: $build/facturx --help, docs/cli.md, and scripts/test.sh to run the tests."
