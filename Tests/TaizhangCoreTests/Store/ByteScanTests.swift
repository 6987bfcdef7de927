import Foundation
import Testing
@testable import TaizhangCore

/// The reader and writer skip sixteen bytes at a time (`ByteScan`); what they must look at
/// is found at every offset from a run's start, on both sides of a sixteen-byte block.
@Suite struct ByteScanTests {
    /// Characters the writer escapes or checks, and the reader must stop at.
    static let specials = ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "“", "é"]

    @Test(arguments: specials)
    func aSpecialCharacterAtAnyOffsetRoundTrips(_ special: String) throws {
        for offset in 0..<40 {
            for filler in ["a", "中"] {
                let text = String(repeating: filler, count: offset) + special + String(repeating: "b", count: 37 - offset % 5)
                var w = JSONWriter(capacity: 0)
                w.string(text)
                // What Foundation reads back is the text, and the reader agrees.
                let viaFoundation = try JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed) as? String
                #expect(viaFoundation == text, "offset \(offset)")
                let back = try w.bytes.withUnsafeBytes { buf in var r = JSONReader(buf); return try r.string() }
                #expect(back == text, "offset \(offset)")
                let raw = String(decoding: w.bytes, as: UTF8.self)
                if special.unicodeScalars.first!.value < 0x20 || special == "\u{7F}" || special == "\u{85}" || special == "\u{2028}" {
                    #expect(!raw.contains(special), "left raw at offset \(offset)")
                }
            }
        }
    }

    @Test func badUTF8InsideASkippedRunIsStillRefused() {
        for offset in 0..<40 {
            var bytes = [UInt8(0x22)] + [UInt8](repeating: 0x61, count: 48) + [0x22]
            bytes[1 + offset] = 0xFF
            let refused = bytes.withUnsafeBytes { buf -> Bool in
                var r = JSONReader(buf)
                do { _ = try r.string(); return false } catch { return true }
            }
            #expect(refused, "offset \(offset)")
            let skipped = bytes.withUnsafeBytes { buf -> Bool in
                var r = JSONReader(buf)
                do { try r.skip(); return false } catch { return true }
            }
            #expect(skipped, "skip at offset \(offset)")
        }
    }

    @Test func aControlCharacterInsideARunIsAnErrorAtItsOffset() {
        for offset in 0..<40 {
            var bytes = [UInt8(0x22)] + [UInt8](repeating: 0x61, count: 48) + [0x22]
            bytes[1 + offset] = 0x0A
            bytes.withUnsafeBytes { buf in
                var r = JSONReader(buf)
                do { _ = try r.string(); Issue.record("accepted at \(offset)") } catch let e as JSONSyntaxError {
                    #expect(e.offset == 1 + offset)
                } catch { Issue.record("\(error)") }
            }
        }
    }

    /// A needle at every offset across three blocks is found, and a near miss is not.
    @Test func aNeedleIsFoundAtEveryOffset() {
        for length in [2, 7, 40] {
            for at in 0...(length + 33) {
                var bytes = Array(repeating: UInt8(ascii: "\""), count: length + 40)
                bytes.replaceSubrange(at..<(at + 7), with: Array("\"notes\"".utf8))
                let whole = bytes.withUnsafeBytes { ByteScan.contains($0, "\"notes\"") }
                #expect(whole, "length \(length), at \(at)")
                bytes[at + 6] = UInt8(ascii: "x")
                let missed = bytes.withUnsafeBytes { ByteScan.contains($0, "\"notes\"") }
                #expect(!missed, "length \(length), at \(at)")
                let cut = bytes.withUnsafeBytes { ByteScan.contains(UnsafeRawBufferPointer(rebasing: $0[0..<(at + 6)]), "\"notes") }
                #expect(cut && !bytes.withUnsafeBytes { ByteScan.contains(UnsafeRawBufferPointer(rebasing: $0[0..<(at + 5)]), "\"notes") })
            }
        }
        #expect(!Array("ab".utf8).withUnsafeBytes { ByteScan.contains($0, "abc") })
    }
}

/// `ByteScan.isCanonicalJSONString` says a string's bytes can be copied into a list unread:
/// reading them and writing the text back must give the same bytes, on every string it
/// accepts; and it refuses none that round-trip, but those with a `\u` escape.
@Suite struct CanonicalJSONStringTests {
    /// Pieces that matter to the reader, the writer or UTF-8: escapes, raw controls, C1 and
    /// bidi controls, separators, bad and truncated sequences, and plain runs long enough
    /// for the sixteen-byte and three-byte steps.
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("中".utf8), Array("“".utf8), Array("é".utf8), Array("😀".utf8), Array("\\\"".utf8),
        Array("\\\\".utf8), Array("\\n".utf8), Array("\\t".utf8), Array("\\r".utf8), Array("\\/".utf8), Array("\\b".utf8),
        Array("\\u0041".utf8), Array("\\u4e2d".utf8), Array("\\u0085".utf8), [0xC2, 0x85], [0xC2, 0xA0], [0xE2, 0x80, 0xA8],
        [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6], [0xE2, 0x80, 0x94], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xC0, 0x80], [0x7F], [0x01], [0x0A], [0x22],
        [0xE4, 0xB8], [0x5C], Array(String(repeating: "b", count: 20).utf8), Array(String(repeating: "文", count: 9).utf8),
    ]

    /// What the writer writes for what the reader reads from `"bytes"`; nil when it cannot read them.
    private func roundTrip(_ bytes: [UInt8]) -> [UInt8]? {
        let quoted = [0x22] + bytes + [0x22]
        guard let text = quoted.withUnsafeBytes({ buf -> String? in
            var r = JSONReader(buf)
            guard let s = try? r.string(), r.atEnd else { return nil }
            return s
        }) else { return nil }
        var w = JSONWriter(capacity: 0)
        w.string(text)
        return Array(w.bytes.dropFirst().dropLast())
    }

    @Test func acceptedStringsRoundTripAndOnlyUEscapesAreRefusedNeedlessly() {
        var random = SystemRandomNumberGenerator()
        var accepted = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &random) { bytes += Self.pieces.randomElement(using: &random)! }
            let canonical = bytes.withUnsafeBytes { ByteScan.isCanonicalJSONString($0) }
            let back = roundTrip(bytes)
            if canonical {
                accepted += 1
                #expect(back == bytes, "accepted but changed: \(bytes)")
            } else if back == bytes {
                #expect(bytes.indices.contains { bytes[$0] == 0x5C && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x75 },
                        "refused but round-trips: \(bytes)")
            }
        }
        #expect(accepted > 1000)
    }
}
