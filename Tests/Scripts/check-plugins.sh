#!/usr/bin/env bash
# Proves the SwiftPM plugins on real files (run by .ci/run):
#  - the command plugin: clean example exits 0, broken example exits 1 with findings;
#  - the build-tool plugin: a target with clean data builds silently, one with broken data fails
#    with `path:line: error:` diagnostics.
set -uo pipefail
cd "$(dirname "$0")/../.."
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

echo "== swift package validate-catalog (clean example)"
if ! swift package validate-catalog Documentation/Examples/catalog.json > /tmp/mestring-plugin-clean.log 2>&1; then
    cat /tmp/mestring-plugin-clean.log; fail "validate-catalog rejected the clean example"
fi

echo "== swift package validate-catalog (broken example)"
swift package validate-catalog Documentation/Examples/catalog-broken.json > /tmp/mestring-plugin-broken.log 2>&1
status=$?
[ "$status" -eq 1 ] || fail "validate-catalog on the broken example exited $status, expected 1"
grep -q "codesign.phases" /tmp/mestring-plugin-broken.log || fail "validate-catalog printed no findings for the broken example"

echo "== swift package validate-catalog (no paths: every catalogue in the package)"
swift package validate-catalog > /tmp/mestring-plugin-all.log 2>&1
status=$?
[ "$status" -eq 1 ] || fail "validate-catalog without paths exited $status, expected 1 (the broken example is in the package)"
grep -q "Documentation/Examples/catalog.json" /tmp/mestring-plugin-all.log \
    || grep -q "0 errors, 0 warnings" /tmp/mestring-plugin-all.log || fail "validate-catalog without paths did not validate the clean example"
grep -q "catalog-broken.json" /tmp/mestring-plugin-all.log || fail "validate-catalog without paths did not find the broken example"

fixture=Tests/PluginFixture
echo "== build-tool plugin: clean data builds silently"
if ! swift build --package-path "$fixture" --target CleanOfferData > /tmp/mestring-fixture-clean.log 2>&1; then
    cat /tmp/mestring-fixture-clean.log; fail "the clean fixture did not build"
fi
if grep -E "(error|warning):" /tmp/mestring-fixture-clean.log; then fail "the clean fixture printed diagnostics"; fi

echo "== build-tool plugin: broken data fails the build with file and line"
if swift build --package-path "$fixture" --target BrokenOfferData > /tmp/mestring-fixture-broken.log 2>&1; then
    fail "the broken fixture built"
fi
grep -E "BrokenOfferData/catalog.json:[0-9]+(:[0-9]+)?: error: " /tmp/mestring-fixture-broken.log | head -3
grep -qE "BrokenOfferData/catalog.json:[0-9]+(:[0-9]+)?: error: " /tmp/mestring-fixture-broken.log \
    || { tail -20 /tmp/mestring-fixture-broken.log; fail "the broken fixture's diagnostics lack path:line: error:"; }

[ "$failures" -eq 0 ] && echo "plugins: all checks passed" || { echo "plugins: $failures check(s) failed"; exit 1; }
