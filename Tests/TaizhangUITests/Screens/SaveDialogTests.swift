import Foundation
import Testing
@testable import TaizhangCore
@testable import TaizhangUI
#if canImport(Glibc)
import Glibc
#endif

/// A save from a dialog never freezes the screen and never throws away what was typed: a
/// refused save keeps the dialog open with the whole error, wrapped; a save that waits for
/// the ledger says so, and Esc gives the wait up with the text still there (issues 11 and 12).
@Suite(.serialized) struct SaveDialogTests {
    private func openNote(_ driver: inout AppDriver, _ text: String) {
        driver.press(.character("5"), .down, .enter, .character("n"))
        driver.type(text)
    }

    /// Holds the store's lock as another process saving would.
    private func holdLock(_ seed: SeedStore) -> Int32 {
        let fd = open(seed.store.lockPath, O_RDWR | O_CREAT, 0o666)
        flock(fd, LOCK_EX)
        return fd
    }

    @Test func aRefusedSaveKeepsTheTypedTextAndTheWholeErrorWrapped() throws {
        let seed = try SeedStore()
        let units = (1...8).map { "区第\($0)专项工作领导小组办公室" }
        let policy = AccessPolicy(coordinators: ["wang"], officers: ["li": units])
        var driver = try AppDriver(seed.environment(login: "li", policy: policy), size: TerminalSize(rows: 24, cols: 80))
        openNote(&driver, "已在政府网站公开 http://www.huainan.gov.cn/a.html")
        driver.press(.enter)
        driver.settle()
        let dialog = try #require(driver.state.dialog as? ReasonEditor)
        #expect(dialog.editor.text == "已在政府网站公开 http://www.huainan.gov.cn/a.html")
        let problem = try #require(driver.state.saveProblem)
        #expect(problem.contains("区第8专项工作领导小组办公室"))
        // Every word of the error is on the screen, over several lines, none cut at the edge.
        let shown = driver.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }.joined()
        for unit in units { #expect(shown.contains(unit), "\(unit) not shown") }
        #expect(driver.lines.filter { $0.contains("领导小组办公室") }.count >= 2)
        #expect(driver.screen.contains("Enter 重试"))
        // Enter tries again (and is refused again); Esc closes.
        driver.press(.enter)
        driver.settle()
        #expect(driver.state.dialog is ReasonEditor && driver.state.saveProblem != nil)
        // Esc on typed text asks first (y discards it).
        driver.press(.escape, .character("y"))
        #expect(driver.state.dialog == nil && driver.state.saveProblem == nil)
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.notes.isEmpty == true)
    }

    @Test func aSaveThatWaitsSaysSoAndEscGivesUpKeepingTheText() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openNote(&driver, "等待中写下的进展")
        let fd = holdLock(seed)
        driver.press(.enter)
        #expect(driver.state.saving != nil)
        #expect(driver.screen.contains("正在等待台账"))
        driver.press(.character("x"))  // other keys wait for the save
        driver.press(.escape)
        #expect(driver.state.saving == nil)
        #expect((driver.state.dialog as? ReasonEditor)?.editor.text == "等待中写下的进展")
        #expect(driver.state.message?.text.contains("仍在对话框中") == true)
        flock(fd, LOCK_UN)
        close(fd)
        driver.settle()
        #expect((driver.state.dialog as? ReasonEditor)?.editor.text == "等待中写下的进展")
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.notes.isEmpty == true)
        // Saved again once the ledger is free.
        driver.press(.enter)
        driver.settle()
        #expect(driver.state.dialog == nil)
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.notes.last?.text == "等待中写下的进展")
    }

    @Test func aSaveThatWaitsLandsWhenTheLedgerIsFree() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openNote(&driver, "稍后保存")
        let fd = holdLock(seed)
        driver.press(.enter)
        #expect(driver.state.saving != nil && driver.state.dialog is ReasonEditor)
        flock(fd, LOCK_UN)
        close(fd)
        driver.settle()
        #expect(driver.state.saving == nil && driver.state.dialog == nil)
        #expect(driver.state.message?.kind == .success)
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.notes.last?.text == "稍后保存")
    }
}
