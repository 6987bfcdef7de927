import Testing
import Foundation
import TaizhangCore
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

@Suite struct LineEditorWrapTests {
    @Test func aLongNoteWrapsInsideItsBoxAndKeepsTheCursorShown() {
        var editor = LineEditor()
        for c in String(repeating: "已在区政府网站公开", count: 4) { editor.insert(c) }
        var buffer = ScreenBuffer(rows: 5, cols: 24)
        let cursor = editor.drawWrapped(into: &buffer, row: 1, col: 2, width: 20, height: 3)
        let rows = (1...3).map { buffer.line($0).trimmingCharacters(in: .whitespaces) }
        #expect(rows.allSatisfy { DisplayWidth.width($0) <= 19 })
        #expect(rows.joined().hasSuffix("网站公开"), "the last rows, with the cursor, are shown")
        #expect(cursor.row >= 1 && cursor.row <= 3 && cursor.col < 22)
        editor = LineEditor("短")
        var small = ScreenBuffer(rows: 5, cols: 24)
        let at = editor.drawWrapped(into: &small, row: 1, col: 2, width: 20, height: 3)
        #expect(small.line(1).hasSuffix("短") && at == ScreenPosition(row: 1, col: 4))
    }
}
