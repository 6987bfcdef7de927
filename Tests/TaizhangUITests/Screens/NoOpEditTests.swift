import Testing
import TaizhangCore
@testable import TaizhangUI

/// Each dialog confirmed without a change leaves the task as it was: no history line, no
/// changed role, no "set by hand".
@Suite(.serialized) struct NoOpEditTests {
    let id = TaskID("HN21-1")

    /// Opens HN21-1 (the review screen's first task) and returns its stored state.
    private func open(_ seed: SeedStore) throws -> (AppDriver, LedgerTask) {
        var driver = try AppDriver(seed.environment())
        driver.press(.character("5"), .down, .enter)
        return (driver, try #require(try seed.reloaded()[id]))
    }

    @Test func statusChooserOnTheCurrentStatus() throws {
        let seed = try SeedStore()
        var (driver, before) = try open(seed)
        driver.press(.character("s"), .up, .enter)          // opens on the next status; ↑ is the current one
        #expect(driver.state.dialog == nil)
        #expect(try seed.reloaded()[id] == before)
        #expect(driver.state.message?.text == "没有改动")
    }

    @Test func unitsDialogUnchanged() throws {
        let seed = try SeedStore()
        var (driver, before) = try open(seed)
        driver.press(.character("u"), .enter)
        let after = try #require(try seed.reloaded()[id])
        #expect(after.units == before.units, "the roles stay as imported")
        #expect(after.history == before.history)
    }

    @Test func guessedDateConfirmedUnchangedStaysGuessed() throws {
        let seed = try SeedStore()
        var (driver, before) = try open(seed)
        #expect(before.deadline.guessed || before.deadline.date != nil)
        driver.press(.character("d"), .enter)
        let after = try #require(try seed.reloaded()[id])
        #expect(after.deadline == before.deadline, "not marked set by hand")
        #expect(after.history == before.history)
    }

    @Test func dateTypedInAnotherFormOfTheSameDayChangesNothing() throws {
        let seed = try SeedStore()
        var (driver, before) = try open(seed)
        let day = try #require(before.deadline.date)
        let (y, m, d) = day.components
        driver.press(.character("d"), .control("u"))
        driver.type("\(y)年\(m)月\(d)日")
        driver.press(.enter)
        #expect(try seed.reloaded()[id] == before)
    }

    @Test func emptyNoteSavesNothing() throws {
        let seed = try SeedStore()
        var (driver, before) = try open(seed)
        driver.press(.character("n"))
        driver.type("   ")
        driver.press(.enter, .escape)
        #expect(driver.state.dialog == nil, "blank text is not typed text: Esc closes at once")
        #expect(try seed.reloaded()[id] == before)
    }

    @Test func undoKeyTakesBackTheWholeDialog() throws {
        let seed = try SeedStore()
        var (driver, before) = try open(seed)
        driver.press(.character("u"), .control("u"))
        driver.type("政务公开指导办牵头,政府网站配合")
        driver.press(.enter)
        #expect(try seed.reloaded()[id]?.units != before.units)
        driver.press(.character("U"))
        #expect(try seed.reloaded()[id]?.units == before.units)
        #expect(driver.state.message?.text.hasPrefix("已撤销") == true)
    }
}
