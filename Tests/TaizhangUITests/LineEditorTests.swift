import Testing
@testable import TaizhangUI

@Suite struct LineEditorTests {
    @Test func typesChineseAndMovesOverWholeCharacters() {
        var editor = LineEditor()
        for c in "测试ab" { _ = editor.handle(.character(c)) }
        #expect(editor.text == "测试ab")
        _ = editor.handle(.left); _ = editor.handle(.left); _ = editor.handle(.left)
        #expect(editor.cursor == 1)
        _ = editor.handle(.backspace)
        #expect(editor.text == "试ab")
        _ = editor.handle(.character("考"))
        #expect(editor.text == "考试ab")
        _ = editor.handle(.end)
        _ = editor.handle(.backspace)
        #expect(editor.text == "考试a")
    }

    @Test func leavesScreenKeysToTheScreen() {
        var editor = LineEditor("x")
        let handled = [KeyEvent.enter, .escape, .up].map { editor.handle($0) }
        #expect(handled == [false, false, false])
        #expect(editor.text == "x")
    }

    @Test func controlCharactersCannotBeInserted() {
        var editor = LineEditor("a\u{1B}b")
        _ = editor.handle(.character("\u{7}"))
        #expect(editor.text == "a^[b^G")
    }

    @Test func cursorColumnCountsDisplayWidth() {
        var buffer = ScreenBuffer(rows: 1, cols: 20)
        var editor = LineEditor("测试ab")
        _ = editor.handle(.left)
        let position = editor.draw(into: &buffer, row: 0, col: 2, width: 10)
        #expect(position == ScreenPosition(row: 0, col: 2 + 5))
        #expect(buffer.line(0) == "  测试ab")
    }

    @Test func scrollsSoTheCursorStaysVisible() {
        var buffer = ScreenBuffer(rows: 1, cols: 6)
        let editor = LineEditor("一二三四五")
        let position = editor.draw(into: &buffer, row: 0, col: 0, width: 6)
        #expect(buffer.line(0) == "四五")
        #expect(position.col == 4)
    }
}
