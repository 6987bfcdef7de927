import Testing
@testable import TaizhangCore

/// Repeated text is decoded once, and interning never changes what is read.
@Suite struct StringInternerTests {
    @Test func repeatedTextIsOneStringAndDistinctTextStaysDistinct() {
        let interner = StringInterner(capacity: 4)
        func intern(_ s: String) -> String {
            Array(s.utf8).withUnsafeBufferPointer { interner.string($0)! }
        }
        // Bytes that are not UTF-8 make no string (the reader reports them).
        #expect([UInt8]([0xE5, 0x8C]).withUnsafeBufferPointer { interner.string($0) } == nil)
        let a = intern("区市场监督管理局牵头")
        let b = intern("区市场监督管理局牵头")
        #expect(a == "区市场监督管理局牵头")
        // The same storage: the second lookup made no new string.
        var x = a, y = b
        let same = x.withUTF8 { p in y.withUTF8 { q in p.baseAddress == q.baseAddress } }
        #expect(same)
        // Many more names than the first capacity: the table grows and keeps every one.
        let names = (0..<500).map { "单位\($0)号局" }
        let first = names.map(intern)
        #expect(first == names)
        #expect(names.map(intern) == names)
        #expect(intern("") == "")
        #expect(intern("区市场监督管理局") != a)
    }

    @Test func sharedStringsDecodeEscapesAndAgreeWithPlainStrings() throws {
        let json = #"["区发展改革局","区发展改革局","\u533a\u53d1\u5c55改革局","a\"b",null]"#
        let bytes = Array(json.utf8)
        let (shared, plain) = try bytes.withUnsafeBytes { buf -> ([String?], [String?]) in
            var r = JSONReader(buf)
            r.interner = StringInterner()
            var shared: [String?] = []
            try r.array { r in shared.append(try r.sharedStringOrNull()) }
            var p = JSONReader(buf)
            var plain: [String?] = []
            try p.array { r in plain.append(try r.stringOrNull()) }
            return (shared, plain)
        }
        #expect(shared == plain)
        #expect(shared == ["区发展改革局", "区发展改革局", "区发展改革局", "a\"b", nil])
    }

    @Test func unitNamesMatchByTheirBytes() {
        #expect(UTF8Key("区教育局") == UTF8Key("区教育局"))
        #expect(UTF8Key("区教育局") != UTF8Key("区教育"))
        #expect(Set([UTF8Key("区教育局"), UTF8Key("区教育局"), UTF8Key("区卫健局")]).count == 2)
    }
}
