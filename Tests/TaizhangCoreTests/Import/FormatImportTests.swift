import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// One plan in every form an office receives it (Tests/Fixtures/formats, made by
/// make_fixtures.py with python-docx, LibreOffice and a web page as sites write them) gives
/// the same tasks as the typed text of the plan. LibreOffice and pdftotext must be installed
/// (scripts/test installs them).
@Suite(.serialized) struct FormatImportTests {
    static func same(_ fixture: String, as reference: String) throws {
        let text = try OfficeImportTests.read(TestPaths.fixture("formats/" + reference))
        let other = try OfficeImportTests.read(TestPaths.fixture("formats/" + fixture))
        #expect(text.tasks.count >= 4)
        #expect(other.plan.title == text.plan.title)
        #expect(other.plan.year == text.plan.year)
        #expect(other.tasks.count == text.tasks.count, "\(fixture): \(other.tasks.count) tasks, text \(text.tasks.count)")
        let expected = text.tasks.map { OfficeImportTests.signature($0, text.plan) }
        let actual = other.tasks.map { OfficeImportTests.signature($0, other.plan) }
        for (e, a) in zip(expected, actual) where e != a { Issue.record("\(fixture):\n  text:   \(e)\n  other:  \(a)") }
        #expect(other.plan.sections.map(\.heading) == text.plan.sections.map(\.heading))
        #expect(other.plan.fragments.map(\.text) == [], "\(fixture)")
    }

    @Test(arguments: ["table-plan.docx", "table-plan.doc", "table-plan.pdf", "table-plan.html", "table-plan-gbk.html",
                      "table-plan.xls"])
    func tablePlanReadsAsItsText(fixture: String) throws {
        try Self.same(fixture, as: "table-plan.txt")
    }

    @Test func headingPlanReadsAsItsText() throws {
        try Self.same("heading-plan.docx", as: "heading-plan.txt")
    }

    @Test func wpsAndEtAreReadByContentThroughLibreOffice() throws {
        // Kingsoft's .wps and .et are Word and Excel 97 files under other names.
        for (from, to) in [("table-plan.doc", "plan.wps"), ("table-plan.xls", "plan.et")] {
            let bytes = try [UInt8](#require(FileManager.default.contents(atPath: TestPaths.fixture("formats/" + from))))
            let r = try PlanImporter.read(bytes: bytes, fileName: to, options: ImportOptions(actor: "t", now: OfficeImportTests.now),
                                          ledger: Ledger())
            #expect(r.tasks.count == 10, "\(to)")
        }
    }

    @Test func wordNumberingHeadingsTextBoxesAndTrackedChangesAreReadAsShown() throws {
        let bytes = try [UInt8](#require(FileManager.default.contents(atPath: TestPaths.fixture("formats/heading-plan.docx"))))
        let lines = try DocxReader.read(bytes).rows.map(\.text)
        #expect(lines.contains("一、全面推进决策公开"))      // Heading 1, numbered through its style
        #expect(lines.contains("（一）推进决策公开"))        // 标题 2, no number: numbered as 公文 do
        #expect(lines.contains("（一）做好政策解读"))        // restarted under the next 一、
        #expect(lines.contains { $0.hasPrefix("1.严格落实") } && lines.contains { $0.hasPrefix("4.坚持政策文件") })
        #expect(lines.contains("示市监办〔2021〕3号"))        // the text box
        #expect(lines.contains { $0.hasPrefix("3.继续做好财政预决算、涉企收费项目和收费标准信息公开。(牵头部门") })
        #expect(!lines.contains { $0.contains("专项资金") })   // the tracked deletion
        #expect(!lines.contains { $0.contains("请各部门对照落实") || $0.contains("办公室 文件") || $0.contains("市场监管局 ") })
    }

    @Test func pdfPagesLoseHeadersFootersAndNumbersAndKeepRowsBrokenByAPage() throws {
        let bytes = try [UInt8](#require(FileManager.default.contents(atPath: TestPaths.fixture("formats/table-plan.pdf"))))
        let rows = try PDFReader.read(bytes).rows
        #expect(!rows.contains { $0.text.contains("办公室 文件") || $0.text.contains("第1页") || $0.text.contains("第2页") })
        #expect(rows.filter { $0.cells.first?.text == "序号" }.count == 1)
        let seven = try #require(rows.first { $0.cells.first?.text == "7" })
        #expect(seven.cells[2].text.hasSuffix("对内容更新不及时、互动回应差的账号及时整改或关停。"))
        #expect(seven.cells[3].text == "区委网信办、区政务服务数据管理局")
        let nine = try #require(rows.first { $0.cells.first?.text == "9" })
        #expect(nine.cells.last?.text == "2021年11月30日")
    }
}

/// Word's list numbering counted as Word counts it.
@Suite struct DocxNumberingTests {
    static func numbering(_ body: String) throws -> DocxNumbering {
        let xml = "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\(body)</w:numbering>"
        return DocxNumbering(try XMLNode.parse(Data(xml.utf8), part: "numbering.xml"))
    }

    static func level(_ i: Int, _ format: String, _ text: String, start: Int = 1, extra: String = "") -> String {
        "<w:lvl w:ilvl=\"\(i)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>\(extra)</w:lvl>"
    }

    @Test func formatsAsTheReaderSeesThem() {
        let cases: [(Int, String, String)] = [
            (3, "chineseCounting", "三"), (12, "chineseCounting", "十二"), (20, "chineseCountingThousand", "二十"),
            (3, "ideographTraditional", "丙"), (11, "ideographTraditional", "甲"), (2, "ideographZodiac", "丑"),
            (3, "decimalEnclosedParen", "⑶"), (3, "decimalEnclosedCircle", "③"), (3, "decimalEnclosedFullstop", "⒊"),
            (12, "decimalFullWidth", "１２"), (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "decimalZero", "07"),
            (3, "chineseLegalSimplified", "叁"), (5, "bullet", ""), (9, "cardinalText", "9"),
        ]
        for (n, format, shown) in cases { #expect(ListNumberFormat.render(n, format: format) == shown, "\(format) \(n)") }
    }

    @Test func levelsRestartBelowAndLabelsCombineLevels() throws {
        var n = try Self.numbering("""
            <w:abstractNum w:abstractNumId="1">\(Self.level(0, "chineseCounting", "%1、"))\(Self.level(1, "chineseCounting", "（%2）"))\
            \(Self.level(2, "decimal", "%1.%3", extra: "<w:isLgl/>"))</w:abstractNum>
            <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
            """)
        let seen = [(0), (1), (1), (2), (0), (1), (2)].map { n.next(numID: "5", level: $0) ?? "nil" }
        #expect(seen == ["一、", "（一）", "（二）", "1.1 ", "二、", "（一）", "2.1 "]) // a gap after a digit
        #expect(n.next(numID: "0", level: 0) == nil && n.next(numID: "9", level: 0) == nil)
    }

    @Test func instancesShareCountersAndOverridesRestartThem() throws {
        var n = try Self.numbering("""
            <w:abstractNum w:abstractNumId="1">\(Self.level(0, "decimal", "%1."))\(Self.level(1, "decimal", "(%2)", extra: "<w:lvlRestart w:val=\"0\"/>"))</w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
            """)
        #expect(n.next(numID: "1", level: 0) == "1.")
        #expect(n.next(numID: "1", level: 1) == "(1)")
        #expect(n.next(numID: "2", level: 0) == "2.")      // the same list goes on
        #expect(n.next(numID: "2", level: 1) == "(2)")     // lvlRestart 0: never restarts
        #expect(n.next(numID: "3", level: 0) == "1.")      // startOverride restarts
        #expect(n.next(numID: "3", level: 0) == "2.")      // … once
        #expect(n.next(numID: "4", level: 0) == "C)")      // an overriding level definition
    }

    @Test func stylesNameTheirHeadingLevels() throws {
        let xml = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 3"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Custom"/></w:style>
            <w:style w:type="paragraph" w:styleId="x"><w:name w:val="要点"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="y"><w:name w:val="我的标题"/><w:basedOn w:val="x"/></w:style>
            <w:style w:type="paragraph" w:styleId="z"><w:name w:val="正文"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
            </w:styles>
            """
        let styles = DocxStyles(try XMLNode.parse(Data(xml.utf8), part: "styles.xml"))
        #expect(styles.headingLevel("1") == 1 && styles.headingLevel("a5") == 3 && styles.headingLevel("Heading2") == 2)
        #expect(styles.headingLevel("x") == 2 && styles.headingLevel("y") == 2)
        #expect(styles.headingLevel("a") == nil && styles.headingLevel("missing") == nil)
        #expect(styles.numbering("z")?.numID == "7" && styles.numbering("a") == nil)
    }

    @Test func headingsByStyleAreNumberedAndATitleIsLeftAlone() {
        func row(_ text: String, _ level: Int?) -> OfficeRow { OfficeRow(line: 0, cells: [OfficeCell(text)], headingLevel: level) }
        let rows = HeadingMarkers.apply([row("某区2021年工作要点", 1), row("总体要求", 2), row("正文", nil), row("(一)已有编号", 3),
                                         row("细项", 3), row("重点任务", 2), row("细项", 3)])
        #expect(rows.map { $0.cells[0].text } == ["某区2021年工作要点", "一、总体要求", "正文", "(一)已有编号", "（二）细项",
                                                  "二、重点任务", "（一）细项"])
    }

    @Test func nestedTablesInsertionsAndBoxesInCells() throws {
        let body = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>前</w:t></w:r><w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>\
            <w:r><w:commentReference/></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:del/></w:rPr></w:pPr><w:del><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内1</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>内2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>\
            <w:tc><w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:del/></w:trPr><w:tc><w:p><w:r><w:t>删行</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>
            """
        let bytes = try [UInt8](ZipParts.write([(path: "word/document.xml", text: body)]))
        let doc = try DocxReader.read(bytes)
        #expect(doc.rows.map { $0.cells.map(\.text) } == [["前插入"], ["外\n内1 内2", "框"]])
    }
}

/// Saved web pages read with libxml2's HTML parser.
@Suite struct HTMLReaderTests {
    static func rows(_ html: String, encoding: String.Encoding = .utf8) throws -> [[String]] {
        let bytes = [UInt8](html.data(using: encoding)!)
        return try HTMLReader.read(bytes, fileName: "page.html").document.rows.map { $0.cells.map(\.text) }
    }

    @Test func rowspanAndColspanFillTheGridAsMergedCellsDo() throws {
        let page = """
            <table><tr><th>序号</th><th>任务</th><th>单位</th></tr>
            <tr><td rowspan="2">A</td><td colspan="2">跨两列</td></tr>
            <tr><td>b</td><td rowspan="2">c</td></tr>
            <tr><td>d</td><td>e</td></tr></table>
            """
        let doc = try HTMLReader.read(Array(page.utf8), fileName: "p.html").document
        #expect(doc.rows.map { $0.cells.map(\.text) } == [["序号", "任务", "单位"], ["A", "跨两列"], ["A", "b", "c"], ["d", "e", "c"]])
        #expect(doc.rows[2].cells.map(\.continuesAbove) == [true, false, false])
        #expect(doc.rows[3].cells.map(\.continuesAbove) == [false, false, true])
    }

    @Test func scriptsStylesNavigationAndHiddenTextAreDropped() throws {
        let page = """
            <html><head><title>t</title><style>p{}</style></head><body><nav>首页</nav><div class="nav top">栏目</div>
            <script>var x = "脚本";</script><p>第一段
              继续</p><p style="display: none">隐藏</p><div>甲<br>乙</div><footer>版权</footer></body></html>
            """
        #expect(try Self.rows(page) == [["第一段 继续"], ["甲"], ["乙"]])
    }

    @Test func charsetComesFromTheMetaTag() throws {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\"></head><body><p>政务公开</p></body></html>"
        let gbk = [UInt8](SourceDecoder.convert(Array(page.utf8), from: "UTF-8", to: "GBK")!)
        let read = try HTMLReader.read(gbk, fileName: "p.htm")
        #expect(read.document.rows.map(\.text) == ["政务公开"])
        #expect(read.encoding.hasPrefix("GB18030"))
        #expect(HTMLReader.declaredCharset(Array("<meta charset='gb18030'>".utf8)) == "gb18030")
    }

    @Test func layoutTablesAreReadAsTheirContent() throws {
        let page = "<table><tr><td><p>标题</p><table><tr><td>序号</td><td>任务</td></tr></table></td></tr></table>"
        #expect(try Self.rows(page) == [["标题"], ["序号", "任务"]])
    }
}

/// The layout text of pdftotext made back into lines and rows.
@Suite struct PDFLayoutTests {
    @Test func pageNumbersAndRunningLinesAreDropped() {
        let text = "  某某文件\n正文一\n\n     - 1 -\n\u{0C}  某某文件\n正文二\n   第 2 页 共 2 页\n\u{0C}"
        #expect(PDFLayout.document(text).rows.map(\.text) == ["正文一", "正文二"])
        #expect(PDFLayout.Furniture.isPageNumber("— 12 —") && !PDFLayout.Furniture.isPageNumber("2021年"))
    }

    @Test func columnsComeFromTheHeaderAndWrappedCellsJoin() {
        let text = """
            序号   具体要求        责任单位     完成时限
            一、 第一部分重点工作任务
            1      公开 2021 年    区财政局     年底
                   预算信息。      牵头
            2      第二项                       6 月底前
            """
        let rows = PDFLayout.document(text).rows.map { $0.cells.map(\.text) }
        #expect(rows == [["序号", "具体要求", "责任单位", "完成时限"], ["一、第一部分重点工作任务"],
                         ["1", "公开2021年预算信息。", "区财政局牵头", "年底"], ["2", "第二项", "", "6月底前"]])
    }
}

/// What an import says when a converter is missing or a file is too large.
@Suite(.serialized) struct FormatErrorTests {
    @Test func aMissingConverterNamesTheDebianPackage() throws {
        let saved = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", "/nonexistent", 1)
        defer { setenv("PATH", saved, 1) }
        func message(_ name: String) -> String {
            do { _ = try PlanImporter.read(bytes: [0xD0, 0xCF, 0x11, 0xE0], fileName: name, options: ImportOptions(actor: "t", now: OfficeImportTests.now), ledger: Ledger()) }
            catch { return "\(error)" }
            return "no error"
        }
        #expect(message("plan.doc").contains("apt-get install libreoffice-writer-nogui"))
        #expect(message("plan.et").contains("apt-get install libreoffice-calc-nogui"))
        #expect(message("plan.pdf").contains("apt-get install poppler-utils"))
        #expect(message("plan.wps").hasPrefix("plan.wps: "))
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let path = NSTemporaryDirectory() + "/taizhang-limit-\(getpid()).txt"
        try Data(repeating: 0x41, count: 1_100_000).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        setenv("TAIZHANG_IMPORT_LIMIT_MB", "1", 1)
        defer { unsetenv("TAIZHANG_IMPORT_LIMIT_MB") }
        #expect(throws: ImportError.self) { _ = try PlanImporter.read(file: path, options: ImportOptions(actor: "t", now: OfficeImportTests.now), ledger: Ledger()) }
        do { _ = try PlanImporter.read(file: path, options: ImportOptions(actor: "t", now: OfficeImportTests.now), ledger: Ledger()) }
        catch { #expect("\(error)".contains("over the import limit of 1 MB")) }
    }

    @Test func progressIsPrintedOnlyOnceAnImportIsSlow() throws {
        final class Lines: @unchecked Sendable {
            private var all: [String] = []
            private let lock = NSLock()
            func add(_ line: String) { lock.withLock { all.append(line) } }
            var snapshot: [String] { lock.withLock { all } }
        }
        let lines = Lines()
        let progress = ImportProgress(strings: Strings(.en), after: 0.2, every: 0.1) { lines.add($0) }
        progress.update("plan.txt", phase: .phaseBuilding, rows: 3000)
        usleep(100_000)
        #expect(lines.snapshot.isEmpty)
        usleep(400_000)
        progress.stop()
        let late = lines.snapshot
        #expect(late.first?.hasPrefix("importing plan.txt: building tasks, 3000 rows read") == true, "\(late)")
    }
}
