import Testing
@testable import TaizhangCore

/// Time limits written inside a requirement: found as written, and only where they limit time.
@Suite struct DeadlineFinderTests {
    @Test(arguments: [
        ("9月底前,完成全市政务服务事项梳理", "9月底前"),
        ("2022年12月底前全面完成改造", "2022年12月底前"),
        ("年内实现全覆盖", "年内"),
        ("三季度末前出台实施细则", "三季度末前"),
        ("六月底前完成初稿", "六月底前"),
        ("上半年启动建设", "上半年"),
        ("12月20日前报送市政府办公室", "12月20日前"),
        ("在本要点公布后30日内报送备案", "本要点公布后30日内"),
        ("到2020年,全市用水总量控制在11.88亿立方米以内", "到2020年"),
        ("6月底前完成初稿,12月底前全面完成", "12月底前"),
        ("2021年年底前完成", "2021年年底前"),
    ])
    func found(text: String, phrase: String) {
        #expect(DeadlineFinder.phrase(in: text) == phrase)
    }

    @Test(arguments: [
        "中央财政安排1000亿元专项奖补资金,2016年安排500亿元",
        "全年粮食播种面积稳定在130万亩",
        "5月份召开全市动员会",
        "落实2021年政务公开工作要点",
        "推进“十四五”规划实施",
    ])
    func notATimeLimit(text: String) {
        #expect(DeadlineFinder.phrase(in: text) == nil)
    }

    @Test func aPhraseFoundIsReadLikeAnyTimeLimit() {
        let parser = DeadlineParser(planYear: 2022, yearGuessed: false, published: nil)
        let phrase = DeadlineFinder.phrase(in: "六月底前完成初稿")
        #expect(parser.parse(phrase).date == Day(year: 2022, month: 6, day: 30))
    }
}
