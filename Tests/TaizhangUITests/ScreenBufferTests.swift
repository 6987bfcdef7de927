import Testing
@testable import TaizhangUI

@Suite struct ScreenBufferTests {
    @Test func chineseTakesTwoCellsEach() {
        var buffer = ScreenBuffer(rows: 2, cols: 10)
        let used = buffer.put("a中b", row: 0, col: 1)
        #expect(used == 4)
        #expect(buffer.cell(row: 0, col: 1).text == "a")
        #expect(buffer.cell(row: 0, col: 2).text == "中")
        #expect(buffer.cell(row: 0, col: 3).isContinuation)
        #expect(buffer.cell(row: 0, col: 4).text == "b")
        #expect(buffer.lines() == [" a中b", ""])
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var buffer = ScreenBuffer(rows: 1, cols: 5)
        let used = buffer.put("abcd中", row: 0, col: 0, style: .bold)
        #expect(used == 5)
        #expect(buffer.cell(row: 0, col: 4) == Cell(" ", style: .bold))
        #expect(buffer.line(0) == "abcd")
    }

    @Test func maxWidthClipsWithoutSplitting() {
        var buffer = ScreenBuffer(rows: 1, cols: 20)
        buffer.put("##########", row: 0, col: 0)
        let used = buffer.put("中文字", row: 0, col: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(buffer.line(0) == "中文 #####")
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = ScreenBuffer(rows: 2, cols: 4)
        #expect(buffer.put("x", row: 2, col: 0) == 0)
        #expect(buffer.put("x", row: 0, col: 4) == 0)
        #expect(buffer.put("x", row: -1, col: 0) == 0)
        #expect(buffer.put("x", row: 0, col: 0, maxWidth: 0) == 0)
        #expect(buffer.lines() == ["", ""])
    }

    @Test func controlCharactersAreDrawnVisibly() {
        var buffer = ScreenBuffer(rows: 1, cols: 30)
        buffer.put("红\u{1B}[31m色\u{07}\u{9B}", row: 0, col: 0)
        #expect(buffer.line(0) == "红^[[31m色^G<U+009B>")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(rows: 1, cols: 6)
        buffer.put("中文中", row: 0, col: 0)
        buffer.put("x", row: 0, col: 1)        // right half of 中
        buffer.put("y", row: 0, col: 2)        // left half of 文
        #expect(buffer.line(0) == " xy 中")
        #expect(!buffer.cell(row: 0, col: 3).isContinuation)
        buffer.put("国", row: 0, col: 3)       // straddles " " and the left half of 中
        #expect(buffer.line(0) == " xy国")
        #expect(buffer.cell(row: 0, col: 4).isContinuation)
        #expect(!buffer.cell(row: 0, col: 5).isContinuation)
    }

    @Test func everyContinuationFollowsAWideCharacter() {
        var buffer = ScreenBuffer(rows: 1, cols: 9)
        let texts = ["中文中文", "ab", "国家", "x", "九", "丁丁"]
        for (index, text) in texts.enumerated() { buffer.put(text, row: 0, col: index % 3) }
        for col in 0..<9 where buffer.cell(row: 0, col: col).isContinuation {
            #expect(col > 0 && buffer.cell(row: 0, col: col - 1).text.count == 1)
        }
        #expect(!buffer.cell(row: 0, col: 0).isContinuation)
    }

    @Test func fillAndRestyle() {
        var buffer = ScreenBuffer(rows: 1, cols: 6)
        buffer.put("abcdef", row: 0, col: 0)
        buffer.fill(row: 0, from: 2, to: 4, style: .reverse)
        #expect(buffer.line(0) == "ab  ef")
        #expect(buffer.cell(row: 0, col: 3).style == .reverse)
        #expect(buffer.cell(row: 0, col: 4).style == .plain)
        buffer.restyle(row: 0, style: .role(.selection))
        #expect(buffer.line(0) == "ab  ef")
        #expect(buffer.cell(row: 0, col: 0).style == .role(.selection))
    }

    @Test func boxWithTitle() {
        var buffer = ScreenBuffer(rows: 4, cols: 12)
        buffer.box(top: 0, left: 0, height: 4, width: 10, title: "任务")
        #expect(buffer.lines() == [
            "┌─ 任务 ─┐",
            "│        │",
            "│        │",
            "└────────┘",
        ])
    }

    @Test func equalBuffersHaveNoChangedRuns() {
        var a = ScreenBuffer(rows: 3, cols: 10)
        a.put("一二三", row: 1, col: 0)
        #expect(a.changedRuns(since: a).isEmpty)
        #expect(a == a)
    }

    @Test func changedRunsCoverOnlyChangedCells() {
        var old = ScreenBuffer(rows: 3, cols: 10)
        old.put("abcdefghij", row: 0, col: 0)
        old.put("abcdefghij", row: 2, col: 0)
        var new = old
        new.put("XY", row: 0, col: 3)
        new.put("Z", row: 2, col: 9)
        let runs = new.changedRuns(since: old)
        #expect(runs.map(\.row) == [0, 2])
        #expect(runs.map(\.col) == [3, 9])
        #expect(runs.map { $0.cells.map(\.text).joined() } == ["XY", "Z"])
    }

    @Test func changedRunsIncludeWholeWideCharacters() {
        var old = ScreenBuffer(rows: 1, cols: 10)
        old.put("中文", row: 0, col: 0)
        var new = old
        new.restyle(row: 0, from: 1, to: 2, style: .bold)   // only the right half of 中
        let runs = new.changedRuns(since: old)
        #expect(runs.count == 1)
        #expect(runs.first?.col == 0)
        #expect(runs.first?.cells.count == 2)
    }

    @Test func resizedBufferRedrawsEverything() {
        let old = ScreenBuffer(rows: 2, cols: 4)
        let new = ScreenBuffer(rows: 3, cols: 4)
        #expect(new.changedRuns(since: old).map(\.row) == [0, 1, 2])
    }
}
