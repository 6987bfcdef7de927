import Testing
import TaizhangCore
@testable import TaizhangUI

/// Key sequences through the whole program, with the resulting state and store checked.
@Suite struct KeySequenceTests {
    private func keys(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    private func tree(_ driver: AppDriver) -> TreeScreen { driver.state.screens[.tree] as! TreeScreen }

    @Test func expandAndCollapseAHeading() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        let before = tree(driver).rows.count
        driver.press(.down)                      // 一、紧扣“十四五”…
        #expect(driver.selectedLine?.contains("▸ 一、紧扣") == true)
        driver.press(.character("l"))
        #expect(tree(driver).rows.count == before + 4)   // its four subsections
        #expect(driver.selectedLine?.contains("▾ 一、紧扣") == true)
        driver.press(.character("l"), .character("l"))   // into (一), open it
        #expect(tree(driver).rows.count == before + 5)
        driver.press(.down)
        #expect(driver.selectedLine?.contains("主动公开国民经济") == true)
        driver.press(.character("h"))             // from a task to its heading
        #expect(driver.selectedLine?.contains("(一)做好各类规划") == true)
        driver.press(.character("h"))
        #expect(tree(driver).rows.count == before + 4)
        driver.press(.enter)
        #expect(tree(driver).rows.count == before + 5)
    }

    @Test func searchFindsChineseAndASCIIAndMovesWithNAndShiftN() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("/"))
        driver.type("双公示")
        driver.press(.enter)
        let first = try #require(driver.selectedLine)
        #expect(first.contains("双公示"))
        driver.press(.character("n"))
        let second = try #require(driver.selectedLine)
        #expect(second.contains("双公示") && second != first)
        driver.press(.character("N"))
        #expect(driver.selectedLine == first)
        driver.press(.character("/"), .control("u"))
        driver.type("12345")
        driver.press(.enter)
        let tasks = driver.state.ledger.tasks
        let hit = try #require(tree(driver).selectedTaskIndex())
        #expect(tasks[hit].text.contains("12345"))
        driver.press(.character("/"), .control("u"))
        driver.type("没有这种文字")
        driver.press(.enter)
        #expect(driver.state.message?.kind == .warning)
        #expect(tree(driver).selectedTaskIndex() == hit)
    }

    /// Opens HN21-1 from the review screen (its first task).
    private func openFirstReviewTask(_ driver: inout AppDriver) {
        driver.press(.character("5"), .down, .enter)
    }

    @Test func statusChangeIsSavedAndSeenByOtherReaders() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openFirstReviewTask(&driver)
        driver.press(.character("s"), .down, .enter)      // opens on 进行中, the next status
        let id = TaskID("HN21-1")
        #expect(driver.state.ledger[id]?.status == .done)
        #expect(driver.state.message?.kind == .success)
        let stored = try #require(try seed.reloaded()[id])
        #expect(stored.status == .done)
        #expect(stored.history.last?.by == "tester")
        #expect(driver.screen.contains("[x] 已完成"))
    }

    @Test func chineseNoteWithBackspaceIsSavedOnEnter() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openFirstReviewTask(&driver)
        driver.press(.character("n"))
        driver.type("已在政府网站公开，文号：淮府办〔2021〕12号错")
        driver.press(.backspace)
        let dialog = try #require(driver.state.dialog as? ReasonEditor)
        #expect(dialog.editor.text == "已在政府网站公开，文号：淮府办〔2021〕12号")
        let cursor = try #require(driver.frame.cursor)
        let row = driver.lines[cursor.row]
        let end = try #require(row.range(of: "12号")?.upperBound)
        #expect(DisplayWidth.width(row[..<end]) == cursor.col)   // the caret right after the last wide character
        driver.press(.enter)
        #expect(driver.state.dialog == nil)
        let note = try #require(try seed.reloaded()[TaskID("HN21-1")]?.notes.last)
        #expect(note.text == "已在政府网站公开，文号：淮府办〔2021〕12号")
        #expect(note.by == "tester")
        #expect(!driver.screen.contains("淮府办〔2021〕12号"))   // below the first page
        driver.press(.character("G"))
        #expect(driver.screen.contains("淮府办〔2021〕12号"))
    }

    @Test func anEmptyNoteIsRefusedAndTheDialogStays() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openFirstReviewTask(&driver)
        driver.press(.character("n"), .character(" "), .enter)
        #expect(driver.state.dialog is ReasonEditor)
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.notes.isEmpty == true)
    }

    @Test func anOfficerIsRefusedOutsideTheirUnitsAndTheStoreIsUnchanged() throws {
        let seed = try SeedStore()
        let policy = AccessPolicy(coordinators: ["wang"], officers: ["li": ["区财政局"]])
        var driver = try AppDriver(seed.environment(login: "li", policy: policy))
        openFirstReviewTask(&driver)
        driver.press(.character("s"), .down, .enter)
        driver.settle()
        // The chooser checks access before asking for anything more: refused at once.
        #expect(driver.state.message?.kind == .error)
        #expect(driver.state.message?.text.contains("li 无权这样做") == true, "\(driver.state.message?.text ?? "no message")")
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.status == .notStarted)
    }

    @Test func dateAndUnitsAndReviewedAreSaved() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openFirstReviewTask(&driver)
        driver.press(.character("d"), .control("u"))
        driver.type("2021-11-30")
        driver.press(.enter)
        driver.press(.character("u"), .control("u"))
        driver.type("办公室牵头,法规科、审批科配合")
        driver.press(.enter)
        driver.press(.character("r"))
        let task = try #require(try seed.reloaded()[TaskID("HN21-1")])
        #expect(task.deadline.date == Day(iso: "2021-11-30"))
        #expect(task.deadline.overridden)
        #expect(task.deadline.text == "年底前")
        #expect(task.units.map(\.name) == ["办公室", "法规科", "审批科"])
        #expect(task.units.map(\.role) == [.lead, .support, .support])
        #expect(task.reviewed)
    }

    @Test func anUnreadableDateKeepsTheDialogOpenWithAMessage() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openFirstReviewTask(&driver)
        driver.press(.character("d"), .control("u"))
        driver.type("下周")
        driver.press(.enter)
        let dialog = try #require(driver.state.dialog as? DateEditor)
        #expect(dialog.error?.contains("下周") == true)
        driver.press(.escape)
        #expect(driver.state.dialog is DateEditor, "Esc asks before throwing typed text away")
        #expect(driver.state.message?.text.contains("放弃") == true)
        driver.press(.character("n"))
        #expect((driver.state.dialog as? DateEditor)?.editor.text == "下周", "any key but y goes back to the text")
        driver.press(.escape, .character("y"))
        #expect(driver.state.dialog == nil)
        #expect(try seed.reloaded()[TaskID("HN21-1")]?.deadline.overridden == false)
    }

    @Test func qGoesBackThenQuits() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        openFirstReviewTask(&driver)
        driver.press(.character("q"))
        #expect(driver.state.pushed.isEmpty && driver.state.top == .review && !driver.quit)
        driver.press(.character("q"))
        #expect(driver.quit)
    }
}
