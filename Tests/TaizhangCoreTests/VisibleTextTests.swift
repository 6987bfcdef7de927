import Testing
@testable import TaizhangCore

@Suite struct VisibleTextTests {
    @Test func plainTextIsUnchanged() {
        #expect(VisibleText.sanitize("市发改委 (lead)，“重点”") == "市发改委 (lead)，“重点”")
    }

    @Test func c0ControlsUseCaretNotation() {
        #expect(VisibleText.sanitize("a\u{1B}[31mred") == "a^[[31mred")
        #expect(VisibleText.sanitize("bell\u{07}") == "bell^G")
        #expect(VisibleText.sanitize("\u{00}\u{08}\u{1F}") == "^@^H^_")
        #expect(VisibleText.sanitize("x\u{7F}") == "x^?")
    }

    @Test func carriageReturnAloneIsVisibleButCRLFIsANewline() {
        #expect(VisibleText.sanitize("a\rb") == "a^Mb")
        #expect(VisibleText.sanitize("a\r") == "a^M")
        #expect(VisibleText.sanitize("a\r\nb") == "a⏎b")
        #expect(VisibleText.sanitize("a\r\nb", keepNewlines: true) == "a\nb")
    }

    @Test func c1ControlsAndBidiControlsAreNamed() {
        #expect(VisibleText.sanitize("\u{9B}31m") == "<U+009B>31m")
        #expect(VisibleText.sanitize("\u{85}") == "<U+0085>")
        #expect(VisibleText.sanitize("abc\u{202E}def\u{2066}") == "abc<U+202E>def<U+2066>")
    }

    @Test func tabsAndNewlines() {
        #expect(VisibleText.sanitize("a\tb") == "a b")
        #expect(VisibleText.sanitize("一\n二") == "一⏎二")
        #expect(VisibleText.sanitize("一\n二", keepNewlines: true) == "一\n二")
        #expect(VisibleText.sanitize("一\u{2028}二") == "一⏎二")
    }

    @Test func resultNeverContainsAControlCharacter() {
        var all = ""
        for v in 0..<0xA0 { all.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        let clean = VisibleText.sanitize(all)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
    }
}
