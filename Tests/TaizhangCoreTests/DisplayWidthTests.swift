import Testing
@testable import TaizhangCore

@Suite struct DisplayWidthTests {
    @Test func measuresCharactersLikeGlibcUnderUTF8() {
        #expect(DisplayWidth.libcMeasures)
        #expect(DisplayWidth.width("a" as Character) == 1)
        #expect(DisplayWidth.width("办" as Character) == 2)
        #expect(DisplayWidth.width("，" as Character) == 2)
        #expect(DisplayWidth.width("。" as Character) == 2)
        #expect(DisplayWidth.width("Ａ" as Character) == 2)
        #expect(DisplayWidth.width("😀" as Character) == 2)
        #expect(DisplayWidth.width("“" as Character) == 1)
        #expect(DisplayWidth.width("①" as Character) == 1)
        #expect(DisplayWidth.width("\u{200B}" as Character) == 0)
        #expect(DisplayWidth.width("\u{1B}" as Character) == 0)
    }

    @Test func graphemeTakesTheWidthOfItsFirstVisibleScalar() {
        #expect(DisplayWidth.width("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.width("中\u{301}" as Character) == 2)
        #expect(DisplayWidth.width("👍🏽" as Character) == 2)
    }

    @Test func measuresStrings() {
        #expect(DisplayWidth.width("") == 0)
        #expect(DisplayWidth.width("abc") == 3)
        #expect(DisplayWidth.width("市发改委（牵头）") == 16)
        #expect(DisplayWidth.width("2024年6月底前") == 13)
        #expect(DisplayWidth.width("a\u{200B}b") == 2)
    }

    @Test func fallbackTableAgreesWithGlibcOnCommonText() {
        let sample = "a1 ,中文办公厅，。、；：？！（）「」『』《》ＡＢ０１ｶ한글あア😀🎉"
            + "\u{301}\u{200B}—“”①·…é→■★"
        for scalar in sample.unicodeScalars {
            #expect(EastAsianWidth.columns(scalar) == DisplayWidth.width(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Text of scalars `countsByScalar` accepts is measured scalar by scalar: that must give
    /// what measuring it character by character gives, combining marks included.
    @Test func measuringByScalarAgreesWithMeasuringByCharacter() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x10FF, 0x2010...0x205E, 0x2100...0x27BF, 0x3000...0x303E,
                                             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60]
        let accepted = ranges.flatMap { $0 }.filter(DisplayWidth.countsByScalar).compactMap(Unicode.Scalar.init)
        #expect(accepted.count > 30_000)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                text.append(accepted.randomElement(using: &generator)!)
                if Bool.random(using: &generator) { text.append("\u{301}") }
            }
            let string = String(text)
            let byCharacter = string.reduce(0) { $0 + DisplayWidth.width($1) }
            #expect(DisplayWidth.width(string) == byCharacter, "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func truncateNeverSplitsACharacterAndMarksTheCut() {
        #expect(DisplayWidth.truncate("abcdef", to: 6) == "abcdef")
        #expect(DisplayWidth.truncate("abcdefg", to: 6) == "abcde…")
        #expect(DisplayWidth.truncate("中文中文", to: 8) == "中文中文")
        #expect(DisplayWidth.truncate("中文中文", to: 7) == "中文中…")
        #expect(DisplayWidth.truncate("中文中文", to: 6) == "中文…")
        #expect(DisplayWidth.truncate("中文中文", to: 1) == "…")
        #expect(DisplayWidth.truncate("中文", to: 0) == "")
        #expect(DisplayWidth.truncate("中文中文", to: 5, ellipsis: "...") == "中...")
        #expect(DisplayWidth.truncate("中文中文", to: 2, ellipsis: "...") == "中")
    }

    @Test func truncatedWidthNeverExceedsTheLimit() {
        let text = "关于印发《2024年重点工作任务分工方案》的通知 (draft)"
        for columns in 0...60 {
            let cut = DisplayWidth.truncate(text, to: columns)
            #expect(DisplayWidth.width(cut) <= columns)
            #expect(DisplayWidth.width(cut) >= columns - 1 || cut == text)
        }
    }

    @Test func padMakesExactWidths() {
        #expect(DisplayWidth.pad("中a", to: 5) == "中a  ")
        #expect(DisplayWidth.pad("中文中文", to: 5) == "中文…")
        #expect(DisplayWidth.pad("中文中文", to: 6) == "中文… ")
        #expect(DisplayWidth.padLeft("12", to: 4) == "  12")
        #expect(DisplayWidth.padLeft("中文", to: 5) == " 中文")
        #expect(DisplayWidth.width(DisplayWidth.pad("中文中文", to: 6)) == 6)
    }
}

@Suite struct WrapTests {
    @Test func chineseBreaksAnywhere() {
        #expect(DisplayWidth.wrap("一二三四五六七", width: 6) == ["一二三", "四五六", "七"])
        #expect(DisplayWidth.wrap("一二三四五六七", width: 5) == ["一二", "三四", "五六", "七"])
    }

    @Test func asciiWordsStayWholeWhenTheyFit() {
        #expect(DisplayWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(DisplayWidth.wrap("完成ISO9001认证", width: 8) == ["完成", "ISO9001", "认证"])
    }

    @Test func longWordsAreCutByCharacter() {
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func closingPunctuationDoesNotStartALine() {
        #expect(DisplayWidth.wrap("一二三，四五", width: 6) == ["一二", "三，四", "五"])
        #expect(DisplayWidth.wrap("一二三。", width: 6) == ["一二", "三。"])
        #expect(DisplayWidth.wrap("（牵头）", width: 6) == ["（牵", "头）"])
    }

    @Test func punctuationStaysWhenNothingCanMove() {
        #expect(DisplayWidth.wrap("一，", width: 2) == ["一", "，"])
    }

    @Test func newlinesAreBreaksAndEmptyLinesKept() {
        #expect(DisplayWidth.wrap("一\n\n二", width: 10) == ["一", "", "二"])
        #expect(DisplayWidth.wrap("一\r\n二", width: 10) == ["一", "二"])
        #expect(DisplayWidth.wrap("", width: 10) == [""])
    }

    @Test func spacesAtABreakAreDropped() {
        #expect(DisplayWidth.wrap("ab    cd", width: 3) == ["ab", "cd"])
        #expect(DisplayWidth.wrap("  一二", width: 10) == ["  一二"])
    }

    @Test func everyLineFitsAndNothingIsLost() {
        let text = "牵头单位：市发改委，配合单位：市财政局、市住建局。2024年6月底前完成ISO9001认证（阶段性成果）；"
        for width in 2...40 {
            let lines = DisplayWidth.wrap(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.width($0) <= width })
            #expect(lines.joined() == text)
        }
    }

    @Test func wideCharacterInANarrowColumnTerminates() {
        #expect(DisplayWidth.wrap("中文", width: 1) == ["中", "文"])
    }
}
