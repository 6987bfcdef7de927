/// The strings a JSON list prints from a task's details, as they sit in the snapshot.
///
/// A list decoded each task's requirement, measure and unit cells into Strings only to write
/// them out again as JSON: a fifth of `list --format json` (docs/DECISIONS.md, 2026-12-01).
/// When each is already what the writer would write (`ByteScan.isCanonicalJSONString`), the
/// list copies the bytes instead. Any other case reads the details as before.
struct VerbatimDetails {
    /// Keeps the mapping alive while the ranges are read.
    let bytes: SnapshotBytes
    /// Between the quotes, in the mapped snapshot.
    var text: Range<Int>
    var measure: Range<Int>?
    var written: [Range<Int>] = []
    /// False when no note can follow the three (no `"notes"` key, no `\u` escape): the list
    /// then reads no notes for the task's last one.
    var notesMayFollow = true

    /// The bytes of `range`; valid while `self` is.
    func withBytes<R>(_ body: ((Range<Int>) -> UnsafeRawBufferPointer) -> R) -> R {
        bytes.file.withUnsafeBytes { buf in body { UnsafeRawBufferPointer(rebasing: buf[$0]) } }
    }
}

extension TaskDetails {
    /// The text, measure and unit cells as written, each canonical JSON; nil when any is not,
    /// when they were decoded already, or when the members are not as this writer writes
    /// them (the caller then decodes them, and shows what that finds).
    func verbatim() -> VerbatimDetails? {
        guard complete, !isDecoded else { return nil }
        return bytes.file.withUnsafeBytes { buf -> VerbatimDetails? in
            var r = JSONReader(buf, from: members.lowerBound, to: members.upperBound, depth: 3)
            var found = VerbatimDetails(bytes: bytes, text: 0..<0)
            var seen: Fields = []
            func canonical(_ range: Range<Int>) -> Bool {
                ByteScan.isCanonicalJSONString(UnsafeRawBufferPointer(rebasing: buf[range]))
            }
            do {
                var first = true
                while !r.atEnd {
                    if !first { try r.expect(0x2C, "','") }
                    first = false
                    var keyFirst = true
                    guard let k = try r.nextMember(&keyFirst) else { break }
                    guard let field = Self.field(k) else { return nil }
                    switch field {
                    case .text:
                        let (range, _) = try r.stringRange()
                        guard canonical(range) else { return nil }
                        found.text = range
                    case .measure:
                        if r.null() { break }
                        let (range, _) = try r.stringRange()
                        guard canonical(range) else { return nil }
                        found.measure = range
                    case .unitCells:
                        guard let written = try Self.writtenRanges(&r, canonical: canonical) else { return nil }
                        found.written = written
                    default:
                        // Past the three, as this writer orders them: done, unless one not
                        // seen comes later (decoding, too, takes the first of each).
                        let unseen = Fields([.text, .measure, .unitCells]).subtracting(seen)
                        if !unseen.isEmpty, Self.mentions(unseen, in: buf, from: r.position, to: members.upperBound) { return nil }
                        found.notesMayFollow = field == .notes || Self.mentions(.notes, in: buf, from: r.position, to: members.upperBound)
                        return seen.contains(.text) ? found : nil
                    }
                    guard !seen.contains(field) else { return nil }
                    seen.insert(field)
                }
            } catch {
                return nil
            }
            found.notesMayFollow = false   // the members ended
            return seen.contains(.text) ? found : nil
        }
    }

    /// The `written` string of each unit cell, or nil when a cell is not as this writer writes it.
    private static func writtenRanges(_ r: inout JSONReader, canonical: (Range<Int>) -> Bool) throws -> [Range<Int>]? {
        var out: [Range<Int>] = []
        var ok = true
        try r.array { r in
            var written: Range<Int>?
            try r.object { r, k in
                // Checked as `ModelCodec.readUnitCell` checks them: a bad level leaves the
                // decoded task no cells, so it must leave the copy none either.
                if k == "written" {
                    let (range, _) = try r.stringRange()
                    if canonical(range) { written = range } else { ok = false }
                } else if k == "level" {
                    _ = try ModelCodec.enumValue(&r, UnitLevel.words, "level")
                } else if k == "andOthers" {
                    _ = try r.bool()
                } else {
                    try r.skip()
                }
            }
            if let written { out.append(written) } else { ok = false }
        }
        return ok ? out : nil
    }
}
