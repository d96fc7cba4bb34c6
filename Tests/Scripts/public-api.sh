#!/usr/bin/env bash
# The checked-in list of Mestring's public API, one declaration a line, per library module in
# Documentation/PublicAPI/<Module>.txt. It makes every change to what integrators can use visible
# in review: a pull request that adds, removes or changes a public declaration changes these files.
#
#   bash Tests/Scripts/public-api.sh           regenerate the lists; commit them with the API change
#   bash Tests/Scripts/public-api.sh --check   fail (exit 1, with a diff) when the lists are out of date
#   SWIFT_BUILD_FLAGS="-Xswiftc -warnings-as-errors" bash …   build with the flags of an earlier build
#                                              (CI), so that nothing is compiled twice
#
# The lists come from the compiler's symbol graphs (`swift build`, then `swift-symbolgraph-extract`
# on each library module, as `swift package dump-symbol-graph` does), reduced with jq to sorted lines:
#   Offer: var title: LocalizedText            a member, after the path of the type it belongs to
#   Offer: conforms to Hashable               a conformance
# Members a type only inherits from a protocol's default implementation are left out.
set -euo pipefail
cd "$(dirname "$0")/../.."

MODULES="Mestring MestringAdapterKit MestringJSON MestringCSV MestringSQLite MestringFHIR MestringHSDS MestringValidation MestringConformance MestringCommandLine"
lists=Documentation/PublicAPI
check=false
[[ "${1:-}" == "--check" ]] && check=true

# shellcheck disable=SC2086 # the flags are words
swift build ${SWIFT_BUILD_FLAGS:-} >/dev/null
bin=$(swift build --show-bin-path)
graphs=.build/public-api-symbol-graphs
rm -rf "$graphs" && mkdir -p "$graphs"
extract="$(dirname "$(readlink -f "$(command -v swift)")")/swift-symbolgraph-extract"
for module in $MODULES; do
    "$extract" -module-name "$module" -target "$(uname -m)-unknown-linux-gnu" -I "$bin/Modules" \
        -module-cache-path "$bin/ModuleCache" -Xcc -fmodule-map-file="$PWD/Sources/CSQLite/module.modulemap" \
        -minimum-access-level public -skip-synthesized-members -omit-extension-block-symbols -output-dir "$graphs"
done

# One graph file to lines: every symbol's declaration after its parent's path, then conformances.
reduce='
  (.symbols | map({key: .identifier.precise, value: (.pathComponents | join("."))}) | from_entries) as $paths
  | (.symbols[]
      | (.pathComponents[:-1] | join(".")) as $parent
      | (.declarationFragments | map(.spelling) | join("") | gsub("\\s+"; " ")) as $declaration
      | if $parent == "" then $declaration else "\($parent): \($declaration)" end),
    (.relationships[]
      | select(.kind == "conformsTo" and $paths[.source] != null)
      | "\($paths[.source]): conforms to \($paths[.target] // .targetFallback // .target)")'

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
total=0
for module in $MODULES; do
    files=("$graphs/$module.symbols.json")
    for extension in "$graphs/$module@"*.symbols.json; do [[ -f "$extension" ]] && files+=("$extension"); done
    for file in "${files[@]}"; do
        extended=$(basename "$file" .symbols.json)
        extended=${extended#"$module"}
        jq -r "$reduce" "$file" | sed "s/^/${extended:+extension ${extended#@} }/"
    done | LC_ALL=C sort -u > "$workdir/$module.txt"
    total=$((total + $(grep -cv ': conforms to ' "$workdir/$module.txt" || true)))
done

if $check; then
    if ! diff -ru "$lists" "$workdir" --exclude='*.md'; then
        echo "error: the public API changed; if that is intended, run 'bash Tests/Scripts/public-api.sh' and commit $lists" >&2
        exit 1
    fi
    echo "public API unchanged ($total public declarations)"
else
    mkdir -p "$lists"
    cp "$workdir"/*.txt "$lists/"
    echo "public API lists written to $lists ($total public declarations)"
fi
