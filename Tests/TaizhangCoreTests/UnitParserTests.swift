import Testing
@testable import TaizhangCore

private let parser = UnitParser()

private func lead(_ name: String, collective: Bool = false) -> UnitAssignment {
    UnitAssignment(name: name, role: .lead, level: .task, collective: collective)
}

private func support(_ name: String, collective: Bool = false) -> UnitAssignment {
    UnitAssignment(name: name, role: .support, level: .task, collective: collective)
}

private func responsible(_ name: String, collective: Bool = false) -> UnitAssignment {
    UnitAssignment(name: name, role: .responsible, level: .task, collective: collective)
}

private func units(_ written: String, columnRole: UnitRole? = nil) -> [UnitAssignment] {
    parser.parse(written, level: .task, columnRole: columnRole).units
}

/// A cell from a seed plan and every unit it names.
struct SeedCell: Sendable, CustomTestStringConvertible {
    let written: String
    var columnRole: UnitRole?
    let expected: [UnitAssignment]
    var andOthers = false
    var testDescription: String { written }
}

/// Responsible-unit cells as written in real plans, read by `UnitParser`.
@Suite("UnitParser") struct UnitParserTests {}

extension UnitParserTests {
    @Suite("real cells from the seed plans") struct Seeds {
        static let cells: [SeedCell] = [
            SeedCell(written: "办公室牵头,各部门落实",
                     expected: [lead("办公室"), responsible("各部门", collective: true)]),
            SeedCell(written: "区发展改革局牵头,区各单位落实;各镇(街)",
                     expected: [lead("区发展改革局"), responsible("区各单位", collective: true),
                                support("各镇（街）", collective: true)]),
            SeedCell(written: "区发展改革局、科技工业商务信息化局、市场监管局",
                     expected: [responsible("区发展改革局"), responsible("区科技工业商务信息化局"),
                                responsible("区市场监管局")]),
            SeedCell(written: "审批科、信用监管科、价监科、知识产权科、网广科",
                     expected: ["审批科", "信用监管科", "价监科", "知识产权科", "网广科"].map { responsible($0) }),
            SeedCell(written: "局防控办牵头,各部门落实",
                     expected: [lead("局防控办"), responsible("各部门", collective: true)]),
            SeedCell(written: "办公室会执法应急科牵头,各部门落实",
                     expected: [lead("办公室"), lead("执法应急科"), responsible("各部门", collective: true)]),
            SeedCell(written: "办公室会法规科牵头,各部门落实",
                     expected: [lead("办公室"), lead("法规科"), responsible("各部门", collective: true)]),
            SeedCell(written: "区卫生健康局、科技工业商务信息化局、市场监管局、交通运输局;各镇(街)",
                     expected: [responsible("区卫生健康局"), responsible("区科技工业商务信息化局"),
                                responsible("区市场监管局"), responsible("区交通运输局"),
                                responsible("各镇（街）", collective: true)]),
            SeedCell(written: "区政务公开办牵头,区各单位、各镇(街)",
                     expected: [lead("区政务公开办"), support("区各单位", collective: true),
                                support("各镇（街）", collective: true)]),
            SeedCell(written: "办公室、人事科", expected: [responsible("办公室"), responsible("人事科")]),
            SeedCell(written: "“放管服”改革和营商环境监督科、政务公开指导办、政府网站",
                     expected: [responsible("“放管服”改革和营商环境监督科"), responsible("政务公开指导办"),
                                responsible("政府网站")]),
            SeedCell(written: "政务公开指导办、政府网站,各相关科室",
                     expected: [responsible("政务公开指导办"), responsible("政府网站"),
                                responsible("各相关科室", collective: true)]),
            SeedCell(written: "会务联络科、政务公开指导办",
                     expected: [responsible("会务联络科"), responsible("政务公开指导办")]),
            SeedCell(written: "市编办、市政务服务办、市各有关单位,各镇(街、园区)",
                     expected: [responsible("市编办"), responsible("市政务服务办"),
                                responsible("市各有关单位", collective: true),
                                responsible("各镇（街、园区）", collective: true)]),
            SeedCell(written: "市法制局、各行政执法部门",
                     expected: [responsible("市法制局"), responsible("各行政执法部门", collective: true)]),
            SeedCell(written: "各镇（街道），区政府各部门、各直属机构等按职责分工负责。",
                     expected: [responsible("各镇（街道）", collective: true),
                                responsible("区政府各部门", collective: true),
                                responsible("各直属机构", collective: true)],
                     andOthers: true),
            SeedCell(written: "区政府督查室、区审计局按职责分工负责，各镇（街道）",
                     expected: [responsible("区政府督查室"), responsible("区审计局"),
                                responsible("各镇（街道）", collective: true)]),
            SeedCell(written: "区司法局牵头区直有关行政执法部门，各镇（街道）",
                     expected: [lead("区司法局"), support("区直有关行政执法部门", collective: true),
                                support("各镇（街道）", collective: true)]),
            SeedCell(written: "区农业农村和水利局牵头，区财政局，区政府各部门、各直属机构，各镇（街道）",
                     expected: [lead("区农业农村和水利局"), support("区财政局"),
                                support("区政府各部门", collective: true), support("各直属机构", collective: true),
                                support("各镇（街道）", collective: true)]),
            SeedCell(written: "区城管局、区住建局、区农业农村和水利局、区自然资源局等按职责分工负责，各镇（街道）",
                     expected: [responsible("区城管局"), responsible("区住建局"), responsible("区农业农村和水利局"),
                                responsible("区自然资源局"), responsible("各镇（街道）", collective: true)],
                     andOthers: true),
            SeedCell(written: "区政府办公室(区网站管理中心)、区政务服务数据局牵头, 各镇(街道), 区政府各部门、各直属机构",
                     expected: [lead("区政府办公室（区网站管理中心）"), lead("区政务服务数据局"),
                                support("各镇（街道）", collective: true), support("区政府各部门", collective: true),
                                support("各直属机构", collective: true)]),
            SeedCell(written: "区政务服务数据管理局牵头,承担对外服务职能的区直各单位、各镇(街道)",
                     expected: [lead("区政务服务数据管理局"), support("承担对外服务职能的区直各单位", collective: true),
                                support("各镇（街道）", collective: true)]),
            SeedCell(written: "区财政局牵头，区金融工作局、区金融服务中心、各镇（街道）",
                     expected: [lead("区财政局"), support("区金融工作局"), support("区金融服务中心"),
                                support("各镇（街道）", collective: true)]),
            SeedCell(written: "食品安全协调处、办公室等", columnRole: .lead,
                     expected: [lead("食品安全协调处"), lead("办公室")], andOthers: true),
        ]

        @Test(arguments: cells)
        func seedCell(cell: SeedCell) {
            let parsed = parser.parse(cell.written, level: .task, columnRole: cell.columnRole)
            #expect(parsed.units == cell.expected)
            #expect(parsed.cell == UnitCell(level: .task, written: cell.written, andOthers: cell.andOthers))
        }
    }
}

extension UnitParserTests {
    @Suite("separators and brackets") struct Separators {
        @Test(arguments: ["区财政局、区税务局", "区财政局,区税务局", "区财政局，区税务局", "区财政局;区税务局",
                          "区财政局；区税务局", "区财政局 区税务局", "区财政局\u{3000}区税务局", "区财政局 、 区税务局"])
        func separatorsBetweenNames(written: String) {
            #expect(units(written) == [responsible("区财政局"), responsible("区税务局")])
        }

        /// Separators inside brackets belong to the unit: 各镇(街、园区) is one unit, however bracketed.
        @Test(arguments: ["各镇(街、园区)", "各镇（街、园区）", "各镇【街、园区】", "各镇[街、园区]",
                          "各镇〔街、园区〕", "各镇 (街、园区)", "各镇(街、 园区)"])
        func bracketsHoldOneUnit(written: String) {
            #expect(units(written) == [responsible("各镇（街、园区）", collective: true)])
        }

        @Test func clauseSeparatorsInsideBracketsDoNotSplit() {
            #expect(units("各镇(街,园区;开发区),区财政局") ==
                [responsible("各镇（街,园区;开发区）", collective: true), responsible("区财政局")])
        }

        @Test func unbalancedBracketKeepsTheRestAsOneUnitAndSaysSo() {
            let parsed = parser.parse("各镇(街、园区,区财政局", level: .task)
            #expect(parsed.units.count == 1)
            #expect(parsed.notes.contains { $0.hasPrefix("unbalanced brackets") })
        }

        @Test func cellIsKeptAsWrittenTrimmed() {
            let parsed = parser.parse("  各镇（街道），区政府各部门\u{3000}", level: .measure)
            #expect(parsed.cell == UnitCell(level: .measure, written: "各镇（街道），区政府各部门"))
            #expect(parsed.units.allSatisfy { $0.level == .measure })
        }

        @Test(arguments: ["", "   ", "\u{3000}"])
        func blankCellHasNoUnits(written: String) {
            let parsed = parser.parse(written, level: .task)
            #expect(parsed == ParsedUnits(units: [], cell: UnitCell(level: .task, written: ""), notes: ["no unit given"]))
        }
    }
}

extension UnitParserTests {
    @Suite("roles") struct Roles {
        /// A marker at the end of a clause gives its role to every name in the clause.
        @Test(arguments: [
            ("牵头", UnitRole.lead), ("分别牵头", .lead), ("共同牵头", .lead), ("配合", .support), ("参与", .support),
            ("协助", .support), ("负责", .responsible), ("落实", .responsible), ("按职责分工负责", .responsible),
            ("分别负责", .responsible), ("具体负责", .responsible), ("牵头负责", .lead), ("配合落实", .support),
        ] as [(String, UnitRole)])
        func markerAtClauseEnd(marker: String, role: UnitRole) {
            let expected = ["区财政局", "区税务局"].map { UnitAssignment(name: $0, role: role, level: .task) }
            #expect(units("区财政局、区税务局" + marker) == expected)
        }

        @Test func leadThenSupport() {
            #expect(units("区财政局牵头,区税务局配合") == [lead("区财政局"), support("区税务局")])
            #expect(units("区财政局牵头、区税务局配合") == [lead("区财政局"), support("区税务局")])
        }

        /// "A牵头,B、C": with a lead in the cell, unmarked names support.
        @Test func unmarkedNamesSupportALead() {
            #expect(units("区财政局牵头,区税务局、区审计局") ==
                [lead("区财政局"), support("区税务局"), support("区审计局")])
        }

        /// Without a lead, unmarked names are responsible.
        @Test func unmarkedNamesWithoutLeadAreResponsible() {
            #expect(units("区税务局、区审计局") == [responsible("区税务局"), responsible("区审计局")])
        }

        @Test(arguments: ["办公室会同法规科牵头", "办公室会法规科牵头"])
        func jointLeads(written: String) {
            #expect(units(written) == [lead("办公室"), lead("法规科")])
        }

        /// 会 inside a name is no join.
        @Test(arguments: ["区总工会", "区人力资源和社会保障局", "区财政局会计科", "会议室管理办", "区妇联会"])
        func joinCharacterInsideANameStays(name: String) {
            #expect(units(name + "牵头") == [lead(name)])
        }

        /// "A牵头B": A leads, B supports.
        @Test func leadFollowedDirectlyByAnotherName() {
            #expect(units("区司法局牵头区直有关行政执法部门") ==
                [lead("区司法局"), support("区直有关行政执法部门", collective: true)])
            #expect(units("区司法局、区公安局牵头区直有关部门") ==
                [lead("区司法局"), lead("区公安局"), support("区直有关部门", collective: true)])
        }

        /// 各牵头单位 is a name, not "各 leads 单位".
        @Test func leadUnitsAsAName() {
            #expect(units("各牵头单位") == [responsible("各牵头单位", collective: true)])
        }

        @Test func markerInBracketsIsAMarker() {
            #expect(units("区财政局(牵头)、区税务局") == [lead("区财政局"), support("区税务局")])
        }

        @Test func markerAfterASpace() {
            #expect(units("区政府办公室 牵头, 各镇(街道)") ==
                [lead("区政府办公室"), support("各镇（街道）", collective: true)])
        }

        /// Role words and trailing punctuation are never part of a name.
        @Test(arguments: ["各部门落实。", "各部门落实.", "各部门负责，", "各部门按职责分工负责。"])
        func roleWordsAreNotNames(written: String) {
            #expect(units(written) == [responsible("各部门", collective: true)])
        }
    }
}

extension UnitParserTests {
    @Suite("column role and labels") struct ColumnRole {
        @Test func columnRoleGivesUnmarkedNamesTheirRole() {
            #expect(units("区财政局、区税务局", columnRole: .lead) == [lead("区财政局"), lead("区税务局")])
        }

        /// The header speaks for names without a marker, even beside a lead.
        @Test func columnRoleBeatsTheSupportDefault() {
            #expect(units("区财政局牵头,区税务局", columnRole: .responsible) ==
                [lead("区财政局"), responsible("区税务局")])
        }

        @Test func ownMarkerBeatsColumnRole() {
            #expect(units("区财政局、区税务局配合", columnRole: .lead) == [support("区财政局"), support("区税务局")])
        }

        @Test(arguments: ["牵头单位:区财政局、区税务局", "牵头单位：区财政局、区税务局", "牵头部门:区财政局、区税务局",
                          "(牵头部门:区财政局、区税务局)", "（牵头部门：区财政局、区税务局）"])
        func leadLabelMakesTheColumnLead(written: String) {
            #expect(units(written) == [lead("区财政局"), lead("区税务局")])
        }

        @Test(arguments: ["责任单位:区财政局、区税务局", "责任部门：区财政局、区税务局"])
        func responsibleLabelIsStripped(written: String) {
            #expect(units(written) == [responsible("区财政局"), responsible("区税务局")])
        }

        /// A given column role is not replaced by a label.
        @Test func givenColumnRoleWinsOverALabel() {
            #expect(units("牵头单位:区财政局", columnRole: .support) == [support("区财政局")])
        }

        @Test func laterLabelsGiveTheirClauseARole() {
            #expect(units("牵头单位:区财政局;责任单位:区税务局") == [lead("区财政局"), responsible("区税务局")])
            #expect(units("区财政局牵头;配合单位:区税务局") == [lead("区财政局"), support("区税务局")])
        }
    }
}

extension UnitParserTests {
    @Suite("names") struct Names {
        @Test func trailingAndOthers() {
            let parsed = parser.parse("区发改局等按职责分工负责", level: .task)
            #expect(parsed.units == [responsible("区发改局")])
            #expect(parsed.cell.andOthers)
            #expect(parsed.notes == ["trailing 等: more units than listed"])
        }

        @Test(arguments: ["区发改局等部门按职责分工负责", "区发改局等单位负责"])
        func andOthersWithANoun(written: String) {
            let parsed = parser.parse(written, level: .task)
            #expect(parsed.units == [responsible("区发改局")])
            #expect(parsed.cell.andOthers)
        }

        @Test func noAndOthersWithoutTrailingDeng() {
            let parsed = parser.parse("区发改局、区财政局", level: .task)
            #expect(!parsed.cell.andOthers)
            #expect(parsed.notes.isEmpty)
        }

        @Test func prefixCarriesToTheLatestPrefixedName() {
            #expect(units("市财政局、区税务局、审计局") ==
                [responsible("市财政局"), responsible("区税务局"), responsible("区审计局")])
            #expect(units("区财政局牵头,税务局") == [lead("区财政局"), support("区税务局")])
        }

        /// 本…, 局… (the bureau's own departments) and collective names take no prefix.
        @Test func prefixDoesNotCarryToOwnOrCollectiveNames() {
            #expect(units("区财政局、局办公室、本局财务科、各镇(街)") ==
                [responsible("区财政局"), responsible("局办公室"), responsible("本局财务科"),
                 responsible("各镇（街）", collective: true)])
        }

        /// A collective name gives no prefix: 区政府各部门 is no 区 body to carry from.
        @Test func collectiveNameGivesNoPrefix() {
            #expect(units("区政府各部门、各直属机构、财务科") ==
                [responsible("区政府各部门", collective: true), responsible("各直属机构", collective: true),
                 responsible("财务科")])
        }

        /// 市场监管局 starts with 市 but is no 市 body.
        @Test func marketIsNotACityPrefix() {
            #expect(units("市场监管局、办公室") == [responsible("市场监管局"), responsible("办公室")])
        }

        @Test func sameUnitTwiceKeepsTheStrongestRole() {
            let parsed = parser.parse("区财政局配合,区财政局牵头,区税务局配合,区税务局负责", level: .task)
            #expect(parsed.units == [lead("区财政局"), responsible("区税务局")])
            #expect(parsed.notes.count == 2)
        }

        /// After the prefix is carried, 市场监管局 and 区市场监管局 are the same unit.
        @Test func carriedPrefixMakesADuplicate() {
            #expect(units("区市场监管局牵头,区财政局、市场监管局") == [lead("区市场监管局"), support("区财政局")])
        }

        @Test(arguments: [
            ("区政府办公室(区网站管理中心)", "区政府办公室（区网站管理中心）"), (" 各部门。", "各部门"),
            ("区 财政局", "区财政局"), ("各镇（街）,", "各镇（街）"), ("办公室.", "办公室"), ("办公室，", "办公室"),
            ("ＡＢ科", "AB科"), ("各镇【街】", "各镇（街）"), ("各镇〔街〕", "各镇（街）"),
        ] as [(String, String)])
        func normalize(raw: String, canonical: String) {
            #expect(UnitName.normalize(raw) == canonical)
        }

        @Test(arguments: ["各部门", "区各单位", "各镇（街）", "各相关科室", "区直有关行政执法部门", "市各有关单位",
                          "区政府各部门", "全体干部", "所有科室"])
        func collective(name: String) {
            #expect(UnitName.isCollective(name))
        }

        @Test(arguments: ["区财政局", "办公室", "政务公开指导办", "区政府办公室（区网站管理中心）", "市场监管局"])
        func notCollective(name: String) {
            #expect(!UnitName.isCollective(name))
        }
    }
}
