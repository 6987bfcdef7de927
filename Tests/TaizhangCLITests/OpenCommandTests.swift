import Foundation
import Testing
import TestSupport

/// `taizhang` / `taizhang open` outside a terminal, and the hidden `keys` command.
/// (The interface itself is tested in a real terminal by Tests/e2e/tui.test.sh.)
@Suite struct OpenCommandTests {
    @Test func withoutATerminalItSaysSoAndExitsWithOne() {
        let ledger = SeedLedger()
        for args in [[], ["open"], ["--no-color"], ["open", "--lang", "en", "--no-color"]] {
            let r = ledger.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.contains("needs a terminal"), "\(args): \(r.stderr)")
        }
    }

    @Test func withoutALedgerItSaysHowToMakeOne() {
        let dir = TempDir("open")
        let r = CommandRunner.taizhang(["open"], env: ["TAIZHANG_STORE": dir.file("none.json")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("taizhang import"))
    }

    @Test func keysPrintsTheKeymapInEitherLanguage() {
        let ledger = SeedLedger()
        let en = ledger.run("keys", "--lang", "en").stdout
        #expect(en.contains("| `q` | Back; quits from a top screen |"))
        #expect(en.contains("### Task and help pages"))
        let zh = ledger.run("keys", "--lang", "zh").stdout
        #expect(zh.contains("| `n` | 添加进展情况 |"))
    }
}

extension SeedLedger {
    func run(_ args: [String]) -> CommandResult { CommandRunner.taizhang(args, env: env) }
}
