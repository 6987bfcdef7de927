import Foundation

extension StringProtocol {
    /// Substring search on UTF-8 bytes.
    ///
    /// Without this overload, `text.contains("单位")` resolves to Foundation's, which goes
    /// through CFString with locale-aware folding: 19% of an import, measured. Plans are
    /// searched for fixed phrases, where comparing bytes is exact (UTF-8 never matches in the
    /// middle of a character). Being non-generic, this is preferred within the module.
    func contains(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard n.count > 0 else { return true }
            let found: Bool? = utf8.withContiguousStorageIfAvailable { h in FastSearch.find(n, in: h) }
            return found ?? FastSearch.find(n, in: Array(utf8))
        }
    }
}

extension String {
    /// The first place `needle` occurs, compared as UTF-8 bytes like `contains` above, where
    /// Foundation's `range(of:)` cost 6% of a large import (a lead note looked for in every
    /// line). A match that cuts a character (a combining mark after it) does not count.
    func byteRange(of needle: String) -> Range<String.Index>? {
        var needle = needle, text = self
        let found: Int? = needle.withUTF8 { n in text.withUTF8 { h in n.isEmpty ? nil : FastSearch.offset(of: n, in: h) } }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found), upper = utf8.index(lower, offsetBy: needle.utf8.count)
        guard lower.samePosition(in: self) != nil, upper.samePosition(in: self) != nil else { return range(of: needle) }
        return lower..<upper
    }
}

enum FastSearch {
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: some Collection<UInt8>) -> Bool {
        let h = Array(haystack)
        return h.withUnsafeBufferPointer { find(needle, in: $0) }
    }

    static func find(_ needle: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>) -> Bool {
        offset(of: needle, in: h) != nil
    }

    /// Where `needle` first starts in `h`, in bytes.
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count
        guard n <= h.count, let hb = h.baseAddress, let nb = needle.baseAddress else { return nil }
        var i = 0
        let last = h.count - n
        while i <= last {
            guard let p = memchr(hb + i, Int32(nb[0]), last - i + 1) else { return nil }
            let at = UnsafePointer(p.assumingMemoryBound(to: UInt8.self)) - hb
            if memcmp(hb + at, nb, n) == 0 { return at }
            i = at + 1
        }
        return nil
    }
}
