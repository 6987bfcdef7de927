// swift-tools-version:6.0
import PackageDescription

// The folder layout is the architecture:
//   TaizhangCore      model, import, store, queries — no terminal code
//   TaizhangUI        screen state, keys and drawing into a ScreenBuffer — no ncurses
//   TaizhangTerminal  the one thin adapter that talks to ncursesw
//   taizhang          the executable: command line and the full-screen interface
let package = Package(
    name: "Taizhang",
    products: [
        .executable(name: "taizhang", targets: ["taizhang"]),
        .library(name: "TaizhangCore", targets: ["TaizhangCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Office files (.docx, .xlsx) are zip archives: read for import, written for export.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // glibc's wcwidth is hidden from Swift's Glibc module: what the core needs from C.
        .target(name: "CSupport", path: "Sources/CSupport"),
        // Signals, terminal restoration and spawning: the terminal adapter and tools only.
        .target(name: "CTerminalSupport", path: "Sources/CTerminalSupport"),
        // The environment allow-list and hardening of a setgid start: the executable only.
        .target(name: "CServerStart", path: "Sources/CServerStart"),
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        // libxml2's HTML parser, for saved web pages; its headers are in /usr/include/libxml2.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "TaizhangCore",
            dependencies: [
                "CSupport", "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "TaizhangUI", dependencies: ["TaizhangCore"]),
        .target(name: "TaizhangTerminal", dependencies: ["TaizhangUI", "CNCurses", "CSupport", "CTerminalSupport"]),
        .executableTarget(
            name: "taizhang",
            dependencies: [
                "TaizhangCore", "TaizhangUI", "TaizhangTerminal", "CServerStart",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "taizhang-bench", dependencies: ["TaizhangCore", "CSupport", "CTerminalSupport"]),
        // scripts/import-score: the importer against the plan corpus (Tests/Fixtures/plans).
        .executableTarget(name: "taizhang-score", dependencies: ["TaizhangCore"]),
        .target(name: "TestSupport", dependencies: ["TaizhangCore"], path: "Tests/TestSupport"),
        .testTarget(name: "TaizhangCoreTests", dependencies: ["TaizhangCore", "TestSupport"]),
        .testTarget(name: "TaizhangUITests", dependencies: ["TaizhangUI", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "TaizhangCLITests", dependencies: ["TaizhangCore", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "TaizhangTerminalTests", dependencies: ["TaizhangTerminal", "TaizhangUI"]),
        // The fuzzers' targets (scripts/fuzz builds them with -sanitize=fuzzer); built normally,
        // it replays the committed corpus.
        .executableTarget(name: "taizhang-fuzz", dependencies: ["TaizhangCore"], path: "Tests/Fuzz", exclude: ["corpus", "make-corpus.sh"]),
        // Drives the terminal adapter through a real terminal (tmux) until the real screens exist.
        .executableTarget(
            name: "terminal-probe",
            dependencies: ["TaizhangUI", "TaizhangTerminal"],
            path: "Tests/Probes/TerminalProbe"
        ),
    ]
)
