import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// A JSON list copies a task's text, measure and unit cells from the snapshot when they are
/// already what the writer writes (`VerbatimDetails`); the list must be byte for byte the one
/// made by decoding them, whatever the text holds and however the file was edited.
@Suite struct TaskJSONVerbatimTests {
    static let texts = ["普通的要求。", "含“引号”和\"ASCII 引号\"与\\反斜杠", "制表\t换行\n回车\r", "C1 \u{85} 控制", "分隔\u{2028}符",
                        "双向\u{202E}控制", "表情😀", "DEL\u{7F}", "控制\u{01}", "/斜杠/", String(repeating: "长文本ab", count: 40), ""]
    let asOf = Day(year: 2021, month: 10, day: 15)!

    /// Tasks with each text as requirement, measure (or none) and unit cell (or none).
    private func ledger() -> Ledger {
        let base = SampleLedger.make(plans: 3, tasksPerPlan: Self.texts.count, notes: 1)
        var tasks = base.tasks
        for i in tasks.indices {
            let text = Self.texts[i % Self.texts.count]
            tasks[i].text = text
            tasks[i].measure = i % 3 == 0 ? nil : text + "措施"
            tasks[i].unitCells = i % 3 == 1 ? [] : [UnitCell(level: .task, written: text), UnitCell(level: .measure, written: "科室")]
            tasks[i].review = i % 4 == 0 ? [] : [ReviewFlag(.yearGuessed, "year of \"\(text)\" taken"), ReviewFlag(.textGuessed, text)]
            tasks[i].reviewed = i % 5 == 0
            tasks[i].lines = [i + 1]
            if i % 2 == 0 { tasks[i].notes = [] }
        }
        return Ledger(plans: base.plans, tasks: tasks, aliases: [:])
    }

    /// The list a command makes from the snapshot (details and marks left in the mapped file,
    /// copied where they can be), and the list made from the same file decoded whole.
    /// `edit` changes the file's text first, as a person with an editor might.
    private func bothLists(_ ledger: Ledger, edit: (String) -> String = { $0 }) throws -> (copied: [UInt8], decoded: [UInt8], copiedTasks: Int) {
        let dir = TempDir()
        let path = dir.file("ledger.json")
        let encoded = SnapshotCodec.encode(ledger, header: SnapshotHeader(generation: 1, seq: 0, saved: Timestamp(seconds: 1_700_000_000)))
        let bytes = Array(edit(String(decoding: encoded, as: UTF8.self)).utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let lazy = try SnapshotFile(path: path, permissions: FilePermissions(directory: dir.path)).read(only: nil).ledger
        let copiedTasks = lazy.tasks.filter { $0.verbatimDetails() != nil }.count
        let whole = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0).0 }
        #expect(whole.tasks.allSatisfy { $0.verbatimDetails() == nil && $0.lazyReview == nil }, "decoded whole, nothing is copied")
        return (TaskJSON.array(lazy.tasks, ledger: lazy, asOf: asOf), TaskJSON.array(whole.tasks, ledger: whole, asOf: asOf), copiedTasks)
    }

    @Test func aCopiedListIsTheDecodedOne() throws {
        let (copied, decoded, copiedTasks) = try bothLists(ledger())
        #expect(copied == decoded)
        #expect(String(decoding: copied, as: UTF8.self).contains("\"lastNote\":{"))
        // The plain texts are copied; those the writer escapes are not (they hold \" \\ \t … only
        // when escaped the writer's way, so some are copied too).
        #expect(copiedTasks > 0 && copiedTasks < Self.texts.count * 3, "\(copiedTasks)")
    }

    /// Escapes this writer never makes (`\u` for a letter, `\/`), and marks with a space or a
    /// member it does not write.
    @Test func aHandEditedFileIsDecodedNotCopied() throws {
        let (copied, decoded, _) = try bothLists(ledger()) { text in
            text.replacingOccurrences(of: "\"text\":\"普通的要求。\"", with: "\"text\":\"\\u666e通的要求。\"")
                .replacingOccurrences(of: "/斜杠/", with: "\\/斜杠\\/")
                .replacingOccurrences(of: "{\"kind\":\"text-guessed\",\"message\":\"DEL", with: "{ \"kind\":\"text-guessed\",\"message\":\"DEL")
                .replacingOccurrences(of: "表情😀\\\" taken\"}", with: "表情😀\\\" taken\",\"extra\":1}")
        }
        #expect(copied == decoded)
        let list = String(decoding: copied, as: UTF8.self)
        #expect(list.contains("\"text\":\"普通的要求。\"") && list.contains("\"/斜杠/\""))
    }

    /// Tasks without unit cells (the writer leaves the member out) edited to have them after
    /// the source lines, where the writer never puts them: they are found.
    @Test func cellsAfterTheLinesAreFound() throws {
        let (copied, decoded, _) = try bothLists(ledger()) { text in
            text.replacingOccurrences(of: "措施\",\"lines\":[", with: "措施\",\"lines\":[],\"unitCells\":[{\"level\":\"task\",\"written\":\"后写的单位\"}],\"lines\":[")
        }
        #expect(copied == decoded)
        #expect(String(decoding: copied, as: UTF8.self).contains("后写的单位"))
    }

    /// A damaged cell (an unknown level, a level that is not a string): the copy shows what
    /// decoding the same file's details shows.
    @Test func aDamagedCellShowsWhatDecodingShows() throws {
        let dir = TempDir()
        let path = dir.file("ledger.json")
        let encoded = String(decoding: SnapshotCodec.encode(ledger(), header: SnapshotHeader(generation: 1, seq: 0,
                                                                                              saved: Timestamp(seconds: 0))), as: UTF8.self)
        let damaged = encoded.replacingOccurrences(of: #"{"level":"measure","written":"科室"}"#, with: #"{"level":"floor","written":"科室"}"#)
            .replacingOccurrences(of: #"[{"level":"task","written":"普通的要求。"}"#, with: #"[{"level":7,"written":"普通的要求。"}"#)
        #expect(damaged != encoded)
        try Data(damaged.utf8).write(to: URL(fileURLWithPath: path))
        let lazy = try SnapshotFile(path: path, permissions: FilePermissions(directory: dir.path)).read(only: nil).ledger
        let copied = TaskJSON.array(lazy.tasks, ledger: lazy, asOf: asOf)
        for t in lazy.tasks { _ = t.details(.all) }
        #expect(copied == TaskJSON.array(lazy.tasks, ledger: lazy, asOf: asOf))
    }
}
