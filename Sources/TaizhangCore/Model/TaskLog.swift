import Foundation

/// A task's notes and history as they sit in the snapshot, decoded on first use.
///
/// Notes and history are over half of a ledger's bytes, and most commands (lists, overdue,
/// counts) read at most a task's last note. Loading records where each task's `"notes"` and
/// `"history"` members are in the mapped file; they are decoded when something reads them,
/// and a snapshot rewrite copies untouched ones through byte for byte.
///
/// Nothing checked them at load, so a damaged file shows here: `problem` says where, the
/// task shows what could be read, and `Ledger.validateLogs` (run before every snapshot
/// rewrite and by `taizhang check`) refuses to write over what could not.
final class TaskLog: @unchecked Sendable {
    let bytes: SnapshotBytes
    /// `"notes":[…],"history":[…]` — the members, without the surrounding braces.
    let members: Range<Int>
    private let lock = NSLock()
    private var decoded: (notes: [Note], history: [Change], problem: JSONSyntaxError?)?

    init(bytes: SnapshotBytes, members: Range<Int>) {
        self.bytes = bytes
        self.members = members
    }

    var notes: [Note] { decode().notes }
    var history: [Change] { decode().history }
    var problem: JSONSyntaxError? { decode().problem }

    private func decode() -> (notes: [Note], history: [Change], problem: JSONSyntaxError?) {
        lock.lock(); defer { lock.unlock() }
        if let decoded { return decoded }
        var notes: [Note] = [], history: [Change] = []
        var problem: JSONSyntaxError?
        bytes.file.withUnsafeBytes { buf in
            var r = JSONReader(buf, from: members.lowerBound, to: members.upperBound)
            var first = true
            do {
                // The members as they would sit inside braces: `"notes":[…],"history":[…]`.
                while !r.atEnd {
                    if !first { try r.expect(0x2C, "','") }
                    first = false
                    var keyFirst = true
                    guard let k = try r.nextMember(&keyFirst) else { break }
                    if k == "notes" { notes = try ModelCodec.list(&r) { try ModelCodec.readNote(&$0) } }
                    else if k == "history" { history = try ModelCodec.list(&r) { try ModelCodec.readChange(&$0) } }
                    else { throw r.error("only \"notes\" and \"history\" may follow them in a task (found \"\(k.string)\")") }
                }
            } catch let e as JSONSyntaxError {
                problem = e
            } catch {
                problem = JSONSyntaxError(offset: r.position, message: "\(error)")
            }
        }
        decoded = (notes, history, problem)
        return decoded!
    }

    func rawMembers() -> [UInt8] {
        bytes.file.withUnsafeBytes { [0x2C] + Array($0[members]) }
    }
}

/// The mapped snapshot that lazily decoded logs point into; kept alive while any task does.
final class SnapshotBytes: @unchecked Sendable {
    let file: MappedFile
    init(_ file: MappedFile) { self.file = file }
}
