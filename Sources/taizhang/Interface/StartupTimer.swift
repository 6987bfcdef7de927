import Foundation

/// Times the way to the first frame (load, build, render) when TAIZHANG_TIMING names a
/// file: the figures the performance target is checked against, measured inside the process.
final class StartupTimer {
    private let start = ContinuousClock.now
    private var last = ContinuousClock.now
    private var marks: [(String, Duration)] = []
    private let path = ProcessInfo.processInfo.environment["TAIZHANG_TIMING"]

    func mark(_ name: String) {
        let now = ContinuousClock.now
        marks.append((name, last.duration(to: now)))
        last = now
    }

    func report() {
        guard let path, !path.isEmpty else { return }
        let total = start.duration(to: ContinuousClock.now)
        var text = marks.map { "\($0.0) \(Self.seconds($0.1))" }.joined(separator: "\n")
        text += "\ntotal \(Self.seconds(total))\n"
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func seconds(_ d: Duration) -> String {
        let (s, atto) = d.components
        return String(format: "%.4f", Double(s) + Double(atto) / 1e18)
    }
}
