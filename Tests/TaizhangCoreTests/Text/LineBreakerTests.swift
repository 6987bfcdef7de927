import Testing
@testable import TaizhangCore

/// The breaker reads most text by scalar from its bytes and the rest by character: both must
/// see the same characters, and lines must come out as the rules say whichever way was taken.
@Suite struct LineBreakerTests {
    /// Text from the alphabet the fast reading accepts: ASCII, Latin, punctuation, symbols, CJK.
    static let fastAlphabet = Array("ab Z9-./,;:?!()（）《》【】“”‘’—…·、，。；：？！é中国市政府办公室①℃→≥■★㐀")

    @Test func bothReadingsFindTheSameCharacters() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var text = String((0..<Int.random(in: 0...60, using: &generator)).map { _ in Self.fastAlphabet.randomElement(using: &generator)! })
            let characterAtoms = LineBreaker.characterAtoms(text, 0..<text.utf8.count)
            let fast = text.withUTF8 { LineBreaker.fastAtoms($0, 0..<$0.count) }
            #expect(fast != nil, "\(text)")
            guard let fast else { continue }
            #expect(fast.map(\.start) == characterAtoms.map(\.start))
            #expect(fast.map(\.width) == characterAtoms.map(\.width), "\(text)")
            #expect(fast.map(\.isClosing) == characterAtoms.map(\.isClosing), "\(text)")
            #expect(fast.map(\.isSpace) == characterAtoms.map(\.isSpace))
        }
    }

    @Test func textOutsideTheFastAlphabetIsReadByCharacter() {
        var text = "e\u{301}👨‍👩‍👧中"
        #expect(text.withUTF8 { LineBreaker.fastAtoms($0, 0..<$0.count) } == nil)
        // Read by character, the family emoji is one piece two columns wide.
        #expect(DisplayWidth.wrap(text, width: 3) == ["e\u{301}👨‍👩‍👧", "中"])
    }

    @Test func linesKeepTheRules() {
        // Closing punctuation takes the character before it down; a word that fits stays whole.
        #expect(DisplayWidth.wrap("一二三四。", width: 8) == ["一二三", "四。"])
        #expect(DisplayWidth.wrap("完成 2024-05 报送", width: 8) == ["完成", "2024-05", "报送"])
        #expect(DisplayWidth.wrap("a\r\nb\u{2028}c", width: 10) == ["a", "b", "c"])
        #expect(DisplayWidth.wrap("", width: 10) == [""])
    }

    @Test func aLongTableIsWrittenInOrderAcrossChunks() {
        var t = TextTable([.init("ID", identifying: true), .init("Task", flexible: true)])
        let count = 5000
        t.add(rows: (0..<count).map { ["T\($0)", String(repeating: "推进政务公开标准化规范化建设，", count: 1 + $0 % 3)] })
        let lines = t.render(width: 40).split(separator: "\n")
        let ids = lines.compactMap { $0.split(separator: " ").first }.filter { $0.hasPrefix("T") }
        #expect(ids == (0..<count).map { "T\($0)"[...] })
        #expect(lines.allSatisfy { DisplayWidth.width($0) <= 40 })
    }
}
