import Glibc
import Testing
import TaizhangCore
@testable import TaizhangUI

/// Other processes' saves, resizes and signals while the screen is open.
@Suite struct LiveViewTests {
    /// Waits until the watcher's descriptor is readable, as the event loop's poll would.
    private func waitReadable(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 2000) == 1
    }

    @Test func anotherProcessesChangeAppearsAndTheSelectionStays() throws {
        let seed = try SeedStore()
        let watcher = try #require(LedgerWatcher(store: seed.store))
        var driver = try AppDriver(seed.environment(watcher: watcher))
        #expect(driver.device.watched.contains(watcher.fileDescriptor))
        driver.press(.character("4"), .down, .down, .down)
        let selected = try #require(driver.selectedLine)
        let id = try #require(selected.split(separator: " ").first { $0.hasPrefix("DG17-") }.map(String.init))
        let top = (driver.state.screens[.overdue] as! OverdueScreen).list.cursor.top
        try seed.commitAsOther([.status(TaskID("DG17-4.2"), .done), .note(TaskID(id), "bob 已督办", period: nil)])
        #expect(waitReadable(watcher.fileDescriptor))
        driver.send(.wake(fileDescriptor: watcher.fileDescriptor))
        #expect(driver.state.message?.kind == .info)
        #expect(driver.state.ledger[TaskID("DG17-4.2")]?.status == .done)
        #expect(driver.selectedLine?.contains(id) == true)
        #expect((driver.state.screens[.overdue] as! OverdueScreen).list.cursor.top == top)
        #expect(!driver.screen.contains("DG17-4.2 "))   // done, so no longer overdue
    }

    @Test func beingOvertakenIsToldOnTheStatusLine() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("5"), .down, .enter, .character("s"), .down, .enter)
        try seed.commitAsOther([.status(TaskID("HN21-1"), .blocked)])
        driver.send(.tick)
        #expect(driver.state.ledger[TaskID("HN21-1")]?.status == .blocked)
        let message = try #require(driver.state.message)
        #expect(message.kind == .warning)
        #expect(message.text.contains("bob") && message.text.contains("HN21-1"))
        #expect(driver.lines[22].contains("bob"))
    }

    @Test func resizeInTheMiddleOfANoteKeepsItAndRedrawsAtTheNewSize() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("5"), .down, .enter, .character("n"))
        driver.type("调整窗口时输入的进展")
        driver.send(.resize(rows: 30, cols: 100))
        #expect(driver.lines.count == 30 && driver.lines.contains { $0.contains("调整窗口时输入的进展") })
        driver.send(.resize(rows: 12, cols: 50))
        #expect(driver.screen.contains("窗口太小"))
        driver.send(.resize(rows: 24, cols: 80))
        driver.type("。")
        let cursor = try #require(driver.frame.cursor)
        let row = driver.lines[cursor.row]
        let end = try #require(row.range(of: "进展。")?.upperBound)
        #expect(DisplayWidth.width(row[..<end]) == cursor.col)
        driver.press(.enter)
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.notes.last?.text == "调整窗口时输入的进展。")
    }

    @Test func aHangupWhileTypingSavesNothingUnconfirmedAndKeepsWhatWasConfirmed() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("5"), .down, .enter, .character("n"))
        driver.type("已确认的进展")
        driver.press(.enter, .character("n"))
        driver.type("尚未确认")
        driver.send(.signal(.hangup))
        let notes = try #require(try seed.reloaded()[TaskID("HN21-1")]).notes.map(\.text)
        #expect(notes == ["已确认的进展"])
    }

    @Test func controlCharactersInStoredTextAreShownNotSent() throws {
        let seed = try SeedStore()
        try seed.commitAsOther([.note(TaskID("HN21-1"), "恶意\u{1B}[31m红色\u{07}\u{9B}2J", period: nil)])
        var driver = try AppDriver(seed.environment())
        driver.press(.character("5"), .down, .enter, .character("G"))
        #expect(driver.screen.contains("恶意^[[31m红色^G<U+009B>2J"))
        #expect(!driver.screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 })
    }
}

/// A snapshot rewritten under the open screen (an import by someone else) is reloaded whole.
@Suite struct ReloadTests {
    @Test func aRewrittenSnapshotIsReloadedAndSaidSo() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("4"), .down)
        let selected = driver.selectedLine
        try LedgerStore(path: seed.store.path).rewrite(.import, by: "test") { ledger in
            _ = ledger.update(TaskID("DG17-7.1")) { $0.status = .done }
        }
        driver.send(.tick)
        #expect(driver.state.message?.text == Strings(.zh)(.uiReloaded))
        #expect(driver.state.ledger[TaskID("DG17-7.1")]?.status == .done)
        #expect(driver.selectedLine == selected)
    }
}
