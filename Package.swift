// swift-tools-version:6.0
// hearsay: a terminal reader for news coverage and interview transcripts.
// The target graph mirrors the architecture (see README.md, "Architecture"):
// pure modules first, the ncurses backend at the edge, the executable on top.
import PackageDescription

let package = Package(
    name: "hearsay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearsay", targets: ["hearsay"]),
        .executable(name: "hearsay-bench", targets: ["hearsay-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // C shims. Only HearsayTerminal may import CTerminal (ncursesw).
        .target(name: "CUnicode", linkerSettings: [.linkedLibrary("icuuc")]),
        .target(name: "CTerminal", linkerSettings: [.linkedLibrary("ncursesw")]),

        // Pure core.
        .target(
            name: "HearsayModel",
            dependencies: ["Yams"],
            resources: [.embedInCode("SampleCorpus")]
        ),
        .target(name: "HearsayText", dependencies: ["CUnicode"]),
        .target(name: "HearsayLayout", dependencies: ["HearsayModel", "HearsayText"]),
        .target(name: "HearsaySearch", dependencies: ["HearsayModel", "HearsayText"]),
        .target(
            name: "HearsayTheme",
            dependencies: ["HearsayModel", "TOMLKit"],
            resources: [.embedInCode("BuiltinThemes")]
        ),
        .target(
            name: "HearsayUI",
            dependencies: ["HearsayModel", "HearsayText", "HearsayLayout", "HearsaySearch", "HearsayTheme"]
        ),

        // Edges: persistence and the terminal.
        .target(name: "HearsayStore", dependencies: ["HearsayModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // The glue between the UI core's effects and the store: saving, loading, keeping what is unsaved at quit.
        // The one event loop, over a terminal backend (the ncurses screen, or one in memory).
        .target(name: "HearsaySession", dependencies: ["HearsayModel", "HearsayUI", "HearsayStore", "HearsayTheme"]),
        .target(name: "HearsayTerminal", dependencies: ["CTerminal", "HearsayUI", "HearsayTheme"]),
        // The persistent index in the cache folder: listings without parsing, full-text search candidates.
        .target(name: "HearsayIndex", dependencies: ["HearsayModel", "HearsaySearch", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "HearsayIndexTests",
            dependencies: ["HearsayIndex", "HearsaySearch", "HearsayUI", "HearsayTesting", .product(name: "GRDB", package: "GRDB.swift")]),

        .executableTarget(
            name: "hearsay",
            dependencies: [
                "HearsayModel", "HearsayText", "HearsayLayout", "HearsaySearch", "HearsayTheme",
                "HearsayUI", "HearsayStore", "HearsaySession", "HearsayTerminal", "HearsayIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmarks, apart from the shipping executable (Benchmarks/).
        .executableTarget(
            name: "hearsay-bench",
            dependencies: [
                "HearsayModel", "HearsayLayout", "HearsaySearch", "HearsayUI", "HearsaySession", "HearsayIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Shared test helpers: fixture corpora, screen snapshots, seed access.
        .target(
            name: "HearsayTesting", dependencies: ["HearsayModel", "HearsayText", "HearsayTheme", "HearsayUI"], path: "Tests/HearsayTesting"
        ),

        .testTarget(
            name: "HearsayModelTests",
            dependencies: ["HearsayModel", "HearsayTesting", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "HearsayTextTests",
            dependencies: [
                "HearsayText", "CUnicode", "HearsayModel", "HearsayTesting",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "HearsayLayoutTests", dependencies: ["HearsayLayout", "HearsayModel", "HearsayText", "HearsayTesting"]),
        .testTarget(name: "HearsaySearchTests", dependencies: ["HearsaySearch", "HearsayModel", "HearsayLayout", "HearsayTesting"]),
        .testTarget(name: "HearsayThemeTests", dependencies: ["HearsayTheme", "HearsayTesting"]),
        .testTarget(
            name: "HearsayUITests",
            dependencies: ["HearsayUI", "HearsayModel", "HearsayText", "HearsayLayout", "HearsaySearch", "HearsayTheme", "HearsayTesting"],
            exclude: ["Golden"]  // golden screens, read through #filePath
        ),
        .testTarget(
            name: "HearsayStoreTests",
            dependencies: ["HearsayStore", "HearsayModel", "HearsayTesting", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Golden"]  // export golden files, read through #filePath
        ),
        .testTarget(
            name: "HearsaySessionTests",
            dependencies: [
                "HearsaySession", "HearsayModel", "HearsayStore", "HearsayTheme", "HearsayUI", "HearsayTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The ncurses backend's pure parts: key decoding and colour pairs (no terminal needed).
        .testTarget(name: "HearsayTerminalTests", dependencies: ["HearsayTerminal", "CTerminal", "HearsayTheme", "HearsayUI"]),
        .testTarget(name: "HearsayCLITests", dependencies: ["HearsayTesting"]),
    ]
)
