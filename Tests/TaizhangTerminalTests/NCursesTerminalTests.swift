import Glibc
import Testing
@testable import TaizhangTerminal
import TaizhangUI

/// The adapter in-process on a headless ncurses screen. ncurses state is global: serialized.
@Suite(.serialized) struct NCursesTerminalTests {
    /// A 20-row list with `selected` in reverse video, like every list screen.
    static func list(selected: Int, rows: Int = 24, cols: Int = 80) -> ScreenBuffer {
        var buffer = ScreenBuffer(rows: rows, cols: cols)
        for row in 0..<20 {
            let style: CellStyle = row == selected ? .role(.selection) : .plain
            buffer.fill(row: row, style: style)
            buffer.put("\(row) 第\(row)项任务：推进数字政府建设", row: row, col: 0, style: style)
        }
        return buffer
    }

    @Test func chineseLandsInTheRightCells() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        defer { screen.close() }
        var buffer = ScreenBuffer(rows: 24, cols: 80)
        buffer.put("ab市发改委c", row: 3, col: 5)
        screen.terminal.draw(buffer, cursor: nil)
        #expect(screen.text(row: 3, col: 5) == "a")
        #expect(screen.text(row: 3, col: 7) == "市")
        #expect(screen.text(row: 3, col: 8) == "")
        #expect(screen.text(row: 3, col: 9) == "发")
        #expect(screen.text(row: 3, col: 13) == "委")
        #expect(screen.text(row: 3, col: 15) == "c")
        #expect(screen.line(3) == "     ab市发改委c")
    }

    @Test func wideCharacterIsNeverSplitAtTheRightEdge() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        defer { screen.close() }
        var buffer = ScreenBuffer(rows: 24, cols: 80)
        buffer.put(String(repeating: "x", count: 79) + "中文", row: 0, col: 0)
        buffer.put("下一行", row: 1, col: 0)
        screen.terminal.draw(buffer, cursor: nil)
        #expect(screen.text(row: 0, col: 78) == "x")
        #expect(screen.text(row: 0, col: 79) == " ")
        #expect(screen.line(1) == "下一行")
    }

    @Test func movingTheSelectionTouchesOnlyTheTwoRows() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        defer { screen.close() }
        screen.terminal.draw(Self.list(selected: 3), cursor: nil)
        screen.terminal.stage(Self.list(selected: 4))
        #expect(screen.touchedRows() == [3, 4])
        let before = screen.bytesWritten
        screen.terminal.draw(Self.list(selected: 4), cursor: nil)
        let reverse = NCursesPalette.curses(.reverse)
        #expect(screen.attributes(row: 4, col: 0) & reverse != 0)
        #expect(screen.attributes(row: 3, col: 0) & reverse == 0)
        #expect(screen.bytesWritten > before)
    }

    @Test func unchangedFrameWritesNothing() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        defer { screen.close() }
        screen.terminal.draw(Self.list(selected: 3), cursor: nil)
        let before = screen.bytesWritten
        screen.terminal.draw(Self.list(selected: 3), cursor: nil)
        #expect(screen.touchedRows().isEmpty)
        #expect(screen.bytesWritten == before)
    }

    @Test func monochromeRolesBecomeAttributes() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80, colors: false)
        defer { screen.close() }
        var buffer = ScreenBuffer(rows: 24, cols: 80)
        buffer.put("逾期", row: 0, col: 0, style: .role(.overdue))
        buffer.put("完成", row: 1, col: 0, style: .role(.done))
        screen.terminal.draw(buffer, cursor: nil)
        #expect(screen.attributes(row: 0, col: 0) == NCursesPalette.curses([.bold, .underline]))
        #expect(screen.attributes(row: 1, col: 0) == NCursesPalette.curses([.dim]))
    }

    @Test func keysArriveAsEvents() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        defer { screen.close() }
        screen.type(Array("j测".utf8) + [0x1B, 0x4F, 0x41, 0x7F, 0x0D, 0x03])   // ESC O A is Up in keypad mode
        var events: [TerminalEvent] = []
        for _ in 0..<6 { events.append(screen.terminal.nextEvent(timeout: .milliseconds(500))) }
        #expect(events == [.key(.character("j")), .key(.character("测")), .key(.up), .key(.backspace), .key(.enter), .key(.control("c"))])
        #expect(screen.terminal.nextEvent(timeout: .milliseconds(10)) == .tick)
    }

    @Test func watchedDescriptorWakesTheLoop() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        defer { screen.close() }
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        screen.terminal.watch(fileDescriptor: fds[0])
        #expect(write(fds[1], "x", 1) == 1)
        #expect(screen.terminal.nextEvent(timeout: .seconds(2)) == .wake(fileDescriptor: fds[0]))
    }

    @Test func signalBecomesAnEvent() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        defer { screen.close() }
        kill(getpid(), SIGTERM)
        #expect(screen.terminal.nextEvent(timeout: .seconds(2)) == .signal(.terminate))
    }

    @Test func stopIsIdempotent() throws {
        let screen = try HeadlessScreen(rows: 24, cols: 80)
        screen.terminal.stop()
        screen.terminal.stop()
        #expect(screen.terminal.isStopped)
        screen.close()
    }
}
