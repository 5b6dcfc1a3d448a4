// swift-tools-version: 6.2
import PackageDescription

let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "DealSim",
    products: [
        .library(name: "DealSim", targets: ["DealSim"]),
        .executable(name: "dealsim", targets: ["DealSimTool"]),
    ],
    targets: [
        // The engine: reads a scenario, simulates it and returns results. It never prints.
        .target(name: "DealSim", swiftSettings: settings),
        // The command line: argument parsing, progress, and writing reports to disk.
        .target(name: "DealSimCLI", dependencies: ["DealSim"], swiftSettings: settings),
        // `dealsim` itself: a main.swift that hands over to DealSimCLI.
        .executableTarget(name: "DealSimTool", dependencies: ["DealSimCLI"], swiftSettings: settings),
        .testTarget(name: "DealSimTests", dependencies: ["DealSim"], swiftSettings: settings),
        .testTarget(
            name: "DealSimCLITests", dependencies: ["DealSimCLI", "DealSimTool"], swiftSettings: settings),
    ]
)
