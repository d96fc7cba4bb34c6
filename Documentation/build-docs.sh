#!/usr/bin/env bash
# Builds the documentation site with the toolchain's own `docc`, without any plugin package.
#
#   Documentation/build-docs.sh                  writes .build-docs/site, ready for static hosting
#   DOCS_HOSTING_BASE_PATH=/mestring Documentation/build-docs.sh    for a site served below /mestring
#
# 1. Checks that every public declaration of the documented modules has a doc comment.
# 2. Builds each documented module and lets the compiler write its symbol graph.
# 3. Copies only those modules' graphs into a clean folder (-Xswiftc also reaches other modules).
# 4. Converts Documentation/Mestring.docc with all of them: one site, one sidebar, every module.
# Any DocC warning (a broken link, an undocumented parameter) fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."

# The modules whose symbols are documented. Add a module when its API is ready for readers.
DOCUMENTED_MODULES="${DOCUMENTED_MODULES:-Mestring MestringAdapterKit MestringJSON MestringCSV MestringSQLite MestringFHIR MestringHSDS MestringConformance MestringValidation MestringCommandLine}"

scratch=.build-docs
graphs="$scratch/symbol-graphs"       # kept between runs: an unchanged module is not rebuilt
selected="$scratch/documented-symbol-graphs"
site="$scratch/site"
docc="${DOCC:-$(command -v docc || xcrun --find docc)}"

mkdir -p "$graphs"

# Every public declaration of a documented module has a doc comment (swift-format's rule, which is
# off by default; the other rules' findings are not this script's business).
echo '{ "version": 1, "rules": { "AllPublicDeclarationsHaveDocumentation": true } }' > "$scratch/doc-comments.swift-format"
sources=()
for module in $DOCUMENTED_MODULES; do sources+=("Sources/$module"); done
undocumented=$(swift format lint --configuration "$scratch/doc-comments.swift-format" --recursive "${sources[@]}" 2>&1 |
    grep 'AllPublicDeclarationsHaveDocumentation' || true)
if [[ -n "$undocumented" ]]; then
    echo "$undocumented" >&2
    echo "error: public declarations without a doc comment (above)" >&2
    exit 1
fi

for module in $DOCUMENTED_MODULES; do
    swift build --scratch-path "$scratch" --target "$module" \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs"
done

rm -rf "$selected" "$site"
mkdir -p "$selected"
for module in $DOCUMENTED_MODULES; do
    main="$graphs/$module.symbols.json"
    [[ -f "$main" ]] || { echo "error: no symbol graph for $module" >&2; exit 1; }
    cp "$main" "$selected/"
    # The module's extensions to other modules' types (MestringJSON@Mestring). The compiler does not
    # rewrite an unchanged one, so an old file cannot be told from a current one: after removing a
    # module's last extension to another module, delete $graphs once.
    for extension in "$graphs/$module@"*.symbols.json; do
        if [[ -f "$extension" ]]; then cp "$extension" "$selected/"; fi
    done
done

hosting=()
[[ -n "${DOCS_HOSTING_BASE_PATH:-}" ]] && hosting=(--hosting-base-path "$DOCS_HOSTING_BASE_PATH")
"$docc" convert Documentation/Mestring.docc \
    --additional-symbol-graph-dir "$selected" \
    --output-path "$site" \
    --transform-for-static-hosting "${hosting[@]}" \
    --warnings-as-errors
echo "documentation: $site (modules: $DOCUMENTED_MODULES)"
