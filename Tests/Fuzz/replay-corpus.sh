#!/usr/bin/env bash
# Replays every input of Tests/Fuzz/Corpus through the fuzz targets in a plain debug build (no libFuzzer,
# no sanitizer, so it is quick): each must end in a result or a StoreError, never in a crash or a
# hang. Exits 1 and names the inputs when any crashes. Fuzzing itself is described in Tests/Fuzz/README.md.
set -uo pipefail
cd "$(dirname "$0")/../.."

build=(swift build --package-path Tests/Fuzz --scratch-path .build-fuzz --product MestringFuzz)
"${build[@]}" -Xswiftc -warnings-as-errors || exit 2
fuzz="$("${build[@]}" --show-bin-path)/MestringFuzz"

# Swift's own backtracer is not needed: a trap prints its message and stack trace anyway.
export SWIFT_BACKTRACE=enable=no
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
# `timeout` bounds a run (coreutils; without it, e.g. on macOS, each input's own alarm still does).
limited() { if command -v timeout >/dev/null; then timeout "$@"; else shift; "$@"; fi; }
inputs=0
crashes=0
for target in csv-reader csv-import json; do
    case "$target" in json) corpus=Tests/Fuzz/Corpus/json ;; *) corpus=Tests/Fuzz/Corpus/csv ;; esac
    count=$(find "$corpus" -type f ! -name '.*' | wc -l)
    inputs=$((inputs + count))
    # Each input has 10 seconds (the binary's own alarm); the whole run is a hang after 5 minutes.
    if limited 300 "$fuzz" "$target" "$corpus" >/dev/null; then continue; fi
    # Something crashed or hung: replay input by input to name every culprit.
    before=$crashes
    while IFS= read -r -d '' file; do
        if ! limited 60 "$fuzz" "$target" "$file" >/dev/null 2>"$errors"; then
            crashes=$((crashes + 1))
            echo "CRASH OR HANG: $target $file" >&2
            head -5 "$errors" >&2
        fi
    done < <(find "$corpus" -type f ! -name '.*' -print0 | sort -z)
    if [ "$crashes" -eq "$before" ]; then
        crashes=$((crashes + 1))
        echo "CRASH OR HANG: $target failed on the whole corpus but on no single input" >&2
    fi
done
echo "fuzz corpus: $inputs inputs replayed, $crashes crashes"
[ "$crashes" -eq 0 ]
