import Foundation
import Synchronization

/// The parts of a task that lists do not need — its words (requirement, measure, unit cells as
/// written), its source lines, notes and history — as they sit in the mapped snapshot,
/// decoded on first use.
///
/// These are most of a ledger's bytes, and most commands (lists, overdue, counts, the tree)
/// read them for a handful of tasks at most. The snapshot writes them as the last members of
/// each task's line, so loading notes where they start and jumps to the task's closing brace;
/// a rewrite copies untouched ones through byte for byte.
///
/// Nothing checked them at load, so a damaged file shows here: `problem` says where, the task
/// shows what could be read, and `Ledger.detailProblems` (run before every snapshot rewrite
/// and by `taizhang check`) refuses to write over what could not.
final class TaskDetails: @unchecked Sendable {
    /// What the members hold, when read.
    struct Values {
        var text: String?
        var measure: String??
        var unitCells: [UnitCell]?
        var lines: [Int]?
        var notes: [Note]?
        var history: [Change]?
        var problem: JSONSyntaxError?
    }

    /// Which members a reader wants (`values(_:)`).
    struct Fields: OptionSet {
        let rawValue: UInt8
        static let text = Fields(rawValue: 1), measure = Fields(rawValue: 2), unitCells = Fields(rawValue: 4)
        static let lines = Fields(rawValue: 8), notes = Fields(rawValue: 16), history = Fields(rawValue: 32)
        static let all: Fields = [.text, .measure, .unitCells, .lines, .notes, .history]
    }

    let bytes: SnapshotBytes
    /// The members, without the surrounding braces: `"text":…,"measure":…,…,"history":[…]`.
    let members: Range<Int>
    /// True when the members hold every detail (format version 2); version 1 files keep only
    /// notes and history at the end of a task.
    let complete: Bool
    /// The last note's or change's time, as the lean part of the task's line gave it (nil in
    /// files written before it was kept there): staleness without decoding the details.
    let lastActivity: Timestamp?
    /// Decoded on first use; a task may be read from several threads (lists decode on all
    /// cores). A `Mutex` lives inside the object: no second allocation per task.
    private let decoded = Mutex<Values?>(nil)

    init(bytes: SnapshotBytes, members: Range<Int>, complete: Bool, lastActivity: Timestamp? = nil) {
        self.bytes = bytes
        self.members = members
        self.complete = complete
        self.lastActivity = lastActivity
    }

    /// Whether the members have been decoded yet.
    var isDecoded: Bool { decoded.withLock { $0 != nil } }

    var values: Values {
        decoded.withLock { cached in
            if let cached { return cached }
            let v = decode(.all)
            cached = v
            return v
        }
    }

    /// The members in `fields`, read for this use only (unless all were read before): a list
    /// that writes each task once keeps no task's notes in memory, and reads no member it
    /// does not show — the table of `list` stops after the text, the first.
    func values(_ fields: Fields) -> Values {
        if let cached = decoded.withLock({ $0 }) { return cached }
        if fields == .all { return values }
        // Notes come last but one: wanted and absent, they had the reader walk (and check)
        // the source lines and the whole history for nothing.
        var fields = fields
        if fields.contains(.notes) && !mentionsNotes() {
            fields.remove(.notes)
            if fields.isEmpty { return Values() }
        }
        return decode(fields)
    }

    /// False when the members hold no notes: the last note of every row of `overdue` was a
    /// walk over all of a task's details, most of which have none (a twentieth of
    /// `overdue`, docs/DECISIONS.md 2026-12-01). Inside a string a quote is escaped, so
    /// `"notes"` appears only as the key or as a whole value; a key written with `\u`
    /// escapes is not looked for, so any `\u` means reading as usual.
    private func mentionsNotes() -> Bool {
        bytes.file.withUnsafeBytes { buf in
            let details = UnsafeRawBufferPointer(rebasing: buf[members])
            return ByteScan.contains(details, "\"notes\"") || ByteScan.contains(details, "\\u")
        }
    }

    private func decode(_ fields: Fields) -> Values {
        var v = Values()
        bytes.file.withUnsafeBytes { buf in
            var r = JSONReader(buf, from: members.lowerBound, to: members.upperBound, depth: 3)
            var first = true, wanted = fields
            do {
                while !r.atEnd, !wanted.isEmpty {
                    if !first { try r.expect(0x2C, "','") }
                    first = false
                    var keyFirst = true
                    guard let k = try r.nextMember(&keyFirst) else { break }
                    let field = Self.field(k)
                    guard let field else { throw r.error("\"\(k.string)\" cannot follow a task's details (they must come last)") }
                    guard wanted.contains(field) else {
                        // Past where the writer puts every wanted member (it omits empty
                        // ones): stop, unless one is somewhere after all (a file written
                        // in another order). Skipping a history checks all its text.
                        if field.rawValue > wanted.rawValue, !Self.mentions(wanted, in: buf, from: r.position, to: members.upperBound) { break }
                        try r.skip()
                        continue
                    }
                    wanted.remove(field)
                    switch field {
                    case .text: v.text = try r.string()
                    case .measure: v.measure = .some(try r.stringOrNull())
                    case .unitCells: v.unitCells = try ModelCodec.list(&r) { try ModelCodec.readUnitCell(&$0) }
                    case .lines: v.lines = try ModelCodec.list(&r) { try $0.int() }
                    case .notes: v.notes = try ModelCodec.list(&r) { try ModelCodec.readNote(&$0) }
                    default: v.history = try ModelCodec.list(&r) { try ModelCodec.readChange(&$0) }
                    }
                }
            } catch let e as JSONSyntaxError {
                v.problem = e
            } catch {
                v.problem = JSONSyntaxError(offset: r.position, message: "\(error)")
            }
        }
        guard fields == .all else { return v }
        if complete, v.text == nil, v.problem == nil {
            v.problem = JSONSyntaxError(offset: members.lowerBound, message: "a task needs \"text\"")
        }
        if let kept = lastActivity, v.problem == nil, kept != Self.lastActivity(notes: v.notes ?? [], history: v.history ?? []) {
            v.problem = JSONSyntaxError(offset: members.lowerBound,
                                        message: "\"lastActivity\" \(kept.iso) is not the time of the task's last note or change")
        }
        return v
    }

    /// Whether the bytes might hold a member in `fields`: its key, or a `\u` escape (which
    /// could spell one).
    static func mentions(_ fields: Fields, in buf: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Bool {
        let rest = UnsafeRawBufferPointer(rebasing: buf[start..<end])
        if ByteScan.contains(rest, "\\u") { return true }
        return keys.contains { fields.contains($0.0) && ByteScan.contains(rest, $0.1) }
    }

    private static let keys: [(Fields, StaticString)] = [(.text, "\"text\""), (.measure, "\"measure\""), (.unitCells, "\"unitCells\""),
                                                         (.lines, "\"lines\""), (.notes, "\"notes\""), (.history, "\"history\"")]

    static func field(_ k: JSONReader.Key) -> Fields? {
        if k == "text" { return .text }
        if k == "measure" { return .measure }
        if k == "unitCells" { return .unitCells }
        if k == "lines" { return .lines }
        if k == "notes" { return .notes }
        if k == "history" { return .history }
        return nil
    }

    /// The later of the last note and the last change.
    static func lastActivity(notes: [Note], history: [Change]) -> Timestamp? {
        switch (notes.last?.at, history.last?.at) {
        case let (a?, b?): return max(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }

    func rawMembers() -> [UInt8] {
        bytes.file.withUnsafeBytes { [0x2C] + Array($0[members]) }
    }
}

/// The mapped snapshot that lazily decoded details point into; kept alive while any task
/// does. Each decoding thread has its own (see `SnapshotCodec.readTasks`).
final class SnapshotBytes: @unchecked Sendable {
    let file: MappedFile
    init(_ file: MappedFile) { self.file = file }
}
