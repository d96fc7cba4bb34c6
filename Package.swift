// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Mestring",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Mestring", targets: ["Mestring"]),
        .library(name: "MestringJSON", targets: ["MestringJSON"]),
        .library(name: "MestringConformance", targets: ["MestringConformance"]),
        .executable(name: "mestring", targets: ["MestringCLI"]),
    ],
    targets: [
        .target(name: "Mestring"),
        .target(name: "MestringJSON", dependencies: ["Mestring"]),
        .target(name: "MestringConformance", dependencies: ["Mestring"]),
        .executableTarget(name: "MestringCLI", dependencies: ["Mestring", "MestringJSON"]),
        .testTarget(name: "MestringTests", dependencies: ["Mestring", "MestringConformance"]),
        .testTarget(
            name: "MestringJSONTests",
            dependencies: ["Mestring", "MestringJSON", "MestringConformance"]
        ),
    ]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
