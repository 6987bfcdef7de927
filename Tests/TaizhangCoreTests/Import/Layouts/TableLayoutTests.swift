import Testing
@testable import TaizhangCore

/// Tables as real plans arrive: columns by spaces, merged cells omitted, cells a line each,
/// records of labelled values.
@Suite struct TableLayoutTests {
    /// A full row is laid again only when a cell scores -5 or less, and columns of words are
    /// not looked at for that (their long cells cost most): they must never score so low.
    @Test func columnsOfWordsNeverScoreAsOutOfPlace() {
        let cells = ["", "1", "12", "一、总体要求", "(一)加强组织领导", "15.推进政务公开", "市发改局", "市发改局、市财政局",
                     "各镇(街、园区)", "年底前", "2021年6月底前", "长期坚持", "张三", "万元/人", "≥2%", "已完成",
                     String(repeating: "加强政务公开标准化规范化建设,", count: 12) + "。", "市发改局牵头,市财政局配合"]
        let words: [ColumnRole] = [.requirement, .measure, .leader, .progress, .remark]
        for role in words {
            #expect(!TableAssembler.mayBeOutOfPlace(role))
            for cell in cells { #expect(TableAssembler.fit(cell, role) > -5, "\(role) \(cell)") }
        }
        #expect(TableAssembler.mayBeOutOfPlace(.number) && TableAssembler.fit("加强组织领导", .number) <= -5)
    }

    /// A progress table of projects: when the target column holds figures, the project named
    /// on each row is the task and the figure its measure; when it holds prose, it stays the task.
    @Test func projectsWithFiguresAsTargets() throws {
        let figures = try importText("""
        某区2017年民生实事完成情况表
        序号 | 项目名称 | 责任单位 | 目标任务 | 完成情况 | 备注
        1 | 农村饮用水安全巩固提升 | 区农林水务局 | 1300人 | 700 |
        2 | 新增城镇就业岗位 | 区人社局 | 8950 | 7356 |
        3 | 建设农村公办幼儿园 | 区教育局 | 2所 | 1 |
        """)
        #expect(figures.tasks.map(\.text) == ["农村饮用水安全巩固提升", "新增城镇就业岗位", "建设农村公办幼儿园"])
        #expect(figures.tasks.map(\.measure) == ["1300人", "8950", "2所"])
        #expect(figures.tasks[1].unitRoles == ["区人社局/responsible"])
        let prose = try importText("""
        某区2022年民生实事完成情况表
        序号 | 项目名称 | 责任单位 | 目标任务 | 完成情况 | 备注
        1 | 改扩建泉山学校 | 区教育局 | 完成泉山学校一期2座教学楼建设并投入使用。 | 主体完工 |
        2 | 推进塑胶运动场地建设 | 区教育局 | 完成13处农村学校塑胶运动场地建设。 | 完成30% |
        3 | 推进课后服务 | 区教育局 | 对全区34所学校实行课后服务全覆盖。 | 已覆盖 |
        """)
        #expect(prose.tasks.allSatisfy { $0.measure == nil })
        #expect(prose.tasks[0].text.contains("完成泉山学校一期2座教学楼建设"))
    }

    /// A project table names many columns a ledger does not read (总投资, 累计完成投资): its
    /// header still counts, having a number, the work and its units; 建设规模及内容 is the work.
    @Test func aProjectTableWithManyUnreadColumns() throws {
        let result = try importText("""
        序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 至2021年底累计完成投资 | 累计完成率 | 责任单位
        1 | 中小学校护眼灯光工程 | 对全县70所中小学校教室照明进行提升 | 1800 | 2022 | 1800 | 100 | 县教育局
        2 | 医疗急救能力提升工程 | 在卫生院内设立120急救点,采购2辆负压救护车 | 260 | 2022 | 260 | 100 | 县卫健局
        """)
        // The figures beside it are kept after the work, as remarks.
        #expect(result.tasks.map { $0.text.split(separator: "\n").first.map(String.init) } ==
                ["对全县70所中小学校教室照明进行提升", "在卫生院内设立120急救点,采购2辆负压救护车"])
        #expect(result.tasks.map(\.unitRoles) == [["县教育局/responsible"], ["县卫健局/responsible"]])
        #expect(result.tasks[0].deadline.text == "2022")
    }

    /// Columns named by level (一级要点 | 二级要点): the deepest holds the tasks, the rest group them.
    @Test func columnsNamedByLevel() throws {
        let result = try importText("""
        工作要求 | 一级要点 | 二级要点 | 责任科室 |
        一、优化政务公开工作基础 | (一)深化规范性文件集中公开。 | 1.规范行政法规使用,确保文本为最新版本。 | 法规科牵头,办公室配合 |
        2.摸清本单位规范性文件底数,健全动态更新工作机制。 | 办公室牵头,各科室按职责分工落实 | ||
        (二)持续推进基层政务公开标准化规范化。 | 3.持续推动主动公开目录的动态更新调整。 | 办公室牵头,各科室按职责分工落实 | |
        """)
        #expect(result.tasks.map(\.number) == ["1", "2", "3"])
        #expect(result.tasks[0].text.hasPrefix("规范行政法规使用"))
        #expect(result.tasks[0].unitRoles == ["法规科/lead", "办公室/support"])
        #expect(result.plan.sections.contains { $0.heading.contains("持续推进基层政务公开标准化规范化") })
        #expect(result.plan.sections.contains { $0.heading.contains("优化政务公开工作基础") })
    }

    /// Rows one cell per line: a figure 1 inside a row (年度目标 1) does not start numbering
    /// again; a 1 after a full row does (a second table).
    @Test func aOneInsideARowIsAFigure() {
        var numbers = RowNumbers()
        let steps: [(String, Int)] = [("7", 6), ("8", 6), ("1", 3), ("9", 6), ("1", 6), ("2", 5)]
        let accepted = steps.map { numbers.accepts($0.0, cellsSoFar: $0.1, columns: 8) }
        #expect(accepted == [true, true, false, true, true, true])
    }

    /// A repost that ran the notice into the table's header: the header is read from 序号 on,
    /// the notice before it stays in the preamble.
    @Test func aSpaceTableHeaderAtTheEndOfTheNotice() throws {
        let r = try importText("""
        市政府办公室关于分解落实2018年政府工作任务的通知 各镇人民政府: 现下达给你们,请认真组织实施. 某市人民政府办公室 2018年2月24日 某市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位

        一、经济社会发展主要预期目标分解(11项)

        1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委

        2 一般公共预算收入增长8%以上. 财政局
        """)
        #expect(r.plan.source.layout == "space-table")
        #expect(r.tasks.map(\.number) == ["1", "2"])
        #expect(r.tasks.map(\.unitRoles) == [["发改委/lead"], ["财政局/lead"]])
        #expect(r.plan.preamble.contains { $0.text.contains("请认真组织实施") })
    }

    @Test func columnsSeparatedBySpacesWithASpacedOutHeader() throws {
        let r = try importText("""
        2016年量化指标任务分工
        序号 工 作 任 务 牵头负责部门
        1 居民消费价格涨幅3%左右 发展改革委
        2 城镇新增就业1000万人以上 人力资源社会保障部
        3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部
        """)
        #expect(r.plan.source.layout == "space-table")
        #expect(r.tasks.map(\.number) == ["1", "2", "3"])
        #expect(r.tasks[2].text == "安排财政赤字2.18万亿元,赤字率提高到3%")
        #expect(r.tasks[1].unitRoles == ["人力资源社会保障部/lead"])
    }

    @Test func rowsWithMoreHeadingsThanTheHeaderNames() throws {
        let r = try importText("""
        工作任务 | 具体要求 | 责任单位 | 时限要求 | ||
        一、以公开助力经济发展。 | (一)加强市场主体信息公开。 | 1 | 增强政策文件透明度。 | 市发改委牵头 | 持续推进 |
        2 | 开设行业帮扶政策专题。 | 市商务局 | 6月底前 |
        """, year: 2022)
        #expect(r.tasks.map(\.text) == ["增强政策文件透明度。", "开设行业帮扶政策专题。"])
        #expect(r.tasks.map(\.number) == ["1", "2"])
        #expect(r.plan.sections.map(\.title).contains("以公开助力经济发展。"))
        #expect(r.tasks[1].deadline.date == Day(year: 2022, month: 6, day: 30))
    }

    @Test func aRowOfOnlyUnitsAddsThemToTheTaskAbove() throws {
        let r = try importText("""
        项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |
        1.城市提升项目 | 对3条道路综合改造; | 11月 | 建设局 |
        2021.8 | 城投集团 | ||
        """, year: 2021)
        #expect(r.tasks.count == 1)
        #expect(r.tasks[0].units.map(\.name) == ["建设局", "城投集团"])
    }

    @Test func cellsALineEachReadRowByRow() throws {
        let r = try importText("""
        序号 |
        项目名称 |
        建设地点 |
        建设时间 |
        建设内容 |
        责任单位 |
        |
        1 |
        学校提升改造项目 |
        相关镇 |
        2024 |
        对三所学校运动场地进行改造。 |
        教体局 |
        |
        2 |
        道路建设项目 |
        纸坊街道 |
        2024 |
        建成北路延伸段道路。 |
        住建局 |
        """)
        #expect(r.tasks.map(\.text) == ["对三所学校运动场地进行改造。", "建成北路延伸段道路。"])
        #expect(r.tasks.map { $0.deadline.date } == [Day(year: 2024, month: 12, day: 31), Day(year: 2024, month: 12, day: 31)])
        #expect(r.tasks[1].units.map(\.name) == ["住建局"])
    }

    @Test func recordsOfLabelledValues() throws {
        let r = try importText("""
        具体任务
        全面落实疫情防控措施,完成医院升级改造。
        责任单位
        卫健局、文旅局
        配合单位
        各乡镇
        完成时限
        12月底前
        """, year: 2023)
        #expect(r.plan.source.layout == "records")
        #expect(r.tasks.count == 1)
        #expect(r.tasks[0].unitRoles == ["卫健局/responsible", "文旅局/responsible", "各乡镇/support"])
        #expect(r.tasks[0].deadline.text == "12月底前")
    }

    @Test func aLeadNoteMarksStarredUnits() throws {
        let r = try importText("""
        序号 | 任务 | 责任部门(加*号为牵头部门) |
        1 | 完成示范村建设。 | 区农业农村委*、浦江镇 |
        """)
        #expect(r.tasks[0].unitRoles == ["区农业农村委/lead", "浦江镇/responsible"])
    }
}
