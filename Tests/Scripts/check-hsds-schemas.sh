#!/usr/bin/env bash
# Validates everything the HSDS adapter writes (every example catalogue and the conformance
# fixture, as a JSON document and as a tabular package) against the published HSDS 3.0 schemas:
# the compiled JSON Schemas with format checking, and HSDS's datapackage.json for the tables.
# The schemas (CC BY-SA) are not part of the project: they are used from ../shared/hsds3 or
# $HSDS3_DIR when present; without them this check says so and passes. Any error fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."

hsds3="${HSDS3_DIR:-}"
for candidate in ../shared/hsds3 ../../shared/hsds3; do
    [[ -z "$hsds3" && -f "$candidate/datapackage.json" ]] && hsds3="$candidate"
done
if [[ -z "$hsds3" ]]; then
    echo "skipped: the HSDS 3.0 schemas are not present (../shared/hsds3 or HSDS3_DIR)"
    exit 0
fi
python3 -c "import jsonschema" || { echo "error: python3 with jsonschema is needed to check HSDS output" >&2; exit 1; }

log=$(HSDS3_DIR="$(cd "$hsds3" && pwd)" swift test --skip-build --filter 'HSDSSchemaTests|HSDSForeignImportTests' 2>&1) || {
    echo "$log" | grep -E '✘|↳ /|errors$' >&2
    echo "error: HSDS output does not validate against the published schemas (above)" >&2
    exit 1
}
if echo "$log" | grep -q 'skipped'; then
    echo "error: the HSDS schema checks were skipped although $hsds3 is present" >&2
    exit 1
fi
echo "HSDS output validates against the HSDS 3.0 schemas in $hsds3"
