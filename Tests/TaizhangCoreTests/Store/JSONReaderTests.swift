import Testing
@testable import TaizhangCore

@Suite struct JSONReaderTests {
    private func read<T>(_ json: String, _ body: (inout JSONReader) throws -> T) throws -> T {
        let bytes = Array(json.utf8)
        return try bytes.withUnsafeBytes { buf in
            var r = JSONReader(buf)
            return try body(&r)
        }
    }

    @Test func stringsWithEscapesAndChinese() throws {
        let s = try read(#""中文\n\"引号\"\\ \u4e2d \ud83d\ude00 /\/""#) { try $0.string() }
        #expect(s == "中文\n\"引号\"\\ 中 😀 //")
    }

    @Test func objectKeysInAnyOrderAndUnknownKeysSkipped() throws {
        let json = #"{"b": [1, {"x": null}], "a" : -42, "c": true, "d": "x"}"#
        var a = 0, c = false, d = ""
        try read(json) { r in
            try r.object { r, k in
                if k == "a" { a = try r.int() } else if k == "c" { c = try r.bool() }
                else if k == "d" { d = try r.string() } else { try r.skip() }
            }
        }
        #expect(a == -42 && c && d == "x")
    }

    @Test func controlCharacterInStringIsAnErrorAtItsOffset() {
        let json = "\"ab\u{01}c\""
        #expect(throws: JSONSyntaxError.self) { try read(json) { try $0.string() } }
        do { _ = try read(json) { try $0.string() } } catch let e as JSONSyntaxError {
            #expect(e.offset == 3)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func missingCommaIsReported() throws {
        do {
            try read(#"{"a": 1 "b": 2}"#) { r in try r.object { r, _ in _ = try r.int() } }
            Issue.record("accepted invalid JSON")
        } catch let e as JSONSyntaxError {
            #expect(e.message.contains("','"))
            #expect(e.offset == 8)
        }
    }

    @Test func datesAndTimesReadStraightFromBytes() throws {
        let (d, t) = try read(#"["2021-12-31", "2021-10-15T01:30:05Z"]"#) { r -> (Day?, Timestamp?) in
            try r.expect(0x5B, "[")
            let d = r.day()
            try r.expect(0x2C, ",")
            return (d, r.timestamp())
        }
        #expect(d == Day(year: 2021, month: 12, day: 31))
        #expect(t?.iso == "2021-10-15T01:30:05Z")
    }

    /// The bytes a damaged ledger held when commands stopped with "arithmetic overflow"
    /// (issue 12), and their kin: each is an error, none a trap.
    @Test func damageIsAnErrorNeverATrap() {
        let bad: [(String, String)] = [
            ("\"\\uD83D\\u0041\"", "surrogate"), ("\"\\uDE00\"", "surrogate"), ("\"\\uD83D\"", "surrogate"),
            ("99999999999999999999", "too large"), ("007", "may not start with 0"),
            (String(repeating: "[", count: 600) + String(repeating: "]", count: 600), "nested"),
            ("[1e999]", "too large"), ("[1.]", "digit"), ("[-]", "digit"), ("[\"\\x\"]", "escape"),
        ]
        for (json, message) in bad {
            do {
                _ = try read(json) { r -> Int in
                    if json.hasPrefix("\"") { _ = try r.string() } else if json.first!.isNumber { _ = try r.int() } else { try r.skip() }
                    return 0
                }
                Issue.record("accepted \(json.prefix(40))")
            } catch let e as JSONSyntaxError {
                #expect(e.message.contains(message), "\(json.prefix(40)): \(e.message)")
            } catch {
                Issue.record("\(error)")
            }
        }
        let invalidUTF8: [UInt8] = [0x22, 0xE4, 0xB8, 0x22]
        #expect(throws: JSONSyntaxError.self) { try invalidUTF8.withUnsafeBytes { buf in var r = JSONReader(buf); _ = try r.string() } }
    }

    /// As JSONSerialization does: a trailing comma, and a byte-order mark before a document.
    @Test func whatJSONSerializationAlsoAccepts() throws {
        try read(#"{"a":[1,2,],"b":{"c":true,},}"#) { try $0.skip() }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8)
        let atEnd = try bom.withUnsafeBytes { buf -> Bool in var r = JSONReader.document(buf); try r.skip(); return r.atEnd }
        #expect(atEnd)
        #expect(throws: JSONSyntaxError.self) { try read("[1,,2]") { try $0.skip() } }
        #expect(throws: JSONSyntaxError.self) { try read("{,}") { try $0.skip() } }
    }
}
