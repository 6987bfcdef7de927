import Foundation

/// Where the package's files and built products are, from inside a test.
public enum TestPaths {
    /// The package root, found from this source file's location.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static func seed(_ prefix: String) -> String {
        let dir = packageRoot.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else { fatalError("no seed \(prefix)") }
        return dir.appendingPathComponent(name).path
    }

    public static var allSeeds: [String] {
        let dir = packageRoot.appendingPathComponent("seeds")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    /// A committed test fixture, e.g. `fixture("office/seed000.docx")`.
    public static func fixture(_ relative: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/" + relative).path
    }

    /// The built `taizhang` executable, beside the test bundle.
    public static var binary: String {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("taizhang").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/taizhang").path
    }
}

/// A temporary directory removed when the value is released.
public final class TempDir: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "taizhang-test") {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    public func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
