import Testing
@testable import TaizhangCore

/// Notices read as one hand wrote them: full-width punctuation next to Chinese, no spaces
/// between Chinese and numbers; URLs, times, numbers and English left alone.
@Suite struct ChinesePunctuationTests {
    @Test(arguments: [
        ("截至2021年10月15日,共有 66 项逾期(周期性任务合并);请于7日内报送:办公室.", "截至2021年10月15日，共有66项逾期（周期性任务合并）；请于7日内报送：办公室。"),
        ("已公开:http://www.gov.cn/a,b.html", "已公开：http://www.gov.cn/a,b.html"),
        ("推进镇(街道、园区)“一门式”", "推进镇（街道、园区）“一门式”"),
        ("7.1 09:30 A(B)", "7.1 09:30 A(B)"),
        ("牵头单位:市财政局 , 配合:各镇(街)", "牵头单位：市财政局，配合：各镇（街）"),
        ("依托政府和社会资本合作(PPP)综合信息平台", "依托政府和社会资本合作（PPP）综合信息平台"),
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(ChinesePunctuation.normalize(input) == expected)
    }
}
