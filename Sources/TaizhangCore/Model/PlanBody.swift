import Synchronization

/// A plan's sections, preamble, fragments and warnings as they sit in the mapped snapshot,
/// decoded on first use.
///
/// They are most of a plan's bytes, and commands that count or list tasks (`units`,
/// `overdue`, `calendar`, `report`, `show`) read none of them: decoding them for 500 plans
/// was a fifth of loading the seeds ×100 ledger. Like `TaskDetails`, nothing checks them at
/// load, so a damaged file shows here: `problem` says where, the plan shows what could be
/// read, and `Ledger.detailProblems` refuses to write over what could not.
final class PlanBody: @unchecked Sendable {
    /// What the members hold.
    struct Values: Hashable, Sendable {
        var sections: [Section] = []
        var preamble: [SourceLine] = []
        var fragments: [Fragment] = []
        var warnings: [ImportWarning] = []
    }

    /// Where each member's value lies in the snapshot (nil: not in the file).
    struct Ranges {
        var sections: Range<Int>?
        var preamble: Range<Int>?
        var fragments: Range<Int>?
        var warnings: Range<Int>?
        var isEmpty: Bool { sections == nil && preamble == nil && fragments == nil && warnings == nil }
    }

    let bytes: SnapshotBytes
    let ranges: Ranges
    /// Decoded once, by whichever thread asks first (lists work out headings on all cores).
    private let decoded = Mutex<(Values, JSONSyntaxError?)?>(nil)
    /// The sections alone, when nothing has asked for the rest: lists read only these for
    /// their headings, and they are two thirds of a body's bytes.
    private let decodedSections = Mutex<[Section]?>(nil)

    init(bytes: SnapshotBytes, ranges: Ranges) {
        self.bytes = bytes
        self.ranges = ranges
    }

    var isDecoded: Bool { decoded.withLock { $0 != nil } }
    var values: Values { read().0 }

    var sections: [Section] {
        if let whole = decoded.withLock({ $0?.0.sections }) { return whole }
        return decodedSections.withLock { cached in
            if let cached { return cached }
            let sections = decode(sectionsOnly: true).0.sections
            cached = sections
            return sections
        }
    }
    /// Where the members could not be read, if anywhere.
    var problem: JSONSyntaxError? { read().1 }

    private func read() -> (Values, JSONSyntaxError?) {
        decoded.withLock { cached in
            if let cached { return cached }
            let v = decode(sectionsOnly: false)
            cached = v
            return v
        }
    }

    private func decode(sectionsOnly: Bool) -> (Values, JSONSyntaxError?) {
        var v = Values()
        var problem: JSONSyntaxError?
        bytes.file.withUnsafeBytes { buf in
            func each<T>(_ range: Range<Int>?, _ element: (inout JSONReader) throws -> T) -> [T] {
                guard let range, problem == nil else { return [] }
                var r = JSONReader(buf, from: range.lowerBound, to: range.upperBound, depth: 3)
                do {
                    let list = try ModelCodec.list(&r, element)
                    guard r.atEnd else { throw r.error("unexpected text after a plan's list") }
                    return list
                } catch let e as JSONSyntaxError {
                    problem = e
                } catch {
                    problem = JSONSyntaxError(offset: range.lowerBound, message: "\(error)")
                }
                return []
            }
            v.sections = each(ranges.sections) { try ModelCodec.readSection(&$0) }
            if sectionsOnly { return }
            v.preamble = each(ranges.preamble) { try ModelCodec.readSourceLine(&$0) }
            v.fragments = each(ranges.fragments) { try ModelCodec.readFragment(&$0) }
            v.warnings = each(ranges.warnings) { try ModelCodec.readWarning(&$0) }
        }
        return (v, problem)
    }
}
