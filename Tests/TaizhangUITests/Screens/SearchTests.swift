import Testing
import TaizhangCore
@testable import TaizhangUI

@Suite(.serialized) struct SearchTests {
    @Test func slashOpensEmptyAndUpRecallsEarlierSearches() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("/"))
        driver.type("公开")
        driver.press(.enter, .character("/"))
        let prompt = try #require(driver.state.dialog as? SearchPrompt)
        #expect(prompt.editor.text.isEmpty, "/ opens empty, not with the last search")
        driver.press(.up)
        #expect((driver.state.dialog as? SearchPrompt)?.editor.text == "公开")
        driver.press(.down)
        #expect((driver.state.dialog as? SearchPrompt)?.editor.text == "")
    }

    @Test func pinyinInitialsFindAUnitsTask() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("/"))
        driver.type("sfgj")
        driver.press(.enter)
        #expect(driver.state.message?.text.contains("sfgj") == true)
        #expect(driver.state.message?.kind == .info, "found: \(driver.state.message?.text ?? "")")
    }
}
