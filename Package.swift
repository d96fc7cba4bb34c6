// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Mestring",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Mestring", targets: ["Mestring"]),
        .library(name: "MestringJSON", targets: ["MestringJSON"]),
        .library(name: "MestringCSV", targets: ["MestringCSV"]),
        .library(name: "MestringSQLite", targets: ["MestringSQLite"]),
        .library(name: "MestringHSDS", targets: ["MestringHSDS"]),
        .library(name: "MestringValidation", targets: ["MestringValidation"]),
        .library(name: "MestringConformance", targets: ["MestringConformance"]),
        .library(name: "MestringAdapterKit", targets: ["MestringAdapterKit"]),
        .library(name: "MestringFHIR", targets: ["MestringFHIR"]),
        .library(name: "MestringCommandLine", targets: ["MestringCommandLine"]),
        .executable(name: "mestring", targets: ["mestring"]),
        .plugin(name: "ValidateCatalog", targets: ["ValidateCatalog"]),
        .plugin(name: "CatalogValidation", targets: ["CatalogValidation"]),
    ],
    targets: [
        // The pure domain: value types and store protocols, no I/O.
        .target(name: "Mestring"),
        // What adapters share (the JSON byte scanner, atomic file and folder replacement), with
        // `package` access; it depends on the domain only.
        .target(name: "MestringAdapterKit", dependencies: ["Mestring"]),
        // Adapters and validation depend on the domain (and the adapter kit) only, never on each other.
        .target(name: "MestringJSON", dependencies: ["Mestring", "MestringAdapterKit"]),
        .target(name: "MestringCSV", dependencies: ["Mestring", "MestringAdapterKit"]),
        .target(name: "MestringFHIR", dependencies: ["Mestring", "MestringAdapterKit"]),
        .target(name: "MestringHSDS", dependencies: ["Mestring", "MestringAdapterKit"]),
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .target(name: "MestringSQLite", dependencies: ["Mestring", "MestringAdapterKit", "CSQLite"]),
        // Validation reads and writes the worklist, an Excel CSV file, with the adapter kit's CSV quoting.
        .target(name: "MestringValidation", dependencies: ["Mestring", "MestringAdapterKit"]),
        .target(name: "MestringConformance", dependencies: ["Mestring"]),
        // The command line sits on top of everything: a library, so that an integrator can run it
        // with their own formats registered, and a thin executable that is only its entry point.
        .target(
            name: "MestringCommandLine",
            dependencies: [
                "Mestring", "MestringAdapterKit", "MestringJSON", "MestringCSV", "MestringSQLite", "MestringFHIR",
                "MestringHSDS", "MestringValidation",
            ]),
        .executableTarget(name: "mestring", dependencies: ["MestringCommandLine"], path: "Sources/MestringCLI"),
        // `swift package validate-catalog` and the build-time check both run the `mestring` tool.
        .plugin(
            name: "ValidateCatalog",
            capability: .command(
                intent: .custom(verb: "validate-catalog", description: "Validate Mestring catalogue files against the co-design rules"),
                permissions: []),
            dependencies: ["mestring"]),
        .plugin(name: "CatalogValidation", capability: .buildTool(), dependencies: ["mestring"]),
        .executableTarget(
            name: "MestringBenchmarks",
            dependencies: [
                "Mestring", "MestringAdapterKit", "MestringJSON", "MestringCSV", "MestringSQLite", "MestringFHIR", "MestringHSDS",
                "MestringValidation",
            ],
            path: "Sources/MestringBenchmarks"),
        // Helpers shared by the test targets (temporary folders).
        .target(name: "MestringTestSupport", path: "Tests/MestringTestSupport"),
        .testTarget(name: "MestringTests", dependencies: ["Mestring", "MestringConformance"]),
        .testTarget(name: "MestringAdapterKitTests", dependencies: ["MestringAdapterKit"]),
        .testTarget(
            name: "MestringFHIRTests",
            dependencies: ["Mestring", "MestringFHIR", "MestringJSON", "MestringConformance", "MestringTestSupport"]),
        .testTarget(
            name: "MestringJSONTests",
            dependencies: ["Mestring", "MestringAdapterKit", "MestringJSON", "MestringConformance", "MestringTestSupport"]),
        .testTarget(
            name: "MestringCSVTests", dependencies: ["Mestring", "MestringCSV", "MestringConformance", "MestringTestSupport"]),
        .testTarget(
            name: "MestringSQLiteTests", dependencies: ["Mestring", "MestringSQLite", "MestringConformance", "MestringTestSupport"]),
        .testTarget(
            name: "MestringHSDSTests",
            dependencies: ["Mestring", "MestringAdapterKit", "MestringHSDS", "MestringJSON", "MestringConformance", "MestringTestSupport"]),
        .testTarget(
            name: "MestringValidationTests",
            dependencies: ["Mestring", "MestringValidation", "MestringConformance", "MestringJSON"]),
        // No error, finding or report line contains a personal value, over the fuzz corpus and broken fixtures.
        .testTarget(
            name: "MestringPrivacyTests",
            dependencies: ["Mestring", "MestringJSON", "MestringCSV", "MestringValidation", "MestringConformance", "MestringTestSupport"]),
        .testTarget(name: "MestringCLITests", dependencies: ["MestringCommandLine", "MestringTestSupport"]),
        // Kills, full disks, read-only media, racing writers and hostile values, against the built
        // `mestring` and the stores; prints its counts as `fault-suite |` lines.
        .testTarget(
            name: "MestringFaultTests",
            dependencies: ["mestring", "Mestring", "MestringJSON", "MestringCSV", "MestringSQLite", "MestringTestSupport"]),
        // The tutorial's worked example, as an integrator would ship it: their stores (a library with
        // the formats it registers), their 5-line `mestring` (an executable), and their tests.
        // Compiled and run by `swift test`; not products, so nobody depends on them by accident.
        .target(
            name: "MunicipalFeedAdapter", dependencies: ["Mestring", "MestringAdapterKit", "MestringValidation", "MestringCommandLine"],
            path: "Documentation/Examples/MunicipalFeedAdapter", exclude: ["kommune-feed.json"]),
        .executableTarget(
            name: "kommune-mestring", dependencies: ["MunicipalFeedAdapter", "MestringCommandLine"],
            path: "Documentation/Examples/MunicipalFeedTool"),
        .testTarget(
            name: "MunicipalFeedAdapterExample",
            dependencies: ["Mestring", "MestringConformance", "MestringCommandLine", "MunicipalFeedAdapter", "kommune-mestring"],
            path: "Documentation/Examples/MunicipalFeedAdapterTests"),
    ]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
