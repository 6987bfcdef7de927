import Foundation
import Testing
import TestSupport
import TaizhangCore

/// The command line end to end, on the seed ledger at a fixed day.
@Suite(.serialized) struct CLITests {
    let ledger = SeedLedger()

    @Test func listJSONCarriesTheDocumentedFields() throws {
        let tasks = try ledger.json("list", "--format", "json")
        #expect(tasks.count == 169)
        for key in ["id", "plan", "section", "subsection", "number", "text", "measure", "units", "deadline", "status", "review"] {
            #expect(tasks.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        let t3 = try #require(tasks.first { $0["id"] as? String == "HD21-3" })
        let units = try #require(t3["units"] as? [[String: Any]])
        #expect(units.first?["name"] as? String == "区发展改革局")
        #expect(units.first?["role"] as? String == "lead" && units.first?["level"] as? String == "task")
        let deadline = try #require(t3["deadline"] as? [String: Any])
        #expect(deadline["text"] as? String == "长期推进" && deadline["kind"] as? String == "ongoing" && deadline["date"] is NSNull)
        #expect(t3["subsection"] as? String == "(二)做好市场规则标准和监管执法信息公开。")
    }

    @Test func overdueIsDerivedFromTheAsOfDay() throws {
        let overdue = try ledger.json("list", "--overdue", "--format", "json")
        #expect(!overdue.isEmpty)
        for t in overdue {
            let due = try #require((t["deadline"] as? [String: Any])?["due"] as? String)
            #expect(due < SeedLedger.asOf)
        }
        // Nothing of 2021's year-end is overdue in October 2021; in July 2017 only the first half of 2017 is.
        #expect(!overdue.contains { $0["plan"] as? String == "HD21" })
        let earlier = try ledger.json("list", "--overdue", "--format", "json", "--as-of", "2017-07-15")
        #expect(earlier.count < overdue.count)
    }

    @Test func aChangeIsSeenByTheNextCommand() throws {
        let set = ledger.run("set", "hd21-3", "--status", "done", "--note", "已在区政府网站公开 http://www.huadu.gov.cn/x/1")
        #expect(set.status == 0, "\(set.stderr)")
        let t = try #require(try ledger.json("list", "--format", "json", "--plan", "HD21").first { $0["id"] as? String == "HD21-3" })
        #expect(t["status"] as? String == "done")
        #expect((t["lastNote"] as? [String: Any])?["text"] as? String == "已在区政府网站公开 http://www.huadu.gov.cn/x/1")
        let history = ledger.run("history", "HD21-3")
        #expect(history.stdout.contains("status: not started → done"))
        #expect(history.stdout.contains(Identity.login()))
        #expect(ledger.run("check").status == 0)
    }

    @Test func undoTakesBackTheCallersLastChange() throws {
        ledger.run("set", "SW19-2", "--status", "blocked")
        ledger.run("set", "SW19-2", "--status", "in-progress")
        #expect(ledger.run("undo").status == 0)
        let t = try #require(try ledger.json("list", "--format", "json", "--plan", "SW19").first { $0["id"] as? String == "SW19-2" })
        #expect(t["status"] as? String == "blocked")
        ledger.run("set", "SW19-2", "--note", "误记")
        ledger.run("undo")
        #expect(!ledger.run("show", "SW19-2").stdout.contains("误记  ") )
        let shown = try #require(try ledger.json("list", "--format", "json", "--plan", "SW19").first { $0["id"] as? String == "SW19-2" })
        #expect(shown["lastNote"] is NSNull)
    }

    @Test func undoTakesBackTheWholeCommand() throws {
        ledger.run("set", "HD21-5", "--status", "done", "--note", "x")
        #expect(ledger.run("undo").status == 0)
        let t = try #require(try ledger.json("list", "--format", "json", "--plan", "HD21").first { $0["id"] as? String == "HD21-5" })
        #expect(t["status"] as? String == "not-started", "the status goes back with the note")
        #expect(t["lastNote"] is NSNull)
    }

    @Test func settingWhatIsAlreadyThereChangesNothing() throws {
        ledger.run("set", "HD21-6", "--status", "done")
        let before = ledger.run("history", "HD21-6").stdout
        let again = ledger.run("set", "HD21-6", "--status", "办结")
        #expect(again.status == 0)
        #expect(again.stdout.contains("unchanged") || again.stdout.contains("没有改动"))
        #expect(ledger.run("history", "HD21-6").stdout == before, "no done → done line")
    }

    @Test func datesInTheFormsPeopleType() throws {
        for (typed, want) in [("2021/12/30", "2021-12-30"), ("2021.12.29", "2021-12-29"), ("2021年12月28日", "2021-12-28"),
                              ("11月30日", "2021-11-30"), ("10月底", "2021-10-31"), ("6月底前", "2021-06-30"), ("年底", "2021-12-31")] {
            let r = ledger.run("set", "HD21-7", "--due", typed)
            #expect(r.status == 0, "\(typed): \(r.stderr)")
            let t = try #require(try ledger.json("list", "--format", "json", "--plan", "HD21").first { $0["id"] as? String == "HD21-7" })
            #expect((t["deadline"] as? [String: Any])?["date"] as? String == want, "\(typed)")
        }
        #expect(ledger.run("set", "HD21-7", "--due", "下周").status == 1)
    }

    @Test func setDueUnitsAndReviewed() throws {
        #expect(ledger.run("set", "HN21-1", "--due", "2021-11-30", "--reviewed").status == 0)
        #expect(ledger.run("set", "HN21-2", "--units", "政务公开指导办牵头,政府网站配合").status == 0)
        let tasks = try ledger.json("list", "--format", "json", "--plan", "HN21")
        let t1 = try #require(tasks.first { $0["id"] as? String == "HN21-1" })
        let d = try #require(t1["deadline"] as? [String: Any])
        #expect(d["date"] as? String == "2021-11-30" && d["overridden"] as? Bool == true && d["text"] as? String == "年底前")
        #expect((t1["review"] as? [Any])?.isEmpty == true)
        let t2 = try #require(tasks.first { $0["id"] as? String == "HN21-2" })
        let roles = (t2["units"] as? [[String: Any]])?.map { "\($0["name"]!)/\($0["role"]!)" }
        #expect(roles == ["政务公开指导办/lead", "政府网站/support"])
    }

    @Test func unitsMergeAppliesEverywhere() throws {
        #expect(ledger.run("units", "merge", "区市场监管局", "区市场监督管理局").status == 0)
        let units = ledger.run("units")
        #expect(units.stdout.contains("区市场监管局 (= 区市场监督管理局)"))
        let found = try ledger.json("list", "--format", "json", "--unit", "区市场监管局")
        #expect(found.contains { $0["id"] as? String == "SW19-15" }) // written 区市场监督管理局
    }

    @Test func exitCodesAndMessagesNameWhatIsWrong() throws {
        let unknown = ledger.run("show", "HD21-999")
        #expect(unknown.status == 1 && unknown.stderr.contains("HD21-999"))
        let badDate = ledger.run("list", "--as-of", "2021-13-01")
        #expect(badDate.status == 2 && badDate.stderr.contains("--as-of"))
        let badStatus = ledger.run("set", "HD21-1", "--status", "finished-ish")
        #expect(badStatus.status == 2)
        let missing = ledger.run("import", "/nonexistent/plan.txt")
        #expect(missing.status == 1 && missing.stderr.contains("/nonexistent/plan.txt"))
        let nothing = ledger.run("set", "HD21-1")
        #expect(nothing.status == 2)
    }

    @Test func aCorruptStoreIsRefusedWithFileLineAndColumn() throws {
        var text = try String(contentsOfFile: ledger.store, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let target = lines.firstIndex { $0.hasPrefix("{\"id\":\"HN21-5\"") }!
        text = text.replacingOccurrences(of: "{\"id\":\"HN21-5\",", with: "{\"id\":\"HN21-5\" ")
        try text.write(toFile: ledger.store, atomically: true, encoding: .utf8)
        let r = ledger.run("list")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(ledger.store):\(target + 1):"))
        #expect(try String(contentsOfFile: ledger.store, encoding: .utf8) == text)
    }

    @Test func tablesFitTheTerminalWidthInDisplayColumns() throws {
        for width in [60, 80, 132] {
            let r = ledger.run("list", env: ["COLUMNS": "\(width)"])
            #expect(r.status == 0)
            for line in r.stdout.split(separator: "\n") {
                #expect(DisplayWidth.width(String(line)) <= width, "too wide at \(width): \(line)")
            }
        }
    }

    @Test func chineseInterfaceUnderAChineseLocale() throws {
        let zh = ledger.run("list", "--plan", "SH19", env: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout.contains("状态") && zh.stdout.contains("未开始"))
        let en = ledger.run("list", "--plan", "SH19", "--lang", "en", env: ["LANG": "zh_CN.UTF-8"])
        #expect(en.stdout.contains("Status") && en.stdout.contains("not started"))
    }

    @Test func globalOptionsMayComeBeforeTheCommand() throws {
        let after = ledger.run("list", "--overdue", "--format", "json", "--as-of", "2017-07-15")
        let before = ledger.run("--as-of", "2017-07-15", "list", "--overdue", "--format", "json")
        let equalsForm = ledger.run("--as-of=2017-07-15", "--lang", "en", "list", "--overdue", "--format", "json")
        #expect(after.status == 0 && before.status == 0 && equalsForm.status == 0)
        #expect(before.stdout == after.stdout && equalsForm.stdout == after.stdout)
        #expect(ledger.run("--store", ledger.store, "units", "merge", "区市场监管局", "区市场监督管理局").status == 0)
    }

    @Test func dryRunShowsWarningsWithLineNumbersAndChangesNothing() throws {
        let dir = TempDir("dry")
        let r = CommandRunner.taizhang(["import", "--dry-run", TestPaths.seed("002")], env: ["TAIZHANG_STORE": dir.file("l.json")])
        #expect(r.status == 0)
        #expect(r.stdout.contains("line 4: 12月底"))
        #expect(r.stdout.contains("DG17-7.1"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("l.json")))
    }
}
