import Foundation

/// A task's notes and history as they sit in the snapshot, decoded on first use.
///
/// Notes and history are over half of a ledger's bytes, and most commands (lists, overdue,
/// counts) read at most a task's last note. Loading records where each task's arrays are in
/// the mapped file; they are decoded when something reads them, and a snapshot rewrite
/// copies untouched ones through byte for byte.
final class TaskLog: @unchecked Sendable {
    let bytes: SnapshotBytes
    let notesRange: Range<Int>?
    let historyRange: Range<Int>?
    private let lock = NSLock()
    private var decodedNotes: [Note]?
    private var decodedHistory: [Change]?

    init(bytes: SnapshotBytes, notes: Range<Int>?, history: Range<Int>?) {
        self.bytes = bytes
        notesRange = notes
        historyRange = history
    }

    var notes: [Note] {
        lock.lock(); defer { lock.unlock() }
        if let decodedNotes { return decodedNotes }
        let n = decode(notesRange) { try ModelCodec.readNote(&$0) }
        decodedNotes = n
        return n
    }

    var history: [Change] {
        lock.lock(); defer { lock.unlock() }
        if let decodedHistory { return decodedHistory }
        let h = decode(historyRange) { try ModelCodec.readChange(&$0) }
        decodedHistory = h
        return h
    }

    /// The ranges were checked when the snapshot loaded (skipping validates the syntax), so
    /// a failure here means the mapped file changed under us — treated as empty, never a crash.
    private func decode<T>(_ range: Range<Int>?, _ element: (inout JSONReader) throws -> T) -> [T] {
        guard let range else { return [] }
        return bytes.file.withUnsafeBytes { buf in
            var r = JSONReader(buf, from: range.lowerBound, to: range.upperBound)
            return (try? ModelCodec.list(&r, element)) ?? []
        }
    }

    func raw(_ range: Range<Int>) -> [UInt8] {
        bytes.file.withUnsafeBytes { Array($0[range]) }
    }
}

/// The mapped snapshot that lazily decoded logs point into; kept alive while any task does.
final class SnapshotBytes: @unchecked Sendable {
    let file: MappedFile
    init(_ file: MappedFile) { self.file = file }
}
