import Testing
@testable import TaizhangCore

/// Plans in running text, each a kind of layout met in real plans (Tests/Fixtures/plans).
@Suite struct OutlineReaderTests {
    @Test func severalTasksToALineUnderARunInHeading() throws {
        let r = try importText("""
        某市2018年政务公开工作要点
        一、加强重点工作信息公开
        (一)围绕三件大事做好信息公开。制定发布规划信息。(市规划委负责落实)推进协作信息公开。(市发改委、市教委分别负责落实)及时公开建设情况。(市交通委负责落实)
        """)
        #expect(r.plan.source.layout == "outline")
        #expect(r.tasks.map(\.text) == ["制定发布规划信息。", "推进协作信息公开。", "及时公开建设情况。"])
        #expect(r.tasks[1].unitRoles == ["市发改委/responsible", "市教委/responsible"])
        #expect(r.plan.sections.map(\.title) == ["加强重点工作信息公开", "围绕三件大事做好信息公开"])
    }

    /// A digest whose items run on in one paragraph, each after its units' bracket, some of
    /// the brackets having lost their opening (as mirrored pages lose them).
    @Test func itemsRunTogetherAfterTheirBrackets() throws {
        let r = try importText("""
        某省支持科技创新若干措施
        二、建设创新平台,支持企业建设重点实验室,〔省科技厅〕三、鼓励组建创新联合体,对牵头承担国家科技项目的给予支持,各市(地)、县(市、区)政府〕五、壮大高新技术企业群体,各市(地)政府〕六、实施科技特派员制度,〔省科技厅、省财政厅〕
        """)
        #expect(r.tasks.map(\.number) == ["二", "三", "五", "六"])
        #expect(r.tasks[1].text.hasPrefix("鼓励组建创新联合体") && !r.tasks[1].text.contains("各市"))
        #expect(r.tasks[1].units.map(\.name) == ["各市（地）", "县（市、区）政府"])
        #expect(r.tasks[3].unitRoles == ["省科技厅/responsible", "省财政厅/responsible"])
    }

    /// "一、二季度" after a bracket is a span of quarters, not an item: only numbers from two on
    /// that are followed by words start one.
    @Test func aFirstNumberAfterABracketIsNoItem() throws {
        let r = try importText("""
        某区2021年重点工作分工
        1.完成道路改造(含人行道)一、二季度完成设计。(区住建局负责)
        2.推进老旧小区改造。(区住建局负责)
        """)
        #expect(r.tasks.count == 2)
        #expect(r.tasks[0].text.contains("一、二季度完成设计"))
    }

    @Test func labelLinesAfterNumberedItems() throws {
        let r = try importText("""
        2023年区政府工作报告主要目标任务责任分解方案
        一、主要预期目标
        (一)地区生产总值增长7%以上
        责任单位:区发展和改革局
        (二)规上工业增加值增长12%以上
        牵头单位:区科技和经信局;责任领导:王五;完成时限:12月底
        """)
        #expect(r.tasks.map(\.text) == ["地区生产总值增长7%以上", "规上工业增加值增长12%以上"])
        #expect(r.tasks[0].unitRoles == ["区发展和改革局/responsible"])
        #expect(r.tasks[1].unitRoles == ["区科技和经信局/lead"])
        #expect(r.tasks[1].leader == "王五")
        #expect(r.tasks[1].deadline.date == Day(year: 2023, month: 12, day: 31))
    }

    @Test func oneBracketAfterSeveralItemsSpeaksForTheParagraph() throws {
        let r = try importText("""
        2022年重点工作分工
        一、优化营商环境
        (一)深化改革。一是推进一网通办;二是压减审批时限。(市政务服务局牵头,市发改委配合)
        (二)强化监管。一是推行双随机;二是加强信用监管。(市市场监管局牵头)
        """)
        #expect(r.tasks.count == 2)
        #expect(r.tasks[0].text.hasPrefix("深化改革。一是推进一网通办"))
        #expect(r.tasks[0].unitRoles == ["市政务服务局/lead", "市发改委/support"])
    }

    @Test func theCoveringNoticeIsPreambleWithItsNumberedParagraphs() throws {
        let r = try importText("""
        各乡镇人民政府,县政府各部门:
        现将《某县2021年重点任务清单》印发给你们,请认真贯彻落实。
        一、各单位要高度重视,于3月1日前报送工作方案。
        二、县政府办将加强督查。
        某县人民政府办公室
        2021年2月1日
        某县2021年重点任务清单
        一、稳定经济增长
        1.固定资产投资增长10%。(县发改局牵头)
        2.新增城镇就业3000人。(县人社局牵头)
        """)
        #expect(r.tasks.map(\.text) == ["固定资产投资增长10%。", "新增城镇就业3000人。"])
        #expect(r.plan.title == "某县2021年重点任务清单")
        #expect(r.plan.preamble.map(\.line).contains(3))
        #expect(r.plan.issued == Day(year: 2021, month: 2, day: 1))
    }

    @Test func aLineNamingTheLeaderGivesItToTheTasksAfterIt() throws {
        let r = try importText("""
        2017年省政府重点工作分工
        张三省长牵头重点工作
        加快推进改革。(省发展改革委牵头)
        深化放管服改革。(省编办牵头)
        """)
        #expect(r.tasks.count == 2)
        #expect(r.tasks.allSatisfy { $0.leader == "张三" })
    }

    @Test func recordsRunOnInOneLine() throws {
        let r = try importText("""
        2023年重点工作任务分工方案
        粮食产量1268万吨以上 部门分工:省农业农村厅牵头,各地、各部门配合。 大力推进产业集群建设 工作措施:完成政策文件的中期评估。 部门分工:省工业和信息化厅牵头,省发展改革委配合。
        """)
        #expect(r.tasks.map(\.text).map { String($0.prefix(6)) } == ["粮食产量12", "大力推进产业"])
        #expect(r.tasks[1].units.first.map { "\($0.name)/\($0.role.rawValue)" } == "省工业和信息化厅/lead")
    }

    @Test func withoutUnitsEveryNumberedItemIsATaskForReview() throws {
        let r = try importText("""
        某县2024年重点工作
        一、优化营商环境
        1.深化一网通办改革,年底前实现全程网办。
        2.推进审批制度改革。
        二、保障民生
        1.新增城镇就业5000人。
        """)
        #expect(r.tasks.count == 3)
        #expect(r.tasks.allSatisfy { $0.review.contains { $0.kind == .layoutGuessed } })
        #expect(r.tasks.map(\.id.rawValue).map { $0.split(separator: "-").last.map(String.init) } == ["1.1", "1.2", "2.1"])
        #expect(r.tasks[0].deadline.text == "年底前")
    }

    @Test func aDocumentWithNoStructureIsRefusedSayingWhatWasLookedFor() {
        #expect(throws: ImportError.self) { try importText("关于做好工作的通知\n各单位:\n请认真落实。\n") }
        let message = ImportError.noTasks("x.txt").message(Strings(.zh))
        #expect(message.contains("编号条目") && message.contains("表格表头"))
    }

    @Test func traditionalPlansAreMatchedAndKeptAsWritten() throws {
        let r = try importText("""
        某縣2019年政務公開工作要點分工
        一、推進決策公開
        (一)做好重大決策預公開。(縣政府辦公室牽頭,各鄉鎮配合)
        """)
        #expect(r.tasks.count == 1)
        #expect(r.tasks[0].text == "做好重大決策預公開。")
        #expect(r.tasks[0].unitRoles == ["縣政府辦公室/lead", "各鄉鎮/support"])
    }

    /// Small form variants of the marks ("1﹒") number items like the ordinary ones.
    @Test func itemsNumberedWithSmallFullStops() throws {
        let result = try importText("""
        一、确保完成全年主要预期目标
        1﹒全省生产总值增长7%以上。
        牵头责任单位:省发展改革委。
        2﹒固定资产投资力争增长10%以上。
        牵头责任单位:省发展改革委。
        协同责任单位:省财政厅、省水利厅。
        """)
        #expect(result.tasks.map(\.number) == ["1", "2"])
        #expect(result.tasks[1].unitRoles == ["省发展改革委/lead", "省财政厅/support", "省水利厅/support"])
    }

    /// A PDF's wrapped text cuts a bracket in two; an office named for its work (推进办) is a unit.
    @Test func aBracketCutByALineBreakAndAnOfficeOfWork() throws {
        let result = try importText("""
        一、重点任务
        (一)持续推进健康中国行动宣讲员队伍建设。(健康中国行动推进办负责)
        (二)部署加强学校食品安全和营养健康工作,完善校园食品安全管理体制。(教育部、国家
        卫生健康委、市场监管总局按职责分工负责)
        """)
        #expect(result.tasks.map(\.unitRoles) == [["健康中国行动推进办/responsible"],
                                                  ["教育部/responsible", "国家卫生健康委/responsible", "市场监管总局/responsible"]])
        #expect(result.tasks[1].lines == [3, 4])
    }
}
