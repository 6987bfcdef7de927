import CSupport

/// Skips runs of bytes that need no attention, sixteen at a time (`ByteScan.h`).
///
/// A snapshot is mostly long Chinese strings (requirements, measures, section titles), and
/// reading or writing them a byte at a time with a check per byte was the bulk of decoding a
/// plan and of writing a JSON list (docs/DECISIONS.md, 2026-12-01). The byte loops that
/// follow a run handle what it stopped at.
enum ByteScan {
    /// The first index from `i` that may end or escape a JSON string (`"`, `\`, a control
    /// character), or, once fewer than sixteen bytes are left, the first byte not yet looked
    /// at. Sets 0x80 in `high` when a byte passed was non-ASCII.
    @inline(__always)
    static func plainStringRun(_ base: UnsafePointer<UInt8>, from i: Int, to end: Int, high: inout UInt8) -> Int {
        tz_json_string_run(base, i, end, &high)
    }

    /// The first index from `i` of a byte the JSON writer must look at (a control character,
    /// `"`, `\`, DEL, or the lead bytes C2 and E2), or, once fewer than sixteen bytes are
    /// left, the first byte not yet looked at.
    @inline(__always)
    static func writerPlainRun(_ base: UnsafePointer<UInt8>, from i: Int, to end: Int) -> Int {
        tz_json_writer_run(base, i, end)
    }

    /// Whether the bytes between a JSON string's quotes are what `JSONWriter.string` writes
    /// for the text they spell (valid UTF-8, nothing it would escape otherwise): such a
    /// string can be copied from the snapshot to a list unread.
    static func isCanonicalJSONString(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return tz_json_canonical(base.assumingMemoryBound(to: UInt8.self), bytes.count) != 0
    }

    /// Whether `needle` occurs in `bytes`, its first two bytes tested at sixteen places at once.
    static func contains(_ bytes: UnsafeRawBufferPointer, _ needle: StaticString) -> Bool {
        guard let base = bytes.baseAddress else { return needle.utf8CodeUnitCount == 0 }
        return tz_contains(base.assumingMemoryBound(to: UInt8.self), bytes.count, needle.utf8Start, needle.utf8CodeUnitCount) != 0
    }
}
