import Testing
@testable import TaizhangCore

/// Unit lists as real plans write them, beyond the seeds (Tests/Fixtures/plans README rulings).
@Suite struct UnitReadingTests {
    private func names(_ written: String, role: UnitRole? = nil) -> [String] {
        UnitParser().parse(written, level: .task, columnRole: role).units.map { "\($0.name)/\($0.role.rawValue)" }
    }

    /// Zones answer for tasks like offices: a bracket naming one is still read.
    @Test func developmentZonesAreUnits() throws {
        #expect(names("县税务局,各镇人民政府,嘉鱼经济开发区") ==
                ["县税务局/responsible", "各镇人民政府/responsible", "嘉鱼经济开发区/responsible"])
        let result = try importText("""
        一、工作安排
        (一)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局,各镇人民政府,嘉鱼经济开发区)
        (二)规模以上工业增加值增长11.5%。(牵头单位:县科经局;责任单位:各镇人民政府,高新区)
        """)
        #expect(result.tasks.map(\.unitRoles) == [
            ["县财政局/lead", "县税务局/responsible", "各镇人民政府/responsible", "嘉鱼经济开发区/responsible"],
            ["县科经局/lead", "各镇人民政府/responsible", "高新区/responsible"]])
    }

    @Test func conjunctionsBetweenTwoNames() {
        #expect(names("州委编办及州直相关单位") == ["州委编办/responsible", "州直相关单位/responsible"])
        #expect(names("区人力资源和社会保障局") == ["区人力资源和社会保障局/responsible"])
        #expect(names("各县(市、区)党委和人民政府") == ["各县（市、区）党委和人民政府/responsible"])
    }

    @Test func etBeforeACollectivePhrase() {
        #expect(names("区发改委等相关区直部门、各镇(办)") == ["区发改委/responsible", "各镇（办）/responsible"])
    }

    @Test func notesInBracketsAreNoPartOfTheName() {
        #expect(names("市有关单位(见附件1,下同)") == ["市有关单位/responsible"])
    }

    @Test func theLevelPrefixStopsAtACollectiveOrAPlaceOfItsOwn() {
        #expect(names("区教育局、各乡镇人民政府、街道办事处") ==
                ["区教育局/responsible", "各乡镇人民政府/responsible", "街道办事处/responsible"])
        #expect(names("省发改委、湖北银监局、人行武汉分行") ==
                ["省发改委/responsible", "湖北银监局/responsible", "人行武汉分行/responsible"])
        #expect(names("市发展改革委、住房和城乡建设局") == ["市发展改革委/responsible", "市住房和城乡建设局/responsible"])
    }

    @Test func aPersonBesideTheUnitIsDropped() {
        #expect(names("市民政局 伍泽国") == ["市民政局/responsible"])
    }

    @Test func aBareJoinNeedsAnOfficeOnTheLeft() {
        #expect(names("宣传处会办公室") == ["宣传处/responsible", "办公室/responsible"])
        #expect(names("县安委会成员单位") == ["县安委会成员单位/responsible"])
    }

    @Test func aRoleMarkerIsNotTakenOffANameItEnds() {
        #expect(names("市经协办") == ["市经协办/responsible"])
        #expect(names("市发改局协办") == ["市发改局/support"])
    }
}

/// What a plan says about itself: title, issuer, number, places of any length.
@Suite struct PlanMetadataTests {
    @Test func titlesLoseTheirWebChrome() {
        #expect(PlanMetadata.cleanTitle("某市2022年政务公开工作要点 发布时间:2022-08-15 字体:【大 中 小】") == "某市2022年政务公开工作要点")
        #expect(PlanMetadata.cleanTitle("标题: | 张店区2023年任务清单的通知 | ||") == "张店区2023年任务清单的通知")
        #expect(!PlanMetadata.isTitleLike("发布时间:2022-08-15 浏览次数:"))
    }

    @Test func aTitleSplitOverTwoLinesIsJoined() {
        let lines = [SourceLine(line: 3, text: "舟山市贯彻《浙江省政务公开"), SourceLine(line: 4, text: "五年行动计划(2021—2025年)》实施方案")]
        #expect(PlanMetadata.joinedTitles(lines) == ["舟山市贯彻《浙江省政务公开五年行动计划(2021—2025年)》实施方案"])
    }

    @Test func issuerAndNumberFromThePagesMetadata() {
        let lines = [SourceLine(line: 1, text: "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03"),
                     SourceLine(line: 2, text: "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号")]
        #expect(PlanMetadata.issuer(title: nil, preamble: lines) == "区人民政府办公室")
        #expect(PlanMetadata.documentNumber(in: lines) == "蔡政办〔2023〕1号")
        #expect(PlanMetadata.issuedDay(in: lines) == Day(year: 2023, month: 1, day: 3))
    }

    @Test(arguments: [
        ("广州市花都区市场监督管理局2021年政务公开工作要点", ["广州", "花都"]),
        ("石家庄市2020年重点工作任务分工", ["石家庄"]),
        ("乌鲁木齐市人民政府关于印发2019年工作要点的通知", ["乌鲁木齐"]),
        ("恩施土家族苗族自治州2022年政务公开工作要点", ["恩施土家族苗族"]),
        ("汕尾市城区2019年政务公开工作要点", ["汕尾"]),
    ])
    func placesOfAnyLength(title: String, places: [String]) {
        #expect(PlaceNames.places(in: title) == places)
    }

    @Test func codesFromTheMostLocalPlace() {
        #expect(PlanMetadata.place(titles: ["恩施土家族苗族自治州2022年政务公开工作要点"], body: "") == "恩施")
        #expect(PlanMetadata.code(place: "乌鲁木齐", year: 2019, taken: []) == PlanID("WLMQ19"))
    }
}
