#!/usr/bin/env bash
# Installs every Debian 12 package facturx needs to build, test and run (now
# and for the PDF/A-3, Chorus Pro and storage work to come), and makes sure
# the fr_FR.UTF-8 locale exists (the tests run under it too).
# (icc-profiles-free provides the sRGB profile PDF/A output embeds.)
# Runs as root, or through sudo for another user; does nothing when all is
# already there, so it is cheap to run again.
# Usage: scripts/setup-deps.sh
set -euo pipefail

PACKAGES=(
	build-essential cmake pkg-config git
	libxml2-dev libxml2-utils libjansson-dev libicu-dev check
	libhpdf-dev libqpdf-dev qpdf libcurl4-openssl-dev libsqlite3-dev
	zlib1g-dev poppler-utils fonts-dejavu-core icc-profiles-free
	python3-pikepdf python3-lxml
	clang libclang-rt-14-dev
	locales python3
)
LOCALE=fr_FR.UTF-8

# Prints a message of this script.
say() {
	echo "setup-deps: $*"
}

# Runs a command as root: directly, or through sudo.
as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		say "root rights are needed to run: $*" >&2
		say "run this script as root, or install sudo" >&2
		exit 1
	fi
}

# Prints the packages of PACKAGES that are not installed.
missing_packages() {
	local p status
	for p in "${PACKAGES[@]}"; do
		status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
		[ "$status" = installed ] || echo "$p"
	done
}

# True when the locale LOCALE is available.
has_locale() {
	locale -a 2>/dev/null | grep -qix 'fr_FR\.utf-\?8'
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	say "this script needs a Debian system (apt-get, dpkg-query)" >&2
	exit 1
fi

mapfile -t missing < <(missing_packages)
if [ "${#missing[@]}" -gt 0 ]; then
	say "installing: ${missing[*]}"
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		"${missing[@]}"
else
	say "all ${#PACKAGES[@]} packages are installed"
fi

if has_locale; then
	say "locale $LOCALE is available"
else
	say "generating the locale $LOCALE"
	if grep -q '^# *fr_FR.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
		as_root sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
	elif ! grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
		echo 'fr_FR.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
	fi
	as_root locale-gen --keep-existing >/dev/null
	if ! has_locale; then
		say "the locale $LOCALE could not be generated" >&2
		exit 1
	fi
fi
