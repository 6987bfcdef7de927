import Foundation
import Testing
import TestSupport

/// Every command and every error path under LANG=zh_CN.UTF-8: no sentence a person reads may
/// be left in English. A line fails when it holds a run of three or more English words that
/// are not option values, names or codes (`done`, `csv`, `taizhang`): the mark of a sentence.
@Suite(.serialized) struct ChineseEverywhereTests {
    let ledger = SeedLedger()
    let zh = ["LANG": "zh_CN.UTF-8"]

    static let commands = ["open", "import", "list", "show", "set", "units", "review", "history", "undo", "check",
                           "compact", "access", "overdue", "report", "calendar", "export", "digest", "confirm", "return", "extend",
                           "config"]

    /// What people run, as they run it: each command's help, its ordinary uses, and its errors.
    static var invocations: [[String]] {
        var all: [[String]] = [["--help"], ["help"], ["units", "merge", "--help"], ["units", "list", "--help"]]
        for c in commands { all += [[c, "--help"], ["help", c]] }
        all += [
            ["list"], ["list", "--overdue", "--unit", "市发改局"], ["list", "--status", "办结"], ["list", "--search", "sfgj"],
            ["show", "DG17-4.2"], ["show", "HD21-3"], ["history", "HD21-3"],
            ["set", "HD21-3", "--status", "done", "--note", "已在区政府网站公开"], ["set", "HD21-3", "--status", "已完成"],
            ["history", "HD21-3"], ["undo"], ["undo"], ["undo"],
            ["set", "HD21-4", "--due", "2021年12月31日"], ["set", "HD21-4", "--units", "办公室牵头,法规科配合"],
            ["set", "HD21-4", "--reviewed"], ["history", "HD21-4"],
            ["units"], ["units", "merge", "区发改局", "区发展改革局"], ["units", "unmerge", "区发展改革局"],
            ["review"], ["review", "--plan", "DG17"], ["check"], ["compact"],
            ["overdue"], ["overdue", "--by-unit"], ["overdue", "--format", "md", "--unit", "市发改局"], ["overdue", "--unit", "市发改局"],
            ["report"], ["report", "--by", "unit"], ["report", "--by", "section", "--plan", "HD21"],
            ["calendar"], ["calendar", "--year", "2021"], ["calendar", "--month", "2021-12"],
            ["export", "--format", "md", "--plan", "HD21"], ["export", "--format", "csv", "--plan", "SW19"],
            ["digest", "--unit", "市发改局"], ["access"],
            ["list", "--warning", "red"], ["list", "--pending-extension"], ["config"], ["config", "get", "staleDays"],
            ["set", "HD21-5", "--url", "https://example.gov.cn/x", "--status", "done"], ["return", "HD21-5", "--reason", "缺少文号"],
            ["extend", "HD21-6", "--to", "2022年3月31日", "--reason", "等待上级批复"], ["extend", "HD21-6", "--approve"],
            ["report", "--by", "unit", "--from", "2021-01-01", "--to", "2021年12月31日"],
            ["import", "--dry-run", TestPaths.allSeeds[0]],
            // errors
            ["set"], ["set", "HD21-3"], ["set", "NOPE-1", "--status", "done"], ["set", "HD21-3", "--due", "下周"],
            ["set", "HD21-3", "--status", "zzz"], ["set", "HD21-3", "--bogus"], ["set", "HD21-3", "--period", "2021-03-31"],
            ["set", "HD21-3", "--period", "2021-03-31", "--done"], ["show"], ["show", "NOPE-1"], ["history", "NOPE-1"],
            ["list", "--format", "zz"], ["list", "--unit", "市发展和改革局"], ["list", "--due-before", "明天"],
            ["overdue", "--unit", "市发展和改革局"], ["overdue", "--reply-by", "x"], ["digest", "--unit", "市发展和改革局"],
            ["report", "--unit", "市发展和改革局"], ["report", "--stale-days", "0"], ["report", "--by", "zz"],
            ["export", "--format", "md", "--unit", "市发展和改革局"], ["export", "--format", "xlsx"], ["export"],
            ["calendar", "--month", "2021-13"], ["calendar", "--month", "2021-10", "--year", "2021"], ["calendar", "--year", "3"],
            ["import", "/nonexistent/plan.txt"], ["import", "--code", "X", TestPaths.allSeeds[0], TestPaths.allSeeds[1]],
            ["import", "--year", "3", TestPaths.allSeeds[0]], ["--as-of", "昨天", "list"], ["--lang", "fr", "list"],
            ["review", "--resolve", "x"], ["review", "--resolve", "DG17:99999"],
            ["access", "officer", "li"], ["access", "frob", "x"], ["access", "coordinator"],
            ["units", "merge", "区发改局", "没有这个单位"], ["units", "unmerge", "没有这个单位"], ["frobnicate"], ["open"],
            ["confirm"], ["confirm", "HD21-7"], ["return", "HD21-7", "--reason", "x"], ["extend", "HD21-7"],
            ["extend", "HD21-7", "--to", "下周", "--reason", "x"], ["extend", "HD21-7", "--to", "2030-01-01"],
            ["extend", "HD21-7", "--reject"], ["config", "get", "nope"], ["config", "set", "staleDays"],
            ["config", "set", "staleDays", "many"], ["config", "set", "warningYellowDays", "30"], ["config", "frob"],
            ["list", "--warning", "purple"], ["report", "--from", "x"], ["overdue", "--format", "docx"],
        ]
        return all
    }

    /// Words that may stand in a Chinese line: option values, formats, names of things.
    static let allowed: Set<String> = [
        "taizhang", "table", "json", "csv", "md", "xlsx", "text", "not", "started", "in", "progress", "done", "blocked",
        "cancelled", "task", "measure", "unit", "plan", "section", "monthly", "quarterly", "half", "yearly", "none",
        "zh", "en", "coordinator", "officer", "remove", "ongoing", "tbd", "help", "subcommand", "options", "id",
        "store", "list", "show", "set", "units", "review", "history", "undo", "check", "compact",
        "access", "overdue", "report", "calendar", "export", "digest", "import", "open", "merge", "unmerge",
        "excel", "docx", "utf", "gb", "docs", "login", "format", "version", "red", "yellow", "blue", "reported",
        "confirm", "return", "extend", "config", "get", "approve", "reject", "warningbluedays", "warningyellowdays",
        "staledays", "noticeoffice", "noticereplydays", "noticecontact", "lang",
    ]

    /// The English sentence in a line, if any: three or more words in a row that are not allowed.
    static func englishSentence(in line: String) -> String? {
        var cleaned = line
        for pattern in [#"YYYY-MM(-DD)?"#, #"--[a-z-]+"#, #"<[^>]*>"#, #"\$[A-Z_]+"#, #"https?://\S+"#, #"(/[\w.-]+)+"#, #"“[^”]*”"#, #"`[^`]*`"#] {
            cleaned = cleaned.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var run: [String] = []
        var worst: [String] = []
        for token in cleaned.components(separatedBy: CharacterSet(charactersIn: " ,.;:!?()[]'\"-=|")) where !token.isEmpty {
            let word = token.lowercased()
            let english = word.count >= 2 && word.allSatisfy { $0.isASCII && $0.isLetter }
            if english && !allowed.contains(word) { run.append(token); continue }
            if english { continue }      // an allowed word neither extends nor breaks a run
            if run.count > worst.count { worst = run }
            run = []
        }
        if run.count > worst.count { worst = run }
        return worst.count >= 3 ? worst.joined(separator: " ") : nil
    }

    @Test func everyCommandAndErrorSpeaksChinese() {
        var failures: [String] = []
        var seen = Set<String>()
        for args in Self.invocations {
            let r = ledger.run(args, env: zh)
            for line in (r.stdout + "\n" + r.stderr).split(separator: "\n") {
                if let sentence = Self.englishSentence(in: String(line)), seen.insert(sentence).inserted {
                    failures.append("taizhang \(args.joined(separator: " ")): \(line)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) English sentences:\n\(failures.prefix(40).joined(separator: "\n"))")
    }

    @Test func theCheckCatchesEnglish() {
        #expect(Self.englishSentence(in: "Error: Missing expected argument '<id>'") != nil)
        #expect(Self.englishSentence(in: "  [year-guessed] year of \"年底前\" taken from the plan") != nil)
        #expect(Self.englishSentence(in: "错误:缺少参数 <id>") == nil)
        #expect(Self.englishSentence(in: "  --status <status>  未开始、进行中 (可选值: not-started, in-progress, done)") == nil)
    }

    @Test func aServerWithLangCSpeaksChineseThroughConfigOrEnvironment() throws {
        let c = ["LANG": "C"]
        #expect(!ledger.run("set", "NOPE-1", "--status", "done", env: c).stderr.contains("没有"))
        #expect(ledger.run("set", "NOPE-1", "--status", "done", env: c.merging(["TAIZHANG_LANG": "zh"]) { $1 }).stderr.contains("没有编号为"))
        let config = URL(fileURLWithPath: ledger.store).deletingLastPathComponent().appendingPathComponent("config.json")
        try #"{"format": "taizhang-config", "version": 1, "lang": "zh"}"#.write(to: config, atomically: true, encoding: .utf8)
        #expect(ledger.run("--help", env: c).stdout.contains("用法"))
        #expect(ledger.run("set", "NOPE-1", "--status", "done", env: c).stderr.contains("没有编号为"))
        #expect(ledger.run("--lang", "en", "set", "NOPE-1", "--status", "done", env: c).stderr.contains("no task"))
        try #"{"format": "taizhang-config", "lang": "fr"}"#.write(to: config, atomically: true, encoding: .utf8)
        let bad = ledger.run("list", env: c)
        #expect(bad.status == 1 && bad.stderr.contains("config.json"), "a bad config names the file: \(bad.stderr)")
        try FileManager.default.removeItem(at: config)
    }

    @Test func searchFindsByPinyinInitialsAndFullPinyin() throws {
        for query in ["sfgj", "shifagaiju", "市发改局"] {
            let r = ledger.run(["list", "--search", query, "--format", "json"], env: zh)
            let found = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
            #expect(found.count >= 5, "\(query): \(found.count)")
        }
    }

    @Test func unitOptionsSuggestTheUnitMeant() {
        for command in [["list"], ["overdue"], ["report"], ["export", "--format", "md"], ["digest"], ["calendar"]] {
            let r = ledger.run(command + ["--unit", "市发展和改革局"], env: zh)
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("没有名为“市发展和改革局”的单位;是否指:市发改局"), "\(command): \(r.stderr)")
        }
        #expect(ledger.run("overdue", "--unit", "市发改局", env: zh).stdout.contains("市发改局"))
    }
}
