import Dispatch
import Foundation

/// Progress of a long import on stderr: once an import has run for a second, every second a
/// line per document being read — its phase and how many rows it has read so far.
///
/// Readers and the plan builder report their phase and row count as they go (`update`); a
/// timer prints, so that a quick import prints nothing and a slow one never goes quiet.
public final class ImportProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [String: (phase: Strings.Key, rows: Int)] = [:]
    private let started = Date()
    private let strings: Strings
    private let write: @Sendable (String) -> Void
    private let timer: DispatchSourceTimer

    /// - Parameters:
    ///   - after: seconds of quiet before the first line.
    ///   - write: where a line goes (stderr in the command line).
    public init(strings: Strings, after: Double = 1, every: Double = 1, write: @escaping @Sendable (String) -> Void) {
        self.strings = strings
        self.write = write
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + after, repeating: every)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
    }

    deinit { timer.cancel() }

    /// What document `file` is doing now; `rows` (when given) is how far it has come.
    public func update(_ file: String, phase: Strings.Key, rows: Int? = nil) {
        lock.lock()
        defer { lock.unlock() }
        states[file] = (phase, rows ?? states[file]?.rows ?? 0)
    }

    /// Stops printing (the import is over).
    public func stop() {
        timer.cancel()
        lock.lock()
        states.removeAll()
        lock.unlock()
    }

    private func tick() {
        lock.lock()
        let now = states.sorted { $0.key < $1.key }
        lock.unlock()
        let seconds = String(format: "%.0f", Date().timeIntervalSince(started))
        for (file, state) in now {
            write(strings(.importProgress, file, strings(state.phase), state.rows, seconds))
        }
    }
}

/// The largest document an import reads: 200 MB, or `TAIZHANG_IMPORT_LIMIT_MB` megabytes.
/// A file over it is refused before it is read, with a message saying how to raise it.
public enum DocumentLimit {
    public static var megabytes: Int {
        ProcessInfo.processInfo.environment["TAIZHANG_IMPORT_LIMIT_MB"].flatMap { Int($0) }.map { max(1, $0) } ?? 200
    }

    public static func check(_ path: String) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else { return }
        let limit = megabytes
        if size.int64Value > Int64(limit) * 1_048_576 {
            let mb = String(format: "%.1f", Double(size.int64Value) / 1_048_576)
            throw FormatError(FormatError.strings(.importTooLarge, mb, limit))
        }
    }
}
