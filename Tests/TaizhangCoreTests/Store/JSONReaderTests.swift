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
}
