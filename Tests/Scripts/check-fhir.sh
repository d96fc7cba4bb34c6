#!/usr/bin/env bash
# Checks every FHIR resource the MestringFHIR adapter writes for the example catalogues and the
# conformance fixture with an independent FHIR implementation: Python's `fhir.resources` (R4B
# models), strictly. Installs the package from PyPI into a virtual environment under .build on
# first use, so it works on a fresh machine with python3. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.build/fhir-check-venv
if ! "$venv/bin/python" -c "import fhir.resources.R4B" >/dev/null 2>&1; then
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        # Debian's python3 needs the venv module as a package.
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check "fhir.resources>=7.1,<9"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
MESTRING_FHIR_EXPORT_DIR="$out" swift test --skip-build --filter "FHIRRoundTripTests/exportForIndependentCheck" >/dev/null
"$venv/bin/python" Tests/Scripts/check-fhir.py "$out"
