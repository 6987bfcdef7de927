import Foundation
import Testing
import TestSupport

/// Screens as text files in Snapshots/, compared line by line; `TAIZHANG_RECORD=1` writes
/// them instead (review the diff before committing).
enum Snapshot {
    static let directory = TestPaths.packageRoot.appendingPathComponent("Tests/TaizhangUITests/Snapshots")

    static func check(_ lines: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["TAIZHANG_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with TAIZHANG_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let want = expected.components(separatedBy: "\n")
        let got = text.components(separatedBy: "\n")
        if let row = zip(want, got).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("\(name): row \(row) differs\nwant: \(want[row])\ngot:  \(got[row])", sourceLocation: sourceLocation)
        } else if want.count != got.count {
            Issue.record("\(name): \(got.count) rows, snapshot has \(want.count)", sourceLocation: sourceLocation)
        }
    }
}
