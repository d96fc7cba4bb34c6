// swift-tools-version: 6.0
import PackageDescription

// Fuzz targets for Mestring's byte-level readers, kept out of the main package so that `swift build`
// and `swift test` at the root never see libFuzzer. See Tests/Fuzz/README.md.
let package = Package(
    name: "MestringFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Mestring", path: "../..")],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`, linked in by `-sanitize=fuzzer`.
        .target(name: "CFuzzing"),
        .executableTarget(
            name: "MestringFuzz",
            dependencies: [
                "CFuzzing",
                .product(name: "Mestring", package: "Mestring"),
                .product(name: "MestringCSV", package: "Mestring"),
                .product(name: "MestringJSON", package: "Mestring"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
