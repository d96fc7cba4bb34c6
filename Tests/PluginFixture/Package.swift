// swift-tools-version: 6.0
// A package that uses Mestring's build-tool plugin, to prove it: `CleanOfferData` must build
// silently, `BrokenOfferData` must fail with `path:line: error:` diagnostics. Run by Tests/Scripts/check-plugins.sh.
import PackageDescription

let package = Package(
    name: "PluginFixture",
    dependencies: [.package(name: "Mestring", path: "../..")],
    targets: [
        .target(
            name: "CleanOfferData", resources: [.copy("catalog.json"), .copy("settings.json")],
            plugins: [.plugin(name: "CatalogValidation", package: "Mestring")]),
        .target(
            name: "BrokenOfferData", resources: [.copy("catalog.json")],
            plugins: [.plugin(name: "CatalogValidation", package: "Mestring")]),
    ]
)
