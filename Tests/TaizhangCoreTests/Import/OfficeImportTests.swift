import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// Word, Excel and CSV versions of seeds 000 and 001 (Tests/Fixtures/office, made by
/// make_fixtures.py with real merged cells) give the same plan as the text seeds.
@Suite struct OfficeImportTests {
    static let now = Timestamp(seconds: 1_634_256_000)

    static func read(_ path: String) throws -> ImportResult {
        try PlanImporter.read(file: path, options: ImportOptions(actor: "tester", now: now), ledger: Ledger())
    }

    /// Everything a task is made of that the document decides.
    static func signature(_ t: LedgerTask, _ plan: Plan) -> String {
        let units = t.units.map { "\($0.name)/\($0.role.rawValue)/\($0.level.rawValue)\($0.collective ? "*" : "")" }
        let d = t.deadline
        return [t.id.rawValue, t.number ?? "-", t.text, t.measure ?? "-", units.joined(separator: ","),
                t.unitCells.map(\.written).joined(separator: " / "), d.text ?? "-", d.kind.rawValue, d.date?.iso ?? "-",
                d.recurrence?.rawValue ?? "-", plan.section(t.section)?.heading ?? "-", t.review.map(\.kind.rawValue).joined(separator: ",")]
            .joined(separator: " | ")
    }

    @Test(arguments: [("000", "office/seed000.docx"), ("000", "office/seed000.xlsx"), ("000", "office/seed000.csv"),
                      ("001", "office/seed001.docx"), ("001", "office/seed001.xlsx")])
    func officeVersionReadsAsTheTextSeed(seed: String, fixture: String) throws {
        let text = try Self.read(TestPaths.seed(seed))
        let office = try Self.read(TestPaths.fixture(fixture))
        #expect(office.plan.id == text.plan.id)
        #expect(office.plan.title == text.plan.title)
        #expect(office.plan.year == text.plan.year)
        #expect(office.tasks.count == text.tasks.count)
        let expected = text.tasks.map { Self.signature($0, text.plan) }
        let actual = office.tasks.map { Self.signature($0, office.plan) }
        for (e, a) in zip(expected, actual) where e != a { Issue.record("\(fixture):\n  text:   \(e)\n  office: \(a)") }
        #expect(office.plan.sections.map(\.heading) == text.plan.sections.map(\.heading))
        #expect(office.plan.fragments.isEmpty, "\(office.plan.fragments)")
        let problems = LedgerCheck.run(Ledger(plans: [office.plan], tasks: office.tasks))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func wordMergesAreReadAsMergedCells() throws {
        let bytes = try #require(FileManager.default.contents(atPath: TestPaths.fixture("office/seed000.docx")))
        let doc = try DocxReader.read([UInt8](bytes))
        // The two titles, each merged across three columns, are two cells.
        #expect(doc.rows[0].cells.map(\.text) == ["广州市花都区2021年政务公开工作要点 (涉市场监管部分)",
                                                  "广州市花都区市场监督管理局2021年 政务公开工作要点细化分工"])
        // A section row merged across the table is one cell.
        #expect(doc.rows[2].cells.count == 1 && doc.rows[2].cells[0].text.hasPrefix("一、"))
        // Task 6 continues task 5's 区工作任务 and 区责任单位 cells (vMerge), filled with their text.
        let row6 = try #require(doc.rows.first { $0.cells.contains { $0.text.hasPrefix("6.持续深化") } })
        let row5 = try #require(doc.rows.first { $0.line == row6.line - 1 })
        #expect(row6.cells.map(\.continuesAbove) == [true, false, true, false, false, false])
        #expect(row6.cells[2].text == "区财政局牵头,区各单位落实;各镇(街)" && row6.cells[2].text == row5.cells[2].text)
        #expect(row6.cells[0].text == row5.cells[0].text)
        // The closing remark is a paragraph after the table.
        #expect(doc.rows.last?.cells.first?.text.hasPrefix("备注") == true && doc.rows.last?.cells.count == 1)
    }

    @Test func excelMergesAreReadAsMergedCellsAndRowsKeepTheirNumbers() throws {
        let bytes = try #require(FileManager.default.contents(atPath: TestPaths.fixture("office/seed000.xlsx")))
        let doc = try XlsxReader.read([UInt8](bytes))
        #expect(doc.rows.map(\.line) == Array(1...doc.rows.count))
        #expect(doc.rows[0].cells.count == 2 && doc.rows[2].cells.count == 1)
        let row6 = try #require(doc.rows.first { $0.cells.contains { $0.text.hasPrefix("6.持续深化") } })
        #expect(row6.cells.map(\.continuesAbove) == [true, false, true, false, false, false])
        let result = try Self.read(TestPaths.fixture("office/seed000.xlsx"))
        let t1 = try #require(result.tasks.first { $0.id.rawValue == "HD21-1" })
        #expect(t1.lines == [4]) // row 4 of the sheet
        #expect(result.plan.preamble.contains { $0.line == 41 && $0.text.hasPrefix("备注") })
    }

    @Test func csvKeepsQuotesCommasAndLineBreaksInCells() {
        let doc = CSVReader.read("\u{FEFF}序号,具体要求,责任单位\r\n1,\"公开\"\"清单\"\",含,逗号\",\"办公室\n法规科\"\r\n\r\n2,x,\r\n")
        #expect(doc.rows.map(\.line) == [1, 2, 3, 4])
        #expect(doc.rows[1].cells.map(\.text) == ["1", "公开\"清单\",含,逗号", "办公室\n法规科"])
        #expect(doc.rows[2].cells.isEmpty)
        #expect(doc.rows[3].cells.map(\.text) == ["2", "x", ""])
    }

    @Test func unreadableOfficeFilesNameTheFileAndThePart() throws {
        func error(_ bytes: [UInt8], _ name: String) -> String {
            do { _ = try PlanImporter.read(bytes: bytes, fileName: name, options: ImportOptions(actor: "t", now: Self.now), ledger: Ledger()) }
            catch { return "\(error)" }
            return "no error"
        }
        #expect(error(Array("not a zip".utf8), "plan.docx").hasPrefix("plan.docx: not a zip archive"))
        let noWorkbook = try [UInt8](ZipParts.write([(path: "hello.txt", text: "hi")]))
        #expect(error(noWorkbook, "plan.xlsx") == "plan.xlsx: the archive has no part xl/workbook.xml")
        let broken = try [UInt8](ZipParts.write([(path: "word/document.xml", text: "<w:document>\n<w:body><w:p></w:body>")]))
        #expect(error(broken, "plan.docx").hasPrefix("plan.docx: word/document.xml line 2:"))
        #expect(error([0xD0, 0xCF], "plan.doc").hasPrefix("plan.doc: ")) // through LibreOffice (FormatImportTests)
    }

    @Test func writtenWorkbooksReadBackCellForCell() throws {
        let rows = [["序号", "具体要求", "状态"], ["1", "公开 <清单> & \"目录\"\n第二行", "进行中"], ["2", "含控制符\u{1B}[31m", ""]]
        let data = try XLSXWriter.data([XLSXSheet(name: "HD21", rows: rows, widths: [6, 40, 10]), XLSXSheet(name: "a/b", rows: [["x"]])])
        let doc = try XlsxReader.read([UInt8](data))
        #expect(doc.rows.map { $0.cells.map(\.text) } == [rows[0], rows[1], ["2", "含控制符^[[31m"]])
        #expect(doc.warnings.first?.contains("a_b") == true) // the second sheet, its name made legal
        let sheet = try ZipParts.read([UInt8](data), parts: ["xl/worksheets/sheet1.xml"])["xl/worksheets/sheet1.xml"]!
        #expect(String(decoding: sheet, as: UTF8.self).contains("state=\"frozen\""))
    }
}

/// Cell values of a worksheet as Excel shows them.
@Suite struct SheetValueTests {
    static func cell(_ xml: String) throws -> XMLNode {
        try XMLNode.parse(Data(xml.utf8), part: "test.xml")
    }

    @Test func referencesNameRowAndColumn() {
        #expect(SheetGrid.reference("A1")! == (1, 1))
        #expect(SheetGrid.reference("$AB$12")! == (12, 28))
        #expect(SheetGrid.reference("12A") == nil && SheetGrid.reference("A") == nil)
    }

    @Test func datesNumbersSharedAndInlineStrings() throws {
        let shared = ["区财政局", "年底前"]
        let dateStyles: Set<Int> = [3]
        #expect(SheetGrid.value(try Self.cell(#"<c r="E5" s="3"><v>44561</v></c>"#), shared: shared, dateStyles: dateStyles) == "2021年12月31日")
        #expect(SheetGrid.value(try Self.cell(#"<c r="E5" s="1"><v>7.0</v></c>"#), shared: shared, dateStyles: dateStyles) == "7")
        #expect(SheetGrid.value(try Self.cell(#"<c r="C5" t="s"><v>1</v></c>"#), shared: shared, dateStyles: dateStyles) == "年底前")
        #expect(SheetGrid.value(try Self.cell(#"<c t="inlineStr"><is><r><t>办公室</t></r><r><t>牵头</t></r></is></c>"#),
                                shared: shared, dateStyles: dateStyles) == "办公室牵头")
    }

    @Test func dateFormatsAreFoundInTheStyles() throws {
        let styles = try Self.cell("""
            <styleSheet><numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
            <numFmt numFmtId="177" formatCode="0.00%"/></numFmts>
            <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/></cellXfs></styleSheet>
            """)
        #expect(XlsxReader.dateStyles(styles) == [1, 2])
    }
}
