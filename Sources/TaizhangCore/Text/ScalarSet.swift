/// A set of characters that are each one Unicode scalar (punctuation, brackets, single
/// Chinese characters), looked up by scalar value.
///
/// The importer asks "is this a bracket / a sentence end / a separator?" of every character of
/// every line. A `Set<Character>` answers by hashing the character as a string, which for
/// anything outside ASCII goes through Unicode normalisation: profiled on a 1,000-row table,
/// those lookups and `"。;".contains(c)` scans were a fifth of the import (docs/DECISIONS.md,
/// 2026-11-30). Comparing scalar values gives the same answers for these characters.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// Sorted scalar values; small sets are scanned, which beats hashing at these sizes.
    private let values: [UInt32]

    init(_ characters: some Sequence<Character>) {
        var scalars: [UInt32] = []
        for c in characters {
            let s = Array(c.unicodeScalars)
            precondition(s.count == 1, "ScalarSet holds one-scalar characters only")
            scalars.append(s[0].value)
        }
        values = Array(Set(scalars)).sorted()
    }

    init(arrayLiteral elements: Character...) { self.init(elements) }

    /// The scalar of a one-scalar character; nil for a character of several (a letter with a
    /// combining mark, an emoji sequence), which no set of this kind holds.
    @inline(__always)
    static func scalar(of c: Character) -> UInt32? {
        var it = c.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first.value
    }

    @inline(__always)
    func contains(_ c: Character) -> Bool {
        guard let v = Self.scalar(of: c) else { return false }
        return contains(scalar: v)
    }

    @inline(__always)
    func contains(scalar v: UInt32) -> Bool {
        if values.count <= 16 {
            for x in values where x == v { return true }
            return false
        }
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < values.count && values[lo] == v
    }

    var isEmpty: Bool { values.isEmpty }
}
