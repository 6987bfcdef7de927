import Foundation
import Testing
import TaizhangCore
import TestSupport
@testable import TaizhangUI

@Suite struct KeyMapTests {
    @Test func noKeyIsBoundTwiceInOneScope() {
        for scope in KeyScope.allCases {
            let keys = KeyMap.bindings.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(scope) binds a key twice")
        }
    }

    @Test func dispatchFollowsTheTableAndTheMostSpecificScopeWins() {
        #expect(KeyMap.command(for: .character("j"), in: [.tree, .list, .global]) == .down)
        #expect(KeyMap.command(for: .character("l"), in: [.tree, .list, .global]) == .expand)
        #expect(KeyMap.command(for: .character("l"), in: [.calendarGrid, .calendar, .global]) == .right)
        #expect(KeyMap.command(for: .character("n"), in: [.task, .global]) == .addNote)
        #expect(KeyMap.command(for: .character("n"), in: [.list, .global]) == .nextHit)
        #expect(KeyMap.command(for: .character("j"), in: [.dialog]) == nil)   // typed into a field
    }

    @Test(arguments: Language.allCases)
    func helpListsEveryBinding(_ language: Language) {
        let s = Strings(language)
        let help = HelpScreen.lines(s).map { $0.pieces.map(\.text).joined() }
        for binding in KeyMap.bindings {
            #expect(help.contains { $0.contains(binding.keyNames) && $0.contains(s(binding.help)) }, "\(binding.command) missing")
        }
    }

    /// The user guide's key table is the keymap's: regenerate it with TAIZHANG_RECORD=1.
    @Test func userGuideKeyTableIsGenerated() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("docs/user-guide.md")
        let guide = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- keys:begin -->\n", end = "<!-- keys:end -->"
        let table = KeyMap.markdown(strings: Strings(.zh)) + KeyMap.markdown(strings: Strings(.en))
        guard let start = guide.range(of: begin), let stop = guide.range(of: end) else {
            Issue.record("docs/user-guide.md has no key table markers")
            return
        }
        if ProcessInfo.processInfo.environment["TAIZHANG_RECORD"] == "1" {
            try guide.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: table).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(guide[start.upperBound..<stop.lowerBound]) == table)
    }
}
