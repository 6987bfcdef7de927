import Foundation
import Testing
@testable import TaizhangCore

/// A coordinator's corrections: applied to the reading, kept with the plan, applied again.
@Suite struct CorrectionsTests {
    /// Paragraphs whose units stand on the next line without a label: read as preamble.
    static let misread = """
    某县2024年民生实事
    新建城区公园两处,年底前开放。
    县住建局
    改造老旧小区十个。
    县住建局、各街道
    """

    @Test func theImporterMisreadsItWithoutCorrections() {
        #expect((try? importText(Self.misread)) == nil)
    }

    @Test func linesGivenKindsBecomeTasksAndUnits() throws {
        let c = ImportCorrections(kinds: [2: .task, 3: .units, 4: .task, 5: .units])
        let r = try importText(Self.misread, corrections: c)
        #expect(r.tasks.map(\.text) == ["新建城区公园两处,年底前开放。", "改造老旧小区十个。"])
        #expect(r.tasks[1].units.map(\.name) == ["县住建局", "各街道"])
        #expect(r.tasks[0].deadline.date == Day(year: 2024, month: 12, day: 31))
        #expect(r.plan.corrections == c)
    }

    @Test func joinAndFragmentAndHeading() throws {
        let text = "2024年任务清单\n一、民生\n1.新建公园。(县住建局牵头)\n含配套设施建设。\n附:说明文字\n"
        let r = try importText(text, corrections: ImportCorrections(kinds: [4: .join, 5: .fragment]))
        #expect(r.tasks.count == 1)
        #expect(r.tasks[0].text.contains("含配套设施建设"))
        #expect(r.plan.fragments.map(\.line) == [5])
        let lines = LineReading.lines(of: r)
        #expect(lines.first { $0.line == 4 }?.kind == .join)
        #expect(lines.first { $0.line == 5 }?.corrected == true)
    }

    @Test func aColumnSaidToHoldTheRequirement() throws {
        let text = "名目 | 说明 | 责任单位 |\n甲 | 新建公园两处。 | 县住建局 |\n"
        let c = ImportCorrections(columns: [0: .group, 1: .requirement])
        let r = try importText(text, year: 2024, corrections: c)
        #expect(r.plan.source.layout == "pipe-table")
        #expect(r.tasks.map(\.text) == ["新建公园两处。"])
        #expect(r.plan.sections.map(\.title) == ["甲"])
    }

    @Test func correctionsSurviveTheStoreAndApplyToANewVersion() throws {
        let c = ImportCorrections(kinds: [2: .task, 3: .units, 4: .task, 5: .units])
        var ledger = Ledger()
        PlanImporter.apply(try importText(Self.misread, name: "实事.txt", corrections: c), to: &ledger)
        // Through the snapshot codec, as the store keeps it.
        var w = JSONWriter()
        ModelCodec.write(ledger.plans[0], to: &w)
        let plan = try w.bytes.withUnsafeBytes { buf in
            var r = JSONReader(buf)
            return try ModelCodec.readPlan(&r)
        }
        #expect(plan.corrections == c)
        // The same file edited: no corrections given, the kept ones apply.
        let edited = Self.misread + "\n"
        let again = try importText(edited, name: "实事.txt", ledger: ledger)
        #expect(again.tasks.map(\.text) == ["新建城区公园两处,年底前开放。", "改造老旧小区十个。"])
    }

    @Test func thePreviewReadsAgainAtOnce() throws {
        var preview = ImportPreview(fileName: "x.txt", bytes: Array(Self.misread.utf8),
                                    options: ImportOptions(actor: "t", now: Timestamp(seconds: 0)), ledger: Ledger())
        #expect(preview.result == nil && preview.failure != nil)
        #expect(preview.lines.map(\.kind).contains(.fragment))
        for (line, kind) in [(2, LineKind.task), (3, .units)] { preview.correct(line: line, as: kind, ledger: Ledger()) }
        #expect(preview.result?.tasks.count == 1)
        preview.correct(line: 3, as: nil, ledger: Ledger())
        #expect(preview.result?.tasks.first?.units.isEmpty == true)
        var ledger = Ledger()
        _ = try preview.commit(into: &ledger)
        #expect(ledger.tasks.count == 1 && ledger.plans[0].corrections.kinds == [2: .task])
    }
}
